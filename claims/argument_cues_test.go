package claims

import (
	"strings"
	"testing"
)

// TestCuesOfAnswersTheCueSets: cuesOf says exactly which cue sets of
// attachArguments a word is in, for every key of those sets and for words
// near them (the filter before the map may pass a non-key, never stop a key).
func TestCuesOfAnswersTheCueSets(t *testing.T) {
	words := []string{"", "the", "said", "lasts", "not.", "Will", "firsts", "ü", "\xff"}
	for _, c := range cueSets {
		for w := range c.set {
			words = append(words, w, w+"s", w[1:], strings.ToUpper(w), "re"+w)
		}
	}
	for _, w := range words {
		got := cuesOf(w)
		for _, c := range cueSets {
			if in := got&c.bit != 0; in != c.set[w] {
				t.Errorf("cuesOf(%q) bit %05b is %v, the set says %v", w, c.bit, in, c.set[w])
			}
		}
	}
}

// BenchmarkArgumentCues asks the cue sets about every word of the corpus,
// one merged lookup against the five maps attachArguments asked before.
func BenchmarkArgumentCues(b *testing.B) {
	srcs, size := corpusSources(b)
	var ws []string
	for _, src := range srcs {
		ws = append(ws, strings.Fields(strings.ToLower(src.Text))...)
	}
	b.Run("merged", func(b *testing.B) {
		b.SetBytes(size)
		n := 0
		for b.Loop() {
			for _, w := range ws {
				if cuesOf(w) != 0 {
					n++
				}
			}
		}
	})
	b.Run("maps", func(b *testing.B) {
		b.SetBytes(size)
		n := 0
		for b.Loop() {
			for _, w := range ws {
				if negations[w] || priorCues[w] || ordinals[w] || irrealisCues[w] || futureCues[w] {
					n++
				}
			}
		}
	})
}
