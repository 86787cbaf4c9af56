package report

import (
	"bytes"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// TestJSONStreamMatchesWhole: a document written piece by piece is byte
// for byte the one writeJSON writes whole, for empty and nested values.
func TestJSONStreamMatchesWhole(t *testing.T) {
	type pair struct {
		K string `json:"k"`
		V []int  `json:"v"`
	}
	for _, tc := range []struct {
		name  string
		items []any
	}{
		{"no items", nil},
		{"one scalar", []any{1}},
		{"strings with markup", []any{"<b>&</b>", "é\n\"q\""}},
		{"empty values", []any{[]int{}, map[string]int{}, pair{}}},
		{"nested", []any{pair{"a", []int{1, 2}}, []pair{{"b", nil}, {"c", []int{3}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var whole bytes.Buffer
			if err := writeJSON(&whole, map[string]any{"a": 1, "items": nonNilAny(tc.items), "z": struct{}{}}); err != nil {
				t.Fatal(err)
			}
			var streamed bytes.Buffer
			s := newJSONStream(&streamed)
			root := s.object(0)
			root.field("a", 1)
			root.key("items")
			l := s.list(1)
			for _, it := range tc.items {
				l.add(it)
			}
			l.end()
			root.key("z")
			s.object(1).end()
			root.end()
			if err := s.close(); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(whole.Bytes(), streamed.Bytes()) {
				t.Errorf("streamed:\n%s\nwhole:\n%s", streamed.Bytes(), whole.Bytes())
			}
		})
	}
}

func nonNilAny(items []any) []any {
	if items == nil {
		return []any{}
	}
	return items
}

// TestStreamedReportsMatchWhole: the JSON report and the SARIF log,
// streamed, are what encoding/json writes for the whole document (the
// printers as they were before streaming), on every result the golden
// files use and on a checked generated batch.
func TestStreamedReportsMatchWhole(t *testing.T) {
	results := map[string]*compare.Result{
		"nil": nil, "empty": {}, "sample": sampleResult(), "ci": ciResult(),
		"sources only": emptyResultWithSources(), "generated": compare.Check(generatedDocs(t)),
		"nil source": {Sources: []*source.Source{nil, srcAlpha}},
	}
	for name, r := range results {
		t.Run(name, func(t *testing.T) {
			for _, tc := range []struct {
				printer Printer
				whole   any
			}{
				{JSON{}, wholeReport(orEmpty(r))},
				{SARIF{}, wholeSARIF(orEmpty(r))},
			} {
				var streamed, whole bytes.Buffer
				if err := tc.printer.Print(&streamed, r); err != nil {
					t.Fatal(err)
				}
				if err := writeJSON(&whole, tc.whole); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
					t.Errorf("%T: the streamed document differs from the whole one", tc.printer)
				}
			}
		})
	}
}

// wholeReport is the JSON report as one value, as JSON.Print built it
// before it streamed.
func wholeReport(r *compare.Result) any {
	type report struct {
		Version  int           `json:"version"`
		Summary  jsonSummary   `json:"summary"`
		Sources  []jsonSource  `json:"sources"`
		Events   []jsonEvent   `json:"events"`
		Findings []jsonFinding `json:"findings"`
	}
	rep := report{Version: jsonVersion, Summary: summaryJSON(r.Summary),
		Sources: []jsonSource{}, Events: []jsonEvent{}, Findings: []jsonFinding{}}
	for _, s := range r.Sources {
		if s != nil {
			rep.Sources = append(rep.Sources, sourceJSON(s))
		}
	}
	for _, e := range r.Events {
		rep.Events = append(rep.Events, jsonEvent{ID: e.ID, Label: e.Label, Sources: nonNil(e.Sources)})
	}
	for _, f := range r.Findings {
		rep.Findings = append(rep.Findings, findingJSON(f))
	}
	return rep
}

// wholeSARIF is the SARIF log as one value, as SARIF.Print built it
// before it streamed.
func wholeSARIF(r *compare.Result) any {
	type run struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	type log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []run  `json:"runs"`
	}
	rules, ruleIndex := sarifRules(r.Findings)
	labels := eventLabels(r.Events)
	files := newSourceIndex(r.Sources)
	results := make([]sarifResult, 0, len(r.Findings))
	for _, f := range r.Findings {
		results = append(results, sarifResultOf(f, ruleIndex[f.Kind], eventLabel(labels, f.Event), files))
	}
	return log{Schema: sarifSchema, Version: sarifVersion, Runs: []run{{
		Tool: sarifTool{Driver: sarifDriver{Name: "claimcheck", Rules: rules}}, ColumnKind: sarifColumnKind, Results: results,
	}}}
}
