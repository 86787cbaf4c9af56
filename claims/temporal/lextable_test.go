package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestLexTable checks that the tables (lexTable, and shortLex for words
// of up to eight letters) answer as the lexicon map for every
// key a word can match and for words that are not keys, in lower, upper
// and title case, each read both from a text that goes on after the word
// (the packing's eight-byte load) and from one that ends with it.
func TestLexTable(t *testing.T) {
	words := []string{"x", "novembers", "yesterdays", "weekends", "jun", "junk", "the",
		"thee", "zzzzzzzzzzzzzzzz", "abcdefghijklmnop", "approximatelyy", "mondayz", "a", "z",
		"abcdefgh", "abcdefghi", "sevenths", "eighteen", "nineteens"}
	for w := range lexicon {
		words = append(words, w, w+"s", w[:len(w)-1], "x"+w)
	}
	for _, w := range words {
		if len(w) > maxWord || !isLowerLetters(w) {
			continue
		}
		want := lexicon[w]
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, text := range []string{form, form + " and more text", "(" + form + "),.;:!?-0123456789"} {
				start := strings.Index(text, form)
				if got := lexTable.lookupFold(text, start, start+len(form)); got != want {
					t.Errorf("lookupFold(%q in %q) = %+v, the lexicon says %+v", form, text, got, want)
				}
				if len(form) > 8 {
					continue
				}
				if lo, _ := packFold(text, start, start+len(form)); shortLex.lookup(lo) != want {
					t.Errorf("shortLex.lookup(%q in %q) = %+v, the lexicon says %+v", form, text, shortLex.lookup(lo), want)
				}
			}
		}
	}
}

// TestNonLetters checks the eight-byte letter test against byteClass for
// every byte in every position.
func TestNonLetters(t *testing.T) {
	for c := 0; c < 256; c++ {
		for k := 0; k < 8; k++ {
			b := []byte("abcdefgh")
			b[k] = byte(c)
			m := nonLetters(load8(string(b), 0))
			want := uint64(0)
			if byteClass[c] != bLetter {
				want = 0x80 << (8 * k)
			}
			if m != want {
				t.Fatalf("nonLetters with %#x at %d = %#x, want %#x", c, k, m, want)
			}
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

// TestEqualFoldASCII checks the byte compare of finder.is against
// strings.EqualFold for lower-case ASCII words and texts of their length.
func TestEqualFoldASCII(t *testing.T) {
	words := []string{"a", "o", "s", "in", "at", "of", "st", "year", "these", "century", "k", "ss"}
	texts := []string{"A", "a", "O", "@", "`", "[", "{", "\r", "In", "iN", "AT", "Of", "oF", "ST", "YEAR", "Year",
		"yeaR", "yea", "THESE", "Century", "CENTURY", "\u212a", "\u017f", "K", "S", "\xff", "\xc3\xa9", "Ss", "sS", "\u017fs"}
	for _, w := range words {
		for _, s := range append(texts, w, strings.ToUpper(w)) {
			if len(s) != len(w) {
				continue
			}
			if got, want := equalFoldASCII(s, w), strings.EqualFold(s, w); got != want {
				t.Errorf("equalFoldASCII(%q, %q) = %v, strings.EqualFold says %v", s, w, got, want)
			}
		}
	}
}

// TestAbbreviationsHaveTheirShape: mayAbbreviate, which spares the map
// look-up, lets every abbreviation through.
func TestAbbreviationsHaveTheirShape(t *testing.T) {
	for w := range abbreviations {
		if !mayAbbreviate(w) {
			t.Errorf("mayAbbreviate(%q) = false", w)
		}
	}
}

// TestShortLexHoldsEveryShortKey: every lexicon key of one to eight
// letters is in one of its two slots, and no other key is in the table.
func TestShortLexHoldsEveryShortKey(t *testing.T) {
	n := 0
	for w, e := range lexicon {
		if len(w) > 8 || !isLowerLetters(w) {
			continue
		}
		n++
		if lo, _ := packFold(w, 0, len(w)); shortLex.lookup(lo) != e {
			t.Errorf("shortLex.lookup(%q) = %+v, want %+v", w, shortLex.lookup(lo), e)
		}
	}
	held := 0
	for _, k := range shortLex.keys {
		if k != 0 {
			held++
		}
	}
	if held != n || shortLex.n != n+1 {
		t.Errorf("shortLex holds %d keys and %d entries, want %d", held, shortLex.n-1, n)
	}
}

// TestAppendWordMatchesAnyWord checks appendWord's one-load path against
// appendAnyWord, which reads every word, at each word start of texts
// whose words end at every distance from the end of the text, before
// ASCII and multi-byte marks, in either case.
func TestAppendWordMatchesAnyWord(t *testing.T) {
	texts := []string{
		"On Monday, the 3 days of November ended.",
		"Tuesday\tweek; SEPT 5 noon. Yesterday's talks",
		"a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh iiiiiiiii",
		"Mai–juin é week—end Now",
		"January februaryX fiscal\u00a0quarter",
		"Wednesday’s afternoons; Thanksgiving, SEPTEMBER yesterday", "fortnightly\u00e9",
		"x", "ab", "today", "tonight", "weekend", "nineteen", "afternoons", "quarterly",
	}
	for _, text := range texts {
		for pos := 0; pos < len(text); pos++ {
			if byteClass[text[pos]] != bLetter || pos > 0 && byteClass[text[pos-1]] == bLetter {
				continue
			}
			got, gotEnd, gotHead := appendWord(nil, text, pos)
			want, wantEnd, wantHead := appendAnyWord(nil, text, pos)
			if gotEnd != wantEnd || gotHead != wantHead || got[0] != want[0] {
				t.Errorf("%q at %d: appendWord %+v %d %v, appendAnyWord %+v %d %v",
					text, pos, got[0], gotEnd, gotHead, want[0], wantEnd, wantHead)
			}
		}
	}
}
