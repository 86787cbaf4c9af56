package main

import (
	"math"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
)

// A batch checked story by story runs under a soft memory limit of 2.3
// times its text plus an allowance (never below minMemoryLimit), paced at
// limitGCPercent when the limit is above the least one and GOGC is not
// set; the limit and pacing before it come back afterwards; a limit
// already set is left alone.
func TestLimitMemory(t *testing.T) {
	orig := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(orig)
	origGC := debug.SetGCPercent(100)
	defer debug.SetGCPercent(origGC)

	big := []*source.Source{{Text: strings.Repeat("x", 40<<20)}, {Text: strings.Repeat("y", 10<<20)}}
	small := []*source.Source{{Text: "a short article"}}
	cases := []struct {
		name   string
		prev   int64
		srcs   []*source.Source
		pace   bool
		want   int64
		wantGC int
	}{
		{"a large batch: 2.3 times its text and the allowance, paced by the limit", math.MaxInt64, big, true, memoryBase + 23*(50<<20)/10, limitGCPercent},
		{"a large batch with GOGC set: its pacing stays", math.MaxInt64, big, false, memoryBase + 23*(50<<20)/10, 100},
		{"a small batch: the least limit, default pacing", math.MaxInt64, small, true, minMemoryLimit, 100},
		{"a limit already set stays", 200 << 20, big, true, 200 << 20, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			debug.SetMemoryLimit(c.prev)
			restore := limitTextMemory(textBytes(c.srcs), c.pace).restore
			if got := debug.SetMemoryLimit(-1); got != c.want {
				t.Errorf("limit %d, want %d", got, c.want)
			}
			if got := debug.SetGCPercent(-1); got != c.wantGC {
				t.Errorf("GOGC %d, want %d", got, c.wantGC)
			}
			debug.SetGCPercent(c.wantGC)
			restore()
			if got := debug.SetMemoryLimit(-1); got != c.prev {
				t.Errorf("after restore: limit %d, want %d", got, c.prev)
			}
			if got := debug.SetGCPercent(100); got != 100 {
				t.Errorf("after restore: GOGC %d, want 100", got)
			}
		})
	}
}

// A limit set for one size of text and resized for another (checkStories
// sets it for the files' sizes, then for the texts read) is the one set
// for the second at once, pacing included, and restores what was before.
func TestMemoryLimitResize(t *testing.T) {
	orig := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(orig)
	origGC := debug.SetGCPercent(100)
	defer debug.SetGCPercent(origGC)

	const big, small = 50 << 20, 1 << 10
	cases := []struct {
		name        string
		prev        int64
		first, then int64
		want        int64
		wantGC      int
	}{
		{"small, then large", math.MaxInt64, small, big, memoryBase + 23*big/10, limitGCPercent},
		{"large, then small", math.MaxInt64, big, small, minMemoryLimit, 100},
		{"large, then larger", math.MaxInt64, big, 2 * big, memoryBase + 23*2*big/10, limitGCPercent},
		{"a limit already set stays", 200 << 20, small, big, 200 << 20, 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			debug.SetMemoryLimit(c.prev)
			l := limitTextMemory(c.first, true)
			l.resize(c.then)
			if got := debug.SetMemoryLimit(-1); got != c.want {
				t.Errorf("limit %d, want %d", got, c.want)
			}
			if got := debug.SetGCPercent(-1); got != c.wantGC {
				t.Errorf("GOGC %d, want %d", got, c.wantGC)
			}
			debug.SetGCPercent(c.wantGC)
			l.restore()
			if got := debug.SetMemoryLimit(-1); got != c.prev {
				t.Errorf("after restore: limit %d, want %d", got, c.prev)
			}
			if got := debug.SetGCPercent(100); got != 100 {
				t.Errorf("after restore: GOGC %d, want 100", got)
			}
		})
	}
}
