package claims

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims/numbers"
)

// numberStage finds counts and quantities sentence by sentence.
type numberStage struct{}

func (numberStage) Name() string { return "numbers" }

func (numberStage) Run(d *Doc) { numberStage{}.runWith(d, &wordScratch{}) }

// runWith cuts the figures from x's buffers when it has them.
func (numberStage) runWith(d *Doc, x *wordScratch) {
	b := x.bufs
	buf := b.figureBuffer()
	all := (*buf)[:0]
	ends := b.endList(len(d.Sentences))[:len(d.Sentences)]
	for k, s := range d.Sentences {
		ends[k] = len(all)
		if s.Duplicate {
			continue
		}
		mark := len(all)
		all = append(all, s.Numbers...) // none so far, but keep what a stage before gave
		found := len(all)
		all = numbers.AppendFind(all, d.Source.Text[s.Lead:s.End])
		for k := found; k < len(all); k++ {
			n := &all[k]
			n.Start += s.Lead
			n.End += s.Lead
			if n.NounEnd > 0 {
				n.NounStart += s.Lead
				n.NounEnd += s.Lead
			}
		}
		partTakesTotalsNoun(d.Source.Text, all[mark:])
		ends[k] = len(all)
	}
	if b != nil {
		// The document goes before the Scratch's next one: its sentences
		// may hold their figures where they were found.
		cutFigures(d.Sentences, ends, all)
		*buf = all
		b.keepEnds(ends)
		return
	}
	shareFigures(d.Sentences, ends, all)
	clear(all) // the pool must not keep the article's text alive
	*buf = all[:0]
	figureScratch.Put(buf)
}

// figureScratch holds the growing figure buffers of numberStage.
var figureScratch = sync.Pool{New: func() any { return new([]numbers.Number) }}

// shareFigures gives each sentence its figures, all[ends[k-1]:ends[k]], cut
// from one copy of all: the figures live until the report, and one
// allocation per article instead of one per sentence with a figure saves
// the allocator and the collector. Each sentence's slice is capped at its
// own length, so an append cannot write into the next sentence's.
// Sentences without figures keep what they had (nil, or a stage's before).
func shareFigures(sents []*Sentence, ends []int, all []numbers.Number) {
	if len(all) == 0 {
		return
	}
	own := make([]numbers.Number, len(all))
	copy(own, all)
	cutFigures(sents, ends, own)
}

// cutFigures gives each sentence its figures, all[ends[k-1]:ends[k]].
func cutFigures(sents []*Sentence, ends []int, all []numbers.Number) {
	start := 0
	for k, s := range sents {
		if end := ends[k]; end > start {
			s.Numbers = all[start:end:end]
			start = end
		}
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
