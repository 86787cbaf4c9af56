package claims

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims/text"
)

// wordScratch is what the stages of one Extract call share about the
// words of its document, dropped (and reused for the next document) when
// the call ends:
//
//   - words: the sentence stage tokenizes every sentence into this one
//     growing slice and gives each sentence its part of it. One slice per
//     article, reused from article to article, replaced an exact-length
//     slice per sentence (a pool lookup, a copy and a give-back per
//     sentence: about a third of the stage).
//   - lexes: the hedge stage looks every word up in wordLexicon once, and
//     the mention stage reads the same entries instead of looking the
//     words up again (sentenceLexicons).
//
// A stage run on its own (Stage.Run, as tests and the stage benchmarks
// do) works with a fresh, empty scratch.
type wordScratch struct {
	words []text.Word
	lex   []lexID    // lexes' entries, end to end
	lexes [][]lexID  // lexes[k]: the entries of d.Sentences[k]'s words
	kinds []lexKinds // kinds[k]: the lexicons any word of d.Sentences[k] is in
	// bufs, when set, are the buffers of the Scratch the document is
	// extracted into: its sentences, names, figures and mentions are cut
	// from them rather than allocated (scratch.go). Nil for Extract.
	bufs *docBuffers
}

// scratchStage is a stage that reads or fills the scratch Extract holds.
type scratchStage interface {
	runWith(d *Doc, x *wordScratch)
}

var wordScratches = sync.Pool{New: func() any { return new(wordScratch) }}

// maxArenaWords: a scratch grown past this by a huge article is not kept
// for the next one, so one outlier does not hold its memory in the pool.
const maxArenaWords = 1 << 16

// takeWordScratch returns an empty scratch for one document.
func takeWordScratch() *wordScratch {
	return wordScratches.Get().(*wordScratch)
}

// giveWordScratch hands a document's scratch back once no sentence holds
// its words any more (the compact stage drops them); otherwise it is left
// to the garbage collector with the document.
func giveWordScratch(x *wordScratch, d *Doc) {
	if !wordsDropped(d) || cap(x.words) > maxArenaWords || cap(x.lex) > maxArenaWords {
		return
	}
	clear(x.words) // the pool must not keep the article's text alive
	clear(x.lexes)
	x.words, x.lex, x.lexes = x.words[:0], x.lex[:0], x.lexes[:0]
	wordScratches.Put(x)
}

// wordsDropped reports whether no sentence of d holds words any more, so
// that the slice they were part of can be reused.
func wordsDropped(d *Doc) bool {
	for _, s := range d.Sentences {
		if s.Words != nil {
			return false
		}
	}
	return true
}

// sentenceLexicons looks every word of d's sentences but duplicates up
// once (wordLexicon) into x, unless x holds them already: the entries of
// d.Sentences[k] are at x.lexes[k], in one slice for the whole document,
// and the lexicons any of them is in at kinds[k] (rebuilt with lexes,
// so the two always describe the same document).
func sentenceLexicons(d *Doc, x *wordScratch) (lexes [][]lexID, kinds []lexKinds) {
	if x.lexes != nil && len(x.lexes) == len(d.Sentences) {
		return x.lexes, x.kinds
	}
	n := 0
	for _, s := range d.Sentences {
		if !s.Duplicate {
			n += len(s.Words)
		}
	}
	all := x.lex[:0]
	if cap(all) < n {
		all = make([]lexID, 0, n)
	}
	lexes, kinds = x.lexes[:0], x.kinds[:0]
	for _, s := range d.Sentences {
		var lex []lexID
		var kind lexKinds
		if !s.Duplicate {
			// Written by index into all's capacity (n words above): no
			// append, no copy, and s.Words read once, not per word.
			ws, from := s.Words, len(all)
			lex = all[from : from+len(ws) : from+len(ws)]
			for i := range ws {
				// lexiconID, by hand: too large for the compiler to
				// inline, and most words end at an empty slot.
				w, id := ws[i].Lower(), lexID(0)
				if h := lexSlot(w); lexSlots[h] != 0 {
					id = lexiconProbe(w, h)
				}
				lex[i] = id
				kind |= lexKindsByID[id]
			}
			all = all[:from+len(ws)]
		}
		lexes, kinds = append(lexes, lex), append(kinds, kind)
	}
	x.lex, x.lexes, x.kinds = all, lexes, kinds
	return lexes, kinds
}
