package main

import (
	"errors"
	"io"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/pool"
)

// loadEach reads every article named on the command line, in every input
// format ("-" reads standard input), and applies fn to each in a pool of
// GOMAXPROCS workers. Results keep a fixed order (standard input first,
// then files sorted by path, records in file order), so output never
// depends on scheduling. Files and records that cannot be read are
// reported on stderr, naming the file (and line or record) and the
// reason, and skipped; the rest are still returned, and the error makes
// the exit code 2. Articles not in English are noted on stderr and left
// out without changing the exit code.
func loadEach[T any](c *cli.Context, fn func(*source.Source) T) ([]T, error) {
	srcs, readErrs, err := readBatch(c)
	if err != nil {
		return nil, err
	}
	return extractBatch(c, srcs, readErrs, fn)
}

// readBatch reads the articles named on the command line (loadEach's first
// half): the sources in report order and what could not be read. The error
// is a usage error; nothing was read.
func readBatch(c *cli.Context) ([]*source.Source, []error, error) {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return nil, nil, exitCode{exitError, errors.New("no paths given (usage: claimcheck " + c.Command.Name + " PATH...)")}
	}
	lim, err := limitsFrom(c)
	if err != nil {
		return nil, nil, exitCode{exitError, err}
	}
	fromStdin := slices.Contains(paths, source.StdinPath)
	paths = slices.DeleteFunc(paths, func(p string) bool { return p == source.StdinPath })
	files, errs := source.Collect(paths)
	var srcs []*source.Source
	if fromStdin {
		s, e := readStdin(c.App.Reader, lim)
		srcs, errs = append(srcs, s...), append(errs, e...)
	}
	s, readErrs := readEach(files, lim)
	return append(srcs, s...), append(errs, readErrs...), nil
}

// extractBatch applies fn to every source read (loadEach's second half)
// and then reports readErrs, the inputs that could not be read.
func extractBatch[T any](c *cli.Context, srcs []*source.Source, readErrs []error, fn func(*source.Source) T) ([]T, error) {
	out, err := extractEach(c, srcs, fn) // progress bar; stops on Ctrl-C
	if err != nil {
		return nil, err
	}
	errs := reportInputs(c.App.ErrWriter, readErrs)
	switch {
	case len(errs) == 0:
		return out, nil
	case len(out) == 0:
		return nil, exitCode{exitError, errors.New("no article could be read")}
	}
	return out, exitCode{code: exitError}
}

// readEach reads files in a pool of GOMAXPROCS workers, keeping the files'
// order and each file's records in order. The errors of one file follow
// each other in the same order.
func readEach(files []string, lim source.Limits) ([]*source.Source, []error) {
	type result struct {
		srcs []*source.Source
		errs []error
	}
	results := pool.Map(files, func(path string) result {
		srcs, errs := readArticles(path, lim)
		return result{srcs, errs}
	})
	var out []*source.Source
	var errs []error
	for _, r := range results {
		out = append(out, r.srcs...)
		errs = append(errs, r.errs...)
	}
	return out, errs
}

// readStdin reads the articles piped to standard input: JSON Lines as a
// pipeline sends them (or one JSON document, page or text), named
// "stdin#..." in reports. A missing reader reads as empty input.
func readStdin(r io.Reader, lim source.Limits) ([]*source.Source, []error) {
	if r == nil {
		r = eofReader{}
	}
	srcs, errs := source.ReadReader(r, lim)
	return keepEnglish(srcs, explainLimits(errs, source.StdinPath, lim))
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
