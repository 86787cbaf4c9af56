package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// jsonStream writes an indented JSON document a piece at a time, byte for
// byte as writeJSON would write it whole: the envelope (braces, brackets,
// keys) by hand and each value with encoding/json at its depth. A report
// of a large batch is tens of megabytes; built whole it would sit in
// memory twice (the compact encoding and its indented copy) next to the
// result it was made from.
//
// Errors stick: after the first, nothing more is written and close returns it.
type jsonStream struct {
	w        *bufio.Writer
	val      bytes.Buffer
	enc      *json.Encoder // compact, into val; appendIndented indents
	indented []byte
	prefixes []string // the indent of each depth
	err      error
}

// jsonIndent is one level of indentation, as writeJSON's.
const jsonIndent = "  "

func newJSONStream(w io.Writer) *jsonStream {
	return &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
}

// raw writes s as it is.
func (s *jsonStream) raw(str string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(str)
	}
}

// newline starts a line indented to depth.
func (s *jsonStream) newline(depth int) {
	s.raw("\n")
	s.raw(strings.Repeat(jsonIndent, depth))
}

// value writes v as it reads at depth: its inner lines indented one more.
func (s *jsonStream) value(depth int, v any) {
	if s.err != nil {
		return
	}
	if s.enc == nil {
		s.enc = json.NewEncoder(&s.val)
		s.enc.SetEscapeHTML(false)
	}
	for len(s.prefixes) <= depth {
		s.prefixes = append(s.prefixes, strings.Repeat(jsonIndent, len(s.prefixes)))
	}
	s.val.Reset()
	if s.err = s.enc.Encode(v); s.err != nil {
		return
	}
	s.indented = appendIndented(s.indented[:0], s.val.Bytes(), s.prefixes[depth], jsonIndent)
	_, s.err = s.w.Write(s.indented[:len(s.indented)-1]) // less Encode's newline
}

// close ends the document with writeJSON's final newline and flushes it.
func (s *jsonStream) close() error {
	s.raw("\n")
	if s.err != nil {
		return s.err
	}
	return s.w.Flush()
}

// jsonObject is an object being written; its closing brace is at depth.
type jsonObject struct {
	s      *jsonStream
	depth  int
	fields int
}

func (s *jsonStream) object(depth int) *jsonObject {
	s.raw("{")
	return &jsonObject{s: s, depth: depth}
}

// key starts the next field; its value follows at depth+1.
func (o *jsonObject) key(name string) {
	if o.fields > 0 {
		o.s.raw(",")
	}
	o.fields++
	o.s.newline(o.depth + 1)
	o.s.raw(`"` + name + `": `)
}

// field writes a field whose value encoding/json writes.
func (o *jsonObject) field(name string, v any) {
	o.key(name)
	o.s.value(o.depth+1, v)
}

func (o *jsonObject) end() {
	if o.fields > 0 {
		o.s.newline(o.depth)
	}
	o.s.raw("}")
}

// jsonList is an array being written; its closing bracket is at depth.
type jsonList struct {
	s     *jsonStream
	depth int
	items int
}

func (s *jsonStream) list(depth int) *jsonList {
	s.raw("[")
	return &jsonList{s: s, depth: depth}
}

// next starts the next item, at depth+1.
func (l *jsonList) next() {
	if l.items > 0 {
		l.s.raw(",")
	}
	l.items++
	l.s.newline(l.depth + 1)
}

// add writes an item that encoding/json writes.
func (l *jsonList) add(v any) {
	l.next()
	l.s.value(l.depth+1, v)
}

// end closes the list: "[]" when it has no items, as encoding/json writes
// an empty list.
func (l *jsonList) end() {
	if l.items > 0 {
		l.s.newline(l.depth)
	}
	l.s.raw("]")
}
