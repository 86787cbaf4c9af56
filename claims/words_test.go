package claims

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/text"
)

// lowerTrimmed must equal strings.ToLower(trimPossessive(w.Text)) for
// every word: the entity stage's lexicon tests depend on it.
func TestLowerTrimmed(t *testing.T) {
	cases := []struct{ name, sentence string }{
		{"possessives", "Monday's talks, Smith’s aides and the Joneses' dog"},
		{"upper-case possessive stays", "SMITH'S MONDAY’S US"},
		{"non-ASCII letters", "İstanbul's Ünal \u212aelvin’s ÅSA'S"},
		{"bare apostrophes", "' ’ 's"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLowerTrimmed(t, c.sentence)
		})
	}
}

func FuzzLowerTrimmed(f *testing.F) {
	f.Add("Monday's SMITH'S İstanbul’s")
	f.Add("\xff's A'S")
	f.Fuzz(checkLowerTrimmed)
}

func checkLowerTrimmed(t *testing.T, s string) {
	for _, w := range text.Words(s, 0, len(s)) {
		if got, want := lowerTrimmed(&w), strings.ToLower(trimPossessive(w.Text())); got != want {
			t.Errorf("lowerTrimmed(%q) = %q, want %q", w.Text(), got, want)
		}
	}
}
