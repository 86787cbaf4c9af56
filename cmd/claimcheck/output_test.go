package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckOutputs writes two reports in one run and checks that each file
// holds its format, stdout stays empty and the exit code is unchanged.
func TestCheckOutputs(t *testing.T) {
	dir := t.TempDir()
	jsonPath, sarifPath := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.sarif")
	res := runCLI("check", conflictDir, "--format", "json", "--output", jsonPath, "--format", "sarif", "--output", sarifPath)
	if res.code != exitFindings {
		t.Fatalf("exit code %d, want %d (stderr %q)", res.code, exitFindings, res.stderr)
	}
	if len(res.stdout) != 0 {
		t.Errorf("stdout not empty: %q", res.stdout)
	}
	data, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if rep := decodeReport(t, data); rep.Summary.Conflict != 1 {
		t.Errorf("JSON report: %d conflicts, want 1", rep.Summary.Conflict)
	}
	log := readSARIF(t, sarifPath)
	if n := len(log.Runs[0].Results); n != 1 {
		t.Errorf("SARIF: %d results, want 1", n)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestCheckOutputPairing(t *testing.T) {
	t.Setenv("GITHUB_STEP_SUMMARY", "") // a CI runner's own summary stays untouched
	dir := t.TempDir()
	out := filepath.Join(dir, "r.md")
	for _, tc := range []struct {
		name       string
		args       []string
		code       int
		wantStdout string
	}{
		{"single format to stdout", []string{"--format", "jsonl"}, exitFindings, `"event_label"`},
		{"default format to a file", []string{"--output", out}, exitFindings, ""},
		{"last format to stdout", []string{"--format", "markdown", "--output", out, "--format", "junit"}, exitFindings, "<testsuite "},
		{"output without format", []string{"--output", out, "--output", out}, exitError, ""},
		{"two formats to stdout", []string{"--format", "json", "--format", "sarif", "--output", "-"}, exitError, ""},
		{"unknown format", []string{"--format", "yaml", "--output", out}, exitError, ""},
		{"fail-on never", []string{"--format", "github", "--fail-on", "never"}, exitOK, "::error "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := runCLI(append([]string{"check", conflictDir}, tc.args...)...)
			if res.code != tc.code {
				t.Fatalf("exit code %d, want %d (stderr %q)", res.code, tc.code, res.stderr)
			}
			if !strings.Contains(string(res.stdout), tc.wantStdout) || (tc.wantStdout == "" && len(res.stdout) > 0) {
				t.Errorf("stdout %q, want it to hold %q", res.stdout, tc.wantStdout)
			}
		})
	}
}

// TestCheckStepSummary: the github format appends a Markdown summary to
// the file GITHUB_STEP_SUMMARY names.
func TestCheckStepSummary(t *testing.T) {
	summary := filepath.Join(t.TempDir(), "summary.md")
	if err := os.WriteFile(summary, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	res := runCLI("check", conflictDir, "--format", "github")
	if res.code != exitFindings {
		t.Fatalf("exit code %d (stderr %q)", res.code, res.stderr)
	}
	data, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "earlier step\n### claimcheck") || !strings.Contains(string(data), "<details>") {
		t.Errorf("summary file:\n%s", data)
	}
}

// TestSARIFFingerprintSurvivesEdits runs the whole pipeline twice, the
// second time with an unrelated line added above the evidence: the alert
// moves down a line but keeps its fingerprint.
func TestSARIFFingerprintSurvivesEdits(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"herald.txt", "wire.txt"} {
		data, err := os.ReadFile(filepath.Join(conflictDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := sarifRun(t, dir)
	for _, name := range []string{"herald.txt", "wire.txt"} {
		path := filepath.Join(dir, name)
		data, _ := os.ReadFile(path)
		headline, rest, _ := strings.Cut(string(data), "\n")
		edited := headline + "\n\nThis article was updated.\n" + rest
		if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	after := sarifRun(t, dir)
	if len(before.Results) == 0 || len(before.Results) != len(after.Results) {
		t.Fatalf("%d results before the edit, %d after", len(before.Results), len(after.Results))
	}
	for i := range before.Results {
		b, a := before.Results[i], after.Results[i]
		if b.Locations[0].PhysicalLocation.Region.StartLine == a.Locations[0].PhysicalLocation.Region.StartLine {
			t.Errorf("result %d: the edit did not move the evidence", i)
		}
		if b.PartialFingerprints["claimcheck/v1"] != a.PartialFingerprints["claimcheck/v1"] {
			t.Errorf("result %d: fingerprint changed: %v -> %v", i, b.PartialFingerprints, a.PartialFingerprints)
		}
	}
}

type sarifLog struct {
	Runs []sarifRunDoc `json:"runs"`
}

type sarifRunDoc struct {
	Results []struct {
		Locations []struct {
			PhysicalLocation struct {
				Region struct {
					StartLine int `json:"startLine"`
				} `json:"region"`
			} `json:"physicalLocation"`
		} `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	} `json:"results"`
}

func sarifRun(t *testing.T, dir string) sarifRunDoc {
	t.Helper()
	path := filepath.Join(t.TempDir(), "r.sarif")
	if res := runCLI("check", dir, "--format", "sarif", "--output", path); res.code != exitFindings {
		t.Fatalf("exit code %d (stderr %q)", res.code, res.stderr)
	}
	return readSARIF(t, path).Runs[0]
}

func readSARIF(t *testing.T, path string) sarifLog {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("%s is not a SARIF log with one run (%v):\n%s", path, err, data)
	}
	return log
}
