package lexicon

import (
	"strings"
	"sync"
)

// AdminRegion is a first-level division of a country: a US state, a
// Canadian province, an Indian union territory, a nation of the UK.
type AdminRegion struct {
	Name    string   // "California"
	Aliases []string // other spellings and abbreviations: "Calif.", "CA"
	Country string   // ISO 3166-1 alpha-2 code: "US"
	Kind    string   // "state", "province", "territory", "union territory", ...
}

type regionIndexes struct {
	regions []AdminRegion
	byName  *index
}

var regionData = sync.OnceValue(buildRegions)

func buildRegions() *regionIndexes {
	ri := &regionIndexes{byName: newIndex(false)}
	for _, line := range strings.Split(regionTable, "\n") {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) != 4 || f[0] == "" {
			continue
		}
		raw := splitList(f[1])
		id := int32(len(ri.regions))
		ri.regions = append(ri.regions, AdminRegion{Name: f[0], Aliases: cleanList(raw), Country: f[2], Kind: f[3]})
		ri.byName.add(f[0], id)
		for _, a := range raw {
			ri.byName.add(a, id)
		}
	}
	return ri
}

// Regions returns every administrative region of the lexicon. The slice is
// shared: do not modify it.
func Regions() []AdminRegion { return regionData().regions }

// RegionByName finds a region by name, other spelling or abbreviation,
// folded like CountryByName. AP-style abbreviations match with or without
// their dots ("Calif.", "Calif"); postal codes ("CA", "TX") match
// capitalised input only.
func RegionByName(s string) (*AdminRegion, bool) {
	ri := regionData()
	id := ri.byName.lookup(s)
	if id < 0 || int(id) >= len(ri.regions) {
		return nil, false
	}
	return &ri.regions[id], true
}
