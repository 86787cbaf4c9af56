package source

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
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
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &root); err != nil {
		return &PathError{Err: ErrFrontMatter, Detail: yamlErrorDetail(err.Error())}
	}
	if len(root.Content) == 0 {
		return nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return fmError(m.Line, "expected key: value lines")
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if err := fm.set(m.Content[i], m.Content[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// set stores one known key; unknown keys are ignored whatever their shape.
func (fm *frontMatter) set(key, val *yaml.Node) *PathError {
	k := strings.ToLower(strings.TrimSpace(key.Value))
	var dst *string
	switch k {
	case "published", "date":
		return fm.setPublished(k, val)
	case "outlet", "source", "site":
		dst = &fm.outlet
	case "url":
		dst = &fm.url
	case "title", "headline":
		dst = &fm.title
	default:
		return nil
	}
	if val.Kind != yaml.ScalarNode {
		return fmError(val.Line, k+": expected a single value")
	}
	// "published" outranks "date" and so on only by coming first; a
	// later synonym does not overwrite a value already set.
	if *dst == "" {
		*dst = strings.TrimSpace(val.Value)
	}
	return nil
}

func (fm *frontMatter) setPublished(key string, val *yaml.Node) *PathError {
	if val.Kind != yaml.ScalarNode {
		return fmError(val.Line, key+": expected a date")
	}
	if !fm.published.IsZero() || strings.TrimSpace(val.Value) == "" {
		return nil
	}
	t, ok := parseMetaDate(strings.TrimSpace(val.Value))
	if !ok {
		return fmError(val.Line, fmt.Sprintf("%s: cannot read %q as a date (use 2006-01-02)", key, val.Value))
	}
	fm.published = t
	return nil
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

// yamlErrorDetail renumbers "yaml: line N: reason" so N counts lines of
// the file rather than of the front matter.
func yamlErrorDetail(msg string) string {
	msg = strings.TrimPrefix(msg, "yaml: ")
	rest, ok := strings.CutPrefix(msg, "line ")
	if !ok {
		return msg
	}
	num, reason, ok := strings.Cut(rest, ":")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return msg
	}
	return fmt.Sprintf("line %d:%s", n+fileLineOffset, reason)
}
