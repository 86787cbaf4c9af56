package temporal

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord = iota + 1
	kNum
	kPunct
)

// token is one word, digit run or punctuation mark of a sentence.
// It is kept to 40 bytes (ndig a byte, the small fields packed after
// the ints): the scanner writes one per word of every sentence.
type token struct {
	start, end int
	num        int   // value of a number token (capped)
	ndig       uint8 // digits in a number token, capped at 255
	kind       uint8
	punct      byte // the ASCII punctuation byte; 0 for other marks
	upper      bool // a word that starts with an upper-case letter
	frac       bool // a number written with a decimal point ("2.5")
	grouped    bool // a number written with thousands separators ("1,850")
	e          entry
}

// scanner splits text into sentences of tokens in one pass over the bytes.
type scanner struct {
	text string
	pos  int
	toks []token
}

// maxWord is the longest word looked up in the lexicon.
const maxWord = 16

// next fills s.toks with the next sentence; false at the end of the text.
// hit reports whether the sentence holds a lexicon word or a number, the
// only tokens that can start a temporal expression.
// The position and the tokens are kept in locals while a sentence is
// read and stored back once: the scanner runs over every byte.
func (s *scanner) next() (hit bool, ok bool) {
	toks := s.toks[:0]
	text := s.text
	pos := s.pos
	for pos < len(text) {
		c := text[pos]
		switch byteClass[c] {
		case bSpace:
			pos++
		case bLetter:
			var head bool
			toks, pos, head = appendWord(toks, text, pos)
			hit = hit || head
		case bDigit:
			toks, pos = appendNumber(toks, text, pos)
			hit = true
		case bNewline:
			// A blank line ends a paragraph and so a sentence.
			nl := pos + 1
			for nl < len(text) && (text[nl] == ' ' || text[nl] == '\t' || text[nl] == '\r') {
				nl++
			}
			pos++
			if nl < len(text) && text[nl] == '\n' && len(toks) > 0 {
				s.pos, s.toks = nl+1, toks
				return hit, true
			}
		case bHigh:
			if isLetterAt(text, pos) {
				var head bool
				toks, pos, head = appendWord(toks, text, pos)
				hit = hit || head
				continue
			}
			_, n := utf8.DecodeRuneInString(text[pos:])
			toks = append(toks, token{start: pos, end: pos + n, kind: kPunct})
			pos += n
		default:
			toks = append(toks, token{start: pos, end: pos + 1, kind: kPunct, punct: c})
			pos++
			if (c == '.' || c == '!' || c == '?') && sentenceEnds(text, pos, toks) {
				s.pos, s.toks = pos, toks
				return hit, true
			}
		}
	}
	s.pos, s.toks = pos, toks
	return hit, len(toks) > 0
}

// Byte classes, for next to dispatch on one table look-up rather than a
// chain of comparisons per byte.
const (
	bOther   = iota // ASCII punctuation and control bytes
	bSpace          // ' ', '\t', '\r', '\f', '\v'
	bNewline        // '\n'
	bDigit          // '0'-'9'
	bLetter         // ASCII letters
	bHigh           // the first or a later byte of a multi-byte character
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == '\n':
			t[c] = bNewline
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = bSpace
		case c >= '0' && c <= '9':
			t[c] = bDigit
		case isASCIILetter(byte(c)):
			t[c] = bLetter
		case c >= utf8.RuneSelf:
			t[c] = bHigh
		}
	}
	return t
}()

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// appendWord reads the run of letters at pos, appends it as a token
// looked up in the lexicon and returns the position after it; head is
// true when the word can head an expression. Most words are ASCII
// letters ended by an ASCII byte: one load of their first eight bytes
// finds the end of a word of up to seven letters and is its packed key,
// and a longer word's scan goes on after it. That is what asciiLetters
// and packFold in appendAnyWord compute, without their calls and second
// load (BenchmarkScanBatch 330 -> 381 CPU-MB/s for words of up to seven
// letters; instructions over the 1 MB batch -2.4 % more for the longer
// ones, cachegrind). The others go to appendAnyWord.
func appendWord(toks []token, text string, pos int) (_ []token, end int, head bool) {
	if pos+8 <= len(text) {
		x := load8(text, pos)
		const lowerBits = 0x2020202020202020
		m := nonLetters(x)
		if m != 0 {
			n := bits.TrailingZeros64(m) >> 3
			if end := pos + n; text[end] < utf8.RuneSelf {
				e := shortLex.lookup((x | lowerBits) & (^uint64(0) >> (64 - 8*n)))
				toks = append(toks, token{start: pos, end: end, kind: kWord, upper: text[pos] >= 'A' && text[pos] <= 'Z', e: e})
				return toks, end, mayHead(e)
			}
		} else if end, settled := asciiLetters(text, pos+8); settled {
			// Eight ASCII letters or more: the first eight are x.
			var e entry
			switch n := end - pos; {
			case n == 8:
				e = shortLex.lookup(x | lowerBits)
			case n <= maxWord && mayBeLexical(text[pos:end]):
				e = lexTable.lookupFold(text, pos, end)
			}
			toks = append(toks, token{start: pos, end: end, kind: kWord, upper: text[pos] >= 'A' && text[pos] <= 'Z', e: e})
			return toks, end, mayHead(e)
		}
	}
	return appendAnyWord(toks, text, pos)
}

// appendAnyWord is appendWord for any word. The loop over the letters
// only finds the word's end; a word of up to eight ASCII letters is then
// looked up in shortLex, a longer one only when its first letters and
// length can be a lexicon word's.
func appendAnyWord(toks []token, text string, pos int) (_ []token, end int, head bool) {
	start := pos
	pos, settled := asciiLetters(text, pos)
	ascii := true
	for !settled && pos < len(text) {
		c := text[pos]
		if byteClass[c] == bLetter {
			pos++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if unicode.IsLetter(r) {
				ascii = false
				pos += size
				continue
			}
		}
		break
	}
	var e entry
	switch n := pos - start; {
	case !ascii:
	case n <= 8:
		lo, _ := packFold(text, start, pos)
		e = shortLex.lookup(lo)
	case n <= maxWord && mayBeLexical(text[start:pos]):
		e = lexTable.lookupFold(text, start, pos)
	}
	toks = append(toks, token{start: start, end: pos, kind: kWord, upper: text[start] >= 'A' && text[start] <= 'Z', e: e})
	return toks, pos, mayHead(e)
}

// mayHead reports whether a word of entry e can begin an expression.
// "ten" to "nineteen" may begin a spoken year ("nineteen ninety-six").
func mayHead(e entry) bool {
	return isHead(e.cl) || e.cl == clNumWord && e.val >= 10 && e.val <= 19
}

// asciiLetters returns the end of the run of ASCII letters at pos, read
// eight bytes at a time: most words end within the first eight. settled
// is true when an ASCII byte ends the run, so that the word ends there;
// otherwise the byte-by-byte loop of appendWord goes on from end, over
// letters of more than one byte or the last bytes of the text.
func asciiLetters(text string, pos int) (end int, settled bool) {
	for pos+8 <= len(text) {
		if m := nonLetters(load8(text, pos)); m != 0 {
			pos += bits.TrailingZeros64(m) >> 3
			return pos, text[pos] < utf8.RuneSelf
		}
		pos += 8
	}
	return pos, false
}

// load8 reads text[i:i+8] as a little-endian word, the first byte lowest.
func load8(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// nonLetters has the high bit of each byte of x set that is not an
// ASCII letter (bytes from 0x80 up included). Each byte's low seven bits,
// folded to lower case, are compared with 'a' and 'z' by adding to them
// so that the sum's high bit is the answer; no sum carries into the next
// byte.
func nonLetters(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := (x | 0x20*ones) &^ highs
	atLeastA := y + (0x80-'a')*ones // high bit: y >= 'a'
	aboveZ := y + (0x80-'z'-1)*ones // high bit: y > 'z'
	letters := atLeastA &^ aboveZ &^ x & highs
	return ^letters & highs
}

// isHead reports whether a word of class c can be the head of an
// expression; sentences without a head or a number are not parsed. It
// reads a table: the switch it was compiled to a chain of branches that
// the scanner, asking for every word, mispredicted often (5 % of the
// date finder's mispredicted branches, measured with cachegrind).
func isHead(c class) bool { return headClasses[c] }

var headClasses = func() (t [256]bool) {
	for _, c := range []class{clMonth, clWeekday, clUnit, clPart, clRelDay, clRef, clSet, clSeason, clFiscal, clHoliday, clDecade} {
		t[c] = true
	}
	return t
}()

// lexShape has, per first two letters, a bit for each length of a lexicon
// word (one-letter words under a second letter of 'a'-1, index 26): most
// words are rejected by it without hashing, which was a third of the
// scanner's time when keyed by the first letter alone.
var lexShape = func() (shape [26][27]uint32) {
	for w := range lexicon {
		if len(w) >= 32 || !isLowerLetters(w) {
			continue // scanWord yields only letter runs: such a key never matches
		}
		shape[w[0]-'a'][secondIndex(w)] |= 1 << len(w)
	}
	return shape
}()

// mayBeLexical reports whether the ASCII letters w (1 to maxWord of
// them, either case) can be a lexicon word.
func mayBeLexical(w string) bool {
	second := 26
	if len(w) > 1 {
		second = int(w[1] | 0x20 - 'a')
	}
	return lexShape[w[0]|0x20-'a'][second]&(1<<len(w)) != 0
}

// secondIndex is the lexShape column of w: its second letter, or 26.
func secondIndex(w string) int {
	if len(w) < 2 {
		return 26
	}
	return int(w[1] - 'a')
}

func isLowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// appendNumber reads the digit run at pos and appends it as a token;
// "1,200" is one number, "2.5" one fraction.
func appendNumber(toks []token, text string, pos int) ([]token, int) {
	start := pos
	v, nd := 0, 0
	t := token{start: start, kind: kNum}
	for {
		for pos < len(text) && text[pos] >= '0' && text[pos] <= '9' {
			if v < 1e9 {
				v = v*10 + int(text[pos]-'0')
			}
			nd++
			pos++
		}
		// Thousands group: exactly three digits after a comma.
		if pos+4 <= len(text) && text[pos] == ',' && isDigits(text[pos+1:pos+4]) &&
			(pos+4 == len(text) || !isDigit(text[pos+4])) && nd <= 3 {
			pos++
			t.grouped = true
			continue
		}
		break
	}
	if pos+1 < len(text) && text[pos] == '.' && isDigit(text[pos+1]) {
		t.frac = true
		pos++
		for pos < len(text) && isDigit(text[pos]) {
			pos++
		}
	}
	t.end, t.num, t.ndig = pos, v, uint8(min(nd, 255))
	return append(toks, t), pos
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// sentenceEnds decides whether the mark just read, the last of toks and
// ending before pos, ends a sentence: it must
// be followed by space and then a capital, a digit or a quote, and must not
// close an abbreviation ("Nov.", "Mr.", "a.m.", "U.S.").
func sentenceEnds(text string, pos int, toks []token) bool {
	i := pos
	if i < len(text) && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' && text[i] != '\r' {
		return false
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	if i < len(text) {
		c := text[i]
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == '"' || c == '\'' || c == '`' || c >= utf8.RuneSelf) {
			return false
		}
	}
	n := len(toks)
	if toks[n-1].punct != '.' || n < 2 {
		return true
	}
	prev := &toks[n-2]
	if prev.kind != kWord || prev.end != toks[n-1].start {
		return true
	}
	w := text[prev.start:prev.end]
	if len(w) == 1 || prev.e.cl == clMonth && prev.e.abbr || mayAbbreviate(w) && abbreviations[w] {
		return false
	}
	return true
}

// mayAbbreviate reports whether w has the shape of every abbreviation:
// a capital and at most five letters. Most words before a period are
// not, and are settled without hashing them for the map.
func mayAbbreviate(w string) bool { return len(w) <= 5 && w[0] >= 'A' && w[0] <= 'Z' }

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"St": true, "Jr": true, "Sr": true, "Gen": true, "Col": true, "Lt": true, "Sgt": true,
	"Capt": true, "Rep": true, "Sen": true, "Gov": true, "Prof": true, "Rev": true,
	"No": true, "Mt": true, "Ft": true, "Adm": true, "Maj": true, "Cpl": true, "Pres": true,
	"Tues": true, "Thurs": true, "Wed": true, "Fri": true, "Sat": true, "Mon": true, "Thu": true}
