package lang

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// scanByWord is scan as it was before asciiWord: every word read by word,
// byte by byte. The fast path must count exactly as it does.
func scanByWord(text string) tally {
	var t tally
	for i := 0; i < len(text); {
		if c := text[i]; c < 0x80 && !isASCIILetter(c) {
			i++
			continue
		}
		i = t.word(text, i)
	}
	return spread(t)
}

func scanFast(text string) tally {
	var t tally
	t.scan(text)
	return spread(t)
}

// spread gives t's counts per language, and drops the counts per language
// set they were made of: the count of words of no language, kept only by
// the word-by-word scan, means nothing.
func spread(t tally) tally {
	t.spreadSetHits()
	t.setHits = [maxSetIDs]int{}
	return t
}

// scanTexts are texts the fast path must agree on: words at the very end,
// of 7 to 17 bytes, running on into accents, mixed case, invalid bytes.
var scanTexts = []string{
	"", "a", "The", "the end", "THE", "between", "Between!", "betweenness",
	"aaaaaaaa", "aaaaaaaab", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqr s",
	"café de la paix", "naïve", "Zürich und die", "l'armée", "x\xffy", "and\u0301", "ÉTÉ et",
	"word1word2", "a-b_c@d", strings.Repeat("of the ", 10) + "AND",
	englishNews, spanishNews, germanNews, frenchNews, russianNews, englishWithNames,
}

func TestFastScanCountsAsWordByWord(t *testing.T) {
	texts := append([]string(nil), scanTexts...)
	for _, pattern := range []string{"../../fixtures/*/*.txt", "../../../shared/seeds/*.txt"} {
		m, _ := filepath.Glob(pattern)
		for _, p := range m {
			if data, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(data))
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "B", "of", "The", " ", ".", "é", "Ж", "\xff", "'", "1", "\n", "zz", "AND", "und"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := scanFast(text), scanByWord(text); got != want {
			t.Fatalf("%.60q: scan %+v, word by word %+v", text, got, want)
		}
	}
}

func FuzzFastScan(f *testing.F) {
	for _, s := range scanTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := scanFast(text), scanByWord(text); got != want {
			t.Fatalf("scan %+v, word by word %+v", got, want)
		}
	})
}

func TestAsciiKeyIsKeyOf(t *testing.T) {
	for _, text := range []string{"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh"} {
		for i := range len(text) {
			for n := 1; n <= maxWordBytes && i+n <= len(text); n++ {
				lo, hi := asciiKey(text, i, n)
				want := keyOf([]byte(strings.ToLower(text[i : i+n])))
				if lo != want.lo || hi != want.hi {
					t.Errorf("asciiKey(%q, %d, %d) = %x %x, want %x %x", text, i, n, lo, hi, want.lo, want.hi)
				}
			}
		}
	}
}
