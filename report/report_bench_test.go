package report_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
	"github.com/claimcheck/claimcheck/report"
)

// BenchmarkJSONGenerated renders the result of checking a generated 0.5 MB
// batch (about 120 articles, with planted disagreements); bytes are those
// of the JSON written.
func BenchmarkJSONGenerated(b *testing.B) {
	docs, _ := benchdocs.Docs(b, 500_000, 1)
	res := compare.Check(docs)
	var out bytes.Buffer
	if err := (report.JSON{}).Print(&out, res); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(out.Len()))
	for b.Loop() {
		if err := (report.JSON{}).Print(io.Discard, res); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(res.Findings)), "findings")
}
