package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

var (
	day1 = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	day2 = time.Date(2025, 3, 2, 9, 0, 0, 0, time.UTC)
)

func openNew(t testing.TB, path string) *Store {
	t.Helper()
	s, err := Open(path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// commitBatch stores docs in one run.
func commitBatch(t testing.TB, s *Store, docs []*claims.Doc, now time.Time) {
	t.Helper()
	r, err := s.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Rollback()
	if _, err := r.Merge(docs, now); err != nil {
		t.Fatal(err)
	}
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
}

// article makes a document from a text under a headline, as a file of
// that name would give.
func article(id, text string) *claims.Doc {
	src, err := source.Parse(id, id, []byte("Storm update\n\n"+text+" Rescue teams searched the coast.\n"))
	if err != nil {
		panic(err)
	}
	return claims.Extract(src)
}

func listing(t testing.TB, s *Store) string {
	t.Helper()
	entries, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, e := range entries {
		lines = append(lines, fmt.Sprintf("%s %s %s", e.ID, e.AddedAt.Format("01-02"), e.Hash[:8]))
	}
	return strings.Join(lines, "\n")
}

func TestMergeTellsNewFromKnown(t *testing.T) {
	s := openNew(t, filepath.Join(t.TempDir(), "claims.db"))
	defer s.Close()
	commitBatch(t, s, []*claims.Doc{
		article("a.txt", "Storm Vera hit Port Allard on Monday, killing 4 people."),
		article("b.txt", "Storm Vera killed 5 people in Port Allard on Monday."),
		article("d.txt", "Officials in Port Allard said 4 people died in Storm Vera."),
		article("e.txt", "Shares of Kestrel Mining rose 4% in Melbourne on Friday."),
	}, day1)
	before := listing(t, s)

	r, err := s.Begin()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := r.Merge([]*claims.Doc{
		article("a.txt", "Storm Vera hit Port Allard on Monday, killing 4 people."), // unchanged
		article("b.txt", "Storm Vera killed 6 people in Port Allard on Monday."),    // updated
		article("c.txt", "Six people died when Storm Vera hit Port Allard."),        // new
	}, day2)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.Source.ID)
	}
	if got := strings.Join(ids, " "); got != "a.txt b.txt c.txt d.txt" {
		t.Errorf("compared %q, want the batch then the stored sources of its story it does not replace", got)
	}
	if got := strings.Join(r.Fresh(), " "); got != "b.txt c.txt" {
		t.Errorf("fresh %q, want the updated and the new source", got)
	}
	if got := listing(t, s); got != before {
		t.Errorf("an uncommitted run shows in the store:\n%s", got)
	}
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	after := listing(t, s)
	for _, want := range []string{"a.txt 03-01", "b.txt 03-02", "c.txt 03-02", "d.txt 03-01", "e.txt 03-01"} {
		if !strings.Contains(after, want) {
			t.Errorf("store lists\n%s\nwant a line %q", after, want)
		}
	}
	if strings.Split(after, "\n")[1] == strings.Split(before, "\n")[1] {
		t.Errorf("b.txt's hash did not change with its text")
	}
}

// TestSecondBatchReportsOnlyNew stores half of a batch, then checks the
// other half against it: every finding reported cites a source of the
// second half, and they are the findings of the whole batch that do.
func TestSecondBatchReportsOnlyNew(t *testing.T) {
	for _, name := range []string{"earthquake", "train-crash", "election-count"} {
		t.Run(name, func(t *testing.T) {
			all := readBatch(t, name)
			half := len(all) / 2
			s := openNew(t, filepath.Join(t.TempDir(), "claims.db"))
			defer s.Close()
			commitBatch(t, s, readBatch(t, name)[:half], day1)

			second := readBatch(t, name)[half:]
			r, err := s.Begin()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Rollback()
			docs, err := r.Merge(second, day2)
			if err != nil {
				t.Fatal(err)
			}
			res := compare.Check(docs)
			r.KeepNew(res)
			newIDs := map[string]bool{}
			for _, d := range second {
				newIDs[d.Source.ID] = true
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, findingKey(f))
				if !slices.ContainsFunc(f.Claims, func(c compare.Evidence) bool { return newIDs[c.Source] }) {
					t.Errorf("%s cites no new source", findingKey(f))
				}
			}
			whole := compare.Check(all)
			var want []string
			for _, f := range whole.Findings {
				if slices.ContainsFunc(f.Claims, func(c compare.Evidence) bool { return newIDs[c.Source] }) {
					want = append(want, findingKey(f))
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("findings\n  %s\nwant those of the whole batch that cite a new source\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
			}
			for i, f := range res.Findings {
				if f.ID != fmt.Sprintf("f%d", i+1) {
					t.Errorf("finding %d has id %s", i, f.ID)
				}
			}

			// The same batch again brings nothing new.
			if err := r.Commit(); err != nil {
				t.Fatal(err)
			}
			again, err := s.Begin()
			if err != nil {
				t.Fatal(err)
			}
			defer again.Rollback()
			docs, err = again.Merge(readBatch(t, name)[half:], day2)
			if err != nil {
				t.Fatal(err)
			}
			res = compare.Check(docs)
			again.KeepNew(res)
			if len(res.Findings) != 0 || len(again.Fresh()) != 0 {
				t.Errorf("a batch checked twice reports %d findings, %d fresh sources", len(res.Findings), len(again.Fresh()))
			}
		})
	}
}

// findingKey names a finding by what it says, not by ids or order.
func findingKey(f compare.Finding) string {
	var parts []string
	for _, c := range f.Claims {
		parts = append(parts, c.Source+"="+c.Normalized)
	}
	slices.Sort(parts)
	return f.Kind + " " + strings.Join(parts, " ")
}

// TestFailureMidWriteLeavesStoreIntact fails the second write of a run:
// the run is rolled back, and the store lists and holds what it did.
func TestFailureMidWriteLeavesStoreIntact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.db")
	s := openNew(t, path)
	first := readBatch(t, "earthquake")
	commitBatch(t, s, first[:3], day1)
	before := listing(t, s)

	r, err := s.Begin()
	if err != nil {
		t.Fatal(err)
	}
	writes := 0
	r.beforePut = func(id string) error {
		if writes++; writes == 2 {
			return errors.New("disk full")
		}
		return nil
	}
	if _, err := r.Merge(readBatch(t, "train-crash"), day2); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Merge: %v, want the injected failure", err)
	}
	r.Rollback()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if got := listing(t, s); got != before {
		t.Errorf("store after a failed run:\n%s\nwant\n%s", got, before)
	}
	assertDocsReadable(t, s, 3)
}

// TestRunNotCommittedLeavesStoreIntact: a run stopped after staging (the
// Ctrl-C case: the report was not written) changes nothing.
func TestRunNotCommittedLeavesStoreIntact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.db")
	s := openNew(t, path)
	commitBatch(t, s, readBatch(t, "earthquake")[:2], day1)
	before := listing(t, s)
	r, err := s.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Merge(readBatch(t, "storm-flood"), day2); err != nil {
		t.Fatal(err)
	}
	s.Close() // closing rolls the open run back
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := listing(t, s); got != before {
		t.Errorf("store after an abandoned run:\n%s\nwant\n%s", got, before)
	}
}

// assertDocsReadable decodes every stored document.
func assertDocsReadable(t *testing.T, s *Store, want int) {
	t.Helper()
	err := s.db.View(func(tx *bolt.Tx) error {
		r := &Run{store: s, tx: tx}
		all, err := entries(tx)
		if err != nil {
			return err
		}
		ids := map[string]bool{}
		for _, e := range all {
			ids[e.ID] = true
		}
		docs, err := r.decode(tx.Bucket(bucketClaims), ids)
		if err == nil && len(docs) != want {
			err = fmt.Errorf("%d documents, want %d", len(docs), want)
		}
		return err
	})
	if err != nil {
		t.Error(err)
	}
}

func TestRemove(t *testing.T) {
	s := openNew(t, filepath.Join(t.TempDir(), "claims.db"))
	defer s.Close()
	commitBatch(t, s, readBatch(t, "earthquake")[:3], day1)
	entries, _ := s.List()
	missing, err := s.Remove(entries[1].ID, "nope.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(missing, []string{"nope.txt"}) {
		t.Errorf("missing %v", missing)
	}
	left, _ := s.List()
	if len(left) != 2 || left[0].ID != entries[0].ID || left[1].ID != entries[2].ID {
		t.Errorf("left %v", left)
	}
	assertDocsReadable(t, s, 2)
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte(strings.Repeat("not a database\n", 400)), 0o644)
	held := filepath.Join(dir, "held.db")
	s := openNew(t, held)
	defer s.Close()
	defer func(d time.Duration) { lockTimeout = d }(lockTimeout)
	lockTimeout = 100 * time.Millisecond
	for _, tc := range []struct {
		name string
		path string
		opt  Options
		want string
	}{
		{"missing", filepath.Join(dir, "missing.db"), Options{}, "missing.db: no such file"},
		{"missing, read only", filepath.Join(dir, "missing.db"), Options{ReadOnly: true}, "missing.db: no such file"},
		{"not a store", text, Options{}, "notes.txt: not a claimcheck store"},
		{"held by another run", held, Options{}, "held.db: in use by another claimcheck run"},
		{"a folder", dir, Options{Create: true}, "store " + dir},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(tc.path, tc.opt)
			if err == nil {
				s.Close()
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// TestBatchAmongManyStoredIsCheckedAsAlone: a small batch checked against
// a store of hundreds of other stories reports what it reports alone. (The
// whole store in one comparison would be cut into stories by rare names,
// and a small batch, taken whole when alone, could be cut apart.)
func TestBatchAmongManyStoredIsCheckedAsAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a generated megabyte")
	}
	s := openNew(t, filepath.Join(t.TempDir(), "claims.db"))
	defer s.Close()
	others, _ := generatedDocs(t, 1<<20, 3)
	commitBatch(t, s, others, day1)
	for _, name := range []string{"earthquake", "court-case", "sports-result"} {
		alone := compare.Check(readBatch(t, name))
		r, err := s.Begin()
		if err != nil {
			t.Fatal(err)
		}
		docs, err := r.Merge(readBatch(t, name), day2)
		if err != nil {
			t.Fatal(err)
		}
		res := compare.Check(docs)
		r.KeepNew(res)
		r.Rollback()
		if got, want := jsonReport(t, res), jsonReport(t, alone); got != want {
			t.Errorf("%s: among %d stored sources (%d joined it) the report differs:\n%s", name, len(others), len(docs)-len(alone.Sources), firstDiff(want, got))
		}
	}
}
