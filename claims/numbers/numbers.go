// Package numbers finds numeric expressions in news text and normalizes each
// to the range of values its wording allows: "more than 1,000 people" is
// [1001, +Inf) persons, "€110bn" is 110e9 EUR, "a 7.1-magnitude quake" is
// magnitude 7.1, "dozens of protesters" is [24, +Inf) protesters, roughly.
//
// Comparators use the ranges to tell a real disagreement ("12 killed" vs "15
// killed") from compatible wording ("at least 12" vs "15"), so the ranges err
// on the wide side. Figures that do not quantify anything (day numbers of
// dates, identifiers such as "A320" or "COVID-19", labels such as "Flight
// 370", phone numbers) are left out; years, clock times, ordinals and sports
// scores are kept but marked by Kind.
//
// Find makes one pass over the bytes: it stops only at digits and at words
// whose first letter and length match a number word, and looks at the few
// words around a figure for qualifiers, units and the counted noun.
package numbers

import (
	"math"
	"sync"
)

// Number is one numeric expression.
type Number struct {
	// Start and End are the byte span of the whole expression, qualifier,
	// currency and unit included ("more than 1,000", "€110bn", "at least 12").
	Start, End int
	Text       string // Text == text[Start:End]
	// Lo and Hi are the range the text allows; exact: Lo == Hi; open above:
	// Hi = +Inf. Times are minutes after midnight. Scores hold the lower and
	// the higher of the two tallies; Text keeps their order.
	Lo, Hi float64
	// Qualifier is normalized: "more than", "at least", "fewer than", "at
	// most", "nearly", "about", "up to", "between" or "".
	Qualifier string
	// Approx marks vague wording: about, nearly, "dozens", "several", "or so".
	Approx bool
	// Unit is normalized: "USD", "EUR", "GBP", "JPY", "INR", ... for money; "%",
	// "pp" (percentage points); "km", "mi", "m", "ft", "kg", "t", "magnitude",
	// "degrees", "km/h", "mph", "year", "day", "age", ... for measures; "" for
	// counts.
	Unit string
	// Kind is "count", "money", "percent", "measure", "ordinal", "year",
	// "time", "score" or "other".
	Kind string
	// Noun is the lower-case singular head noun counted or measured
	// ("person", "aircraft", "protester"), "" if none; NounStart and NounEnd
	// span it in the text (both 0 when Noun is "").
	Noun               string
	NounStart, NounEnd int
}

// Kinds of Number.
const (
	KindCount   = "count"
	KindMoney   = "money"
	KindPercent = "percent"
	KindMeasure = "measure"
	KindOrdinal = "ordinal"
	KindYear    = "year"
	KindTime    = "time"
	KindScore   = "score"
	KindOther   = "other"
)

// Find returns the numeric expressions in text, sorted by Start and not
// overlapping. It never panics; text it cannot read yields fewer results.
func Find(text string) []Number {
	buf := scratchPool.Get().(*[]Number)
	s := scanner{t: text, out: (*buf)[:0]}
	s.resetMemo()
	s.scan()
	var out []Number
	if len(s.out) > 0 {
		out = make([]Number, len(s.out))
		copy(out, s.out)
	}
	clear(s.out) // the scratch must not keep the text alive
	*buf = s.out[:0]
	scratchPool.Put(buf)
	return out
}

// AppendFind appends to dst the numeric expressions Find returns for text,
// with offsets into text, and returns the extended slice. A caller that
// gathers the figures of many sentences into one buffer saves Find's copy
// of each sentence's figures.
func AppendFind(dst []Number, text string) []Number {
	s := scanner{t: text, out: dst}
	s.resetMemo()
	s.scan()
	return s.out
}

// scratchPool holds result buffers reused across Find calls; the result is
// copied out at its exact length. Extraction calls Find once per sentence
// and most sentences hold no figure, so sizing a fresh slice per call
// allocated for nothing.
var scratchPool = sync.Pool{New: func() any { return new([]Number) }}

// scanner walks the text once, left to right.
type scanner struct {
	t   string
	out []Number
	// last is the end of the last expression emitted or skipped; looking
	// back for qualifiers and currencies never crosses it.
	last int
	// after and before keep the last words read next to a figure (memo.go).
	after, before wordNear
}

func (s *scanner) scan() {
	t := s.t
	for i := 0; i < len(t); {
		p, digit := nextCandidate(t, i)
		if p < 0 {
			return
		}
		var next int
		if digit {
			next = s.atDigit(p)
		} else {
			next = s.atWord(p, wordEnd(t, p+1))
		}
		if next <= p {
			next = p + 1 // always make progress, whatever a helper returned
		}
		i = next
	}
}

// mayBeNumberWord rejects most words by first letters and length before the
// map lookup.
func mayBeNumberWord(w string) bool {
	if len(w) < 3 || len(w) > maxNumberWord {
		return false
	}
	return numberWordShapeByBytes[shapeIndex(w[0], w[1])]&(1<<len(w)) != 0
}

// shapeIndex is where two ASCII letters, in either case, index
// numberWordShapeByBytes: a letter's low five bits are its place in the
// alphabet (1 to 26) in both cases, and the mask proves the index in
// bounds, so the lookup needs no lower-casing and no bounds check.
func shapeIndex(c0, c1 byte) int { return int(c0&31)<<5 | int(c1&31) }

// numberWordShapeByBytes is numberWordShape indexed by shapeIndex.
var numberWordShapeByBytes = func() (t [1 << 10]uint16) {
	for a := range 26 {
		for b := range 26 {
			t[shapeIndex(byte('a'+a), byte('a'+b))] = numberWordShape[a][b]
		}
	}
	return t
}()

// expr is an expression being assembled around a figure.
type expr struct {
	start, end int
	coreStart  int // where the figure itself starts
	lo, hi     float64
	integer    bool // whole numbers as written (no decimals)
	approx     bool
	scaled     bool // a scale word or suffix multiplied the figure
	ranged     bool
	words      bool // the figure was written in words
	plain4     bool // four bare digits: a year candidate
	qual       string
	unit       string
	kind       string
	// mant and frac hold a digit figure exactly (value = mant / 10^frac), so
	// that scaling "1.2 million" gives exactly 1200000.
	mant uint64
	frac int
}

func (e *expr) scale(by float64) {
	if e.mant != 0 && !e.words && !e.ranged {
		v := float64(e.mant) * by / pow10(e.frac)
		e.lo, e.hi = v, v
	} else {
		e.lo *= by
		e.hi *= by
	}
	e.scaled = true
	if by >= 1 && by == math.Trunc(by) && e.lo == math.Trunc(e.lo) {
		e.integer = true
	}
}

func pow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// emit finishes e: kind, noun, and the Number itself.
func (s *scanner) emit(e *expr) int {
	if e.kind == "" {
		e.kind = kindOf(e)
	}
	if e.lo > e.hi || math.IsNaN(e.lo) || math.IsNaN(e.hi) {
		s.last = e.end
		return e.end
	}
	n := Number{
		Start: e.start, End: e.end, Text: s.t[e.start:e.end],
		Lo: e.lo, Hi: e.hi, Qualifier: e.qual, Approx: e.approx,
		Unit: e.unit, Kind: e.kind,
	}
	switch e.kind {
	case KindCount, KindMoney, KindMeasure, KindPercent, KindOrdinal, KindOther:
		plural := !(e.lo == 1 && e.hi == 1) && e.kind != KindOrdinal
		if noun, ns, ne, ok := s.findNoun(e.end, plural); ok {
			// The capital first: most counted nouns are lower case, and it
			// spares looking the noun up again.
			if e.kind == KindCount && isUpper(s.t[ns]) && wordIn(noun, inStreetWords) {
				s.last = e.end
				return e.end // "24 Harbour Road" is an address
			}
			n.Noun, n.NounStart, n.NounEnd = noun, ns, ne
		} else if e.kind == KindPercent {
			if noun, ns, ne, ok := rateNounBefore(s.t, e.start); ok {
				n.Noun, n.NounStart, n.NounEnd = noun, ns, ne
			}
		}
	}
	if len(s.out) == cap(s.out) {
		// Double rather than let append grow large slices by a quarter:
		// a figure-dense article would otherwise copy its results many times.
		grown := make([]Number, len(s.out), 2*cap(s.out)+4)
		copy(grown, s.out)
		s.out = grown
	}
	s.out = append(s.out, n)
	s.last = e.end
	return e.end
}

// kindOf derives the kind of an expression from its unit and value.
func kindOf(e *expr) string {
	switch {
	case isCurrency(e.unit):
		return KindMoney
	case e.unit == "%" || e.unit == "pp":
		return KindPercent
	case e.unit != "":
		return KindMeasure
	case e.integer || e.approx || e.scaled || e.lo == math.Trunc(e.lo):
		return KindCount
	}
	return KindOther
}

// isCurrency reports whether a normalized unit is an ISO currency code.
func isCurrency(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if !isUpper(unit[i]) {
			return false
		}
	}
	return true
}
