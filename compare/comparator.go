package compare

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
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
	// figure is the number a figure's value was made from (numberValue),
	// whose normalised text evidence writes; nil for other values.
	figure *numbers.Number
	// categoryEnd is one past the end of a figure value's category in key,
	// as categoryOf reads it, and rangeAt where the range text starts
	// (numberValue); 0 when not worked out.
	categoryEnd, rangeAt int32
}

func (v slotValue) evidence() Evidence {
	src := v.m.Doc.Source
	s, hedge := v.m.Sentence, v.m.Hedge
	if v.sentence != nil {
		s, hedge = v.sentence, v.sentence.Hedge
	}
	normalized := v.normalized
	if v.figure != nil {
		normalized = figureNormalized(v)
	}
	ev := Evidence{Source: src.ID, Text: s.Text(src), Value: v.value, Normalized: normalized,
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
	if !twoKeys(values) {
		return nil // one value told by every source, as most are: nothing to compare
	}
	vg := valueGroupings.Get().(*valueGrouping)
	defer vg.release()
	groups := vg.group(values)
	edges := vg.edges[:0]
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
	vg.edges = edges // kept for the next event (release clears it)
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
		reasoned := false // the set's first edge gives the reason
		for _, e2 := range edges {
			if root(e2.a) == r {
				f.Severity = max(f.Severity, e2.v.severity)
				if !reasoned {
					f.Reason, reasoned = e2.v.reason, true
				}
			}
		}
		claimed := 0 // the involved groups' values: at most one claim each
		for i, group := range groups {
			if root(i) == r && involved(i, edges, root, r) {
				claimed += len(group)
			}
		}
		// Claims are appended to a list made once at most that long: grown
		// one claim at a time, the copies of the growing list (an
		// Evidence is large) were a quarter of what checking allocated.
		f.Claims = make([]Evidence, 0, claimed)
		for i, group := range groups {
			if root(i) == r && involved(i, edges, root, r) {
				f.Claims = appendOnePerSource(f.Claims, group)
			}
		}
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

// twoKeys: the values hold at least two keys.
func twoKeys(values []slotValue) bool {
	for i := 1; i < len(values); i++ {
		if values[i].key != values[0].key {
			return true
		}
	}
	return false
}

// valueGrouping buckets values by key (group). It is conflictFindings'
// working memory. conflictFindings reads
// the groups only until it returns (its findings' evidence is copied out
// of the values), so the arrays are pooled and reused by the next event.
type valueGrouping struct {
	index  map[string]int32
	ids    []int32
	sizes  []int
	laid   []slotValue
	groups [][]slotValue
	// conflictFindings' disagreeing pairs of groups; read by it alone
	// (findings copy the reasons), so the next event reuses them.
	edges []edge
}

var valueGroupings = sync.Pool{New: func() any { return &valueGrouping{index: map[string]int32{}} }}

// release drops the grouping's references to the story's mentions and
// puts it back in the pool.
func (vg *valueGrouping) release() {
	vg.reset()
	valueGroupings.Put(vg)
}

// reset readies vg for another event.
func (vg *valueGrouping) reset() {
	clear(vg.laid)
	clear(vg.groups)
	clear(vg.edges)
	vg.edges = vg.edges[:0]
	if len(vg.index) > maxKeptEntries {
		vg.index = map[string]int32{}
	} else {
		clear(vg.index)
	}
}

// group buckets values by key, the buckets in first-seen order and each
// in the values' order, in vg's arrays. Buckets are indexed by position so
// that the pairwise loops of conflictFindings look up no key, and are cut
// from one array laid out by a counting sort instead of grown one append
// at a time; a few values (most events) find their key's bucket by a walk
// over the buckets' first values rather than in a map.
func (vg *valueGrouping) group(values []slotValue) [][]slotValue {
	vg.ids = grown(vg.ids, len(values))
	vg.sizes = vg.sizes[:0]
	for i := range values {
		k := vg.bucketOf(values, i)
		if int(k) == len(vg.sizes) {
			vg.sizes = append(vg.sizes, 0)
		}
		vg.ids[i] = k
		vg.sizes[k]++
	}
	vg.laid = grown(vg.laid, len(values))
	vg.groups = grown(vg.groups, len(vg.sizes))
	start := 0
	for k, n := range vg.sizes {
		vg.groups[k] = vg.laid[start : start : start+n]
		start += n
	}
	for i, v := range values {
		vg.groups[vg.ids[i]] = append(vg.groups[vg.ids[i]], v)
	}
	return vg.groups
}

// smallValueSet: up to this many values, a value's bucket is found by
// looking back over the values before it.
const smallValueSet = 16

// bucketOf is the bucket of values[i], given those of the values before
// it in vg.ids; a new key gets the next bucket.
func (vg *valueGrouping) bucketOf(values []slotValue, i int) int32 {
	key := values[i].key
	if len(values) <= smallValueSet {
		for j := range i {
			if values[j].key == key {
				return vg.ids[j]
			}
		}
		return int32(len(vg.sizes))
	}
	k, ok := vg.index[key]
	if !ok {
		k = int32(len(vg.sizes))
		vg.index[key] = k
	}
	return k
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

// appendOnePerSource appends the first value of each source of vs to dst,
// as evidence. A value's
// source is looked for among the evidence appended so far (a bucket holds
// a few values) rather than in a set.
func appendOnePerSource(dst []Evidence, vs []slotValue) []Evidence {
	start := len(dst)
	for _, v := range vs {
		if !slices.ContainsFunc(dst[start:], func(e Evidence) bool { return e.Source == v.m.Source() }) {
			dst = append(dst, v.evidence())
		}
	}
	return dst
}

// slotBuffers hold the values a comparator gathers for one event. They
// are read by conflictFindings only, whose findings copy what they keep
// (evidence), so a buffer is reused by the next event.
var slotBuffers = sync.Pool{New: func() any { return new([]slotValue) }}

// gatheredConflicts is conflictFindings over the values gather appends to
// a pooled buffer.
func gatheredConflicts(g *EventGroup, kind string, gather func([]slotValue) []slotValue, judge func(a, b slotValue) verdict) []Finding {
	buf := slotBuffers.Get().(*[]slotValue)
	values := gather((*buf)[:0])
	out := conflictFindings(g, kind, values, judge)
	clear(values) // drop the story's mentions and strings
	*buf = values[:0]
	slotBuffers.Put(buf)
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
