package main

import (
	"math"
	"runtime/debug"

	"github.com/claimcheck/claimcheck/claims/source"
)

// memoryBase is the soft memory limit's allowance for the runtime and
// the program itself, over what a batch's text calls for; minMemoryLimit
// is the least limit set. Below it the runtime's own floor (about 35 MB)
// and the default pacing are cheaper than collecting more often: at 10 MB
// a tighter limit cost 5-8 % of CPU for a peak still over 4x the input.
const (
	memoryBase     = 16 << 20
	minMemoryLimit = 64 << 20
)

// limitMemory sets a soft memory limit of memoryBase plus twice the
// batch's text (at least minMemoryLimit) for a batch checked story by story, and returns what puts
// the previous limit back. On that path the live heap stays near 1.2x the
// text (the texts read, then the outlines and the events summed up), but
// the collector's default pacing lets the heap grow to twice the live
// heap before it runs, which put peak RSS at 3.0-3.15x the input on the
// 50 MB batch; with the limit it is about 2.4x at no measured cost in
// time (GOMEMLIMIT=100MiB: 110 MB peak, same wall and CPU). A limit
// already set (GOMEMLIMIT in the environment) is left alone.
func limitMemory(srcs []*source.Source) (restore func()) {
	prev := debug.SetMemoryLimit(-1)
	if prev != math.MaxInt64 {
		return func() {}
	}
	var text int64
	for _, s := range srcs {
		text += int64(len(s.Text))
	}
	debug.SetMemoryLimit(max(memoryBase+2*text, minMemoryLimit))
	return func() { debug.SetMemoryLimit(prev) }
}
