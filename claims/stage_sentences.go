package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// sentenceStage splits the body into sentences and quotations, dropping
// page furniture and marking repeated sentences (scrapers often print the
// lede twice) so they yield no second set of claims.
type sentenceStage struct{}

func (sentenceStage) Name() string { return "sentences" }

func (sentenceStage) Run(d *Doc) {
	src := d.Source
	body := src.Body
	if body.End == 0 && body.Start == 0 {
		body.End = len(src.Text)
	}
	d.Quotes = text.Quotes(src.Text, body.Start, body.End)
	seen := map[string]bool{}
	headline := strings.TrimSpace(src.Headline)
	for _, s := range text.Split(src.Text, body.Start, body.End) {
		if src.IsFurniture(s.Start, s.End) {
			continue
		}
		str := src.Text[s.Start:s.End]
		sent := &Sentence{Index: len(d.Sentences), Start: s.Start, End: s.End, Line: s.Line}
		sent.Headline = headline != "" && strings.TrimSpace(str) == headline
		key := strings.Join(strings.Fields(str), " ")
		if seen[key] {
			sent.Duplicate = true
		}
		seen[key] = true
		sent.Words = text.Words(src.Text, s.Start, s.End)
		for _, q := range d.Quotes {
			if q.Start < s.End && q.End > s.Start {
				sent.Quotes = append(sent.Quotes, q)
			}
		}
		d.Sentences = append(d.Sentences, sent)
	}
}

// quoted reports whether [s, e) lies inside a quotation of the sentence.
func (s *Sentence) quoted(start, end int) bool { return text.Inside(s.Quotes, start, end) }
