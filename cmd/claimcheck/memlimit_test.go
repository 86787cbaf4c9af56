package main

import (
	"math"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
)

// A batch checked story by story runs under a soft memory limit of twice
// its text plus an allowance (never below minMemoryLimit), and the limit
// before it comes back afterwards; a limit already set is left alone.
func TestLimitMemory(t *testing.T) {
	orig := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(orig)

	big := []*source.Source{{Text: strings.Repeat("x", 40<<20)}, {Text: strings.Repeat("y", 10<<20)}}
	small := []*source.Source{{Text: "a short article"}}
	cases := []struct {
		name string
		prev int64
		srcs []*source.Source
		want int64
	}{
		{"a large batch: twice its text and the allowance", math.MaxInt64, big, memoryBase + 2*(50<<20)},
		{"a small batch: the least limit", math.MaxInt64, small, minMemoryLimit},
		{"a limit already set stays", 200 << 20, big, 200 << 20},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			debug.SetMemoryLimit(c.prev)
			restore := limitMemory(c.srcs)
			if got := debug.SetMemoryLimit(-1); got != c.want {
				t.Errorf("limit %d, want %d", got, c.want)
			}
			restore()
			if got := debug.SetMemoryLimit(-1); got != c.prev {
				t.Errorf("after restore: limit %d, want %d", got, c.prev)
			}
		})
	}
}
