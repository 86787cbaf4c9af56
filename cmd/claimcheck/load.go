package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims/source"
)

// loadEach reads every article named on the command line and applies fn
// to each in a pool of GOMAXPROCS workers. Results keep the files' order,
// so output never depends on scheduling. Files that cannot be read are
// reported on stderr, naming the file and the reason, and skipped; the rest
// are still returned, and the error makes the exit code 2.
func loadEach[T any](c *cli.Context, fn func(*source.Source) T) ([]T, error) {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return nil, exitCode{exitError, errors.New("no paths given (usage: claimcheck " + c.Command.Name + " PATH...)")}
	}
	files, errs := source.Collect(paths)
	out, readErrs := readEach(files, fn)
	errs = append(errs, readErrs...)
	for _, err := range errs {
		fmt.Fprintf(c.App.ErrWriter, "claimcheck: %v\n", err)
	}
	switch {
	case len(errs) == 0:
		return out, nil
	case len(out) == 0:
		return nil, exitCode{exitError, errors.New("no article could be read")}
	}
	return out, exitCode{code: exitError}
}

// readEach reads files and applies fn in a pool of GOMAXPROCS workers.
func readEach[T any](files []string, fn func(*source.Source) T) ([]T, []error) {
	results := make([]T, len(files))
	errs := make([]error, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				src, err := source.ReadFile(files[i], source.Limits{})
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
