package store

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// Which stored sources a batch is compared with. Loading the whole store
// would be simple but wrong as well as slow: compare takes a small batch
// (a few dozen articles) as one story, as the user gave it, but cuts a
// large one into stories by shared rare names, so a batch of six checked
// among a thousand stored articles could be cut apart and lose findings it
// has on its own. So only the stored sources of the batch's story join it:
// those that share at least two rare names with the batch (compare's own
// test of "one story"). A batch with no such source is checked exactly as
// without a store.

const (
	// maxKeyDocs: a name in more sources than this says nothing of the
	// story ("Reuters", "United States"); compare uses the same bound.
	maxKeyDocs = 25
	// minSharedKeys: rare names a stored source must share with the batch.
	minSharedKeys = 2
)

// storyKeys are a document's names that may tell its story: every entity
// but countries and generic places ("the capital"), sorted. The kind is
// left out of the key: before compare resolves aliases across the batch,
// one article's "org:poso" is another's "name:poso", and the test of one
// story must see them as one name.
func storyKeys(d *claims.Doc) []string {
	seen := map[string]bool{}
	var keys []string
	for _, s := range d.Sentences {
		for _, e := range s.Entities {
			if e.Kind == claims.EntCountry || e.Generic {
				continue
			}
			k := e.Key[strings.IndexByte(e.Key, ':')+1:]
			if k != "" && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	return keys
}

// relatedIDs picks the stored sources (by their entries) that share at
// least minSharedKeys rare names with the batch's keys. A name's rarity is
// counted over the stored sources and the batch together.
func relatedIDs(stored []Entry, batchKeys [][]string) map[string]bool {
	docFreq := map[string]int{}
	inBatch := map[string]bool{}
	for _, keys := range batchKeys {
		for _, k := range keys {
			docFreq[k]++
			inBatch[k] = true
		}
	}
	for _, e := range stored {
		for _, k := range e.Keys {
			docFreq[k]++
		}
	}
	related := map[string]bool{}
	for _, e := range stored {
		shared := 0
		for _, k := range e.Keys {
			if inBatch[k] && docFreq[k] <= maxKeyDocs {
				shared++
			}
		}
		if shared >= minSharedKeys {
			related[e.ID] = true
		}
	}
	return related
}
