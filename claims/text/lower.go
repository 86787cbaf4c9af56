package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// setLower fills Word.Lower for the tokens of text[start:end] that
// appendWords left without one: those needsLower holds for (a word with
// nothing to lower-case got its Text as Lower when it was appended). The
// sentence is lower-cased once and each such word takes its slice of that
// copy, when lower-casing kept every character's length (always for
// ASCII); a word where it did not is lower-cased on its own.
func setLower(words []Word, text string, start, end int) {
	var low string
	aligned, done := false, false
	for i := range words {
		w := &words[i]
		if w.Lower != "" {
			continue
		}
		if !done {
			low, aligned = LowerAligned(text[start:end])
			done = true
		}
		if aligned {
			w.Lower = low[w.Start-start : w.End-start]
		} else {
			w.Lower = strings.ToLower(w.Text)
		}
	}
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
			return "", false
		}
		utf8.EncodeRune(b[i:], l)
		i += size
	}
	// b is never written again: the string may share its memory.
	return unsafe.String(unsafe.SliceData(b), len(b)), true
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
