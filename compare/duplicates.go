package compare

import (
	"fmt"
	"slices"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/text"
)

// duplicateOverlap is the share of sentences two sources must have in
// common to be copies of one article.
const duplicateOverlap = 0.8

// dropDuplicates keeps the first of each set of copies of one article and
// reports the others once, as info: a copy agrees with itself, so it is not
// compared.
func dropDuplicates(docs []*claims.Doc) ([]*claims.Doc, []Finding) {
	sets := make([][]uint64, len(docs))
	sources := make([]*source.Source, len(docs))
	for i, d := range docs {
		sets[i], sources[i] = sentenceHashes(d), d.Source
	}
	keep, findings := copies(sets, sources)
	kept := make([]*claims.Doc, 0, len(keep))
	for _, i := range keep {
		kept = append(kept, docs[i])
	}
	return kept, findings
}

// copies finds the articles that copy an earlier one, from each article's
// sentence hashes. Sentences are indexed, so each article meets only the
// earlier articles that share a sentence with it, not every article. It
// returns the indexes of the articles kept, in order, and a duplicate
// finding for each copy.
func copies(sets [][]uint64, sources []*source.Source) ([]int, []Finding) {
	total := 0
	for _, set := range sets {
		total += len(set)
	}
	seenIn := make(map[uint64][]int, total) // sentence hash -> kept articles holding it
	shared := map[int]int{}                 // reused by copyOf: clearing keeps its buckets
	var kept []int
	var findings []Finding
	for i, src := range sources {
		if k, ok := copyOf(sets, seenIn, shared, i); ok {
			orig := sources[k]
			findings = append(findings, Finding{Kind: KindDuplicate, Severity: Info, Confidence: 1,
				Reason: fmt.Sprintf("%s is a copy of %s; it is not compared", src.ID, orig.ID),
				Claims: []Evidence{
					{Source: orig.ID, Text: orig.Headline, Value: orig.ID, Line: 1},
					{Source: src.ID, Text: src.Headline, Value: src.ID, Line: 1},
				}})
			continue
		}
		kept = append(kept, i)
		for _, h := range sets[i] {
			if len(seenIn[h]) < maxSharedSentence {
				seenIn[h] = append(seenIn[h], i)
			}
		}
	}
	return kept, findings
}

// maxSharedSentence: a sentence in this many articles is boilerplate
// ("Reporting by ..."), not a sign of a copy.
const maxSharedSentence = 50

// copyOf finds the earliest kept article that article i copies: the one
// holding at least duplicateOverlap of the smaller article's sentences.
func copyOf(sets [][]uint64, seenIn map[uint64][]int, shared map[int]int, i int) (int, bool) {
	clear(shared)
	for _, h := range sets[i] {
		for _, k := range seenIn[h] {
			shared[k]++
		}
	}
	best, found := -1, false
	for k, n := range shared {
		small := min(len(sets[i]), len(sets[k]))
		if small >= 3 && float64(n) >= duplicateOverlap*float64(small) && (!found || k < best) {
			best, found = k, true
		}
	}
	return best, found
}

// sentenceHashes are the distinct hashes of an article's sentences, with
// white space folded, sorted (those who read them count shared hashes, so
// order does not matter; sorting drops repeats without a set).
func sentenceHashes(d *claims.Doc) []uint64 {
	out := make([]uint64, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		if s.Duplicate {
			continue
		}
		v := s.Hash // text.FoldedHash, taken when the sentence was split
		if v == 0 {
			v = text.FoldedHash(s.Text(d.Source))
		}
		out = append(out, v)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
