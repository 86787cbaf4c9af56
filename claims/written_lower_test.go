package claims

import (
	"maps"
	"testing"

	"github.com/claimcheck/claimcheck/claims/text"
)

// writtenLowerRef is writtenLower without its filters: every word asked.
func writtenLowerRef(d *Doc, words map[string]bool) {
	for _, s := range d.Sentences {
		for _, w := range s.Words {
			if _, asked := words[w.Text()]; asked && !w.Cap() && !w.Punct() {
				words[w.Text()] = true
			}
		}
	}
}

// TestWrittenLowerAsksEveryCandidate: the length and first-byte masks
// before the map never skip a word that is asked about.
func TestWrittenLowerAsksEveryCandidate(t *testing.T) {
	texts := []string{
		"Turnout was high. Troops moved in, and the turnout fell.",
		"Officials said officials' figures were wrong. Über alles, über.",
		"Zeal and zeal. Yet yet. 'Quoted' quoted — x.",
	}
	asks := []string{"turnout", "troops", "officials", "über", "zeal", "yet", "quoted", "x", "tur", "turnouts", "officials'", "a"}
	for _, src := range texts {
		d := &Doc{}
		for _, part := range []string{src, src[len(src)/2:]} {
			d.Sentences = append(d.Sentences, &Sentence{Words: text.AppendWords(nil, part, 0, len(part))})
		}
		got, want := map[string]bool{}, map[string]bool{}
		for _, w := range asks {
			got[w], want[w] = false, false
		}
		writtenLower(d, got)
		writtenLowerRef(d, want)
		if !maps.Equal(got, want) {
			t.Errorf("%q: writtenLower = %v, want %v", src, got, want)
		}
	}
}
