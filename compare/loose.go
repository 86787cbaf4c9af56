package compare

import "github.com/claimcheck/claimcheck/claims"

// periodGrans are the granularities of a time expression that dates a
// sentence to a month or longer. Quarters and halves are left out: in
// company news a quarter is the event itself ("third-quarter profit").
var periodGrans = map[string]bool{
	"month": true, "year": true, "season": true, "decade": true, "century": true,
}

// periodFigure reports whether a loose figure (one given to the article's
// main event because its sentence names no event) stands in a sentence
// that a month, a year or a longer period opens: "so far this year police
// have seized 6 tonnes", "last month another raid netted 1,100 kg". Such
// figures are tallies or earlier events; news dates the event it reports
// to the day, so they are left out rather than compared with it. A period
// after the figure is a baseline ("412 million, against 367 million a year
// earlier"), which the figure's role already tells.
func periodFigure(f claims.Figure) bool {
	if !f.Loose || f.Sentence == nil {
		return false
	}
	for _, t := range f.Sentence.Times {
		if !t.Quoted && periodGrans[t.Gran] && t.Start < f.Start {
			return true
		}
	}
	return false
}
