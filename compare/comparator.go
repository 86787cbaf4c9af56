package compare

import (
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Comparator checks one slot of an event (its date, place, participants,
// ...) across the sources that mention it. Each kind lives in its own file;
// adding a kind means adding a file and a line to Comparators.
type Comparator interface {
	Kind() string
	Compare(g *EventGroup) []Finding
}

// Comparators are run on every event, in this order.
var Comparators = []Comparator{
	dateComparator{},
	locationComparator{},
	participantsComparator{},
	roleComparator{},
	attributionComparator{},
	countComparator{},
	quantityComparator{},
}

// slotValue is one source's value for one slot of an event.
type slotValue struct {
	m          *claims.Mention
	value      string
	normalized string
	span       [2]int
	// key groups identical values; values with one key are never compared.
	key string
	// place is the place a location value names.
	place *claims.Entity
	// sentence is the evidence sentence when it is not the mention's own
	// (a loose figure given to the article's main event).
	sentence *claims.Sentence
	// loose marks such a value: the link to the event is weaker.
	loose bool
}

func (v slotValue) evidence() Evidence {
	src := v.m.Doc.Source
	s, hedge := v.m.Sentence, v.m.Hedge
	if v.sentence != nil {
		s, hedge = v.sentence, v.sentence.Hedge
	}
	ev := Evidence{Source: src.ID, Text: s.Text(src), Value: v.value, Normalized: v.normalized,
		Span: v.span, SentenceStart: s.Start, Hedge: hedge}
	// Every place a printer shows is worked out now, while the text is at
	// hand, so that a large batch's texts can go before its report.
	ev.Place(src.Text)
	if ev.Column == 0 {
		ev.Line = lineOf(src.Text, v.span[0])
	}
	return ev
}

// lineOf is the line, from 1, of byte offset off in text (its last line
// past the end).
func lineOf(text string, off int) int {
	off = min(max(off, 0), len(text))
	return 1 + strings.Count(text[:off], "\n")
}

// verdict is a comparator's judgement of two values.
type verdict struct {
	compatible bool
	severity   Severity // when not compatible
	reason     string
}

// conflictFindings groups values by key, compares the groups pairwise with
// judge, and returns one finding per connected set of disagreeing groups.
// Values from one source are never compared with each other.
func conflictFindings(g *EventGroup, kind string, values []slotValue, judge func(a, b slotValue) verdict) []Finding {
	groups := groupValues(values)
	if len(groups) < 2 {
		return nil
	}
	var edges []edge
	for i := 0; i < len(groups); i++ {
		for j := i + 1; j < len(groups); j++ {
			a, b, ok := crossPair(groups[i], groups[j])
			if !ok || sharedSource(groups[i], groups[j]) {
				continue
			}
			if v := judge(a, b); !v.compatible {
				edges = append(edges, edge{i, j, v})
			}
		}
	}
	if len(edges) == 0 {
		return nil
	}
	sets := newDisjointSets(len(groups))
	for _, e := range edges {
		sets.union(e.a, e.b)
	}
	root := sets.find
	var out []Finding
	done := map[int]bool{}
	for _, e := range edges {
		r := root(e.a)
		if done[r] {
			continue
		}
		done[r] = true
		f := Finding{Event: g.ID, Kind: kind, Severity: Info}
		var reasons []string
		for _, e2 := range edges {
			if root(e2.a) == r {
				f.Severity = max(f.Severity, e2.v.severity)
				reasons = append(reasons, e2.v.reason)
			}
		}
		for i, group := range groups {
			if root(i) == r && involved(i, edges, root, r) {
				f.Claims = append(f.Claims, onePerSource(group)...)
			}
		}
		f.Reason = reasons[0]
		f.Severity, f.Confidence = weigh(f.Severity, g, f.Claims)
		out = append(out, f)
	}
	return out
}

// sharedSource reports whether one source gives both values. A source
// that says "nine were arrested at the site" and "21 in all" knows both
// figures and tells them apart; another source giving one of them is
// agreeing with one scope, not contradicting the other.
func sharedSource(a, b []slotValue) bool {
	for _, x := range a {
		for _, y := range b {
			if x.m.Source() == y.m.Source() {
				return true
			}
		}
	}
	return false
}

// edge joins two value groups that cannot both be true.
type edge struct {
	a, b int
	v    verdict
}

func involved(i int, edges []edge, root func(int) int, r int) bool {
	for _, e := range edges {
		if (e.a == i || e.b == i) && root(e.a) == r {
			return true
		}
	}
	return false
}

// groupValues buckets values by key, the buckets in first-seen order and
// each in the values' order. Buckets are indexed by position so that the
// pairwise loops of conflictFindings look up no key, and are cut from one
// array laid out by a counting sort instead of grown one append at a time.
func groupValues(values []slotValue) [][]slotValue {
	index := make(map[string]int32, len(values))
	ids := make([]int32, len(values))
	var sizes []int
	for i, v := range values {
		k, ok := index[v.key]
		if !ok {
			k = int32(len(sizes))
			index[v.key] = k
			sizes = append(sizes, 0)
		}
		ids[i] = k
		sizes[k]++
	}
	laid := make([]slotValue, len(values))
	groups := make([][]slotValue, len(sizes))
	start := 0
	for k, n := range sizes {
		groups[k] = laid[start : start : start+n]
		start += n
	}
	for i, v := range values {
		groups[ids[i]] = append(groups[ids[i]], v)
	}
	return groups
}

// crossPair picks one value from each group that come from different
// sources: a source is not compared with itself.
func crossPair(a, b []slotValue) (slotValue, slotValue, bool) {
	for _, x := range a {
		for _, y := range b {
			if x.m.Source() != y.m.Source() {
				return x, y, true
			}
		}
	}
	return slotValue{}, slotValue{}, false
}

// onePerSource keeps the first value of each source, as evidence.
func onePerSource(vs []slotValue) []Evidence {
	seen := map[string]bool{}
	var out []Evidence
	for _, v := range vs {
		if seen[v.m.Source()] {
			continue
		}
		seen[v.m.Source()] = true
		out = append(out, v.evidence())
	}
	return out
}

// weigh lowers a conflict to a warning when a side is hedged ("allegedly",
// "according to") or the events are only probably the same, and gives the
// finding a confidence.
func weigh(sev Severity, g *EventGroup, cs []Evidence) (Severity, float64) {
	conf := 0.55 + 0.4*min(1, g.Strength/3)
	hedged := false
	for _, c := range cs {
		if c.Hedge != "" {
			hedged = true
		}
	}
	if sev == Conflict && (hedged || g.Strength < 1.5) {
		sev = Warning
	}
	if hedged {
		conf -= 0.15
	}
	if sev == Info {
		conf = min(conf, 0.5)
	}
	return sev, float64(int(conf*100+0.5)) / 100
}

// sortEvidence orders a finding's claims by source for stable output.
func sortEvidence(cs []Evidence) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Source < cs[j].Source })
}
