package claims

import (
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/claims/text"
)

// timeStage finds temporal expressions in the whole body, so that "the
// next day" can lean on an earlier sentence, then files them by sentence.
type timeStage struct{}

func (timeStage) Name() string { return "times" }

func (timeStage) Run(d *Doc) { fileDates(d, FindDates(d.Source, d.Quotes)) }

// runWith finds the dates into x's buffer when it has one: the sentences
// hold their dates in it, read until the Scratch's next document.
func (timeStage) runWith(d *Doc, x *wordScratch) {
	b := x.bufs
	if b == nil {
		timeStage{}.Run(d)
		return
	}
	if b.times == nil {
		b.times = make([]temporal.Expr, 0, 16) // not nil: appendDates copies nil's result out
	}
	b.times = appendDates(b.times[:0], d.Source, d.Quotes)
	fileDates(d, b.times)
}

// fileDates gives each sentence of d its dates among exprs, the body's.
func fileDates(d *Doc, exprs []temporal.Expr) {
	i, shared := 0, 0
	for _, s := range d.Sentences {
		for i < len(exprs) && exprs[i].Start < s.Start {
			i++
		}
		n := i
		for n < len(exprs) && exprs[n].End <= s.End {
			n++
		}
		if n > i && i >= shared && len(s.Times) == 0 && keepsAll(d.Source.Text, s, exprs[i:n]) {
			// The sentence keeps a run of exprs that no other sentence
			// has: it gets that run itself rather than a copy (an Expr
			// is large), capped so that an append cannot reach the next.
			s.Times, shared = exprs[i:n:n], n
			continue
		}
		for j := i; j < n; j++ {
			if exprs[j].Start < s.Lead || inDateline(d.Source.Text, s, exprs[j]) {
				continue
			}
			s.Times = append(s.Times, exprs[j])
		}
	}
}

// keepsAll reports whether sentence s keeps every one of exprs, which
// lie inside it: none starts in its lead or is its dateline.
func keepsAll(text string, s *Sentence, exprs []temporal.Expr) bool {
	for _, e := range exprs {
		if e.Start < s.Lead || inDateline(text, s, e) {
			return false
		}
	}
	return true
}

// FindDates finds the temporal expressions of a source's body, anchored to
// its publication date; relative ones inside quotations stay unanchored.
// It is the one way claimcheck reads dates: check and the dates command
// both call it. Only the body is searched, so front matter neither yields
// dates nor anchors the body's; spans are offsets into the whole file.
// quotes are the body's quotations, found here when nil.
func FindDates(src *source.Source, quotes []text.Quote) []temporal.Expr {
	return appendDates(nil, src, quotes)
}

// appendDates appends FindDates's expressions to dst; to a nil dst,
// temporal.Find's exact-length copy.
func appendDates(dst []temporal.Expr, src *source.Source, quotes []text.Quote) []temporal.Expr {
	start, end := src.Body.Start, src.Body.End
	if end == 0 && start == 0 {
		end = len(src.Text)
	}
	if start < 0 || end > len(src.Text) || start > end {
		return dst
	}
	if quotes == nil {
		quotes = text.Quotes(src.Text, start, end)
	}
	ctx := temporal.Context{Published: src.Published}
	for _, q := range quotes {
		ctx.Quotes = append(ctx.Quotes, temporal.Span{Start: q.Start - start, End: q.End - start})
	}
	from := len(dst)
	if dst == nil {
		dst = temporal.Find(src.Text[start:end], ctx)
	} else {
		dst = temporal.AppendFind(dst, src.Text[start:end], ctx)
	}
	for i := from; i < len(dst); i++ {
		dst[i].Start += start
		dst[i].End += start
	}
	return dst
}

// inDateline reports whether a date opens a sentence as a wire dateline
// ("JAKARTA, Nov 13 - The death toll ..."): it dates the report, not the
// event.
func inDateline(text string, s *Sentence, e temporal.Expr) bool {
	head := text[s.Start:e.Start]
	if len(head) > 48 || !strings.Contains(head, ",") {
		return false
	}
	for _, r := range head {
		if unicode.IsLower(r) {
			return false
		}
	}
	tail := strings.TrimLeft(text[e.End:s.End], " ")
	if strings.HasPrefix(tail, "(") {
		if k := strings.IndexByte(tail, ')'); k >= 0 {
			tail = strings.TrimLeft(tail[k+1:], " ")
		}
	}
	for _, dash := range []string{"-", "–", "—", "/"} {
		if strings.HasPrefix(tail, dash) {
			return true
		}
	}
	return false
}
