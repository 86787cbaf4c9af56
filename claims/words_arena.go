package claims

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims/text"
)

// wordArenas hold the words of one document at a time. The sentence stage
// tokenizes every sentence into one growing slice and gives each sentence
// its part of it; Extract hands the slice back once the compact stage has
// dropped every sentence's words. One slice per article, reused from article to
// article, replaced an exact-length slice per sentence (a pool lookup, a
// copy and a give-back per sentence: about a third of the stage).
var wordArenas = sync.Pool{New: func() any { return new([]text.Word) }}

// maxArenaWords: an arena grown past this by a huge article is not kept
// for the next one, so one outlier does not hold its memory in the pool.
const maxArenaWords = 1 << 16

// takeWordArena returns an empty slice to append a document's words to.
func takeWordArena() []text.Word {
	return (*wordArenas.Get().(*[]text.Word))[:0]
}

// giveWordArena hands a document's words back. Nothing may read them
// afterwards: the next document overwrites them.
func giveWordArena(ws []text.Word) {
	if ws == nil || cap(ws) > maxArenaWords {
		return
	}
	clear(ws) // the pool must not keep the article's text alive
	ws = ws[:0]
	wordArenas.Put(&ws)
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
