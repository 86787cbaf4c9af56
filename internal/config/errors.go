package config

import (
	"fmt"
	"strings"
)

// Error is one problem in a configuration: where it is and what is wrong.
type Error struct {
	File string
	Line int // 0 when unknown
	Key  string
	Msg  string
}

// Error reads "FILE:LINE: KEY: MESSAGE", leaving out what is not known.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	}
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors are all the problems found in one configuration, in file order,
// so a user can fix them in one go.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// fieldErrors collects validation problems by key.
type fieldErrors Errors

func (errs *fieldErrors) add(key, format string, args ...any) {
	*errs = append(*errs, &Error{Key: key, Msg: fmt.Sprintf(format, args...)})
}

// err is nil when nothing was found, so callers can return it as is.
func (errs fieldErrors) err() error {
	if len(errs) == 0 {
		return nil
	}
	return Errors(errs)
}
