package temporal

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkScanBatch splits every article of a generated batch
// (CLAIMCHECK_BATCH, as for BenchmarkFindBatch) into sentences of tokens,
// with no parsing: the scanner's share of the date finder.
func BenchmarkScanBatch(b *testing.B) {
	texts, size := batchTexts(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	toks := make([]token, 0, 64)
	cpu0 := cpuTime()
	for b.Loop() {
		for _, s := range texts {
			sc := scanner{text: s, toks: toks}
			for {
				if _, ok := sc.next(); !ok {
					break
				}
			}
			toks = sc.toks[:0]
		}
	}
	reportCPUThroughput(b, size, cpu0)
}

// batchTexts reads the articles of the batch named by CLAIMCHECK_BATCH.
func batchTexts(b *testing.B) (texts []string, size int) {
	dir := os.Getenv("CLAIMCHECK_BATCH")
	if dir == "" {
		b.Skip("CLAIMCHECK_BATCH not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	return texts, size
}
