package claims

import (
	"unicode"
	"unicode/utf8"
)

// aggregateCuesByFirst lists aggregateCues by their first byte, so that
// foldedAggregateCue tries at each character only the cues that can start
// there.
var aggregateCuesByFirst = func() (by [256][]string) {
	for _, cue := range aggregateCues {
		by[cue[0]] = append(by[cue[0]], cue)
	}
	return by
}()

// foldedAggregateCue reports whether strings.ToLower(sentence) contains
// one of aggregateCues, without building the lower-case copy (the copy
// and fourteen searches of it were a tenth of the mention stage). The
// cues are lower-case ASCII, so they can only match characters whose
// lower case is ASCII: ASCII itself and the two runes that fold to it
// ('İ' to 'i', the Kelvin sign to 'k'); any other character, and invalid
// UTF-8 (U+FFFD in the copy), matches no byte of a cue.
func foldedAggregateCue(sentence string) bool {
	// Every cue has six characters or more, so a cue found in the
	// sentence spans six bytes or more, and the four bytes from one of
	// every third byte (i = 0, 3, 6, ...) lie among its first six: a cue's
	// four characters from its first, second or third, lower-cased, if
	// they are ASCII. One table bit (cueSpans) tells whether the four
	// bytes at i can be such a run; only then, or where one of them is not
	// ASCII, are the three places the cue would start at tried in full
	// (startsCue; a place inside a character starts none). Testing every
	// byte's four, as before, was ~20 instructions a byte under callgrind,
	// a ninth of the mention stage.
	for i := 0; i+4 <= len(sentence); i += shortestCue - 3 {
		q := uint32(sentence[i]) | uint32(sentence[i+1])<<8 | uint32(sentence[i+2])<<16 | uint32(sentence[i+3])<<24
		if q&0x80808080 == 0 && !cueSpans[cueQuad(q)] {
			continue
		}
		for at := max(0, i-2); at <= i; at++ {
			if startsCue(sentence, at) {
				return true
			}
		}
	}
	return false
}

// startsCue: a cue starts at sentence[i] (foldedPrefixAt).
func startsCue(sentence string, i int) bool {
	c, _ := foldedASCIIAt(sentence, i)
	for _, cue := range aggregateCuesByFirst[c] {
		if foldedPrefixAt(sentence, i, cue) {
			return true
		}
	}
	return false
}

// shortestCue is the fewest characters a cue has: foldedAggregateCue
// steps by shortestCue-3 bytes, so that every cue holds a sampled four.
const shortestCue = 6

// cueSpans has cueQuad set for every cue's four bytes from its first,
// second and third (the four foldedAggregateCue may sample of it).
var cueSpans = func() (t [1 << 10]bool) {
	for _, cue := range aggregateCues {
		if len(cue) < shortestCue {
			panic("aggregate cue shorter than shortestCue: " + cue)
		}
		for j := 0; j+4 <= shortestCue; j++ {
			t[cueQuad(uint32(cue[j])|uint32(cue[j+1])<<8|uint32(cue[j+2])<<16|uint32(cue[j+3])<<24)] = true
		}
	}
	return t
}()

// cueQuad folds four ASCII bytes, little-endian in q, to an index of
// cueSpans. Setting bit 5 of each byte lower-cases a letter and leaves a
// space or a lower-case letter as it is, so four bytes that match a
// cue's start, whatever their case, fold as the cue's own four do (other
// bytes may collide: startsCue decides).
func cueQuad(q uint32) int {
	return int(((q | 0x20202020) * 0x9E3779B1) >> 22)
}

// foldedPrefixAt: the lower case of s from i on begins with prefix, a
// lower-case ASCII string.
func foldedPrefixAt(s string, i int, prefix string) bool {
	for k := 0; k < len(prefix); k++ {
		if i >= len(s) {
			return false
		}
		c, n := foldedASCIIAt(s, i)
		if c != prefix[k] {
			return false
		}
		i += n
	}
	return true
}

// foldedASCIIAt returns the lower case of the character at s[i] if it is
// ASCII, else 0 (which no cue holds), and the character's length.
func foldedASCIIAt(s string, i int) (byte, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return 0, 1
	}
	if l := unicode.ToLower(r); l < utf8.RuneSelf {
		return byte(l), n
	}
	return 0, n
}
