package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// generatedBatch writes a generated batch of about size bytes into a
// temporary folder.
func generatedBatch(t *testing.T, size int64) string {
	t.Helper()
	dir := t.TempDir()
	w := &benchgen.DirWriter{Dir: dir}
	if err := benchgen.Generate(w, benchgen.Options{Bytes: size, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestInterruptLeavesOutputsAndStore cancels runs (Ctrl-C) before they
// start and in the middle of extraction: exit 2, "interrupted", the report
// file keeps its old bytes and the store its old sources.
func TestInterruptLeavesOutputsAndStore(t *testing.T) {
	big := generatedBatch(t, 4<<20)
	for _, tc := range []struct {
		name  string
		batch string
		after time.Duration // cancel after this long; 0 before the start
	}{
		{"before the start", conflictDir, 0},
		{"during extraction", big, 150 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db, report := filepath.Join(dir, "claims.db"), filepath.Join(dir, "report.json")
			if r := runAt(context.Background(), storeClock, "check", "--store", db, "--fail-on", "never", earthquakeDir); r.code != 0 {
				t.Fatal(r.stderr)
			}
			storeBefore := runCLI("store", "ls", "--store", db).stdout
			os.WriteFile(report, []byte("the previous report\n"), 0o644)

			ctx, cancel := context.WithCancel(context.Background())
			if tc.after == 0 {
				cancel()
			} else {
				time.AfterFunc(tc.after, cancel)
			}
			defer cancel()
			start := time.Now()
			r := runAt(ctx, storeClock, "check", "--store", db, "--format", "json", "--output", report, tc.batch)
			took := time.Since(start)
			if r.code != exitError || !strings.Contains(r.stderr, "claimcheck: interrupted") {
				t.Fatalf("exit %d, stderr %q; want 2 and interrupted (run took %s)", r.code, r.stderr, took)
			}
			t.Logf("stopped %s after the start", took)
			if data, _ := os.ReadFile(report); string(data) != "the previous report\n" {
				t.Errorf("report file changed: %.100s", data)
			}
			if after := runCLI("store", "ls", "--store", db).stdout; !bytes.Equal(after, storeBefore) {
				t.Errorf("store changed by an interrupted run")
			}
			leftovers, _ := filepath.Glob(filepath.Join(dir, ".report.json.*"))
			if len(leftovers) > 0 {
				t.Errorf("temporary files left: %v", leftovers)
			}
		})
	}
}

func TestClockOf(t *testing.T) {
	if got := clockOf(context.Background())(); !got.IsZero() {
		t.Errorf("a run without a clock reads %v", got)
	}
	if got := clockOf(withClock(context.Background(), func() time.Time { return storeClock }))(); !got.Equal(storeClock) {
		t.Errorf("clock %v", got)
	}
}
