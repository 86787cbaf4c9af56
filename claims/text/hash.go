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
