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

// TestFoldedHashPair: the pair is FoldedHash of each, whether both, one or
// neither is plain, and whatever their lengths.
func TestFoldedHashPair(t *testing.T) {
	texts := []string{
		"", " ", "a", "The quake struck.", "The  quake", " lead", "trail ",
		"exactly8", "exactly8 bytes!!", "sixteen bytes ok", "a\tb", "a\nb",
		"Zürich’s “mayor” — said 12 people", "no-break\u00a0space", "thin\u2009space",
		"ideographic\u3000space", "ogham\u1680space", "next\u0085line", "bad \xe2\x80 utf8",
		"\xe2", "ends in lead \xc2", "a b c d e f g h i j k l m n o p q r s t u v w x y z",
		"spaces  straddle8", "1234567 89", "1234567  9", "DEL\x7fbyte",
	}
	for _, a := range texts {
		for _, b := range texts {
			ha, hb := FoldedHashPair(a, b)
			if ha != FoldedHash(a) || hb != FoldedHash(b) {
				t.Errorf("FoldedHashPair(%q, %q) = %x, %x, want %x, %x", a, b, ha, hb, FoldedHash(a), FoldedHash(b))
			}
		}
	}
}

// TestIsPlain: plain text hashes as its own bytes.
func TestIsPlain(t *testing.T) {
	cases := []struct {
		text  string
		plain bool
	}{
		{"", false},
		{"The quake struck at dawn, killing 12.", true},
		{"Zürich’s “mayor” — said", true},
		{"The  quake", false},
		{"spaces  straddle8", false},
		{"1234567  9", false},
		{" lead", false},
		{"trail ", false},
		{"a\tb", false},
		{"a long line\nwith a break", false},
		{"no-break\u00a0space in a longer line", false},
		{"narrow\u202fno-break", false},
		{"invalid \xff byte", true},
	}
	for _, c := range cases {
		if got := isPlain(c.text); got != c.plain {
			t.Errorf("isPlain(%q) = %v, want %v", c.text, got, c.plain)
		}
		if c.plain && FoldedHash(c.text) != fnvFrom(fnvOffset64, c.text) {
			t.Errorf("%q is plain but its folded hash is not its own", c.text)
		}
	}
}

func FuzzFoldedHashPair(f *testing.F) {
	f.Add("The quake struck.", "Zürich’s “mayor”")
	f.Add("a  b", "a\u00a0b")
	f.Add("", " x ")
	f.Fuzz(func(t *testing.T, a, b string) {
		ha, hb := FoldedHashPair(a, b)
		if ha != foldedHashRef(a) || hb != foldedHashRef(b) {
			t.Errorf("FoldedHashPair(%q, %q) = %x, %x, want %x, %x", a, b, ha, hb, foldedHashRef(a), foldedHashRef(b))
		}
		if isPlain(a) && fnvFrom(fnvOffset64, a) != foldedHashRef(a) {
			t.Errorf("%q is not plain", a)
		}
	})
}

// BenchmarkFoldedHashPair hashes the sentences of the batch
// (CLAIMCHECK_BATCH) two at a time, as the sentence stage does;
// BenchmarkFoldedHashBatch one at a time.
func BenchmarkFoldedHashPair(b *testing.B) {
	doc := batchText(b)
	sents := Split(doc, 0, len(doc))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		for k := 0; k+1 < len(sents); k += 2 {
			FoldedHashPair(doc[sents[k].Start:sents[k].End], doc[sents[k+1].Start:sents[k+1].End])
		}
	}
}

func BenchmarkFoldedHashBatch(b *testing.B) {
	doc := batchText(b)
	sents := Split(doc, 0, len(doc))
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		for _, s := range sents {
			FoldedHash(doc[s.Start:s.End])
		}
	}
}
