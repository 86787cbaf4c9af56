package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:         "check",
		OnUsageError: usageError,
		Usage:        "report where the articles disagree",
		ArgsUsage:    "PATH...",
		Description: `Reads article files and folders (text, Markdown, HTML, JSON and JSON Lines;
folders recursively; - reads standard input), extracts claims, groups them
into events and reports disagreements.

Example:
   claimcheck check fixtures/earthquake
   claimcheck check --format json --fail-on warning articles/
   claimcheck check --format json --output r.json --format sarif --output r.sarif articles/`,
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}, Value: cli.NewStringSlice(report.FormatTable), Usage: "output format: " + strings.Join(report.Formats(), ", ") + "; repeat with --output for several reports"},
			outputFlag,
			&cli.StringFlag{Name: "fail-on", Value: "conflict", Usage: "exit 1 on findings at or above: conflict, warning, never"},
			colorFlag,
			maxBytesFlag,
			maxRecordsFlag,
			configFlag,
			baselineFlag,
			storeFlag,
			noProgressFlag,
		},
		Action: checkAction,
	}
}

// checkAction is the check command: read the batch, compare, report, and
// set the exit code from the worst finding left.
func checkAction(c *cli.Context) error {
	failOn, err := parseFailOn(c.String("fail-on"))
	if err != nil {
		return exitCode{exitError, err}
	}
	outputs, err := parseOutputs(c)
	if err != nil {
		return exitCode{exitError, err}
	}
	extract, err := configuredExtract(c)
	if err != nil {
		return err
	}
	in, err := openBatch(c)
	if err != nil {
		return err
	}
	// read, extract and compare (with --store), then the baseline step
	res, finish, inputErr, err := checkInput(c, in, extract)
	if err != nil {
		return err
	}
	defer finish.close()
	if err := writeOutputs(c.App.Writer, outputs, res); err != nil {
		return exitCode{exitError, err}
	}
	if err := finish.commit(); err != nil { // only once the report is written
		return exitCode{exitError, err}
	}
	if inputErr != nil {
		return inputErr
	}
	if failOn > 0 && worst(res) >= failOn {
		return exitCode{code: exitFindings}
	}
	return nil
}

// parseFailOn maps --fail-on to the lowest severity that fails; 0 never.
func parseFailOn(s string) (compare.Severity, error) {
	switch s {
	case "conflict":
		return compare.Conflict, nil
	case "warning":
		return compare.Warning, nil
	case "never":
		return 0, nil
	}
	return 0, fmt.Errorf("--fail-on %q: want conflict, warning or never", s)
}

func worst(r *compare.Result) compare.Severity {
	var w compare.Severity
	for _, f := range r.Findings {
		w = max(w, f.Severity)
	}
	return w
}
