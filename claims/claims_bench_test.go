package claims

import (
	"os"
	"strconv"
	"sync"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// benchCorpusMB is the size of the generated batch the stage benchmarks
// run on; CLAIMCHECK_BENCH_MB overrides it (e.g. 10 for a profile of the
// 10 MB batch).
func benchCorpusMB() float64 {
	if v, err := strconv.ParseFloat(os.Getenv("CLAIMCHECK_BENCH_MB"), 64); err == nil && v > 0 {
		return v
	}
	return 2
}

var benchCorpus = sync.OnceValues(func() ([]*source.Source, error) {
	var c benchgen.Collector
	if err := benchgen.Generate(&c, benchgen.Options{Bytes: int64(benchCorpusMB() * 1e6), Seed: 1}); err != nil {
		return nil, err
	}
	srcs := make([]*source.Source, 0, len(c.Articles))
	for _, a := range c.Articles {
		src, err := source.Parse(a.Name, "", a.Text)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, src)
	}
	return srcs, nil
})

// corpusSources returns the parsed benchmark batch and its size in bytes.
func corpusSources(b *testing.B) ([]*source.Source, int64) {
	b.Helper()
	srcs, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, s := range srcs {
		n += int64(len(s.Text))
	}
	return srcs, n
}

// BenchmarkStages times each pipeline stage alone: the stages before it run
// with the timer stopped, on fresh Docs, since stages add to a Doc.
func BenchmarkStages(b *testing.B) {
	srcs, size := corpusSources(b)
	for i, st := range Pipeline {
		b.Run(st.Name(), func(b *testing.B) {
			b.SetBytes(size)
			docs := make([]*Doc, len(srcs))
			for range b.N {
				b.StopTimer()
				for k, src := range srcs {
					docs[k] = runUpTo(src, i)
				}
				b.StartTimer()
				for _, d := range docs {
					st.Run(d)
				}
			}
		})
	}
}

// runUpTo runs the stages before stage i over src.
func runUpTo(src *source.Source, i int) *Doc {
	d := &Doc{Source: src}
	for _, st := range Pipeline[:i] {
		st.Run(d)
	}
	return d
}

// BenchmarkExtract times the whole pipeline, one goroutine.
func BenchmarkExtract(b *testing.B) {
	srcs, size := corpusSources(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, src := range srcs {
			Extract(src)
		}
	}
}

// BenchmarkParseAndExtract adds source.Parse (furniture, headline,
// dateline), the other per-article cost of a run.
func BenchmarkParseAndExtract(b *testing.B) {
	srcs, size := corpusSources(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, s := range srcs {
			src, err := source.Parse(s.ID, "", []byte(s.Text))
			if err != nil {
				b.Fatal(err)
			}
			Extract(src)
		}
	}
}
