// Package benchdocs turns generated batches into parsed sources and
// extracted documents for tests and benchmarks, so that each of them does
// not write the generate, parse and extract loop again. It lives apart
// from benchgen so that the generator itself depends on nothing of
// claimcheck's.
package benchdocs

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// Sources generates about size bytes of articles with seed and parses
// them; it returns the sources and the bytes of article text.
func Sources(tb testing.TB, size int64, seed uint64) ([]*source.Source, int64) {
	tb.Helper()
	var c benchgen.Collector
	if err := benchgen.Generate(&c, benchgen.Options{Bytes: size, Seed: seed}); err != nil {
		tb.Fatal(err)
	}
	srcs := make([]*source.Source, 0, len(c.Articles))
	for _, a := range c.Articles {
		src, err := source.Parse(a.Name, "", a.Text)
		if err != nil {
			tb.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	return srcs, c.Bytes
}

// Docs is Sources with every source extracted.
func Docs(tb testing.TB, size int64, seed uint64) ([]*claims.Doc, int64) {
	tb.Helper()
	srcs, n := Sources(tb, size, seed)
	docs := make([]*claims.Doc, len(srcs))
	for i, src := range srcs {
		docs[i] = claims.Extract(src)
	}
	return docs, n
}
