package numbers

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestAppendFindIsFind: AppendFind adds to what dst holds exactly what
// Find returns, and leaves dst's own figures as they were.
func TestAppendFindIsFind(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	prior := []Number{{Start: 1, End: 2, Text: "x", Lo: 9, Hi: 9, Kind: KindCount}}
	tests := []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"no figure", "Nothing here counts anything at all."},
		{"one figure", "At least 12 people were killed."},
		{"several", "Between 10 and 20 homes, €110bn and 3-1 at 09:45."},
		{"article", string(article)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, dst := range [][]Number{nil, append([]Number(nil), prior...), make([]Number, 1, 64)} {
				before := append([]Number(nil), dst...)
				got := AppendFind(dst, tc.text)
				if len(before) > 0 && !reflect.DeepEqual(got[:len(before)], before) {
					t.Fatalf("AppendFind changed dst's figures: %v", got[:len(before)])
				}
				want := Find(tc.text)
				if rest := got[len(before):]; len(rest) != len(want) || len(want) > 0 && !reflect.DeepEqual(rest, want) {
					t.Fatalf("AppendFind added %v, Find gives %v", rest, want)
				}
			}
		})
	}
}

// BenchmarkAppendFindPerSentence is BenchmarkFindPerSentence with the
// figures of every sentence gathered in one reused buffer, as the number
// stage does.
func BenchmarkAppendFindPerSentence(b *testing.B) {
	article, err := os.ReadFile(filepath.Join("testdata", "prose.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(article)+"\n", 1<<20/len(article)+1)
	sents := strings.Split(text, ". ")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var all []Number
	for b.Loop() {
		all = all[:0]
		for _, s := range sents {
			all = AppendFind(all, s)
		}
	}
}

// TestByteClassIsDigitAndLetter: the table answers as isDigit and isLetter
// for every byte, and wordEnd as lettersEnd.
func TestByteClassIsDigitAndLetter(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := classOther
		switch {
		case isDigit(byte(c)):
			want = classDigit
		case isLetter(byte(c)):
			want = classLetter
		}
		if got := byteClass[c]; int(got) != want {
			t.Fatalf("byteClass[%#x] = %d, want %d", c, got, want)
		}
	}
	for _, s := range []string{"", "abc", "ab1", "Zz z", "é", "aé", "x\xff", "AZaz[`@{"} {
		for i := 0; i <= len(s); i++ {
			if got, want := wordEnd(s, i), lettersEnd(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestShapeIndexIsShape: the flat table answers as numberWordShape for
// every pair of letters in either case.
func TestShapeIndexIsShape(t *testing.T) {
	for a := range 26 {
		for b := range 26 {
			want := numberWordShape[a][b]
			for _, c0 := range []byte{byte('a' + a), byte('A' + a)} {
				for _, c1 := range []byte{byte('a' + b), byte('A' + b)} {
					if got := numberWordShapeByBytes[shapeIndex(c0, c1)]; got != want {
						t.Fatalf("%c%c: %b, want %b", c0, c1, got, want)
					}
				}
			}
		}
	}
}
