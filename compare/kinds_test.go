package compare

import (
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
)

// placeIn extracts "Fighters attacked a base <phrase>." and returns the
// place the attack is set in, as the location comparator sees it.
func placeIn(t *testing.T, phrase string) *claims.Entity {
	t.Helper()
	m := onlyMention(t, article(t, "p", time.Time{}, "Fighters attacked a base "+phrase+"."), "attack")
	if m.Place == nil {
		t.Fatalf("no place found in %q", m.Text())
	}
	return m.Place
}

func TestPlacesCompatible(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want bool
		bug  string
	}{
		{name: "the capital fits a capital", a: "in the capital", b: "in Rome", want: true},
		{name: "a city fits its country", a: "in Milan", b: "in Italy", want: true},
		{name: "a city clashes with another country", a: "in Milan", b: "in France", want: false},
		{name: "two countries clash", a: "in Italy", b: "in France", want: false},
		{name: "two cities clash", a: "in Milan", b: "in Turin", want: false},
		{name: "a city and its old name are one place", a: "in Bombay", b: "in Mumbai", want: true},
		{name: "one city twice", a: "in Milan", b: "in Milan", want: true},
		{name: "two squares clash", a: "in Victory Square", b: "in University Square", want: false},
		{name: "one square twice", a: "in Victory Square", b: "in Victory Square", want: true},
		{name: "a square may lie in a town", a: "in Victory Square", b: "near Copsa Mica", want: true},
		{name: "a square may lie in a city", a: "in Victory Square", b: "in Bucharest", want: true},
		{name: "a region may hold a city", a: "in Sulawesi Province", b: "in Milan", want: true},
		{name: "an unknown town may lie near a known city", a: "near Copsa Mica", b: "in Milan", want: true},
		{name: "an unknown town fits a country", a: "near Copsa Mica", b: "in Romania", want: true},
		{name: "a region of one country clashes with another country", a: "in Texas", b: "in France", want: false},
		{name: "two states of one country clash", a: "in Alabama", b: "in Mississippi", want: false},
		{name: "a county may lie in a state", a: "in Bexley County", b: "in Mississippi", want: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			a, b := placeIn(t, c.a), placeIn(t, c.b)
			if got := placesCompatible(a, b); got != c.want {
				t.Errorf("placesCompatible(%s %s, %s %s) = %v, want %v", a.Key, a.Level, b.Key, b.Level, got, c.want)
			}
			if got := placesCompatible(b, a); got != c.want {
				t.Errorf("placesCompatible(%s, %s) = %v, want %v (symmetric)", b.Key, a.Key, got, c.want)
			}
		})
	}
}

func TestPlaceClash(t *testing.T) {
	cases := []struct {
		name    string
		as, bs  []string
		clash   bool
		between [2]string // keys of the clashing pair
	}{
		{name: "city and its square against the same city", as: []string{"in Bucharest", "in Victory Square"}, bs: []string{"in Bucharest"}},
		{name: "a city against another city", as: []string{"in Milan"}, bs: []string{"in Italy", "in Turin"}, clash: true, between: [2]string{"place:milan", "place:turin"}},
		{name: "no places on one side", as: []string{"in Milan"}, bs: nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var as, bs []*claims.Entity
			for _, p := range c.as {
				as = append(as, placeIn(t, p))
			}
			for _, p := range c.bs {
				bs = append(bs, placeIn(t, p))
			}
			a, b, clash := placeClash(as, bs)
			if clash != c.clash {
				t.Fatalf("placeClash = %v, want %v", clash, c.clash)
			}
			if clash && (a.Key != c.between[0] || b.Key != c.between[1]) {
				t.Errorf("clash between %s and %s, want %s and %s", a.Key, b.Key, c.between[0], c.between[1])
			}
		})
	}
}

// countFinding runs the count comparator over one mention of class from
// each of two one-sentence articles, published on pa and pb, and returns
// the severity of its finding ("" for none).
func countFinding(t *testing.T, class string, pa time.Time, a string, pb time.Time, b string) string {
	t.Helper()
	ma := onlyMention(t, article(t, "a", pa, a), class)
	mb := onlyMention(t, article(t, "b", pb, b), class)
	fs := countComparator{}.Compare(&EventGroup{ID: "e1", Class: class, Mentions: []*claims.Mention{ma, mb}, Strength: 3})
	if len(fs) > 1 {
		t.Fatalf("%d findings, want at most one: %+v", len(fs), fs)
	}
	if len(fs) == 0 {
		return ""
	}
	return fs[0].Severity.String()
}

func TestCountComparator(t *testing.T) {
	day1 := time.Date(2024, 11, 12, 0, 0, 0, 0, time.UTC)
	day2 := day1.AddDate(0, 0, 1)
	cases := []struct {
		name   string
		class  string
		pa, pb time.Time
		a, b   string
		want   string
		bug    string
	}{
		{name: "more than 1,000 fits 1,200", class: "arrest", pa: day1, pb: day1,
			a: "Police arrested more than 1,000 people.", b: "Police arrested 1,200 people."},
		{name: "nearly 300 fits 298", class: "kill", pa: day1, pb: day1,
			a: "The crash killed nearly 300 people.", b: "The crash killed 298 people."},
		{name: "at least 12 clashes with 10 at the same moment", class: "kill", pa: day1, pb: day1,
			a: "The quake killed at least 12 people.", b: "The quake killed 10 people.", want: "conflict"},
		{name: "two exact figures of the same moment conflict", class: "kill", pa: day1, pb: day1,
			a: "The quake killed 12 people.", b: "The quake killed 27 people.", want: "conflict"},
		{name: "an earlier lower figure and a later higher one are an update", class: "kill", pa: day1, pb: day2,
			a: "The quake killed 12 people.", b: "The quake killed 27 people.", want: "warning"},
		{name: "an update in whichever order the sources come", class: "kill", pa: day2, pb: day1,
			a: "The quake killed 27 people.", b: "The quake killed 12 people.", want: "warning"},
		{name: "a part is not the figure", class: "kill", pa: day1, pb: day1,
			a: "The attack killed 12 people, including six.", b: "The attack killed 12 people."},
		{name: "a margin is not the figure", class: "elect", pa: day1, pb: day1,
			a: "Smith won the seat with 5,112 votes.", b: "Smith won the seat by 212 votes."},
		{name: "a total is not the figure", class: "win", pa: day1, pb: day1,
			a: "The party won 51 of the 96 seats.", b: "The party won 51 seats."},
		{name: "the part taken from a total is the figure", class: "win", pa: day1, pb: day1,
			a: "The party won 51 of the 96 seats.", b: "The party won 45 seats.", want: "conflict",
			bug: `"51 of the 96 seats": the part gets no counted noun, so it is never compared`},
		{name: "a vague several is not compared", class: "kill", pa: day1, pb: day1,
			a: "The storm killed several people.", b: "The storm killed 12 people."},
		{name: "two bodies' own estimates disagree, as a warning", class: "kill", pa: day1, pb: day1, want: "warning",
			a: "The Health Ministry said the attack killed 12 people.", b: "The Red Cross said the attack killed 30 people."},
		{name: "a body's recorded toll against an unattributed one is not two estimates", class: "kill", pa: day1, pb: day1, want: "conflict",
			a: "The Health Ministry said its report recorded 32 deaths in the outbreak.", b: "The outbreak has caused 23 deaths in the district."},
		{name: "two bodies' own readings of a toll are theirs", class: "kill", pa: day1, pb: day1,
			a: "The Health Ministry said its report recorded 32 deaths in the outbreak.", b: "The Red Cross said it had recorded 23 deaths in the outbreak."},
		{name: "hostages freed are counted like people freed", class: "release", pa: day1, pb: day1,
			a: "The rebels freed nine hostages on Tuesday.", b: "The rebels freed eleven people on Tuesday.", want: "conflict"},
		{name: "inmates who escaped are counted like people", class: "escape", pa: day1, pb: day1,
			a: "Eleven inmates escaped from the prison early on Sunday.", b: "Fourteen inmates broke out of the prison early Sunday.", want: "conflict"},
		{name: "a quoted figure is not compared", class: "kill", pa: day1, pb: day1,
			a: `"The attack killed 40 people," a witness said.`, b: "The attack killed 12 people."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			if got := countFinding(t, c.class, c.pa, c.a, c.pb, c.b); got != c.want {
				t.Errorf("finding %q, want %q", got, c.want)
			}
		})
	}
}

func TestScores(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want string
	}{
		{name: "two different final scores conflict", a: "Rovers beat United 2-1 on Saturday.", b: "Rovers beat United 3-1 on Saturday.", want: "conflict"},
		{name: "one final score agrees", a: "Rovers beat United 2-1 on Saturday.", b: "Rovers beat United 2-1 at home.", want: ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ma := onlyMention(t, article(t, "a", published, c.a), "win")
			mb := onlyMention(t, article(t, "b", published, c.b), "win")
			fs := quantityComparator{}.Compare(&EventGroup{ID: "e1", Mentions: []*claims.Mention{ma, mb}, Strength: 3})
			got := ""
			if len(fs) > 0 {
				got = fs[0].Severity.String()
			}
			if got != c.want {
				t.Errorf("finding %q, want %q (%+v)", got, c.want, fs)
			}
		})
	}
}

// firstNumber is the first number numbers.Find reads in s.
func firstNumber(t *testing.T, s string) numbers.Number {
	t.Helper()
	ns := numbers.Find(s)
	if len(ns) == 0 {
		t.Fatalf("numbers.Find(%q) found nothing", s)
	}
	return ns[0]
}

func TestRangesOverlap(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want bool
	}{
		{name: "more than 1,000 and 1,200", a: "more than 1,000 people", b: "1,200 people", want: true},
		{name: "nearly 300 and 298", a: "nearly 300 people", b: "298 people", want: true},
		{name: "about 300 and 320 within the slack", a: "about 300 people", b: "320 people", want: true},
		{name: "about 300 and 400 beyond the slack", a: "about 300 people", b: "400 people", want: false},
		{name: "at least 12 and 10", a: "at least 12 people", b: "10 people", want: false},
		{name: "at least 12 and 27", a: "at least 12 people", b: "27 people", want: true},
		{name: "12 and 12", a: "12 people", b: "12 people", want: true},
		{name: "12 and 13", a: "12 people", b: "13 people", want: false},
		{name: "between 10 and 20 holds 15", a: "between 10 and 20 people", b: "15 people", want: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := firstNumber(t, c.a), firstNumber(t, c.b)
			if got := rangesOverlap(a, b); got != c.want {
				t.Errorf("rangesOverlap(%q [%g,%g], %q [%g,%g]) = %v, want %v", a.Text, a.Lo, a.Hi, b.Text, b.Lo, b.Hi, got, c.want)
			}
			if got := rangesOverlap(b, a); got != c.want {
				t.Errorf("rangesOverlap not symmetric for %q and %q", a.Text, b.Text)
			}
		})
	}
}

func TestIsVague(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"several people", true},
		{"dozens of people", true},
		{"hundreds of people", true},
		{"a few people", true},
		{"12 people", false},
		{"twelve people", false},
		{"at least 12 people", false},
		{"more than 1,000 people", false},
		{"between 10 and 20 people", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			n := firstNumber(t, c.text)
			if got := isVague(n); got != c.want {
				t.Errorf("isVague(%q [%g,%g]) = %v, want %v", n.Text, n.Lo, n.Hi, got, c.want)
			}
		})
	}
}

func TestCountCategory(t *testing.T) {
	cases := []struct {
		name, class, text string
		want              string // "" when the figure is not compared
		bug               string
	}{
		{name: "deaths are the class", class: "kill", text: "The quake killed 12 people.", want: "kill"},
		{name: "a bare count of deaths is the class", class: "kill", text: "The quake killed 12.", want: "kill"},
		{name: "arrests are the class", class: "arrest", text: "Police arrested 40 people.", want: "arrest"},
		{name: "a part is not compared, the whole is", class: "kill", text: "The quake killed 12 people, including six.", want: "kill"},
		{name: "a margin is not compared", class: "elect", text: "Smith won the seat by 212 votes.", want: ""},
		{name: "a total is not compared, its part is", class: "win", text: "The party won 51 of the 96 seats.", want: "win:seat:",
			bug: `"51 of the 96 seats": the part gets no counted noun, so it is never compared`},
		{name: "a figure that counts nothing named is not compared", class: "win", text: "The party won 51.", want: ""},
		{name: "seats are counted with whose they are", class: "win", text: "The Labour Party won 51 seats.", want: "win:seat:org:labour party"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			m := onlyMention(t, article(t, "a", published, c.text), c.class)
			var got []string
			for _, f := range m.Counts {
				if cat, ok := countCategory(m, f); ok {
					got = append(got, cat)
				}
			}
			want := []string{c.want}
			if c.want == "" {
				want = nil
			}
			if len(got) != len(want) || len(got) == 1 && got[0] != want[0] {
				t.Errorf("categories %q, want %q (counts %+v)", got, want, m.Counts)
			}
		})
	}
}

// A source that gives a figure for an older event of the same kind does
// not thereby know it as another scope of this event's figure: "four men
// robbed the van on Tuesday ... in November 2023, three men robbed" still
// disagrees with another source's three robbers on Tuesday.
func TestStatesCountOfAnotherMoment(t *testing.T) {
	day1 := time.Date(2024, 11, 12, 0, 0, 0, 0, time.UTC)
	a := article(t, "a", day1, "Four men robbed a cash van in the town on Tuesday. In November 2023, three men robbed a cash van in another town.")
	b := article(t, "b", day1, "Three men robbed a cash van in the town on Tuesday.")
	var ms []*claims.Mention
	for _, d := range []*claims.Doc{a, b} {
		for _, m := range d.Mentions {
			if m.Class == "theft" && (m.Time == nil || m.Time.Text == "Tuesday") {
				ms = append(ms, m)
			}
		}
	}
	if len(ms) != 2 {
		t.Fatalf("%d theft mentions of Tuesday, want 2", len(ms))
	}
	fs := countComparator{}.Compare(&EventGroup{ID: "e1", Class: "theft", Mentions: ms, Strength: 3})
	if len(fs) != 1 || fs[0].Severity != Conflict {
		t.Errorf("findings %+v, want one conflict of four against three robbers", fs)
	}
}

// TestStreetAddressContradictsNoPlace: a street with its house number lies
// in some district the lexicon does not know, so it is not compared with
// the district another article names (round 9's gas explosion "at
// Holubova 14" against "in Lisen" was a false alarm); two towns still are.
func TestStreetAddressContradictsNoPlace(t *testing.T) {
	cases := []struct {
		name, a, b string
		want       int // findings
	}{
		{name: "a street address and a district", a: "A gas explosion tore through the block at Holubova 14, Brno, on Tuesday.", b: "A gas explosion tore through the block in Lisen on Tuesday."},
		{name: "a street address with a letter", a: "A gas explosion tore through the block at Holubova 14a on Tuesday.", b: "A gas explosion tore through the block in Lisen on Tuesday."},
		{name: "a year after a town is no house number", a: "A gas explosion tore through the block in Turin 2025 on Tuesday.", b: "A gas explosion tore through the block in Milan on Tuesday.", want: 1},
		{name: "two towns", a: "A gas explosion tore through the block in Turin on Tuesday.", b: "A gas explosion tore through the block in Milan on Tuesday.", want: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ma := onlyMention(t, article(t, "a", published, c.a), "fire")
			mb := onlyMention(t, article(t, "b", published, c.b), "fire")
			fs := locationComparator{}.Compare(&EventGroup{ID: "e1", Mentions: []*claims.Mention{ma, mb}, Strength: 3})
			if len(fs) != c.want {
				t.Errorf("%d findings, want %d: %+v", len(fs), c.want, fs)
			}
		})
	}
}
