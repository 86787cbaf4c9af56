package text

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a, 64 bits (hash/fnv), written out so a hash costs no allocation.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// FoldedHash is the 64-bit FNV-1a hash of s with its white space folded:
// the same as hashing strings.Join(strings.Fields(s), " "), in one pass
// and without building that string. Two sentences that differ only in
// line breaks or runs of spaces (a scraper printing the lede twice) hash
// alike.
func FoldedHash(s string) uint64 {
	h := uint64(fnvOffset64)
	started, pendingSpace := false, false
	for i := 0; i < len(s); {
		if c := s[i]; ' ' < c && c < utf8.RuneSelf {
			// A run of printable ASCII: no space to fold, no rune to
			// decode, only the hash's own work per byte.
			if pendingSpace {
				h = (h ^ ' ') * fnvPrime64
				pendingSpace = false
			}
			started = true
			for ; i < len(s) && ' ' < s[i] && s[i] < utf8.RuneSelf; i++ {
				h = (h ^ uint64(s[i])) * fnvPrime64
			}
			continue
		}
		size, space := 1, false
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			pendingSpace = started
			i += size
			continue
		}
		if pendingSpace {
			h = (h ^ ' ') * fnvPrime64
			pendingSpace = false
		}
		started = true
		for end := i + size; i < end; i++ {
			h = (h ^ uint64(s[i])) * fnvPrime64
		}
	}
	return h
}

// FoldedHashPair is FoldedHash(a), FoldedHash(b). FNV-1a is one chain of
// multiplications, each waiting for the one before (about four cycles a
// byte whatever else the loop does); hashing two sentences in one loop
// runs two chains side by side. It does so when both sentences are
// plain (their folded text is their text); otherwise each is hashed
// alone.
func FoldedHashPair(a, b string) (uint64, uint64) {
	if !isPlain(a) || !isPlain(b) {
		return FoldedHash(a), FoldedHash(b)
	}
	ha, hb := uint64(fnvOffset64), uint64(fnvOffset64)
	n := min(len(a), len(b))
	a2, b2 := a[:n], b[:n]
	for i := 0; i < len(a2) && i < len(b2); i++ {
		ha = (ha ^ uint64(a2[i])) * fnvPrime64
		hb = (hb ^ uint64(b2[i])) * fnvPrime64
	}
	return fnvFrom(ha, a[n:]), fnvFrom(hb, b[n:])
}

// fnvFrom continues the FNV-1a hash h over the bytes of s.
func fnvFrom(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime64
	}
	return h
}

// isPlain reports whether FoldedHash(s) is the FNV-1a hash of s itself:
// s has no white space but single ASCII spaces between other bytes (no
// control byte at all, no Unicode space). Bytes are read eight at a time;
// only bytes that may lead a Unicode space (0xC2, 0xE1, 0xE2, 0xE3) are
// decoded, at a rune's start since no such byte continues a rune.
func isPlain(s string) bool {
	if len(s) == 0 || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	const ones, highs, lows7 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	var lastSpace uint64 // 0x80 when the byte before the chunk is a space
	tail := len(s) &^ 7
	for i := 0; i < tail; i += 8 {
		x := load8(s, i)
		low := x & lows7
		control := ^(low + 0x60*ones) &^ x & highs // ASCII bytes below 0x20
		t := x ^ ' '*ones
		spaces := ^((t&lows7 + lows7) | t) & highs // bytes equal to ' '
		if control != 0 || spaces&(spaces<<8|lastSpace) != 0 {
			return false
		}
		lastSpace = spaces >> 56
		if x&highs != 0 && !wideNotSpace(s, i, i+8) {
			return false
		}
	}
	for i := tail; i < len(s); i++ {
		// s[0] is no space: a space here has a byte before it.
		if c := s[i]; c < ' ' || c == ' ' && s[i-1] == ' ' {
			return false
		}
	}
	return wideNotSpace(s, tail, len(s))
}

// wideNotSpace reports whether no byte of s[from:to] starts a Unicode
// white-space character (the rune may run past to).
func wideNotSpace(s string, from, to int) bool {
	for j := from; j < to; j++ {
		switch s[j] {
		case 0xC2, 0xE1, 0xE2, 0xE3:
			if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}
