package lexicon

import (
	"strings"
	"sync"
)

// Country is one state or territory of countryTable.
type Country struct {
	Name     string   // common English name: "United States"
	Aliases  []string // official and short names, abbreviations: "U.S.", "America"
	Demonyms []string // nouns and adjectives of nationality: "American"; "British", "Briton"
	Capital  string   // official capital: "Washington"
	// Capitals lists every city that news calls the capital, official one
	// first: "Pretoria", "Cape Town", "Bloemfontein".
	Capitals []string
	Code     string // ISO 3166-1 alpha-2: "US" (Kosovo: "XK")
	Code3    string // ISO 3166-1 alpha-3: "USA" (Kosovo: "XKX")
	Region   string // UN M49 sub-region: "Northern America"
}

// countryIndexes holds the parsed table and its lookup maps, built once.
type countryIndexes struct {
	countries []Country
	byName    *index
	byDemonym *index
	byCapital *index
	byCode    map[string]int32
	// capitalSpellings keeps each capital's alternative spellings (from the
	// '=' syntax) for the city index.
	capitalSpellings [][]capitalSpelling
}

// capitalSpelling is one capital of a country with its other spellings.
type capitalSpelling struct {
	name      string
	aliases   []string
	secondary bool // "~": a minor capital that a larger namesake outranks
}

var countryData = sync.OnceValue(buildCountries)

func buildCountries() *countryIndexes {
	ci := &countryIndexes{
		byName:    newIndex(false),
		byDemonym: newIndex(false),
		byCapital: newIndex(false),
		byCode:    map[string]int32{},
	}
	for _, line := range strings.Split(countryTable, "\n") {
		c, caps, ok := parseCountryLine(line)
		if !ok {
			continue
		}
		id := int32(len(ci.countries))
		ci.countries = append(ci.countries, c)
		ci.capitalSpellings = append(ci.capitalSpellings, caps)
		ci.indexCountry(line, id, caps)
	}
	return ci
}

// indexCountry adds one country's spellings to the maps.
func (ci *countryIndexes) indexCountry(line string, id int32, caps []capitalSpelling) {
	c := &ci.countries[id]
	fields := strings.Split(line, "|")
	ci.byName.add(c.Name, id)
	for _, a := range splitList(fields[3]) {
		ci.byName.add(a, id)
	}
	for _, d := range splitList(fields[4]) {
		ci.byDemonym.add(d, id)
	}
	for _, cp := range caps {
		if cp.secondary {
			continue
		}
		ci.byCapital.add(cp.name, id)
		for _, a := range cp.aliases {
			ci.byCapital.add(a, id)
		}
	}
	ci.byCode[c.Code] = id
	ci.byCode[c.Code3] = id
}

// parseCountryLine reads one line of countryTable; ok is false for blank or
// malformed lines.
func parseCountryLine(line string) (c Country, caps []capitalSpelling, ok bool) {
	f := strings.Split(strings.TrimSpace(line), "|")
	if len(f) != 7 || f[0] == "" {
		return Country{}, nil, false
	}
	caps = parseCapitals(f[5])
	c = Country{
		Name:     f[2],
		Aliases:  cleanList(splitList(f[3])),
		Demonyms: cleanList(splitList(f[4])),
		Code:     f[0],
		Code3:    f[1],
		Region:   f[6],
	}
	for _, cp := range caps {
		c.Capitals = append(c.Capitals, cp.name)
	}
	if len(c.Capitals) > 0 {
		c.Capital = c.Capitals[0]
	}
	return c, caps, true
}

// parseCapitals reads the capitals field: "Kyiv=Kiev;Other".
func parseCapitals(field string) []capitalSpelling {
	var out []capitalSpelling
	for _, item := range splitList(field) {
		names := strings.Split(item, "=")
		name, _, secondary := parseSpelling(names[0])
		out = append(out, capitalSpelling{name: name, aliases: names[1:], secondary: secondary})
	}
	return out
}

// Countries returns every country and territory of the lexicon, in table
// order. The slice is shared: do not modify it.
func Countries() []Country { return countryData().countries }

// CountryByName finds a country by its name or an alias: case-insensitive,
// accents, dots and a leading "the" ignored, a possessive "'s" dropped.
// Abbreviations ("US", "U.S.", "UAE", "DRC") match capitalised input only.
// Names two countries share ("Congo", "Korea") match nothing.
func CountryByName(s string) (*Country, bool) {
	ci := countryData()
	return ci.get(ci.byName.lookup(s))
}

// CountryByDemonym finds a country from a noun or adjective of nationality,
// singular or plural: "Italian", "Italians", "U.S."-style abbreviations are
// not demonyms (see CountryByName). Shared demonyms ("Congolese") match
// nothing.
func CountryByDemonym(s string) (*Country, bool) {
	ci := countryData()
	if id := ci.byDemonym.lookup(s); id != none {
		return ci.get(id)
	}
	return ci.get(ci.byDemonym.lookupPlural(s))
}

// CountryByCapital finds the country whose capital (or seat of government)
// is s: "Kyiv", "Kiev", "The Hague". Minor capitals that a better-known
// namesake outranks (Victoria, Seychelles) are left out.
func CountryByCapital(s string) (*Country, bool) {
	ci := countryData()
	return ci.get(ci.byCapital.lookup(s))
}

// CountryByCode finds a country by its ISO 3166-1 alpha-2 or alpha-3 code,
// in capitals exactly as the standard writes them ("DE", "DEU"). Codes are
// kept apart from CountryByName because many are English words in
// capitals ("CAN", "ARE", "GUY").
func CountryByCode(code string) (*Country, bool) {
	ci := countryData()
	id, found := ci.byCode[code]
	if !found {
		return nil, false
	}
	return ci.get(id)
}

func (ci *countryIndexes) get(id int32) (*Country, bool) {
	if id < 0 || int(id) >= len(ci.countries) {
		return nil, false
	}
	return &ci.countries[id], true
}

// lookupPlural tries s as a regular plural ("Italians", "Filipinos",
// "Emiratis"): the folded key without its final "s".
func (x *index) lookupPlural(s string) int32 {
	var buf [maxKey + 8]byte
	s = strings.TrimSpace(s)
	key, ok := foldKey(buf[:0], s)
	if !ok || len(key) < 4 || key[len(key)-1] != 's' {
		return none
	}
	return x.pick(x.lookupKey(trimThe(key[:len(key)-1]), s))
}
