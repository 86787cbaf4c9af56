// Package compare groups the event mentions of a batch into events and
// compares what the sources claim about each: dates, places, participants,
// who did or owned what, counts and quantities. Findings then pass through
// named post-processing steps (dedupe, sort, numbering).
package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/pool"
)

// Check compares the documents of one batch with the default options.
// Documents must be in a stable order (by source id) for the output to be
// deterministic.
func Check(docs []*claims.Doc) *Result { return CheckWith(docs, Options{}) }

// CheckWith compares the documents of one batch with options: which kinds
// to report, severity overrides, tolerances, the event window and ignore
// rules.
func CheckWith(docs []*claims.Doc, opts Options) *Result {
	res := newResult(docs, func(d *claims.Doc) *source.Source { return d.Source })
	docs, dupFindings := dropDuplicates(docs)
	res.collect(checkStories(storyBlocks(docs), opts), dupFindings, opts)
	return res
}

// newResult starts the result of a batch: its sources, in batch order, and
// how many state no publication date.
func newResult[T any](batch []T, sourceOf func(T) *source.Source) *Result {
	res := &Result{Summary: Summary{BySeverity: map[Severity]int{}}}
	for _, x := range batch {
		s := sourceOf(x)
		res.Sources = append(res.Sources, s)
		if !s.HasPublished() {
			res.Summary.Undated++
		}
	}
	return res
}

// collect numbers the events of the stories in order (e1, e2, ...), puts
// the copies found first and the findings about each event after them,
// runs the post-processing steps and counts the summary.
func (res *Result) collect(stories [][]checkedEvent, dupFindings []Finding, opts Options) {
	nEvents, nFindings := 0, len(dupFindings)
	for _, story := range stories {
		for _, ev := range story {
			nEvents++
			nFindings += len(ev.findings)
		}
	}
	res.Events = slices.Grow(res.Events, nEvents)
	var findings []Finding // nil when there are none, as the report expects
	if nFindings > 0 {
		findings = append(make([]Finding, 0, nFindings), dupFindings...)
	}
	n := 0
	for _, story := range stories {
		for _, ev := range story {
			n++
			id := fmt.Sprintf("e%d", n)
			res.Events = append(res.Events, Event{ID: id, Label: ev.label, Sources: ev.sources})
			res.Summary.ClaimsCompared += ev.slots
			for _, f := range ev.findings {
				f.Event = id
				findings = append(findings, f)
			}
		}
	}
	for _, p := range opts.processors(res.Events) {
		findings = p.Process(findings)
	}
	res.Findings = findings
	res.Summary.Sources = len(res.Sources)
	res.Summary.Events = len(res.Events)
	for _, f := range findings {
		res.Summary.BySeverity[f.Severity]++
	}
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
	what := g.Class
	if g.Class == "story" {
		what = "whole story" // figures and owners that no event word of their sentence carries
	}
	if p := commonPatient(g); p != "" {
		what += " " + p // "declare no-fly zone", "shootdown drone"
	}
	if len(names) == 0 {
		return what
	}
	return what + ": " + strings.Join(names, ", ")
}

// commonPatient is the phrase most mentions give for what the event was
// done to, when at least two mentions agree on it.
func commonPatient(g *EventGroup) string {
	count := map[string]int{}
	best, bestN := "", 1
	for _, m := range g.Mentions {
		if m.Patient == "" || m.PatientAt[1] <= m.PatientAt[0] {
			continue
		}
		p := strings.ToLower(strings.Trim(m.Doc.Source.Text[m.PatientAt[0]:m.PatientAt[1]], "\"“”' "))
		p = strings.Join(strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '"' || r == '“' || r == '”' }), " ")
		if !labelWorthy(p) {
			continue
		}
		count[p]++
		if count[p] > bestN || count[p] == bestN && best != "" && p < best {
			best, bestN = p, count[p]
		}
	}
	return best
}

// checkedGroup is one event of a story with the findings about it.
type checkedGroup struct {
	group    *EventGroup
	findings []Finding
}

// checkedEvent is what a report keeps of one checked event: its label, its
// sources, how many values it offered and the findings about it; not its
// mentions, so a story's documents can be dropped once it is checked.
type checkedEvent struct {
	label    string
	sources  []string
	slots    int
	findings []Finding
}

// checkedEvents sums up the checked groups of one story.
func checkedEvents(groups []checkedGroup) []checkedEvent {
	out := make([]checkedEvent, 0, len(groups))
	for _, sg := range groups {
		out = append(out, checkedEvent{label: label(sg.group), sources: sg.group.Sources(),
			slots: countSlots(sg.group), findings: sg.findings})
	}
	return out
}

// checkStories groups and compares each story on its own, in a pool of
// GOMAXPROCS workers; results keep the stories' order, so the report does
// not depend on scheduling.
func checkStories(blocks [][]*claims.Doc, opts Options) [][]checkedEvent {
	comparators := opts.comparators()
	return pool.Map(blocks, func(docs []*claims.Doc) []checkedEvent {
		return checkedEvents(checkStoryWith(docs, opts.eventWindowDays(), comparators))
	})
}

// checkStory resolves aliases, groups mentions into events and compares
// every event that more than one source tells.
func checkStory(docs []*claims.Doc) []checkedGroup {
	return checkStoryWith(docs, recentDays, Comparators)
}

// checkStoryWith is checkStory with an event window and comparators.
func checkStoryWith(docs []*claims.Doc, windowDays int, comparators []Comparator) []checkedGroup {
	resolveAliases(docs)
	defer splitStoryWords(docs)()
	var out []checkedGroup
	memos := incrementMemos.Get().(*[]incrementMemo)
	for _, g := range groupMentionsWithin(docs, windowDays) {
		if !g.twoSources() {
			continue
		}
		cg := checkedGroup{group: g}
		// The group's increment memos live while its comparators run; the
		// next group reuses the array, so the group lets go of it.
		*memos = grown(*memos, len(g.Mentions))
		g.increments = *memos
		for _, c := range comparators {
			cg.findings = append(cg.findings, c.Compare(g)...)
		}
		g.increments = nil
		out = append(out, cg)
	}
	incrementMemos.Put(memos)
	return append(out, quoteGroups(docs)...)
}

// labelWorthy: a patient phrase that names a thing ("no-fly zone",
// "drone"), not a figure or a word the role reader caught by mistake.
func labelWorthy(p string) bool {
	if p == "" || strings.ContainsAny(p, "0123456789") {
		return false
	}
	head := p[strings.LastIndexByte(p, ' ')+1:]
	return !notThings[head] && !strings.HasSuffix(head, "ly") && !strings.HasSuffix(head, "ed")
}

var notThings = map[string]bool{"outside": true, "between": true, "people": true, "persons": true, "others": true,
	"together": true, "away": true, "back": true, "down": true, "up": true, "place": true, "will": true,
	"said": true, "spread": true, "hit": true, "struck": true, "people's": true, "them": true, "him": true, "her": true}
