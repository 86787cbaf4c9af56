package compare

import (
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/text"
)

// storyWords numbers the strings grouping compares within one story:
// entity keys, patients, source ids and the stems of content words. Each
// string is hashed once, when first seen; grouping then compares mentions
// by walking sorted lists of numbers (jaccard, sharedWeight) rather than
// by looking strings up in maps for every pair. It lives for one story's
// grouping only.
type storyWords struct {
	ids  map[string]uint32
	strs []string
	// lower maps a lower-case word to its stem's number, or to noStem for
	// a function word, so a word seen again costs one lookup.
	lower map[string]uint32
	// sentences caches the content words of a sentence: a sentence often
	// carries several mentions.
	sentences map[*claims.Sentence][]uint32
	// arena holds the sorted lists handed out (sentences' content words,
	// documents' names), one after another: a list is cut from it rather
	// than allocated. Growing it moves only what comes next; lists handed
	// out keep the array they were cut from.
	arena []uint32
}

// noStem marks a function word in storyWords.lower.
const noStem = ^uint32(0)

func newStoryWords() *storyWords {
	return &storyWords{ids: map[string]uint32{}, lower: map[string]uint32{}, sentences: map[*claims.Sentence][]uint32{}}
}

// id is the number of s, given on first sight.
func (sw *storyWords) id(s string) uint32 {
	if id, ok := sw.ids[s]; ok {
		return id
	}
	id := uint32(len(sw.strs))
	sw.ids[s] = id
	sw.strs = append(sw.strs, s)
	return id
}

// contentWords are a sentence's lower-case words of four letters or more
// that are not function words, with a plural "s" dropped, as sorted
// numbers.
func (sw *storyWords) contentWords(d *claims.Doc, s *claims.Sentence) []uint32 {
	if s == nil {
		return nil
	}
	if ws, ok := sw.sentences[s]; ok {
		return ws
	}
	words := s.WordsIn(d.Source)
	start := len(sw.arena)
	for _, w := range words {
		if w.Punct() || len(w.Text()) < 4 || w.Cap() {
			continue
		}
		if id := sw.stem(w.Lower()); id != noStem {
			sw.arena = append(sw.arena, id)
		}
	}
	if s.Words == nil {
		text.Recycle(words) // split again for this call: nothing else holds them
	}
	out := sw.cutSet(start)
	sw.sentences[s] = out
	return out
}

// cutSet sorts the arena's ids from start on, drops repeats and hands
// them out as a list of their own length and capacity (nil if none, as
// an empty list was before).
func (sw *storyWords) cutSet(start int) []uint32 {
	if len(sw.arena) == start {
		return nil
	}
	set := sortedSet(sw.arena[start:])
	sw.arena = sw.arena[:start+len(set)]
	return set[:len(set):len(set)]
}

// stem is the number of a lower-case word's stem, noStem for a function
// word.
func (sw *storyWords) stem(l string) uint32 {
	if id, ok := sw.lower[l]; ok {
		return id
	}
	id := noStem
	if !claims.IsFunctionWord(l) {
		id = sw.id(strings.TrimSuffix(l, "s"))
	}
	sw.lower[l] = id
	return id
}

// sortedSet sorts ids and drops repeats, in place.
func sortedSet(ids []uint32) []uint32 {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// jaccard is the overlap of two sorted sets: shared over either.
func jaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			inter++
			i++
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// sharedWeight sums the weights of the keys two mentions share (both lists
// sorted by id).
func sharedWeight(a, b []mentionKey) float64 {
	shared := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			shared += a[i].weight
			i++
			j++
		}
	}
	return shared
}

// indexKey is a key candidateLinks lists mentions under: a namespace and
// the number of a string (none for nsClass), packed in one integer.
type indexKey uint64

// Namespaces of index keys. Each stands for the prefix its key had when
// keys were strings ("patient:" + the patient), and keys are still taken
// in the order of those strings.
const (
	nsName    = iota // a mention's own key, as it is
	nsPatient        // "patient:" + the patient
	nsDoc            // "doc:" + the source id
	nsClass          // "class": every mention
	nsDocName        // "dockey:" + a name of the mention's article
)

var nsPrefix = [...]string{nsName: "", nsPatient: "patient:", nsDoc: "doc:", nsClass: "class", nsDocName: "dockey:"}

func newIndexKey(ns int, id uint32) indexKey { return indexKey(uint64(ns)<<32 | uint64(id)) }

func (k indexKey) ns() int { return int(k >> 32) }

// compareKeys orders two index keys as their strings (prefix and string)
// would be ordered, without building them.
func (sw *storyWords) compareKeys(x, y indexKey) int {
	return compareJoined(nsPrefix[x.ns()], sw.keyString(x), nsPrefix[y.ns()], sw.keyString(y))
}

func (sw *storyWords) keyString(k indexKey) string {
	if k.ns() == nsClass {
		return ""
	}
	return sw.strs[uint32(k)]
}

// compareJoined compares a1+a2 with b1+b2.
func compareJoined(a1, a2, b1, b2 string) int {
	for len(a1)+len(a2) > 0 && len(b1)+len(b2) > 0 {
		if a1 == "" {
			a1, a2 = a2, ""
		}
		if b1 == "" {
			b1, b2 = b2, ""
		}
		n := min(len(a1), len(b1))
		if c := strings.Compare(a1[:n], b1[:n]); c != 0 {
			return c
		}
		a1, b1 = a1[n:], b1[n:]
	}
	switch la, lb := len(a1)+len(a2), len(b1)+len(b2); {
	case la < lb:
		return -1
	case la > lb:
		return 1
	}
	return 0
}
