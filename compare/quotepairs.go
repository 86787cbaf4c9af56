package compare

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims"
)

// quoteScratch is quoteGroups' working memory for one story: the story's
// attributed quotations, their words (cut from one array) and the word
// index that pairs them. A worker takes one from quoteScratches per story
// and gives it back once the story's quote groups are made: nothing they
// hold points into the scratch (their mentions are made afresh), and
// release clears every reference to the story's documents and words, so
// a pooled scratch keeps no story alive.
type quoteScratch struct {
	qs       []attributedQuote
	words    []string   // the quotations' words; qs[i].words are cut from it
	spans    [][2]int32 // qs[i]'s words are words[spans[i][0]:spans[i][1]]
	ids      map[string]int32
	holders  [][]int32 // by word id, the quotations holding it, ascending
	quoteIDs []int32   // the quotations' word ids, quotation after quotation (as words)
	shared   []int32
	touched  []int32
	found    [][2]int
}

var quoteScratches = sync.Pool{New: func() any { return &quoteScratch{ids: map[string]int32{}} }}

// release resets the scratch and puts it back in the pool.
func (sc *quoteScratch) release() {
	sc.reset()
	quoteScratches.Put(sc)
}

// reset readies the scratch for another story.
func (sc *quoteScratch) reset() {
	clear(sc.qs)
	sc.qs = sc.qs[:0]
	clear(sc.words)
	sc.words = sc.words[:0]
	if len(sc.ids) > maxKeptEntries {
		sc.ids = map[string]int32{}
	} else {
		clear(sc.ids)
	}
}

// quotes lists the attributed quotations of the story's documents, in
// order. They are the scratch's until release.
func (sc *quoteScratch) quotes(docs []*claims.Doc) []attributedQuote {
	sc.spans = sc.spans[:0]
	for _, d := range docs {
		sc.qs = sc.appendQuotes(sc.qs, d)
	}
	// words may have moved while it grew: cut each quotation's now.
	for i := range sc.qs {
		sp := sc.spans[i]
		sc.qs[i].words = sc.words[sp[0]:sp[1]:sp[1]]
	}
	return sc.qs
}

// appendQuotes appends the quotations of d whose sentence names a person
// as the speaker, their words appended to sc.words (and their spans to
// sc.spans); a quotation's words are cut from sc.words by quotes, once
// all are in.
func (sc *quoteScratch) appendQuotes(out []attributedQuote, d *claims.Doc) []attributedQuote {
	text := d.Source.Text
	for _, s := range d.Sentences {
		speaker := speakerEntity(s)
		if speaker == nil {
			continue
		}
		for _, q := range d.Quotes {
			if q.End <= s.Start || q.Start >= s.End {
				continue
			}
			lo, hi := q.Inner(text)
			start := len(sc.words)
			sc.words = appendQuoteWords(sc.words, text[lo:hi])
			if len(sc.words)-start < minQuoteWords {
				sc.words = sc.words[:start]
				continue
			}
			sc.spans = append(sc.spans, [2]int32{int32(start), int32(len(sc.words))})
			out = append(out, attributedQuote{d: d, s: s, speaker: speaker, words: sc.words[start:len(sc.words):len(sc.words)]})
		}
	}
	return out
}

// sameQuotePairs lists the pairs (i < j) of quotations from different
// documents that sameQuote finds one remark.
func sameQuotePairs(qs []attributedQuote) [][2]int {
	sc := quoteScratch{ids: map[string]int32{}}
	return sc.pairs(qs)
}

// pairs is sameQuotePairs in the scratch (the list is the scratch's).
// Instead of testing every pair's word lists, it counts the words each
// pair shares through an index of the quotations that hold each word: a
// pair sharing no word costs nothing, and a shared word one array
// increment.
func (sc *quoteScratch) pairs(qs []attributedQuote) [][2]int {
	holders := sc.holders[:0]
	quoteIDs := sc.quoteIDs[:0]
	for i, q := range qs {
		for _, w := range q.words {
			id, ok := sc.ids[w]
			if !ok {
				id = int32(len(holders))
				sc.ids[w] = id
				if len(holders) < cap(holders) {
					holders = holders[:id+1]
					holders[id] = holders[id][:0] // a list kept from an earlier story
				} else {
					holders = append(holders, nil)
				}
			}
			holders[id] = append(holders[id], int32(i))
			quoteIDs = append(quoteIDs, id)
		}
	}
	sc.holders, sc.quoteIDs = holders, quoteIDs
	shared := sc.shared[:0]
	shared = append(shared, make([]int32, len(qs))...)
	sc.shared = shared
	touched := sc.touched[:0]
	pairs := sc.found[:0]
	at := 0
	for i := range qs {
		touched = touched[:0]
		ids := quoteIDs[at : at+len(qs[i].words)]
		at += len(qs[i].words)
		for _, id := range ids {
			h := holders[id]
			for k := len(h) - 1; k >= 0 && int(h[k]) > i; k-- {
				if shared[h[k]] == 0 {
					touched = append(touched, h[k])
				}
				shared[h[k]]++
			}
		}
		for _, j := range touched {
			if qs[i].d != qs[j].d && enoughShared(int(shared[j]), len(qs[i].words), len(qs[j].words)) {
				pairs = append(pairs, [2]int{i, int(j)})
			}
			shared[j] = 0
		}
	}
	sc.touched, sc.found = touched, pairs
	return pairs
}

// enoughShared is sameQuote's rule for two quotations of na and nb content
// words that share shared of them.
func enoughShared(shared, na, nb int) bool {
	return shared >= minQuoteWords && float64(shared) >= minQuoteOverlap*float64(min(na, nb))
}
