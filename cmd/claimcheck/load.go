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
	in, err := openBatch(c)
	if err != nil {
		return nil, nil, err
	}
	in.readRest()
	return in.srcs, in.errs, nil
}

// batchInput is the batch named on the command line on its way in: the
// sources read so far (standard input's, then the first files' in order),
// what could not be read, in the order it is reported, and the files
// still to read, in order.
type batchInput struct {
	srcs  []*source.Source
	errs  []error
	files []string
	lim   source.Limits
}

// openBatch finds the files named on the command line (source.Collect)
// and reads standard input if "-" is named, but no file yet. The error is
// a usage error; nothing was read.
func openBatch(c *cli.Context) (*batchInput, error) {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return nil, exitCode{exitError, errors.New("no paths given (usage: claimcheck " + c.Command.Name + " PATH...)")}
	}
	lim, err := limitsFrom(c)
	if err != nil {
		return nil, exitCode{exitError, err}
	}
	fromStdin := slices.Contains(paths, source.StdinPath)
	paths = slices.DeleteFunc(paths, func(p string) bool { return p == source.StdinPath })
	in := &batchInput{lim: lim}
	in.files, in.errs = source.Collect(paths)
	if fromStdin {
		s, e := readStdin(c.App.Reader, lim)
		in.srcs, in.errs = append(in.srcs, s...), append(in.errs, e...)
	}
	return in, nil
}

// readAhead reads the next files, in order, until more than n sources
// are read or no file is left. It reads no more files than it may need:
// a file holds one article or more (or none that can be checked).
func (in *batchInput) readAhead(n int) {
	for len(in.srcs) <= n && len(in.files) > 0 {
		in.read(min(n+1-len(in.srcs), len(in.files)))
	}
}

// readRest reads every file left.
func (in *batchInput) readRest() { in.read(len(in.files)) }

// read reads the next k files.
func (in *batchInput) read(k int) {
	s, e := readEach(in.files[:k], in.lim)
	in.srcs, in.errs = append(in.srcs, s...), append(in.errs, e...)
	in.files = in.files[k:]
}

// extractBatch applies fn to every source read (loadEach's second half)
// and then reports readErrs, the inputs that could not be read.
func extractBatch[T any](c *cli.Context, srcs []*source.Source, readErrs []error, fn func(*source.Source) T) ([]T, error) {
	out, err := extractEach(c, srcs, fn) // progress bar; stops on Ctrl-C
	if err != nil {
		return nil, err
	}
	if err := inputsRead(c, len(out), readErrs); err != nil {
		if len(out) == 0 {
			return nil, err
		}
		return out, err
	}
	return out, nil
}

// inputsRead reports readErrs, the inputs that could not be read, once n
// articles are extracted: the error is the exit code to end with, and
// ends the run at once when no article was read.
func inputsRead(c *cli.Context, n int, readErrs []error) error {
	errs := reportInputs(c.App.ErrWriter, readErrs)
	switch {
	case len(errs) == 0:
		return nil
	case n == 0:
		return exitCode{exitError, errors.New("no article could be read")}
	}
	return exitCode{code: exitError}
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
