package compare_test

import (
	"testing"

	"github.com/claimcheck/claimcheck/compare"
)

// BenchmarkCheckWithOptions runs a check with every option set, to compare
// with BenchmarkCheck: the configured steps must not slow the pipeline.
func BenchmarkCheckWithOptions(b *testing.B) {
	docs, size := extractedBatch(b, 2)
	opts := compare.Options{
		Kinds:           compare.Kinds(),
		Severity:        map[string]compare.Severity{compare.KindLocation: compare.Warning, compare.KindDuplicate: compare.Off},
		Count:           compare.Tolerance{Absolute: 2, Percent: 5},
		Quantity:        compare.Tolerance{Percent: 1},
		EventWindowDays: 7,
		Ignore:          []compare.IgnoreRule{{Kind: compare.KindCount, Event: "*storm*", Text: "unconfirmed"}, {Source: "blog-*"}},
	}
	for _, tc := range []struct {
		name string
		opts compare.Options
	}{{"defaults", compare.Options{}}, {"configured", opts}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				compare.CheckWith(docs, tc.opts)
			}
		})
	}
}
