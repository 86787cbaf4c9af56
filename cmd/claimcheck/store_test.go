package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var storeClock = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// runAt runs the program with a fixed clock and a context.
func runAt(ctx context.Context, now time.Time, args ...string) cliRun {
	var out, errb bytes.Buffer
	ctx = withClock(ctx, func() time.Time { return now })
	code := runContext(ctx, append([]string{"claimcheck"}, args...), strings.NewReader(""), &out, &errb)
	return cliRun{code: code, stdout: out.Bytes(), stderr: errb.String()}
}

// splitBatch copies a fixture batch into two folders, its first n
// articles and the rest.
func splitBatch(t *testing.T, from string, n int) (first, second string) {
	t.Helper()
	files := articleFiles(t, from)
	dir := t.TempDir()
	first, second = filepath.Join(dir, "first"), filepath.Join(dir, "second")
	copyBatch(t, files[:n], first, false)
	copyBatch(t, files[n:], second, false)
	return first, second
}

// TestStoreSecondBatch checks half a batch into a store, then the other
// half: the second run reports only findings that cite one of its own
// sources, and checking it again reports nothing.
func TestStoreSecondBatch(t *testing.T) {
	first, second := splitBatch(t, earthquakeDir, 3)
	db := filepath.Join(t.TempDir(), "claims.db")
	r := runAt(context.Background(), storeClock, "check", "--store", db, "--format", "json", "--fail-on", "never", first)
	if r.code != 0 {
		t.Fatalf("first batch: exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "3 new or updated of 3 sources; 0 stored sources") {
		t.Errorf("stderr %q", r.stderr)
	}
	r = runAt(context.Background(), storeClock.Add(time.Hour), "check", "--store", db, "--format", "json", "--fail-on", "never", second)
	if r.code != 0 {
		t.Fatalf("second batch: exit %d: %s", r.code, r.stderr)
	}
	rep := decodeReport(t, r.stdout)
	newIDs := map[string]bool{}
	for _, f := range articleFiles(t, second) {
		newIDs[filepath.Base(f)] = true
	}
	if len(rep.Findings) == 0 {
		t.Fatal("no findings across the two batches")
	}
	crossing := 0
	for _, f := range rep.Findings {
		cites, old := false, false
		for _, c := range f.Claims {
			cites = cites || newIDs[c.Source]
			old = old || !newIDs[c.Source]
		}
		if !cites {
			t.Errorf("finding %s cites no source of the second batch", f.ID)
		}
		if old {
			crossing++
		}
	}
	if crossing == 0 {
		t.Error("no finding compares the second batch with the stored first")
	}
	tmp := []byte(filepath.Dir(first))
	checkGolden(t, "store/second-batch.json", bytes.ReplaceAll(r.stdout, tmp, []byte("TMP")))

	r = runAt(context.Background(), storeClock.Add(2*time.Hour), "check", "--store", db, "--format", "json", second)
	if rep := decodeReport(t, r.stdout); r.code != 0 || len(rep.Findings) != 0 {
		t.Errorf("the same batch again: exit %d, %d findings", r.code, len(rep.Findings))
	}

	ls := runCLI("store", "ls", "--store", db)
	if ls.code != 0 {
		t.Fatalf("store ls: exit %d: %s", ls.code, ls.stderr)
	}
	checkGolden(t, "store/ls.txt", ls.stdout)
	lsJSON := runCLI("store", "ls", "--format", "json", "--store", db)
	checkGolden(t, "store/ls.json", bytes.ReplaceAll(lsJSON.stdout, tmp, []byte("TMP")))

	rm := runCLI("store", "rm", "--store", db, "000_wire-flash.txt", "nope.txt")
	if rm.code != exitError || !strings.Contains(rm.stderr, "removed 1 of 2 sources") || !strings.Contains(rm.stderr, "not stored: nope.txt") {
		t.Errorf("store rm: exit %d, stderr %q", rm.code, rm.stderr)
	}
	if ls := runCLI("store", "ls", "--store", db); strings.Contains(string(ls.stdout), "000_wire-flash.txt") {
		t.Errorf("removed source still listed:\n%s", ls.stdout)
	}
}

// TestStoreNotCommittedWhenReportFails: a run whose report cannot be
// written leaves the store as it was.
func TestStoreNotCommittedWhenReportFails(t *testing.T) {
	first, second := splitBatch(t, earthquakeDir, 3)
	db := filepath.Join(t.TempDir(), "claims.db")
	if r := runAt(context.Background(), storeClock, "check", "--store", db, "--fail-on", "never", first); r.code != 0 {
		t.Fatal(r.stderr)
	}
	before := runCLI("store", "ls", "--store", db).stdout
	r := runAt(context.Background(), storeClock, "check", "--store", db, "--format", "json", "--output", filepath.Join(t.TempDir(), "no", "such", "dir", "r.json"), second)
	if r.code != exitError {
		t.Fatalf("exit %d, want 2: %s", r.code, r.stderr)
	}
	if after := runCLI("store", "ls", "--store", db).stdout; !bytes.Equal(before, after) {
		t.Errorf("store changed by a failed run:\n%s\nwas\n%s", after, before)
	}
}

func TestStoreErrors(t *testing.T) {
	dir := t.TempDir()
	notStore := filepath.Join(dir, "notes.txt")
	os.WriteFile(notStore, bytes.Repeat([]byte("not a database\n"), 500), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"ls of no store", []string{"store", "ls", "--store", filepath.Join(dir, "none.db")}, "none.db: no such file"},
		{"check into a text file", []string{"check", "--store", notStore, conflictDir}, "notes.txt: not a claimcheck store"},
		{"rm without sources", []string{"store", "rm", "--store", notStore}, "no sources given"},
		{"ls in another format", []string{"store", "ls", "--format", "xml", "--store", notStore}, `--format "xml"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(tc.args...)
			if r.code != exitError || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tc.want)
			}
		})
	}
}
