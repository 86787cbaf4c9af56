package pool

import (
	"runtime"
	"testing"
)

func TestMapKeepsOrder(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		in := make([]int, 1000)
		for i := range in {
			in[i] = i
		}
		out := Map(in, func(x int) int { return x * x })
		runtime.GOMAXPROCS(old)
		for i, v := range out {
			if v != i*i {
				t.Fatalf("GOMAXPROCS=%d: out[%d] = %d, want %d", procs, i, v, i*i)
			}
		}
	}
	if got := Map([]int{}, func(x int) int { return x }); len(got) != 0 {
		t.Errorf("Map of nothing = %v", got)
	}
}
