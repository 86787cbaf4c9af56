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
		// Find returns a fresh slice of the exact length: the sentence
		// keeps it, moved to offsets into the whole text, rather than a copy
		// grown one figure at a time.
		found := numbers.Find(d.Source.Text[s.Lead:s.End])
		for k := range found {
			n := &found[k]
			n.Start += s.Lead
			n.End += s.Lead
			if n.NounEnd > 0 {
				n.NounStart += s.Lead
				n.NounEnd += s.Lead
			}
		}
		if s.Numbers == nil {
			s.Numbers = found
		} else {
			s.Numbers = append(s.Numbers, found...)
		}
		partTakesTotalsNoun(d.Source.Text, s.Numbers)
	}
}

// partTakesTotalsNoun: in "51 of the 96 seats" the 51 counts seats too.
func partTakesTotalsNoun(text string, ns []numbers.Number) {
	for i := 0; i+1 < len(ns); i++ {
		if ns[i].Noun != "" || ns[i+1].Noun == "" {
			continue
		}
		between := text[ns[i].End:ns[i+1].Start]
		if between == " of the " || between == " of " || between == " out of " {
			ns[i].Noun = ns[i+1].Noun
		}
	}
}
