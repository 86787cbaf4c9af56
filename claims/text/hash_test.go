package text

import (
	"hash/fnv"
	"strings"
	"testing"
)

// foldedHashRef is what FoldedHash must equal: FNV-1a over the fields
// joined by single spaces.
func foldedHashRef(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(strings.Join(strings.Fields(s), " ")))
	return h.Sum64()
}

func TestFoldedHash(t *testing.T) {
	cases := []struct{ name, text string }{
		{"empty", ""},
		{"spaces only", " \t\n "},
		{"one word", "quake"},
		{"runs of spaces", "  The quake\n\nstruck   at dawn. "},
		{"vertical tab and form feed", "a\vb\fc\rd"},
		{"no-break and ideographic spaces", "a\u00a0b\u3000c\u2009d"},
		{"next line U+0085", "a\u0085b"},
		{"non-space Unicode", "Zürich’s “mayor” — said"},
		{"invalid UTF-8", "a\xffb \xc3 c"},
		{"U+FEFF is not a space", "a\ufeffb"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, want := FoldedHash(c.text), foldedHashRef(c.text); got != want {
				t.Errorf("FoldedHash(%q) = %x, want %x", c.text, got, want)
			}
		})
	}
	if FoldedHash("a  b") != FoldedHash("a\nb") || FoldedHash("ab") == FoldedHash("a b") {
		t.Error("white space must fold to one space, and only white space")
	}
}

func FuzzFoldedHash(f *testing.F) {
	for _, s := range []string{"", " a ", "a\u00a0\u2028b", "\xff \xfe", "The  quake\tstruck."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldedHash(s), foldedHashRef(s); got != want {
			t.Errorf("FoldedHash(%q) = %x, want %x", s, got, want)
		}
	})
}

func BenchmarkFoldedHash(b *testing.B) {
	s := strings.Repeat("The quake struck  the  coastal town at dawn,\n killing 12 people. ", 4)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		FoldedHash(s)
	}
}
