package numbers

import (
	"strings"
	"testing"
)

// TestPackFold: the overlapping loads pack every length as the bytes one
// by one do, lower-casing only ASCII capitals.
func TestPackFold(t *testing.T) {
	words := []string{"", "a", "Ab", "abC", "ABCD", "Fifty", "ThOuSaNd", "hundredS", "approximately",
		"centimetres-xyz", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQ", "@[`{\x7f", "n\xc3\xa9e", "Z\x00Z"}
	for _, w := range words {
		k0, k1, ok := packFold(w)
		var w0, w1 uint64
		for i := 0; i < len(w) && i < maxPacked; i++ {
			c := uint64(lower(w[i])) << (8 * (i % 8))
			if i < 8 {
				w0 |= c
			} else {
				w1 |= c
			}
		}
		wantOK := len(w) > 0 && len(w) <= maxPacked
		if ok != wantOK || ok && (k0 != w0 || k1 != w1) {
			t.Errorf("packFold(%q) = %x %x %v, want %x %x %v", w, k0, k1, ok, w0, w1, wantOK)
		}
	}
}

// TestWordTableIsTheMaps: the table answers for every word of every list
// as the list's map does, in any case, and knows no other word.
func TestWordTableIsTheMaps(t *testing.T) {
	for w, v := range numberWords {
		for _, c := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got, ok := numberWord(c); !ok || got != v {
				t.Errorf("numberWord(%q) = %v %v, want %v", c, got, ok, v)
			}
		}
	}
	for w, v := range measureUnits {
		if got, ok := foldValue(strings.ToUpper(w), inMeasureUnits, measureOf); !ok || got != v {
			t.Errorf("measure %q = %q %v", w, got, ok)
		}
	}
	for w, v := range currencyCodes {
		if got, ok := currencyCode(w); !ok || got != v {
			t.Errorf("currencyCode(%q) = %q %v", w, got, ok)
		}
		if _, ok := currencyCode(strings.ToLower(w)); ok {
			t.Errorf("currencyCode(%q) found, codes are capitals", strings.ToLower(w))
		}
	}
	sets := []struct {
		set  map[string]bool
		list wordList
	}{
		{nounStop, inNounStop}, {monthNames, inMonthNames}, {labelWords, inLabelWords},
		{yearContext, inYearContext}, {scoreWords, inScoreWords}, {changeVerbs, inChangeVerbs},
		{streetWords, inStreetWords}, {ofDeterminers, inOfDeterminers}, {rateNouns, inRateNouns},
		{rateLinks, inRateLinks}, {qualifierIntensifiers, inIntensifiers}, {invariantPlurals, inInvariantPlurals},
	}
	for _, s := range sets {
		for w := range s.set {
			if !wordIn(strings.ToUpper(w), s.list) {
				t.Errorf("%q not in its list", w)
			}
		}
	}
	for _, w := range []string{"xylophone", "thee", "then", "fiftyfive", "tens", "a", "us"} {
		e := lookupWord(w)
		if e == nil {
			continue
		}
		if _, ok := numberWords[strings.ToLower(w)]; e.in(inNumberWords) != ok {
			t.Errorf("%q: table and numberWords disagree", w)
		}
		if e.in(inNounStop) != nounStop[strings.ToLower(w)] {
			t.Errorf("%q: table and nounStop disagree", w)
		}
	}
}
