package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word is a token of a sentence: a run of letters, digits and inner
// apostrophes, hyphens or periods, or a single punctuation mark.
type Word struct {
	Start, End int
	Text       string
	// Cap is true when the word starts with an upper-case letter.
	Cap bool
	// Punct is true for punctuation tokens.
	Punct bool
}

// Words tokenizes text[start:end]. Possessive "'s" stays on its word
// ("Smith's" is one token) so callers can see it; an abbreviation's
// trailing period stays on it when the period is followed by a letter or
// the word is a single letter ("U.S.", "J.").
func Words(text string, start, end int) []Word {
	var out []Word
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
		case isWordRune(r):
			j := scanWord(text, i, end)
			out = append(out, Word{Start: i, End: j, Text: text[i:j], Cap: unicode.IsUpper(r)})
			i = j
		default:
			out = append(out, Word{Start: i, End: i + n, Text: text[i : i+n], Punct: true})
			i += n
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#' }

// scanWord returns the end of the word starting at i.
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if isJoiner(r) && j+n < end {
			r2, _ := utf8.DecodeRuneInString(text[j+n : end])
			if isWordRune(r2) && !(r == '.' && unicode.IsDigit(r2) && !unicode.IsDigit(lastRune(text[i:j]))) {
				j += n
				continue
			}
		}
		if r == '.' && (isDottedAbbrev(text[i:j]) || abbreviations[strings.ToLower(text[i:j])]) {
			return j + 1 // "U.S.", "Gen.", "Nov.": the period belongs to the word
		}
		break
	}
	return j
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.'
}

// isDottedAbbrev: "U.S" (before its final period) or a single capital.
func isDottedAbbrev(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}
