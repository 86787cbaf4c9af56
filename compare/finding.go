package compare

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Severity orders findings: a conflict is worse than a warning, a warning
// worse than info.
type Severity int

// Severities, lowest first, so that comparisons read naturally.
const (
	Info Severity = iota + 1
	Warning
	Conflict
)

var severityNames = map[Severity]string{Info: "info", Warning: "warning", Conflict: "conflict"}

func (s Severity) String() string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// ParseSeverity turns "conflict", "warning" or "info" into a Severity.
func ParseSeverity(name string) (Severity, error) {
	for s, n := range severityNames {
		if n == name {
			return s, nil
		}
	}
	return 0, fmt.Errorf("unknown severity %q (want conflict, warning or info)", name)
}

// MarshalJSON writes the severity's name.
func (s Severity) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON reads a severity's name.
func (s *Severity) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	v, err := ParseSeverity(name)
	*s = v
	return err
}

// Kinds of finding; the JSON report's `kind`.
const (
	KindDate         = "date"
	KindLocation     = "location"
	KindParticipants = "participants"
	KindAttribution  = "attribution"
	KindCount        = "count"
	KindQuantity     = "quantity"
	KindDuplicate    = "duplicate"
	KindOther        = "other"
)

// Evidence is one side's claim in a finding: where it was said, the
// sentence verbatim, the value as written and as normalized.
type Evidence struct {
	Source     string `json:"source"`
	Text       string `json:"text"`
	Value      string `json:"value"`
	Normalized string `json:"normalized"`
	// Span is the value's byte range [start, end) in the source file.
	Span [2]int `json:"span"`
	// SentenceStart is the sentence's byte offset in the source file, so a
	// renderer can find Value inside Text.
	SentenceStart int `json:"-"`
	// Line is the line of the value's start, from 1.
	Line int `json:"line"`
	// Column, EndLine, EndColumn and SentenceLine place the value and its
	// sentence for printers that point into the file (SARIF, GitHub
	// annotations), so that they need not keep the file's text: lines from
	// 1, columns from 1 in UTF-16 code units (SARIF's default), the end
	// exclusive. They are zero when the span does not fit the text; a
	// printer then has Line alone.
	Column       int    `json:"-"`
	EndLine      int    `json:"-"`
	EndColumn    int    `json:"-"`
	SentenceLine int    `json:"-"`
	Hedge        string `json:"hedge"`
}

// Place sets Column, EndLine, EndColumn and SentenceLine (and Line) from
// Span and SentenceStart over text, the source file's text, when the span
// is a non-empty range of it cut on rune boundaries; otherwise it leaves
// them as they are. It costs one pass over the bytes before the span.
func (e *Evidence) Place(text string) {
	start, end := e.Span[0], e.Span[1]
	if !validSpan(text, start, end) {
		return
	}
	e.Line, e.Column = lineColumn(text, 0, 1, start)
	if strings.IndexByte(text[start:end], '\n') < 0 {
		// The span ends on the line it starts on: its end column is counted
		// on from its start (a rune boundary) rather than from the line's
		// start again, which meant a second walk back over the line and
		// over every character before the span.
		e.EndLine, e.EndColumn = e.Line, e.Column+utf16Len(text[start:end])
	} else {
		e.EndLine, e.EndColumn = lineColumn(text, start, e.Line, end)
	}
	e.SentenceLine = e.Line
	if e.SentenceStart >= 0 && e.SentenceStart <= start {
		e.SentenceLine = e.Line - strings.Count(text[e.SentenceStart:start], "\n")
	}
}

// validSpan: a non-empty range inside the text, cut on rune boundaries.
func validSpan(text string, start, end int) bool {
	return start >= 0 && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// lineColumn returns the line and UTF-16 column of byte offset off in
// text, counting on from offset from, which is on line line. Lines end at
// '\n'.
func lineColumn(text string, from, line, off int) (int, int) {
	line += strings.Count(text[from:off], "\n")
	lineStart := strings.LastIndexByte(text[:off], '\n') + 1
	return line, 1 + utf16Len(text[lineStart:off])
}

// utf16Len counts UTF-16 code units: runes beyond the BMP take two.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// Finding is one disagreement (or notable difference) between sources about
// one event.
type Finding struct {
	ID         string     `json:"id"`
	Event      string     `json:"event"`
	Kind       string     `json:"kind"`
	Severity   Severity   `json:"severity"`
	Confidence float64    `json:"confidence"`
	Reason     string     `json:"reason"`
	Claims     []Evidence `json:"claims"`
}

// Event is a group of event mentions, across sources, that speak of the
// same real-world event.
type Event struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Sources []string `json:"sources"`
}

// Summary counts what a check looked at and found.
type Summary struct {
	Sources        int
	Undated        int
	Events         int
	ClaimsCompared int
	BySeverity     map[Severity]int
}
