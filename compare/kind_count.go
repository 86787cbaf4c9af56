package compare

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
)

// countComparator: how many were killed, hurt, arrested (and other counted
// things) as ranges. Overlapping ranges agree ("nearly 300" and "298"). A
// lower figure in an earlier report is an update (warning); two figures of
// the same moment that cannot both be true conflict. Totals over several
// events are never compared with one event's figure.
type countComparator struct{}

func (countComparator) Kind() string { return KindCount }

func (countComparator) Compare(g *EventGroup) []Finding {
	return gatheredConflicts(g, KindCount, func(values []slotValue) []slotValue { return countValues(g, values) }, judgeCounts)
}

// countValues appends the event's counts to values.
func countValues(g *EventGroup, values []slotValue) []slotValue {
	var keyBuf [96]byte
	for i, m := range g.Mentions {
		if m.Aggregate || m.Quoted {
			continue
		}
		for fi := range m.Counts {
			f := &m.Counts[fi]
			// The category is written where the value's key will be; the
			// buffer is read by numberValueOf alone, so the next figure
			// reuses it.
			cat, ok := appendCountCategory(keyBuf[:0], m, *f)
			if !ok || isVague(f.Number) || periodFigure(*f) || g.incrementAt(i, countFigures, fi) {
				continue
			}
			v := numberValueOf(m, &f.Number, cat)
			if f.Loose {
				v.sentence, v.loose = f.Sentence, true
			}
			values = append(values, v)
		}
	}
	return values
}

// judgeCounts is judgeNumbers, except that a source which states both
// figures somewhere in its article ("nine arrested at the site ... 21 in
// all") knows them as two scopes, even when they were told in sentences
// grouped as different events. judgeNumbers is asked first: it is cheap
// and finds most pairs compatible (other categories, overlapping ranges),
// while statesCount reads every mention of both articles.
func judgeCounts(a, b slotValue) verdict {
	v, bothWrong := judgeFigures(a, b)
	if v.compatible || statesCount(a.m.Doc, b) || statesCount(b.m.Doc, a) {
		return verdict{compatible: true}
	}
	if bothWrong {
		v.reason = bothWrongReason(a, b)
	}
	return v
}

// statesCount: the article gives v's figure for v's category, in any of
// its mentions.
func statesCount(d *claims.Doc, v slotValue) bool {
	n, ok := numberOf(v)
	if !ok {
		return false
	}
	for _, m := range d.Mentions {
		if m.Class != v.m.Class || m.Quoted {
			continue
		}
		// anotherMoment works out both mentions' event windows: it is
		// asked only of a mention with a figure that overlaps, at most
		// once (it was a third of statesCount asked of every mention).
		asked := false
		for fi := range m.Counts {
			f := &m.Counts[fi] // not copied: most figures are passed over
			if math.IsInf(f.Hi, 1) || isVague(f.Number) {
				continue // "at least six" states no particular figure
			}
			if !rangesOverlapAt(&f.Number, &n) {
				continue // asked first: countCategory may split the sentence into words again
			}
			if !asked {
				if anotherMoment(m, v.m) {
					break // the same figure for an earlier robbery says nothing of this one
				}
				asked = true
			}
			var buf [96]byte // compared here and dropped
			if cat, ok := appendCountCategory(buf[:0], m, *f); ok && string(cat) == categoryOf(v) {
				return true
			}
		}
	}
	return false
}

// anotherMoment: two mentions that cannot tell of one moment, by their
// own words ("last year's", "the previous") or by dates or publication
// windows further apart than one event lasts.
func anotherMoment(a, b *claims.Mention) bool {
	if otherA, otherB := a.Prior || pastPeriod(a.Time), b.Prior || pastPeriod(b.Time); otherA != otherB {
		return true
	}
	if a.Time != nil && b.Time != nil && datesApart(a.Time, b.Time) > maxEventSpread {
		return true
	}
	return windowsApart(eventWindow(a, recentDays), eventWindow(b, recentDays)) > maxEventSpread
}

// categoryOf is the category part of a figure value's key: what is counted
// or measured, before the "|" and the range (numberValue).
func categoryOf(v slotValue) string {
	if v.categoryEnd > 0 {
		return v.key[:v.categoryEnd-1] // numberValue found it: judging asks it of every pair
	}
	if i := strings.IndexByte(v.key, '|'); i >= 0 {
		return v.key[:i]
	}
	return v.key
}

// countCategory: what is counted: the class for deaths, injuries and
// arrests, else the counted noun and whose it is ("the NVA's seats").
// Parts ("including six gendarmes"), margins ("by 212 votes") and totals
// ("51 of the 96") are not the figure itself; ok is false for them and for
// figures that count nothing named.
func countCategory(m *claims.Mention, f claims.Figure) (string, bool) {
	cat, ok := appendCountCategory(nil, m, f)
	return string(cat), ok
}

// appendCountCategory appends countCategory's category to dst: countValues
// writes it into the buffer its value's key is written in, and
// statesCount into a stack buffer it compares, rather than joining a
// string per figure.
func appendCountCategory(dst []byte, m *claims.Mention, f claims.Figure) ([]byte, bool) {
	if f.Role != "" {
		return dst, false
	}
	if claims.CountLabel(m.Class) != "" && m.Class != "damage" {
		if f.Noun == "" || personNouns[f.Noun] || classPeople[m.Class][f.Noun] {
			return append(dst, m.Class...), true
		}
	}
	if f.Noun == "" {
		return dst, false
	}
	dst = append(append(dst, m.Class...), ':')
	dst = append(append(dst, f.Noun...), ':')
	dst = append(dst, f.Holder...)
	if of := ofComplement(m, f); of != "" {
		dst = append(append(dst, ":of "...), of...)
	}
	return dst, true
}

// classPeople are the nouns that name the people an event of a class is
// done to, counted like "people": nine hostages freed are nine freed.
var classPeople = map[string]map[string]bool{
	"release": {"hostage": true, "captive": true, "prisoner": true, "detainee": true},
	"escape":  {"inmate": true, "prisoner": true, "detainee": true, "convict": true, "man": true},
}

var personNouns = map[string]bool{"person": true, "people": true, "civilian": true, "resident": true, "victim": true}

type numberSlot struct {
	n        numbers.Number
	category string
}

// numberValue is the slot value of figure n of mention m, which stays
// where it is while the story is checked: its normalised text is written
// only for the few values a finding shows (slotValue.evidence), not for
// every value gathered.
func numberValue(m *claims.Mention, n *numbers.Number, category string) slotValue {
	// The key is written in a stack buffer and made a string once; no one
	// reads the buffer after.
	var buf [64]byte
	return numberValueOf(m, n, append(buf[:0], category...))
}

// numberValueOf is numberValue with the category written in category,
// whose array the key is written on and which no one reads after.
func numberValueOf(m *claims.Mention, n *numbers.Number, category []byte) slotValue {
	catLen := len(category)
	key := string(appendRangeText(append(category, '|'), n))
	return slotValue{m: m, value: n.Text, figure: n, span: [2]int{n.Start, n.End},
		key: key, categoryEnd: int32(strings.IndexByte(key, '|') + 1), rangeAt: int32(catLen + 1)}
}

// figureNormalized is a figure value's text as evidence shows it: its
// range, read back from the key rather than formatted again, and what it
// counts ("≥ 27 killed", "2,400,000,000 EUR deal").
func figureNormalized(v slotValue) string {
	m, n := v.m, v.figure
	norm := v.key[v.rangeAt:] // rangeText(*n)
	switch {
	case claims.CountLabel(m.Class) != "" && (n.Noun == "" || personNouns[n.Noun]):
		norm += " " + claims.CountLabel(m.Class) // "≥ 27 killed"
	case n.Noun != "":
		norm += " " + n.Noun
	}
	return norm
}

// rangeText writes a figure's range for people: "2,400,000,000 EUR",
// "≥ 1,001", "90–110".
func rangeText(n numbers.Number) string { return string(appendRangeText(nil, &n)) }

// appendRangeText appends rangeText(*n) to dst. Values' keys are written
// into one buffer (numberValue): joining the figures, separators and unit
// as strings made a string for every part and was most of a key's cost.
func appendRangeText(dst []byte, n *numbers.Number) []byte {
	if n.Kind == "score" {
		return append(dst, n.Text...)
	}
	switch {
	case n.Lo == n.Hi:
		dst = appendFigure(dst, n.Lo)
	case math.IsInf(n.Hi, 1):
		dst = appendFigure(append(dst, "≥ "...), n.Lo)
	default:
		dst = appendFigure(dst, n.Lo)
		dst = appendFigure(append(dst, "–"...), n.Hi)
	}
	if n.Unit != "" {
		dst = append(append(dst, ' '), n.Unit...)
	}
	return dst
}

// figure writes a number with thousands separators and no needless
// decimals.
func figure(x float64) string { return string(appendFigure(nil, x)) }

// appendFigure appends figure(x) to dst.
func appendFigure(dst []byte, x float64) []byte {
	if x != math.Trunc(x) || math.Abs(x) >= 1e15 {
		return strconv.AppendFloat(dst, math.Round(x*100)/100, 'f', -1, 64) // "52.2", not "52.200000000000003"
	}
	var buf [24]byte
	digits := strconv.AppendInt(buf[:0], int64(x), 10)
	if digits[0] == '-' {
		dst = append(dst, '-')
		digits = digits[1:]
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			dst = append(dst, ',') // a separator before each group of three from the right
		}
		dst = append(dst, c)
	}
	return dst
}

// numberOf finds the number a slot value was made from.
func numberOf(v slotValue) (numbers.Number, bool) {
	for _, ns := range [][]claims.Figure{v.m.Counts, v.m.Quantities} {
		for _, n := range ns {
			if n.Start == v.span[0] && n.End == v.span[1] {
				return n.Number, true
			}
		}
	}
	return numbers.Number{}, false
}

func judgeNumbers(a, b slotValue) verdict {
	v, bothWrong := judgeFigures(a, b)
	if bothWrong {
		v.reason = bothWrongReason(a, b)
	}
	return v
}

// bothWrongReason is the reason of two figures that cannot both be right.
// Reasons are joined rather than formatted (fmt.Sprintf).
func bothWrongReason(a, b slotValue) string {
	return a.value + " and " + b.value + " cannot both be right"
}

// judgeFigures is judgeNumbers, except that for two figures that cannot
// both be right it leaves the reason to be written (bothWrong): judgeCounts
// finds most such pairs compatible after all (statesCount), and a finding
// keeps only its first reason, so writing every one was wasted.
func judgeFigures(a, b slotValue) (v verdict, bothWrong bool) {
	ca, cb := categoryOf(a), categoryOf(b)
	if !sameMeasure(ca, cb) {
		return verdict{compatible: true}, false
	}
	na, oka := numberOf(a)
	nb, okb := numberOf(b)
	na, nb = inBaseUnit(na), inBaseUnit(nb)
	if na.Kind == "score" && nb.Kind == "score" {
		if na.Lo == nb.Lo && na.Hi == nb.Hi {
			return verdict{compatible: true}, false
		}
		return verdict{severity: Conflict, reason: "final score " + a.value + " against " + b.value}, false
	}
	if !oka || !okb || rangesOverlap(na, nb) {
		return verdict{compatible: true}, false
	}
	if (a.loose || b.loose || na.Kind == "money" || nb.Kind == "money") && farApart(na, nb) {
		// "$150 a month" and "$212 million", "27,000 walked out" and "5,000
		// at the rally": figures this far apart measure different things.
		return verdict{compatible: true}, false
	}
	if ownMeasurements(a, b) {
		return verdict{compatible: true}, false // a named body's own measurement, reported as theirs
	}
	pa, pb := a.m.Doc.Source.Published, b.m.Doc.Source.Published
	if claims.CountLabel(ca) != "" && !pa.IsZero() && !pb.IsZero() && !pa.Equal(pb) {
		// Tolls of the dead, hurt and arrested grow as news comes in; a
		// price or a magnitude does not.
		earlier, later := na, nb
		if pb.Before(pa) {
			earlier, later = nb, na
		}
		if earlier.Hi < later.Lo {
			return verdict{severity: Warning, reason: "update: the later report gives " + later.Text + ", the earlier " + earlier.Text}, false
		}
	}
	sev := Conflict
	if a.loose || b.loose {
		sev = Warning // a figure from a sentence that names no event: probably, not surely, the same thing
	}
	if sa, sb := speakerOf(a), speakerOf(b); sa != "" && sb != "" && sa != sb {
		sev = Warning // each figure is attributed, to different bodies
	}
	return verdict{severity: sev}, true
}

// rangesOverlap: with approximate figures given a little slack.
// The numbers are passed by pointer and the slack worked out by
// slackRange rather than a closure: statesCount asks it of every figure of
// an article for every pair judged, and copying two Numbers into a call
// that could not be inlined was most of its cost.
func rangesOverlap(a, b numbers.Number) bool { return rangesOverlapAt(&a, &b) }

// rangesOverlapAt is rangesOverlap of the numbers a and b point to.
func rangesOverlapAt(a, b *numbers.Number) bool {
	alo, ahi := slackRange(a)
	blo, bhi := slackRange(b)
	return alo <= bhi && blo <= ahi
}

// slackRange is a figure's range, widened by a tenth each way when it is
// approximate.
func slackRange(n *numbers.Number) (lo, hi float64) {
	lo, hi = n.Lo, n.Hi
	if n.Approx {
		lo, hi = lo*0.9, hi*1.1
	}
	return lo, hi
}

// isVague: "several", "dozens", "a few", "hundreds": words that commit to
// no figure are not held against one.
func isVague(n numbers.Number) bool {
	return n.Lo != n.Hi && !strings.ContainsAny(n.Text, "0123456789")
}

// sameMeasure: two categories "unit:noun:rest" measure the same thing when
// all parts agree, a noun that one side leaves out aside ("€4.2 billion"
// and "a €4.8 billion package").
func sameMeasure(a, b string) bool {
	if a == b {
		return true
	}
	// Cut in place rather than split: it runs for every pair of counts
	// judged, and strings.Split made two lists each time.
	unitA, restA, okA := strings.Cut(a, ":")
	unitB, restB, okB := strings.Cut(b, ":")
	// A currency code has three letters (moneyUnitLen): most units are
	// event classes, turned away on their length before the map is hashed.
	if !okA || !okB || unitA != unitB || len(unitA) != moneyUnitLen || !moneyUnits[unitA] {
		return false
	}
	nounA, tailA := cutNoun(restA)
	nounB, tailB := cutNoun(restB)
	return tailA == tailB && (nounA == "" || nounB == "")
}

// cutNoun cuts a category's "noun:rest" after its unit into the noun and
// the rest with its leading colon ("" when there is none), so that two
// rests are equal exactly when their parts are.
func cutNoun(s string) (noun, tail string) {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// moneyUnits are the currencies whose amounts may be compared without a
// counted noun: a deal's price is written "€4.2bn" as often as "a €4.2bn
// deal".
var moneyUnits = map[string]bool{"EUR": true, "USD": true, "GBP": true, "JPY": true, "INR": true, "CNY": true, "CHF": true}

// moneyUnitLen is the length of every key of moneyUnits.
const moneyUnitLen = 3

// speakerOf is who the value's sentence is attributed to.
func speakerOf(v slotValue) string {
	if v.sentence != nil {
		return v.sentence.Speaker
	}
	return v.m.Speaker
}

// ownMeasurements: two figures of which one is a named body's own reading
// and the other someone else's ("USGS measured 6.2" beside "the agency
// said 6.4"). For head counts both must be attributed, to different
// bodies: a ministry's recorded toll against an unattributed one may well
// be the same toll misreported.
func ownMeasurements(a, b slotValue) bool {
	if speakerOf(a) == speakerOf(b) || !measuredBy(a) && !measuredBy(b) {
		return false
	}
	if isCount(a) || isCount(b) {
		return speakerOf(a) != "" && speakerOf(b) != ""
	}
	return true
}

// isCount: the value counts people or things rather than measuring.
func isCount(v slotValue) bool {
	n, ok := numberOf(v)
	return ok && n.Kind == "count"
}

// measuredBy: "X measured the quake at 6.2": a named body's own reading,
// not the event's one figure.
func measuredBy(v slotValue) bool {
	s := v.m.Sentence
	if v.sentence != nil {
		s = v.sentence
	}
	if speakerOf(v) == "" {
		return false
	}
	for _, w := range s.WordsIn(docSource(v.m)) {
		t := w.Text()
		if len(t) < len("measured") {
			// Shorter than every cue: lower-casing keeps an ASCII word's
			// length and shortens a word it makes ASCII ("K" for "k"), so
			// it cannot be one. Most words are, and lower-casing each was
			// most of the test.
			continue
		}
		switch strings.ToLower(t) {
		case "measured", "estimated", "estimates", "calculated", "registered", "recorded":
			return true
		}
	}
	return false
}

// farApart: one figure more than three times the other.
func farApart(a, b numbers.Number) bool {
	lo, hi := min(a.Hi, b.Hi), max(a.Lo, b.Lo)
	return lo > 0 && hi/lo > 3
}
