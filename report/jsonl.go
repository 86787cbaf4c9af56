package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/claimcheck/claimcheck/compare"
)

// JSONL renders a Result as JSON Lines: one finding per line, with the same
// fields as a finding in the JSON report plus its event's label, so that
// line-oriented tools (grep, jq -c, log shippers) need no whole-document
// parse.
type JSONL struct{}

type jsonlFinding struct {
	ID         string         `json:"id"`
	Event      string         `json:"event"`
	EventLabel string         `json:"event_label"`
	Kind       string         `json:"kind"`
	Severity   string         `json:"severity"`
	Confidence float64        `json:"confidence"`
	Reason     string         `json:"reason"`
	Claims     []jsonEvidence `json:"claims"`
}

// Print writes one compact JSON object per finding, each ending in '\n';
// no findings write nothing.
func (JSONL) Print(w io.Writer, r *compare.Result) error {
	r = orEmpty(r)
	labels := eventLabels(r.Events)
	// Buffered: a line per write would be a system call per finding.
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, f := range r.Findings {
		jf := findingJSON(f)
		line := jsonlFinding{
			ID: jf.ID, Event: jf.Event, EventLabel: labels[f.Event], Kind: jf.Kind,
			Severity: jf.Severity, Confidence: jf.Confidence, Reason: jf.Reason, Claims: jf.Claims,
		}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return bw.Flush()
}
