package text

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Word is a token of a sentence: a run of letters, digits and inner
// apostrophes, hyphens or periods, or a single punctuation mark.
//
// It is read through its methods and made by the tokenizer or NewWord.
// The record is 32 bytes: its text and lower case as a pointer each, with
// lengths, offsets and flags in 32 bits. The sentence stage writes one per
// word of a batch (about 9 million for 50 MB) and every stage reads them;
// the 56-byte record of two strings, two ints and two bools it replaces
// took a third of tokenizing in writing them.
type Word struct {
	text, lower *byte // first bytes of Text and Lower
	start, end  int32
	n           uint32 // len(Text)
	lf          uint32 // len(Lower)<<wordFlagBits | flags
}

// Flags packed below a word's lower-case length.
const (
	wordCapFlag   = 1 << iota // Cap
	wordPunctFlag             // Punct
	wordFlagBits  = iota
)

// MaxWordOffset bounds the offsets and lengths a Word holds (int32
// offsets, the lower case's length above the flag bits): 1 GiB.
const MaxWordOffset = 1<<(32-wordFlagBits) - 1

// NewWord makes the word text spanning [start, end) of its sentence's
// text, lower its strings.ToLower. It panics on an offset or length the
// record cannot hold (a text over 1 GiB).
func NewWord(start, end int, text, lower string, cap, punct bool) Word {
	if start < 0 || end < 0 || start > MaxWordOffset || end > MaxWordOffset || len(text) > MaxWordOffset || len(lower) > MaxWordOffset {
		panic("text: word offset or length out of range")
	}
	f := uint32(0)
	if cap {
		f |= wordCapFlag
	}
	if punct {
		f |= wordPunctFlag
	}
	return Word{text: unsafe.StringData(text), lower: unsafe.StringData(lower), start: int32(start), end: int32(end),
		n: uint32(len(text)), lf: uint32(len(lower))<<wordFlagBits | f}
}

// Start is the byte offset of the word in its text.
func (w Word) Start() int { return int(w.start) }

// End is the byte offset just past the word.
func (w Word) End() int { return int(w.end) }

// Text is the word verbatim.
func (w Word) Text() string { return unsafe.String(w.text, w.n) }

// Lower is strings.ToLower(Text), taken once when the sentence is split
// so that every lexicon lookup does not lower-case the word again (it
// was about a tenth of extraction). It shares memory with Text or with
// one lower-cased buffer of the sentence's words.
func (w Word) Lower() string { return unsafe.String(w.lower, w.lf>>wordFlagBits) }

// Cap is true when the word starts with an upper-case letter.
func (w Word) Cap() bool { return w.lf&wordCapFlag != 0 }

// Punct is true for punctuation tokens.
func (w Word) Punct() bool { return w.lf&wordPunctFlag != 0 }

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
// Lower. A word with something to lower-case is appended with no Lower
// (a nil pointer: no token's Lower is otherwise nil) and the bytes it needs are
// counted; fillLower then lower-cases just those words into one buffer of
// that size. Lower-casing them as the tokenizer met them took a buffer as
// long as the sentence, most of it never written (the words that need it
// are a small part of a sentence's bytes): it was a tenth of the bytes
// extraction allocated.
func appendWords(out []Word, text string, start, end int) []Word {
	if end > MaxWordOffset {
		panic("text: text too long for word offsets")
	}
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
				var f uint32
				if 'A' <= c && c <= 'Z' {
					f = wordCapFlag
				}
				if fold {
					need += j - i
				}
				out = append(out, spanWord(text, i, j, !fold, f))
				i = j
			default:
				out = append(out, spanWord(text, i, i+1, true, wordPunctFlag))
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
			var f uint32
			if unicode.IsUpper(r) {
				f = wordCapFlag
			}
			out = append(out, spanWord(text, i, j, false, f))
			need += j - i
			i = j
		default:
			own := isOwnLower(r, n)
			if !own {
				need += n
			}
			out = append(out, spanWord(text, i, i+n, own, wordPunctFlag))
			i += n
		}
	}
	if need > 0 {
		fillLower(out[first:], need)
	}
	return out
}

// spanWord is the word text[i:j] with flags f, its Lower its text when
// lowerIsText, else left for fillLower. The caller checked that j fits.
func spanWord(text string, i, j int, lowerIsText bool, f uint32) Word {
	p := unsafe.StringData(text[i:j])
	w := Word{text: p, start: int32(i), end: int32(j), n: uint32(j - i), lf: f}
	if lowerIsText {
		w.lower, w.lf = p, uint32(j-i)<<wordFlagBits|f
	}
	return w
}

// setLower makes l the word's Lower.
func (w *Word) setLower(l string) {
	w.lower, w.lf = unsafe.StringData(l), uint32(len(l))<<wordFlagBits|w.lf&(1<<wordFlagBits-1)
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
		if w.lower != nil {
			continue
		}
		t := w.Text()
		b := buf[at : at+len(t)]
		at += len(b)
		if !lowerInto(b, t) {
			w.setLower(strings.ToLower(t))
			continue
		}
		w.setLower(unsafe.String(unsafe.SliceData(b), len(b)))
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

// EqualWords reports whether a and b hold the same words: the same
// offsets, text, lower case and flags, wherever their bytes are (the
// record's pointers make reflect.DeepEqual compare only first bytes).
func EqualWords(a, b []Word) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.start != y.start || x.end != y.end || x.lf != y.lf || x.Text() != y.Text() || x.Lower() != y.Lower() {
			return false
		}
	}
	return true
}

// String shows the word's fields, for tests' messages.
func (w Word) String() string {
	return fmt.Sprintf("{%d %d %q %q cap=%v punct=%v}", w.start, w.end, w.Text(), w.Lower(), w.Cap(), w.Punct())
}
