package source

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"unsafe"
)

// Format is how a file writes its articles down.
type Format int

// The formats ReadAll understands.
const (
	// FormatText is plain text or Markdown, with optional YAML front matter.
	FormatText Format = iota
	// FormatHTML is a web page; the article is extracted with readability.
	FormatHTML
	// FormatJSON is one record, an array of records, or an object holding
	// an array of records (ninjs or scraper records).
	FormatJSON
	// FormatJSONLines is one JSON record per line.
	FormatJSONLines
)

func (f Format) String() string {
	switch f {
	case FormatHTML:
		return "HTML"
	case FormatJSON:
		return "JSON"
	case FormatJSONLines:
		return "JSON Lines"
	}
	return "text"
}

// StdinPath is the path that names standard input on the command line.
const StdinPath = "-"

// stdinName is the ID prefix of sources read from standard input.
const stdinName = "stdin"

// DetectFormat decides how to read a file from its extension and first
// bytes. A known extension decides, except that a .txt or .md file which
// is plainly an HTML page (a saved page renamed) is read as one; an
// unknown extension, or none, is decided by the content: a leading "<" is
// HTML, a leading "[" JSON, a leading "{" JSON Lines when the next
// non-blank line opens another record and JSON otherwise, anything else
// text.
func DetectFormat(path string, data []byte) Format {
	head := leadingContent(data)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".jsonl", ".ndjson":
		if bytes.HasPrefix(head, []byte("[")) {
			return FormatJSON
		}
		return FormatJSONLines
	case ".json":
		if looksLikeJSONLines(head) {
			return FormatJSONLines
		}
		return FormatJSON
	case ".txt", ".md", ".markdown":
		if looksLikeHTMLDocument(head) {
			return FormatHTML
		}
		return FormatText
	}
	return sniffFormat(head)
}

// sniffFormat decides by content alone.
func sniffFormat(head []byte) Format {
	switch {
	case len(head) == 0:
		return FormatText
	case head[0] == '<':
		return FormatHTML
	case head[0] == '[':
		return FormatJSON
	case head[0] == '{' && looksLikeJSONLines(head):
		return FormatJSONLines
	case head[0] == '{':
		return FormatJSON
	}
	return FormatText
}

// leadingContent is data from its first byte that is not a byte order
// mark or white space.
func leadingContent(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	return bytes.TrimLeft(data, " \t\r\n\f")
}

// looksLikeHTMLDocument reports whether text opens as an HTML document
// does; a text article never starts with these.
func looksLikeHTMLDocument(head []byte) bool {
	n := min(len(head), 16)
	lower := strings.ToLower(string(head[:n]))
	return strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html")
}

// looksLikeJSONLines reports whether the first line opens an object and
// holds more than its brace, and the next non-blank line opens another: a
// pretty-printed JSON object has "{" alone on its first line. The first
// line need not be valid, so a bad first line is reported as one bad line.
func looksLikeJSONLines(head []byte) bool {
	first, rest, _ := bytes.Cut(head, []byte("\n"))
	first = bytes.TrimSpace(first)
	if len(first) < 2 || first[0] != '{' {
		return false
	}
	rest = bytes.TrimLeft(rest, " \t\r\n\f")
	return len(rest) > 0 && rest[0] == '{'
}

// ReadAll reads every article in one file: one for text, Markdown and
// HTML, one per record for JSON and JSON Lines. Errors name the file (and
// the record or line) and the reason; a file with some bad records still
// yields its good ones. The path "-" reads standard input; use
// ReadReader for that, since ReadAll has no reader to take it from.
func ReadAll(path string, lim Limits) ([]*Source, []error) {
	data, err := readLimited(path, lim.maxBytes())
	if err != nil {
		return nil, []error{err}
	}
	return parseNamed(baseName(path), path, path, data, lim, true) // ParseAll's, with data handed over
}

// ReadReader reads every article from r, such as standard input, within
// the limits. Sources are named "stdin#key"; the format is sniffed from
// the content (JSON Lines, as a pipeline sends, or JSON, HTML or text).
func ReadReader(r io.Reader, lim Limits) ([]*Source, []error) {
	max := lim.maxBytes()
	data, err := readAll(io.LimitReader(r, max+1), nil)
	if err != nil {
		return nil, []error{&PathError{Path: stdinName, Err: fsReason(err)}}
	}
	if int64(len(data)) > max {
		return nil, []error{tooLarge(stdinName, int64(len(data)), max)}
	}
	return parseNamed(stdinName, StdinPath, stdinName, data, lim, true)
}

// ParseAll reads every article in data, which was read from path; the
// format comes from DetectFormat. IDs start with the path's base name.
func ParseAll(path string, data []byte, lim Limits) ([]*Source, []error) {
	return parseNamed(baseName(path), path, path, data, lim, false)
}

// parseNamed parses data as the format it is in. name starts every ID,
// path is recorded in the sources and where names the input in messages.
//
// owned says that data was read for this call and nothing else holds it:
// a text file's Source.Text is then data itself rather than a copy (the
// batch's texts are its largest allocation).
func parseNamed(name, path, where string, data []byte, lim Limits, owned bool) ([]*Source, []error) {
	format := DetectFormat(path, data)
	if format == FormatHTML {
		data = htmlToUTF8(data)
	}
	if err := checkText(data); err != nil {
		err.Path = where
		return nil, []error{err}
	}
	in := input{name: name, path: path, where: where, lim: lim}
	switch format {
	case FormatHTML:
		return one(parseHTML(in, data))
	case FormatJSON:
		return parseJSON(in, data)
	case FormatJSONLines:
		return parseJSONLines(in, data)
	}
	text := unsafe.String(unsafe.SliceData(data), len(data)) // owned: never written again
	if !owned {
		text = string(data)
	}
	return one(parseText(name, path, text)) // checkText has passed
}

// input is one file (or standard input) being read into sources.
type input struct {
	// name starts every source's ID: the file's base name or "stdin".
	name string
	// path is recorded in every source.
	path string
	// where names the input in messages: the path as given.
	where string
	lim   Limits
}

// one wraps a single-source reader's answer.
func one(src *Source, err error) ([]*Source, []error) {
	if err != nil {
		return nil, []error{err}
	}
	return []*Source{src}, nil
}
