package main

import (
	"context"
	"errors"
	"time"
)

// errInterrupted is what a run stopped by Ctrl-C or SIGTERM says. Such a
// run writes no report and commits nothing to the store: reports are
// written by rename and the store in one transaction, so both are left as
// they were.
var errInterrupted = exitCode{exitError, errors.New("interrupted")}

// interrupted returns errInterrupted once ctx is done.
func interrupted(ctx context.Context) error {
	if ctx != nil && ctx.Err() != nil {
		return errInterrupted
	}
	return nil
}

// clockKey carries the clock in the run's context. Only main reads the
// wall clock; tests pass a fixed one, and a run without one records no
// time at all rather than today's.
type clockKey struct{}

// withClock gives a run its clock.
func withClock(ctx context.Context, now func() time.Time) context.Context {
	return context.WithValue(ctx, clockKey{}, now)
}

// clockOf returns the run's clock: the zero time when none was given.
func clockOf(ctx context.Context) func() time.Time {
	if ctx != nil {
		if now, ok := ctx.Value(clockKey{}).(func() time.Time); ok && now != nil {
			return now
		}
	}
	return func() time.Time { return time.Time{} }
}
