package lexicon

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

func TestCountryByName(t *testing.T) {
	tests := []struct {
		in   string
		want string // alpha-2, "" for no match
	}{
		{"United States", "US"},
		{"the United States", "US"},
		{"UNITED STATES", "US"},
		{"U.S.", "US"},
		{"US", "US"},
		{"U.S.A.", "US"},
		{"America", "US"},
		{"United States of America", "US"},
		{"us", ""}, // the pronoun
		{"Us", ""},
		{"UK", "GB"},
		{"U.K.", "GB"},
		{"Britain", "GB"},
		{"Great Britain", "GB"},
		{"UAE", "AE"},
		{"U.A.E.", "AE"},
		{"Emirates", "AE"},
		{"DRC", "CD"},
		{"DR Congo", "CD"},
		{"Congo", ""}, // two countries
		{"Republic of the Congo", "CG"},
		{"Ivory Coast", "CI"},
		{"Côte d’Ivoire", "CI"},
		{"Cote d'Ivoire", "CI"},
		{"the Netherlands", "NL"},
		{"Holland", "NL"},
		{"Gambia", "GM"},
		{"The Gambia", "GM"},
		{"Türkiye", "TR"},
		{"Turkey", "TR"},
		{"Czech Republic", "CZ"},
		{"Burma", "MM"},
		{"Guinea-Bissau", "GW"},
		{"Guinea Bissau", "GW"},
		{"Italy's", "IT"},
		{"Libya’s", "LY"},
		{"South Korea", "KR"},
		{"Korea", ""},
		{"North Korea", "KP"},
		{"DPRK", "KP"},
		{"Taiwan", "TW"},
		{"Kosovo", "XK"},
		{"São Tomé and Príncipe", "ST"},
		{"Palestine", "PS"},
		{"CAN", ""}, // alpha-3 codes only through CountryByCode
		{"", ""},
		{"...", ""},
		{"Atlantis", ""},
	}
	for _, tt := range tests {
		c, ok := CountryByName(tt.in)
		got := ""
		if ok {
			got = c.Code
		}
		if got != tt.want {
			t.Errorf("CountryByName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountryByDemonym(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Italian", "IT"},
		{"Italians", "IT"},
		{"italian", "IT"},
		{"American", "US"},
		{"Americans", "US"},
		{"British", "GB"},
		{"Briton", "GB"},
		{"Britons", "GB"},
		{"Emirati", "AE"},
		{"Emiratis", "AE"},
		{"Libyan", "LY"},
		{"Libyans", "LY"},
		{"Filipino", "PH"},
		{"Filipinos", "PH"},
		{"Philippine", "PH"},
		{"Dutch", "NL"},
		{"Dutchmen", "NL"},
		{"Swiss", "CH"},
		{"Saudi", "SA"},
		{"Saudis", "SA"},
		{"Chinese", "CN"},
		{"Congolese", ""}, // two countries
		{"Dominican", "DO"},
		{"Pole", "PL"},
		{"Poles", "PL"},
		{"pole", ""},
		{"poles", ""},
		{"Nigerien", "NE"},
		{"Nigerian", "NG"},
		{"Korean", "KR"},
		{"North Korean", "KP"},
		{"Kazakhs", "KZ"},
		{"Frenchman", "FR"},
		{"Kiwi", ""},
		{"", ""},
	}
	for _, tt := range tests {
		c, ok := CountryByDemonym(tt.in)
		got := ""
		if ok {
			got = c.Code
		}
		if got != tt.want {
			t.Errorf("CountryByDemonym(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountryByCapitalAndCode(t *testing.T) {
	tests := []struct {
		fn   func(string) (*Country, bool)
		name string
		in   string
		want string
	}{
		{CountryByCapital, "capital", "Kyiv", "UA"},
		{CountryByCapital, "capital", "Kiev", "UA"},
		{CountryByCapital, "capital", "Washington", "US"},
		{CountryByCapital, "capital", "Washington, D.C.", "US"},
		{CountryByCapital, "capital", "The Hague", "NL"},
		{CountryByCapital, "capital", "Hague", "NL"},
		{CountryByCapital, "capital", "Cape Town", "ZA"},
		{CountryByCapital, "capital", "La Paz", "BO"},
		{CountryByCapital, "capital", "Bogotá", "CO"},
		{CountryByCapital, "capital", "N'Djamena", "TD"},
		{CountryByCapital, "capital", "Victoria", ""}, // minor capital, not indexed
		{CountryByCapital, "capital", "Abu Dhabi", "AE"},
		{CountryByCode, "code", "DE", "DE"},
		{CountryByCode, "code", "DEU", "DE"},
		{CountryByCode, "code", "deu", ""},
		{CountryByCode, "code", "XK", "XK"},
	}
	for _, tt := range tests {
		c, ok := tt.fn(tt.in)
		got := ""
		if ok {
			got = c.Code
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestCountriesComplete checks every entry has the fields callers rely on.
func TestCountriesComplete(t *testing.T) {
	cs := Countries()
	if len(cs) < 195 {
		t.Fatalf("only %d countries, want every UN member and observer", len(cs))
	}
	regions := map[string]bool{}
	for _, r := range strings.Fields("Northern_Africa Eastern_Africa Middle_Africa Southern_Africa Western_Africa Caribbean Central_America South_America Northern_America Central_Asia Eastern_Asia South-eastern_Asia Southern_Asia Western_Asia Eastern_Europe Northern_Europe Southern_Europe Western_Europe Australia_and_New_Zealand Melanesia Micronesia Polynesia") {
		regions[strings.ReplaceAll(r, "_", " ")] = true
	}
	seen2, seen3 := map[string]bool{}, map[string]bool{}
	for _, c := range cs {
		if c.Name == "" || c.Capital == "" || len(c.Demonyms) == 0 {
			t.Errorf("%+v: missing name, capital or demonym", c)
		}
		if len(c.Code) != 2 || len(c.Code3) != 3 || strings.ToUpper(c.Code) != c.Code {
			t.Errorf("%s: bad codes %q %q", c.Name, c.Code, c.Code3)
		}
		if seen2[c.Code] || seen3[c.Code3] {
			t.Errorf("%s: duplicate code %s/%s", c.Name, c.Code, c.Code3)
		}
		seen2[c.Code], seen3[c.Code3] = true, true
		if !regions[c.Region] {
			t.Errorf("%s: region %q is no M49 sub-region", c.Name, c.Region)
		}
		if got, ok := CountryByName(c.Name); c.Name != "Congo" && (!ok || got.Code != c.Code) {
			t.Errorf("CountryByName(%q) does not find itself", c.Name)
		}
		if !slices.ContainsFunc(CitiesByName(c.Capital), func(city *City) bool { return city.Capital && city.Country == c.Code }) {
			t.Errorf("capital %q of %s is not a capital city", c.Capital, c.Name)
		}
	}
}

// TestNoSharedKeys makes sure a spelling never silently names two
// entries: every shared key must be a known, deliberate ambiguity (which
// then matches nothing).
func TestNoSharedKeys(t *testing.T) {
	tests := []struct {
		name string
		x    *index
		want []string
	}{
		{"country names", countryData().byName, []string{"congo"}},
		{"demonyms", countryData().byDemonym, nil},
		{"capitals", countryData().byCapital, nil},
		{"regions", regionData().byName, []string{"punjab"}},
	}
	for _, tt := range tests {
		got := tt.x.collisions()
		sort.Strings(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: shared keys %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCityByName(t *testing.T) {
	tests := []struct {
		in      string
		country string
		capital bool
		admin   string
	}{
		{"Kyiv", "UA", true, ""},
		{"Kiev", "UA", true, ""},
		{"Mumbai", "IN", false, "Maharashtra"},
		{"Bombay", "IN", false, "Maharashtra"},
		{"Beijing", "CN", true, "Beijing"},
		{"Peking", "CN", true, "Beijing"},
		{"Tripoli", "LY", true, ""},
		{"New York City", "US", false, "New York"},
		{"NYC", "US", false, "New York"},
		{"nyc", "", false, ""},
		{"L.A.", "US", false, "California"},
		{"Zürich", "CH", false, "Zurich"},
		{"Washington, D.C.", "US", true, "District of Columbia"},
		{"Nice", "FR", false, "Provence-Alpes-Cote d'Azur"},
		{"nice", "", false, ""},
		{"Victoria", "CA", false, "British Columbia"},
		{"Sana’a", "YE", true, ""},
		{"Ho Chi Minh City", "VN", false, ""},
		{"Saigon", "VN", false, ""},
		{"Gotham", "", false, ""},
	}
	for _, tt := range tests {
		c, ok := CityByName(tt.in)
		if tt.country == "" {
			if ok {
				t.Errorf("CityByName(%q) = %+v, want none", tt.in, c)
			}
			continue
		}
		if !ok || c.Country != tt.country || c.Capital != tt.capital || c.Admin != tt.admin {
			t.Errorf("CityByName(%q) = %+v, %v; want %s capital=%v admin=%q", tt.in, c, ok, tt.country, tt.capital, tt.admin)
		}
	}
	if n := len(CitiesByName("Tripoli")); n != 2 {
		t.Errorf("CitiesByName(Tripoli) = %d cities, want 2", n)
	}
	if n := len(Cities()); n < 500 {
		t.Errorf("only %d cities", n)
	}
}

func TestRegionByName(t *testing.T) {
	tests := []struct {
		in, want, country string
	}{
		{"California", "California", "US"},
		{"Calif.", "California", "US"},
		{"CA", "California", "US"},
		{"ca", "", ""},
		{"Mass.", "Massachusetts", "US"},
		{"Mass", "", ""},
		{"N.Y.", "New York", "US"},
		{"Quebec", "Quebec", "CA"},
		{"Québec", "Quebec", "CA"},
		{"NSW", "New South Wales", "AU"},
		{"Orissa", "Odisha", "IN"},
		{"Tibet", "Tibet", "CN"},
		{"Xinjiang", "Xinjiang", "CN"},
		{"Punjab", "", ""},
		{"Scotland", "Scotland", "GB"},
	}
	for _, tt := range tests {
		r, ok := RegionByName(tt.in)
		got, country := "", ""
		if ok {
			got, country = r.Name, r.Country
		}
		if got != tt.want || country != tt.country {
			t.Errorf("RegionByName(%q) = %q/%q, want %q/%q", tt.in, got, country, tt.want, tt.country)
		}
	}
	if n := len(Regions()); n < 140 {
		t.Errorf("only %d regions", n)
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Deputy National Security Advisor Jane Doe", 4},
		{"Deputy Assistant Secretary of State for Maghreb Affairs", 5},
		{"Principal Deputy Assistant Secretary John", 4},
		{"Ambassador to Spain", 1},
		{"Gen. Smith", 1},
		{"Gen Smith", 1},
		{"Lt. Gen. Smith", 2},
		{"Brigadier General Smith", 2},
		{"Prime Minister Smith", 2},
		{"Interior Minister Smith", 2},
		{"interior minister Smith", 2},
		{"Minister of Foreign Affairs Smith", 4},
		{"Minister of the Interior Smith", 4},
		{"Foreign Minister Smith", 2},
		{"Deputy Foreign Minister Smith", 3},
		{"Secretary of State Smith", 3},
		{"Mr Smith", 1},
		{"Mr. Smith", 1},
		{"Chief Executive Smith", 2},
		{"Chief Executive Officer Smith", 3},
		{"CEO Smith", 1},
		{"Chief Justice Smith", 2},
		{"Supreme Leader Smith", 2},
		{"Crown Prince Smith", 2},
		{"spokesman Smith", 1},
		{"spokeswoman Smith", 1},
		{"Foreign Ministry spokesman Smith", 3},
		{"head coach Smith", 2},
		{"coach Smith", 1},
		{"Secretary-General Smith", 1},
		{"UN Secretary-General", 0},
		{"Vice-President Smith", 1},
		{"Vice President Smith", 2},
		{"Acting Defense Secretary Smith", 3},
		{"Father Smith", 1},
		{"father Smith", 0},
		{"Major Smith", 1},
		{"major Smith", 0},
		{"PM Smith", 1},
		{"pm Smith", 0},
		{"Deputy PM Smith", 2},
		{"Deputy", 1},
		{"Acting", 0},
		{"Smith", 0},
		{"", 0},
		{"Foreign", 0},
	}
	for _, tt := range tests {
		n, ok := Title(strings.Fields(tt.in))
		if n != tt.want || ok != (tt.want > 0) {
			t.Errorf("Title(%q) = %d, %v; want %d", tt.in, n, ok, tt.want)
		}
	}
}

func TestWordClasses(t *testing.T) {
	tests := []struct {
		fn   func(string) bool
		name string
		in   string
		want bool
	}{
		{IsTitleWord, "title", "President", true},
		{IsTitleWord, "title", "Gen.", true},
		{IsTitleWord, "title", "Deputy", true},
		{IsTitleWord, "title", "Vice", true},
		{IsTitleWord, "title", "spokesman", true},
		{IsTitleWord, "title", "Foreign", false},
		{IsTitleWord, "title", "Security", false},
		{IsTitleWord, "title", "Smith", false},
		{IsOrgHead, "org", "Army", true},
		{IsOrgHead, "org", "Inc.", true},
		{IsOrgHead, "org", "ministry", true},
		{IsOrgHead, "org", "FC", true},
		{IsOrgHead, "org", "Square", false},
		{IsPlaceHead, "place", "Square", true},
		{IsPlaceHead, "place", "Governorate", true},
		{IsPlaceHead, "place", "Airport", true},
		{IsPlaceHead, "place", "Army", false},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%s(%q) = %v, want %v", tt.name, tt.in, got, tt.want)
		}
	}
}
