package claims

import "github.com/claimcheck/claimcheck/claims/temporal"

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
			s.Times = append(s.Times, exprs[j])
		}
	}
}
