package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// maxJSONDepth is the deepest nesting a JSON file may have. Article
// records nest four or five levels; encoding/json would accept 10,000,
// but a file nested a hundred levels deep is not a feed, and refusing it
// by a cheap scan says so plainly instead of failing later on a record.
const maxJSONDepth = 100

// wrapperKeys are the keys under which feeds and APIs put their array of
// records, tried in this order before any other key holding an array.
var wrapperKeys = []string{"items", "articles", "data", "results", "records", "documents", "docs", "entries", "posts", "stories", "news", "hits", "response"}

// maxWrapperDepth bounds how many wrapper objects ({"data": {"items":
// [...]}}) are looked into for the records.
const maxWrapperDepth = 3

// parseJSON reads a JSON file: one record, an array of records, or an
// object holding an array of records under a key such as "items". A
// top-level array is read element by element, so a truncated file still
// yields the records before the cut. A file that turns out to hold one
// object per line is read as JSON Lines.
func parseJSON(in input, data []byte) ([]*Source, []error) {
	if err := checkDepth(in.where, data); err != nil {
		return nil, []error{err}
	}
	head := leadingContent(data)
	if len(head) > 0 && head[0] == '[' {
		return parseJSONArray(in, data)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var top json.RawMessage
	if err := dec.Decode(&top); err != nil {
		return nil, []error{jsonError(in.where, data, err)}
	}
	if hasMoreValues(dec) {
		return parseJSONLines(in, data)
	}
	return readTopValue(in, top)
}

// readTopValue reads the file's single value: a record, or a wrapper
// around an array of records.
func readTopValue(in input, top json.RawMessage) ([]*Source, []error) {
	items, single, err := findRecords(top, maxWrapperDepth)
	if err != nil {
		return nil, []error{&PathError{Path: in.where, Err: ErrBadRecord, Detail: err.Error()}}
	}
	b := batch{in: in, ids: newIDs(in.name)}
	if len(items) == 0 {
		return nil, []error{&PathError{Path: in.where, Err: ErrNoText, Detail: "the array of records is empty"}}
	}
	if single {
		rec, _ := decodeRecord(items[0])
		src, err := rec.toSource(b.ids.single(rec.key()), in.path, in.where)
		return one(src, err)
	}
	for i, raw := range items {
		if !b.add(raw, i+1, fmt.Sprintf("%s: record %d", in.where, i+1)) {
			break
		}
	}
	return b.done()
}

// findRecords returns the records in v: v itself when it is a record
// (single), the elements when it is an array, else the records under a
// wrapper key, looked for up to depth objects down.
func findRecords(v json.RawMessage, depth int) (items []json.RawMessage, single bool, err error) {
	if json.Unmarshal(v, &items) == nil {
		return items, false, nil
	}
	rec, err := decodeRecord(v)
	if err != nil {
		return nil, false, fmt.Errorf("the file holds %s, not an article record or an array of them", jsonKind(v))
	}
	if rec.isRecord() {
		return []json.RawMessage{v}, true, nil
	}
	if depth > 0 {
		for _, k := range wrapperOrder(rec) {
			if items, single, err := findRecords(rec[k], depth-1); err == nil {
				return items, single, nil
			}
		}
	}
	return nil, false, errors.New("no headline, title or body field, and no array of records under a key such as \"items\" or \"articles\"")
}

// wrapperOrder lists the keys of obj that may hold records: the usual
// wrapper names first, then every other key holding an array or object,
// sorted so the choice never depends on map order.
func wrapperOrder(obj record) []string {
	var keys, others []string
	for _, k := range wrapperKeys {
		if _, ok := obj[k]; ok {
			keys = append(keys, k)
		}
	}
	for k, v := range obj {
		if kind := jsonKind(v); (kind == "an array" || kind == "an object") && !slices.Contains(wrapperKeys, k) {
			others = append(others, k)
		}
	}
	slices.Sort(others)
	return append(keys, others...)
}

// parseJSONArray reads a top-level array one element at a time.
func parseJSONArray(in input, data []byte) ([]*Source, []error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return nil, []error{jsonError(in.where, data, err)}
	}
	b := batch{in: in, ids: newIDs(in.name)}
	for n := 1; dec.More(); n++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			b.errs = append(b.errs, jsonError(fmt.Sprintf("%s: record %d", in.where, n), data, err))
			return b.done()
		}
		if !b.add(raw, n, fmt.Sprintf("%s: record %d", in.where, n)) {
			return b.done()
		}
	}
	if _, err := dec.Token(); err != nil {
		b.errs = append(b.errs, jsonError(in.where, data, err))
	} else if len(b.srcs) == 0 && len(b.errs) == 0 {
		b.errs = append(b.errs, &PathError{Path: in.where, Err: ErrNoText, Detail: "the array of records is empty"})
	} else if hasMoreValues(dec) {
		b.errs = append(b.errs, &PathError{Path: in.where, Err: ErrBadJSON, Detail: "more data after the array"})
	}
	return b.done()
}

// hasMoreValues reports whether anything but white space follows the
// value the decoder has just read.
func hasMoreValues(dec *json.Decoder) bool {
	rest, _ := io.ReadAll(dec.Buffered())
	return len(bytes.TrimSpace(rest)) > 0 || dec.More()
}

// batch gathers the sources and errors of one file's records.
type batch struct {
	in   input
	ids  *ids
	srcs []*Source
	errs []error
	// shown counts reported bad records, so a file that is not records at
	// all does not print an error per line.
	shown, hidden int
}

// maxErrorsPerFile is how many bad records of one file are reported one
// by one; the rest are counted in a last line.
const maxErrorsPerFile = 20

// add reads one record at position pos; it returns false when the file's
// record limit is reached and reading must stop.
func (b *batch) add(raw json.RawMessage, pos int, where string) bool {
	if len(b.srcs) >= b.in.lim.maxRecords() {
		limit := b.in.lim.maxRecords()
		b.errs = append(b.errs, &PathError{Path: b.in.where, Err: ErrTooManyRecords, Detail: fmt.Sprintf("more than %d records (limit %d); the first %d are read", limit, limit, limit)})
		return false
	}
	rec, err := decodeRecord(raw)
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		b.fail(jsonError(where, raw, err))
	case err != nil:
		b.fail(&PathError{Path: where, Err: ErrBadRecord, Detail: "it is " + jsonKind(raw) + ", not an object"})
	case !rec.isRecord():
		b.fail(&PathError{Path: where, Err: ErrBadRecord, Detail: "no headline, title or body field"})
	default:
		src, err := rec.toSource(b.ids.next(rec.key(), pos), b.in.path, where)
		if err != nil {
			b.fail(err)
		} else {
			b.srcs = append(b.srcs, src)
		}
	}
	return true
}

// fail records a bad record, or only counts it past maxErrorsPerFile.
// Skipped records (another language) are always told: they are notes.
func (b *batch) fail(err error) {
	if b.shown >= maxErrorsPerFile && !errors.Is(err, ErrNotEnglish) {
		b.hidden++
		return
	}
	if !errors.Is(err, ErrNotEnglish) {
		b.shown++
	}
	b.errs = append(b.errs, err)
}

// done adds the count of bad records not shown.
func (b *batch) done() ([]*Source, []error) {
	if b.hidden > 0 {
		b.errs = append(b.errs, &PathError{Path: b.in.where, Err: ErrBadRecord, Detail: fmt.Sprintf("%d more bad records not shown", b.hidden)})
	}
	return b.srcs, b.errs
}

// ids hands out source IDs unique within one file: "name#key" for a
// record with a uri, id or url, else "name#position"; a key seen before
// falls back to the position, so no two sources share an ID.
type ids struct {
	name string
	seen map[string]bool
}

func newIDs(name string) *ids { return &ids{name: name, seen: map[string]bool{}} }

// single is the ID of a file's only record: the file's name alone when
// the record has no key.
func (s *ids) single(key string) string {
	if key == "" {
		return s.take(s.name)
	}
	return s.take(s.name + "#" + key)
}

// next is the ID of the record at position pos (a line or index, from 1).
func (s *ids) next(key string, pos int) string {
	if key != "" && !s.seen[s.name+"#"+key] {
		return s.take(s.name + "#" + key)
	}
	return s.take(s.name + "#" + strconv.Itoa(pos))
}

// take marks id as used, suffixing it when it is taken already (a record
// keyed "7" before line 7).
func (s *ids) take(id string) string {
	for n, base := 2, id; s.seen[id]; n++ {
		id = base + "~" + strconv.Itoa(n)
	}
	s.seen[id] = true
	return id
}

// checkDepth refuses JSON nested deeper than maxJSONDepth, in one pass
// that skips strings.
func checkDepth(where string, data []byte) error {
	depth, inString, escaped := 0, false, false
	for i, c := range data {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
			if depth > maxJSONDepth {
				line, col := lineCol(data, i)
				return &PathError{Path: where, Err: ErrTooDeep, Detail: fmt.Sprintf("more than %d levels at line %d, column %d", maxJSONDepth, line, col)}
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return nil
}

// jsonError names where a JSON syntax error is, in lines and columns
// (columns alone for one line), and says "truncated" for input that ends
// inside a value.
func jsonError(where string, data []byte, err error) error {
	var syn *json.SyntaxError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return &PathError{Path: where, Err: ErrBadJSON, Detail: truncated}
	case errors.As(err, &syn):
		if syn.Offset >= int64(len(bytes.TrimRight(data, " \t\r\n"))) && strings.Contains(syn.Error(), "end of JSON input") {
			return &PathError{Path: where, Err: ErrBadJSON, Detail: truncated}
		}
		off := int(min(max(syn.Offset-1, 0), int64(len(data))))
		line, col := lineCol(data, off)
		at := fmt.Sprintf("line %d, column %d", line, col)
		if !bytes.Contains(data, []byte("\n")) {
			at = fmt.Sprintf("column %d", col)
		}
		return &PathError{Path: where, Err: ErrBadJSON, Detail: at + ": " + syn.Error()}
	}
	return &PathError{Path: where, Err: ErrBadJSON, Detail: err.Error()}
}

const truncated = "truncated: it ends inside a value"

// lineCol turns a byte offset into a 1-based line and column (in bytes).
func lineCol(data []byte, off int) (line, col int) {
	off = min(off, len(data))
	line = 1 + bytes.Count(data[:off], []byte("\n"))
	return line, off - bytes.LastIndexByte(data[:off], '\n')
}
