package report

import (
	"encoding/json"
	"io"
	"math"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// JSON renders a Result as the stable, versioned report that CI jobs and
// other tools read; schema/report.schema.json describes it. Keys come in a
// fixed order, lists are never null, and absent values are null rather than
// missing, so consumers need no special cases.
type JSON struct{}

// jsonVersion is bumped on any change a consumer could notice.
const jsonVersion = 1

type jsonSummary struct {
	Sources        int `json:"sources"`
	Undated        int `json:"undated"`
	Events         int `json:"events"`
	ClaimsCompared int `json:"claims_compared"`
	Conflict       int `json:"conflict"`
	Warning        int `json:"warning"`
	Info           int `json:"info"`
}

type jsonSource struct {
	ID            string  `json:"id"`
	Path          string  `json:"path"`
	Headline      string  `json:"headline"`
	Published     *string `json:"published"`
	PublishedFrom string  `json:"published_from"`
}

type jsonEvent struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Sources []string `json:"sources"`
}

type jsonFinding struct {
	ID         string         `json:"id"`
	Event      string         `json:"event"`
	Kind       string         `json:"kind"`
	Severity   string         `json:"severity"`
	Confidence float64        `json:"confidence"`
	Reason     string         `json:"reason"`
	Claims     []jsonEvidence `json:"claims"`
}

type jsonEvidence struct {
	Source     string  `json:"source"`
	Text       string  `json:"text"`
	Value      string  `json:"value"`
	Normalized string  `json:"normalized"`
	Span       [2]int  `json:"span"`
	Line       int     `json:"line"`
	Hedge      *string `json:"hedge"`
}

// Print writes the report, indented by two spaces, with a final newline.
// It is streamed (jsonStream): one source, event or finding is encoded at
// a time, so the whole document is never in memory.
func (JSON) Print(w io.Writer, r *compare.Result) error {
	r = orEmpty(r)
	s := newJSONStream(w)
	root := s.object(0)
	root.field("version", jsonVersion)
	root.field("summary", summaryJSON(r.Summary))
	root.key("sources")
	sources := s.list(1)
	listed := make([]*source.Source, 0, len(r.Sources))
	for _, src := range r.Sources {
		if src != nil {
			listed = append(listed, src)
		}
	}
	sources.addEach(len(listed), func(i int) any { return sourceJSON(listed[i]) })
	sources.end()
	root.key("events")
	events := s.list(1)
	events.addEach(len(r.Events), func(i int) any {
		e := &r.Events[i]
		return jsonEvent{ID: e.ID, Label: e.Label, Sources: nonNil(e.Sources)}
	})
	events.end()
	root.key("findings")
	findings := s.list(1)
	findings.addEach(len(r.Findings), func(i int) any { return findingJSON(r.Findings[i]) })
	findings.end()
	root.end()
	return s.close()
}

// writeJSON encodes v the way every JSON output of claimcheck looks: two
// space indent, trailing newline, and "<", ">", "&" left as they are since
// the output is not meant for HTML.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func summaryJSON(s compare.Summary) jsonSummary {
	return jsonSummary{
		Sources:        s.Sources,
		Undated:        s.Undated,
		Events:         s.Events,
		ClaimsCompared: s.ClaimsCompared,
		Conflict:       s.BySeverity[compare.Conflict],
		Warning:        s.BySeverity[compare.Warning],
		Info:           s.BySeverity[compare.Info],
	}
}

func sourceJSON(s *source.Source) jsonSource {
	js := jsonSource{ID: s.ID, Path: s.Path, Headline: s.Headline, PublishedFrom: s.PublishedFrom}
	if s.HasPublished() {
		day := s.Published.UTC().Format("2006-01-02")
		js.Published = &day
	}
	if js.PublishedFrom == "" {
		js.PublishedFrom = source.PublishedFromNone
	}
	return js
}

func findingJSON(f compare.Finding) jsonFinding {
	jf := jsonFinding{
		ID:         f.ID,
		Event:      f.Event,
		Kind:       f.Kind,
		Severity:   f.Severity.String(),
		Confidence: jsonConfidence(f.Confidence),
		Reason:     f.Reason,
		Claims:     make([]jsonEvidence, 0, len(f.Claims)),
	}
	for _, c := range f.Claims {
		jf.Claims = append(jf.Claims, jsonEvidence{
			Source:     c.Source,
			Text:       c.Text,
			Value:      c.Value,
			Normalized: c.Normalized,
			Span:       c.Span,
			Line:       c.Line,
			Hedge:      nullIfEmpty(c.Hedge),
		})
	}
	return jf
}

// jsonConfidence keeps the confidence encodable and stable: JSON has no
// NaN or infinity (the encoder would fail the whole report), and three
// decimals are all a reader can use while float noise (0.30000000000000004)
// would churn diffs of stored reports.
func jsonConfidence(c float64) float64 {
	switch {
	case math.IsNaN(c) || c < 0:
		return 0
	case c > 1:
		return 1
	}
	return math.Round(c*1000) / 1000
}

func nullIfEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
