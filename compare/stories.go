package compare

import (
	"sort"

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

// storyBlocks cuts the documents into stories, each in batch order, the
// stories ordered by their first document.
func storyBlocks(docs []*claims.Doc) [][]*claims.Doc {
	if len(docs) <= smallBatch {
		return [][]*claims.Doc{docs}
	}
	sets := newDisjointSets(len(docs))
	byKey := map[string][]int{}
	for i, d := range docs {
		for k := range storyKeys(d) {
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
		if publishedApart(docs[p[0]], docs[p[1]]) {
			continue
		}
		sets.union(p[0], p[1])
	}
	index := map[int]int{}
	var blocks [][]*claims.Doc
	for i, d := range docs {
		r := sets.find(i)
		b, ok := index[r]
		if !ok {
			b = len(blocks)
			index[r] = b
			blocks = append(blocks, nil)
		}
		blocks[b] = append(blocks[b], d)
	}
	return blocks
}

// storyKeys are the names an article is about: people, organisations,
// unknown names and places other than countries.
func storyKeys(d *claims.Doc) map[string]bool {
	keys := map[string]bool{}
	for _, s := range d.Sentences {
		for _, e := range s.Entities {
			if e.Kind != claims.EntCountry && !e.Generic {
				keys[e.Key] = true
			}
		}
	}
	return keys
}

func publishedApart(a, b *claims.Doc) bool {
	pa, pb := a.Source.Published, b.Source.Published
	return !pa.IsZero() && !pb.IsZero() && absDays(pa.Sub(pb)) > maxPublishedGap
}
