package compare

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Extraction drops every sentence's words (claims' compact stage), and
// grouping and several comparators read the words of the same few
// sentences again: the sentence of each mention and of each figure.
// Splitting each of them once per story, and handing the slices back when
// the story is checked, costs one split where there were several, and
// holds the words of one story at a time.
//
// The words of a story's sentences are appended to one arena, each
// sentence given its stretch (capacity ending at its length, so that no
// reader's append runs into the next), rather than got from text.Words,
// which tokenizes into a scratch and copies into a slice per sentence:
// the copy, through write barriers, was a third of splitting. The arena
// is kept for the next story once this one is checked.
var storyArenas = sync.Pool{New: func() any { return new([]text.Word) }}

// splitStoryWords gives the sentences a story's check reads their words
// and returns what gives them back. Sentences that hold words already are
// left as they are.
func splitStoryWords(docs []*claims.Doc) (release func()) {
	arena := storyArenas.Get().(*[]text.Word)
	words := (*arena)[:0]
	var split []*claims.Sentence
	fill := func(s *claims.Sentence, d *claims.Doc) {
		if s == nil || s.Words != nil || !splittable(s, d.Source) {
			return
		}
		at := len(words)
		words = text.AppendWords(words, d.Source.Text, s.Lead, s.End)
		if len(words) > at {
			s.Words = words[at:len(words):len(words)]
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
			s.Words = nil // nothing of a finding holds a word slice
		}
		clear(words) // drop the arena's references to the story's texts
		*arena = words[:0]
		storyArenas.Put(arena)
	}
}

// splittable says whether Sentence.WordsIn would split s again from src
// (rather than give its words, or nil for a sentence outside the text).
func splittable(s *claims.Sentence, src *source.Source) bool {
	return src != nil && s.Lead >= 0 && s.End <= len(src.Text) && s.Lead <= s.End
}
