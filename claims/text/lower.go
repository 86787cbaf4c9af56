package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// sentenceLower gives the lower case of the words of one sentence
// text[start:end] that have something to lower-case (appendWords gives a
// word with nothing to lower-case its Text). At the first such word it
// allocates one buffer as long as the sentence; each word is lower-cased
// into the bytes at its own offset and takes them as its string, so only
// the words that need it are lower-cased, not the whole sentence (that
// was a fifth of the tokenizer's time). A word whose lower case has
// another length, or that is not valid UTF-8, is lower-cased on its own,
// as strings.ToLower does.
type sentenceLower struct {
	buf []byte
}

// of returns the lower case of text[i:j], a word of text[start:end]:
// strings.ToLower(text[i:j]).
func (l *sentenceLower) of(text string, start, end, i, j int) string {
	if l.buf == nil {
		l.buf = make([]byte, end-start)
	}
	b := l.buf[i-start : j-start]
	if !lowerInto(b, text[i:j]) {
		return strings.ToLower(text[i:j])
	}
	// Words do not overlap: these bytes are never written again, so the
	// string may share their memory.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

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
