package text

import "sync"

// Word slices are most of what extraction allocates, and most of them are
// dropped as soon as an article is extracted (claims' compact stage keeps
// the words of the few sentences comparison reads). Recycle takes such a
// slice back, and Words reuses it for a later sentence of the same length,
// so the slices neither cost the allocator nor the garbage collector again.
// Pools are by exact length, so a kept sentence never holds slack.

// maxRecycledLen: longer sentences are rare; their slices are not kept.
const maxRecycledLen = 256

var wordPools [maxRecycledLen + 1]sync.Pool

// Recycle hands back a slice that Words returned and that nothing reads
// any more. The caller must drop every reference to it (and to slices of
// it): Words will overwrite it.
func Recycle(ws []Word) {
	n := len(ws)
	if n == 0 || n > maxRecycledLen || cap(ws) != n {
		return
	}
	wordPools[n].Put(&ws)
}

// recycled returns a slice of n words, reused when one of that length was
// recycled.
func recycled(n int) []Word {
	if n <= maxRecycledLen {
		if p, ok := wordPools[n].Get().(*[]Word); ok {
			return *p
		}
	}
	return make([]Word, n)
}
