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
	// Most characters start no cue: a cue's first four bytes, lower-cased,
	// are one of eleven, and one table bit tells whether the four bytes at
	// i (ASCII all) can be one of them. Two bytes told too little ("th",
	// "in", "to", "a " start a cue and half the words of prose): the cues
	// were tried at one character in six, ~45 instructions a byte under
	// callgrind. Where a non-ASCII byte is among the four, or fewer than
	// four are left, the character is tried in full.
	for i := 0; i < len(sentence); {
		if i+4 <= len(sentence) {
			q := uint32(sentence[i]) | uint32(sentence[i+1])<<8 | uint32(sentence[i+2])<<16 | uint32(sentence[i+3])<<24
			if q&0x80808080 == 0 {
				if cueQuads[cueQuad(q)] && startsCue(sentence, i) {
					return true
				}
				i++
				continue
			}
		}
		if startsCue(sentence, i) {
			return true
		}
		_, n := foldedASCIIAt(sentence, i)
		i += n
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

// cueQuads has cueQuad set for the first four bytes of every cue (each
// is longer than four).
var cueQuads = func() (t [1 << 10]bool) {
	for _, cue := range aggregateCues {
		t[cueQuad(uint32(cue[0])|uint32(cue[1])<<8|uint32(cue[2])<<16|uint32(cue[3])<<24)] = true
	}
	return t
}()

// cueQuad folds four ASCII bytes, little-endian in q, to an index of
// cueQuads. Setting bit 5 of each byte lower-cases a letter and leaves a
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
