package compare

import (
	"encoding/json"
	"fmt"
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
	SentenceStart int    `json:"-"`
	Line          int    `json:"line"`
	Column        int    `json:"-"`
	Hedge         string `json:"hedge"`
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
