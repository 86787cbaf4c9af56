package store

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// appendBenchmark writes ~4 MB of generated articles into one reused
// buffer with appendRecord, as the spill does, per byte of article text.
func appendBenchmark(b *testing.B, appendRecord func([]byte, *claims.Doc) ([]byte, error)) {
	docs, size := generatedDocs(b, 4<<20, 11)
	b.SetBytes(size)
	b.ReportAllocs()
	var buf []byte
	written := 0
	for b.Loop() {
		written = 0
		for _, d := range docs {
			var err error
			if buf, err = appendRecord(buf[:0], d); err != nil {
				b.Fatal(err)
			}
			written += len(buf)
		}
	}
	b.ReportMetric(float64(written)/float64(size), "record/text")
}

// BenchmarkAppendDocGenerated writes store records.
func BenchmarkAppendDocGenerated(b *testing.B) { appendBenchmark(b, AppendDoc) }

// BenchmarkAppendSpillDocGenerated writes spill records, as the spill does.
func BenchmarkAppendSpillDocGenerated(b *testing.B) { appendBenchmark(b, AppendSpillDoc) }

// decodeInBenchmark reads ~4 MB of generated articles, written by
// appendRecord, back through one arena with decodeIn, reset every eight
// documents (a story), as pass 2 does.
func decodeInBenchmark(b *testing.B, appendRecord func([]byte, *claims.Doc) ([]byte, error),
	decodeIn func(*DocArena, []byte) (*claims.Doc, error)) {
	docs, size := generatedDocs(b, 4<<20, 11)
	var data [][]byte
	for _, d := range docs {
		enc, err := appendRecord(nil, d)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, enc)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	arena := new(DocArena)
	for b.Loop() {
		for i, enc := range data {
			if _, err := decodeIn(arena, enc); err != nil {
				b.Fatal(err)
			}
			if i%8 == 7 {
				arena.Reset()
			}
		}
		arena.Reset()
	}
}

// BenchmarkDecodeInGenerated reads store records.
func BenchmarkDecodeInGenerated(b *testing.B) {
	decodeInBenchmark(b, AppendDoc, (*DocArena).DecodeIn)
}

// BenchmarkDecodeSpillInGenerated reads spill records, as pass 2 does.
func BenchmarkDecodeSpillInGenerated(b *testing.B) {
	decodeInBenchmark(b, AppendSpillDoc, (*DocArena).DecodeSpillIn)
}
