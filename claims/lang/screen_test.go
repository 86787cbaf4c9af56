package lang

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// long repeats s (joined by newlines) until it is at least n bytes.
func long(s string, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(s)
		b.WriteString("\n")
	}
	return b.String()
}

// TestScreenAgreesWithDetect: on long texts in every listed language and
// script, on English with foreign names and quotes, and on texts that
// open or close in English but are another language for the rest, Screen
// gives Detect's verdict; when it reads the whole text, its Guess is
// Detect's exactly. The one shape it misreads by design is written down
// as such: another language between an English opening and ending.
func TestScreenAgreesWithDetect(t *testing.T) {
	english := long(englishNews+"\n"+englishWithNames+"\n"+englishWithQuote, 6000)
	tests := []struct {
		name    string
		text    string
		sampled bool // Screen decides from the sample alone
		misread bool // Screen's verdict is not Detect's (by design)
	}{
		{"english", english, true, false},
		{"english, short", englishNews, false, false},
		{"english results table", long(englishTable, 6000), false, false},
		{"spanish", long(spanishNews, 6000), false, false},
		{"german", long(germanNews, 6000), false, false},
		{"french", long(frenchNews, 6000), false, false},
		{"indonesian", long(indonesianNews, 6000), false, false},
		{"italian", long(italianNews, 6000), false, false},
		{"dutch", long(dutchNews, 6000), false, false},
		{"russian", long(russianNews, 6000), false, false},
		{"english lede, spanish body", englishNews + "\n" + long(spanishNews, 6000), false, false},
		{"spanish body, english ending", long(spanishNews, 6000) + englishNews, false, false},
		{"english lede and ending, spanish body", long(englishNews, 1200) + long(spanishNews, 6000) + long(englishNews, 600), true, true},
		{"english with a cyrillic name up top", "Сергей Иванов said so. " + english, false, false},
		{"unlisted language", long("Maanjäristys tapahtui pian aamunkoiton jälkeen tiistaina, ja viranomaisten mukaan ainakin 42 ihmistä kuoli.", 6000), false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full, got := Detect(tt.text), Screen(tt.text)
			if misread := got.English != full.English || got.Language != full.Language; misread != tt.misread {
				t.Errorf("Screen = %+v, Detect = %+v, want them to differ: %v", got, full, tt.misread)
			}
			if sampled := got.Words < full.Words; sampled != tt.sampled {
				t.Errorf("decided from the sample: %v, want %v (%d of %d words)", sampled, tt.sampled, got.Words, full.Words)
			}
			if got.Words == full.Words && got != full {
				t.Errorf("read whole, Screen = %+v, Detect = %+v", got, full)
			}
		})
	}
}

// TestScreenCutsBetweenWords: the head may be cut anywhere in a word or
// rune; the counts of head and rest must add up to Detect's. Every cut
// point of a text mixing ASCII, accented Latin and Cyrillic words is
// tried through wordBoundary.
func TestScreenCutsBetweenWords(t *testing.T) {
	text := "Düsseldorf l'armée Сергей naïve café's zoë—déjà vu " + spanishNews + " 42 x"
	for i := range len(text) + 1 {
		cut := wordBoundary(text, i)
		var parts tally
		parts.scan(text[:cut])
		parts.scan(text[cut:])
		parts.spreadSetHits()
		var whole tally
		whole.scan(text)
		whole.spreadSetHits()
		if parts != whole {
			t.Fatalf("cut at %d (from %d): counts differ", cut, i)
		}
	}
}

// generatedBodies are the texts of a generated batch of about size bytes.
func generatedBodies(b *testing.B, size int64) ([]string, int64) {
	var c benchgen.Collector
	if err := benchgen.Generate(&c, benchgen.Options{Bytes: size, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	var texts []string
	var n int64
	for _, a := range c.Articles {
		texts = append(texts, string(a.Text))
		n += int64(len(a.Text))
	}
	return texts, n
}

// BenchmarkScreenGenerated and BenchmarkDetectGenerated judge the
// articles of a generated 1 MB batch one by one, as claimcheck does.
func BenchmarkScreenGenerated(b *testing.B) { benchGenerated(b, Screen) }

func BenchmarkDetectGenerated(b *testing.B) { benchGenerated(b, Detect) }

func benchGenerated(b *testing.B, judge func(string) Guess) {
	texts, n := generatedBodies(b, 1e6)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			if !judge(text).English {
				b.Fatal("a generated article is not English")
			}
		}
	}
}
