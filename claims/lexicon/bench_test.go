package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// benchWords mixes hits and misses the way an extractor's capitalised
// phrases do.
var benchWords = strings.Fields(`United States U.S. Italians Libya Rome Kyiv Mumbai California Calif.
	Minister Army Square Smith Jones Monday the officials said Deputy Emirati Britons Tripoli NYC
	Kenya Nairobi Congolese Security Council Airport Brazil Paris London Bogotá Zürich ministry`)

func benchBytes() int64 {
	n := 0
	for _, w := range benchWords {
		n += len(w) + 1
	}
	return int64(n)
}

// BenchmarkLookup runs each lookup over a sample of words; bytes are the
// words' lengths, so MB/s compares with the pipeline's 25 MB/s budget
// (an extractor calls one or two of them per capitalised phrase, not all).
func BenchmarkLookup(b *testing.B) {
	lookups := []struct {
		name string
		fn   func(string)
	}{
		{"CountryByName", func(w string) { CountryByName(w) }},
		{"CountryByDemonym", func(w string) { CountryByDemonym(w) }},
		{"CityByName", func(w string) { CityByName(w) }},
		{"RegionByName", func(w string) { RegionByName(w) }},
		{"IsTitleWord", func(w string) { IsTitleWord(w) }},
		{"IsOrgHead", func(w string) { IsOrgHead(w) }},
		{"IsPlaceHead", func(w string) { IsPlaceHead(w) }},
	}
	for _, l := range lookups {
		b.Run(l.name, func(b *testing.B) {
			l.fn("warm up")
			b.SetBytes(benchBytes())
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range benchWords {
					l.fn(w)
				}
			}
		})
	}
}

// BenchmarkTitle calls Title at every word start of a sample sentence.
func BenchmarkTitle(b *testing.B) {
	words := strings.Fields("the Deputy Assistant Secretary of State met Foreign Minister Smith and Lt. Gen. Jones on Monday while Chief Executive Officer Doe said nothing")
	b.SetBytes(benchBytes())
	b.ReportAllocs()
	for b.Loop() {
		for i := range words {
			Title(words[i:])
		}
	}
}

// FuzzLookup feeds arbitrary text to every lookup: none may panic, Title
// must stay within its input, and what is found must be a real entry.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"U.S.", "the Netherlands", "Côte d’Ivoire", "Italians", "Lt. Gen. Smith",
		"Secretary-General", "'s", "’", "the ", "...", "\xff\xfe", "Deputy Deputy Deputy Deputy Minister",
		strings.Repeat("a", 300), "Mass.", "São Paulo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, ok := CountryByName(s); ok && c.Code == "" {
			t.Fatalf("CountryByName(%q) gave an empty country", s)
		}
		if c, ok := CountryByDemonym(s); ok && c.Code == "" {
			t.Fatalf("CountryByDemonym(%q) gave an empty country", s)
		}
		CountryByCapital(s)
		CountryByCode(s)
		if c, ok := CityByName(s); ok && c.Name == "" {
			t.Fatalf("CityByName(%q) gave an empty city", s)
		}
		RegionByName(s)
		IsTitleWord(s)
		IsOrgHead(s)
		IsPlaceHead(s)
		words := strings.Fields(s)
		n, ok := Title(words)
		if n < 0 || n > len(words) || ok != (n > 0) {
			t.Fatalf("Title(%q) = %d, %v", words, n, ok)
		}
		key, keyOK := foldKey(nil, s)
		if keyOK && !utf8.Valid(key) && utf8.ValidString(s) {
			t.Fatalf("foldKey(%q) = %q, invalid UTF-8", s, key)
		}
	})
}
