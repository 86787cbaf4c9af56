package text

import (
	"strings"
	"testing"
	"unsafe"
)

// TestWordAccessors: a word made by NewWord or by the tokenizer gives back
// its offsets, text, lower case and flags through its accessors.
func TestWordAccessors(t *testing.T) {
	for _, tc := range []struct {
		name              string
		w                 Word
		start, end        int
		text, lower       string
		wantCap, wantPunc bool
	}{
		{"zero", Word{}, 0, 0, "", "", false, false},
		{"plain", NewWord(3, 8, "drone", "drone", false, false), 3, 8, "drone", "drone", false, false},
		{"capital", NewWord(0, 4, "U.S.", "u.s.", true, false), 0, 4, "U.S.", "u.s.", true, false},
		{"punct", NewWord(9, 10, ",", ",", false, true), 9, 10, ",", ",", false, true},
		{"both flags", NewWord(1, 2, "X", "x", true, true), 1, 2, "X", "x", true, true},
		{"longer lower", NewWord(5, 7, "Ⱥ", "ⱥ", true, false), 5, 7, "Ⱥ", "ⱥ", true, false},
		{"not a span", NewWord(0, 0, "word", "word", false, false), 0, 0, "word", "word", false, false},
		{"far", NewWord(MaxWordOffset-3, MaxWordOffset, "Abc", "abc", true, false), MaxWordOffset - 3, MaxWordOffset, "Abc", "abc", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.w
			if w.Start() != tc.start || w.End() != tc.end || w.Text() != tc.text || w.Lower() != tc.lower || w.Cap() != tc.wantCap || w.Punct() != tc.wantPunc {
				t.Errorf("got %v, want {%d %d %q %q cap=%v punct=%v}", w, tc.start, tc.end, tc.text, tc.lower, tc.wantCap, tc.wantPunc)
			}
		})
	}
	if s := unsafe.Sizeof(Word{}); s != 32 {
		t.Errorf("Word is %d bytes, want 32", s)
	}
}

// TestTokenizerWordsAreSpans: every word the tokenizer makes is its span
// of the text, lower-cased as strings.ToLower does, in a sentence cut from
// the middle of a text (offsets are the text's).
func TestTokenizerWordsAreSpans(t *testing.T) {
	for _, in := range []string{
		"Prefix. Haftar's U.S. drone, “Ⱥb” İx DD\xffEe – shot-down 1.5 #Libya.",
		"ÜNAL said ‘no’ — Mr. \u212a. left.",
	} {
		from := strings.IndexByte(in, ' ') + 1
		for _, w := range Words(in, from, len(in)) {
			if w.Text() != in[w.Start():w.End()] || w.Lower() != strings.ToLower(w.Text()) {
				t.Errorf("%q: word %v is not its span %q lower-cased", in, w, in[w.Start():w.End()])
			}
		}
	}
}

func TestNewWordRejectsOutOfRange(t *testing.T) {
	for _, tc := range []struct {
		name       string
		start, end int
	}{
		{"negative start", -1, 2},
		{"negative end", 0, -2},
		{"end too far", 0, MaxWordOffset + 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("NewWord(%d, %d) did not panic", tc.start, tc.end)
				}
			}()
			NewWord(tc.start, tc.end, "x", "x", false, false)
		})
	}
}
