package source

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPairwiseRepeatsAreTheMapRepeats: for pages of up to
// maxPairwiseRepeatLines lines drawn from a few texts (so that repeats,
// lines of equal length and other text, and furniture lines abound), the
// pairwise markRepeats marks the lines markRepeatsByMap marks.
func TestPairwiseRepeatsAreTheMapRepeats(t *testing.T) {
	texts := []string{"Home", "Read more", "abcd", "abce", "The storm hit the town.", "The storm hit the city.", "x", "Home "}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		n := rng.IntN(maxPairwiseRepeatLines + 1)
		var b strings.Builder
		for range n {
			b.WriteString(texts[rng.IntN(len(texts))])
			b.WriteString("\n")
		}
		text := b.String()
		lines := scanLines(text, 0)
		head := rng.IntN(len(lines)+1) - 1
		cues := make([]cue, len(lines))
		for i := range cues {
			if rng.IntN(4) == 0 {
				cues[i] = cueWidget
			}
		}
		pair := &analyser{text: text, lines: lines, cues: append([]cue(nil), cues...)}
		byMap := &analyser{text: text, lines: lines, cues: append([]cue(nil), cues...)}
		pair.markRepeats(head)
		byMap.markRepeatsByMap(head)
		for i := range cues {
			if pair.cues[i] != byMap.cues[i] {
				t.Fatalf("%q head %d: line %d cue %d pairwise, %d by map", text, head, i, pair.cues[i], byMap.cues[i])
			}
		}
	}
}
