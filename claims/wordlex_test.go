package claims

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/text"
)

// TestLexiconFilterPassesEveryKey: the filter before wordLexicon may let
// a word through that is not a key, never stop one that is; and it gives
// lexiconOf the map's answers for keys and non-keys alike.
func TestLexiconFilterPassesEveryKey(t *testing.T) {
	words := []string{"", "a", "the", "said", "x", "killedd", "kille", "Killed", "according to",
		"internationalisation", "ü", "über", "\xff", "12", "unconfirmedly"}
	for k := range wordLexicon {
		if !mayBeInLexicon(k) {
			t.Errorf("mayBeInLexicon(%q) = false for a key", k)
		}
		words = append(words, k, k+"s", k[1:], strings.ToUpper(k), "re"+k)
	}
	for _, w := range words {
		got := lexiconOf(nil, []text.Word{text.NewWord(0, len(w), w, w, false, false)})[0]
		if want := wordLexicon[w]; got != want {
			t.Errorf("lexiconOf(%q) = %p, want %p", w, got, want)
		}
	}
}

// BenchmarkLexiconOf looks up every word of the corpus, whose order the
// branch predictor cannot learn as it learns a repeated paragraph.
func BenchmarkLexiconOf(b *testing.B) {
	srcs, size := corpusSources(b)
	var ws []text.Word
	for _, src := range srcs {
		ws = text.AppendWords(ws, src.Text, 0, len(src.Text))
	}
	b.SetBytes(size)
	var lex []*wordLex
	for b.Loop() {
		lex = lexiconOf(lex, ws)
	}
}
