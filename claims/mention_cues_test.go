package claims

import (
	"strings"
	"testing"
)

// refAggregateCue is the first hasAggregateCue: a lower-case copy searched
// for each cue.
func refAggregateCue(sentence string) bool {
	low := strings.ToLower(sentence)
	for _, cue := range aggregateCues {
		if strings.Contains(low, cue) {
			return true
		}
	}
	return false
}

func TestAggregateCueMatchesReference(t *testing.T) {
	tests := []string{"", "In total, 12 died.", "IN ALL", "so far", "So Far This Year", "the tally to date",
		"nothing here", "in al", "combined", "Ünal said in all", "İN ALL", "\u212aİ \xffin all", "\u0130n total", "a total of 5", "since the start"}
	for _, s := range tests {
		if got, want := hasAggregateCue(s), refAggregateCue(s); got != want {
			t.Errorf("hasAggregateCue(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzAggregateCue(f *testing.F) {
	f.Add("In total, 12 died so far.")
	f.Add("İN ALL \xff overall")
	f.Add("“So far,” \u212a \u0130N TOTAL — since January")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasAggregateCue(s), refAggregateCue(s); got != want {
			t.Fatalf("hasAggregateCue(%q) = %v, want %v", s, got, want)
		}
	})
}

func BenchmarkAggregateCue(b *testing.B) {
	s := "Senior officials said the attack killed 12 people on Sunday, Nov. 24, in the capital, according to police."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		hasAggregateCue(s)
	}
}

// TestAggregateCueAtEveryOffset: the scan samples every third byte, so each
// cue is tried at every alignment, after ASCII and multi-byte text, in
// upper case and with the runes that fold to ASCII, cut short by a byte,
// and at the end of the sentence.
func TestAggregateCueAtEveryOffset(t *testing.T) {
	prefixes := []string{"", "x", "xy", "xyz", "é", "xé", "—", "İ", "\xff", "\u212a", "said"}
	for _, cue := range aggregateCues {
		forms := []string{cue, strings.ToUpper(cue), cue[:len(cue)-1], strings.ReplaceAll(cue, "i", "İ"),
			strings.ReplaceAll(cue, "a", "á"), strings.Replace(cue, " ", "  ", 1)}
		for _, form := range forms {
			for _, pre := range prefixes {
				for pad := range 4 {
					for _, s := range []string{pre + strings.Repeat(" ", pad) + form, pre + strings.Repeat(".", pad) + form + " end"} {
						if got, want := hasAggregateCue(s), refAggregateCue(s); got != want {
							t.Errorf("hasAggregateCue(%q) = %v, want %v", s, got, want)
						}
					}
				}
			}
		}
	}
}
