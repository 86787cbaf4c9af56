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
// limitGCPercent is the collector's pacing while a limit above the least
// one holds (see limitTextMemory).
const (
	memoryBase     = 16 << 20
	minMemoryLimit = 64 << 20
	limitGCPercent = 400
)

// textMemory is the limit's share per byte of a batch's text, as a
// fraction: 2.3x.
const textMemoryNum, textMemoryDen = 23, 10

// memoryLimit is the soft memory limit set for a batch of some text
// (limitTextMemory), to resize once the batch's text is known better,
// and to restore.
type memoryLimit struct {
	own    bool // no limit was set before: this one may be changed
	pace   bool // the collector's pacing may be changed
	paced  bool // it is: prevGC is the pacing to put back
	prev   int64
	prevGC int
}

// limitTextMemory sets a soft memory limit of memoryBase plus 2.3 times
// text, the bytes of a batch checked story by story (at least
// minMemoryLimit); pace says the collector's pacing may be changed (GOGC
// is not set). Its restore puts the previous limit back. On that path the
// live heap stays near 1.2x the text (the texts read, then the outlines
// and the events summed up), but the collector's default pacing lets the
// heap grow to twice the live heap before it runs, which put peak RSS at
// 3.0-3.15x the input on the 50 MB batch. A limit already set
// (GOMEMLIMIT in the environment) is left alone.
//
// Where the limit is above the least one, the batch's heap rather than
// the runtime's floor is what it bounds, and the default pacing (GOGC
// 100) would collect whenever the live heap doubles, well below the
// limit once pass 1's texts are gone: the collector is then paced at
// GOGC 400, so the limit decides when it runs (unless GOGC is set).
// Measured on the 50 MB batch (47.7 MiB of text), interleaved, three runs
// each, on a loaded machine: the old limit (2x, GOGC 100) 5.35-5.44 user
// CPU-s, 122,100-122,300 KB peak; GOGC 400 with 125 MiB 5.25-5.30 CPU-s,
// 136,100-136,500 KB; with 132 MiB 5.01-5.33 CPU-s, 143,300-143,500 KB;
// with 140 MiB 5.06-5.30 CPU-s, 151,400-151,500 KB. 2.3x is 126 MiB,
// under the 140,000 KB wanted. The 10 MB batch stays at the least limit
// and GOGC 100: GOGC 400 there saved 0.1 CPU-s but took peak RSS from
// 57-62 to 72-75 MB.
func limitTextMemory(text int64, pace bool) *memoryLimit {
	l := &memoryLimit{pace: pace, prev: debug.SetMemoryLimit(-1)}
	if l.prev != math.MaxInt64 {
		return l
	}
	l.own = true
	l.resize(text)
	return l
}

// resize sets the limit (and the pacing) for a batch of text bytes.
func (l *memoryLimit) resize(text int64) {
	if !l.own {
		return
	}
	limit := textMemoryLimit(text)
	debug.SetMemoryLimit(limit)
	switch paced := l.pace && limit != minMemoryLimit; {
	case paced && !l.paced:
		l.prevGC = debug.SetGCPercent(limitGCPercent)
		l.paced = true
	case !paced && l.paced:
		debug.SetGCPercent(l.prevGC)
		l.paced = false
	}
}

// restore puts back the limit and the pacing there were before.
func (l *memoryLimit) restore() {
	if !l.own {
		return
	}
	if l.paced {
		debug.SetGCPercent(l.prevGC)
	}
	debug.SetMemoryLimit(l.prev)
}

// textMemoryLimit is memoryBase plus 2.3 times text bytes, at least
// minMemoryLimit.
func textMemoryLimit(text int64) int64 {
	return max(memoryBase+text*textMemoryNum/textMemoryDen, minMemoryLimit)
}

// textBytes is the length of srcs' texts.
func textBytes(srcs []*source.Source) int64 {
	var text int64
	for _, s := range srcs {
		text += int64(len(s.Text))
	}
	return text
}
