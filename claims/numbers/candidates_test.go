package numbers

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nextCandidateByByte is the scanner's walk before candidates: byte by
// byte, a digit or the start of a number word.
func nextCandidateByByte(t string, i int) (int, bool) {
	for ; i < len(t); i++ {
		switch {
		case isDigit(t[i]):
			return i, true
		case isLetter(t[i]) && (i == 0 || !isAlnum(t[i-1])):
			if _, ok := numberWord(t[i:lettersEnd(t, i)]); ok {
				return i, false
			}
		}
	}
	return -1, false
}

// nextStop is where the scanner stops: a candidate that is no number word
// is passed over to its end, as atWord does.
func nextStop(t string, i int) (int, bool) {
	for {
		p, d := nextCandidate(t, i)
		if p < 0 || d {
			return p, d
		}
		end := lettersEnd(t, p)
		if _, ok := numberWord(t[p:end]); ok {
			return p, d
		}
		i = end
	}
}

func checkCandidates(t *testing.T, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		p, d := nextStop(text, i)
		wp, wd := nextCandidateByByte(text, i)
		if p != wp || d != wd {
			t.Fatalf("nextStop(%q, %d) = %d %v, want %d %v", text, i, p, d, wp, wd)
		}
	}
}

// TestNextCandidate: from every start, the eight-byte search stops where
// the byte walk does (with words it lets through that atWord rejects).
func TestNextCandidate(t *testing.T) {
	article, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []string{
		"", "1", "a", "one", "ten", "Thirty-five", "the 3rd", "A320 and F-16", "fifty5 5fifty",
		"xxxxxxxtwo", "xxxxxxx two", "€110bn", "twenty\u00a0one", "SEVENTY", "ab1cd two",
		"Thousands of people, hundreds\tof homes; dozens.", strings.Repeat("x", 17) + "nine",
		"caf\u00e9 three Ölfeld twelve", string(article[:min(len(article), 3000)]),
	}
	for _, tc := range tests {
		checkCandidates(t, tc)
	}
}

func FuzzNextCandidate(f *testing.F) {
	for _, s := range []string{"one two 3", "Fifty-five 12,000 people", "x\u00e9ten"} {
		f.Add(s)
	}
	f.Fuzz(checkCandidates)
}

// BenchmarkNextCandidate is the search for candidates alone over news
// prose, stepping over each as the scanner steps over what it rejects.
func BenchmarkNextCandidate(b *testing.B) {
	article, err := os.ReadFile(filepath.Join("testdata", "prose.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(article)+"\n", 1<<20/len(article)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for i := 0; i < len(text); {
			p, digit := nextCandidate(text, i)
			if p < 0 {
				break
			}
			if digit {
				i = digitsEnd(text, p)
			} else {
				i = lettersEnd(text, p)
			}
		}
	}
}

// TestSkipSpacesBackLastByteFirst: skipSpacesBack, which tests a byte
// before the wide spaces that may end at it, answers as trying each space
// in turn did, for every string of up to five of the bytes that matter.
func TestSkipSpacesBackLastByteFirst(t *testing.T) {
	reference := func(t string, i int) int {
		for i > 0 {
			switch {
			case t[i-1] == ' ' || t[i-1] == '\t':
				i--
			case i >= 2 && t[i-2] == 0xC2 && t[i-1] == 0xA0:
				i -= 2
			case i >= 3 && t[i-3] == 0xE2 && t[i-2] == 0x80 && t[i-1] == 0xAF:
				i -= 3
			default:
				return i
			}
		}
		return i
	}
	alphabet := []byte{' ', '\t', 0xC2, 0xA0, 0xE2, 0x80, 0xAF, 'a'}
	var walk func(b []byte)
	walk = func(b []byte) {
		s := string(b)
		for i := 0; i <= len(s); i++ {
			if got, want := skipSpacesBack(s, i), reference(s, i); got != want {
				t.Fatalf("skipSpacesBack(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		if len(b) == 5 {
			return
		}
		for _, c := range alphabet {
			walk(append(b, c))
		}
	}
	walk(nil)
}
