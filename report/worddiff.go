package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// token is one unit of a word diff: a word, a run of white space, or one
// other character (punctuation), as a byte range of its sentence.
type token struct {
	start, end int
	// key is what the diff compares: the text itself, except that every
	// run of white space compares equal, so line breaks and double spaces
	// in an article never show up as disagreements.
	key string
}

// tokenize splits a sentence into tokens in one pass.
func tokenize(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		switch {
		case isWordRune(r):
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n
			}
			toks = append(toks, token{i, j, s[i:j]})
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n
			}
			toks = append(toks, token{i, j, " "})
		default:
			toks = append(toks, token{i, j, s[i:j]})
		}
		i = j
	}
	return toks
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_')
}

// segment is a byte range of one side of a diff, changed or shared.
type segment struct {
	start, end int
	changed    bool
}

// maxDiffTokens bounds the sentences handed to the diff algorithm; longer
// ones (a parser's runaway "sentence") get a prefix/suffix diff, which is
// linear. The diff runs without a deadline so that output is the same on a
// slow machine as on a fast one.
const maxDiffTokens = 4000

// wordDiff compares two sentences word by word and returns, for each, its
// segments: what both share and what only it has.
func wordDiff(a, b string) (segsA, segsB []segment) {
	ta, tb := tokenize(a), tokenize(b)
	changedA, changedB := make([]bool, len(ta)), make([]bool, len(tb))
	if len(ta) > maxDiffTokens || len(tb) > maxDiffTokens {
		diffEnds(ta, tb, changedA, changedB)
	} else {
		diffTokens(ta, tb, changedA, changedB)
	}
	return segments(ta, absorbSpaces(ta, changedA)), segments(tb, absorbSpaces(tb, changedB))
}

// diffTokens runs diff-match-patch over the token sequences, each distinct
// token encoded as one rune (as DiffLinesToRunes does for lines), and marks
// the tokens each side does not share.
func diffTokens(ta, tb []token, changedA, changedB []bool) {
	ids := make(map[string]rune)
	ra, rb := encodeTokens(ta, ids), encodeTokens(tb, ids)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	i, j := 0, 0
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			i, j = i+n, j+n
		case diffmatchpatch.DiffDelete:
			for k := i; k < i+n && k < len(changedA); k++ {
				changedA[k] = true
			}
			i += n
		case diffmatchpatch.DiffInsert:
			for k := j; k < j+n && k < len(changedB); k++ {
				changedB[k] = true
			}
			j += n
		}
	}
}

// encodeTokens maps each token to a rune standing for its key. Runes skip
// the surrogate range, which does not survive conversion to a string.
func encodeTokens(toks []token, ids map[string]rune) []rune {
	out := make([]rune, len(toks))
	for k, t := range toks {
		id, ok := ids[t.key]
		if !ok {
			id = rune(len(ids) + 1)
			if id >= 0xd800 {
				id += 0x800
			}
			ids[t.key] = id
		}
		out[k] = id
	}
	return out
}

// diffEnds marks everything between the common prefix and suffix changed.
func diffEnds(ta, tb []token, changedA, changedB []bool) {
	p := 0
	for p < len(ta) && p < len(tb) && ta[p].key == tb[p].key {
		p++
	}
	s := 0
	for s < len(ta)-p && s < len(tb)-p && ta[len(ta)-1-s].key == tb[len(tb)-1-s].key {
		s++
	}
	for k := p; k < len(ta)-s; k++ {
		changedA[k] = true
	}
	for k := p; k < len(tb)-s; k++ {
		changedB[k] = true
	}
}

// absorbSpaces marks a shared run of white space changed when the tokens on
// both sides of it are changed, so "[-met on-]" reads as one edit rather
// than "[-met-] [-on-]".
func absorbSpaces(toks []token, changed []bool) []bool {
	for k := 1; k+1 < len(toks); k++ {
		if !changed[k] && toks[k].key == " " && changed[k-1] && changed[k+1] {
			changed[k] = true
		}
	}
	return changed
}

// segments merges neighbouring tokens with the same changed flag.
func segments(toks []token, changed []bool) []segment {
	var segs []segment
	for k, t := range toks {
		if n := len(segs); n > 0 && segs[n-1].changed == changed[k] {
			segs[n-1].end = t.end
			continue
		}
		segs = append(segs, segment{t.start, t.end, changed[k]})
	}
	return segs
}

// locateValue finds a claim's value inside its sentence: first where its
// span says (span minus the sentence's offset), if the text there is the
// value; else by a case-insensitive search, preferring a match that is a
// whole word. ok is false when the value is not in the sentence at all, and
// then nothing is highlighted rather than the wrong words.
func locateValue(text, value string, span [2]int, sentenceStart int) (start, end int, ok bool) {
	if value == "" {
		return 0, 0, false
	}
	start, end = span[0]-sentenceStart, span[1]-sentenceStart
	if start >= 0 && start < end && end <= len(text) && runeAligned(text, start, end) &&
		strings.EqualFold(text[start:end], value) {
		return start, end, true
	}
	return foldIndex(text, value)
}

// runeAligned reports whether text[start:end] neither starts nor ends
// inside a multi-byte rune.
func runeAligned(text string, start, end int) bool {
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// foldIndex is a case-insensitive strings.Index that returns the matched
// byte range of text (whose length may differ from value's) and prefers a
// match standing on word boundaries.
func foldIndex(text, value string) (start, end int, ok bool) {
	first := -1
	firstEnd := 0
	for i := 0; i < len(text); {
		if n, matched := foldPrefix(text[i:], value); matched {
			if onWordBoundaries(text, i, i+n) {
				return i, i + n, true
			}
			if first < 0 {
				first, firstEnd = i, i+n
			}
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	if first < 0 {
		return 0, 0, false
	}
	return first, firstEnd, true
}

// foldPrefix reports whether s starts with prefix under simple case
// folding, and how many bytes of s the match covers.
func foldPrefix(s, prefix string) (int, bool) {
	i := 0
	for _, want := range prefix {
		if i >= len(s) {
			return 0, false
		}
		got, size := utf8.DecodeRuneInString(s[i:])
		if !equalFoldRune(got, want) {
			return 0, false
		}
		i += size
	}
	return i, true
}

func equalFoldRune(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// onWordBoundaries reports whether text[start:end] neither begins nor ends
// inside a word ("12" in "12 killed", not in "120").
func onWordBoundaries(text string, start, end int) bool {
	if start > 0 {
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		first, _ := utf8.DecodeRuneInString(text[start:])
		if isWordRune(before) && isWordRune(first) {
			return false
		}
	}
	if end < len(text) {
		last, _ := utf8.DecodeLastRuneInString(text[:end])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if isWordRune(last) && isWordRune(after) {
			return false
		}
	}
	return true
}
