package main

import (
	"errors"
	"runtime"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims/source"
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

// readEach reads files and applies fn in a pool of GOMAXPROCS workers.
func readEach[T any](files []string, lim source.Limits, fn func(*source.Source) T) ([]T, []error) {
	results := make([]T, len(files))
	errs := make([]error, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				src, err := readArticle(files[i], lim)
				if err != nil {
					errs[i] = err
					continue
				}
				results[i] = fn(src)
			}
		}()
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var out []T
	var outErrs []error
	for i := range files {
		if errs[i] != nil {
			outErrs = append(outErrs, errs[i])
		} else {
			out = append(out, results[i])
		}
	}
	return out, outErrs
}
