package numbers

import "math/bits"

// Most of a text holds no figure: the scanner stops only at candidates,
// found eight bytes at a time. A candidate is a digit, or the first letter
// of a word (no letter or digit before it) whose first two letters and
// length fit a number word. The parser is run only there; what it does not
// consume is searched for the next candidate, so that the scanner stops
// where a byte-by-byte walk over digits and whole words would have.

const (
	lowBytes  = 0x0101010101010101
	highBytes = 0x8080808080808080
)

// classMasks returns the high bit of every byte of x (eight bytes of text,
// the first in the low byte) that is an ASCII letter, and of every one
// that is a digit. No sum carries into the next byte: every byte is
// brought below 0x80 before a constant below 0x80 is added.
func classMasks(x uint64) (letters, digits uint64) {
	ascii := ^x & highBytes
	folded := (x | 0x20*lowBytes) &^ highBytes // 'A'-'Z' become 'a'-'z'
	letters = (folded + (0x80-'a')*lowBytes) &^ (folded + (0x80-'z'-1)*lowBytes) & ascii
	low := x &^ highBytes
	digits = (low + (0x80-'0')*lowBytes) &^ (low + (0x80-'9'-1)*lowBytes) & ascii
	return letters, digits
}

// longWords keeps, of the letters (classMasks), those followed by two more
// letters, and those whose next letters are past the chunk (the last two
// bytes need only the letters the chunk holds). A number word has three
// letters or more, so a word start without them needs no test: one in
// three words of news copy ("a", "of", "to", "in") is that short.
func longWords(letters uint64) uint64 {
	return letters>>8&(letters>>16|0x80<<48) | 0x80<<56
}

// load8 reads t[i:i+8] as a little-endian word (one load on amd64).
func load8(t string, i int) uint64 {
	b := t[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// nextCandidate returns the first candidate at or after i, and whether it
// is a digit; p is -1 when there is none.
func nextCandidate(t string, i int) (p int, digit bool) {
	var carry uint64 // 0x80 when the byte before the chunk is a letter or digit
	if i > 0 && i < len(t) && isAlnum(t[i-1]) {
		carry = 0x80
	}
	for ; i+8 <= len(t); i += 8 {
		x := load8(t, i)
		letters, digits := classMasks(x)
		alnum := letters | digits
		starts := letters &^ (alnum<<8 | carry) & longWords(letters)
		carry = alnum >> 56
		for c := starts | digits; c != 0; c &= c - 1 {
			k := bits.TrailingZeros64(c) >> 3
			if digits>>(8*k+7)&1 != 0 {
				return i + k, true
			}
			// numberWordAt, with its first three letters taken from x
			// when they are in it.
			p := i + k
			first3 := x >> (8 * k)
			if k > 5 {
				if p+2 >= len(t) {
					continue
				}
				first3 = uint64(t[p]) | uint64(t[p+1])<<8 | uint64(t[p+2])<<16
			}
			if mayStartNumberWord(first3) && mayBeNumberWord(t[p:wordEnd(t, p+1)]) {
				return p, false
			}
		}
	}
	for ; i < len(t); i++ {
		switch byteClass[t[i]] {
		case classDigit:
			return i, true
		case classLetter:
			if (i == 0 || !isAlnum(t[i-1])) && numberWordAt(t, i) {
				return i, false
			}
		}
	}
	return -1, false
}

// numberWordAt reports whether the word starting at the letter t[p] may be
// a number word (mayBeNumberWord); its first three letters reject nearly
// all other words ("the", "since", "figures") before their end is looked
// for.
func numberWordAt(t string, p int) bool {
	if p+2 >= len(t) {
		return false
	}
	k := prefixIndex(t[p], t[p+1], t[p+2])
	if numberWordPrefixes[k>>6]&(1<<(k&63)) == 0 {
		return false
	}
	return mayBeNumberWord(t[p:wordEnd(t, p+1)])
}

// mayStartNumberWord is numberWordAt's first test on the three bytes at
// the bottom of x, most often read from the chunk already loaded: asking
// numberWordAt at every word start cost a call and three loads, a third
// of the candidate search under callgrind.
func mayStartNumberWord(x uint64) bool {
	k := prefixIndex(byte(x), byte(x>>8), byte(x>>16))
	return numberWordPrefixes[k>>6]&(1<<(k&63)) != 0
}

// prefixIndex is where three bytes index numberWordPrefixes: a letter's
// low five bits are its place in the alphabet in both cases. Other bytes
// may share an index with letters; that only lets a word through to the
// exact test.
func prefixIndex(c0, c1, c2 byte) int {
	return int(c0&31)<<10 | int(c1&31)<<5 | int(c2&31)
}

// numberWordPrefixes has the bit prefixIndex of the first three letters
// of every number word set.
var numberWordPrefixes = func() (set [1 << 15 / 64]uint64) {
	for w := range numberWords {
		k := prefixIndex(w[0], w[1], w[2])
		set[k>>6] |= 1 << (k & 63)
	}
	return set
}()
