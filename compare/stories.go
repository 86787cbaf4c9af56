package compare

import (
	"slices"
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
//
// Each document meets only the later documents that share a name with it,
// counted in an array (storyKeyIndex), not every pair of a name's
// documents in a map: the batch is cut on one core, before any story is
// checked.
func storyIndexes(ties []storyTies) [][]int {
	sets := newDisjointSets(len(ties))
	ix := newStoryKeyIndex(ties)
	shared := make([]int32, len(ties))
	var touched []int32
	for i := range ties {
		for _, id := range ix.keysOf(i) {
			ds := ix.docsOf(id)
			// Two articles are of one story when they share two rare
			// names: one shared name (a common surname, a big city)
			// would chain unrelated stories together.
			if len(ds) < 2 || len(ds) > maxKeyDocs {
				continue
			}
			for k := len(ds) - 1; k >= 0 && int(ds[k]) > i; k-- {
				if shared[ds[k]] == 0 {
					touched = append(touched, ds[k])
				}
				shared[ds[k]]++
			}
		}
		slices.Sort(touched) // pairs joined in order, as a sorted list of pairs was
		for _, j := range touched {
			if shared[j] >= minSharedKeys && !publishedApart(ties[i].published, ties[j].published) {
				sets.union(i, int(j))
			}
			shared[j] = 0
		}
		touched = touched[:0]
	}
	return setBlocks(sets)
}

// setBlocks lists the members of each set in order, the sets in the order
// of their smallest member (which names the set).
func setBlocks(sets disjointSets) [][]int {
	blockOf := make([]int32, len(sets)) // by root, its block + 1
	var blocks [][]int
	for i := range sets {
		r := sets.find(i)
		if blockOf[r] == 0 {
			blocks = append(blocks, nil)
			blockOf[r] = int32(len(blocks))
		}
		b := blockOf[r] - 1
		blocks[b] = append(blocks[b], i)
	}
	return blocks
}

// storyKeyIndex numbers the names of a batch's ties and lists, by number,
// the documents naming each (ascending), and by document, its names'
// numbers. Both lists are cut from one array each, laid out by counting,
// rather than grown per name.
type storyKeyIndex struct {
	docKeys   []int32 // the documents' names' numbers, document after document
	keyStarts []int32 // document i's are docKeys[keyStarts[i]:keyStarts[i+1]]
	keyDocs   []int32 // the names' documents, name after name
	docStarts []int32 // name id's are keyDocs[docStarts[id]:docStarts[id+1]]
}

func newStoryKeyIndex(ties []storyTies) *storyKeyIndex {
	total := 0
	for _, t := range ties {
		total += len(t.keys)
	}
	ix := &storyKeyIndex{docKeys: make([]int32, 0, total), keyStarts: make([]int32, len(ties)+1)}
	ids := make(map[string]int32, total/2)
	var counts []int32
	for i, t := range ties {
		ix.keyStarts[i] = int32(len(ix.docKeys))
		for _, k := range t.keys {
			id, ok := ids[k]
			if !ok {
				id = int32(len(counts))
				ids[k] = id
				counts = append(counts, 0)
			}
			counts[id]++
			ix.docKeys = append(ix.docKeys, id)
		}
	}
	ix.keyStarts[len(ties)] = int32(len(ix.docKeys))
	ix.docStarts = make([]int32, len(counts)+1)
	for id, n := range counts {
		ix.docStarts[id+1] = ix.docStarts[id] + n
	}
	ix.keyDocs = make([]int32, len(ix.docKeys))
	next := counts[:0] // reused: the next free place of each name's list
	next = append(next, ix.docStarts[:len(counts)]...)
	for i := range ties {
		for _, id := range ix.keysOf(i) {
			ix.keyDocs[next[id]] = int32(i)
			next[id]++
		}
	}
	return ix
}

func (ix *storyKeyIndex) keysOf(i int) []int32 { return ix.docKeys[ix.keyStarts[i]:ix.keyStarts[i+1]] }

func (ix *storyKeyIndex) docsOf(id int32) []int32 {
	return ix.keyDocs[ix.docStarts[id]:ix.docStarts[id+1]]
}

// storyKeyList lists once each the names an article is about: people,
// organisations, unknown names and places other than countries, sorted
// (story blocking indexes them, so their order does not matter; sorting
// drops repeats without a set).
func storyKeyList(d *claims.Doc) []string { return appendStoryKeys(nil, d) }

// appendStoryKeys is storyKeyList appending to keys, which it sorts as a
// whole.
func appendStoryKeys(keys []string, d *claims.Doc) []string {
	for _, s := range d.Sentences {
		for k := range s.Entities {
			if e := &s.Entities[k]; e.Kind != claims.EntCountry && !e.Generic {
				keys = append(keys, e.Key)
			}
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// publishedApart: both dates are known and further apart than one story
// runs.
func publishedApart(a, b time.Time) bool {
	return !a.IsZero() && !b.IsZero() && absDays(a.Sub(b)) > maxPublishedGap
}
