package text

import (
	"testing"
)

// TestWordsAfterRecycle: a recycled slice is overwritten whole, so Words
// returns the same tokens whether or not a slice was reused.
func TestWordsAfterRecycle(t *testing.T) {
	cases := []struct{ name, first, second string }{
		{"same length, other words", "The quake struck.", "Ünal LEFT early."},
		{"shorter after longer", "Police said 12 people died on Monday.", "He left."},
		{"one word", "Yes", "İstanbul"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for range 3 {
				Recycle(Words(c.first, 0, len(c.first)))
				got, want := Words(c.second, 0, len(c.second)), refWords(c.second, 0, len(c.second))
				if !EqualWords(got, want) {
					t.Fatalf("after recycling: Words(%q)\n got  %+v\n want %+v", c.second, got, want)
				}
				Recycle(got)
			}
		})
	}
	Recycle(nil) // nothing to take back
}
