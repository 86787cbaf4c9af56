package compare

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/text"
)

// quantityComparator: figures with units (money, magnitudes, depths,
// distances, percentages), compared only when they measure the same thing
// in the same unit: one currency with itself (a conversion is no
// conflict), and a distance only from the same named reference point.
type quantityComparator struct{}

func (quantityComparator) Kind() string { return KindQuantity }

func (quantityComparator) Compare(g *EventGroup) []Finding {
	return gatheredConflicts(g, KindQuantity, func(values []slotValue) []slotValue { return quantityValues(g, values) }, judgeNumbers)
}

// quantityValues appends the event's quantities to values.
func quantityValues(g *EventGroup, values []slotValue) []slotValue {
	for i, m := range g.Mentions {
		if m.Aggregate {
			continue
		}
		for fi := range m.Quantities {
			f := &m.Quantities[fi]
			what, ok := measured(m, figureSentence(m, *f), f.Number)
			if !ok || f.Role != "" || f.Loose && f.Noun == "" || periodFigure(*f) || g.incrementAt(i, quantityFigures, fi) {
				continue
			}
			v := numberValue(m, &f.Number, what)
			if f.Loose {
				v.sentence, v.loose = f.Sentence, true
			}
			values = append(values, v)
		}
	}
	return values
}

var distanceUnits = map[string]bool{"km": true, "mi": true, "m": true, "ft": true}

// unitSaysWhat: units that name what they measure by themselves.
var unitSaysWhat = map[string]bool{"magnitude": true}

// measured names what a quantity measures: its unit, noun, and for a
// distance its reference point, read in s, the sentence the figure
// stands in; ok is false when that cannot be told.
func measured(m *claims.Mention, s *claims.Sentence, n numbers.Number) (string, bool) {
	if n.Kind == "score" {
		return "score:", true // "beat them 2-1": the final score
	}
	if n.Unit == "" || n.Kind == "percent" && n.Noun == "" {
		return "", false
	}
	what := n.Unit + ":" + nounSynonyms.Replace(n.Noun)
	if unitSaysWhat[n.Unit] {
		what = n.Unit + ":" // a magnitude is a magnitude, whatever noun follows
	}
	if distanceUnits[n.Unit] {
		// Lengths compare in metres, whatever unit each source used. The
		// sentence is split once for the three readings below (its words
		// were dropped after extraction: WordsIn splits it again).
		ws := s.WordsIn(docSource(m))
		if ref := referencePoint(s, ws, n); ref != "" {
			return "length:" + n.Noun + ":from " + ref, true
		}
		if h, ok := heightOf(ws, n); ok {
			return "length:height:" + h, true
		}
		if d, ok := depthOf(ws, n); ok {
			return "length:depth:" + d, true
		}
		return "", false
	}
	return what, true
}

// heightOf reads a height: "a column of ash 9 km into the sky", "9,000 m
// above the summit"; the reference ("summit", "sea level") is part of what
// is measured, so heights above different things are not compared.
func heightOf(ws []text.Word, n numbers.Number) (string, bool) {
	wi := wordFrom(ws, n.Start)
	height, ref := false, ""
	for j := max(0, wi-6); j < len(ws) && j <= wi+8; j++ {
		switch lw := strings.ToLower(ws[j].Text()); lw {
		case "column", "plume", "height", "high", "tall", "altitude", "sky", "stratosphere":
			height = true
		case "above":
			height = true
			if j+1 < len(ws) {
				ref = strings.ToLower(ws[j+1].Text())
				if ref == "the" && j+2 < len(ws) {
					ref = strings.ToLower(ws[j+2].Text())
				}
			}
		}
	}
	return ref, height
}

// depthOf reads a depth: "at a depth of 1,040 metres", "1,040 metres
// below the surface", "a kilometre underground", "12 km deep". Below the
// surface, underground and a bare depth are one reference (the ground);
// a depth below something named ("below sea level") is measured from it.
// The cue must sit right beside the figure: a depth word further off
// belongs to another phrase of the sentence.
func depthOf(ws []text.Word, n numbers.Number) (string, bool) {
	first := wordFrom(ws, n.Start)
	last := first + wordFrom(ws[first:], n.End)
	for j := max(0, first-3); j < first; j++ {
		if lw := ws[j].Lower(); lw == "depth" || lw == "depths" {
			return "ground", true // "at a depth of 12 km"
		}
	}
	for j := last; j < len(ws) && j < last+2; j++ {
		switch ws[j].Lower() {
		case "deep", "underground", "down":
			return "ground", true
		case "below", "beneath", "under":
			return depthReference(ws[j+1:]), true
		}
	}
	return "", false
}

// depthReference names what a depth is measured below: the ground for
// "the surface", "ground" or nothing named, else the word named ("sea").
func depthReference(ws []text.Word) string {
	if len(ws) > 0 && ws[0].Lower() == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 || ws[0].Punct() {
		return "ground"
	}
	switch ref := ws[0].Lower(); ref {
	case "surface", "ground", "seabed", "sea-bed":
		return "ground"
	default:
		return ref
	}
}

// wordFrom is the index of the first of ws that starts at or after
// offset off (len(ws) for none).
func wordFrom(ws []text.Word, off int) int {
	i := 0
	for i < len(ws) && ws[i].Start() < off {
		i++
	}
	return i
}

// figureSentence is the sentence a figure stands in: its own for a loose
// figure given to the article's main event, else its mention's.
func figureSentence(m *claims.Mention, f claims.Figure) *claims.Sentence {
	if f.Sentence != nil {
		return f.Sentence
	}
	return m.Sentence
}

// metres converts a length to metres.
var metres = map[string]float64{"km": 1000, "m": 1, "ft": 0.3048, "mi": 1609.344}

// inBaseUnit gives a length in metres, anything else as it is.
func inBaseUnit(n numbers.Number) numbers.Number {
	if f, ok := metres[n.Unit]; ok {
		n.Lo, n.Hi = n.Lo*f, n.Hi*f
		n.Unit = "m"
		// a conversion into another unit rounds: "30,000 ft" is "9 km"
		n.Approx = true
	}
	return n
}

// referencePoint reads "(direction) of/from X" after a distance.
func referencePoint(s *claims.Sentence, ws []text.Word, n numbers.Number) string {
	i := wordFrom(ws, n.End)
	for j := i; j < len(ws) && j < i+5; j++ {
		if ws[j].Punct() {
			break // "at 1,040 metres, in longwall B-7 of the Bor section": another phrase
		}
		w := strings.ToLower(ws[j].Text())
		if w == "of" || w == "from" {
			// "of Poso", "of the town of Poso", "from the capital"
			k := j + 1
			for k < len(ws) && k < j+5 && placeLead[strings.ToLower(ws[k].Text())] {
				k++
			}
			for x := range s.Entities {
				e := &s.Entities[x]
				if k < len(ws) && e.Start == ws[k].Start() {
					return e.Key
				}
			}
			return ""
		}
	}
	return ""
}

// placeLead are the words between "of" and a reference town.
var placeLead = map[string]bool{"the": true, "town": true, "city": true, "village": true, "of": true, "provincial": true, "capital": true}

// nounSynonyms fold the few measured nouns news writes two ways.
var nounSynonyms = strings.NewReplacer("rainfall", "rain", "snowfall", "snow", "raise", "increase", "rise", "increase", "hike", "increase",
	"suspension", "ban")
