package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
)

// A batch larger than compare.SmallBatch is read inside pass 1 (only its
// first files before it), a smaller one first: either way the report, the
// messages on stderr (unreadable files, foreign articles, bad records, in
// order) and the exit code must be those of reading the whole batch
// first, as --store does. The bad files come first, so that the first
// files read before pass 1 do not decide the batch's size alone, and a
// file of records and standard input give many sources each.
func TestReadingInsidePassOneKeepsTheRun(t *testing.T) {
	_, generated := largeBatch(t)
	records := func(t *testing.T, files []string, bad bool) string {
		var lines []string
		for i, f := range files {
			lines = append(lines, jsonLine(t, map[string]any{"uri": fmt.Sprintf("r%d", i), "title": "Update", "text": string(read(t, f))}))
			if bad && i == 1 {
				lines = append(lines, "{oops")
			}
		}
		return strings.Join(lines, "\n") + "\n"
	}
	// batch copies n generated articles after the bad files; with recs, a
	// file of records too.
	batch := func(t *testing.T, n int, recs bool) string {
		dir := t.TempDir()
		write(t, filepath.Join(dir, "000-empty.txt"), nil)
		write(t, filepath.Join(dir, "001-es.txt"), []byte(spanishBridge))
		write(t, filepath.Join(dir, "002-binary.txt"), tinyPNG())
		for i, f := range generated[:n] {
			write(t, filepath.Join(dir, fmt.Sprintf("%03d-%s", 10+i, filepath.Base(f))), read(t, f))
		}
		if recs {
			write(t, filepath.Join(dir, "zz-feed.jsonl"), []byte(records(t, generated[n:n+4], true)))
		}
		write(t, filepath.Join(dir, "zzz-empty.txt"), nil)
		write(t, filepath.Join(dir, "zzz-es.txt"), []byte(spanishBridge))
		return dir
	}
	tests := []struct {
		name  string
		dir   func(t *testing.T) string
		stdin string
	}{
		{"large batch, bad files first, records", func(t *testing.T) string { return batch(t, len(generated)-8, true) }, ""},
		{"large batch and standard input", func(t *testing.T) string { return batch(t, len(generated)-8, true) },
			records(t, generated[len(generated)-3:], true)},
		{"one source over the small batch", func(t *testing.T) string { return batch(t, compare.SmallBatch+1, false) }, ""},
		{"the small batch, more files than sources", func(t *testing.T) string { return batch(t, compare.SmallBatch, false) }, ""},
		{"over the small batch by a file of records", func(t *testing.T) string { return batch(t, compare.SmallBatch-2, true) }, ""},
		{"the small batch, its last sources records", func(t *testing.T) string { return batch(t, compare.SmallBatch-4, true) }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir(t)
			args := []string{"check", "--fail-on", "never", "--format", "json"}
			paths := []string{dir}
			if tt.stdin != "" {
				paths = []string{"-", dir}
			}
			want := runStdin([]byte(tt.stdin), append(append(args, "--store", filepath.Join(t.TempDir(), "claims.db")), paths...)...)
			// the store's summary is the one line reading first adds
			if i := strings.Index(want.stderr, "claimcheck: store "); i >= 0 {
				want.stderr = want.stderr[:i]
			}
			if want.code != exitError || want.stderr == "" {
				t.Fatalf("reading first: exit %d, stderr %q: the batch has no bad file", want.code, want.stderr)
			}
			for _, procs := range []int{1, 2, 4} {
				got := withProcs(procs, func() cliRun { return runStdin([]byte(tt.stdin), append(args, paths...)...) })
				if got.code != want.code || got.stderr != want.stderr || !bytes.Equal(got.stdout, want.stdout) {
					t.Errorf("GOMAXPROCS=%d: exit %d, stderr %q\nwant exit %d, stderr %q\n%s", procs, got.code, got.stderr,
						want.code, want.stderr, firstDifference(got.stdout, want.stdout))
				}
			}
		})
	}
}
