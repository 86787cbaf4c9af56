package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// ANSI SGR sequences. Plain codes rather than a colour library: there are
// four of them and they must never appear in uncoloured output.
const (
	ansiReset     = "\x1b[0m"
	ansiRed       = "\x1b[31m"
	ansiGreen     = "\x1b[32m"
	ansiYellow    = "\x1b[33m"
	ansiDim       = "\x1b[2m"
	ansiBoldUnder = "\x1b[1;4m"
)

// severityColor is the colour a severity is painted in.
func severityColor(s compare.Severity) string {
	switch s {
	case compare.Conflict:
		return ansiRed
	case compare.Warning:
		return ansiYellow
	case compare.Info:
		return ansiDim
	}
	return ""
}

// paint wraps s in an ANSI colour when color is on and code is set. Each
// line is painted on its own, so that a wrapped table cell does not bleed
// its colour into the borders beside it.
func paint(s, code string, color bool) string {
	if !color || code == "" || s == "" {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = code + l + ansiReset
		}
	}
	return strings.Join(lines, "\n")
}

// displayable returns s with every byte that could move the cursor, recolour
// the terminal or reorder text (control characters, C1 controls, line and
// paragraph separators, bidi overrides) replaced by spaces, and invalid
// UTF-8 by '?'. The result has the same byte length as s, so byte offsets
// into s (value spans) stay valid in it.
func displayable(s string) string {
	if isDisplayable(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				b[i] = ' '
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b[i] = '?'
		case unsafeRune(r):
			for j := i; j < i+size; j++ {
				b[j] = ' '
			}
		}
		i += size
	}
	return string(b)
}

// isDisplayable is displayable's fast path: most sentences are clean.
func isDisplayable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || unsafeRune(r) {
			return false
		}
		i += size
	}
	return true
}

// unsafeRune reports the non-ASCII runes a terminal would act on rather
// than show: C1 controls, line/paragraph separators and bidi controls.
func unsafeRune(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// oneLine makes outside text safe for a single terminal line and collapses
// runs of spaces that sanitising (or the article's own layout) left.
func oneLine(s string) string {
	return strings.Join(strings.Fields(displayable(s)), " ")
}

// width is the display width of s in terminal columns, ignoring ANSI codes.
func width(s string) int { return twwidth.Width(s) }

// truncate shortens s to at most max columns, marking the cut with "…".
func truncate(s string, max int) string {
	if max <= 0 {
		return ""
	}
	if width(s) <= max {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		w := width(string(r))
		if used+w > max-1 {
			break
		}
		b.WriteRune(r)
		used += w
	}
	b.WriteString("…")
	return b.String()
}

// wrap breaks s into lines of at most max columns at spaces, splitting
// words longer than a line (file names, URLs) where they overflow.
func wrap(s string, max int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	if max <= 0 {
		return []string{strings.Join(words, " ")}
	}
	var lines []string
	line, used := "", 0
	for _, word := range words {
		ww := width(word)
		switch {
		case line == "":
		case used+1+ww <= max:
			line += " " + word
			used += 1 + ww
			continue
		default:
			lines = append(lines, line)
		}
		for ww > max {
			head, rest := splitAtWidth(word, max)
			lines = append(lines, head)
			word, ww = rest, width(rest)
		}
		line, used = word, ww
	}
	return append(lines, line)
}

// splitAtWidth cuts s after at most max columns (at least one rune, so that
// wrapping always makes progress).
func splitAtWidth(s string, max int) (string, string) {
	used := 0
	for i, r := range s {
		w := width(string(r))
		if used+w > max && i > 0 {
			return s[:i], s[i:]
		}
		used += w
	}
	return s, ""
}

// wrapCell wraps outside text for a table cell, one string with newlines.
func wrapCell(s string, max int) string {
	return strings.Join(wrap(oneLine(s), max), "\n")
}

// plural writes "1 conflict" or "2 conflicts".
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// summaryLine is the one-line overview shared by the table and diff views:
// "5 sources (2 undated), 3 events, 40 claims compared: 2 conflicts, ...".
func summaryLine(s compare.Summary) string {
	sources := plural(s.Sources, "source", "sources")
	if s.Undated > 0 {
		sources += fmt.Sprintf(" (%d undated)", s.Undated)
	}
	return fmt.Sprintf("%s, %s, %s compared: %s, %s, %d info",
		sources,
		plural(s.Events, "event", "events"),
		plural(s.ClaimsCompared, "claim", "claims"),
		plural(s.BySeverity[compare.Conflict], "conflict", "conflicts"),
		plural(s.BySeverity[compare.Warning], "warning", "warnings"),
		s.BySeverity[compare.Info])
}

// undatedLine names the sources without a publication date, or returns ""
// when all are dated. Readers need it to judge weekday-only comparisons.
func undatedLine(sources []*source.Source) string {
	var ids []string
	for _, s := range sources {
		if s != nil && !s.HasPublished() {
			ids = append(ids, oneLine(s.ID))
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return "undated: " + strings.Join(ids, ", ") +
		" (weekdays and relative dates in them are compared by weekday only)"
}

// eventLabels maps event IDs to their labels.
func eventLabels(events []compare.Event) map[string]string {
	labels := make(map[string]string, len(events))
	for _, e := range events {
		labels[e.ID] = e.Label
	}
	return labels
}

// eventLabel is the label of an event, or its ID when the Result does not
// list it (better an opaque name than a blank).
func eventLabel(labels map[string]string, id string) string {
	if l, ok := labels[id]; ok && l != "" {
		return l
	}
	return id
}

// valueCell shows a value and, when it differs, its normalized form.
func valueCell(value, normalized string) string {
	switch {
	case normalized == "" || normalized == value:
		return value
	case value == "":
		return "→ " + normalized
	}
	return value + " → " + normalized
}

// errWriter remembers the first write error so that printers can write
// freely and report it once; libraries that drop write errors (the table
// renderer) cannot hide a broken pipe this way.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}

// printf writes formatted text; errors are collected in e.err.
func (e *errWriter) printf(format string, args ...any) {
	fmt.Fprintf(e, format, args...)
}
