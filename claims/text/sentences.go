// Package text splits article text into sentences, quotations and words,
// keeping byte offsets into the original text so that every claim can point
// at its evidence.
//
// The splitter is hand-written: claimcheck must scan tens of megabytes a
// second, and the Punkt-style splitters available for Go
// (github.com/neurosnap/sentences, jdkato/prose) train on and allocate per
// token, which measured two orders of magnitude slower than this one-pass
// scanner on news text. News text needs only a handful of rules: terminal
// punctuation, abbreviations, initials and paragraph breaks.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text: a byte range and the 1-based line its
// first byte sits on.
type Sentence struct {
	Start, End int
	Line       int
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sr": true, "jr": true,
	"gen": true, "col": true, "lt": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true,
	"brig": true, "cpl": true, "pvt": true, "gov": true, "sen": true, "rep": true, "rev": true, "hon": true,
	"amb": true, "pres": true, "supt": true, "insp": true, "det": true, "cmdr": true, "cdr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "no": true, "nos": true, "vs": true, "etc": true,
	"approx": true, "est": true, "dept": true, "univ": true, "mt": true, "ft": true, "fig": true,
	"a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true,
}

// Split returns the sentences of text[start:end], in order. Paragraph and
// line breaks end a sentence unless the line was hard-wrapped mid-sentence.
func Split(text string, start, end int) []Sentence { return AppendSplit(nil, text, start, end) }

// AppendSplit appends the sentences Split returns to dst, so a caller that
// reads them once can reuse one slice from text to text.
func AppendSplit(dst []Sentence, text string, start, end int) []Sentence {
	out := dst
	line := 1 + strings.Count(text[:start], "\n")
	s := skipSpace(text, start, end)
	line += strings.Count(text[start:s], "\n")
	sLine := line
	i := s
	for i < end {
		// Most bytes neither break a line nor end a sentence.
		i = indexAny4(text, i, end, '\n', '.', '!', '?')
		if i >= end {
			break
		}
		c := text[i]
		switch {
		case c == '\n':
			if lineBreakEnds(text, s, i, end) {
				out = appendSentence(out, text, s, i, sLine)
				next := skipSpace(text, i, end)
				line += strings.Count(text[i:next], "\n")
				s, i, sLine = next, next, line
				continue
			}
			line++
		case c == '.' || c == '!' || c == '?':
			if e, ok := sentenceEnd(text, s, i, end); ok {
				out = appendSentence(out, text, s, e, sLine)
				next := skipSpace(text, e, end)
				line += strings.Count(text[e:next], "\n")
				s, i, sLine = next, next, line
				continue
			}
		}
		i++
	}
	return appendSentence(out, text, s, end, sLine)
}

func appendSentence(out []Sentence, text string, s, e, line int) []Sentence {
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	if e > s {
		out = append(out, Sentence{Start: s, End: e, Line: line})
	}
	return out
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func skipSpace(text string, i, end int) int {
	for i < end {
		if isSpaceByte(text[i]) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			i += n
			continue
		}
		break
	}
	return i
}

// lineBreakEnds decides whether the newline at i ends the sentence that
// began at s. A blank line always does; a single newline does unless the
// line is long, has no closing punctuation and the next line continues in
// lower case (hard-wrapped copy).
func lineBreakEnds(text string, s, i, end int) bool {
	next := i + 1
	for next < end && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r') {
		next++
	}
	if next >= end || text[next] == '\n' {
		return true
	}
	lineStart := strings.LastIndexByte(text[s:i], '\n') + 1 + s
	if i-lineStart < 60 {
		return true
	}
	prev := lastNonSpace(text, s, i)
	if prev >= 0 && strings.IndexByte(".!?:\"”’)", text[prev]) >= 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[next:end])
	return !unicode.IsLower(r)
}

func lastNonSpace(text string, s, i int) int {
	for j := i - 1; j >= s; j-- {
		if !isSpaceByte(text[j]) {
			return j
		}
	}
	return -1
}

// sentenceEnd decides whether the punctuation at i ends a sentence and, if
// so, returns the end offset (after any closing quotes or brackets).
func sentenceEnd(text string, s, i, end int) (int, bool) {
	e := i + 1
	for e < end && (text[e] == '.' || text[e] == '!' || text[e] == '?') {
		e++
	}
	e = skipClosers(text, e, end)
	if e >= end {
		return e, true
	}
	if !isSpaceByte(text[e]) && !strings.HasPrefix(text[e:], "\u00a0") {
		return 0, false
	}
	if text[i] == '.' && isAbbreviation(text, s, i) {
		return 0, false
	}
	next := skipSpace(text, e, end)
	if next >= end {
		return e, true
	}
	r, _ := utf8.DecodeRuneInString(text[next:end])
	if unicode.IsLower(r) {
		return 0, false
	}
	return e, true
}

func skipClosers(text string, e, end int) int {
	for e < end {
		switch {
		case text[e] == '"' || text[e] == '\'' || text[e] == ')' || text[e] == ']':
			e++
		case strings.HasPrefix(text[e:end], "”"), strings.HasPrefix(text[e:end], "’"):
			e += len("”")
		default:
			return e
		}
	}
	return e
}

// isAbbreviation reports whether the word before the period at i is a known
// abbreviation or a single-letter initial ("J. Smith", "U.S.").
func isAbbreviation(text string, s, i int) bool {
	j, ascii := i, true
	for j > s && !isSpaceByte(text[j-1]) && text[j-1] != '(' && text[j-1] != '"' {
		ascii = ascii && text[j-1] < utf8.RuneSelf
		j--
	}
	raw := text[j:i]
	w := raw
	// Runs before every period that ends a sentence: an ASCII word can
	// open only with "'" of the opening quotes, and needs no UTF-8 test.
	if !ascii || strings.HasPrefix(raw, "'") {
		w = strings.TrimLeft(raw, "“‘'")
		if !isASCII(w) {
			return isAbbreviationFolded(raw, strings.ToLower(w))
		}
	}
	// ASCII: lower-casing keeps lengths and letters, so the tests below
	// can read w as written, without allocating a lower-case copy.
	switch {
	case w == "":
		return false
	case isAbbrevWord(w):
		return true
	case len(w) == 1 && isASCIILetter(w[0]):
		r, _ := utf8.DecodeRuneInString(raw)
		return unicode.IsUpper(r)
	}
	return strings.IndexByte(w, '.') >= 0 && len(w) <= 6
}

// isAbbreviationFolded is isAbbreviation for a word with non-ASCII bytes,
// given raw (the word with any opening quotes) and word, its lower-cased
// form without them.
func isAbbreviationFolded(raw, word string) bool {
	if word == "" {
		return false
	}
	if abbreviations[word] {
		return true
	}
	// single letter initials, and dotted acronyms such as U.S or U.N.
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsLetter(r) {
		r0, _ := utf8.DecodeRuneInString(raw)
		return unicode.IsUpper(r0)
	}
	return strings.Count(word, ".") >= 1 && len(word) <= 6
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
