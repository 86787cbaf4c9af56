package claims

import "github.com/claimcheck/claimcheck/claims/numbers"

// numberStage finds counts and quantities sentence by sentence.
type numberStage struct{}

func (numberStage) Name() string { return "numbers" }

func (numberStage) Run(d *Doc) {
	for _, s := range d.Sentences {
		if s.Duplicate {
			continue
		}
		for _, n := range numbers.Find(d.Source.Text[s.Lead:s.End]) {
			n.Start += s.Lead
			n.End += s.Lead
			if n.NounEnd > 0 {
				n.NounStart += s.Lead
				n.NounEnd += s.Lead
			}
			s.Numbers = append(s.Numbers, n)
		}
	}
}
