package claims

import (
	"github.com/claimcheck/claimcheck/claims/text"
	"sync"

	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

// Scratch extracts documents that do not outlive their use: a document
// it returns, and everything it points to, is overwritten by the next
// Extract through the same Scratch. Extract builds every document as if
// it lived to the end of the run (an exact-size copy of its names and
// figures, a fresh block of sentences and mentions); a batch checked story
// by story encodes and outlines each document at once and drops it, and
// those allocations were most of what extraction cost the collector.
//
// A Scratch is not safe for concurrent use; one per worker, or
// ExtractTransient's pool.
type Scratch struct {
	doc   Doc
	words wordScratch
	bufs  docBuffers
}

// docBuffers are what a document extracted into a Scratch is cut from.
// The stages take them through wordScratch.bufs; with none (Extract) they
// allocate as before. Each is reused from the start by the next document,
// whose stages overwrite every element they hand out before reading it.
type docBuffers struct {
	sentences []Sentence  // the sentence block (splitSentences)
	sentPtrs  []*Sentence // Doc.Sentences
	ends      []int       // where each sentence's part of a buffer ends; one stage at a time
	named     []*Sentence // the sentences the entity stage names
	entities  []Entity    // every sentence's names, end to end (entityStage)
	figures   []numbers.Number
	times     []temporal.Expr // the body's dates (timeStage)
	seen      map[uint64]bool // sentence hashes of a long article (hashSet)
	// mentions is the block mentions are taken from. A mention's address
	// is kept as soon as it is made, so a full block is never grown:
	// a larger one is started and the full one left to the document that
	// points into it.
	mentions    []Mention
	mentionPtrs []*Mention // Doc.Mentions
	// lower holds the lower case of the document's words that need one
	// (text.AppendWordsLower), end to end: one buffer for every document
	// instead of one per sentence. Its words, and strings of it, are the
	// document's, which nothing reads once the next document starts.
	lower []byte
}

// maxKeptSentences bounds the buffers a Scratch keeps from one document
// to the next, in sentences (words have maxArenaWords), so that one huge
// article does not hold its memory for the rest of the batch.
const maxKeptSentences = 1 << 12

// maxKeptLower bounds the lower-case buffer a Scratch keeps, in bytes.
const maxKeptLower = 1 << 18

// Extract runs every stage of the pipeline over src, as the package's
// Extract does, giving the same document; it is valid until the next call.
func (x *Scratch) Extract(src *source.Source) *Doc {
	b := &x.bufs
	// The previous document is done with: its lists are the buffers again.
	b.sentPtrs, b.mentionPtrs = x.doc.Sentences[:0], x.doc.Mentions[:0]
	b.mentions = b.mentions[:0]
	b.lower = b.lower[:0]
	x.doc = Doc{Source: src, Mentions: b.mentionPtrs}
	x.words.words, x.words.lex, x.words.lexes = x.words.words[:0], x.words.lex[:0], x.words.lexes[:0]
	x.words.bufs = b
	runPipeline(&x.doc, &x.words)
	return &x.doc
}

// trim lets go of the document and of buffers a huge article grew.
func (x *Scratch) trim() {
	x.doc.Source = nil
	if cap(x.words.words) > maxArenaWords || cap(x.words.lex) > maxArenaWords {
		x.words = wordScratch{}
	}
	b := &x.bufs
	if cap(b.sentences) > maxKeptSentences || cap(b.entities) > maxKeptSentences ||
		cap(b.figures) > maxKeptSentences || cap(b.mentions) > maxKeptSentences || cap(b.times) > maxKeptSentences ||
		cap(b.lower) > maxKeptLower {
		*b = docBuffers{}
		x.doc = Doc{}
	}
}

var scratches = sync.Pool{New: func() any { return new(Scratch) }}

// ExtractTransient extracts src into a pooled Scratch and hands the
// document to use, which must keep no part of it once it returns (copy
// what it keeps: the next document extracted into the Scratch overwrites
// it). It is safe to call concurrently.
func ExtractTransient(src *source.Source, use func(*Doc)) {
	x := scratches.Get().(*Scratch)
	use(x.Extract(src))
	x.trim()
	scratches.Put(x)
}

// appendWords is text.AppendWords, the words' lower case written into the
// document's buffer when there is one.
func (b *docBuffers) appendWords(words []text.Word, src string, start, end int) []text.Word {
	if b == nil {
		return text.AppendWords(words, src, start, end)
	}
	words, b.lower = text.AppendWordsLower(words, b.lower, src, start, end)
	return words
}

// sentenceBlock is room for n sentences, each overwritten by its maker
// before it is read.
func (b *docBuffers) sentenceBlock(n int) []Sentence {
	if b == nil {
		return make([]Sentence, n) // every sentence lives until the report: one allocation
	}
	if cap(b.sentences) < n {
		b.sentences = make([]Sentence, n)
	}
	return b.sentences[:n]
}

// sentenceList is an empty Doc.Sentences with room for n.
func (b *docBuffers) sentenceList(n int) []*Sentence {
	if b == nil || cap(b.sentPtrs) < n {
		return make([]*Sentence, 0, n)
	}
	return b.sentPtrs[:0]
}

// endList is an empty list of buffer ends with room for n; a stage hands
// it back with keepEnds once done with it.
func (b *docBuffers) endList(n int) []int {
	if b == nil || cap(b.ends) < n {
		return make([]int, 0, n)
	}
	return b.ends[:0]
}

func (b *docBuffers) keepEnds(ends []int) {
	if b != nil {
		b.ends = ends
	}
}

// hashSet is newHashSet(n), its map reused.
func (b *docBuffers) hashSet(n int) hashSet {
	if b == nil || n <= maxScannedSentences {
		return newHashSet(n)
	}
	if b.seen == nil {
		b.seen = make(map[uint64]bool, n)
	}
	clear(b.seen)
	return hashSet{big: b.seen}
}

// mention is a mention holding m. One taken from the block keeps the
// room for figures its slot had: the mention that held the slot before
// was the previous document's, and figures are only ever appended to a
// mention's own lists (attachNumbers, attachLooseCounts), so no other
// mention shares them.
func (b *docBuffers) mention(m Mention) *Mention {
	if b == nil {
		p := new(Mention)
		*p = m
		return p
	}
	n := len(b.mentions)
	if n == cap(b.mentions) {
		b.mentions, n = make([]Mention, 0, max(32, 2*n)), 0
	}
	b.mentions = b.mentions[:n+1]
	p := &b.mentions[n]
	counts, quantities := p.Counts[:0], p.Quantities[:0]
	*p = m
	if m.Counts == nil && m.Quantities == nil {
		p.Counts, p.Quantities = counts, quantities
	}
	return p
}

// entityBuffer is the buffer the entity stage appends names to: the
// Scratch's, or a pooled one that the stage copies out of and hands back.
func (b *docBuffers) entityBuffer() *[]Entity {
	if b == nil {
		return entityScratch.Get().(*[]Entity)
	}
	return &b.entities
}

// figureBuffer is entityBuffer for the number stage.
func (b *docBuffers) figureBuffer() *[]numbers.Number {
	if b == nil {
		return figureScratch.Get().(*[]numbers.Number)
	}
	return &b.figures
}

// namedList is an empty list of the sentences the entity stage names.
func (b *docBuffers) namedList() []*Sentence {
	if b == nil {
		return nil
	}
	return b.named[:0]
}
