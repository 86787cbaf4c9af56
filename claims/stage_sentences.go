package claims

import (
	"strings"
	"sync"
	"unicode"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/text"
)

// sentenceStage splits the body into sentences and quotations, dropping
// page furniture and marking repeated sentences (scrapers often print the
// lede twice) so they yield no second set of claims.
type sentenceStage struct{}

func (sentenceStage) Name() string { return "sentences" }

func (sentenceStage) Run(d *Doc) { splitSentences(d, nil, nil) }

func (sentenceStage) runWith(d *Doc, x *wordScratch) { x.words = splitSentences(d, x.words, x.bufs) }

// splitSentences is the stage's work, with the words of every sentence
// appended to words (each sentence's Words is its part of it); it returns
// the grown slice, which the caller may reuse once no sentence holds its
// words any more. The sentences are cut from b when it is not nil.
func splitSentences(d *Doc, words []text.Word, b *docBuffers) []text.Word {
	src := d.Source
	body := src.Body
	if body.End == 0 && body.Start == 0 {
		body.End = len(src.Text)
	}
	d.Quotes = text.Quotes(src.Text, body.Start, body.End)
	headline := strings.TrimSpace(src.Headline)
	partsBuf := sentenceParts.Get().(*[]text.Sentence)
	defer sentenceParts.Put(partsBuf)
	parts := text.AppendSplit((*partsBuf)[:0], src.Text, body.Start, body.End)
	*partsBuf = parts
	// The sentences are one block (one allocation, or the Scratch's).
	block := b.sentenceBlock(len(parts))
	d.Sentences = b.sentenceList(len(parts))
	seen := b.hashSet(len(parts))
	firstWord := len(words)
	wordEnds := b.endList(len(parts))
	hashes := pairHasher{at: -1}
	for k, s := range parts {
		if src.IsFurniture(s.Start, s.End) {
			continue
		}
		str := src.Text[s.Start:s.End]
		sent := &block[len(d.Sentences)]
		*sent = Sentence{Index: len(d.Sentences), Start: s.Start, End: s.End, Line: s.Line}
		// A first line that is a whole sentence is the lede of copy with no
		// headline, not a headline.
		sent.Headline = headline != "" && strings.TrimSpace(str) == headline && !isFullSentence(str)
		sent.Hash = hashes.hash(src, parts, k)
		sent.Duplicate = !seen.add(sent.Hash, block[:len(d.Sentences)])
		sent.Lead = s.Start + datelineLength(str)
		words = b.appendWords(words, src.Text, sent.Lead, s.End)
		wordEnds = append(wordEnds, len(words))
		for _, q := range d.Quotes {
			if q.Start < s.End && q.End > s.Start {
				sent.Quotes = append(sent.Quotes, q)
			}
		}
		d.Sentences = append(d.Sentences, sent)
	}
	shareWords(d.Sentences, words, firstWord, wordEnds)
	b.keepEnds(wordEnds) // read by shareWords only
	return words
}

// shareWords gives each sentence its words, words[ends[i-1]:ends[i]]
// (from first on), once all are appended (appending may move them). A
// sentence with no words gets nil, as text.Words gives.
func shareWords(sents []*Sentence, words []text.Word, first int, ends []int) {
	from := first
	for i, s := range sents {
		if to := ends[i]; to > from {
			s.Words = words[from:to:to]
			from = to
		}
	}
}

// pairHasher hashes the kept sentences of an article two at a time
// (text.FoldedHashPair: two hash chains run side by side), keeping the
// second's hash until the loop reaches it.
type pairHasher struct {
	at int    // the part whose hash h is, or -1
	h  uint64 // its text.FoldedHash
}

// hash returns text.FoldedHash of parts[k], a sentence that is not
// furniture, hashing the next such part with it.
func (p *pairHasher) hash(src *source.Source, parts []text.Sentence, k int) uint64 {
	if p.at == k {
		return p.h
	}
	str := src.Text[parts[k].Start:parts[k].End]
	for j := k + 1; j < len(parts); j++ {
		if next := parts[j]; !src.IsFurniture(next.Start, next.End) {
			h, h2 := text.FoldedHashPair(str, src.Text[next.Start:next.End])
			p.at, p.h = j, h2
			return h
		}
	}
	return text.FoldedHash(str)
}

// hashSet tells whether a sentence's hash was seen before in its article.
// Most articles have a few dozen sentences, for which scanning the hashes
// of the sentences already kept is cheaper than making and filling a map
// (one per article); a longer article uses a map, so the cost stays
// linear.
type hashSet struct{ big map[uint64]bool }

// maxScannedSentences is the most sentences an article may have for
// hashSet to scan them instead of using a map.
const maxScannedSentences = 64

func newHashSet(n int) hashSet {
	if n > maxScannedSentences {
		return hashSet{big: make(map[uint64]bool, n)}
	}
	return hashSet{}
}

// add reports whether h is new, and notes it; kept holds the sentences
// added before (the small set reads their hashes).
func (s hashSet) add(h uint64, kept []Sentence) bool {
	if s.big != nil {
		if s.big[h] {
			return false
		}
		s.big[h] = true
		return true
	}
	for i := range kept {
		if kept[i].Hash == h {
			return false
		}
	}
	return true
}

// sentenceParts holds the sentence ranges of one article while the stage
// reads them (they hold no pointers: nothing to clear).
var sentenceParts = sync.Pool{New: func() any { return new([]text.Sentence) }}

// quoted reports whether [s, e) lies inside a quotation of the sentence.
func (s *Sentence) quoted(start, end int) bool { return text.Inside(s.Quotes, start, end) }

// datelineLength is the length of a wire dateline that opens a sentence:
// upper-case place words, a comma, a date, an optional "(Agency)" and a
// dash ("VALENCIA, Spain, June 12, 2025 - "). It is 0 when there is none.
func datelineLength(s string) int {
	limit := min(len(s), 80)
	// Most sentences have no dash near their start: one byte scan for '-'
	// and for the lead byte of '–' and '—' (0xE2) settles them.
	if strings.IndexByte(s[:limit], '-') < 0 && strings.IndexByte(s[:limit], 0xE2) < 0 {
		return 0
	}
	dash := -1
	for _, d := range []string{" - ", " – ", " — ", " -- "} {
		if i := strings.Index(s[:limit], d); i > 0 && (dash < 0 || i < dash) {
			dash = i
			limit = i + len(d)
		}
	}
	if dash < 0 {
		return 0
	}
	head := s[:dash]
	comma := strings.IndexByte(head, ',')
	if comma <= 0 {
		return 0
	}
	place := head[:comma]
	for _, r := range place {
		if unicode.IsLower(r) {
			return 0
		}
	}
	if !strings.ContainsAny(head[comma:], "0123456789") {
		return 0
	}
	return limit
}

// isFullSentence: a line of a dozen words or more that ends a sentence.
func isFullSentence(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) >= 12 && strings.HasSuffix(s, ".")
}
