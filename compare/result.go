package compare

import "github.com/claimcheck/claimcheck/claims/source"

// Result is everything a check found in one batch, ready for a printer.
type Result struct {
	Sources  []*source.Source
	Events   []Event
	Findings []Finding
	Summary  Summary
}
