package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestLexTable checks that the table answers as the lexicon map for every
// key a word can match and for words that are not keys.
func TestLexTable(t *testing.T) {
	words := []string{"", "x", "novembers", "yesterdays", "weekends", "jun", "junk", "the",
		"thee", "zzzzzzzzzzzzzzzz", "abcdefghijklmnop", "approximatelyy", "mondayz", "a", "z"}
	for w := range lexicon {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		if len(w) > maxWord || !isLowerLetters(w) {
			continue
		}
		if got, want := lexTable.lookup([]byte(w), hashWord(w)), lexicon[w]; got != want {
			t.Errorf("lookup(%q) = %+v, the lexicon says %+v", w, got, want)
		}
	}
}

// TestLookupFold checks that a word in any case is found as its lower case.
func TestLookupFold(t *testing.T) {
	for _, w := range []string{"November", "NOVEMBER", "nOvEmBeR", "The", "a", "A", "Xyz", "Weekends"} {
		if got, want := lexTable.lookupFold(w), lexicon[strings.ToLower(w)]; got != want {
			t.Errorf("lookupFold(%q) = %+v, the lexicon says %+v", w, got, want)
		}
	}
}

// TestPad checks the tables pad cuts from against formatting the number.
func TestPad(t *testing.T) {
	for _, c := range []struct{ n, width int }{{0, 2}, {7, 2}, {42, 2}, {99, 2}, {100, 2}, {-1, 2},
		{0, 4}, {7, 4}, {1999, 4}, {9999, 4}, {10000, 4}, {-3, 4}, {5, 3}, {123, 1}} {
		want := strconv.Itoa(c.n)
		for len(want) < c.width {
			want = "0" + want
		}
		if got := pad(c.n, c.width); got != want {
			t.Errorf("pad(%d, %d) = %q, want %q", c.n, c.width, got, want)
		}
	}
	for n := range 10000 {
		if got, want := pad(n, 4), fmt.Sprintf("%04d", n); got != want {
			t.Fatalf("pad(%d, 4) = %q, want %q", n, got, want)
		}
	}
}
