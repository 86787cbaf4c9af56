package claims

import (
	"strings"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/temporal"
)

// timeStage finds temporal expressions in the whole body, so that "the
// next day" can lean on an earlier sentence, then files them by sentence.
type timeStage struct{}

func (timeStage) Name() string { return "times" }

func (timeStage) Run(d *Doc) {
	ctx := temporal.Context{Published: d.Source.Published}
	for _, q := range d.Quotes {
		ctx.Quotes = append(ctx.Quotes, temporal.Span{Start: q.Start, End: q.End})
	}
	body := d.Source.Body
	if body.End == 0 {
		body.End = len(d.Source.Text)
	}
	exprs := temporal.Find(d.Source.Text[:body.End], ctx)
	i := 0
	for _, s := range d.Sentences {
		for i < len(exprs) && exprs[i].Start < s.Start {
			i++
		}
		for j := i; j < len(exprs) && exprs[j].End <= s.End; j++ {
			if exprs[j].Start < s.Lead || inDateline(d.Source.Text, s, exprs[j]) {
				continue
			}
			s.Times = append(s.Times, exprs[j])
		}
	}
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
