package claims

import (
	"encoding/binary"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims/text"
)

// runCache remembers what classifyRun made of a run of capitalised words.
// A batch names the same people, places and organisations again and again
// (every outlet, every paragraph), and classifying one run costs a few
// dozen lexicon lookups and several allocations; a hit costs one map
// lookup. classifyRun is a pure function of the run's words as written,
// of whether the run opens a clause and of whether an acronym of its
// initials follows it, so those make the key and the answer is the same
// as computing it again.
//
// Caches live in a sync.Pool, one per worker at a time and without locks.
// The pool drops them at garbage collection, and each holds at most
// runCacheLimit runs (then starts afresh), so they cost memory only while
// articles are being extracted, never at the end of a run when the
// results are summed up. Keys and strings are copies, never slices of an
// article's text, so no article is kept alive by a cache.
type runCache struct {
	runs map[string][]Entity // entities with offsets from the run's start
}

// runCacheLimit bounds the runs one cache keeps: a few hundred bytes each.
const runCacheLimit = 1 << 13

// maxCachedRun bounds the bytes of a run's text in a key; longer runs are
// classified every time (they are rare and seldom repeat).
const maxCachedRun = 200

// acronymReach is how far past a run definesAcronym reads.
const acronymReach = 12

// runCacheHint sizes a new cache's map: the cache starts afresh after
// every collection that empties the pool, and growing a map from empty
// to a few thousand runs rehashed it a dozen times (a tenth of the cache).
const runCacheHint = 1 << 11

var runCaches = sync.Pool{New: func() any { return &runCache{runs: make(map[string][]Entity, runCacheHint)} }}

// classify is classifyRun(dst, src, run, sentenceStart), from the cache
// when the same run was classified before. A nil cache classifies.
func (c *runCache) classify(dst []Entity, src string, run []text.Word, sentenceStart bool) []Entity {
	var arr [maxCachedRun + 64]byte
	key, ok := runKey(arr[:0], src, run, sentenceStart)
	if c == nil || !ok {
		return classifyRun(dst, src, run, sentenceStart)
	}
	base := run[0].Start()
	if es, hit := c.runs[string(key)]; hit {
		for _, e := range es {
			e.Start += base
			e.End += base
			dst = append(dst, e)
		}
		return dst
	}
	mark := len(dst)
	dst = classifyRun(dst, src, run, sentenceStart)
	if len(c.runs) >= runCacheLimit {
		clear(c.runs)
	}
	c.runs[string(key)] = relativeCopy(dst[mark:], base)
	return dst
}

// relativeCopy copies entities with offsets made relative to base and
// their strings cloned, so the cache holds no slice of the article's text.
func relativeCopy(es []Entity, base int) []Entity {
	if len(es) == 0 {
		return nil
	}
	out := make([]Entity, len(es))
	for i, e := range es {
		e.Start -= base
		e.End -= base
		e.Text = strings.Clone(e.Text)
		e.Title = strings.Clone(e.Title)
		e.Key = strings.Clone(e.Key)
		out[i] = e
	}
	return out
}

// runKey appends to dst everything classifyRun reads: the clause flag,
// each word's bounds and flags relative to the run, the run's text, and
// the parenthesis that may follow it (definesAcronym reads up to 12 bytes
// past the run, and compares them with the initials of the run as left
// after its leading function words are dropped, so a yes or no for the
// whole run would not do). ok is false for runs too long to cache.
func runKey(dst []byte, src string, run []text.Word, sentenceStart bool) ([]byte, bool) {
	if len(run) == 0 {
		return dst, false
	}
	base, end := run[0].Start(), run[len(run)-1].End()
	if end-base > maxCachedRun || len(run) > 16 {
		return dst, false
	}
	var flags byte
	if sentenceStart {
		flags |= 1
	}
	dst = append(dst, flags, byte(len(run)))
	for _, w := range run {
		dst = binary.AppendUvarint(dst, uint64(w.Start()-base))
		dst = binary.AppendUvarint(dst, uint64(w.End()-base))
		var wf byte
		if w.Cap() {
			wf |= 1
		}
		if w.Punct() {
			wf |= 2
		}
		dst = append(dst, wf)
	}
	dst = append(dst, src[base:end]...)
	if after := src[end:min(len(src), end+acronymReach)]; strings.HasPrefix(after, " (") {
		// The last word's end fixes the text's length, so these bytes
		// cannot be read as more of it.
		dst = append(dst, after...)
	}
	return dst, true
}
