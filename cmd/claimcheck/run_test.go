package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Paths are relative to the package folder, where `go test` runs.
const (
	earthquakeDir  = "../../fixtures/earthquake"
	earthquakeFile = "../../fixtures/earthquake/000_wire-flash.txt"
	// conflictDir holds two tiny articles that give two death tolls for one
	// bridge collapse: no fixture batch has a finding of severity conflict.
	conflictDir = "testdata/batches/conflict"
)

// cliRun is one in-process run of the program.
type cliRun struct {
	code   int
	stdout []byte
	stderr string
}

// runCLI runs `claimcheck ARGS...` in-process with buffers for its streams.
func runCLI(args ...string) cliRun {
	var out, errb bytes.Buffer
	code := run(append([]string{"claimcheck"}, args...), strings.NewReader(""), &out, &errb)
	return cliRun{code: code, stdout: out.Bytes(), stderr: errb.String()}
}

// jsonReport is the part of the check report the tests look at.
type jsonReport struct {
	Summary struct {
		Sources  int `json:"sources"`
		Conflict int `json:"conflict"`
		Warning  int `json:"warning"`
		Info     int `json:"info"`
	} `json:"summary"`
	Sources []struct {
		ID   string `json:"id"`
		Path string `json:"path"`
	} `json:"sources"`
	Findings []struct {
		ID       string `json:"id"`
		Kind     string `json:"kind"`
		Severity string `json:"severity"`
		Claims   []struct {
			Source string `json:"source"`
		} `json:"claims"`
	} `json:"findings"`
}

func (r jsonReport) sourceIDs() []string {
	var ids []string
	for _, s := range r.Sources {
		ids = append(ids, s.ID)
	}
	return ids
}

func decodeReport(t *testing.T, out []byte) jsonReport {
	t.Helper()
	var rep jsonReport
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("stdout is not a JSON report: %v\n%s", err, out)
	}
	return rep
}

// checkGolden compares got with testdata/NAME, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `go test ./cmd/claimcheck -run %s -update` to create it)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (rerun with -update if the change is intended)\n%s", path, firstDifference(got, want))
	}
}

// firstDifference shows the first differing line, enough to see what moved.
func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return "(same lines, different bytes)"
}

// fixtureBatches lists the fixture folders: those with a gold file.
func fixtureBatches(t *testing.T) []string {
	t.Helper()
	golds, _ := filepath.Glob("../../fixtures/*/gold.yaml")
	if len(golds) == 0 {
		t.Fatal("no fixture batches found")
	}
	var dirs []string
	for _, g := range golds {
		dirs = append(dirs, filepath.Dir(g))
	}
	return dirs
}

// articleFiles lists the files of a batch that claimcheck reads, sorted.
func articleFiles(t *testing.T, dir string) []string {
	t.Helper()
	txt, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	md, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	files := append(txt, md...)
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no articles in %s", dir)
	}
	return files
}

// ansi matches colour escapes; only ever applied to test output.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// diffMarks are the plain-text stand-ins the diff printer uses where a
// terminal gets colour: deletions, insertions and the disputed value.
var diffMarks = strings.NewReplacer("[-", "", "-]", "", "{+", "", "+}", "", "«", "", "»", "")

func TestGoldenOutputs(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
	}{
		{"check/earthquake.table.never.txt", []string{"check", "--fail-on", "never", "--color", "never", earthquakeDir}},
		{"check/earthquake.table.always.txt", []string{"check", "--fail-on", "never", "--color", "always", earthquakeDir}},
		{"check/earthquake.diff.never.txt", []string{"check", "--fail-on", "never", "--format", "diff", "--color", "never", earthquakeDir}},
		{"check/earthquake.diff.always.txt", []string{"check", "--fail-on", "never", "--format", "diff", "--color", "always", earthquakeDir}},
		{"check/earthquake.json", []string{"check", "--fail-on", "never", "--format", "json", earthquakeDir}},
		{"check/earthquake.sarif", []string{"check", "--fail-on", "never", "--format", "sarif", earthquakeDir}},
		{"check/earthquake.github.txt", []string{"check", "--fail-on", "never", "--format", "github", earthquakeDir}},
		{"check/earthquake.junit.xml", []string{"check", "--fail-on", "never", "--format", "junit", earthquakeDir}},
		{"check/earthquake.md", []string{"check", "--fail-on", "never", "--format", "markdown", earthquakeDir}},
		{"check/earthquake.jsonl", []string{"check", "--fail-on", "never", "--format", "jsonl", earthquakeDir}},
		{"claims/000_wire-flash.table.txt", []string{"claims", "--color", "never", earthquakeFile}},
		{"claims/000_wire-flash.json", []string{"claims", "--format", "json", earthquakeFile}},
	}
	t.Setenv("GITHUB_STEP_SUMMARY", "") // the github format must not append to a CI job's summary here
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			r := runCLI(tt.args...)
			if r.code != exitOK || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			if (strings.HasSuffix(tt.golden, ".json") || strings.HasSuffix(tt.golden, ".sarif")) && !json.Valid(r.stdout) {
				t.Errorf("not valid JSON")
			}
			checkGolden(t, tt.golden, r.stdout)
		})
	}
}

// A terminal and a pipe get the same report: colour replaces the diff's
// plain-text marks and nothing else changes.
func TestColorIsOnlyDecoration(t *testing.T) {
	for _, dir := range append(fixtureBatches(t), conflictDir) {
		findings := len(decodeReport(t, runCLI("check", "--fail-on", "never", "--format", "json", dir).stdout).Findings)
		for _, format := range []string{"table", "diff"} {
			t.Run(filepath.Base(dir)+"/"+format, func(t *testing.T) {
				plain := runCLI("check", "--fail-on", "never", "--format", format, "--color", "never", dir).stdout
				colored := runCLI("check", "--fail-on", "never", "--format", format, "--color", "always", dir).stdout
				if bytes.IndexByte(plain, 0x1b) >= 0 {
					t.Errorf("--color never wrote an ESC byte")
				}
				if findings > 0 && bytes.IndexByte(colored, 0x1b) < 0 {
					t.Errorf("--color always with %d findings wrote no colour", findings)
				}
				stripped := ansi.ReplaceAll(colored, nil)
				if format == "diff" {
					stripped, plain = []byte(diffMarks.Replace(string(stripped))), []byte(diffMarks.Replace(string(plain)))
				}
				if !bytes.Equal(stripped, plain) {
					t.Errorf("coloured output without its colour is not the plain output\n%s", firstDifference(stripped, plain))
				}
			})
		}
	}
}

func TestExitCodes(t *testing.T) {
	unrelated := writeArticles(t, map[string]string{
		"bakery.txt": "Family bakery opens second shop\n\nA family bakery opened its second shop on the high street on Saturday, selling bread and pastries to a queue of about 40 customers.\n",
		"chess.txt":  "Library hosts chess club\n\nThe town library began hosting a weekly chess club on Monday evening. Twelve players took part in the first session.\n",
	})
	if rep := decodeReport(t, runCLI("check", "--fail-on", "never", "--format", "json", conflictDir).stdout); rep.Summary.Conflict == 0 {
		t.Fatalf("%s no longer yields a conflict: the exit code 1 cases below test nothing", conflictDir)
	}
	tests := []struct {
		name       string
		args       []string
		want       int
		wantStderr []string
	}{
		{"fail-on never with a conflict", []string{"check", "--fail-on", "never", conflictDir}, exitOK, nil},
		{"fail-on conflict with a conflict", []string{"check", "--fail-on", "conflict", conflictDir}, exitFindings, nil},
		{"default fail-on is conflict", []string{"check", conflictDir}, exitFindings, nil},
		{"fail-on warning with a conflict", []string{"check", "--fail-on", "warning", "--format", "json", conflictDir}, exitFindings, nil},
		{"fail-on conflict without findings", []string{"check", "--fail-on", "conflict", unrelated}, exitOK, nil},
		{"fail-on warning without findings", []string{"check", "--fail-on", "warning", unrelated}, exitOK, nil},
		{"unknown format", []string{"check", "--format", "xml", earthquakeDir}, exitError, []string{`"xml"`, "table", "diff", "json"}},
		{"unknown claims format", []string{"claims", "--format", "diff", earthquakeFile}, exitError, []string{`"diff"`, "table", "json"}},
		{"unknown fail-on", []string{"check", "--fail-on", "sometimes", earthquakeDir}, exitError, []string{`"sometimes"`, "conflict", "warning", "never"}},
		{"check without paths", []string{"check"}, exitError, []string{"no paths", "PATH"}},
		{"check without paths but flags", []string{"check", "--format", "json"}, exitError, []string{"no paths"}},
		{"claims without paths", []string{"claims"}, exitError, []string{"no paths", "PATH"}},
		{"claims --events without paths", []string{"claims", "--events"}, exitError, []string{"no paths"}},
		{"unknown flag", []string{"check", "--colour", "never", earthquakeDir}, exitError, []string{"colour"}},
		{"unknown command", []string{"compare", earthquakeDir}, exitError, []string{"compare"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(tt.args...)
			if r.code != tt.want {
				t.Errorf("exit %d, want %d; stderr %q", r.code, tt.want, r.stderr)
			}
			for _, s := range tt.wantStderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr %q does not mention %q", r.stderr, s)
				}
			}
			if tt.want != exitError && r.stderr != "" {
				t.Errorf("stderr %q on a clean run", r.stderr)
			}
		})
	}
}

// The exit code follows the report: 1 exactly when a finding is at or
// above --fail-on, whatever the findings of the day are.
func TestExitCodeFollowsReport(t *testing.T) {
	for _, dir := range append(fixtureBatches(t), conflictDir) {
		rep := decodeReport(t, runCLI("check", "--fail-on", "never", "--format", "json", dir).stdout)
		wants := map[string]int{
			"never":    exitOK,
			"conflict": exitIf(rep.Summary.Conflict > 0),
			"warning":  exitIf(rep.Summary.Conflict+rep.Summary.Warning > 0),
		}
		for failOn, want := range wants {
			t.Run(filepath.Base(dir)+"/"+failOn, func(t *testing.T) {
				if r := runCLI("check", "--fail-on", failOn, "--format", "json", dir); r.code != want {
					t.Errorf("exit %d, want %d (summary %+v)", r.code, want, rep.Summary)
				}
			})
		}
	}
}

func exitIf(findings bool) int {
	if findings {
		return exitFindings
	}
	return exitOK
}

// Output that is not a terminal gets no colour, and NO_COLOR turns it off
// wherever it goes.
func TestAutoColorWritesNoEscape(t *testing.T) {
	tests := []struct {
		name    string
		noColor bool
		args    []string
	}{
		{"check table piped", false, []string{"check", "--fail-on", "never", "--color", "auto", conflictDir}},
		{"check diff piped", false, []string{"check", "--fail-on", "never", "--format", "diff", conflictDir}},
		{"claims piped", false, []string{"claims", "--color", "auto", earthquakeFile}},
		{"check table NO_COLOR", true, []string{"check", "--fail-on", "never", conflictDir}},
		{"check diff NO_COLOR", true, []string{"check", "--fail-on", "never", "--format", "diff", "--color", "auto", conflictDir}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.noColor {
				t.Setenv("NO_COLOR", "1")
			}
			r := runCLI(tt.args...)
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if i := bytes.IndexByte(r.stdout, 0x1b); i >= 0 {
				t.Errorf("ESC byte at offset %d", i)
			}
		})
	}
}

// Users type flags after the paths; the output must not depend on where.
func TestFlagsAfterPaths(t *testing.T) {
	tests := []struct {
		name          string
		first, second []string
	}{
		{"check format", []string{"check", "--format", "json", "--fail-on", "never", earthquakeDir}, []string{"check", earthquakeDir, "--format", "json", "--fail-on", "never"}},
		{"check short alias", []string{"check", "-f", "json", "--fail-on", "never", earthquakeDir}, []string{"check", earthquakeDir, "-f", "json", "--fail-on=never"}},
		{"check flags around paths", []string{"check", "--format=diff", "--color", "never", "--fail-on", "never", conflictDir, earthquakeDir}, []string{"check", conflictDir, "--format=diff", earthquakeDir, "--color", "never", "--fail-on", "never"}},
		{"claims format", []string{"claims", "--format", "json", earthquakeFile}, []string{"claims", earthquakeFile, "--format", "json"}},
		{"claims bool flag", []string{"claims", "--events", earthquakeDir}, []string{"claims", earthquakeDir, "--events"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := runCLI(tt.first...), runCLI(tt.second...)
			if a.code != exitOK || b.code != exitOK {
				t.Fatalf("exit %d / %d: %q / %q", a.code, b.code, a.stderr, b.stderr)
			}
			if !bytes.Equal(a.stdout, b.stdout) {
				t.Errorf("flags after the paths change the output\n%s", firstDifference(b.stdout, a.stdout))
			}
		})
	}
	if r := runCLI("check", earthquakeDir, "--format", "json", "--fail-on", "never"); !json.Valid(r.stdout) {
		t.Errorf("check DIR --format json did not write JSON")
	}
}

// A batch gives the same bytes however it is run: again, on one core or
// several, copied in another order, or named in another order.
func TestDeterminism(t *testing.T) {
	for _, dir := range fixtureBatches(t) {
		files := articleFiles(t, dir)
		for _, format := range []string{"json", "table"} {
			t.Run(filepath.Base(dir)+"/"+format, func(t *testing.T) {
				args := []string{"check", "--fail-on", "never", "--color", "never", "--format", format}
				want := runCLI(append(args, dir)...)
				if want.code != exitOK {
					t.Fatalf("exit %d: %s", want.code, want.stderr)
				}
				same := func(what string, got cliRun) {
					t.Helper()
					if got.code != want.code || !bytes.Equal(got.stdout, want.stdout) {
						t.Errorf("%s: output differs\n%s", what, firstDifference(got.stdout, want.stdout))
					}
				}
				same("second run", runCLI(append(args, dir)...))
				same("GOMAXPROCS=1", withProcs(1, func() cliRun { return runCLI(append(args, dir)...) }))
				same("GOMAXPROCS=8", withProcs(8, func() cliRun { return runCLI(append(args, dir)...) }))
				reversed := make([]string, 0, len(files)+len(args))
				reversed = append(reversed, args...)
				for i := len(files) - 1; i >= 0; i-- {
					reversed = append(reversed, files[i])
				}
				same("files named in reverse order", runCLI(reversed...))
				same("folder named twice", runCLI(append(args, dir, dir)...))

				// Copies carry their folder's path into the report, so the
				// two copies are read from one relative path.
				forward, backward := t.TempDir(), t.TempDir()
				copyBatch(t, files, filepath.Join(forward, "batch"), false)
				copyBatch(t, files, filepath.Join(backward, "batch"), true)
				t.Chdir(forward)
				a := runCLI(append(args, "batch")...)
				t.Chdir(backward)
				b := runCLI(append(args, "batch")...)
				if a.code != exitOK || !bytes.Equal(a.stdout, b.stdout) {
					t.Errorf("copies made in reverse order differ (exit %d): \n%s", a.code, firstDifference(b.stdout, a.stdout))
				}
			})
		}
	}
}

func withProcs(n int, f func() cliRun) cliRun {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(n))
	return f()
}

// copyBatch copies files into dir, in reverse order if asked, spacing
// their mtimes so creation order is visible to anything that looks.
func copyBatch(t *testing.T, files []string, dir string, reverse bool) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range files {
		src := files[i]
		if reverse {
			src = files[len(files)-1-i]
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.Base(src))
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
		stamp := base.Add(time.Duration(i) * time.Hour)
		if err := os.Chtimes(dst, stamp, stamp); err != nil {
			t.Fatal(err)
		}
	}
}

// writeArticles makes a temporary folder holding the given files.
func writeArticles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// claimcheck only reads: no command changes, touches or adds a file.
func TestInputsNeverWritten(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(earthquakeDir, "*"))
	dir := filepath.Join(t.TempDir(), "batch")
	copyBatch(t, files, dir, false)
	for name, text := range otherFormats {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := snapshot(t, dir)
	store := filepath.Join(t.TempDir(), "claims.db")
	commands := [][]string{
		{"check", "--fail-on", "never", dir},
		{"check", "--fail-on", "never", "--color", "always", dir},
		{"claims", dir},
		{"claims", "--format", "json", dir},
		{"claims", "--events", dir},
		{"dates", dir},
		{"check", "--fail-on", "never", "--store", store, dir},
		{"check", "--fail-on", "never", "--store", store, dir}, // the second run reads the store back
	}
	for _, format := range report.Formats() {
		commands = append(commands, []string{"check", "--fail-on", "never", "--format", format, dir})
	}
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	for _, args := range commands {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			if r := runCLI(args...); r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			after := snapshot(t, dir)
			if len(after) != len(before) {
				t.Errorf("the folder held %d files, now %d", len(before), len(after))
			}
			for name, was := range before {
				now, ok := after[name]
				switch {
				case !ok:
					t.Errorf("%s is gone", name)
				case !bytes.Equal(now.data, was.data):
					t.Errorf("%s was rewritten", name)
				case !now.mtime.Equal(was.mtime):
					t.Errorf("%s was touched: mtime %v, was %v", name, now.mtime, was.mtime)
				}
			}
		})
	}
}

// otherFormats are one article each as HTML, JSON and JSON Lines, so that
// every reader is shown to leave its file alone.
var otherFormats = map[string]string{
	"page.html":  "<!DOCTYPE html><html><head><title>Quake</title></head><body><article><h1>Quake hits island</h1><p>A strong earthquake struck the island on Monday, killing 12 people, officials said.</p><p>Rescuers searched collapsed homes through the night.</p></article></body></html>",
	"feed.json":  `[{"headline": "Quake toll rises", "body_text": "The earthquake on Monday killed 14 people, officials said on Tuesday.", "uri": "a1"}]`,
	"feed.jsonl": `{"title": "Island quake", "text": "The earthquake killed 12 people on Monday, the agency said.", "url": "https://example.org/q"}` + "\n",
}

type fileState struct {
	data  []byte
	mtime time.Time
}

// snapshot records every file under dir, hidden ones included.
func snapshot(t *testing.T, dir string) map[string]fileState {
	t.Helper()
	out := map[string]fileState{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		out[path] = fileState{data: data, mtime: info.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// BenchmarkCheck is the whole program on one fixture batch, JSON out:
// read, extract, group, compare and render.
func BenchmarkCheck(b *testing.B) {
	golds, _ := filepath.Glob("../../fixtures/*/gold.yaml")
	for _, g := range golds {
		dir := filepath.Dir(g)
		var size int64
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			if info, err := os.Stat(f); err == nil {
				size += info.Size()
			}
		}
		b.Run(filepath.Base(dir), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				if r := runCLI("check", "--fail-on", "never", "--format", "json", dir); r.code != exitOK {
					b.Fatalf("exit %d: %s", r.code, r.stderr)
				}
			}
		})
	}
}
