// Package pool runs a function over a slice in GOMAXPROCS workers and
// returns the results in the input's order, so that output never depends
// on scheduling.
package pool

import (
	"runtime"
	"sync"
)

// Map applies fn to every element of in, concurrently, and returns the
// results in the same order.
func Map[T, R any](in []T, fn func(T) R) []R {
	out := make([]R, len(in))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), max(1, len(in))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = fn(in[i])
			}
		}()
	}
	for i := range in {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}
