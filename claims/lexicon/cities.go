package lexicon

import (
	"strings"
	"sync"
)

// City is one city of the lexicon.
type City struct {
	Name    string   // "Kyiv"
	Aliases []string // other spellings: "Kiev"
	Country string   // ISO 3166-1 alpha-2 code of its country: "UA"
	Capital bool     // national capital or seat of government
	Admin   string   // state, province or region when known: "California"
}

// cityIndexes holds the cities and their lookup map, built once.
type cityIndexes struct {
	cities []City
	byName *index
}

var cityData = sync.OnceValue(buildCities)

// buildCities registers capitals of countries first, then cityTable, then
// the minor capitals marked '~', so that a shared name resolves to the most
// prominent city.
func buildCities() *cityIndexes {
	ct := &cityIndexes{byName: newIndex(true)}
	countries := countryData()
	var minor []City
	for i, caps := range countries.capitalSpellings {
		for _, cp := range caps {
			city := City{Name: cp.name, Aliases: cp.aliases, Country: countries.countries[i].Code, Capital: true}
			if cp.secondary {
				minor = append(minor, city)
				continue
			}
			ct.addCity(city)
		}
	}
	for _, line := range strings.Split(cityTable, "\n") {
		if city, ok := parseCityLine(line); ok {
			ct.mergeOrAdd(city)
		}
	}
	for _, city := range minor {
		ct.mergeOrAdd(city)
	}
	return ct
}

// parseCityLine reads "name|aliases|CC|admin".
func parseCityLine(line string) (City, bool) {
	f := strings.Split(strings.TrimSpace(line), "|")
	if len(f) != 4 || f[0] == "" || len(f[2]) != 2 {
		return City{}, false
	}
	return City{Name: f[0], Aliases: splitList(f[1]), Country: f[2], Admin: f[3]}, true
}

// mergeOrAdd folds a table line into the capital of the same name and
// country when there is one (adding spellings and the province), and adds a
// new city otherwise.
func (ct *cityIndexes) mergeOrAdd(city City) {
	for _, id := range ct.byName.lookupAll(stripMarkers(city.Name)) {
		old := &ct.cities[id]
		if old.Country != city.Country {
			continue
		}
		old.Aliases = appendNew(old.Aliases, city.Aliases...)
		if old.Admin == "" {
			old.Admin = city.Admin
		}
		for _, a := range city.Aliases {
			ct.byName.add(a, id)
		}
		return
	}
	ct.addCity(city)
}

// addCity appends a city and indexes its spellings; the stored name and
// aliases lose their data markers.
func (ct *cityIndexes) addCity(city City) {
	id := int32(len(ct.cities))
	rawName, rawAliases := city.Name, city.Aliases
	city.Name = stripMarkers(city.Name)
	city.Aliases = cleanList(city.Aliases)
	ct.cities = append(ct.cities, city)
	ct.byName.add(rawName, id)
	for _, a := range rawAliases {
		ct.byName.add(a, id)
	}
}

func stripMarkers(s string) string {
	s, _, _ = parseSpelling(s)
	return s
}

// appendNew appends the items not yet in list.
func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		it = stripMarkers(it)
		found := false
		for _, old := range list {
			found = found || old == it
		}
		if !found {
			list = append(list, it)
		}
	}
	return list
}

// Cities returns every city of the lexicon. The slice is shared: do not
// modify it.
func Cities() []City { return cityData().cities }

// CityByName finds a city by name or other spelling, folded like
// CountryByName. Where cities share a name ("Tripoli", "Hyderabad",
// "Valencia") it returns the most prominent: a national capital first, then
// the order of the table; use CitiesByName to see them all.
func CityByName(s string) (*City, bool) {
	ct := cityData()
	id := ct.byName.lookup(s)
	if id < 0 || int(id) >= len(ct.cities) {
		return nil, false
	}
	return &ct.cities[id], true
}

// CitiesByName returns every city that s names, most prominent first.
func CitiesByName(s string) []*City {
	ct := cityData()
	ids := ct.byName.lookupAll(s)
	out := make([]*City, 0, len(ids))
	for _, id := range ids {
		out = append(out, &ct.cities[id])
	}
	return out
}
