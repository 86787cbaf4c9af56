package compare_test

import (
	"fmt"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// extractedBatch generates a batch of about mb megabytes and extracts it,
// returning the docs and their total size in bytes.
func extractedBatch(b *testing.B, mb float64) ([]*claims.Doc, int64) {
	b.Helper()
	return benchdocs.Docs(b, int64(mb*1e6), 1)
}

// BenchmarkCheck runs Check on 1x and 10x the stories. If grouping cost
// grows linearly, ns/article stays flat between the two.
func BenchmarkCheck(b *testing.B) {
	for _, mb := range []float64{0.5, 5} {
		docs, size := extractedBatch(b, mb)
		b.Run(fmt.Sprintf("articles=%d", len(docs)), func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				compare.Check(docs)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/article")
		})
	}
}
