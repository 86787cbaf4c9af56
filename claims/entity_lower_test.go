package claims

import (
	"strings"
	"testing"
)

// normKeyRef is normKey as it was, the long way for every input.
func normKeyRef(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, ".", "")
	return strings.Join(strings.Fields(s), " ")
}

var lowerCases = []string{
	"", "The", "THE", "the capital", "The  Hague", " the x ", "the", "the ", "U.S.", "U. S. Embassy", ".the x",
	". x", "Acme\tRobotics\nAB", "Smith’s", "Zürich", "São Tomé", "İstanbul", "KELVIN", "\u212a", "Ünion Bank",
	"Province", "PROVINCE", "province", "Mayday", "Eindhoven-Based", "UN-BACKED", "x-led", "Inc.", "CO.", "Excellency",
	"Foreign", "Substitute", "Monday", "mr", strings.Repeat("Long", 20), strings.Repeat("a ", 70), "\x00A\x7f",
	"a\u00a0b", "the\u00a0x", "\xff\xfe",
}

// TestLowerLookups: the stack-buffer lookups answer as strings.ToLower.
func TestLowerLookups(t *testing.T) {
	sets := map[string]map[string]bool{"stopwords": stopwords, "regionHeads": regionHeads, "roleNouns": roleNouns,
		"portfolioWords": portfolioWords, "corporateSuffixes": corporateSuffixes, "calendarWords": calendarWords}
	for _, w := range lowerCases {
		for name, set := range sets {
			// Every key of the set, and each case form of it, is asked too.
			for _, q := range []string{w, strings.ToUpper(w), strings.Title(w)} { //nolint:staticcheck // a case form to test
				if got, want := inLower(set, q), set[strings.ToLower(q)]; got != want {
					t.Errorf("inLower(%s, %q) = %v, want %v", name, q, got, want)
				}
			}
		}
		if got, want := inLowerEither(regionHeads, settlementHeads, w), regionHeads[strings.ToLower(w)] || settlementHeads[strings.ToLower(w)]; got != want {
			t.Errorf("inLowerEither(%q) = %v, want %v", w, got, want)
		}
		for _, suf := range []string{"-based", "-backed", "ly", ""} {
			if got, want := hasLowerSuffix(w, suf), strings.HasSuffix(strings.ToLower(w), suf); got != want {
				t.Errorf("hasLowerSuffix(%q, %q) = %v, want %v", w, suf, got, want)
			}
		}
		if got, want := normKey(w), normKeyRef(w); got != want {
			t.Errorf("normKey(%q) = %q, want %q", w, got, want)
		}
	}
	for name, set := range sets {
		for k := range set {
			for _, q := range []string{k, strings.ToUpper(k), strings.Title(k)} { //nolint:staticcheck // a case form to test
				if !inLower(set, q) {
					t.Errorf("inLower(%s, %q) = false", name, q)
				}
			}
		}
	}
}

// FuzzNormKey: normKey's one-pass path answers as the long way.
func FuzzNormKey(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normKey(s), normKeyRef(s); got != want {
			t.Fatalf("normKey(%q) = %q, want %q", s, got, want)
		}
		if got, want := inLower(stopwords, s), stopwords[strings.ToLower(s)]; got != want {
			t.Fatalf("inLower(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasLowerSuffix(s, "-led"), strings.HasSuffix(strings.ToLower(s), "-led"); got != want {
			t.Fatalf("hasLowerSuffix(%q) = %v, want %v", s, got, want)
		}
	})
}

// BenchmarkNormKey times the key of a name, the way a new run makes it.
func BenchmarkNormKey(b *testing.B) {
	s := "The Civil Protection Agency"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		normKey(s)
	}
}
