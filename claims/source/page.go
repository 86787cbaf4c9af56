package source

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// page is what analysePage learns about a body.
type page struct {
	furniture      []Span
	headline       string
	published      time.Time
	hasArticleText bool
}

// Tuning constants of the page analysis, named so the rules read plainly.
const (
	// topLines is how many non-empty lines from the top, or from the
	// headline when a long menu pushes it down, may hold the dateline;
	// further down a date-only line is part of the article.
	topLines = 15
	// headlineSearchLines is how far down the headline may sit below a menu.
	headlineSearchLines = 40
	// maxNavItems bounds a top menu; a longer run of short lines is content.
	// News sites print two or three menus above the headline.
	maxNavItems = 30
	// bioTailLines is how many article lines from the end an author bio may
	// start at.
	bioTailLines = 3
)

// analyser holds the lines of one body and the cue assigned to each.
type analyser struct {
	text  string
	lines []line
	cues  []cue
	hints textHints
}

func (a *analyser) str(i int) string {
	l := a.lines[i]
	return a.text[l.start:l.end]
}

// analysePage finds the furniture, headline and dateline of the body that
// starts at bodyStart. Each pass looks at lines, never re-reads bytes
// beyond the line it tests, and most tests stop at the first bytes of a
// line, so the whole analysis costs about one pass over the text.
func analysePage(text string, bodyStart int) page {
	lines := scanLines(text, bodyStart)
	a := &analyser{text: text, lines: lines, cues: make([]cue, len(lines)), hints: hintsOf(text[bodyStart:])}
	datelines := a.markLineCues()
	a.markIssuers()
	head := a.findHeadline()
	published := a.publishedDate(datelines, head)
	a.markBlocks(head)
	a.markBio(head)
	a.markRepeats(head)
	p := page{published: published, furniture: a.spans()}
	if head >= 0 {
		p.headline = cleanHeadline(a.str(head))
	}
	for _, c := range a.cues {
		if c == cueNone {
			p.hasArticleText = true
			break
		}
	}
	return p
}

// dateline is a date-only line near the top.
type dateline struct {
	index int
	date  time.Time
}

// markLineCues classifies every line on its own and marks the date-only
// lines near the top, which it returns in order.
func (a *analyser) markLineCues() []dateline {
	var found []dateline
	for i := range a.lines {
		s := a.str(i)
		a.cues[i] = lineCueIn(s, &a.hints)
		if i >= headlineSearchLines+topLines || !mayHoldDateline(a.cues[i]) {
			continue
		}
		if len(s) <= maxDateLineBytes && !hasYearDigits(s) {
			continue // both parsers refuse a line without a four-digit year
		}
		if t, ok := parseDateLine(s); ok {
			if a.cues[i] == cueNone {
				a.cues[i] = cueDateline
			}
			found = append(found, dateline{i, t})
		} else if t, ok := parseLedeDateline(s); ok {
			found = append(found, dateline{i, t}) // the line stays article text
		}
	}
	return found
}

// publishedDate is the first dateline within topLines of the top or of
// the headline.
func (a *analyser) publishedDate(found []dateline, head int) time.Time {
	limit := max(topLines, head+topLines)
	if len(found) > 0 && found[0].index < limit {
		return found[0].date
	}
	return time.Time{}
}

// mayHoldDateline says which lines may carry the publication date: plain
// lines and byline bars, never captions or widgets.
func mayHoldDateline(c cue) bool {
	return c == cueNone || c == cueByline || c == cueRelease
}

// markIssuers marks the short organisation line above "For Immediate
// Release". On the first line it is only taken when a headline-like line
// follows the release block, so a lone press-release headline survives.
func (a *analyser) markIssuers() {
	for i := 1; i < len(a.lines); i++ {
		if a.cues[i] != cueRelease || a.cues[i-1] != cueNone || !isIssuerLine(a.str(i-1)) {
			continue
		}
		if i-1 > 0 || a.headlineFollows(i+1) {
			a.cues[i-1] = cueRelease
		}
	}
}

// headlineFollows reports whether the first article line from i on looks
// like a headline.
func (a *analyser) headlineFollows(i int) bool {
	for ; i < len(a.lines); i++ {
		if a.cues[i] == cueNone {
			return isHeadlineLike(a.str(i))
		}
	}
	return false
}

// findHeadline returns the index of the headline line, or -1, and marks a
// menu above it. Short menu-like lines at the top are a menu only when a
// headline-like line follows them; otherwise the first of them is the
// headline (a short headline is kept rather than lost).
func (a *analyser) findHeadline() int {
	var menu []int
	for i := 0; i < len(a.lines) && i < headlineSearchLines; i++ {
		if a.cues[i] != cueNone {
			continue
		}
		s := a.str(i)
		if len(menu) < maxNavItems && isNavLike(s) {
			menu = append(menu, i)
			continue
		}
		if len(menu) == 0 {
			return i
		}
		if !isHeadlineLike(s) {
			return menu[0]
		}
		for _, m := range menu {
			a.cues[m] = cueNav
		}
		return i
	}
	if len(menu) > 0 {
		return menu[0]
	}
	for i := headlineSearchLines; i < len(a.lines); i++ {
		if a.cues[i] == cueNone {
			return i
		}
	}
	return -1
}

// markBlocks extends related-story and comment markers after the headline
// into blocks: a comment section runs to the end of the page; a related
// list runs until a substantial article paragraph resumes (some pages put
// the related box in the middle of the story).
func (a *analyser) markBlocks(head int) {
	if head < 0 {
		return
	}
	for i := head + 1; i < len(a.lines); i++ {
		switch a.cues[i] {
		case cueCommentMarker:
			a.markTrailing(i+1, len(a.lines))
			return
		case cueRelatedMarker:
			j := i + 1
			for j < len(a.lines) && !a.isSubstantial(j) && a.cues[j] != cueCommentMarker {
				j++
			}
			a.markTrailing(i+1, j)
			i = j - 1
		}
	}
}

func (a *analyser) markTrailing(from, to int) {
	for j := from; j < to; j++ {
		if a.cues[j] == cueNone {
			a.cues[j] = cueTrailing
		}
	}
}

// isSubstantial reports whether line i is an article paragraph beyond
// doubt: thirty words or more, two sentences, closing punctuation. Related
// teasers are headlines or one-sentence blurbs.
func (a *analyser) isSubstantial(i int) bool {
	if a.cues[i] != cueNone {
		return false
	}
	s := a.str(i)
	return wordCount(s, 30) >= 30 && endsSentence(s) && sentenceEnds(s) >= 2
}

// markBio marks an author bio near the end of the article: a line that is
// just a name followed by a paragraph about a journalist ("I cover ...",
// "NAME is a reporter who ..."). Both conditions and the position keep an
// article's last paragraphs safe.
func (a *analyser) markBio(head int) {
	tail := a.articleTail(head, bioTailLines+1)
	for k := 0; k+1 < len(tail); k++ {
		name, bio := tail[k], tail[k+1]
		if bio != name+1 || !isNameLine(a.str(name)) || !isBioParagraph(a.str(bio), a.str(name)) {
			continue
		}
		a.cues[name], a.cues[bio] = cueBio, cueBio
		return
	}
}

// articleTail returns the indices of the last n article lines after the
// headline and before the first trailing block.
func (a *analyser) articleTail(head, n int) []int {
	end := len(a.lines)
	for i := head + 1; i < len(a.lines); i++ {
		if a.cues[i] == cueRelatedMarker || a.cues[i] == cueCommentMarker {
			end = i
			break
		}
	}
	var tail []int
	for i := end - 1; i > head && len(tail) < n; i-- {
		if a.cues[i] == cueNone {
			tail = append(tail, i)
		}
	}
	// reverse into reading order
	for l, r := 0, len(tail)-1; l < r; l, r = l+1, r-1 {
		tail[l], tail[r] = tail[r], tail[l]
	}
	return tail
}

// maxPairwiseRepeatLines bounds the pages whose repeats are found by
// comparing each line with the lines before it. An article has a few
// dozen lines, mostly of lengths no other line has, so comparing lengths
// first costs less than hashing every line into a map; a longer page,
// where the pairs grow with the square of its lines, uses the map.
const maxPairwiseRepeatLines = 64

// markRepeats marks exact repeats of earlier lines (a headline or
// paragraph a scraper printed twice); the first occurrence stays.
func (a *analyser) markRepeats(head int) {
	if len(a.lines) > maxPairwiseRepeatLines {
		a.markRepeatsByMap(head)
		return
	}
	// A line can only repeat an earlier one of its length: a bit per
	// length (modulo repeatLengthBits) lets most lines, whose lengths no
	// earlier line has, skip the comparisons.
	var lengths [repeatLengthBits / 64]uint64
	for i, l := range a.lines {
		n := uint(l.end-l.start) % repeatLengthBits
		bit := uint64(1) << (n % 64)
		if lengths[n/64]&bit == 0 {
			lengths[n/64] |= bit
			continue
		}
		if a.cues[i] == cueNone && i != head && a.repeatsEarlierLine(i) {
			a.cues[i] = cueRepeat
		}
	}
}

// repeatLengthBits is how many line lengths markRepeats tells apart.
const repeatLengthBits = 1024

// repeatsEarlierLine reports whether line i has the text of a line before
// it; only lines of its length are compared byte by byte.
func (a *analyser) repeatsEarlierLine(i int) bool {
	li := a.lines[i]
	n := li.end - li.start
	for _, lj := range a.lines[:i] {
		if lj.end-lj.start == n && a.text[lj.start:lj.end] == a.text[li.start:li.end] {
			return true
		}
	}
	return false
}

// markRepeatsByMap is markRepeats for long pages.
func (a *analyser) markRepeatsByMap(head int) {
	seen := make(map[string]struct{}, len(a.lines))
	for i := range a.lines {
		s := a.str(i)
		if _, dup := seen[s]; dup {
			if a.cues[i] == cueNone && i != head {
				a.cues[i] = cueRepeat
			}
			continue
		}
		seen[s] = struct{}{}
	}
}

// spans turns furniture lines into sorted byte spans, merging lines that
// are neighbours among the non-empty lines (only blank lines between).
func (a *analyser) spans() []Span {
	var out []Span
	prev := -2
	for i, c := range a.cues {
		if c == cueNone {
			continue
		}
		l := a.lines[i]
		if prev == i-1 && len(out) > 0 {
			out[len(out)-1].End = l.end
		} else {
			out = append(out, Span{Start: l.start, End: l.end})
		}
		prev = i
	}
	return out
}

// isHeadlineLike accepts a line of four to twenty-five words that does not
// end with a full stop: a headline, not a menu item or a paragraph.
func isHeadlineLike(s string) bool {
	n := wordCount(s, 26)
	return n >= 4 && n <= 25 && !strings.HasSuffix(trimClosers(s), ".")
}

// cleanHeadline drops Markdown heading marks, unless nothing else is left.
func cleanHeadline(s string) string {
	if t := strings.TrimSpace(strings.TrimLeft(s, "#")); t != "" {
		return t
	}
	return s
}

// isNameLine accepts a line that is just a person's name: two to four
// capitalised words of letters, without digits or sentence punctuation.
func isNameLine(s string) bool {
	if len(s) > 48 {
		return false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// journalismWords mark a paragraph as being about a writer.
var journalismWords = []string{
	"journalist", "reporter", "correspondent", "editor", "writer", "columnist",
	"contributor", "freelance", "i cover", " covers ", "writes about", "reporting on",
	"news desk", "author of",
}

// isBioParagraph accepts a short paragraph about a journalist told in the
// first person or about the named person.
func isBioParagraph(s, name string) bool {
	if len(s) > 800 || wordCount(s, 81) > 80 {
		return false
	}
	lower := strings.ToLower(s)
	about := false
	for _, w := range journalismWords {
		if strings.Contains(lower, w) {
			about = true
			break
		}
	}
	if !about {
		return false
	}
	if strings.HasPrefix(s, "I ") || strings.HasPrefix(s, "I'm ") || strings.HasPrefix(s, "I’m ") ||
		strings.Contains(s, " I ") || strings.HasPrefix(s, "He ") || strings.HasPrefix(s, "She ") {
		return true
	}
	for _, w := range strings.Fields(name) {
		if strings.HasPrefix(s, w+" ") {
			return true
		}
	}
	return false
}
