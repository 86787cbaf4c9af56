package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/internal/config"
)

func initCommand() *cli.Command {
	return &cli.Command{
		Name:         "init",
		OnUsageError: usageError,
		Usage:        "write a commented default " + config.FileName + " into the working directory",
		Description: `Writes the default configuration, every key explained, for you to edit.
It refuses to overwrite an existing file unless --force is given.

Example:
   claimcheck init
   claimcheck init --force`,
		Flags:  []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "overwrite an existing " + config.FileName}},
		Action: initAction,
	}
}

func initAction(c *cli.Context) error {
	if c.NArg() > 0 {
		return exitCode{exitError, fmt.Errorf("init takes no arguments, got %q (see --help)", c.Args().First())}
	}
	return writeDefaultConfig(workingDir, c.Bool("force"), c.App.Writer)
}

// writeDefaultConfig writes the default configuration into dir. Without
// force the file is created exclusively, so an existing one is never
// touched, even by a race.
func writeDefaultConfig(dir string, force bool, w io.Writer) error {
	path := filepath.Join(dir, config.FileName)
	mode := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !force {
		mode |= os.O_EXCL
	}
	f, err := os.OpenFile(path, mode, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return exitCode{exitError, fmt.Errorf("%s already exists; use --force to overwrite it", path)}
	}
	if err != nil {
		return exitCode{exitError, err}
	}
	_, werr := f.Write(config.DefaultFile())
	if err := errors.Join(werr, f.Close()); err != nil {
		return exitCode{exitError, fmt.Errorf("%s: %w", path, err)}
	}
	fmt.Fprintf(w, "wrote %s\n", path)
	return nil
}
