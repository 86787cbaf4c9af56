package source

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// randomCueLines are lines for the tests below, built from pieces that
// the cue rules look for, in any order.
func randomCueLines(n int) []string {
	pieces := []string{"AP Photo", "(", "/", " ", "Related Stories", "»", "›", "…", ":", ".", "|", ">", "a", "Ph", "AP", "P", "é", "\xbb", "\xe2\x80", "Share", "x"}
	rng := rand.New(rand.NewPCG(5, 6))
	lines := []string{"", "AP Photo/", "(AP Photo", "AP Photo", "(AP Photo/J", "xAP Photo/", "Related Stories »", "Share :", "Share this ›…"}
	for range n {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	return lines
}

func TestHasAPPhotoCreditIsTwoSearches(t *testing.T) {
	for _, s := range randomCueLines(20000) {
		want := strings.Contains(s, "(AP Photo") || strings.Contains(s, "AP Photo/")
		if got := hasAPPhotoCredit(s); got != want {
			t.Errorf("hasAPPhotoCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

// phraseCueTrimmingAlways is phraseCue as it was: the trim on every line.
func phraseCueTrimmingAlways(s string) (cue, bool) {
	s = strings.TrimRight(s, phraseTrim)
	if len(s) > maxPhrase || s == "" {
		return cueNone, false
	}
	c, ok := phraseCues[strings.ToLower(s)]
	if !ok {
		return cueNone, false
	}
	return c, true
}

func TestPhraseCueSkipsOnlyNeedlessTrims(t *testing.T) {
	lines := randomCueLines(20000)
	for p := range phraseCues {
		lines = append(lines, p, strings.ToUpper(p)+" »", p+":", p+" …", p+"s")
	}
	for _, s := range lines {
		if strings.ToLower(s) != lowerASCIIString(s) {
			continue // the reference lower-cases runes, phraseCue ASCII only
		}
		gotC, gotOK := phraseCue(s)
		wantC, wantOK := phraseCueTrimmingAlways(s)
		if gotC != wantC || gotOK != wantOK {
			t.Errorf("phraseCue(%q) = %v %v, want %v %v", s, gotC, gotOK, wantC, wantOK)
		}
	}
}

func lowerASCIIString(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCII(c)
	}
	return string(b)
}

func TestTrimPhraseEndIsTrimRight(t *testing.T) {
	lines := append(randomCueLines(20000), "»", "››", "a …", "\xc2", "\xbb", "x\xe2\x80", "\x80\xa6", "\xe2\x80\xa6", "é.", "...")
	for _, s := range lines {
		if got, want := trimPhraseEnd(s), strings.TrimRight(s, phraseTrim); got != want {
			t.Errorf("trimPhraseEnd(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLineCueWithBodyHints holds the rules that skip a search their
// body's hints rule out to the rules in full, for lines of many bodies.
func TestLineCueWithBodyHints(t *testing.T) {
	lines := append(randomCueLines(20000), "Copyright 2023 Example Wire. All rights reserved.", "ALL RIGHTS RESERVED",
		"Crowds gather in the square. Photograph: Jane Doe/Example", "Rescuers search the rubble. REUTERS/Jane Doe",
		"Home > World > Africa", "Home » World » Africa", "Home › World › Africa", "(AP Photo/Jane Doe)",
		"A plain sentence of an article.", "Rights reserved", "Photo: Example Agency")
	for size := 1; size <= 7; size += 3 {
		for at := 0; at+size <= len(lines); at += size {
			chunk := lines[at : at+size]
			h := hintsOf(strings.Join(chunk, "\n"))
			for _, s := range chunk {
				if got, want := lineCueIn(s, &h), lineCue(s); got != want {
					t.Errorf("lineCueIn(%q) with hints %+v = %v, want %v", s, h, got, want)
				}
			}
		}
	}
}
