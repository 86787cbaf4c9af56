package compare

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lexicon"
)

// locationComparator: places by containment. "The capital" fits any
// capital, a city fits its country, and a region fits whatever may lie in
// it; two different towns, cities or countries conflict.
type locationComparator struct{}

func (locationComparator) Kind() string { return KindLocation }

func (locationComparator) Compare(g *EventGroup) []Finding {
	// The places named side by side are asked for only when two places
	// are judged, which most events never need.
	var together map[[2]string]bool
	asked := false
	return gatheredConflicts(g, KindLocation, func(values []slotValue) []slotValue { return placeValues(g, values) },
		func(a, b slotValue) verdict {
			if placesCompatible(a.place, b.place) {
				return verdict{compatible: true}
			}
			if !asked {
				together, asked = namedTogether(g), true
			}
			if together[placePair(a.key, b.key)] {
				return verdict{compatible: true}
			}
			return verdict{severity: Conflict, reason: a.value + " and " + b.value + " are different places"}
		})
}

// placeValues appends the event's places to values.
func placeValues(g *EventGroup, values []slotValue) []slotValue {
	for i, m := range g.Mentions {
		if len(m.Places) == 0 || g.incrementMention(i) {
			continue // "two further persons in Vigo": more of the event, maybe elsewhere
		}
		for _, p := range m.Places {
			if isPlace(p) && !streetAddress(m, p) {
				values = append(values, slotValue{m: m, value: p.Text, normalized: p.Key, span: [2]int{p.Start, p.End}, key: p.Key, place: p})
			}
		}
	}
	return values
}

// namedTogether lists the pairs of places one mention names side by side
// ("in Vigo, in Galicia", "Kalitengah village in Banjarnegara"): a source
// that sets one event in both holds one inside the other, whatever the
// lexicon knows of them, so another source naming either one agrees.
func namedTogether(g *EventGroup) map[[2]string]bool {
	var pairs map[[2]string]bool
	var keys []string
	for _, m := range g.Mentions {
		keys = keys[:0]
		for _, lists := range [][]*claims.Entity{m.Places, m.Participants} {
			for _, e := range lists {
				if isPlace(e) && !slices.Contains(keys, e.Key) {
					keys = append(keys, e.Key)
				}
			}
		}
		for i := range keys {
			for j := i + 1; j < len(keys); j++ {
				if pairs == nil {
					pairs = map[[2]string]bool{}
				}
				pairs[placePair(keys[i], keys[j])] = true
			}
		}
	}
	return pairs
}

// streetAddress: a place name followed by a house number ("at Holubova
// 14, Brno") is a street, which lies in some district or town; the
// lexicon cannot tell which, so it contradicts none. (Numbered gates and
// wards keep their number in their key and are compared.)
func streetAddress(m *claims.Mention, p *claims.Entity) bool {
	text := m.Doc.Source.Text
	if p.End <= 0 || p.End >= len(text) || text[p.End] != ' ' {
		return false
	}
	i := p.End + 1
	j := i
	for j < len(text) && j < i+3 && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j == i || j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '.' || text[j] == '%') {
		return false
	}
	if j < len(text) && text[j] >= 'a' && text[j] <= 'z' && (j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == ',') {
		j++ // "14a"
	}
	return j >= len(text) || text[j] == ',' || text[j] == ' ' || text[j] == '\n' || text[j] == ')'
}

// placePair is an unordered pair of place keys.
func placePair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// incrementMention: the group's mention i, whose figure adds to another
// ("arrested two further persons", "three more bodies were found"), tells
// of more of the event, which may have happened somewhere else.
func (g *EventGroup) incrementMention(i int) bool {
	m := g.Mentions[i]
	for fi := range m.Counts {
		if g.incrementAt(i, countFigures, fi) {
			return true
		}
	}
	for fi := range m.Quantities {
		if g.incrementAt(i, quantityFigures, fi) {
			return true
		}
	}
	return false
}

// isPlace: a person or organisation that alias resolution found behind a
// name after "in" is no place.
func isPlace(e *claims.Entity) bool { return e.Kind != claims.EntPerson && e.Kind != claims.EntOrg }

// placeClash finds two places, one of each list, that cannot be the same
// spot; two mentions set in such places are two events, or a conflict.
func placeClash(as, bs []*claims.Entity) (*claims.Entity, *claims.Entity, bool) {
	for _, a := range as {
		for _, b := range bs {
			if isPlace(a) && isPlace(b) && !placesCompatible(a, b) {
				return a, b, true
			}
		}
	}
	return nil, nil, false
}

// placesCompatible: could the two places name the same spot?
func placesCompatible(a, b *claims.Entity) bool {
	if a.Key == b.Key || nameOf(a.Key) == nameOf(b.Key) {
		return true // one name, read as a place in one article and a bare name in another
	}
	if a.Generic || b.Generic {
		return true // "the capital", "the region": nothing to contradict
	}
	la, lb := areaLevel(a), areaLevel(b)
	switch {
	case la == claims.LevelRegion && lb == claims.LevelRegion && twoAdminRegions(a, b):
		return false // "Alabama" and "Mississippi": first-level divisions never overlap
	case la == claims.LevelRegion || lb == claims.LevelRegion:
		// an area holds any town, unless the lexicon puts the two in
		// different countries ("Texas" and "France")
		return a.Country == "" || b.Country == "" || a.Country == b.Country
	case la == claims.LevelCountry && lb == claims.LevelCountry:
		return false
	case la == claims.LevelCountry:
		return b.Country == "" || b.Country == a.Country
	case lb == claims.LevelCountry:
		return a.Country == "" || a.Country == b.Country
	case la == claims.LevelSite || lb == claims.LevelSite:
		return la != lb || !sameHead(a.Text, b.Text) // two squares differ; a square and a town may not
	}
	if la != lb {
		return true // a town the lexicon does not know may lie in or near a known city
	}
	return inSameCity(a, b)
}

// twoAdminRegions: both places are first-level divisions the lexicon
// knows (a US state, a Canadian province), and not the same one. Other
// areas ("Bexley County", "Central Java") may lie inside one another.
func twoAdminRegions(a, b *claims.Entity) bool {
	ra, oka := lexicon.RegionByName(a.Text)
	rb, okb := lexicon.RegionByName(b.Text)
	return oka && okb && ra != rb
}

// compassWords open the names of areas: "Central Java", "Northern Cape",
// "Upper Austria", "Greater Manchester".
var compassWords = map[string]bool{
	"central": true, "north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"upper": true, "lower": true, "greater": true, "inner": true, "outer": true,
}

// waterWords name seas and oceans, which hold a ship wherever a port or
// coast town is also named.
var waterWords = map[string]bool{
	"ocean": true, "sea": true, "gulf": true, "bay": true, "strait": true, "channel": true,
	"atlantic": true, "pacific": true, "mediterranean": true, "caribbean": true, "baltic": true,
	"adriatic": true, "aegean": true, "arctic": true, "antarctic": true,
}

// areaLevel is a place's level, with a name the lexicon does not know read
// as an area when its words say so: a compass word before another word
// ("Central Java") or a body of water ("the Atlantic", "Bay of Biscay").
// Reading them as areas only makes them fit more places, never fewer.
func areaLevel(e *claims.Entity) string {
	if e.Level != claims.LevelTown && e.Level != "" {
		return e.Level
	}
	first, n := "", 0
	for w := range strings.FieldsSeq(e.Text) {
		if n == 0 {
			first = w
		}
		n++
		if inASCIIFold(waterWords, w) {
			return claims.LevelRegion
		}
	}
	if n >= 2 && inASCIIFold(compassWords, first) {
		return claims.LevelRegion
	}
	return e.Level
}

// inASCIIFold: w, lower-cased, is a key of set, whose keys are short
// lower-case ASCII words. It lower-cases on the stack: placesCompatible
// runs for pairs of mentions while they are grouped. (No non-ASCII letter
// lower-cases to one of these keys' letters, so such words are no key.)
func inASCIIFold(set map[string]bool, w string) bool {
	var b [16]byte
	if len(w) > len(b) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b[:len(w)])]
}

// inSameCity: two points (cities or towns) with different names are
// different places unless the lexicon knows one as an alias of the other.
func inSameCity(a, b *claims.Entity) bool {
	ca, oka := lexicon.CityByName(a.Text)
	cb, okb := lexicon.CityByName(b.Text)
	return oka && okb && ca == cb
}

func sameHead(a, b string) bool { return lastWord(a) == lastWord(b) }
