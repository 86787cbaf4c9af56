package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// BenchmarkDecodeDoc measures reading one stored document back, per byte
// of its article text.
func BenchmarkDecodeDoc(b *testing.B) {
	data, text := encodedBatch(b, "earthquake")
	b.SetBytes(int64(text))
	b.ResetTimer()
	for b.Loop() {
		for _, enc := range data {
			if _, err := DecodeDoc(enc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkEncodeDoc measures writing documents, per byte of article text.
func BenchmarkEncodeDoc(b *testing.B) {
	docs := readBatch(b, "earthquake")
	text := 0
	for _, d := range docs {
		text += len(d.Source.Text)
	}
	b.SetBytes(int64(text))
	b.ResetTimer()
	stored := 0
	for b.Loop() {
		stored = 0
		for _, d := range docs {
			data, err := EncodeDoc(d)
			if err != nil {
				b.Fatal(err)
			}
			stored += len(data)
		}
	}
	// The size of the store per byte of article text (the text included).
	b.ReportMetric(float64(stored)/float64(text), "stored/text")
}

// storeOf1000 is a store holding about 1,000 generated articles (4 MB).
// It logs the file's size per byte of text stored.
func storeOf1000(b *testing.B) (*Store, int64) {
	docs, size := generatedDocs(b, 4<<20, 11)
	path := filepath.Join(b.TempDir(), "claims.db")
	s := openNew(b, path)
	commitBatch(b, s, docs, day1)
	if fi, err := os.Stat(path); err == nil {
		b.Logf("%d stored sources, %d bytes of text, a file of %d bytes (%.2f per byte of text)",
			len(docs), size, fi.Size(), float64(fi.Size())/float64(size))
	}
	return s, size
}

// BenchmarkMergeStored1000 loads a store of about 1,000 sources for a new
// batch of six, per byte of stored text: what --store adds to a run before
// the comparison.
func BenchmarkMergeStored1000(b *testing.B) {
	s, size := storeOf1000(b)
	defer s.Close()
	batch := readBatch(b, "earthquake")
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		r, err := s.Begin()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Merge(batch, day2); err != nil {
			b.Fatal(err)
		}
		r.Rollback()
	}
}

// BenchmarkCheckStored1000 is the whole --store step: load the 1,000
// stored sources, compare them with a batch of six, keep the findings
// about the new ones.
func BenchmarkCheckStored1000(b *testing.B) {
	s, size := storeOf1000(b)
	defer s.Close()
	var encoded [][]byte
	for _, d := range readBatch(b, "earthquake") {
		data, err := EncodeDoc(d)
		if err != nil {
			b.Fatal(err)
		}
		encoded = append(encoded, data)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		var batch []*claims.Doc
		for _, data := range encoded {
			d, _ := DecodeDoc(data) // Check rewrites keys: a fresh batch each time
			batch = append(batch, d)
		}
		r, err := s.Begin()
		if err != nil {
			b.Fatal(err)
		}
		docs, err := r.Merge(batch, day2)
		if err != nil {
			b.Fatal(err)
		}
		res := compare.Check(docs)
		r.KeepNew(res)
		if len(res.Findings) == 0 {
			b.Fatal("no findings about the new batch")
		}
		r.Rollback()
	}
}
