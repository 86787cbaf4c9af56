package pool

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"
)

func TestMapContext(t *testing.T) {
	in := []int{1, 2, 3, 4, 5, 6, 7, 8}
	for _, tc := range []struct {
		name     string
		cancelAt int32 // cancel when this many calls have started; 0 never
		wantErr  bool
	}{
		{"runs to the end", 0, false},
		{"cancelled before the start", -1, true},
		{"cancelled midway", 3, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.cancelAt < 0 {
				cancel()
			}
			var calls atomic.Int32
			out, err := MapContext(ctx, in, func(v int) int {
				if calls.Add(1) == tc.cancelAt {
					cancel()
				}
				return v * 10
			})
			if tc.wantErr {
				if !errors.Is(err, context.Canceled) || out != nil {
					t.Errorf("got %v, %v; want no results and context.Canceled", out, err)
				}
				if n := calls.Load(); int(n) == len(in) && tc.cancelAt > 0 {
					t.Logf("all %d calls ran before the cancellation was seen", n)
				}
				return
			}
			if err != nil || !slices.Equal(out, []int{10, 20, 30, 40, 50, 60, 70, 80}) {
				t.Errorf("got %v, %v", out, err)
			}
		})
	}
}
