package main

import (
	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/config"
)

// configFlag names the configuration file; without it, .claimcheck.yaml in
// the working directory is read when there is one.
var configFlag = &cli.StringFlag{
	Name:      "config",
	Usage:     "read the configuration from `FILE` (default: " + config.FileName + " in the working directory, when there is one)",
	TakesFile: true,
}

// workingDir is where the configuration is looked for: the process's
// working directory, resolved by the operating system.
const workingDir = "."

// configKey holds the run's configuration in the app's metadata, so that
// it is read once however many steps need it.
const configKey = "claimcheck/config"

// projectConfig is the run's configuration: the --config file, else the
// working directory's .claimcheck.yaml, else the defaults. A bad file is
// a usage error (exit 2) that names the file, line and key.
func projectConfig(c *cli.Context) (*config.Config, error) {
	if cfg, ok := c.App.Metadata[configKey].(*config.Config); ok {
		return cfg, nil
	}
	cfg, err := readConfig(c.String(configFlag.Name), workingDir)
	if err != nil {
		return nil, exitCode{exitError, err}
	}
	if c.App.Metadata == nil {
		c.App.Metadata = map[string]any{}
	}
	c.App.Metadata[configKey] = cfg
	return cfg, nil
}

// readConfig loads file, or the configuration found in dir, or the
// defaults when there is none.
func readConfig(file, dir string) (*config.Config, error) {
	if file == "" {
		found, err := config.Find(dir)
		if err != nil {
			return nil, err
		}
		if found == "" {
			return config.Default(), nil
		}
		file = found
	}
	return config.Load(file)
}

// configuredExtract is the extraction step with the configuration's
// per-source dates and outlets applied first: a publication date anchors
// the article's relative dates ("on Friday"), so it must be set before
// claims are extracted.
func configuredExtract(c *cli.Context) (func(*source.Source) *claims.Doc, error) {
	cfg, err := projectConfig(c)
	if err != nil {
		return nil, err
	}
	return func(src *source.Source) *claims.Doc {
		cfg.ApplySource(src)
		return claims.Extract(src)
	}, nil
}

// configuredExtractTransient is configuredExtract for documents used only
// while use runs (encoded and outlined, then dropped): they are extracted
// into a pooled claims.Scratch, without the copies that let a document
// live to the end of the run.
func configuredExtractTransient(c *cli.Context) (func(src *source.Source, use func(*claims.Doc)), error) {
	cfg, err := projectConfig(c)
	if err != nil {
		return nil, err
	}
	return func(src *source.Source, use func(*claims.Doc)) {
		cfg.ApplySource(src)
		claims.ExtractTransient(src, use)
	}, nil
}

// checkOptions are the comparison options of the run's configuration;
// the defaults when it could not be read (load has reported that).
func checkOptions(c *cli.Context) compare.Options {
	cfg, err := projectConfig(c)
	if err != nil {
		return compare.Options{}
	}
	return cfg.Options()
}
