package claims

import (
	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Sentence is one sentence of a source with everything found in it. All
// offsets are byte offsets into Source.Text.
type Sentence struct {
	Index      int
	Start, End int
	Line       int
	Words      []text.Word
	Quotes     []text.Quote // quotations overlapping the sentence
	Times      []temporal.Expr
	Numbers    []numbers.Number
	Entities   []Entity
	Hedge      string // hedge word or phrase of the sentence, if any
	Speaker    string // key of the entity the sentence attributes its content to ("X said")
	Duplicate  bool   // the same sentence appeared earlier in the source
	// Hash is text.FoldedHash of the sentence: equal for sentences that
	// differ only in white space (duplicates, copies of an article).
	Hash     uint64
	Headline bool
	// Lead is where the sentence's own words begin, after a wire dateline
	// such as "JAKARTA, Nov 13 (Agency) - " (Start when there is none).
	Lead int
}

// Text returns the sentence verbatim.
func (s *Sentence) Text(src *source.Source) string { return src.Text[s.Start:s.End] }

// WordsIn returns the sentence's words. The compact stage drops the words
// of every sentence once a document is extracted (they were a fifth of
// what a batch holds until its report is written), so readers after
// extraction split the sentence again from src, the source it belongs to,
// which gives the same words; the few sentences comparison reads cost
// that second split, the rest cost no memory. With src nil it returns the
// words the sentence still holds.
func (s *Sentence) WordsIn(src *source.Source) []text.Word {
	if s.Words != nil || src == nil || s.Lead < 0 || s.End > len(src.Text) || s.Lead > s.End {
		return s.Words
	}
	return text.Words(src.Text, s.Lead, s.End)
}

// Doc is one source with its extracted sentences and event mentions.
type Doc struct {
	Source    *source.Source
	Sentences []*Sentence
	Quotes    []text.Quote
	Mentions  []*Mention
}

// Stage is one step of extraction over a document. Stages run in order;
// each reads what earlier stages found and adds its own.
type Stage interface {
	Name() string
	Run(d *Doc)
}

// Pipeline is the default sequence of extraction stages.
var Pipeline = []Stage{
	sentenceStage{},
	timeStage{},
	numberStage{},
	entityStage{},
	placeNameStage{},
	hedgeStage{},
	mentionStage{},
	compactStage{},
}

// Extract runs every stage of the pipeline over one source. It is safe to
// call concurrently for different sources.
func Extract(src *source.Source) *Doc {
	d := &Doc{Source: src}
	// The stages share a pooled scratch of the document's words and
	// their lexicon entries, handed back once they are done with them
	// (words_arena.go).
	x := takeWordScratch()
	runPipeline(d, x)
	giveWordScratch(x, d)
	return d
}

// runPipeline runs every stage over d, with x the words' scratch.
func runPipeline(d *Doc, x *wordScratch) {
	for _, st := range Pipeline {
		if xs, ok := st.(scratchStage); ok {
			xs.runWith(d, x)
			continue
		}
		st.Run(d)
	}
}
