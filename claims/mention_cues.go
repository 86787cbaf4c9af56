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
	// Most characters start no cue: a cue's first two bytes, lower-cased,
	// are one of a dozen pairs, and one table bit tells whether the two
	// bytes at i (ASCII both) can be one of them. A non-ASCII byte leaves
	// the rest to the character-by-character loop.
	i := 0
	for ; i+1 < len(sentence); i++ {
		c0, c1 := sentence[i], sentence[i+1]
		if c0|c1 >= utf8.RuneSelf {
			break
		}
		if cuePairs[cuePair(c0, c1)] && startsCue(sentence, i) {
			return true
		}
	}
	for i < len(sentence) {
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

// cuePairs has cuePair set for the first two bytes of every cue.
var cuePairs = func() (t [1 << 10]bool) {
	for _, cue := range aggregateCues {
		t[cuePair(cue[0], cue[1])] = true
	}
	return t
}()

// cuePair folds two ASCII bytes, lower-cased, to an index of cuePairs.
func cuePair(c0, c1 byte) int {
	return (int(c0|0x20)*37 + int(c1|0x20)) & (1<<10 - 1)
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
