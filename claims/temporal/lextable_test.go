package temporal

import "testing"

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
