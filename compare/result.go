package compare

import "github.com/claimcheck/claimcheck/claims/source"

// Result is everything a check found in one batch, ready for a printer.
type Result struct {
	Sources  []*source.Source
	Events   []Event
	Findings []Finding
	Summary  Summary
}

// SetFindings replaces the findings of a result after a step outside
// compare dropped some (a baseline, a claim store's filter): it numbers
// them again f1, f2, ... in report order and recounts the summary's
// severities, so that a report never shows gaps or stale totals.
func (r *Result) SetFindings(fs []Finding) {
	r.Findings = numberFindings{}.Process(fs)
	r.Summary.BySeverity = map[Severity]int{}
	for _, f := range r.Findings {
		r.Summary.BySeverity[f.Severity]++
	}
}
