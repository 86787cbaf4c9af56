package compare

import "slices"

// candidateIndex lists the mentions of one class under each key they
// share: their names, patient and source, "class" for all of them, and
// every name of their article ("dockey"). A mention is listed under each
// name of its article, so those lists are kept as lists of articles and
// spelt out into mentions only when candidateLinks walks them: a class's
// mentions times its articles' names was most of what the index cost.
type candidateIndex struct {
	sw   *storyWords
	keys []indexKey
	// mentions holds the list of each key but the article names'; docs
	// the articles of each article name (nil for the other keys).
	mentions [][]int
	docs     [][]int
	// byDoc lists the class's mentions of each article.
	byDoc [][]int
}

func newCandidateIndex(ms []*mentionInfo, profiles []docProfile, sw *storyWords) *candidateIndex {
	ix := &candidateIndex{sw: sw, byDoc: make([][]int, len(profiles))}
	slot := map[indexKey]int{}
	add := func(k indexKey, i, doc int) {
		n, ok := slot[k]
		if !ok {
			n = len(ix.keys)
			slot[k] = n
			ix.keys = append(ix.keys, k)
			ix.mentions = append(ix.mentions, nil)
			ix.docs = append(ix.docs, nil)
		}
		if k.ns() == nsDocName {
			if d := ix.docs[n]; len(d) == 0 || d[len(d)-1] != doc {
				ix.docs[n] = append(d, doc)
			}
			return
		}
		ix.mentions[n] = append(ix.mentions[n], i)
	}
	for i, in := range ms {
		for _, k := range in.keys {
			add(newIndexKey(nsName, k.id), i, in.doc)
		}
		if p := in.m.Patient; p != "" {
			add(newIndexKey(nsPatient, sw.id(p)), i, in.doc)
		}
		add(newIndexKey(nsDoc, sw.id(in.m.Source())), i, in.doc)
		// Within one story every mention of a class is a candidate: two
		// reports of a march may share no name at all. Large classes are
		// skipped, so this stays linear for big stories.
		add(newIndexKey(nsClass, 0), i, in.doc)
		if len(ix.byDoc[in.doc]) == 0 {
			for _, k := range profiles[in.doc].keys {
				add(newIndexKey(nsDocName, k), i, in.doc)
			}
		}
		ix.byDoc[in.doc] = append(ix.byDoc[in.doc], i)
	}
	return ix
}

// order gives the keys' slots in the order of the keys' names.
func (ix *candidateIndex) order() []int {
	order := make([]int, len(ix.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return ix.sw.compareKeys(ix.keys[x], ix.keys[y]) })
	return order
}

// list appends the mentions listed under key slot n to buf, in the order
// of ms.
func (ix *candidateIndex) list(n int, buf []int) []int {
	if ix.docs[n] == nil {
		return append(buf, ix.mentions[n]...)
	}
	for _, d := range ix.docs[n] {
		buf = append(buf, ix.byDoc[d]...)
	}
	// ms holds each article's mentions together, in article order, so
	// this is sorted already; an order built otherwise is sorted here.
	if !slices.IsSorted(buf) {
		slices.Sort(buf)
	}
	return buf
}
