package compare

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lexicon"
)

// locationComparator: places by containment. "The capital" fits any
// capital, a city fits its country, and a region fits whatever may lie in
// it; two different towns, cities or countries conflict.
type locationComparator struct{}

func (locationComparator) Kind() string { return KindLocation }

func (locationComparator) Compare(g *EventGroup) []Finding {
	var values []slotValue
	for _, m := range g.Mentions {
		for _, p := range m.Places {
			if isPlace(p) {
				values = append(values, slotValue{m: m, value: p.Text, normalized: p.Key, span: [2]int{p.Start, p.End}, key: p.Key, place: p})
			}
		}
	}
	return conflictFindings(g, KindLocation, values, func(a, b slotValue) verdict {
		if placesCompatible(a.place, b.place) {
			return verdict{compatible: true}
		}
		return verdict{severity: Conflict, reason: fmt.Sprintf("%s and %s are different places", a.value, b.value)}
	})
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
	la, lb := a.Level, b.Level
	switch {
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

// inSameCity: two points (cities or towns) with different names are
// different places unless the lexicon knows one as an alias of the other.
func inSameCity(a, b *claims.Entity) bool {
	ca, oka := lexicon.CityByName(a.Text)
	cb, okb := lexicon.CityByName(b.Text)
	return oka && okb && ca == cb
}

func sameHead(a, b string) bool { return lastWord(a) == lastWord(b) }
