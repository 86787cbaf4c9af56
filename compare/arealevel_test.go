package compare

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// areaLevel lower-cases on the stack; it answers as lower-casing the
// whole name and splitting it would.
func TestAreaLevelAnswersAsLowerAndFields(t *testing.T) {
	reference := func(e *claims.Entity) string {
		if e.Level != claims.LevelTown && e.Level != "" {
			return e.Level
		}
		words := strings.Fields(strings.ToLower(e.Text))
		if len(words) >= 2 && compassWords[words[0]] {
			return claims.LevelRegion
		}
		for _, w := range words {
			if waterWords[w] {
				return claims.LevelRegion
			}
		}
		return e.Level
	}
	names := []string{"Central Java", "central", "Central", "the Atlantic", "ATLANTIC OCEAN", "Bay of Biscay",
		"Kalitengah", "North  Rhine", "Ünter See", "Mediterraneanization", "East", "Upper Austria", "",
		"Gulf\tof Aden", "Southwest Bank", "Kelvin\u212ABay", "a-very-long-name-beyond-sixteen sea"}
	for _, n := range names {
		for _, lvl := range []string{"", claims.LevelTown, claims.LevelCity} {
			e := &claims.Entity{Text: n, Level: lvl}
			if got, want := areaLevel(e), reference(e); got != want {
				t.Errorf("areaLevel(%q, %q) = %q, want %q", n, lvl, got, want)
			}
		}
	}
}
