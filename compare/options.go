package compare

import (
	"math"
	"slices"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
)

// Options configure a check; the zero value is the default check, so that
// Check(docs) and CheckWith(docs, Options{}) give the same result.
type Options struct {
	// Kinds lists the kinds of finding to report; nil reports every kind.
	Kinds []string
	// Severity overrides the severity of a kind's disagreements (warning
	// and conflict findings); Off drops the kind's findings altogether.
	Severity map[string]Severity
	// Count and Quantity are how far apart two figures may be and still
	// not be held against each other.
	Count, Quantity Tolerance
	// EventWindowDays is how many days before its article's publication an
	// event told without a date of its own may lie; 0 is the default
	// (DefaultEventWindowDays).
	EventWindowDays int
	// Ignore drops the findings that match a rule.
	Ignore []IgnoreRule
}

// Off, as a severity override, drops the kind's findings. It is below
// every real severity and never appears in a finding.
const Off Severity = -1

// DefaultEventWindowDays is how far back an undated event of a dated
// article is taken to lie when the options do not say.
const DefaultEventWindowDays = recentDays

// Tolerance: two figures whose ranges lie within Absolute of each other,
// or within Percent of the larger, are not a conflict (info at most). Zero
// fields tolerate nothing.
type Tolerance struct {
	Absolute float64
	Percent  float64
}

// IsZero reports whether the tolerance tolerates nothing.
func (t Tolerance) IsZero() bool { return t.Absolute <= 0 && t.Percent <= 0 }

// IgnoreRule drops a finding that matches every non-empty field: Kind
// exactly, Event as a glob over the event's label or id, Source as a glob
// over any claim's source, Text as a case-insensitive substring of the
// reason or any claim's sentence or value. Reason says why, for people.
type IgnoreRule struct {
	Kind   string
	Event  string
	Source string
	Text   string
	Reason string
}

// Kinds are the kinds of finding a check reports, in report order.
func Kinds() []string {
	return []string{KindDate, KindLocation, KindParticipants, KindAttribution, KindCount, KindQuantity, KindDuplicate}
}

// IsKind reports whether name is one of Kinds.
func IsKind(name string) bool { return slices.Contains(Kinds(), name) }

// eventWindowDays is the window in force.
func (o Options) eventWindowDays() int {
	if o.EventWindowDays <= 0 {
		return DefaultEventWindowDays
	}
	return o.EventWindowDays
}

// comparators are the comparators in force: the figures' comparators
// wrapped with their tolerance when one is set.
func (o Options) comparators() []Comparator {
	if o.Count.IsZero() && o.Quantity.IsZero() {
		return Comparators
	}
	out := make([]Comparator, len(Comparators))
	for i, c := range Comparators {
		out[i] = c
		switch c.Kind() {
		case KindCount:
			if !o.Count.IsZero() {
				out[i] = tolerant{c, o.Count}
			}
		case KindQuantity:
			if !o.Quantity.IsZero() {
				out[i] = tolerant{c, o.Quantity}
			}
		}
	}
	return out
}

// processors are the steps a batch's findings pass through: the
// configured filters first, so that dedupe, sort and numbering see only
// what is reported.
func (o Options) processors(events []Event) []Processor {
	var out []Processor
	if o.Kinds != nil {
		out = append(out, newKindFilter(o.Kinds))
	}
	if len(o.Severity) > 0 {
		out = append(out, severityOverride(o.Severity))
	}
	if len(o.Ignore) > 0 {
		out = append(out, newIgnoreFilter(o.Ignore, events))
	}
	return append(out, Processors...)
}

// tolerant lowers a figures comparator's disagreements to info when every
// pair of figures from different sources lies within the tolerance: the
// user has said such differences are rounding, not news.
type tolerant struct {
	Comparator
	tol Tolerance
}

func (t tolerant) Compare(g *EventGroup) []Finding {
	fs := t.Comparator.Compare(g)
	for i := range fs {
		if fs[i].Severity > Info && withinTolerance(g, fs[i].Claims, t.tol) {
			fs[i].Severity = Info
			fs[i].Confidence = min(fs[i].Confidence, 0.5)
			fs[i].Reason += " (within the configured tolerance)"
		}
	}
	return fs
}

// withinTolerance: every pair of claims from different sources gives
// figures within tol; false when a claim's figure cannot be found.
func withinTolerance(g *EventGroup, cs []Evidence, tol Tolerance) bool {
	ns := make([]numbers.Number, len(cs))
	for i, c := range cs {
		n, ok := figureAt(g, c)
		if !ok || n.Kind == "score" {
			return false // a final score is exact or wrong
		}
		ns[i] = inBaseUnit(n)
	}
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Source != cs[j].Source && !closeEnough(ns[i], ns[j], tol) {
				return false
			}
		}
	}
	return true
}

// figureAt finds the figure a claim was made from among the event's
// mentions, by its source and span.
func figureAt(g *EventGroup, c Evidence) (numbers.Number, bool) {
	for _, m := range g.Mentions {
		if m.Source() != c.Source {
			continue
		}
		for _, fs := range [][]claims.Figure{m.Counts, m.Quantities} {
			for _, f := range fs {
				if f.Start == c.Span[0] && f.End == c.Span[1] {
					return f.Number, true
				}
			}
		}
	}
	return numbers.Number{}, false
}

// closeEnough: the gap between two ranges is within the absolute
// tolerance or within the percentage of the larger figure.
func closeEnough(a, b numbers.Number, tol Tolerance) bool {
	if a.Unit != b.Unit {
		return false
	}
	if a.Lo > b.Lo {
		a, b = b, a
	}
	gap := b.Lo - a.Hi
	if gap <= 0 {
		return true // the ranges overlap
	}
	if math.IsNaN(gap) || math.IsInf(gap, 0) {
		return false
	}
	return gap <= tol.Absolute || gap <= tol.Percent/100*math.Abs(b.Lo)
}
