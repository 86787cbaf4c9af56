// Package compare groups the event mentions of a batch into events and
// compares what the sources claim about each: dates, places, participants,
// who did or owned what, counts and quantities. Findings then pass through
// named post-processing steps (dedupe, sort, numbering).
package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Check compares the documents of one batch. Documents must be in a stable
// order (by source id) for the output to be deterministic.
func Check(docs []*claims.Doc) *Result {
	res := &Result{Summary: Summary{BySeverity: map[Severity]int{}}}
	for _, d := range docs {
		res.Sources = append(res.Sources, d.Source)
		if !d.Source.HasPublished() {
			res.Summary.Undated++
		}
	}
	docs, dupFindings := dropDuplicates(docs)
	resolveAliases(docs)
	groups := groupMentions(docs)
	var findings []Finding
	n := 0
	for _, g := range groups {
		srcs := g.Sources()
		if len(srcs) < 2 {
			continue
		}
		n++
		g.ID = fmt.Sprintf("e%d", n)
		res.Events = append(res.Events, Event{ID: g.ID, Label: label(g), Sources: srcs})
		res.Summary.ClaimsCompared += countSlots(g)
		for _, c := range Comparators {
			findings = append(findings, c.Compare(g)...)
		}
	}
	findings = append(dupFindings, findings...)
	for _, p := range Processors {
		findings = p.Process(findings)
	}
	res.Findings = findings
	res.Summary.Sources = len(res.Sources)
	res.Summary.Events = len(res.Events)
	for _, f := range findings {
		res.Summary.BySeverity[f.Severity]++
	}
	return res
}

// countSlots counts the values an event offers for comparison.
func countSlots(g *EventGroup) int {
	n := 0
	for _, m := range g.Mentions {
		if m.Time != nil {
			n++
		}
		if m.Place != nil {
			n++
		}
		if m.Owner != nil || m.Agent != nil {
			n++
		}
		n += len(m.Counts) + len(m.Quantities)
		if len(m.Participants) > 0 {
			n++
		}
	}
	return n
}

// label names an event by its class and its most mentioned participants.
func label(g *EventGroup) string {
	count := map[string]int{}
	text := map[string]string{}
	for _, m := range g.Mentions {
		seen := map[string]bool{}
		for _, e := range m.Participants {
			if seen[e.Key] || e.Kind == claims.EntPlace {
				continue
			}
			seen[e.Key] = true
			count[e.Key]++
			if len(e.Text) > len(text[e.Key]) && !e.Demonym {
				text[e.Key] = e.Text
			} else if text[e.Key] == "" {
				text[e.Key] = e.Text
			}
		}
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var names []string
	for _, k := range keys[:min(3, len(keys))] {
		names = append(names, text[k])
	}
	if len(names) == 0 {
		for _, m := range g.Mentions {
			if m.Patient != "" {
				names = append(names, m.Patient)
				break
			}
		}
	}
	if len(names) == 0 {
		return g.Class
	}
	return g.Class + ": " + strings.Join(names, ", ")
}
