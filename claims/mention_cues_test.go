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
