package claims_test

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/benchgen"
	"github.com/claimcheck/claimcheck/internal/store"
)

// scratchSources are the fixtures' articles and a generated batch, with
// one long article made of many of them (more sentences, names and
// figures than the others, so that a Scratch's buffers grow and shrink).
func scratchSources(t testing.TB) []*source.Source {
	t.Helper()
	files, err := filepath.Glob("../fixtures/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var srcs []*source.Source
	var long strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, parse(t, filepath.Base(f), data))
		long.Write(data)
		long.WriteString("\n\n")
	}
	var c benchgen.Collector
	if err := benchgen.Generate(&c, benchgen.Options{Bytes: 300_000, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		srcs = append(srcs, parse(t, a.Name, a.Text))
	}
	return append(srcs, parse(t, "long.txt", []byte(long.String())))
}

func parse(t testing.TB, name string, data []byte) *source.Source {
	t.Helper()
	src, err := source.Parse(name, "", data)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// encoded is a document's spill record: everything a check reads of it.
func encoded(t testing.TB, d *claims.Doc) []byte {
	t.Helper()
	data, err := store.EncodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestScratchGivesExtractsDocument extracts many documents through one
// Scratch, in several orders, and holds each to a fresh Extract of the
// same source, record byte for byte: a buffer the Scratch reuses must not
// carry anything of an earlier document into a later one.
func TestScratchGivesExtractsDocument(t *testing.T) {
	srcs := scratchSources(t)
	want := make([][]byte, len(srcs))
	for i, src := range srcs {
		want[i] = encoded(t, claims.Extract(src))
	}
	forward := make([]int, len(srcs))
	for i := range forward {
		forward[i] = i
	}
	backward := slices.Clone(forward)
	slices.Reverse(backward)
	shuffled := slices.Clone(forward)
	rand.New(rand.NewSource(1)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	longFirst := slices.Clone(forward)
	slices.SortStableFunc(longFirst, func(a, b int) int { return len(srcs[b].Text) - len(srcs[a].Text) })
	for _, tc := range []struct {
		name  string
		order []int
	}{
		{"forward", forward},
		{"backward", backward},
		{"shuffled", shuffled},
		{"longest first", longFirst},
		{"twice each", slices.Concat(shuffled, shuffled)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var x claims.Scratch
			for _, i := range tc.order {
				if got := encoded(t, x.Extract(srcs[i])); !bytes.Equal(got, want[i]) {
					t.Fatalf("%s: the Scratch's record differs from Extract's", srcs[i].ID)
				}
			}
		})
	}
}

// TestExtractTransientFromManyGoroutines: the pooled Scratches give each
// goroutine documents of its own.
func TestExtractTransientFromManyGoroutines(t *testing.T) {
	srcs := scratchSources(t)
	want := make([][]byte, len(srcs))
	for i, src := range srcs {
		want[i] = encoded(t, claims.Extract(src))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range srcs {
				i := (k*7 + g*13) % len(srcs)
				claims.ExtractTransient(srcs[i], func(d *claims.Doc) {
					if got := encoded(t, d); !bytes.Equal(got, want[i]) {
						t.Errorf("%s: the pooled Scratch's record differs from Extract's", srcs[i].ID)
					}
				})
			}
		}()
	}
	wg.Wait()
}

// BenchmarkScratchExtract is BenchmarkExtract through one Scratch.
func BenchmarkScratchExtract(b *testing.B) {
	srcs := scratchSources(b)
	var size int64
	for _, s := range srcs {
		size += int64(len(s.Text))
	}
	b.Run("Extract", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, src := range srcs {
				claims.Extract(src)
			}
		}
	})
	b.Run("Scratch", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		var x claims.Scratch
		for b.Loop() {
			for _, src := range srcs {
				x.Extract(src)
			}
		}
	})
}
