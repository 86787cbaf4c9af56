package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word is a token of a sentence: a run of letters, digits and inner
// apostrophes, hyphens or periods, or a single punctuation mark.
type Word struct {
	Start, End int
	Text       string
	// Lower is strings.ToLower(Text), taken once when the sentence is split
	// so that every lexicon lookup does not lower-case the word again (it
	// was about a tenth of extraction). It shares memory with Text or with
	// one lower-cased copy of the sentence.
	Lower string
	// Cap is true when the word starts with an upper-case letter.
	Cap bool
	// Punct is true for punctuation tokens.
	Punct bool
}

// wordScratch holds the growing token buffers of Words. Tokens are
// collected in a reused buffer and copied once into a slice of the exact
// length: the Words of every sentence stay alive until the report is
// written, so slack capacity from append's doubling would be held for the
// whole batch (it was about half of all bytes allocated by extraction).
var wordScratch = sync.Pool{New: func() any { return new([]Word) }}

// Words tokenizes text[start:end]. Possessive "'s" stays on its word
// ("Smith's" is one token) so callers can see it; an abbreviation's
// trailing period stays on it when the period is followed by a letter or
// the word is a single letter ("U.S.", "J.").
func Words(text string, start, end int) []Word {
	buf := wordScratch.Get().(*[]Word)
	words := AppendWords((*buf)[:0], text, start, end)
	var out []Word
	if len(words) > 0 {
		out = recycled(len(words))
		copy(out, words)
	}
	clear(words) // drop the scratch's references to text
	*buf = words[:0]
	wordScratch.Put(buf)
	return out
}

// AppendWords appends the words of text[start:end], as Words returns
// them, to dst. A caller that tokenizes many sentences and drops them all
// together (extraction, one article at a time) keeps them in one growing
// slice instead of one exact-length slice per sentence.
func AppendWords(dst []Word, text string, start, end int) []Word {
	return appendWords(dst, text, start, end)
}

// asciiWordByte marks the ASCII bytes isASCIIWordByte accepts, and
// asciiSpaceByte those isSpaceByte accepts: one table load per byte in the
// tokenizer's inner loops instead of a chain of comparisons.
var asciiWordByte, asciiSpaceByte = func() (w, sp [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		w[c] = isASCIIWordByte(byte(c))
		sp[c] = isSpaceByte(byte(c))
	}
	return w, sp
}()

// appendWords appends the tokens of text[start:end] to out, each with its
// Lower: a word with something to lower-case takes it from low, which
// lower-cases the sentence once, when the first such word is met (a
// second pass over the words to fill them in measured a quarter of the
// tokenizer's time).
func appendWords(out []Word, text string, start, end int) []Word {
	var low sentenceLower
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf { // ASCII: no decoding, no Unicode tables
			switch {
			case asciiSpaceByte[c]:
				i++
			case asciiWordByte[c]:
				j, fold := scanWord(text, i, end)
				w := text[i:j]
				lw := w
				if fold {
					lw = low.of(text, start, end, i, j)
				}
				out = append(out, Word{Start: i, End: j, Text: w, Lower: lw, Cap: 'A' <= c && c <= 'Z'})
				i = j
			default:
				w := text[i : i+1]
				out = append(out, Word{Start: i, End: i + 1, Text: w, Lower: w, Punct: true})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += n
		case isWordRune(r):
			j, _ := scanWord(text, i, end) // not ASCII: always lower-cased
			out = append(out, Word{Start: i, End: j, Text: text[i:j], Lower: low.of(text, start, end, i, j), Cap: unicode.IsUpper(r)})
			i = j
		default:
			out = append(out, Word{Start: i, End: i + n, Text: text[i : i+n], Lower: low.of(text, start, end, i, i+n), Punct: true})
			i += n
		}
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isASCIIWordByte is isWordRune for an ASCII byte.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#'
}

// runeAt decodes the rune at text[j:end], without a call for ASCII.
func runeAt(text string, j, end int) (rune, int) {
	if c := text[j]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[j:end])
}

// scanWord returns the end of the word starting at i, and whether the
// word needs lower-casing (needsLower), found on the way so that setLower
// need not read it again.
func scanWord(text string, i, end int) (int, bool) {
	j := i
	var fold uint8
	for j < end {
		for j < end {
			k := asciiWordClass[text[j]]
			if k == 0 {
				break
			}
			fold |= k // the common case: a run of ASCII letters and digits
			j++
		}
		if j >= end {
			break
		}
		r, n := runeAt(text, j, end)
		if isWordRune(r) {
			fold |= foldIfWide(n)
			j += n
			continue
		}
		if isJoiner(r) && j+n < end {
			r2, _ := runeAt(text, j+n, end)
			if isWordRune(r2) && !(r == '.' && unicode.IsDigit(r2) && !unicode.IsDigit(lastRune(text[i:j]))) {
				fold |= foldIfWide(n)
				j += n
				continue
			}
		}
		if r == '.' && (isDottedAbbrev(text[i:j]) || isAbbrevWord(text[i:j])) {
			return j + 1, fold&upperWordByte != 0 // "U.S.", "Gen.", "Nov.": the period belongs to the word
		}
		break
	}
	return j, fold&upperWordByte != 0
}

// asciiWordClass is asciiWordByte with the bytes needsLower stops at
// (upper-case letters) marked upperWordByte as well.
const upperWordByte = 2

var asciiWordClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if isASCIIWordByte(byte(c)) {
			t[c] = 1
			if 'A' <= c && c <= 'Z' {
				t[c] |= upperWordByte
			}
		}
	}
	return t
}()

// foldIfWide: a character of more than one byte is not ASCII, which
// needsLower counts as needing lower-casing.
func foldIfWide(n int) uint8 {
	if n > 1 {
		return upperWordByte
	}
	return 0
}

// maxAbbrevLen is the length of the longest key of abbreviations.
const maxAbbrevLen = 6

// isAbbrevWord reports whether w, lower-cased, is one of abbreviations. It
// lower-cases ASCII words into a stack buffer instead of allocating: this
// runs before every period that follows a word.
func isAbbrevWord(w string) bool {
	var buf [maxAbbrevLen]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(w)] // Unicode folding, rare
		}
		if k >= len(buf) {
			continue // too long for any key; keep looking for non-ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return len(w) <= len(buf) && abbreviations[string(buf[:len(w)])]
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
	if len(w) == 1 {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
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
