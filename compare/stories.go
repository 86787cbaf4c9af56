package compare

import (
	"sort"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// Story blocking. A day of wire copy holds thousands of stories; events
// are only ever grouped within one story, so the batch is first cut into
// stories: articles that share a rare name (a person, an organisation, a
// place) and were published within weeks of each other. Grouping then
// costs the sum of the squares of the story sizes (a few articles each),
// not the square of the batch.

const (
	// smallBatch: a batch this small is taken as one story, as the user
	// gave it, and grouped as a whole.
	smallBatch = 60
	// maxKeyDocs: a name in more articles than this says nothing about
	// which story an article belongs to ("Reuters", "United States").
	maxKeyDocs = 25
	// minSharedKeys: rare names two articles must share to be one story.
	minSharedKeys = 2
)

// SmallBatch is the most documents CheckWith takes as one story. A caller
// with more can keep outlines and check them story by story
// (CheckOutlines) instead of holding every document.
const SmallBatch = smallBatch

// storyBlocks cuts the documents into stories, each in batch order, the
// stories ordered by their first document.
func storyBlocks(docs []*claims.Doc) [][]*claims.Doc {
	if len(docs) <= smallBatch {
		return [][]*claims.Doc{docs}
	}
	ties := make([]storyTies, len(docs))
	for i, d := range docs {
		ties[i] = storyTies{keys: storyKeyList(d), published: d.Source.Published}
	}
	var blocks [][]*claims.Doc
	for _, members := range storyIndexes(ties) {
		block := make([]*claims.Doc, len(members))
		for j, i := range members {
			block[j] = docs[i]
		}
		blocks = append(blocks, block)
	}
	return blocks
}

// storyTies is what ties a document to its story: the rare names it is
// about and when it was published. A large batch keeps only this of each
// document while it cuts the batch into stories (see CheckOutlines).
type storyTies struct {
	keys      []string
	published time.Time
}

// storyIndexes cuts documents, given by their ties in batch order, into
// stories: lists of document indexes in batch order, the stories ordered
// by their first document.
func storyIndexes(ties []storyTies) [][]int {
	sets := newDisjointSets(len(ties))
	byKey := map[string][]int{}
	for i, t := range ties {
		for _, k := range t.keys {
			byKey[k] = append(byKey[k], i)
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Two articles are of one story when they share two rare names: one
	// shared name (a common surname, a big city) would chain unrelated
	// stories together.
	shared := map[[2]int]int{}
	for _, k := range keys {
		ds := byKey[k]
		if len(ds) < 2 || len(ds) > maxKeyDocs {
			continue
		}
		for x := 0; x < len(ds); x++ {
			for y := x + 1; y < len(ds); y++ {
				shared[[2]int{ds[x], ds[y]}]++
			}
		}
	}
	pairs := make([][2]int, 0, len(shared))
	for p, n := range shared {
		if n >= minSharedKeys {
			pairs = append(pairs, p)
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		return pairs[i][0] < pairs[j][0] || pairs[i][0] == pairs[j][0] && pairs[i][1] < pairs[j][1]
	})
	for _, p := range pairs {
		if publishedApart(ties[p[0]].published, ties[p[1]].published) {
			continue
		}
		sets.union(p[0], p[1])
	}
	index := map[int]int{}
	var blocks [][]int
	for i := range ties {
		r := sets.find(i)
		b, ok := index[r]
		if !ok {
			b = len(blocks)
			index[r] = b
			blocks = append(blocks, nil)
		}
		blocks[b] = append(blocks[b], i)
	}
	return blocks
}

// storyKeyList lists once each the names an article is about: people,
// organisations, unknown names and places other than countries. The
// order does not matter: story blocking indexes them.
func storyKeyList(d *claims.Doc) []string {
	seen := map[string]bool{}
	var keys []string
	for _, s := range d.Sentences {
		for _, e := range s.Entities {
			if e.Kind != claims.EntCountry && !e.Generic && !seen[e.Key] {
				seen[e.Key] = true
				keys = append(keys, e.Key)
			}
		}
	}
	return keys
}

// publishedApart: both dates are known and further apart than one story
// runs.
func publishedApart(a, b time.Time) bool {
	return !a.IsZero() && !b.IsZero() && absDays(a.Sub(b)) > maxPublishedGap
}
