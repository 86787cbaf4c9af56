package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkLowerAligned: an aligned result is strings.ToLower of s, of the
// same length; a refusal has a reason (invalid UTF-8, or a rune whose
// lower case has another length).
func checkLowerAligned(t *testing.T, s string) {
	low, ok := LowerAligned(s)
	if ok {
		if want := strings.ToLower(s); low != want || len(low) != len(s) {
			t.Fatalf("LowerAligned(%q) = %q, want %q", s, low, want)
		}
		return
	}
	for _, r := range s {
		if r == utf8.RuneError || utf8.RuneLen(unicode.ToLower(r)) != utf8.RuneLen(r) {
			return
		}
	}
	t.Fatalf("LowerAligned(%q) refused an aligned text", s)
}

func TestLowerAligned(t *testing.T) {
	for _, s := range []string{"", "abc", "The U.S. Army", "Ünal İSTANBUL", "\u212a K", "\xff bad", "ÀÉÎ õ"} {
		checkLowerAligned(t, s)
	}
}

func FuzzLowerAligned(f *testing.F) {
	f.Add("The U.S. Army")
	f.Add("Ünal İSTANBUL \u212a \xff")
	f.Fuzz(checkLowerAligned)
}

func BenchmarkLowerAligned(b *testing.B) {
	s := strings.Repeat("Senior officials met the Commander on Sunday, Nov. 24, in the capital. ", 4)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		LowerAligned(s)
	}
}

// FuzzScanWordFold: the flag scanWord returns is needsLower of the word
// it scanned, which appendWords relies on to lower-case only such words.
func FuzzScanWordFold(f *testing.F) {
	f.Add("Haftar's U.S. drone, shot-down 1.5 #Libya Ünal İstanbul’da x.Y.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range Words(s, 0, len(s)) {
			if w.Punct() {
				continue
			}
			end, fold := scanWord(s, w.Start(), len(s))
			if end != w.End() || fold != needsLower(w.Text()) {
				t.Fatalf("scanWord(%q, %d) = %d, %v; want %d, %v", s, w.Start(), end, fold, w.End(), needsLower(w.Text()))
			}
		}
	})
}
