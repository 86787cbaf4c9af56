package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/report"
)

// publishedFromFlag says that --published set the publication date.
const publishedFromFlag = "flag"

func datesCommand() *cli.Command {
	return &cli.Command{
		Name:         "dates",
		OnUsageError: usageError,
		Usage:        "list the temporal expressions of each article, normalized",
		ArgsUsage:    "PATH...",
		Description: `Shows every date, time, duration and frequency found in each article's
body: its byte span in the file, its TIMEX3 type and value, and what it is
anchored to (the publication date, another expression, or nothing, as for
relative dates inside quotations). JSON and TimeML output can be scored
against TimeML gold annotations.

Example:
   claimcheck dates fixtures/earthquake/000_wire-flash.txt
   claimcheck dates --published 2019-11-26 --format timeml article.txt`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: " + strings.Join(report.DatesFormats(), ", ")},
			&cli.StringFlag{Name: "published", Usage: "publication date `YYYY-MM-DD` for every article, overriding what the articles say"},
			maxBytesFlag,
			maxRecordsFlag,
		},
		Action: func(c *cli.Context) error {
			printer, err := report.NewDates(c.String("format"))
			if err != nil {
				return exitCode{exitError, err}
			}
			published, err := parsePublished(c.String("published"))
			if err != nil {
				return exitCode{exitError, err}
			}
			docs, inputErr := loadDates(c, published)
			if docs == nil && inputErr != nil {
				return inputErr
			}
			if err := printer.PrintDates(c.App.Writer, docs); err != nil {
				return exitCode{exitError, err}
			}
			return inputErr
		},
	}
}

// parsePublished reads --published; "" means the articles' own dates.
func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--published %q: want a date as YYYY-MM-DD", s)
	}
	return t, nil
}

// loadDates reads every article named on the command line and finds its
// dates, with --published in place of the articles' own dates when given.
func loadDates(c *cli.Context, published time.Time) ([]report.DatedSource, error) {
	return loadEach(c, func(src *source.Source) report.DatedSource {
		if !published.IsZero() {
			src.Published, src.PublishedFrom = published, publishedFromFlag
		}
		return report.DatedSource{Source: src, Dates: sourceDates(src)}
	})
}

// sourceDates finds the temporal expressions of a source's body with the
// same normalizer and anchoring as check.
func sourceDates(src *source.Source) []temporal.Expr { return claims.FindDates(src, nil) }
