package source

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/claimcheck/claimcheck/internal/yamlnode"
)

// frontMatter holds the keys this package understands; others are ignored
// so any static-site or scraper metadata can sit alongside them.
type frontMatter struct {
	published time.Time
	outlet    string
	url       string
	title     string
}

// applyTo copies front matter over what was found in the text: the
// writer of the front matter knew better than our guesses.
func (fm frontMatter) applyTo(src *Source) {
	if !fm.published.IsZero() {
		src.Published, src.PublishedFrom = fm.published, PublishedFromFrontMatter
	}
	if fm.outlet != "" {
		src.Outlet = fm.outlet
	}
	if fm.url != "" {
		src.URL = fm.url
	}
	if fm.title != "" {
		src.Headline = fm.title
	}
}

// splitFrontMatter parses YAML front matter when the text (from start)
// opens with a "---" line, and returns the offset where the body begins.
// A front matter that is opened but never closed, or that is not a YAML
// mapping of scalars, is an error: the author meant metadata, and silently
// reading it as article text would turn keys into claims.
func splitFrontMatter(text string, start int) (frontMatter, int, *PathError) {
	var fm frontMatter
	first, next := lineAt(text, start)
	if strings.TrimRight(first, " \t\r") != "---" {
		return fm, start, nil
	}
	yamlStart := next
	for pos := next; pos < len(text); {
		ln, after := lineAt(text, pos)
		if t := strings.TrimRight(ln, " \t\r"); t == "---" || t == "..." {
			if err := fm.parse(text[yamlStart:pos]); err != nil {
				return fm, start, err
			}
			return fm, after, nil
		}
		pos = after
	}
	return fm, start, &PathError{Err: ErrFrontMatter, Detail: "line 1 opens front matter with --- but no closing --- line follows"}
}

// lineAt returns the line starting at pos (without its "\n") and the
// offset of the next line.
func lineAt(text string, pos int) (string, int) {
	if i := strings.IndexByte(text[pos:], '\n'); i >= 0 {
		return text[pos : pos+i], pos + i + 1
	}
	return text[pos:], len(text)
}

// fileLineOffset is added to YAML line numbers to name lines of the file:
// the YAML starts on the line after the opening "---".
const fileLineOffset = 1

func (fm *frontMatter) parse(doc string) (perr *PathError) {
	if strings.TrimSpace(doc) == "" {
		return nil
	}
	// The YAML library is outside code fed outside text: a panic in it
	// must become a refused file, never a crashed run.
	defer func() {
		if r := recover(); r != nil {
			perr = &PathError{Err: ErrFrontMatter, Detail: fmt.Sprint("YAML parser failed: ", r)}
		}
	}()
	// Duplicate keys are allowed: the first of them wins, like the first
	// of two synonyms, rather than refusing a file a site generator reads.
	file, err := parser.ParseBytes([]byte(doc), 0, parser.AllowDuplicateMapKey())
	if err != nil {
		return yamlError(err)
	}
	body := firstBody(file)
	if body == nil {
		return nil
	}
	pairs, ok := mappingPairs(body)
	if !ok {
		return fmError(yamlnode.Line(body), "expected key: value lines")
	}
	for _, kv := range pairs {
		if err := fm.set(kv.Key, kv.Value); err != nil {
			return err
		}
	}
	return nil
}

// firstBody is the content of the first YAML document, nil when there is
// none (only comments, or nothing).
func firstBody(file *ast.File) ast.Node {
	if file == nil || len(file.Docs) == 0 || file.Docs[0] == nil {
		return nil
	}
	body := file.Docs[0].Body
	if _, onlyComments := body.(*ast.CommentGroupNode); onlyComments {
		return nil
	}
	return body
}

// mappingPairs returns the key: value pairs of a mapping, in order. The
// library gives a mapping of one pair as the pair itself.
func mappingPairs(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch m := yamlnode.Unwrap(n).(type) {
	case *ast.MappingNode:
		return m.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{m}, true
	}
	return nil, false
}

// scalarText is a scalar's value as written, quotes and escapes resolved;
// a null written out ("null", "~") keeps its text; ok is false for a
// list, a mapping or an alias.
func scalarText(n ast.Node) (string, bool) {
	if yamlnode.ExplicitNull(n) {
		return yamlnode.Unwrap(n).GetToken().Value, true
	}
	return yamlnode.ScalarText(n)
}

// set stores one known key; unknown keys are ignored whatever their shape.
func (fm *frontMatter) set(keyNode ast.MapKeyNode, val ast.Node) *PathError {
	key, _ := scalarText(keyNode)
	k := strings.ToLower(strings.TrimSpace(key))
	var dst *string
	switch k {
	case "published", "date":
		return fm.setPublished(k, keyNode, val)
	case "outlet", "source", "site":
		dst = &fm.outlet
	case "url":
		dst = &fm.url
	case "title", "headline":
		dst = &fm.title
	default:
		return nil
	}
	s, ok := scalarText(val)
	if !ok {
		return fmError(valueLine(keyNode, val), k+": expected a single value")
	}
	// "published" outranks "date" and so on only by coming first; a
	// later synonym does not overwrite a value already set.
	if *dst == "" {
		*dst = strings.TrimSpace(s)
	}
	return nil
}

func (fm *frontMatter) setPublished(key string, keyNode ast.MapKeyNode, val ast.Node) *PathError {
	s, ok := scalarText(val)
	if !ok {
		return fmError(valueLine(keyNode, val), key+": expected a date")
	}
	if !fm.published.IsZero() || strings.TrimSpace(s) == "" {
		return nil
	}
	t, ok := parseMetaDate(strings.TrimSpace(s))
	if !ok {
		return fmError(valueLine(keyNode, val), fmt.Sprintf("%s: cannot read %q as a date (use 2006-01-02)", key, s))
	}
	fm.published = t
	return nil
}

// valueLine is the line a value starts on, or its key's line when the
// value has none (an empty value).
func valueLine(key ast.MapKeyNode, val ast.Node) int {
	if n := yamlnode.Line(val); n > 0 {
		return n
	}
	return yamlnode.Line(key)
}

// parseMetaDate reads a front-matter date: RFC 3339 or a plain date,
// or any form a dateline may take. The calendar date as written is kept;
// the time of day and zone are dropped like everywhere else.
func parseMetaDate(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return dateOnly(t.Year(), t.Month(), t.Day()), true
		}
	}
	return parseDateLine(s)
}

func fmError(yamlLine int, msg string) *PathError {
	return &PathError{Err: ErrFrontMatter, Detail: fmt.Sprintf("line %d: %s", yamlLine+fileLineOffset, msg)}
}

// yamlError turns the library's syntax error into "line N: reason", N
// counting lines of the file rather than of the front matter.
func yamlError(err error) *PathError {
	var ye yaml.Error
	if !errors.As(err, &ye) {
		return &PathError{Err: ErrFrontMatter, Detail: err.Error()}
	}
	line := 0
	if tk := ye.GetToken(); tk != nil {
		line = tk.Position.Line
	}
	if line <= 0 {
		return &PathError{Err: ErrFrontMatter, Detail: ye.GetMessage()}
	}
	return fmError(line, ye.GetMessage())
}
