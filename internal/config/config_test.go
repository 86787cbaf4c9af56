package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

const name = ".claimcheck.yaml"

func TestParseValid(t *testing.T) {
	full := `version: 1
kinds: [date, location, count]
severity:
  location: warning
  duplicate: off
tolerances:
  count: {absolute: 2, percent: 5}
  quantity: {percent: 1.5}
  event_window_days: 7
ignore:
  - {kind: count, event: "*storm*", source: "blog-*", text: "unconfirmed", reason: "why"}
sources:
  "003_*.txt": {published: 2024-03-05, outlet: "Daily Example"}
  wire.txt: {outlet: Wire}
`
	tests := []struct {
		name string
		yaml string
		want *Config
	}{
		{"minimal", "version: 1\n", Default()},
		{"empty collections are defaults", "version: 1\nseverity: {}\nignore: []\nsources: {}\n", Default()},
		{"full", full, &Config{Version: 1, Kinds: []string{"date", "location", "count"},
			Severity:   map[string]string{"location": "warning", "duplicate": "off"},
			Tolerances: Tolerances{Count: compare.Tolerance{Absolute: 2, Percent: 5}, Quantity: compare.Tolerance{Percent: 1.5}, EventWindowDays: 7},
			Ignore:     []IgnoreRule{{Kind: "count", Event: "*storm*", Source: "blog-*", Text: "unconfirmed", Reason: "why"}},
			Sources: []SourceRule{{Pattern: "003_*.txt", Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Outlet: "Daily Example"},
				{Pattern: "wire.txt", Outlet: "Wire"}}}},
		{"sources keep file order", "version: 1\nsources:\n  z.txt: {outlet: Z}\n  a.txt: {outlet: A}\n",
			&Config{Version: 1, Tolerances: Default().Tolerances, Sources: []SourceRule{{Pattern: "z.txt", Outlet: "Z"}, {Pattern: "a.txt", Outlet: "A"}}}},
		{"comments and anchors", "# project\nversion: 1 # schema\nkinds: &k [count]\n",
			&Config{Version: 1, Kinds: []string{"count"}, Tolerances: Default().Tolerances}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(name, []byte(tt.yaml))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tt.want.File = name
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string // the whole message, one line per problem
	}{
		{"unknown kind in severity", "version: 1\nseverity:\n  locaton: warning\n",
			`.claimcheck.yaml:3: severity.locaton: unknown kind "locaton" (want one of date, location, participants, attribution, count, quantity or duplicate)`},
		{"unknown severity", "version: 1\nseverity: {count: fatal}\n",
			`.claimcheck.yaml:2: severity.count: unknown severity "fatal" (want one of conflict, warning, info or off)`},
		{"unknown top key", "version: 1\n\nkind: [count]\n",
			`.claimcheck.yaml:3: kind: unknown key (want one of version, kinds, severity, tolerances, ignore or sources)`},
		{"unknown nested key", "version: 1\ntolerances:\n  count:\n    absolut: 3\n",
			`.claimcheck.yaml:4: tolerances.count.absolut: unknown key (want one of absolute or percent)`},
		{"unknown key in a rule", "version: 1\nignore:\n  - kind: count\n  - {text: x, why: y}\n",
			`.claimcheck.yaml:4: ignore[1].why: unknown key (want one of kind, event, source, text or reason)`},
		{"wrong type", "version: 1\ntolerances:\n  count:\n    absolute: two\n",
			`.claimcheck.yaml:4: tolerances.count.absolute: want a number (got "two")`},
		{"wrong shape", "version: 1\nkinds: date\n", `.claimcheck.yaml:2: kinds: want a list, not a string`},
		{"mapping wanted", "version: 1\nseverity: 3\n", `.claimcheck.yaml:2: severity: want a mapping, not a number`},
		{"unknown kind in list", "version: 1\nkinds: [date, counts]\n",
			`.claimcheck.yaml:2: kinds[1]: unknown kind "counts" (want one of date, location, participants, attribution, count, quantity or duplicate)`},
		{"empty kinds", "version: 1\nkinds: []\n",
			`.claimcheck.yaml:2: kinds: an empty list reports nothing (leave the key out to report every kind)`},
		{"negative tolerance", "version: 1\ntolerances:\n  count: {absolute: -1}\n  quantity:\n    percent: 101\n",
			".claimcheck.yaml:3: tolerances.count.absolute: -1 is not a tolerance (want a number 0 or more)\n" +
				".claimcheck.yaml:5: tolerances.quantity.percent: 101 is not a tolerance (want a number from 0 to 100)"},
		{"tolerance not a number", "version: 1\ntolerances: {count: {percent: .nan}}\n",
			`.claimcheck.yaml:2: tolerances.count.percent: .nan is not a number`},
		{"window zero", "version: 1\ntolerances:\n  event_window_days: 0\n",
			`.claimcheck.yaml:3: tolerances.event_window_days: 0 days is out of range (want 1 to 366)`},
		{"window fraction", "version: 1\ntolerances:\n  event_window_days: 2.5\n",
			`.claimcheck.yaml:3: tolerances.event_window_days: 2.5 is not a whole number of days`},
		{"bad glob", "version: 1\nignore:\n  - source: \"[blog\"\n",
			`.claimcheck.yaml:3: ignore[0].source: bad glob "[blog"`},
		{"bad source glob and date", "version: 1\nsources:\n  \"[x\": {outlet: X}\n  a.txt: {published: 2024-02-30}\n",
			".claimcheck.yaml:3: sources.[x: bad glob \"[x\"\n" +
				".claimcheck.yaml:4: sources.a.txt.published: bad date \"2024-02-30\" (want YYYY-MM-DD)"},
		{"rule without fields", "version: 1\nignore:\n  - reason: noise\n",
			`.claimcheck.yaml:3: ignore[0]: a rule needs kind, event, source or text (a rule with none would match nothing)`},
		{"unknown kind in rule", "version: 1\nignore:\n  - kind: place\n",
			`.claimcheck.yaml:3: ignore[0].kind: unknown kind "place" (want one of date, location, participants, attribution, count, quantity or duplicate)`},
		{"missing version", "kinds: [date]\n", `.claimcheck.yaml:1: version: missing (want version: 1 at the top of the file)`},
		{"empty file", "# nothing yet\n", `.claimcheck.yaml:1: version: missing: the file is empty (want version: 1)`},
		{"other version", "version: 2\n", `.claimcheck.yaml:1: version: unsupported version 2 (want 1)`},
		{"version as string", "version: \"1\"\n", `.claimcheck.yaml:1: version: "1" is not a whole number`},
		{"syntax", "version: 1\nkinds: [date,\n", `.claimcheck.yaml:2: sequence end token ']' not found`},
		{"duplicate key", "version: 1\nversion: 1\n", `.claimcheck.yaml:2: mapping key "version" already defined at [1:1]`},
		{"two documents", "version: 1\n---\nversion: 1\n", `.claimcheck.yaml:3: more than one YAML document; a configuration is one`},
		{"not a mapping", "- version\n", `.claimcheck.yaml:1: want a mapping of keys (version, kinds, severity, tolerances, ignore, sources)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := Parse(name, []byte(tt.yaml))
			if err == nil {
				t.Fatalf("want an error, got %+v", cfg)
			}
			if err.Error() != tt.want {
				t.Errorf("got  %s\nwant %s", err, tt.want)
			}
		})
	}
}

// TestDefaultFileLoadsToDefaults: what `claimcheck init` writes is the
// default configuration, and every key of the schema appears in it.
func TestDefaultFileLoadsToDefaults(t *testing.T) {
	got, err := Parse("default", DefaultFile())
	if err != nil {
		t.Fatal(err)
	}
	want := Default()
	want.File = "default"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("default file loads to %+v, want %+v", got, want)
	}
	if !reflect.DeepEqual(got.Options(), compare.Options{EventWindowDays: compare.DefaultEventWindowDays}) {
		t.Errorf("default options %+v", got.Options())
	}
	for parent, keys := range knownKeys {
		for _, k := range keys {
			if !strings.Contains(string(DefaultFile()), k+":") {
				t.Errorf("default file does not show %s.%s", parent, k)
			}
		}
	}
}

func TestOptions(t *testing.T) {
	cfg, err := Parse(name, []byte("version: 1\nkinds: [count]\nseverity: {count: warning, date: off}\ntolerances: {count: {absolute: 3}, event_window_days: 4}\nignore: [{text: rumour}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := compare.Options{Kinds: []string{"count"}, Severity: map[string]compare.Severity{"count": compare.Warning, "date": compare.Off},
		Count: compare.Tolerance{Absolute: 3}, EventWindowDays: 4, Ignore: []compare.IgnoreRule{{Text: "rumour"}}}
	if got := cfg.Options(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestApplySource(t *testing.T) {
	cfg, err := Parse(name, []byte(`version: 1
sources:
  "00*.txt": {published: 2024-03-05, outlet: Daily Example}
  "001_wire.txt": {outlet: Wire}
  "feeds/*.json": {outlet: Feed}
`))
	if err != nil {
		t.Fatal(err)
	}
	march5 := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	stated := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		id, path      string
		wantPublished time.Time
		wantOutlet    string
	}{
		{"000_herald.txt", "batch/000_herald.txt", march5, "Daily Example"},
		{"001_wire.txt", "batch/001_wire.txt", march5, "Wire"},
		{"feed.json#3", "feeds/feed.json", stated, "Feed"},
		{"other.txt", "batch/other.txt", stated, ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			src := &source.Source{ID: tt.id, Path: tt.path, Published: stated, PublishedFrom: "dateline"}
			cfg.ApplySource(src)
			if !src.Published.Equal(tt.wantPublished) || src.Outlet != tt.wantOutlet {
				t.Errorf("got %v %q, want %v %q", src.Published, src.Outlet, tt.wantPublished, tt.wantOutlet)
			}
			if tt.wantPublished.Equal(march5) && src.PublishedFrom != "config" {
				t.Errorf("PublishedFrom = %q, want config", src.PublishedFrom)
			}
		})
	}
}

func TestFindAndLoad(t *testing.T) {
	dir := t.TempDir()
	if p, err := Find(dir); p != "" || err != nil {
		t.Fatalf("Find in an empty dir = %q, %v", p, err)
	}
	p := filepath.Join(dir, FileName)
	if err := os.WriteFile(p, []byte("version: 1\nseverity: {count: warn}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	found, err := Find(dir)
	if found != p || err != nil {
		t.Fatalf("Find = %q, %v; want %q", found, err, p)
	}
	_, err = Load(found)
	if want := p + `:2: severity.count: unknown severity "warn"`; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Load error %v, want it to start with %s", err, want)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("Load of a missing file: %v", err)
	}
}

func TestValidateInCode(t *testing.T) {
	tests := []struct {
		name string
		cfg  *Config
		want string
	}{
		{"default", Default(), ""},
		{"bad kind", &Config{Version: 1, Kinds: []string{"x"}}, `kinds[0]: unknown kind "x"`},
		{"bad window", &Config{Version: 1, Tolerances: Tolerances{EventWindowDays: 999}}, "tolerances.event_window_days: 999 days"},
		{"no version", &Config{}, "version: unsupported version 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if (err == nil) != (tt.want == "") || err != nil && !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Validate = %v, want %q", err, tt.want)
			}
		})
	}
}
