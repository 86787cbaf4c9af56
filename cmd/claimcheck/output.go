package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// stdoutPath names standard output in --output.
const stdoutPath = "-"

// output is one report a check writes: a printer and where its text goes.
type output struct {
	format  string
	path    string // stdoutPath for the command's writer
	printer report.Printer
}

var outputFlag = &cli.StringSliceFlag{
	Name:    "output",
	Aliases: []string{"o"},
	Usage:   "write the report to `FILE` (atomically) instead of stdout; repeat with --format for several reports, paired in order",
}

// parseOutputs pairs the --format and --output flags in order. Every
// format needs its file, except that the last one may go to stdout, so that
// a plain `--format json` keeps working and at most one report reaches the
// terminal.
func parseOutputs(c *cli.Context) ([]output, error) {
	formats, paths := c.StringSlice("format"), c.StringSlice("output")
	if len(formats) == 0 {
		formats = []string{report.FormatTable}
	}
	if len(paths) != len(formats) && len(paths) != len(formats)-1 {
		return nil, fmt.Errorf("%d --format and %d --output: give one --output per --format (the last --format may go to stdout)", len(formats), len(paths))
	}
	outs := make([]output, 0, len(formats))
	stdouts := 0
	for i, format := range formats {
		o := output{format: format, path: stdoutPath}
		if i < len(paths) && paths[i] != "" {
			o.path = paths[i]
		}
		if o.path == stdoutPath {
			stdouts++
		}
		color := c.String("color") == "always" || (o.path == stdoutPath && useColor(c))
		p, err := report.New(format, color)
		if err != nil {
			return nil, err
		}
		o.printer = withStepSummary(p)
		outs = append(outs, o)
	}
	if stdouts > 1 {
		return nil, errors.New("more than one report would go to stdout: give each --format its --output")
	}
	return outs, nil
}

// withStepSummary points the github printer at the file GitHub Actions
// names in GITHUB_STEP_SUMMARY, where the whole report is shown (the
// annotations alone stop at ten of a kind per step).
func withStepSummary(p report.Printer) report.Printer {
	g, ok := p.(report.GitHub)
	path := os.Getenv("GITHUB_STEP_SUMMARY")
	if !ok || path == "" {
		return p
	}
	g.Summary = appendFile(path)
	return g
}

// appendFile is a writer that opens path for appending at each write (the
// github printer writes its summary in one piece), so a run that writes
// nothing creates nothing.
type appendFile string

func (a appendFile) Write(p []byte) (int, error) {
	f, err := os.OpenFile(string(a), os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return 0, err
	}
	n, err := f.Write(p)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// writeOutputs prints every report; the first error stops the run.
func writeOutputs(stdout io.Writer, outs []output, res *compare.Result) error {
	for _, o := range outs {
		var err error
		if o.path == stdoutPath {
			err = o.printer.Print(stdout, res)
		} else {
			err = writeFileAtomic(o.path, func(w io.Writer) error { return o.printer.Print(w, res) })
		}
		if err != nil {
			return fmt.Errorf("%s report: %w", o.format, err)
		}
	}
	return nil
}

// writeFileAtomic writes a temporary file next to path and renames it over
// path, so that a reader (a CI upload step, a rerun) never sees half a
// report and a failed run leaves the previous report in place.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
