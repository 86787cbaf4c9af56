package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/benchgen"
	"github.com/claimcheck/claimcheck/internal/store"
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

// Pass 2 checks a story against the text its claims were extracted from,
// which the spill record carries: the source read back must be the one
// put away, text, spans and dates included, so that a file edited or
// removed between the passes cannot make claims point into other text.
func TestDocSpillGivesBackTheSource(t *testing.T) {
	spill, err := newDocSpill()
	if err != nil {
		t.Fatal(err)
	}
	defer spill.close()
	for _, tc := range []struct {
		name string
		src  *source.Source
	}{
		{"plain text", &source.Source{ID: "a.txt", Path: "dir/a.txt", Text: "Quake hits city\n\nAt least 12 people were killed on Monday.\n",
			Body: source.Span{End: 59}, Headline: "Quake hits city", PublishedFrom: source.PublishedFromNone}},
		{"front matter and furniture", &source.Source{ID: "b.md", Path: "b.md",
			Text: "---\ntitle: Fire\n---\nMenu Home\n\nFive were hurt in a fire on 3 May 2024.\n",
			Body: source.Span{Start: 19, End: 71}, Headline: "Fire", Published: time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC),
			PublishedFrom: source.PublishedFromFrontMatter, Outlet: "The Daily", URL: "https://example.com/b", Byline: "A. Writer",
			Furniture: []source.Span{{Start: 19, End: 28}}}},
		{"empty text", &source.Source{ID: "c.txt", Path: "c.txt", PublishedFrom: source.PublishedFromNone}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := *tc.src
			at, err := spill.put(claims.Extract(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			*tc.src = source.Source{} // what pass 1 does once the article is spilled
			d, err := spill.get(spill.arena(), at)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*d.Source, want) {
				t.Errorf("read back %+v\nwant %+v", *d.Source, want)
			}
		})
	}
}

// A story's records are read back in runs of neighbours (getStory):
// whatever the order of its refs, near or far apart in the file, read
// through one reused buffer and arena after other stories, each document
// must be the one put away, in the refs' order.
func TestDocSpillGetStoryReadsEachRecord(t *testing.T) {
	spill, err := newDocSpill()
	if err != nil {
		t.Fatal(err)
	}
	defer spill.close()
	// Put by four goroutines at once, as pass 1's workers do; the long
	// records fill chunks, so some are written while others are filled.
	refs, ids := make([]spillRef, 40), make([]string, 40)
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < 40; i += 4 {
				id := fmt.Sprintf("%02d.txt", i)
				text := fmt.Sprintf("Storm %d hits city\n\nAt least %d people were killed on Monday in town %d.\n", i, 3*i+1, i)
				if i%7 == 3 { // long records: chunks fill, and neighbours lie further than spillReadGap apart
					text += strings.Repeat(fmt.Sprintf("Officials said %d homes were damaged. ", i), 8000)
				}
				src := &source.Source{ID: id, Path: id, Text: text, Body: source.Span{End: len(text)}, PublishedFrom: source.PublishedFromNone}
				at, err := spill.put(claims.Extract(src))
				if err != nil {
					errs <- err
					return
				}
				refs[i], ids[i] = at, id
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	written := 0
	for _, r := range refs {
		if r.c.buf == nil { // its chunk was full and written
			written++
		}
	}
	if written == 0 {
		t.Fatal("no chunk filled: the test reads only records written by getStory's flush")
	}
	for _, tc := range []struct {
		name  string
		story []int
	}{
		{"in file order", []int{0, 1, 2, 3, 4, 5}},
		{"reversed", []int{5, 4, 3, 2, 1, 0}},
		{"scattered", []int{39, 2, 17, 3, 30, 10, 11, 24}},
		{"across long records", []int{2, 3, 4, 10, 9, 17, 16, 18}},
		{"one", []int{24}},
		{"every record", everyIndex(40)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := spill.arena()
			defer spill.reuse(a)
			story := make([]spillRef, len(tc.story))
			for j, i := range tc.story {
				story[j] = refs[i]
			}
			docs, err := spill.getStory(a, story)
			if err != nil {
				t.Fatal(err)
			}
			for j, i := range tc.story {
				want, err := spill.get(new(store.DocArena), refs[i])
				if err != nil {
					t.Fatal(err)
				}
				if docs[j].Source.ID != ids[i] || !reflect.DeepEqual(docs[j], want) {
					t.Errorf("document %d: got %s, want %s", j, docs[j].Source.ID, ids[i])
				}
			}
		})
	}
}

func everyIndex(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = n - 1 - i
	}
	return out
}
