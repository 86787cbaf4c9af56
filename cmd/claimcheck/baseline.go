package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/baseline"
)

var baselineFlag = &cli.StringFlag{
	Name:  "baseline",
	Usage: "hide the findings recorded in `FILE` (claimcheck baseline write makes one)",
}

// readBaseline reads --baseline; nil when none was given.
func readBaseline(c *cli.Context) (*baseline.File, error) {
	path := c.String(baselineFlag.Name)
	if path == "" {
		return nil, nil
	}
	f, err := baseline.Read(path)
	if err != nil {
		return nil, exitCode{exitError, err}
	}
	return f, nil
}

// hideBaseline is the baseline step, after compare's own: it hides the
// accepted findings and says on stderr how many, so the report's own
// format stays as it is without a baseline.
func hideBaseline(c *cli.Context, f *baseline.File, res *compare.Result) {
	if f == nil {
		return
	}
	hidden := baseline.NewStep(f).Apply(res)
	fmt.Fprintf(c.App.ErrWriter, "claimcheck: %d %s hidden by baseline %s\n", hidden, plural(hidden, "finding", "findings"), c.String(baselineFlag.Name))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func baselineCommand() *cli.Command {
	return &cli.Command{
		Name:         "baseline",
		OnUsageError: usageError,
		Usage:        "record the current findings, so that check --baseline reports only new ones",
		Description: `A baseline holds the fingerprints of findings an editor has accepted: kind,
event and normalized values, never line numbers, so an edit elsewhere in an
article does not bring a finding back. Each entry has a note field for the
editor's words; rewriting the baseline keeps the notes of findings still
there.

Example:
   claimcheck baseline write articles/
   claimcheck baseline write --output ci/baseline.json articles/
   claimcheck check --baseline ci/baseline.json articles/`,
		Subcommands: []*cli.Command{{
			Name:         "write",
			OnUsageError: usageError,
			Usage:        "check the batch and write its findings' fingerprints",
			ArgsUsage:    "PATH...",
			Description:  "Example:\n   claimcheck baseline write --output .claimcheck-baseline.json articles/",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: baseline.DefaultPath, Usage: "write the baseline to `FILE` (atomically)"},
				maxBytesFlag,
				maxRecordsFlag,
				configFlag,
				noProgressFlag,
			},
			Action: baselineWrite,
		}},
	}
}

func baselineWrite(c *cli.Context) error {
	path := c.String("output")
	old, err := existingBaseline(path)
	if err != nil {
		return exitCode{exitError, err}
	}
	docs, inputErr := load(c)
	if docs == nil && inputErr != nil {
		return inputErr
	}
	res := compare.CheckWith(docs, checkOptions(c))
	if err := interrupted(c.Context); err != nil {
		return err
	}
	f := baseline.FromResult(res)
	f.KeepNotes(old)
	if err := writeFileAtomic(path, func(w io.Writer) error { return f.Write(w) }); err != nil {
		return exitCode{exitError, fmt.Errorf("baseline %s: %w", path, err)}
	}
	fmt.Fprintf(c.App.ErrWriter, "claimcheck: wrote %d %s to %s\n", len(f.Findings), plural(len(f.Findings), "finding", "findings"), path)
	return inputErr
}

// existingBaseline reads the baseline about to be rewritten, for its
// notes. A file that is there but unreadable stops the run: overwriting it
// would lose what an editor wrote.
func existingBaseline(path string) (*baseline.File, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	f, err := baseline.Read(path)
	if err != nil {
		return nil, fmt.Errorf("%w (not overwritten; fix or remove it)", err)
	}
	return f, nil
}
