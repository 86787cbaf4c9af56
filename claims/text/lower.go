package text

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// needsLower: the word has an upper-case ASCII letter or any non-ASCII
// byte (which may be an upper-case letter).
func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// LowerAligned lower-cases s as strings.ToLower does (unicode.ToLower per
// rune) and reports whether every character kept its encoded length, so
// that byte offsets into s are offsets into the copy. Invalid UTF-8 is not
// aligned: strings.ToLower replaces it.
//
// It runs once per sentence with a capital: ASCII bytes go through a
// table into one buffer, which becomes the string without a second copy
// (strings.Builder wrote byte by byte and measured three times slower).
func LowerAligned(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	b := make([]byte, len(s))
	if !lowerInto(b, s) {
		return "", false
	}
	// b is never written again: the string may share its memory.
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// lowerInto writes the lower case of s into b, as long as s, and reports
// whether every character kept its encoded length (false for invalid
// UTF-8 too; b is then partly written).
func lowerInto(b []byte, s string) bool {
	b = b[:len(s)]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b[i] = asciiLower[c]
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(l) != size {
			return false
		}
		utf8.EncodeRune(b[i:], l)
		i += size
	}
	return true
}

// asciiLower maps an ASCII byte to its lower case.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()
