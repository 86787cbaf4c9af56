package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tollBatch writes two reports of one bridge collapse that differ only in
// the death toll, and returns their folder.
func tollBatch(t *testing.T, herald, wire string) string {
	t.Helper()
	dir := t.TempDir()
	const article = "Bridge collapse in Riverton\n\nRIVERTON, March 3, 2023 (%s) - A road bridge collapsed into the Green River in Riverton on Friday morning, killing %s people and injuring 30 others, police said.\n"
	for name, toll := range map[string]string{"herald": herald, "wire": wire} {
		text := strings.Replace(strings.Replace(article, "%s", name, 1), "%s", toll, 1)
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// inProject makes a temporary working directory holding config (none
// when empty), as a project's folder would.
func inProject(t *testing.T, config string) {
	t.Helper()
	dir := t.TempDir()
	if config != "" {
		if err := os.WriteFile(filepath.Join(dir, ".claimcheck.yaml"), []byte(config), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
}

// TestCheckWithConfig: the working directory's .claimcheck.yaml changes
// what check reports and its exit code.
func TestCheckWithConfig(t *testing.T) {
	conflict, err := filepath.Abs(conflictDir) // 25 against 12 dead
	if err != nil {
		t.Fatal(err)
	}
	close := tollBatch(t, "25", "24")
	tests := []struct {
		name      string
		config    string
		batch     string
		wantCode  int
		wantCount string // the count finding's severity; "" for none
	}{
		{"no config", "", conflict, exitFindings, "conflict"},
		{"severity override", "version: 1\nseverity:\n  count: warning\n", conflict, exitOK, "warning"},
		{"severity off", "version: 1\nseverity: {count: off}\n", conflict, exitOK, ""},
		{"ignore rule", "version: 1\nignore:\n  - {kind: count, event: \"kill:*\", reason: tolls differ early on}\n", conflict, exitOK, ""},
		{"ignore rule for another event", "version: 1\nignore:\n  - {kind: count, event: \"*storm*\"}\n", conflict, exitFindings, "conflict"},
		{"kinds", "version: 1\nkinds: [date, location]\n", conflict, exitOK, ""},
		{"close counts conflict", "", close, exitFindings, "conflict"},
		{"count tolerance", "version: 1\ntolerances:\n  count: {absolute: 2, percent: 5}\n", close, exitOK, "info"},
		{"tolerance too small", "version: 1\ntolerances:\n  count: {absolute: 2}\n", conflict, exitFindings, "conflict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inProject(t, tt.config)
			r := runCLI("check", "--format", "json", tt.batch)
			if r.code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", r.code, tt.wantCode, r.stderr)
			}
			got := ""
			for _, f := range decodeReport(t, r.stdout).Findings {
				if f.Kind == "count" {
					got = f.Severity
				}
			}
			if got != tt.wantCount {
				t.Errorf("count finding %q, want %q", got, tt.wantCount)
			}
		})
	}
}

// TestConfigErrors: a bad configuration is a usage error (exit 2) naming
// the file, line and key, and no report is written.
func TestConfigErrors(t *testing.T) {
	bad := "version: 1\nseverity:\n  locaton: warning\n"
	tests := []struct {
		name   string
		inDir  string // the working directory's .claimcheck.yaml
		flag   string // a --config file's content; "" for no flag
		args   []string
		stderr string
	}{
		{"found in the working directory", bad, "", []string{"check"},
			`claimcheck: .claimcheck.yaml:3: severity.locaton: unknown kind "locaton"`},
		{"given by --config", "", bad, []string{"check"}, `/ci.yaml:3: severity.locaton: unknown kind "locaton"`},
		{"--config wins over the working directory", "version: 1\n", "version: 1\nfoo: 1\n", []string{"check"}, `/ci.yaml:2: foo: unknown key`},
		{"claims reads it too", "version: 1\ntolerances: {count: {percent: -5}}\n", "", []string{"claims"},
			`claimcheck: .claimcheck.yaml:2: tolerances.count.percent: -5 is not a tolerance`},
		{"missing --config file", "", "-", []string{"check"}, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inProject(t, tt.inDir)
			args := tt.args
			switch tt.flag {
			case "":
			case "-":
				args = append(args, "--config", filepath.Join(t.TempDir(), "missing.yaml"))
			default:
				p := filepath.Join(t.TempDir(), "ci.yaml")
				if err := os.WriteFile(p, []byte(tt.flag), 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, "--config", p)
			}
			r := runCLI(append(args, mustAbs(t, earthquakeFile))...)
			if r.code != exitError {
				t.Fatalf("exit %d, want %d; stderr: %s", r.code, exitError, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", r.stderr, tt.stderr)
			}
			if len(r.stdout) != 0 {
				t.Errorf("a report was written despite the bad configuration:\n%s", r.stdout)
			}
		})
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// TestConfigSources: per-source dates and outlets are applied before
// extraction and show in the report.
func TestConfigSources(t *testing.T) {
	batch := mustAbs(t, conflictDir)
	inProject(t, "version: 1\nsources:\n  \"w*.txt\": {published: 2023-03-04, outlet: Wire Service}\n")
	r := runCLI("check", "--format", "json", batch)
	var rep struct {
		Sources []struct {
			ID            string `json:"id"`
			Published     string `json:"published"`
			PublishedFrom string `json:"published_from"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(r.stdout, &rep); err != nil {
		t.Fatalf("%v\n%s", err, r.stderr)
	}
	got := map[string]string{}
	for _, s := range rep.Sources {
		got[s.ID] = s.Published + " from " + s.PublishedFrom
	}
	want := map[string]string{"herald.txt": "2023-03-03 from dateline", "wire.txt": "2023-03-04 from config"}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: published %q, want %q", id, got[id], w)
		}
	}
}
