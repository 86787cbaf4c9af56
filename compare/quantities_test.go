package compare

import (
	"strings"
	"testing"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// quantityFinding runs the quantity comparator over every mention of two
// one-sentence articles (the story mention included) and returns the
// severity of its one finding ("" for none).
func quantityFinding(t *testing.T, a, b string) string {
	t.Helper()
	var ms []*claims.Mention
	for _, d := range []*claims.Doc{article(t, "a", published, a), article(t, "b", published, b)} {
		ms = append(ms, d.Mentions...)
	}
	fs := quantityComparator{}.Compare(&EventGroup{ID: "e1", Mentions: ms, Strength: 3})
	if len(fs) > 1 {
		t.Fatalf("%d findings, want at most one: %+v", len(fs), fs)
	}
	if len(fs) == 0 {
		return ""
	}
	return fs[0].Severity.String()
}

// TestQuantities pins what the quantity comparator holds against what:
// lengths in metres from one reference, heights above one reference,
// money of one measure, final scores, and who measured.
func TestQuantities(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want string
		bug  string
	}{
		// Lengths, in metres whatever the unit.
		{name: "9 km of ash column and 30,000 ft are one height",
			a: "The volcano erupted on Tuesday, sending a column of ash 9 km into the sky.",
			b: "The volcano erupted on Tuesday, sending a column of ash 30,000 ft into the sky."},
		{name: "9 km and 19 km of an eruption's ash column conflict",
			a:    "The volcano erupted on Tuesday, sending a column of ash 9 km into the sky.",
			b:    "The volcano erupted on Tuesday, sending a column of ash 19 km into the sky.",
			want: "conflict"},
		{name: "9 km and 19 km of ash column disagree, loosely told",
			a:    "The volcano rumbled on Tuesday, sending a column of ash 9 km into the sky.",
			b:    "The volcano rumbled on Tuesday, sending a column of ash 19 km into the sky.",
			want: "warning"},
		{name: "heights above the crater and above sea level are not compared",
			a: "The volcano erupted on Tuesday, sending ash 9,000 m above the crater.",
			b: "The volcano erupted on Tuesday, sending ash 10,450 m above sea level."},
		{name: "two distances from one town conflict",
			a: "The quake struck 10 km north of Poso.", b: "The quake struck 40 km north of Poso.", want: "conflict"},
		{name: "10 km and 6 miles from one town agree",
			a: "The quake struck 10 km north of Poso.", b: "The quake struck 6 miles north of Poso."},
		{name: "10 km and 25 miles from one town conflict",
			a: "The quake struck 10 km north of Poso.", b: "The quake struck 25 miles north of Poso.", want: "conflict"},
		{name: "distances from two towns are not compared",
			a: "The quake struck 10 km north of Poso.", b: "The quake struck 40 km from Palu."},
		// Depths, below the ground unless something else is named.
		{name: "a depth and a length below the surface conflict",
			a:    "The rock burst struck the mine on Wednesday at a depth of 740 metres.",
			b:    "The rock burst struck the mine on Wednesday, 1,040 metres below the surface.",
			want: "warning"},
		{name: "a depth in km and in metres agree",
			a: "The quake struck on Tuesday at a depth of 12 km.", b: "The quake struck on Tuesday 12,000 metres underground."},
		{name: "depths below sea level and below the ground are not compared",
			a: "The quake struck on Tuesday 30 km below sea level.", b: "The quake struck on Tuesday at a depth of 12 km."},
		// A loose figure is read in its own sentence, not its mention's:
		// a depth was not compared while the main event's sentence said
		// nothing of what it measured.
		{name: "loose depths disagree",
			a:    "Eleven miners were trapped on Wednesday. The mine's workings reach 1,040 metres below the surface.",
			b:    "Eleven miners were trapped on Wednesday. The mine's workings reach 740 metres below the surface.",
			want: "warning"},
		{name: "loose heights disagree",
			a:    "Thousands of villagers fled on Tuesday. The ash column stood 9 km high.",
			b:    "Thousands of villagers fled on Tuesday. The ash column stood 19 km high.",
			want: "warning"},
		{name: "a town named after another phrase is no reference point",
			a: "The quake struck 10 km down, in a fault line of the Poso basin.",
			b: "The quake struck 40 km north of Poso."},
		// A ban and a suspension are one sanction.
		{name: "a four-year suspension and a two-year ban disagree",
			a:    "The rider was given a four-year suspension.",
			b:    "The rider was given a two-year ban.",
			want: "warning"},
		// Money.
		{name: "$150 a month and $212 million measure different things",
			a: "Workers won a raise of $150 a month on Tuesday.", b: "Workers won a raise of $212 million on Tuesday."},
		{name: "$150 and $170 a month conflict",
			a: "Workers won a raise of $150 a month on Tuesday.", b: "Workers won a raise of $170 a month on Tuesday.", want: "conflict"},
		{name: "a price with and without its noun is one measure",
			a: "Acme bought Beta for $4.2 billion.", b: "Acme bought Beta in a $4.8 billion deal.", want: "conflict"},
		{name: "one price twice agrees",
			a: "Acme bought Beta for $4.2 billion.", b: "Acme bought Beta in a $4.2 billion deal."},
		// Scores.
		{name: "two final scores conflict",
			a: "Rovers won 2-1 at United on Saturday.", b: "Rovers won 3-1 at United on Saturday.", want: "conflict"},
		// "2-1" and "1-2" are one result written winner-first and
		// home-first: a score is compared as its two tallies, unordered.
		{name: "2-1 and 1-2 are one result in two orders",
			a: "Rovers won 2-1 at United on Saturday.", b: "Rovers won 1-2 at United on Saturday."},
		// Who measured.
		{name: "one agency's own reading against an unattributed figure",
			a: "The USGS measured the quake at magnitude 6.2.", b: "A magnitude 6.4 quake struck the island on Tuesday."},
		{name: "figures attributed to two bodies are a warning",
			a: "The USGS said a magnitude 6.2 quake struck the island on Tuesday.",
			b: "The EMSC said a magnitude 6.4 quake struck the island on Tuesday.", want: "warning"},
		// Decided: a named body's own measurement is its reading, not the
		// event's one figure; agencies' magnitudes differ by method, and the
		// earthquake fixture's gold counts such a pair as a trap.
		{name: "two bodies' own measurements are each theirs",
			a: "The USGS measured the quake at magnitude 6.2.", b: "The EMSC measured the quake at magnitude 6.4.", want: ""},
		{name: "two unattributed magnitudes conflict",
			a: "A magnitude 6.2 quake struck the island on Tuesday.", b: "A magnitude 6.4 quake struck the island on Tuesday.", want: "conflict"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			if got := quantityFinding(t, c.a, c.b); got != c.want {
				t.Errorf("finding %q, want %q", got, c.want)
			}
			if got := quantityFinding(t, c.b, c.a); got != c.want {
				t.Errorf("finding %q with the sources swapped, want %q", got, c.want)
			}
		})
	}
}

func TestFarApart(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want bool
	}{
		{name: "$150 and $212 million", a: "$150", b: "$212 million", want: true},
		{name: "$150 and $170", a: "$150", b: "$170"},
		{name: "exactly three times is not far", a: "$100", b: "$300"},
		{name: "more than three times is far", a: "$100", b: "$301", want: true},
		{name: "an open range and a figure within it", a: "more than $100", b: "$500"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := firstNumber(t, c.a), firstNumber(t, c.b)
			if got := farApart(a, b); got != c.want {
				t.Errorf("farApart(%q [%g,%g], %q [%g,%g]) = %v, want %v", a.Text, a.Lo, a.Hi, b.Text, b.Lo, b.Hi, got, c.want)
			}
			if got := farApart(b, a); got != c.want {
				t.Errorf("farApart not symmetric for %q and %q", a.Text, b.Text)
			}
		})
	}
}

func TestSameMeasure(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		want bool
	}{
		{name: "one category", a: "USD:deal", b: "USD:deal", want: true},
		{name: "money with and without a noun", a: "USD:", b: "USD:deal", want: true},
		{name: "money with two nouns", a: "USD:deal", b: "USD:fine"},
		{name: "two currencies", a: "USD:", b: "EUR:deal"},
		{name: "a length without a noun is not money", a: "km:", b: "km:ash"},
		{name: "kill categories of two holders", a: "kill:soldier:group:army", b: "kill:soldier:group:police"},
		{name: "money, one noun left out, same rest", a: "USD::x:y", b: "USD:deal:x:y", want: true},
		{name: "money, one rest longer", a: "USD::x", b: "USD:deal:x:"},
		{name: "money, a rest against none", a: "USD::x", b: "USD:deal"},
		{name: "a unit alone", a: "USD", b: "USD:deal"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sameMeasure(c.a, c.b); got != c.want {
				t.Errorf("sameMeasure(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
			}
			if got := sameMeasure(c.b, c.a); got != c.want {
				t.Errorf("sameMeasure not symmetric for %q and %q", c.a, c.b)
			}
		})
	}
}

// TestCountsFarApart: loose head counts far apart count different crowds
// ("27,000 walked out" and "5,000 at the rally"), near ones disagree.
func TestCountsFarApart(t *testing.T) {
	const strike = "Workers walked out at the plant on Tuesday.\n\n"
	cases := []struct {
		name string
		a, b string
		want string
	}{
		{name: "far apart loose counts are not compared",
			a: strike + "There were 27,000 workers on strike.", b: strike + "There were 5,000 workers on strike."},
		{name: "near loose counts disagree as a warning",
			a: strike + "There were 27,000 workers on strike.", b: strike + "There were 25,000 workers on strike.", want: "warning"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := countFinding(t, "story", published, c.a, published, c.b); got != c.want {
				t.Errorf("finding %q, want %q", got, c.want)
			}
		})
	}
}

// sameMeasure cuts categories in place as strings.Split cut them: over
// every pair of a set of categories, it answers as the split did.
func TestSameMeasureIsSplit(t *testing.T) {
	bySplit := func(a, b string) bool {
		if a == b {
			return true
		}
		pa, pb := strings.Split(a, ":"), strings.Split(b, ":")
		if len(pa) != len(pb) || len(pa) < 2 || pa[0] != pb[0] || !moneyUnits[pa[0]] {
			return false
		}
		for i := 2; i < len(pa); i++ {
			if pa[i] != pb[i] {
				return false
			}
		}
		return pa[1] == "" || pb[1] == ""
	}
	var cats []string
	for _, unit := range []string{"", "USD", "EUR", "km"} {
		for _, rest := range []string{"", ":", "::", ":deal", ":deal:", "::x", ":deal:x", ":fine:x", ":deal:x:y", "::x:y", ":deal::"} {
			cats = append(cats, unit+rest)
		}
	}
	for _, a := range cats {
		for _, b := range cats {
			if got, want := sameMeasure(a, b), bySplit(a, b); got != want {
				t.Errorf("sameMeasure(%q, %q) = %v, the split said %v", a, b, got, want)
			}
		}
	}
}

// TestMeasuredCuesNotShorter: measuredBy skips words shorter than
// "measured", which holds only while no cue is shorter and lower-casing
// never lengthens a word into ASCII.
func TestMeasuredCuesNotShorter(t *testing.T) {
	for _, c := range []string{"measured", "estimated", "estimates", "calculated", "registered", "recorded"} {
		if len(c) < len("measured") {
			t.Errorf("cue %q is shorter than measuredBy's least length", c)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		if l := strings.ToLower(s); isASCIIText(l) && len(l) > len(s) {
			t.Fatalf("%U lowers to ASCII %q, longer", r, l)
		}
	}
}

// TestMoneyUnitLen: sameMeasure turns away a unit of another length than
// moneyUnitLen before asking moneyUnits.
func TestMoneyUnitLen(t *testing.T) {
	for u := range moneyUnits {
		if len(u) != moneyUnitLen {
			t.Errorf("money unit %q is not %d bytes long", u, moneyUnitLen)
		}
	}
}
