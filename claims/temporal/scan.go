package temporal

import (
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
type token struct {
	start, end int
	kind       uint8
	punct      byte // the ASCII punctuation byte; 0 for other marks
	upper      bool // a word that starts with an upper-case letter
	frac       bool // a number written with a decimal point ("2.5")
	grouped    bool // a number written with thousands separators ("1,850")
	ndig       int  // digits in a number token
	num        int  // value of a number token (capped)
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
func (s *scanner) next() (hit bool, ok bool) {
	s.toks = s.toks[:0]
	text := s.text
	for s.pos < len(text) {
		c := text[s.pos]
		switch byteClass[c] {
		case bSpace:
			s.pos++
		case bLetter:
			if s.scanWord() {
				hit = true
			}
		case bDigit:
			s.scanNumber()
			hit = true
		case bNewline:
			// A blank line ends a paragraph and so a sentence.
			nl := s.pos + 1
			for nl < len(text) && (text[nl] == ' ' || text[nl] == '\t' || text[nl] == '\r') {
				nl++
			}
			s.pos++
			if nl < len(text) && text[nl] == '\n' && len(s.toks) > 0 {
				s.pos = nl + 1
				return hit, true
			}
		case bHigh:
			if s.isLetterAt(s.pos) {
				if s.scanWord() {
					hit = true
				}
				continue
			}
			_, n := utf8.DecodeRuneInString(text[s.pos:])
			s.toks = append(s.toks, token{start: s.pos, end: s.pos + n, kind: kPunct})
			s.pos += n
		default:
			s.toks = append(s.toks, token{start: s.pos, end: s.pos + 1, kind: kPunct, punct: c})
			s.pos++
			if (c == '.' || c == '!' || c == '?') && s.sentenceEnds() {
				return hit, true
			}
		}
	}
	return hit, len(s.toks) > 0
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

func (s *scanner) isLetterAt(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.text[i:])
	return unicode.IsLetter(r)
}

// scanWord reads a run of letters and looks it up; true when it is in the
// lexicon. The loop over the letters only finds the word's end, with the
// position in a local (a store to s.pos per letter was a tenth of the
// scanner's time); lower-casing and hashing are left to the few words
// whose first letters and length can be a lexicon word's.
func (s *scanner) scanWord() bool {
	text := s.text
	start := s.pos
	pos := start
	ascii := true
	for pos < len(text) {
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
	s.pos = pos
	t := token{start: start, end: pos, kind: kWord, upper: text[start] >= 'A' && text[start] <= 'Z'}
	if w := text[start:pos]; ascii && len(w) <= maxWord && mayBeLexical(w) {
		t.e = lexTable.lookupFold(w)
	}
	s.toks = append(s.toks, t)
	// "ten" to "nineteen" may begin a spoken year ("nineteen ninety-six").
	return isHead(t.e.cl) || t.e.cl == clNumWord && t.e.val >= 10 && t.e.val <= 19
}

// isHead reports whether a word of class c can be the head of an
// expression; sentences without a head or a number are not parsed.
func isHead(c class) bool {
	switch c {
	case clMonth, clWeekday, clUnit, clPart, clRelDay, clRef, clSet, clSeason, clFiscal, clHoliday, clDecade:
		return true
	}
	return false
}

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

// scanNumber reads a digit run; "1,200" is one number, "2.5" one fraction.
func (s *scanner) scanNumber() {
	text := s.text
	start := s.pos
	v, nd := 0, 0
	t := token{start: start, kind: kNum}
	for {
		for s.pos < len(text) && text[s.pos] >= '0' && text[s.pos] <= '9' {
			if v < 1e9 {
				v = v*10 + int(text[s.pos]-'0')
			}
			nd++
			s.pos++
		}
		// Thousands group: exactly three digits after a comma.
		if s.pos+4 <= len(text) && text[s.pos] == ',' && isDigits(text[s.pos+1:s.pos+4]) &&
			(s.pos+4 == len(text) || !isDigit(text[s.pos+4])) && nd <= 3 {
			s.pos++
			t.grouped = true
			continue
		}
		break
	}
	if s.pos+1 < len(text) && text[s.pos] == '.' && isDigit(text[s.pos+1]) {
		t.frac = true
		s.pos++
		for s.pos < len(text) && isDigit(text[s.pos]) {
			s.pos++
		}
	}
	t.end, t.num, t.ndig = s.pos, v, nd
	s.toks = append(s.toks, t)
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

// sentenceEnds decides whether the mark just read ends a sentence: it must
// be followed by space and then a capital, a digit or a quote, and must not
// close an abbreviation ("Nov.", "Mr.", "a.m.", "U.S.").
func (s *scanner) sentenceEnds() bool {
	text := s.text
	i := s.pos
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
	n := len(s.toks)
	if s.toks[n-1].punct != '.' || n < 2 {
		return true
	}
	prev := s.toks[n-2]
	if prev.kind != kWord || prev.end != s.toks[n-1].start {
		return true
	}
	w := text[prev.start:prev.end]
	if len(w) == 1 || prev.e.cl == clMonth && prev.e.abbr || abbreviations[w] {
		return false
	}
	return true
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true,
	"St": true, "Jr": true, "Sr": true, "Gen": true, "Col": true, "Lt": true, "Sgt": true,
	"Capt": true, "Rep": true, "Sen": true, "Gov": true, "Prof": true, "Rev": true,
	"No": true, "Mt": true, "Ft": true, "Adm": true, "Maj": true, "Cpl": true, "Pres": true,
	"Tues": true, "Thurs": true, "Wed": true, "Fri": true, "Sat": true, "Mon": true, "Thu": true}
