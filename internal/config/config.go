// Package config reads .claimcheck.yaml, the per-project configuration of
// claimcheck: which kinds of finding to report, severity overrides,
// tolerances for figures and the event window, ignore rules, and
// publication dates or outlet names for sources that do not state them.
//
// Every error names the file, the line and the key, as compilers do, so
// that an editor can jump to it: ".claimcheck.yaml:7: severity.locaton:
// unknown kind ...".
package config

import (
	"fmt"
	"math"
	"path"
	"sort"
	"time"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// FileName is the configuration file looked for in the working directory.
const FileName = ".claimcheck.yaml"

// Version is the only schema version this build reads.
const Version = 1

// Limits of the values a configuration may hold.
const (
	maxWindowDays = 366
	maxPercent    = 100
)

// Severity names a configuration may give a kind, "off" dropping it.
var severityNames = []string{"conflict", "warning", "info", "off"}

// Config is one loaded configuration. The zero value of every field but
// Version means "the default".
type Config struct {
	// File is where the configuration was read from; empty for defaults.
	File    string
	Version int
	// Kinds to report; nil reports every kind.
	Kinds []string
	// Severity overrides per kind: conflict, warning, info or off.
	Severity map[string]string
	// Tolerances for figures, and the event window.
	Tolerances Tolerances
	// Ignore rules, in file order.
	Ignore []IgnoreRule
	// Sources are per-source overrides, in file order.
	Sources []SourceRule
}

// Tolerances are how far apart two figures, or an undated event and its
// article's date, may be.
type Tolerances struct {
	Count    compare.Tolerance
	Quantity compare.Tolerance
	// EventWindowDays: 0 means compare.DefaultEventWindowDays.
	EventWindowDays int
}

// IgnoreRule drops the findings that match every field it gives.
type IgnoreRule = compare.IgnoreRule

// SourceRule sets the publication date or outlet of the sources whose
// file name or path matches Pattern (a shell glob).
type SourceRule struct {
	Pattern   string
	Published time.Time // zero: leave as read
	Outlet    string    // empty: leave as read
}

// Default is the configuration used when there is no file.
func Default() *Config {
	return &Config{Version: Version, Tolerances: Tolerances{EventWindowDays: compare.DefaultEventWindowDays}}
}

// Options turns the configuration into the comparison's options.
func (c *Config) Options() compare.Options {
	o := compare.Options{
		Kinds:           c.Kinds,
		Count:           c.Tolerances.Count,
		Quantity:        c.Tolerances.Quantity,
		EventWindowDays: c.Tolerances.EventWindowDays,
		Ignore:          c.Ignore,
	}
	if len(c.Severity) > 0 {
		o.Severity = map[string]compare.Severity{}
		for kind, name := range c.Severity {
			o.Severity[kind] = severityOf(name)
		}
	}
	return o
}

// severityOf maps a validated severity name to its value.
func severityOf(name string) compare.Severity {
	if name == "off" {
		return compare.Off
	}
	s, _ := compare.ParseSeverity(name)
	return s
}

// ApplySource sets what the matching source rules say about src. Rules
// apply in file order, so a later, narrower rule wins over an earlier one.
func (c *Config) ApplySource(src *source.Source) {
	for _, r := range c.Sources {
		if !r.matches(src) {
			continue
		}
		if !r.Published.IsZero() {
			src.Published = r.Published
			src.PublishedFrom = source.PublishedFromConfig
		}
		if r.Outlet != "" {
			src.Outlet = r.Outlet
		}
	}
}

// matches: the pattern matches the source's id, its path as given, or
// the path's last element.
func (r SourceRule) matches(src *source.Source) bool {
	for _, name := range []string{src.ID, src.Path, path.Base(src.Path)} {
		if ok, err := path.Match(r.Pattern, name); err == nil && ok && name != "" {
			return true
		}
	}
	return false
}

// Validate checks a configuration built in code the way Load checks a
// file; the error names the key but no line.
func (c *Config) Validate() error {
	var errs fieldErrors
	if c.Version != Version {
		errs.add("version", "unsupported version %d (want %d)", c.Version, Version)
	}
	if c.Kinds != nil && len(c.Kinds) == 0 {
		errs.add("kinds", "an empty list reports nothing (leave the key out to report every kind)")
	}
	for i, k := range c.Kinds {
		if !compare.IsKind(k) {
			errs.add(fmt.Sprintf("kinds[%d]", i), "%s", unknownKind(k))
		}
	}
	for _, k := range sortedKeys(c.Severity) {
		if !compare.IsKind(k) {
			errs.add("severity."+k, "%s", unknownKind(k))
		} else if !isSeverityName(c.Severity[k]) {
			errs.add("severity."+k, "unknown severity %q (want one of %s)", c.Severity[k], list(severityNames))
		}
	}
	errs.tolerance("tolerances.count", c.Tolerances.Count)
	errs.tolerance("tolerances.quantity", c.Tolerances.Quantity)
	if d := c.Tolerances.EventWindowDays; d < 0 || d > maxWindowDays {
		errs.add("tolerances.event_window_days", "%d days is out of range (want 1 to %d)", d, maxWindowDays)
	}
	for i, r := range c.Ignore {
		errs.ignoreRule(fmt.Sprintf("ignore[%d]", i), r)
	}
	for _, r := range c.Sources {
		key := "sources." + r.Pattern
		if _, err := path.Match(r.Pattern, ""); err != nil || r.Pattern == "" {
			errs.add(key, "bad glob %q", r.Pattern)
		}
	}
	return errs.err()
}

func (errs *fieldErrors) tolerance(key string, t compare.Tolerance) {
	if bad(t.Absolute) {
		errs.add(key+".absolute", "%v is not a tolerance (want a number 0 or more)", t.Absolute)
	}
	if bad(t.Percent) || t.Percent > maxPercent {
		errs.add(key+".percent", "%v is not a tolerance (want a number from 0 to %d)", t.Percent, maxPercent)
	}
}

func (errs *fieldErrors) ignoreRule(key string, r IgnoreRule) {
	if r.Kind == "" && r.Event == "" && r.Source == "" && r.Text == "" {
		errs.add(key, "a rule needs kind, event, source or text (a rule with none would match nothing)")
	}
	if r.Kind != "" && !compare.IsKind(r.Kind) {
		errs.add(key+".kind", "%s", unknownKind(r.Kind))
	}
	for _, g := range [][2]string{{"event", r.Event}, {"source", r.Source}} {
		if _, err := path.Match(g[1], ""); err != nil {
			errs.add(key+"."+g[0], "bad glob %q", g[1])
		}
	}
}

// bad: negative, infinite or not a number.
func bad(x float64) bool { return x < 0 || math.IsNaN(x) || math.IsInf(x, 0) }

func unknownKind(k string) string {
	return fmt.Sprintf("unknown kind %q (want one of %s)", k, list(compare.Kinds()))
}

func isSeverityName(s string) bool {
	for _, n := range severityNames {
		if n == s {
			return true
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
