// Package pool runs a function over a slice in GOMAXPROCS workers and
// returns the results in the input's order, so that output never depends
// on scheduling.
package pool

import "context"

// Map applies fn to every element of in, concurrently, and returns the
// results in the same order.
func Map[T, R any](in []T, fn func(T) R) []R {
	out, _ := MapContext(context.Background(), in, fn) // a background context is never done
	return out
}
