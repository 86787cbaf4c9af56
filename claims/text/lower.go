package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// setLower fills Word.Lower for the tokens of text[start:end]. A word with
// nothing to lower-case shares its Text; otherwise the sentence is
// lower-cased once and each word takes its slice of that copy, when
// lower-casing kept every character's length (always for ASCII); a word
// where it did not is lower-cased on its own.
func setLower(words []Word, text string, start, end int) {
	var low string
	aligned, done := false, false
	for i := range words {
		w := &words[i]
		if !needsLower(w.Text) {
			w.Lower = w.Text
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
func LowerAligned(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(l) != size {
			return "", false
		}
		b.WriteRune(l)
		i += size
	}
	return b.String(), true
}
