package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxKey bounds the bytes of a folded key. Longer input is no name in these
// lists, so lookups give up on it instead of allocating.
const maxKey = 96

// foldRunes maps Latin letters with diacritics to the ASCII letters that
// English-language news uses for them, so "Bogotá", "São Tomé" and "Zürich"
// match their plain spellings.
var foldRunes = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a",
	'æ': "ae", 'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'ı': "i", 'į': "i",
	'ł': "l", 'ľ': "l", 'ñ': "n", 'ń': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ř': "r", 'ś': "s", 'š': "s", 'ş': "s", 'ș': "s", 'ß': "ss", 'ť': "t", 'ţ': "t", 'ț': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}

// isApostrophe reports the marks that are dropped inside names, so that
// "N'Djamena", "Sana’a" and "Nuku'alofa" match "Ndjamena", "Sanaa" and
// "Nukualofa".
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʻ' || r == 'ʼ' || r == '`'
}

// foldKey appends to dst the lookup key of s: letters lower-cased and
// stripped of diacritics, dots and apostrophes dropped, every other run of
// non-letters (spaces, hyphens, commas) turned into one space, no space at
// either end. ok is false when the key would exceed maxKey bytes.
func foldKey(dst []byte, s string) (key []byte, ok bool) {
	pendingSpace := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == '.' || isApostrophe(r):
			continue
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			dst, pendingSpace = appendSpace(dst, pendingSpace)
			dst = append(dst, byte(r))
		case r >= 'A' && r <= 'Z':
			dst, pendingSpace = appendSpace(dst, pendingSpace)
			dst = append(dst, byte(r)+('a'-'A'))
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)):
			if unicode.Is(unicode.Mn, r) {
				continue // combining accent of a decomposed letter
			}
			dst, pendingSpace = appendSpace(dst, pendingSpace)
			lower := unicode.ToLower(r)
			if f, found := foldRunes[lower]; found {
				dst = append(dst, f...)
			} else {
				dst = utf8.AppendRune(dst, lower)
			}
		default:
			pendingSpace = len(dst) > 0
		}
		if len(dst) > maxKey {
			return dst, false
		}
	}
	return dst, true
}

// appendSpace writes the single space owed before the next letter.
func appendSpace(dst []byte, pending bool) ([]byte, bool) {
	if pending && len(dst) > 0 {
		dst = append(dst, ' ')
	}
	return dst, false
}

// trimThe drops a leading article, so "the Netherlands" and "The Gambia"
// find their entries whichever way a writer put them.
func trimThe(key []byte) []byte {
	if len(key) > 4 && key[0] == 't' && key[1] == 'h' && key[2] == 'e' && key[3] == ' ' {
		return key[4:]
	}
	return key
}

// trimPossessive drops a final "'s" or "’s" so "Italy's" finds Italy.
func trimPossessive(s string) string {
	for _, suffix := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(s) > len(suffix)+1 && strings.HasSuffix(s, suffix) {
			return s[:len(s)-len(suffix)]
		}
	}
	return s
}

// abbrevKey appends to dst the capitals of s without dots or spaces, for
// matching abbreviations such as "U.S." or "D.R.C."; ok is false unless
// every letter of s is an ASCII capital and there are at most eight, so
// the pronoun "us" and the word "Us" never reach the abbreviation table.
func abbrevKey(dst []byte, s string) (key []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			dst = append(dst, c)
		case c == '.' || c == ' ':
		default:
			return dst, false
		}
		if len(dst) > 8 {
			return dst, false
		}
	}
	return dst, len(dst) > 0
}

// isAbbreviation reports whether a data entry is written as an abbreviation
// in capitals ("US", "U.A.E.", "NYC"), which then matches only input in
// capitals.
func isAbbreviation(s string) bool {
	_, ok := abbrevKey(make([]byte, 0, 16), s)
	return ok && len(s) <= 12
}

// startsUpper reports whether s begins with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
