package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// childStoreEnv names the store a re-executed test binary writes to.
const childStoreEnv = "CLAIMCHECK_TEST_STORE_CHILD"

// generatedDocs extracts a generated batch of about size bytes.
func generatedDocs(t testing.TB, size int64, seed uint64) ([]*claims.Doc, int64) {
	t.Helper()
	var c benchgen.Collector
	if err := benchgen.Generate(&c, benchgen.Options{Bytes: size, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	docs := make([]*claims.Doc, 0, len(c.Articles))
	for _, a := range c.Articles {
		src, err := source.Parse(a.Name, a.Name, a.Text)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claims.Extract(src))
	}
	return docs, c.Bytes
}

// TestKillDuringWrite runs a child process that stages a large batch and
// commits it, and kills it with SIGKILL at several moments of the commit.
// The store must open afterwards and hold either what it held before or
// the whole new batch, never part of it.
func TestKillDuringWrite(t *testing.T) {
	if path := os.Getenv(childStoreEnv); path != "" {
		writeAsChild(t, path)
		return
	}
	if testing.Short() {
		t.Skip("spawns processes")
	}
	before := readBatch(t, "earthquake")
	for _, delay := range []time.Duration{0, 5 * time.Millisecond, 30 * time.Millisecond, 200 * time.Millisecond} {
		t.Run(delay.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "claims.db")
			s := openNew(t, path)
			commitBatch(t, s, before, day1)
			old := listing(t, s)
			s.Close()

			cmd := exec.Command(os.Args[0], "-test.run=^TestKillDuringWrite$")
			cmd.Env = append(os.Environ(), childStoreEnv+"="+path)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			staged := 0
			lines := bufio.NewScanner(out)
			for lines.Scan() {
				if n, err := fmt.Sscanf(lines.Text(), "committing %d", &staged); n == 1 && err == nil {
					break
				}
			}
			time.Sleep(delay)
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()

			s, err = Open(path, Options{})
			if err != nil {
				t.Fatalf("store does not open after the kill: %v", err)
			}
			defer s.Close()
			entries, err := s.List()
			if err != nil {
				t.Fatal(err)
			}
			got := listing(t, s)
			switch {
			case got == old:
				t.Logf("killed before the commit: store as before (%d sources)", len(entries))
			case len(entries) == len(before)+staged:
				t.Logf("killed after the commit: %d sources", len(entries))
			default:
				t.Errorf("store after the kill:\n%s", got)
			}
			assertDocsReadable(t, s, len(entries))
		})
	}
}

// writeAsChild stages a generated batch, says so on stdout, and commits.
func writeAsChild(t *testing.T, path string) {
	docs, _ := generatedDocs(t, 2<<20, 7)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Merge(docs, day2); err != nil {
		t.Fatal(err)
	}
	fmt.Println("committing", len(docs))
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	fmt.Println("committed")
	s.Close()
}
