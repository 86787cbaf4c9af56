package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// exitError carries an exit code out of a command's action.
type exitCode struct {
	code int
	err  error
}

func (e exitCode) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

// run is the whole program; main only supplies the process's streams.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run with a context that Ctrl-C cancels and that carries
// the clock (see signal.go).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, flagsFirst(app, args))
	var ec exitCode
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ec):
		if ec.err != nil {
			fmt.Fprintf(stderr, "claimcheck: %v\n", ec.err)
		}
		return ec.code
	default:
		fmt.Fprintf(stderr, "claimcheck: %v\n", err)
		return exitError
	}
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:      "claimcheck",
		Usage:     "find where news articles about one story disagree",
		Writer:    stdout,
		ErrWriter: stderr,
		Reader:    stdin,
		// Errors are printed by run, with the exit code they carry.
		ExitErrHandler:  func(*cli.Context, error) {},
		OnUsageError:    usageError,
		HideHelpCommand: true,
		// Shell completion scripts (claimcheck completion) ask the program.
		EnableBashCompletion: true,
		// --output takes paths, and a comma is a valid character in one.
		DisableSliceFlagSeparator: true,
		Commands: []*cli.Command{
			checkCommand(),
			claimsCommand(),
			datesCommand(),
			initCommand(),
			completionCommand(),
			baselineCommand(),
			storeCommand(),
		},
	}
}

var colorFlag = &cli.StringFlag{
	Name:  "color",
	Value: "auto",
	Usage: "colour output: auto (on a terminal unless NO_COLOR is set), always, never",
}

// usageError keeps a bad flag's message on stderr with exit code 2, so a
// report redirected to a file never holds help text.
func usageError(_ *cli.Context, err error, _ bool) error {
	return exitCode{exitError, fmt.Errorf("%w (see --help)", err)}
}

func claimsCommand() *cli.Command {
	return &cli.Command{
		Name:         "claims",
		OnUsageError: usageError,
		Usage:        "list the claims extracted from each article",
		ArgsUsage:    "PATH...",
		Description: `Shows every event mention and its arguments, so you can see why
something was or was not compared.

Example:
   claimcheck claims fixtures/earthquake/000_wire.txt`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: table, json"},
			colorFlag,
			maxBytesFlag,
			maxRecordsFlag,
			&cli.BoolFlag{Name: "events", Usage: "show how mentions were grouped into events instead"},
			configFlag,
		},
		Action: func(c *cli.Context) error {
			if c.Bool("events") {
				docs, inputErr := load(c)
				if docs == nil {
					return inputErr
				}
				if err := compare.DumpEvents(c.App.Writer, docs); err != nil {
					return exitCode{exitError, err}
				}
				return inputErr
			}
			printer, err := report.NewClaims(c.String("format"), useColor(c))
			if err != nil {
				return exitCode{exitError, err}
			}
			docs, inputErr := load(c)
			if docs == nil && inputErr != nil {
				return inputErr
			}
			var srcs []*source.Source
			var cs []claims.Claim
			for _, d := range docs {
				srcs = append(srcs, d.Source)
				cs = append(cs, claims.Flatten(d)...)
			}
			if err := printer.PrintClaims(c.App.Writer, srcs, cs); err != nil {
				return exitCode{exitError, err}
			}
			return inputErr
		},
	}
}

// useColor: colour only on a terminal, and never when NO_COLOR is set.
func useColor(c *cli.Context) bool {
	switch c.String("color") {
	case "always":
		return true
	case "never":
		return false
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok {
		return false
	}
	f, ok := c.App.Writer.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// load reads and extracts every article named on the command line.
func load(c *cli.Context) ([]*claims.Doc, error) {
	extract, err := configuredExtract(c)
	if err != nil {
		return nil, err
	}
	return loadEach(c, extract)
}

// flagsFirst moves a command's flags before its paths, so that
// "claimcheck check DIR --format json" works as users type it: urfave/cli
// stops reading flags at the first argument.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 2 || args[len(args)-1] == "--generate-bash-completion" {
		return args
	}
	cmd := app.Command(args[1])
	if cmd == nil {
		return args
	}
	head := 2 // "claimcheck check"
	if len(args) > 2 && cmd.Command(args[2]) != nil {
		cmd, head = cmd.Command(args[2]), 3 // "claimcheck store rm": the subcommand's flags
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, name := range f.Names() {
			takesValue[name] = !isBool
		}
	}
	var flags, rest []string
	for i := head; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	out := append(slices.Clone(args[:head]), flags...)
	return append(out, rest...)
}
