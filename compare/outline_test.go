package compare_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// generatedSources generates a batch of about n bytes and parses it; the
// article at index copyOf (when >= 0) is added again at the end under
// another name.
func generatedSources(t testing.TB, n int64, copyOf int) []*source.Source {
	t.Helper()
	srcs, _ := benchdocs.Sources(t, n, 3)
	if copyOf >= 0 {
		src, err := source.Parse("zz-copy.txt", "", []byte(srcs[copyOf].Text))
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	return srcs
}

func extractAll(srcs []*source.Source) []*claims.Doc {
	docs := make([]*claims.Doc, len(srcs))
	for i, s := range srcs {
		docs[i] = claims.Extract(s)
	}
	return docs
}

// reextract is a StoryLoader that extracts the story's sources again, as
// a caller that keeps nothing would.
func reextract(srcs []*source.Source) compare.StoryLoader {
	return func(story []int) ([]*claims.Doc, error) {
		docs := make([]*claims.Doc, len(story))
		for j, i := range story {
			docs[j] = claims.Extract(srcs[i])
		}
		return docs, nil
	}
}

func resultJSON(t *testing.T, r *compare.Result) string {
	t.Helper()
	b, err := json.Marshal(struct {
		Events   []compare.Event
		Findings []compare.Finding
		Summary  compare.Summary
		Sources  []string
	}{r.Events, r.Findings, r.Summary, sourceIDs(r)})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func sourceIDs(r *compare.Result) []string {
	var ids []string
	for _, s := range r.Sources {
		ids = append(ids, s.ID)
	}
	return ids
}

// CheckOutlines gives CheckWith's result, on batches checked as one story
// and on batches cut into stories, with and without a copy.
func TestCheckOutlinesIsCheckWith(t *testing.T) {
	tests := []struct {
		name   string
		bytes  int64
		copyOf int
	}{
		{"small batch, one story", 40_000, -1},
		{"small batch with a copy", 40_000, 2},
		{"large batch, many stories", 400_000, -1},
		{"large batch with a copy", 400_000, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srcs := generatedSources(t, tc.bytes, tc.copyOf)
			want := compare.CheckWith(extractAll(srcs), compare.Options{})
			var outlines []compare.Outline
			for _, d := range extractAll(srcs) {
				outlines = append(outlines, compare.OutlineOf(d))
			}
			got, err := compare.CheckOutlines(outlines, reextract(srcs), compare.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(want.Findings) == 0 {
				t.Fatal("no findings: the batch tests nothing")
			}
			if g, w := resultJSON(t, got), resultJSON(t, want); g != w {
				t.Errorf("CheckOutlines differs from CheckWith:\ngot  %.400s\nwant %.400s", g, w)
			}
		})
	}
}

// A loader's error ends the check: a story left out would be a silent
// miss.
func TestCheckOutlinesStopsOnLoadError(t *testing.T) {
	srcs := generatedSources(t, 100_000, -1)
	var outlines []compare.Outline
	for _, d := range extractAll(srcs) {
		outlines = append(outlines, compare.OutlineOf(d))
	}
	bad := errors.New("spill file gone")
	res, err := compare.CheckOutlines(outlines, func([]int) ([]*claims.Doc, error) { return nil, bad }, compare.Options{})
	if !errors.Is(err, bad) || res != nil {
		t.Errorf("got %v, %v; want no result and the loader's error", res, err)
	}
}

// BenchmarkCheckOutlines is BenchmarkCheck's second half for a caller that
// keeps outlines: the stories' documents are handed back already
// extracted, so it times copy detection, story cutting and checking.
func BenchmarkCheckOutlines(b *testing.B) {
	srcs := generatedSources(b, 5_000_000, -1)
	var size int64
	var outlines []compare.Outline
	for _, d := range extractAll(srcs) {
		outlines = append(outlines, compare.OutlineOf(d))
		size += int64(len(d.Source.Text))
	}
	b.SetBytes(size)
	for b.Loop() {
		b.StopTimer()
		docs := extractAll(srcs) // checking rewrites entity keys: fresh documents each time
		b.StartTimer()
		if _, err := compare.CheckOutlines(outlines, func(story []int) ([]*claims.Doc, error) {
			out := make([]*claims.Doc, len(story))
			for j, i := range story {
				out[j] = docs[i]
			}
			return out, nil
		}, compare.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
