package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// largeBatch writes a generated batch of more than compare.SmallBatch
// articles into a folder, with one article copied under another name so
// that copy detection has work across stories.
func largeBatch(t *testing.T) (dir string, files []string) {
	t.Helper()
	dir = t.TempDir()
	w := &benchgen.DirWriter{Dir: dir}
	if err := benchgen.Generate(w, benchgen.Options{Bytes: 400_000, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	files = articleFiles(t, dir)
	if len(files) <= compare.SmallBatch {
		t.Fatalf("%d articles: not a large batch", len(files))
	}
	text, err := os.ReadFile(files[3])
	if err != nil {
		t.Fatal(err)
	}
	copied := filepath.Join(dir, "zz-copy.txt")
	if err := os.WriteFile(copied, text, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, append(files, copied)
}

// A large batch is checked story by story, its documents put away in a
// spill file between the two passes; the report must be the one the
// whole-batch path writes (forced here by --store, which holds every
// document), whatever the cores or the order the files are named in.
func TestCheckByStoryWritesTheWholeBatchReport(t *testing.T) {
	dir, files := largeBatch(t)
	args := []string{"check", "--fail-on", "never", "--color", "never"}
	var reversed []string
	for i := len(files) - 1; i >= 0; i-- {
		reversed = append(reversed, files[i])
	}
	for _, format := range []string{"json", "sarif", "table"} {
		t.Run(format, func(t *testing.T) {
			with := func(more ...string) []string {
				return append(append(append([]string{}, args...), "--format", format), more...)
			}
			want := runCLI(with("--store", filepath.Join(t.TempDir(), "claims.db"), dir)...)
			if want.code != exitOK {
				t.Fatalf("whole batch: exit %d: %s", want.code, want.stderr)
			}
			for _, tc := range []struct {
				name string
				run  func() cliRun
			}{
				{"story by story", func() cliRun { return runCLI(with(dir)...) }},
				{"story by story, GOMAXPROCS=1", func() cliRun { return withProcs(1, func() cliRun { return runCLI(with(dir)...) }) }},
				{"story by story, files in reverse order", func() cliRun { return runCLI(with(reversed...)...) }},
			} {
				got := tc.run()
				if got.code != want.code || !bytes.Equal(got.stdout, want.stdout) {
					t.Errorf("%s: exit %d, report differs from the whole batch's\n%s", tc.name, got.code, firstDifference(got.stdout, want.stdout))
				}
			}
		})
	}
}

// The spill file is gone once the run ends.
func TestCheckByStoryRemovesItsSpillFile(t *testing.T) {
	dir, _ := largeBatch(t)
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	if r := runCLI("check", "--format", "json", "--fail-on", "never", dir); r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	left, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range left {
		t.Errorf("left behind: %s", e.Name())
	}
}
