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
		{"far", NewWord(MaxWordOffset-3, MaxWordOffset, "Abc", "abc", true, false), MaxWordOffset - 3, MaxWordOffset, "Abc", "abc", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := tc.w
			if w.Start() != tc.start || w.End() != tc.end || w.Text() != tc.text || w.Lower() != tc.lower || w.Cap() != tc.wantCap || w.Punct() != tc.wantPunc {
				t.Errorf("got %v, want {%d %d %q %q cap=%v punct=%v}", w, tc.start, tc.end, tc.text, tc.lower, tc.wantCap, tc.wantPunc)
			}
		})
	}
	if s := unsafe.Sizeof(Word{}); s != 40 {
		t.Errorf("Word is %d bytes, want 40", s)
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
		text       string
	}{
		{"negative start", -1, 0, "x"},
		{"end too far", MaxWordOffset, MaxWordOffset + 1, "x"},
		{"not its span", 0, 0, "word"},
		{"span too long", 2, 5, "no"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("NewWord(%d, %d, %q) did not panic", tc.start, tc.end, tc.text)
				}
			}()
			NewWord(tc.start, tc.end, tc.text, tc.text, false, false)
		})
	}
}

// TestAppendWordsLowerSharesOneBuffer: sentences tokenized one after
// another into one lower-case buffer (grown on the way, then reused from
// the start for the next text) give the words Words gives, each sentence's
// checked once all of its text's sentences are in.
func TestAppendWordsLowerSharesOneBuffer(t *testing.T) {
	texts := []string{
		"The U.S. drone. İstanbul’da ÜNAL said. Ⱥb Cc.",
		strings.Repeat("GOVERNOR Greg ABBOTT of TEXAS. ", 60),
		"no capitals here. none at all.",
	}
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 1, 0, 1}} {
		var low []byte
		var words []Word
		for _, k := range order {
			in := texts[k]
			low, words = low[:0], words[:0] // the previous text's words are done with
			var ends []int
			sents := Split(in, 0, len(in))
			for _, s := range sents {
				words, low = AppendWordsLower(words, low, in, s.Start, s.End)
				ends = append(ends, len(words))
			}
			from := 0
			for i, s := range sents {
				if want := Words(in, s.Start, s.End); !EqualWords(words[from:ends[i]], want) && len(want) > 0 {
					t.Errorf("order %v, text %d, sentence %d:\n got  %v\n want %v", order, k, i, words[from:ends[i]], want)
				}
				from = ends[i]
			}
		}
	}
}
