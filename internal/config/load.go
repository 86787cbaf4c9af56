package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/yamlnode"
)

// maxFileBytes bounds what Load reads: a configuration is a page of YAML,
// and a stray large file named like one should fail fast.
const maxFileBytes = 1 << 20

// Find returns the path of the configuration file in dir, or "" when
// there is none. The caller resolves dir (the working directory), so that
// nothing here depends on the process's state.
func Find(dir string) (string, error) {
	p := filepath.Join(dir, FileName)
	if _, err := os.Stat(p); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", nil
		}
		return "", err
	}
	return p, nil
}

// Load reads and validates the configuration file at path.
func Load(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err // *PathError names the file
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxFileBytes {
		return nil, &Error{File: path, Msg: fmt.Sprintf("larger than %d bytes; not a configuration file", maxFileBytes)}
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; name is the file name that
// errors give.
func Parse(name string, data []byte) (cfg *Config, err error) {
	defer func() {
		// The YAML library is outside code: should it panic on a strange
		// input, that is a bad file, not a crash.
		if r := recover(); r != nil {
			cfg, err = nil, &Error{File: name, Msg: fmt.Sprintf("cannot read YAML: %v", r)}
		}
	}()
	body, err := parseYAML(name, data)
	if err != nil {
		return nil, err
	}
	idx := indexDocument(body)
	var raw rawConfig
	if err := yaml.NodeToValue(body, &raw, yaml.DisallowUnknownField()); err != nil {
		return nil, decodeError(name, idx, err)
	}
	if err := checkScalars(idx); err != nil {
		return nil, locate(name, idx, err)
	}
	if _, ok := idx.nodes["version"]; !ok {
		return nil, &Error{File: name, Line: 1, Key: "version", Msg: fmt.Sprintf("missing (want version: %d at the top of the file)", Version)}
	}
	cfg, err = raw.config(idx)
	if err = errors.Join(err, cfg.Validate()); err != nil {
		return nil, locate(name, idx, err)
	}
	cfg.File = name
	return cfg, nil
}

// parseYAML parses data into the body of its one document.
func parseYAML(name string, data []byte) (ast.Node, error) {
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, libraryError(name, err, "")
	}
	var bodies []ast.Node
	for _, d := range file.Docs {
		if d != nil && d.Body != nil {
			bodies = append(bodies, d.Body)
		}
	}
	switch {
	case len(bodies) == 0:
		return nil, &Error{File: name, Line: 1, Key: "version", Msg: fmt.Sprintf("missing: the file is empty (want version: %d)", Version)}
	case len(bodies) > 1:
		return nil, &Error{File: name, Line: lineOf(bodies[1]), Msg: "more than one YAML document; a configuration is one"}
	}
	if _, ok := yamlnode.Unwrap(bodies[0]).(*ast.MappingNode); !ok {
		if _, ok := yamlnode.Unwrap(bodies[0]).(*ast.MappingValueNode); !ok {
			return nil, &Error{File: name, Line: lineOf(bodies[0]), Msg: "want a mapping of keys (version, kinds, severity, tolerances, ignore, sources)"}
		}
	}
	return bodies[0], nil
}

// rawConfig is the file's shape, as the YAML library decodes it; Strict
// decoding refuses any key not named here.
type rawConfig struct {
	Version    int                  `yaml:"version"`
	Kinds      []string             `yaml:"kinds"`
	Severity   map[string]string    `yaml:"severity"`
	Tolerances rawTolerances        `yaml:"tolerances"`
	Ignore     []rawIgnore          `yaml:"ignore"`
	Sources    map[string]rawSource `yaml:"sources"`
}

type rawTolerances struct {
	Count           rawTolerance `yaml:"count"`
	Quantity        rawTolerance `yaml:"quantity"`
	EventWindowDays *int         `yaml:"event_window_days"`
}

type rawTolerance struct {
	Absolute float64 `yaml:"absolute"`
	Percent  float64 `yaml:"percent"`
}

type rawIgnore struct {
	Kind   string `yaml:"kind"`
	Event  string `yaml:"event"`
	Source string `yaml:"source"`
	Text   string `yaml:"text"`
	Reason string `yaml:"reason"`
}

type rawSource struct {
	Published string `yaml:"published"`
	Outlet    string `yaml:"outlet"`
}

// knownKeys are the keys each mapping may hold, for "unknown key"
// messages; "sources.*" stands for any source pattern, "ignore[]" for any
// rule.
var knownKeys = map[string][]string{
	"":                    {"version", "kinds", "severity", "tolerances", "ignore", "sources"},
	"tolerances":          {"count", "quantity", "event_window_days"},
	"tolerances.count":    {"absolute", "percent"},
	"tolerances.quantity": {"absolute", "percent"},
	"ignore[]":            {"kind", "event", "source", "text", "reason"},
	"sources.*":           {"published", "outlet"},
}

// config turns the decoded file into a Config; empty lists and maps mean
// the default, as if the key were left out.
func (r rawConfig) config(idx docIndex) (*Config, error) {
	c := &Config{Version: r.Version, Kinds: r.Kinds, Tolerances: Tolerances{
		Count:           compare.Tolerance(r.Tolerances.Count),
		Quantity:        compare.Tolerance(r.Tolerances.Quantity),
		EventWindowDays: compare.DefaultEventWindowDays,
	}}
	var errs fieldErrors
	if _, given := idx.nodes["kinds"]; given && len(r.Kinds) == 0 {
		c.Kinds = []string{} // Validate refuses a list that reports nothing
	}
	if d := r.Tolerances.EventWindowDays; d != nil {
		c.Tolerances.EventWindowDays = *d
		if *d < 1 {
			errs.add("tolerances.event_window_days", "%d days is out of range (want 1 to %d)", *d, maxWindowDays)
		}
	}
	if len(r.Severity) > 0 {
		c.Severity = r.Severity
	}
	for _, ig := range r.Ignore {
		c.Ignore = append(c.Ignore, IgnoreRule(ig))
	}
	for _, pattern := range sortedKeys(r.Sources) {
		s := r.Sources[pattern]
		rule := SourceRule{Pattern: pattern, Outlet: s.Outlet}
		if s.Published != "" {
			t, err := time.Parse(time.DateOnly, s.Published)
			if err != nil {
				errs.add("sources."+pattern+".published", "bad date %q (want YYYY-MM-DD)", s.Published)
			}
			rule.Published = t
		}
		c.Sources = append(c.Sources, rule)
	}
	// Source rules apply in file order: a later rule wins.
	sort.SliceStable(c.Sources, func(i, j int) bool {
		return idx.line("sources."+c.Sources[i].Pattern) < idx.line("sources."+c.Sources[j].Pattern)
	})
	return c, errs.err()
}

// checkScalars refuses what the YAML library would quietly convert: a
// version or a number of days written as "1" or 1.5.
func checkScalars(idx docIndex) error {
	var errs fieldErrors
	for key, want := range map[string]string{"version": "a whole number", "tolerances.event_window_days": "a whole number of days"} {
		if n, ok := idx.values[key]; ok {
			if _, isInt := yamlnode.Unwrap(n).(*ast.IntegerNode); !isInt {
				errs.add(key, "%s is not %s", n.String(), want)
			}
		}
	}
	for _, key := range []string{"tolerances.count", "tolerances.quantity"} {
		for _, field := range []string{".absolute", ".percent"} {
			n, ok := idx.values[key+field]
			if !ok {
				continue
			}
			switch yamlnode.Unwrap(n).(type) {
			case *ast.IntegerNode, *ast.FloatNode:
			default:
				errs.add(key+field, "%s is not a number", n.String())
			}
		}
	}
	return errs.err()
}

// locate gives validation errors their file and line, and puts them in
// file order.
func locate(name string, idx docIndex, err error) error {
	es := flatten(err)
	if len(es) == 0 {
		return err
	}
	for _, e := range es {
		e.File, e.Line = name, idx.line(e.Key)
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Line != es[j].Line {
			return es[i].Line < es[j].Line
		}
		return es[i].Key < es[j].Key
	})
	return es
}

// flatten lists the *Error values in err, joined or not.
func flatten(err error) Errors {
	switch e := err.(type) {
	case nil:
		return nil
	case *Error:
		return Errors{e}
	case Errors:
		return e
	case interface{ Unwrap() []error }:
		var out Errors
		for _, x := range e.Unwrap() {
			out = append(out, flatten(x)...)
		}
		return out
	}
	return nil
}

// decodeError turns the YAML library's error into one that names the key
// and says what was wanted, in words rather than Go types.
func decodeError(name string, idx docIndex, err error) error {
	var unknown *yaml.UnknownFieldError
	if errors.As(err, &unknown) {
		key := idx.keyOf(unknown.Token)
		return &Error{File: name, Line: yamlnode.TokenLine(unknown.Token), Key: key,
			Msg: fmt.Sprintf("unknown key (want one of %s)", list(knownKeys[schemaParent(key)]))}
	}
	var typeErr *yaml.TypeError
	if errors.As(err, &typeErr) {
		return keyedError(name, idx, typeErr.Token, "want "+typeName(typeErr.DstType)+gotValue(typeErr.Token))
	}
	var nodeErr *yaml.UnexpectedNodeTypeError
	if errors.As(err, &nodeErr) {
		return keyedError(name, idx, nodeErr.Token, fmt.Sprintf("want %s, not %s", nodeTypeName(nodeErr.Expected), nodeTypeName(nodeErr.Actual)))
	}
	var ye yaml.Error
	if errors.As(err, &ye) {
		return keyedError(name, idx, ye.GetToken(), ye.GetMessage())
	}
	return libraryError(name, err, "")
}

// keyedError reports a problem at a token, naming the key it belongs to.
func keyedError(name string, idx docIndex, tk *token.Token, msg string) error {
	return &Error{File: name, Line: yamlnode.TokenLine(tk), Key: idx.keyOf(tk), Msg: msg}
}

// gotValue quotes a scalar the file gave, for "want a number (got abc)".
func gotValue(tk *token.Token) string {
	if tk == nil || tk.Value == "" || len(tk.Value) > 40 || strings.ContainsAny(tk.Value, "[]{}") {
		return ""
	}
	return fmt.Sprintf(" (got %q)", tk.Value)
}

// libraryError reports a YAML library error at its token's line, with msg
// (or the library's own message when msg is empty).
func libraryError(name string, err error, msg string) error {
	var ye yaml.Error
	if !errors.As(err, &ye) {
		return &Error{File: name, Msg: err.Error()}
	}
	if msg == "" {
		msg = ye.GetMessage()
	}
	return &Error{File: name, Line: yamlnode.TokenLine(ye.GetToken()), Msg: msg}
}

// schemaParent is the knownKeys entry of the mapping that holds key.
func schemaParent(key string) string {
	switch {
	case strings.HasPrefix(key, "ignore["):
		return "ignore[]"
	case strings.HasPrefix(key, "sources."):
		return "sources.*"
	}
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[:i]
	}
	return ""
}

// typeName says a Go type the way the file's author thinks of it.
func typeName(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "a mapping"
	case reflect.Pointer:
		return typeName(t.Elem())
	}
	return t.String()
}

func nodeTypeName(t ast.NodeType) string {
	switch t {
	case ast.MappingType, ast.MappingValueType, ast.MappingKeyType:
		return "a mapping"
	case ast.SequenceType:
		return "a list"
	case ast.NullType:
		return "nothing"
	case ast.IntegerType, ast.FloatType, ast.InfinityType, ast.NanType:
		return "a number"
	case ast.BoolType:
		return "true or false"
	case ast.StringType, ast.LiteralType:
		return "a string"
	}
	return "another value"

}

// list writes names for a message: "a, b or c".
func list(names []string) string {
	switch len(names) {
	case 0:
		return "nothing"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
