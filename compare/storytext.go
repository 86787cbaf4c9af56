package compare

import (
	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Extraction drops every sentence's words (claims' compact stage), and
// grouping and several comparators read the words of the same few
// sentences again: the sentence of each mention and of each figure.
// Splitting each of them once per story, and handing the slices back when
// the story is checked, costs one split where there were several, and
// holds the words of one story at a time.

// splitStoryWords gives the sentences a story's check reads their words
// and returns what gives them back. Sentences that hold words already are
// left as they are.
func splitStoryWords(docs []*claims.Doc) (release func()) {
	var split []*claims.Sentence
	fill := func(s *claims.Sentence, d *claims.Doc) {
		if s == nil || s.Words != nil {
			return
		}
		if ws := s.WordsIn(d.Source); ws != nil {
			s.Words = ws
			split = append(split, s)
		}
	}
	for _, d := range docs {
		for _, m := range d.Mentions {
			if m.Negated || m.Irrealis {
				continue // never grouped, never compared
			}
			fill(m.Sentence, d)
			for _, f := range m.Counts {
				fill(f.Sentence, d)
			}
			for _, f := range m.Quantities {
				fill(f.Sentence, d)
			}
		}
	}
	return func() {
		for _, s := range split {
			text.Recycle(s.Words) // nothing of a finding holds a word slice
			s.Words = nil
		}
	}
}
