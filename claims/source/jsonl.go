package source

import (
	"bytes"
	"fmt"
)

// parseJSONLines reads one JSON record per line. Each line is decoded on
// its own, so a bad line is reported as "file:LINE: reason" and the lines
// after it are still read; blank lines are skipped. A source without a
// uri, id or url is named by its line number.
func parseJSONLines(in input, data []byte) ([]*Source, []error) {
	b := batch{in: in, ids: newIDs(in.name)}
	for lineNo, rest := 1, data; len(rest) > 0; lineNo++ {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte("\n"))
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", in.where, lineNo)
		if err := checkDepth(where, line); err != nil {
			b.fail(err)
			continue
		}
		if line[0] != '{' {
			b.fail(&PathError{Path: where, Err: ErrBadRecord, Detail: "a JSON Lines line must be one object"})
			continue
		}
		if !b.add(line, lineNo, where) {
			break
		}
	}
	if len(b.srcs) == 0 && len(b.errs) == 0 {
		b.errs = append(b.errs, &PathError{Path: in.where, Err: ErrWhitespace, Detail: "no records"})
	}
	return b.done()
}
