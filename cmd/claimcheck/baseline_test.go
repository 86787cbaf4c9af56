package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/internal/baseline"
)

// editedCopy copies a batch and inserts a paragraph at the top of one
// article's body, so every claim below it moves by lines and bytes.
func editedCopy(t *testing.T, from, to, article string) {
	t.Helper()
	copyBatch(t, articleFiles(t, from), to, false)
	path := filepath.Join(to, article)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	cut := strings.Index(text, "\n\n") + 2 // after the headline
	text = text[:cut] + "Reporters from several outlets contributed to this report, which was first published overnight and has been expanded.\n\n" + text[cut:]
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBaselineHidesAcceptedFindings writes a baseline for a batch, then
// checks the batch and an edited copy of it (a paragraph inserted above
// the claims) against it: every finding is hidden in both.
func TestBaselineHidesAcceptedFindings(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "baseline.json")
	r := runCLI("baseline", "write", "--output", file, earthquakeDir)
	if r.code != 0 {
		t.Fatalf("baseline write: exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "baseline/earthquake.json", data)
	base, err := baseline.Parse(data)
	if err != nil || len(base.Findings) == 0 {
		t.Fatalf("baseline: %v, %d findings", err, len(base.Findings))
	}
	if !strings.Contains(r.stderr, "wrote "+itoa(len(base.Findings))+" findings to "+file) {
		t.Errorf("stderr %q", r.stderr)
	}

	before := decodeReport(t, runCLI("check", "--format", "json", "--fail-on", "never", earthquakeDir).stdout)
	edited := filepath.Join(dir, "edited")
	editedCopy(t, earthquakeDir, edited, "000_wire-flash.txt")
	for _, batch := range []string{earthquakeDir, edited} {
		r := runCLI("check", "--format", "json", "--baseline", file, batch)
		if r.code != 0 {
			t.Errorf("%s: exit %d: %s", batch, r.code, r.stderr)
		}
		rep := decodeReport(t, r.stdout)
		if len(rep.Findings) != 0 {
			t.Errorf("%s: %d findings left by the baseline: %+v", batch, len(rep.Findings), rep.Findings)
		}
		want := itoa(len(before.Findings)) + " findings hidden by baseline " + file
		if !strings.Contains(r.stderr, want) {
			t.Errorf("%s: stderr %q, want %q", batch, r.stderr, want)
		}
	}
}

// TestBaselineKeepsNewFindings: a baseline of one batch hides nothing of
// another, and the report is the one without a baseline.
func TestBaselineKeepsNewFindings(t *testing.T) {
	file := filepath.Join(t.TempDir(), "baseline.json")
	if r := runCLI("baseline", "write", "--output", file, earthquakeDir); r.code != 0 {
		t.Fatal(r.stderr)
	}
	plain := runCLI("check", "--format", "json", conflictDir)
	with := runCLI("check", "--format", "json", "--baseline", file, conflictDir)
	if with.code != plain.code || string(with.stdout) != string(plain.stdout) {
		t.Errorf("a foreign baseline changed the report (exit %d vs %d)", with.code, plain.code)
	}
	if !strings.Contains(with.stderr, "0 findings hidden") {
		t.Errorf("stderr %q", with.stderr)
	}
}

func TestBaselineRewriteKeepsNotes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "baseline.json")
	if r := runCLI("baseline", "write", "--output", file, earthquakeDir); r.code != 0 {
		t.Fatal(r.stderr)
	}
	data, _ := os.ReadFile(file)
	base, _ := baseline.Parse(data)
	base.Findings[0].Note = "confirmed with the agency"
	f, _ := os.Create(file)
	base.Write(f)
	f.Close()
	if r := runCLI("baseline", "write", "--output", file, earthquakeDir); r.code != 0 {
		t.Fatal(r.stderr)
	}
	data, _ = os.ReadFile(file)
	if !strings.Contains(string(data), `"note": "confirmed with the agency"`) {
		t.Errorf("the note was lost:\n%s", data)
	}
}

func TestBaselineErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{\"version\": 1,\n \"findings\": [oops]}"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing baseline", []string{"check", "--baseline", filepath.Join(dir, "none.json"), conflictDir}, "none.json: no such file"},
		{"malformed baseline", []string{"check", "--baseline", bad, conflictDir}, "bad.json: line 2: invalid character"},
		{"malformed baseline not overwritten", []string{"baseline", "write", "--output", bad, conflictDir}, "bad.json: line 2: invalid character 'o' looking for beginning of value (not overwritten"},
		{"no paths", []string{"baseline", "write", "--output", filepath.Join(dir, "b.json")}, "no paths given"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(tc.args...)
			if r.code != exitError || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tc.want)
			}
			if len(r.stdout) != 0 {
				t.Errorf("a report was written: %s", r.stdout)
			}
		})
	}
	if data, _ := os.ReadFile(bad); !strings.Contains(string(data), "oops") {
		t.Error("the malformed baseline was overwritten")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
