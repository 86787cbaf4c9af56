package compare

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

func TestSpreadPlaceNames(t *testing.T) {
	docs := extractAll(t, []doc{
		{id: "a", text: "The bus crashed near Mtito Andei, a small town, on Sunday."},
		{id: "b", text: "Mtito Andei residents pulled passengers from the wreck on Sunday."},
	})
	resolveAliases(docs)
	if got := keyOf(t, docs[1], "Mtito Andei"); got != "place:mtito andei" {
		t.Errorf("b's Mtito Andei is %s, want the place another article sets the crash in", got)
	}
}

// TestCountsKnownToOneSource: a source that gives both figures somewhere
// in its article, even in sentences grouped as different events, knows
// them as two scopes.
func TestCountsKnownToOneSource(t *testing.T) {
	docs := extractAll(t, []doc{
		{id: "a", text: "Police arrested nine people at a warehouse in Riverton on Thursday."},
		{id: "b", text: "Police arrested 21 people in Riverton on Thursday.\n\nIn the warehouse, nine people were arrested in Riverton, and the operation's total reached 21 arrested in Lakeside and Hillford."},
	})
	for _, f := range Check(docs).Findings {
		if f.Kind == KindCount {
			t.Errorf("unexpected count finding: %s", f.Reason)
		}
	}
}

// TestOneNameTwoReadings: a name read as a place in one article and as a
// bare name in another is one place, never two.
func TestOneNameTwoReadings(t *testing.T) {
	a := &claims.Entity{Kind: claims.EntPlace, Key: "place:copsa mica", Text: "Copsa Mica", Level: claims.LevelTown}
	b := &claims.Entity{Kind: claims.EntName, Key: "name:copsa mica", Text: "Copsa Mica", Level: claims.LevelTown}
	if !placesCompatible(a, b) {
		t.Error("the same name under two kinds is taken for two places")
	}
}

// firstField is the first of strings.Fields, without the list.
func TestFirstFieldIsFields(t *testing.T) {
	tests := []string{"red cross", "  kenya red cross", "unicef", "a\tb c", "médecins sans frontières", "x\u00a0y z", "\u2003lead  trail ", " "}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			want := ""
			if f := strings.Fields(s); len(f) > 0 {
				want = f[0]
			}
			if got := firstField(s); got != want {
				t.Errorf("firstField(%q) = %q, want %q", s, got, want)
			}
		})
	}
}
