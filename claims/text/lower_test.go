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
