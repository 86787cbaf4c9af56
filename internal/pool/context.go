package pool

import (
	"context"
	"runtime"
	"sync"
)

// MapContext is Map that stops handing out work once ctx is done (Ctrl-C):
// the calls already running finish, no new one starts, and the error is
// ctx's. Without cancellation the results are Map's, in the input's order.
func MapContext[T, R any](ctx context.Context, in []T, fn func(T) R) ([]R, error) {
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
	var err error
feed:
	for i := range in {
		select {
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		case jobs <- i:
		}
	}
	close(jobs)
	wg.Wait()
	if err == nil {
		err = ctx.Err() // cancelled while the last calls ran: their results may be cut short too
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}
