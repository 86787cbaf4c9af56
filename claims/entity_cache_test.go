package claims

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/text"
)

// TestRunCacheAnswersAsClassifyRun: entities found through the run cache,
// on a miss and on a hit, at other offsets and in other contexts, are the
// entities found without it.
func TestRunCacheAnswersAsClassifyRun(t *testing.T) {
	cases := []struct {
		name string
		text string
	}{
		{"titled person", "Foreign Minister Jane Doe met Foreign Minister Jane Doe."},
		{"possessive", "Smith's aide said Smith's plan would work."},
		{"acronym defined and not", "The Nagrik Vikas Aghadi (NVA) and Nagrik Vikas Aghadi members met."},
		{"clause start", "Troops moved in. \"Troops moved in,\" she said: Troops moved in."},
		{"country and demonym", "Italian officials said Italy's U.S. Embassy staff left Italy."},
		{"places", "Protesters gathered in Tahrir Square near Cairo, Tahrir Square being full."},
		{"org", "Acme Robotics AB shares rose; Acme Robotics AB said so."},
		{"numbered", "Gate 4 and Gate 9 were shut at Terminal 2."},
		{"repeated at other offsets", "Jane Doe. Jane Doe. Some text before Jane Doe."},
		{"long run", "The Very Long Name Of Some Organisation Of The Republic Of Nowhere Whose Name Goes On And On Past Any Bound Council met."},
		{"unicode", "São Tomé and Zürich Ärzte Ünion met in Bogotá."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			words := text.Words(tc.text, 0, len(tc.text))
			want := findEntities(tc.text, words, nil)
			cache := &runCache{runs: map[string][]Entity{}}
			for pass := range 2 {
				if got := findEntities(tc.text, words, cache); !reflect.DeepEqual(got, want) {
					t.Errorf("pass %d:\n got %+v\nwant %+v", pass, got, want)
				}
			}
			// The same runs shifted by a prefix: offsets must follow.
			shifted := "Prefix words here. " + tc.text
			sw := text.Words(shifted, 0, len(shifted))
			if got, want := findEntities(shifted, sw, cache), findEntities(shifted, sw, nil); !reflect.DeepEqual(got, want) {
				t.Errorf("shifted:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// TestRunCacheAcronymAfterFunctionWord: a run whose leading function word
// is dropped before the acronym test ("The Nagrik Vikas Aghadi (NVA)") is
// an organisation only where the acronym follows; one cache serves texts
// with and without it, in either order.
func TestRunCacheAcronymAfterFunctionWord(t *testing.T) {
	texts := []string{
		"He said The Nagrik Vikas Aghadi (NVA) won.",
		"He said The Nagrik Vikas Aghadi (XYZ) won.",
		"He said The Nagrik Vikas Aghadi won.",
		"He said The Nagrik Vikas Aghadi (NVA) won.",
		"The Nagrik Vikas Aghadi (NVA) won.",
		"The Nagrik Vikas Aghadi (N) won.",
	}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {1, 0, 2, 4, 3, 5}} {
		cache := &runCache{runs: map[string][]Entity{}}
		for _, k := range order {
			s := texts[k]
			words := text.Words(s, 0, len(s))
			if got, want := findEntities(s, words, cache), findEntities(s, words, nil); !reflect.DeepEqual(got, want) {
				t.Errorf("order %v, %q:\n got %+v\nwant %+v", order, s, got, want)
			}
		}
	}
}

// TestRunCacheStaysBounded: a cache never holds more than runCacheLimit runs.
func TestRunCacheStaysBounded(t *testing.T) {
	cache := &runCache{runs: map[string][]Entity{}}
	for i := range runCacheLimit + 10 {
		s := "Name" + string(rune('A'+i%26)) + " Other" + string(rune('A'+i/26%26)) + " Third" + string(rune('A'+i/676%26)) + " met."
		words := text.Words(s, 0, len(s))
		findEntities(s, words, cache)
		if len(cache.runs) > runCacheLimit {
			t.Fatalf("after %d runs the cache holds %d", i+1, len(cache.runs))
		}
	}
}

// FuzzRunCache: through one cache shared by two texts, or without one, a
// text gives the same entities, inside the text; the fast paths answer as
// the forms they replace.
func FuzzRunCache(f *testing.F) {
	f.Add("Foreign Minister Jane Doe met Acme Robotics AB (ARA) in Cairo.", "Jane Doe met Acme Robotics AB in Cairo.")
	f.Add("Gate 4. Gate 4 (G) \"Jane Doe's\" U.S. Embassy", "The Nagrik Vikas Aghadi (NVA) won.")
	f.Fuzz(func(t *testing.T, a, b string) {
		cache := &runCache{runs: map[string][]Entity{}}
		for _, s := range []string{a, b, a} {
			checkCachedEntities(t, s, cache)
		}
	})
}

// checkCachedEntities fails t unless s gives the same entities through
// cache as without it, each inside s.
func checkCachedEntities(t *testing.T, s string, cache *runCache) {
	t.Helper()
	words := text.Words(s, 0, len(s))
	if trimPossessive(s) != trimPossessiveRef(s) {
		t.Fatalf("trimPossessive(%q) = %q, want %q", s, trimPossessive(s), trimPossessiveRef(s))
	}
	for _, w := range words {
		if isNameWord(&w) != isNameWordOld(w) || isTitleCase(words) != isTitleCaseRef(words) {
			t.Fatalf("fast path differs on %q in %q", w.Text(), s)
		}
	}
	want := findEntities(s, words, nil)
	got := findEntities(s, words, cache)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: got %+v, want %+v", s, got, want)
	}
	for _, e := range got {
		if e.Start < 0 || e.End > len(s) || e.Start > e.End {
			t.Fatalf("entity %+v outside the text", e)
		}
	}
}

// BenchmarkFindEntities times the name finder over a paragraph, with a
// warm cache (the common case in a batch) and without one.
func BenchmarkFindEntities(b *testing.B) {
	s := "Foreign Minister Jane Doe met Italian officials in Cairo on Monday, the Civil Protection Agency said. " +
		"Troops moved in near Tahrir Square as Acme Robotics AB shares fell and Gate 4 was shut. "
	words := text.Words(s, 0, len(s))
	for _, bc := range []struct {
		name  string
		cache *runCache
	}{{"cached", &runCache{runs: map[string][]Entity{}}}, {"uncached", nil}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				findEntities(s, words, bc.cache)
			}
		})
	}
}

// TestNameWordFastPath: isNameWord answers as isNameWordOld, its former
// form, on ASCII, non-ASCII and mixed words.
func TestNameWordFastPath(t *testing.T) {
	s := "deMilliano e-Mail iPhone eBay-X ok Ok OK 42 4x x4 ébène éCole aÉcole naïve naïveTé ı İstanbul ünder ÜBER " +
		"mcDonald's ( ) - — plain words here aBc-d \xff\xfe a\xff \x00 zZ"
	for _, w := range text.Words(s, 0, len(s)) {
		if got, want := isNameWord(&w), isNameWordOld(w); got != want {
			t.Errorf("isNameWord(%q) = %v, was %v", w.Text(), got, want)
		}
	}
}

// isTitleCaseRef is isTitleCase without its early exit.
func isTitleCaseRef(ws []text.Word) bool {
	words, caps := 0, 0
	for _, w := range ws {
		if w.Punct() {
			continue
		}
		words++
		if w.Cap() {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// TestTitleCaseEarlyExit: the early exit never changes the answer.
func TestTitleCaseEarlyExit(t *testing.T) {
	for _, s := range []string{
		"Storm Batters South Sulawesi, At Least 10 Dead",
		"Storm batters South Sulawesi, at least 10 dead",
		"A B c D E F G", "a B C D E F G H I J", "A B C d e", "A, B, C, D, e, f", "A b", "",
		"The Quick Brown Fox Jumps over the Lazy Dog Again And Again",
		"— — — A B C d — — — — — — — — — —",
	} {
		ws := text.Words(s, 0, len(s))
		if got, want := isTitleCase(ws), isTitleCaseRef(ws); got != want {
			t.Errorf("isTitleCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestWeekdayWordPrefilter: the length and last-letter test keeps every
// weekday, in any case and with a possessive.
func TestWeekdayWordPrefilter(t *testing.T) {
	s := "Monday Tuesday's WEDNESDAY thursday Friday’s Saturday SUNDAY'S Sunday's Mon Today Holiday Someday Mayday"
	for _, w := range text.Words(s, 0, len(s)) {
		if got, want := isWeekdayWord(&w), weekdayWords[lowerTrimmed(&w)]; got != want {
			t.Errorf("isWeekdayWord(%q) = %v, want %v", w.Text(), got, want)
		}
	}
}

// TestConnectorLengths: isConnector's length test keeps every connector.
func TestConnectorLengths(t *testing.T) {
	for w := range connectors {
		if !isConnector(w) {
			t.Errorf("isConnector(%q) = false", w)
		}
	}
	for _, w := range []string{"", "o", "off", "fore", "delta", "Of"} {
		if isConnector(w) != connectors[w] {
			t.Errorf("isConnector(%q) = %v", w, isConnector(w))
		}
	}
}

// trimPossessiveRef is trimPossessive as it was: suffixes tried in order.
func trimPossessiveRef(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// TestTrimPossessiveBytes: the byte comparison answers as the suffix list.
func TestTrimPossessiveBytes(t *testing.T) {
	for _, w := range []string{"", "s", "'", "’", "'s", "’s", "s's", "Smith's", "Smith’s", "Jones'", "Jones’",
		"Jones", "x's's", "’’", "''", "a’", "\x99", "\x80\x99", "a\x80\x99s", "\xe2\x80\x99s", "I'S", "it’’s", "ś", "ʼs"} {
		if got, want := trimPossessive(w), trimPossessiveRef(w); got != want {
			t.Errorf("trimPossessive(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestMarkAsides: names inside parentheses or brackets are asides, others
// not, whether or not the sentence has any parenthesis.
func TestMarkAsides(t *testing.T) {
	cases := []struct {
		text   string
		asides []string // entity texts marked Aside
	}{
		{"Acme Robotics AB (Nasdaq: ACME) said Jane Doe left.", []string{"Nasdaq", "ACME"}},
		{"Jane Doe [Foreign Minister John Smith] spoke.", []string{"John Smith"}},
		{"Jane Doe met John Smith in Cairo.", nil},
		{"Jane Doe (who met John Smith) and Ann Lee [in Cairo] left.", []string{"John Smith", "Cairo"}},
	}
	for _, tc := range cases {
		words := text.Words(tc.text, 0, len(tc.text))
		s := &Sentence{Words: words, Entities: findEntities(tc.text, words, nil)}
		markAsides(tc.text, s)
		var got []string
		for _, e := range s.Entities {
			if e.Aside {
				got = append(got, e.Text)
			}
		}
		if !reflect.DeepEqual(got, tc.asides) {
			t.Errorf("%q: asides %q, want %q", tc.text, got, tc.asides)
		}
	}
}
