package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
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
// Lower. A word with something to lower-case is appended with Lower left
// empty (no token's Lower is otherwise empty) and the bytes it needs are
// counted; fillLower then lower-cases just those words into one buffer of
// that size. Lower-casing them as the tokenizer met them took a buffer as
// long as the sentence, most of it never written (the words that need it
// are a small part of a sentence's bytes): it was a tenth of the bytes
// extraction allocated.
func appendWords(out []Word, text string, start, end int) []Word {
	first, need := len(out), 0
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
					lw, need = "", need+j-i
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
			out = append(out, Word{Start: i, End: j, Text: text[i:j], Cap: unicode.IsUpper(r)})
			need += j - i
			i = j
		default:
			w := text[i : i+n]
			lw := w
			if !isOwnLower(r, n) {
				lw, need = "", need+n
			}
			out = append(out, Word{Start: i, End: i + n, Text: w, Lower: lw, Punct: true})
			i += n
		}
	}
	if need > 0 {
		fillLower(out[first:], need)
	}
	return out
}

// isOwnLower reports whether the rune r, read as n bytes, is its own lower
// case, so that strings.ToLower gives back its text (curly quotes, dashes);
// an invalid byte is not: strings.ToLower replaces it.
func isOwnLower(r rune, n int) bool {
	return !(r == utf8.RuneError && n == 1) && unicode.ToLower(r) == r
}

// fillLower gives every word of ws whose Lower is empty the lower case of
// its text, need bytes in all, written end to end into one new buffer.
// Words take their Lower from it as strings: the buffer belongs to these
// words alone and no byte of it is written twice, so it may be shared.
// A word whose lower case has another length, or that is not valid
// UTF-8, is lower-cased on its own, as strings.ToLower does.
func fillLower(ws []Word, need int) {
	buf := make([]byte, need)
	at := 0
	for k := range ws {
		w := &ws[k]
		if w.Lower != "" {
			continue
		}
		b := buf[at : at+len(w.Text)]
		at += len(b)
		if !lowerInto(b, w.Text) {
			w.Lower = strings.ToLower(w.Text)
			continue
		}
		w.Lower = unsafe.String(unsafe.SliceData(b), len(b))
	}
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
