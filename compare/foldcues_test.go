package compare

import (
	"math/rand"
	"testing"
)

// TestIncrementCuesFoldedIsLowered holds the ASCII path to the lower-casing
// one it stands in for, on written cases and on random text built from cue
// pieces in mixed case.
func TestIncrementCuesFoldedIsLowered(t *testing.T) {
	cases := []struct{ before, after string }{
		{"police found Another ", " bodies"},
		{"another    twelve bodies and ", ""},
		{"another one, two, three, four ", ""},
		{"", " MORE people were held"},
		{"officers arrested ", " Further persons"},
		{"", " moreover"},
		{"Rs ", " lakh, IN ADDITION TO the state's"},
		{"", " on top of"},
		{"", " on top o"},
		{"an EXTRA ", ""},
		{"extr", " "},
		{"", ""},
	}
	for _, c := range cases {
		if got, want := foldedCues(c.before, c.after), incrementCuesLowered(c.before, c.after); got != want {
			t.Errorf("(%q, %q): folded %v, lowered %v", c.before, c.after, got, want)
		}
	}
	pieces := []string{"another ", "Additional ", "FURTHER ", "extra ", " more ", " Further ", "in addition to", "On Top Of", "x", " ", "12", "aNother", "mor", "in addition t"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		before, after := randomCueText(rng, pieces), randomCueText(rng, pieces)
		if got, want := foldedCues(before, after), incrementCuesLowered(before, after); got != want {
			t.Fatalf("(%q, %q): folded %v, lowered %v", before, after, got, want)
		}
	}
}

// foldedCues is what incrementFigure answers: the folded test, or the
// lowered one when the folded cannot tell.
func foldedCues(before, after string) bool {
	found, ascii := incrementCuesFolded(before, after)
	if found || ascii {
		return found
	}
	return incrementCuesLowered(before, after)
}

// TestAdditionCuesStartWithIOrO: additionCueIn looks for a cue only at an
// 'i' or an 'o' before an 'n'; incrementCueBefore only at a cue's closing
// space.
func TestAdditionCuesStartWithIOrO(t *testing.T) {
	for _, c := range additionCues {
		if c[0] != 'i' && c[0] != 'o' || c[1] != 'n' {
			t.Errorf("%q: additionCueIn would never find it", c)
		}
	}
	for _, c := range incrementCues {
		if c[len(c)-1] != ' ' {
			t.Errorf("%q: incrementCueBefore would never find it", c)
		}
	}
}

func randomCueText(rng *rand.Rand, pieces []string) string {
	s := ""
	for k := rng.Intn(5); k > 0; k-- {
		s += pieces[rng.Intn(len(pieces))]
	}
	return s
}

// FuzzIncrementCuesFolded: on any ASCII text the folded cue test answers as
// the lower-casing one; on other text, a cue it finds is one the lower-casing
// test finds too.
func FuzzIncrementCuesFolded(f *testing.F) {
	f.Add("another ", " more ")
	f.Add("An additional  ", " lakh in Addition To")
	f.Add("", "")
	f.Add("", " more \u212a in addition to")
	f.Add("\u0130n ", " \u0130n addition to")
	f.Fuzz(func(t *testing.T, before, after string) {
		want := incrementCuesLowered(before, after)
		found, ascii := incrementCuesFolded(before, after)
		if (found || ascii) && found != want {
			t.Fatalf("(%q, %q): folded %v (ascii %v), lowered %v", before, after, found, ascii, want)
		}
	})
}
