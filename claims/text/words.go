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
// The record is 40 bytes: its text and lower case, an int32 offset (the
// end is the offset plus the text's length) and the flags. The sentence
// stage writes one per word of a batch (about 9 million for 50 MB) and
// every stage reads them; the record of two strings, two ints and two
// bools it replaces took 56. The strings stay whole string headers, so
// Text and Lower are plain loads (a 32-byte record of two pointers and
// packed lengths made each a checked unsafe.String).
//
// The accessors take a pointer: the record has more fields than the
// compiler keeps in registers, so a value receiver copied all of it at
// every call (it made extraction 7 % slower).
type Word struct {
	text, lower string
	start       int32
	flags       uint32
}

// Flags of a word.
const (
	wordCapFlag   = 1 << iota // Cap
	wordPunctFlag             // Punct
)

// MaxWordOffset bounds the offsets a Word holds (int32): 2 GiB.
const MaxWordOffset = 1<<31 - 1

// NewWord makes the word text spanning [start, end) of its sentence's
// text, lower its strings.ToLower. It panics on an offset the record
// cannot hold, or when text is not end-start bytes long (a word is its
// span of the text).
func NewWord(start, end int, text, lower string, cap, punct bool) Word {
	if start < 0 || end > MaxWordOffset || end-start != len(text) {
		panic("text: word offsets out of range or not its text's")
	}
	f := uint32(0)
	if cap {
		f |= wordCapFlag
	}
	if punct {
		f |= wordPunctFlag
	}
	return Word{text: text, lower: lower, start: int32(start), flags: f}
}

// Start is the byte offset of the word in its text.
func (w *Word) Start() int { return int(w.start) }

// End is the byte offset just past the word.
func (w *Word) End() int { return int(w.start) + len(w.text) }

// Text is the word verbatim.
func (w *Word) Text() string { return w.text }

// Lower is strings.ToLower(Text), taken once when the sentence is split
// so that every lexicon lookup does not lower-case the word again (it
// was about a tenth of extraction). It shares memory with Text or with
// one lower-cased buffer of the sentence's words.
func (w *Word) Lower() string { return w.lower }

// Cap is true when the word starts with an upper-case letter.
func (w *Word) Cap() bool { return w.flags&wordCapFlag != 0 }

// Punct is true for punctuation tokens.
func (w *Word) Punct() bool { return w.flags&wordPunctFlag != 0 }

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
	words, _ := appendWords(dst, nil, text, start, end)
	return words
}

// AppendWordsLower is AppendWords with the lower case of the words that
// need one written into low's spare capacity (a larger buffer when it has
// too little), and low grown past them returned: a caller that tokenizes
// many documents one after another keeps one buffer instead of one per
// sentence. The words point into the buffer, so the caller may reuse its
// bytes (low[:0]) only once none of these words, and no string taken from
// their Lower, is read any more.
func AppendWordsLower(dst []Word, low []byte, text string, start, end int) ([]Word, []byte) {
	if low == nil {
		low = []byte{} // nil asks appendWords for a buffer per call
	}
	return appendWords(dst, low, text, start, end)
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
// (empty: no token's Lower is otherwise empty) and the bytes it needs are
// counted; fillLower then lower-cases just those words into one buffer of
// that size. Lower-casing them as the tokenizer met them took a buffer as
// long as the sentence, most of it never written (the words that need it
// are a small part of a sentence's bytes): it was a tenth of the bytes
// extraction allocated.
//
// With low not nil, the lower-cased bytes are appended to it (see
// AppendWordsLower) rather than to a buffer of their own.
func appendWords(out []Word, low []byte, text string, start, end int) ([]Word, []byte) {
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
				out = appendSpanWord(out, text, i, j, !fold, f)
				i = j
			default:
				out = appendSpanWord(out, text, i, i+1, true, wordPunctFlag)
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
			out = appendSpanWord(out, text, i, j, false, f)
			need += j - i
			i = j
		default:
			own := isOwnLower(r, n)
			if !own {
				need += n
			}
			out = appendSpanWord(out, text, i, i+n, own, wordPunctFlag)
			i += n
		}
	}
	if need > 0 {
		low = fillLower(out[first:], low, need)
	}
	return out, low
}

// appendSpanWord appends the word text[i:j] with flags f, its Lower its
// text when lowerIsText, else left for fillLower. The caller checked that
// j fits. The word is appended as a composite literal: built in a
// variable first, the record (too large for registers) was written twice.
func appendSpanWord(out []Word, text string, i, j int, lowerIsText bool, f uint32) []Word {
	t := text[i:j]
	l := ""
	if lowerIsText {
		l = t
	}
	return append(out, Word{text: t, lower: l, start: int32(i), flags: f})
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
//
// With low not nil the buffer is low's spare capacity, or a new one twice
// as large when it has too little (the words already given the old one
// keep it alive; none of its bytes is written again), and low grown by
// need is returned.
func fillLower(ws []Word, low []byte, need int) []byte {
	var buf []byte
	if low == nil {
		buf = make([]byte, need)
	} else {
		if cap(low)-len(low) < need {
			low = make([]byte, 0, max(2*cap(low), need, 512))
		}
		buf, low = low[len(low):len(low)+need], low[:len(low)+need]
	}
	at := 0
	for k := range ws {
		w := &ws[k]
		if w.lower != "" {
			continue
		}
		t := w.Text()
		b := buf[at : at+len(t)]
		at += len(b)
		if !lowerInto(b, t) {
			w.lower = strings.ToLower(t)
			continue
		}
		w.lower = unsafe.String(unsafe.SliceData(b), len(b))
	}
	return low
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
		if c := text[j]; c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
			// Most words end at a space or a comma: an ASCII byte that
			// stopped the run is no word byte, and only a joiner (or the
			// period of an abbreviation) can carry the word on.
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
	n := len(w)
	return 0 < n && n <= len(buf) && mayBeAbbrev(buf[0], buf[n-1], n) && abbreviations[string(buf[:n])]
}

// mayBeAbbrev reports whether an abbreviation of n bytes may start with
// the byte first and end with last (ASCII letters in either case): most
// words before a period are settled without lower-casing and a map
// look-up. Other bytes may share a letter's bit; that only lets a word
// through to the look-up.
func mayBeAbbrev(first, last byte, n int) bool {
	return abbrevShapes[n][first&31]&(1<<(last&31)) != 0
}

// abbrevShapes[n][f] has bit l set when an abbreviation of n bytes starts
// with the letter whose low five bits are f and ends with the one of l.
var abbrevShapes = func() (t [maxAbbrevLen + 1][32]uint32) {
	for a := range abbreviations {
		t[len(a)][a[0]&31] |= 1 << (a[len(a)-1] & 31)
	}
	return t
}()

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.'
}

// isDottedAbbrev: "U.S" (before its final period) or a single capital.
func isDottedAbbrev(w string) bool {
	switch {
	case len(w) == 0:
		return false
	case len(w) == 1:
		return 'A' <= w[0] && w[0] <= 'Z'
	case w[0] >= utf8.RuneSelf:
		// One character of several bytes ("É"): its rune is the whole
		// word. Only such a word needs decoding (every period after a
		// word asks).
		if r, n := utf8.DecodeRuneInString(w); n == len(w) {
			return unicode.IsUpper(r)
		}
	}
	return strings.IndexByte(w, '.') >= 0
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
		if x.start != y.start || x.flags != y.flags || x.text != y.text || x.lower != y.lower {
			return false
		}
	}
	return true
}

// String shows the word's fields, for tests' messages.
func (w Word) String() string {
	return fmt.Sprintf("{%d %d %q %q cap=%v punct=%v}", w.Start(), w.End(), w.Text(), w.Lower(), w.Cap(), w.Punct())
}
