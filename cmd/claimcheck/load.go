package main

import (
	"errors"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/pool"
)

// loadEach reads every article named on the command line and applies fn
// to each in a pool of GOMAXPROCS workers. Results keep the files' order,
// so output never depends on scheduling. Files that cannot be read are
// reported on stderr, naming the file and the reason, and skipped; the rest
// are still returned, and the error makes the exit code 2. Articles not in
// English are noted on stderr and left out without changing the exit code.
func loadEach[T any](c *cli.Context, fn func(*source.Source) T) ([]T, error) {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return nil, exitCode{exitError, errors.New("no paths given (usage: claimcheck " + c.Command.Name + " PATH...)")}
	}
	lim, err := limitsFrom(c)
	if err != nil {
		return nil, exitCode{exitError, err}
	}
	files, errs := source.Collect(paths)
	out, readErrs := readEach(files, lim, fn)
	errs = reportInputs(c.App.ErrWriter, append(errs, readErrs...))
	switch {
	case len(errs) == 0:
		return out, nil
	case len(out) == 0:
		return nil, exitCode{exitError, errors.New("no article could be read")}
	}
	return out, exitCode{code: exitError}
}

// readEach reads files and applies fn in a pool of GOMAXPROCS workers,
// keeping the files' order.
func readEach[T any](files []string, lim source.Limits, fn func(*source.Source) T) ([]T, []error) {
	type result struct {
		val T
		err error
	}
	results := pool.Map(files, func(path string) result {
		src, err := readArticle(path, lim)
		if err != nil {
			return result{err: err}
		}
		return result{val: fn(src)}
	})
	var out []T
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
		} else {
			out = append(out, r.val)
		}
	}
	return out, errs
}
