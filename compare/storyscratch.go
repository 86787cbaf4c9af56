package compare

import (
	"sync"

	"github.com/claimcheck/claimcheck/claims"
)

// storyScratch is grouping's working memory for one story: numbered
// words, mention infos, document profiles, the pair score table and the
// clustering's arrays. A batch has thousands of stories of a few articles
// each, and allocating all of it afresh per story was a third of what
// checking a story allocated; a worker takes a scratch from
// storyScratches, groups a story with it and gives it back.
//
// Nothing grouping returns points into a scratch: an EventGroup holds the
// documents' mentions only. The scratch is reset (its references to the
// story's documents cleared) when it is given back, so a pooled scratch
// keeps no story's documents alive.
type storyScratch struct {
	words    storyWords
	infos    []mentionInfo
	keys     []mentionKey // the infos' keys, cut from one array
	figures  []float64    // the infos' figures, likewise
	profiles []docProfile
	similar  docSimilarity
	// byClass keeps a list per class seen by any story; a story's
	// classes are those with a non-empty list (there are a few dozen
	// classes, so the lists are kept, emptied, rather than remade).
	byClass map[string][]*mentionInfo
	classes []string
	scores  pairScores
	pairBuf []pairScore // the dense table's array, kept while a class is sparse
	// linkTmp is sortLinks' merge buffer; read by it alone, so the next
	// class reuses it.
	linkTmp []link
	// groupClass's union-find and member lists (linked through next).
	parent, next, tail []int32
	strength           []float64
	members            []int
}

var storyScratches = sync.Pool{New: func() any { return newStoryScratch() }}

func newStoryScratch() *storyScratch {
	return &storyScratch{words: *newStoryWords(), byClass: map[string][]*mentionInfo{}}
}

// maxKeptEntries: a map grown past this by one large story is dropped on
// reset rather than cleared, since clearing costs its size every story.
const maxKeptEntries = 1 << 13

// release resets the scratch and puts it back in the pool.
func (sc *storyScratch) release() {
	sc.reset()
	storyScratches.Put(sc)
}

// reset readies the scratch for another story.
func (sc *storyScratch) reset() {
	sc.words.reset()
	clear(sc.infos)
	sc.infos = sc.infos[:0]
	clear(sc.keys)
	sc.keys = sc.keys[:0]
	sc.figures = sc.figures[:0]
	clear(sc.profiles)
	sc.profiles = sc.profiles[:0]
	for _, c := range sc.classes {
		clear(sc.byClass[c])
		sc.byClass[c] = sc.byClass[c][:0]
	}
	sc.classes = sc.classes[:0]
	sc.scores = pairScores{}
	sc.similar = docSimilarity{known: sc.similar.known[:0], value: sc.similar.value[:0]}
	clear(sc.members)
	if cap(sc.linkTmp) > maxPooledLinks {
		sc.linkTmp = nil // one large class's buffer is not kept for the rest
	}
}

// reset empties the numbering for the next story and drops its references
// to this story's strings and sentences.
func (sw *storyWords) reset() {
	if len(sw.strs) > maxKeptEntries {
		sw.ids, sw.lower = map[string]uint32{}, map[string]uint32{}
	} else {
		clear(sw.ids)
		clear(sw.lower)
	}
	if len(sw.sentences) > maxKeptEntries {
		sw.sentences = map[*claims.Sentence][]uint32{}
	} else {
		clear(sw.sentences)
	}
	clear(sw.strs)
	sw.strs = sw.strs[:0]
	sw.arena = sw.arena[:0]
}

// newInfo is a zeroed mentionInfo of the scratch's; infos was grown for
// the story (prepare), so the pointers handed out stay valid.
func (sc *storyScratch) newInfo() *mentionInfo {
	sc.infos = append(sc.infos, mentionInfo{})
	return &sc.infos[len(sc.infos)-1]
}

// classList appends in to its class's list, noting a class new to this
// story.
func (sc *storyScratch) classList(class string, in *mentionInfo) {
	list := sc.byClass[class]
	if len(list) == 0 {
		sc.classes = append(sc.classes, class)
	}
	sc.byClass[class] = append(list, in)
}

// pairScoresFor is newPairScores with the scratch's table: the classes of
// a story are grouped one after another, so one table serves them all.
func (sc *storyScratch) pairScoresFor(ms []*mentionInfo, profiles []docProfile) *pairScores {
	n := len(ms)
	sc.scores = pairScores{ms: ms, profiles: profiles, n: n}
	if n*n <= maxDensePairs {
		sc.pairBuf = grown(sc.pairBuf, n*n)
		sc.scores.dense = sc.pairBuf
	} else {
		sc.scores.sparse = map[[2]int]pairScore{}
	}
	return &sc.scores
}

// similarityFor is newDocSimilarity with the scratch's tables.
func (sc *storyScratch) similarityFor(profiles []docProfile) *docSimilarity {
	n := len(profiles)
	if n > maxSimilarityDocs {
		return nil
	}
	sc.similar = docSimilarity{profiles: profiles, n: n, known: grown(sc.similar.known, n*n), value: grown(sc.similar.value, n*n)}
	return &sc.similar
}

// grown is buf cleared to n zero elements, reallocated only when too
// small.
func grown[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
