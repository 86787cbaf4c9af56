package main

import (
	"io"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/pool"
)

// progressMinSources: below this a run is over before a bar would help.
const progressMinSources = 50

var noProgressFlag = &cli.BoolFlag{
	Name:  "no-progress",
	Usage: "no progress bar (there is none anyway when stderr is not a terminal or CI is set)",
}

// extractEach applies fn (extraction) to every source in a pool of
// workers, with a progress bar when it is worth one, and stops handing out
// sources when the run is interrupted.
func extractEach[T any](c *cli.Context, srcs []*source.Source, fn func(*source.Source) T) ([]T, error) {
	return extractEachSized(c, srcs, func(*source.Source) int { return 1 }, fn)
}

// extractEachSized is extractEach over items of several sources or files
// each: the bar counts the sources and files.
func extractEachSized[S, T any](c *cli.Context, items []S, size func(S) int, fn func(S) T) ([]T, error) {
	if err := interrupted(c.Context); err != nil {
		return nil, err
	}
	n := 0
	for _, it := range items {
		n += size(it)
	}
	bar := newProgress(c, n)
	out, err := pool.MapContext(c.Context, items, func(it S) T {
		defer bar.addN(size(it))
		return fn(it)
	})
	bar.done()
	if err != nil {
		return nil, errInterrupted
	}
	return out, nil
}

// progress is a bar on standard error, or nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress shows a bar for n sources when there are more than a few
// dozen, standard error is a terminal, CI is not set and --no-progress was
// not given. A bar in a log file or a pipe would be noise.
func newProgress(c *cli.Context, n int) progress {
	if n <= progressMinSources || c.Bool(noProgressFlag.Name) || !isTerminal(c.App.ErrWriter) {
		return progress{}
	}
	if _, ci := os.LookupEnv("CI"); ci {
		return progress{}
	}
	return progress{bar: progressbar.NewOptions(n,
		progressbar.OptionSetWriter(c.App.ErrWriter),
		progressbar.OptionSetDescription("reading"),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p progress) add() { p.addN(1) }

// addN counts n sources or files done.
func (p progress) addN(n int) {
	if p.bar != nil {
		p.bar.Add(n)
	}
}

// done clears the bar, so the report or the next message starts on a
// clean line.
func (p progress) done() {
	if p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}

// isTerminal: w is a terminal (a pipe, a file or a buffer is not).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
