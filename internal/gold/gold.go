// Package gold reads the gold files of article batches
// (fixtures/*/gold.yaml, in the schema of the shared seeds gold) and scores
// a check's findings against them the way the project's evaluation script
// does, so that tests can hold claimcheck to its fixtures.
package gold

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/yamlnode"
)

// File is one batch's gold.
type File struct {
	Findings   []Item `yaml:"findings"`
	Acceptable []Item `yaml:"acceptable"`
	Traps      []Item `yaml:"traps"`
}

// Item is a gold finding (with Sides) or an acceptable/trap item (with
// Sources and Any).
type Item struct {
	ID      string   `yaml:"id"`
	What    string   `yaml:"what"`
	Note    string   `yaml:"note"`
	Kinds   []string `yaml:"kinds"`
	Sides   []Side   `yaml:"sides"`
	Sources strList  `yaml:"sources"`
	Any     strList  `yaml:"any"`
}

// Side is one side of a gold finding.
type Side struct {
	Source strList `yaml:"source"`
	Any    strList `yaml:"any"`
}

// strList reads a YAML scalar or list of scalars.
type strList []string

// UnmarshalYAML takes a scalar as a list of one, so that a gold file may
// write "source: a" or "source: [a, b]".
func (s *strList) UnmarshalYAML(n ast.Node) error {
	if _, null := yamlnode.Unwrap(n).(*ast.NullNode); null || n == nil {
		*s = nil // "source:" with no value, as if it were left out
		return nil
	}
	if v, ok := yamlnode.ScalarText(n); ok {
		*s = []string{v}
		return nil
	}
	seq, ok := yamlnode.Unwrap(n).(*ast.SequenceNode)
	if !ok {
		return fmt.Errorf("line %d: want a string or a list of strings", yamlnode.Line(n))
	}
	xs := make([]string, 0, len(seq.Values))
	for _, item := range seq.Values {
		v, ok := yamlnode.ScalarText(item)
		if !ok {
			return fmt.Errorf("line %d: want a string in the list", yamlnode.Line(item))
		}
		xs = append(xs, v)
	}
	*s = xs
	return nil
}

// Load reads a gold file.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g File
	if err := yaml.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// Score is how a batch's findings compare with its gold.
type Score struct {
	Gold, Found, TP, FP, Dup, Acceptable int
	Missed                               []string
	FalsePositives                       []string
}

// Precision is TP / (TP + FP), 1 when nothing was predicted.
func (s Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is found / gold, 1 when there is no gold.
func (s Score) Recall() float64 {
	if s.Gold == 0 {
		return 1
	}
	return float64(s.Found) / float64(s.Gold)
}

// Add sums two scores.
func (s Score) Add(o Score) Score {
	return Score{Gold: s.Gold + o.Gold, Found: s.Found + o.Found, TP: s.TP + o.TP, FP: s.FP + o.FP,
		Dup: s.Dup + o.Dup, Acceptable: s.Acceptable + o.Acceptable,
		Missed: append(s.Missed, o.Missed...), FalsePositives: append(s.FalsePositives, o.FalsePositives...)}
}

// Evaluate scores findings of severity conflict or warning against g.
func Evaluate(fs []compare.Finding, g *File) Score {
	sc := Score{Gold: len(g.Findings)}
	hit := map[string]bool{}
	for _, f := range fs {
		if f.Severity < compare.Warning {
			continue
		}
		var fresh []string
		matched := false
		for _, it := range g.Findings {
			if matchesGold(f, it) {
				matched = true
				if !hit[it.ID] {
					fresh = append(fresh, it.ID)
				}
			}
		}
		switch {
		case len(fresh) > 0:
			sc.TP++
			hit[fresh[0]] = true
		case matched:
			sc.Dup++
		case anyLoose(f, g.Acceptable):
			sc.Acceptable++
		default:
			sc.FP++
			sc.FalsePositives = append(sc.FalsePositives, describe(f))
		}
	}
	for _, it := range g.Findings {
		if hit[it.ID] {
			sc.Found++
		} else {
			sc.Missed = append(sc.Missed, it.ID)
		}
	}
	return sc
}

func describe(f compare.Finding) string {
	var parts []string
	for _, c := range f.Claims {
		parts = append(parts, fmt.Sprintf("%s %q", prefix(c.Source), c.Value))
	}
	return f.Kind + " " + f.Severity.String() + ": " + strings.Join(parts, " vs ")
}

func prefix(s string) string { return s[:min(3, len(s))] }

func kindOK(f compare.Finding, kinds []string) bool {
	if len(kinds) == 0 {
		return true
	}
	for _, k := range kinds {
		if k == f.Kind {
			return true
		}
	}
	return false
}

func fromSource(src string, prefixes []string) bool {
	base := filepath.Base(src)
	for _, p := range prefixes {
		if strings.HasPrefix(base, p) {
			return true
		}
	}
	return false
}

func mentions(c compare.Evidence, phrases []string) bool {
	text := strings.ToLower(c.Text + " " + c.Value)
	for _, p := range phrases {
		if strings.Contains(text, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

func matchesGold(f compare.Finding, it Item) bool {
	if !kindOK(f, it.Kinds) {
		return false
	}
	for _, side := range it.Sides {
		ok := false
		for _, c := range f.Claims {
			if fromSource(c.Source, side.Source) && mentions(c, side.Any) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func anyLoose(f compare.Finding, items []Item) bool {
	for _, it := range items {
		if matchesLoose(f, it) {
			return true
		}
	}
	return false
}

// matchesLoose: every claim from the item's sources, one mentions a phrase.
func matchesLoose(f compare.Finding, it Item) bool {
	if len(it.Sources) == 0 || !kindOK(f, it.Kinds) || len(f.Claims) == 0 {
		return false
	}
	for _, c := range f.Claims {
		if !fromSource(c.Source, it.Sources) {
			return false
		}
	}
	if len(it.Any) == 0 {
		return true
	}
	for _, c := range f.Claims {
		if mentions(c, it.Any) {
			return true
		}
	}
	return false
}
