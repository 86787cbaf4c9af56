package lang

import (
	"strings"
	"testing"
)

// TestWordTableAnswersAsTheMap: for every function word and for words
// that are none (near misses, prefixes, longer words, other scripts), the
// table gives the map's languages.
func TestWordTableAnswersAsTheMap(t *testing.T) {
	words := []string{"x", "zz", "thee", "tha", "th", "ofthe", "said", "президент", "tarafında", "tarafındanx",
		"aaaaaaaaaaaaaaaa", "élan", "été", "ée", "über", "uber", "dell", "dellaa", "q"}
	for w := range functionWords {
		words = append(words, w, w+"s", "a"+w, w[:len(w)-1], strings.Repeat(w, 2))
	}
	for _, w := range words {
		if len(w) == 0 || len(w) > maxKeyBytes {
			continue
		}
		k := keyOf([]byte(w))
		if got, want := functionTable.lookup(k.lo, k.hi), functionWords[w]; got != want {
			t.Errorf("lookup(%q) = %b, want %b", w, got, want)
		}
	}
}

// TestKeyOf: two words have the same key only when they are the same.
func TestKeyOf(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"the", "the", true},
		{"the", "thee", false},
		{"abcdefgh", "abcdefghi", false},
		{"abcdefghijklmnop", "abcdefghijklmnoq", false},
		{"été", "ete", false},
	} {
		if got := keyOf([]byte(tc.a)) == keyOf([]byte(tc.b)); got != tc.same {
			t.Errorf("keyOf(%q) == keyOf(%q): %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func BenchmarkWordTable(b *testing.B) {
	keys := []wordKey{keyOf([]byte("the")), keyOf([]byte("storm")), keyOf([]byte("de")), keyOf([]byte("officials"))}
	b.SetBytes(int64(len("thestormdeofficials")))
	for b.Loop() {
		for _, k := range keys {
			functionTable.lookup(k.lo, k.hi)
		}
	}
}

// TestFilterHoldsEveryFunctionWord: the filter never turns a function
// word away, and it turns most other words of English news away.
func TestFilterHoldsEveryFunctionWord(t *testing.T) {
	for w := range functionWords {
		if !functionFilter.mayHold(len(w), w[0], w[len(w)-1]) {
			t.Errorf("filter turns %q away", w)
		}
	}
	kept, others := 0, 0
	for _, w := range strings.Fields(strings.ToLower(englishNews + " " + englishWithQuote)) {
		w = strings.Trim(w, `.,"`)
		if _, ok := functionWords[w]; ok || w == "" || len(w) > maxKeyBytes {
			continue
		}
		others++
		if functionFilter.mayHold(len(w), w[0], w[len(w)-1]) {
			kept++
		}
	}
	if kept*2 > others {
		t.Errorf("filter keeps %d of %d other words", kept, others)
	}
}
