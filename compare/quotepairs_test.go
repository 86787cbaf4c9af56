package compare

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/claimcheck/claimcheck/claims"
)

// TestSameQuotePairsIsEveryPairTested: the indexed count finds exactly the
// pairs that testing every pair with sameQuote finds, on random quotations
// drawn from a small vocabulary (so that many pairs share words) in a few
// documents, sizes around minQuoteWords.
func TestSameQuotePairsIsEveryPairTested(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	docs := []*claims.Doc{{}, {}, {}}
	for _, tc := range []struct{ quotes, vocab int }{{0, 5}, {1, 5}, {2, 6}, {12, 8}, {40, 10}, {80, 30}} {
		qs := make([]attributedQuote, tc.quotes)
		for i := range qs {
			words := map[string]bool{}
			for k := minQuoteWords + rng.Intn(6); k > 0; k-- {
				words[fmt.Sprint("w", rng.Intn(tc.vocab))] = true
			}
			qs[i] = attributedQuote{d: docs[rng.Intn(len(docs))], words: sortedWords(words)}
		}
		var want [][2]int
		for i := range qs {
			for j := i + 1; j < len(qs); j++ {
				if qs[i].d != qs[j].d && sameQuote(qs[i].words, qs[j].words) {
					want = append(want, [2]int{i, j})
				}
			}
		}
		if tc.quotes >= 12 && len(want) == 0 {
			t.Errorf("%d quotes over %d words: no pair to find; the test tests nothing", tc.quotes, tc.vocab)
		}
		got := sameQuotePairs(qs)
		slices.SortFunc(got, func(x, y [2]int) int {
			if x[0] != y[0] {
				return x[0] - y[0]
			}
			return x[1] - y[1]
		})
		if !slices.Equal(got, want) {
			t.Errorf("%d quotes over %d words: got %v, want %v", tc.quotes, tc.vocab, got, want)
		}
	}
}

// sortedWords lists a set of words as attributedQuote keeps them.
func sortedWords(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for w := range set {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// quoteWords splits as strings.FieldsFunc did when it made a set of the
// words: the same words, sorted, each once.
func TestQuoteWordsIsFieldsSet(t *testing.T) {
	tests := []string{
		"",
		"We will rebuild every school, every school -- and every road.",
		"Die Schüler-Innen kamen um 14.30 Uhr; 300 Menschen, 300!",
		"  -well-  known, so-called \"reforms\" and reformss of 1999's budget",
		"émigrés’ émigré — naïve caféS",
	}
	for _, q := range tests {
		want := map[string]bool{}
		for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
			w = strings.ToLower(strings.Trim(w, "-"))
			if w == "" || len(w) < 3 && !unicode.IsDigit(rune(w[0])) || claims.IsFunctionWord(w) {
				continue
			}
			if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				w = w[:len(w)-1]
			}
			want[w] = true
		}
		if got := quoteWords(q); !slices.Equal(got, sortedWords(want)) {
			t.Errorf("quoteWords(%q) = %q, want %q", q, got, sortedWords(want))
		}
	}
}

// FuzzIndexQuoteRune: indexQuoteRune finds what strings.IndexFunc finds
// with isQuoteRune and notQuoteRune.
func FuzzIndexQuoteRune(f *testing.F) {
	for _, s := range []string{"", "  --well", "\"Żółć\" said he", "\xff\xfeab", "a\u00a0b 12,3", "—“quoted”—"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexQuoteRune(s, true), strings.IndexFunc(s, isQuoteRune); got != want {
			t.Fatalf("%q: word at %d, want %d", s, got, want)
		}
		if got, want := indexQuoteRune(s, false), strings.IndexFunc(s, notQuoteRune); got != want {
			t.Fatalf("%q: gap at %d, want %d", s, got, want)
		}
	})
}
