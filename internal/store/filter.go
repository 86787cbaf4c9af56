package store

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// KeepNew narrows a Result of the merged batch to what the run's new
// sources bring: the findings with at least one claim from a new or
// updated source, the events that such a source tells or such a finding is
// about, and the sources of the batch and those the kept findings cite.
// Events and findings are renumbered in order, so ids stay e1, e2, ... and
// f1, f2, ... as in a report of the batch alone.
func (r *Run) KeepNew(res *compare.Result) {
	if res == nil {
		return
	}
	var findings []compare.Finding
	cited := map[string]bool{}
	events := map[string]bool{}
	for _, f := range res.Findings {
		if !r.involvesFresh(f) {
			continue
		}
		findings = append(findings, f)
		events[f.Event] = true
		for _, c := range f.Claims {
			cited[c.Source] = true
		}
	}
	res.Events = r.keepEvents(res.Events, events, findings)
	res.SetFindings(findings)
	res.Sources = r.keepSources(res.Sources, cited)
	res.Summary.Sources = len(res.Sources)
	res.Summary.Events = len(res.Events)
	res.Summary.Undated = 0
	for _, s := range res.Sources {
		if !s.HasPublished() {
			res.Summary.Undated++
		}
	}
}

func (r *Run) involvesFresh(f compare.Finding) bool {
	for _, c := range f.Claims {
		if r.fresh[c.Source] {
			return true
		}
	}
	return false
}

// keepEvents keeps the events a new source tells or a kept finding is
// about, renumbered, and points the findings at their new ids.
func (r *Run) keepEvents(all []compare.Event, withFindings map[string]bool, findings []compare.Finding) []compare.Event {
	renamed := map[string]string{}
	var out []compare.Event
	for _, e := range all {
		keep := withFindings[e.ID]
		for _, s := range e.Sources {
			keep = keep || r.fresh[s]
		}
		if !keep {
			continue
		}
		id := fmt.Sprintf("e%d", len(out)+1)
		renamed[e.ID] = id
		e.ID = id
		out = append(out, e)
	}
	for i := range findings {
		if id, ok := renamed[findings[i].Event]; ok {
			findings[i].Event = id
		}
	}
	return out
}

// keepSources keeps the batch's sources and the stored ones a kept finding
// cites, in their order.
func (r *Run) keepSources(all []*source.Source, cited map[string]bool) []*source.Source {
	var out []*source.Source
	for _, s := range all {
		if s != nil && (r.batch[s.ID] || cited[s.ID]) {
			out = append(out, s)
		}
	}
	return out
}
