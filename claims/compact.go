package claims

// compactStage drops what comparison will never read: the times, figures
// and quotations of sentences that no event mention, figure or ownership
// claim points at, and the words of every sentence (comparison splits the
// few it reads again: Sentence.WordsIn). A day of wire copy is held in
// memory whole until the report is written, and per-word records were
// most of it. Entities stay: alias resolution and story blocking read
// every sentence's names.
type compactStage struct{}

func (compactStage) Name() string { return "compact" }

func (compactStage) Run(d *Doc) {
	keep := map[*Sentence]bool{}
	for _, m := range d.Mentions {
		keep[m.Sentence] = true
		for _, f := range m.Counts {
			keep[f.Sentence] = true
		}
		for _, f := range m.Quantities {
			keep[f.Sentence] = true
		}
		for _, o := range m.Ownerships {
			keep[o.Sentence] = true
		}
	}
	for _, s := range d.Sentences {
		s.Words = nil // no stage holds a sentence's words past extraction
		if !keep[s] {
			s.Times, s.Numbers, s.Quotes = nil, nil, nil
		}
	}
}
