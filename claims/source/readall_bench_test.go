package source

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// BenchmarkReadAllFiles reads a generated 1 MB batch file by file from
// disk, as claimcheck does: the cost of opening and reading a file per
// article shows here beside parsing.
func BenchmarkReadAllFiles(b *testing.B) {
	dir := b.TempDir()
	if err := benchgen.Generate(&benchgen.DirWriter{Dir: dir}, benchgen.Options{Bytes: 1e6, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var size int64
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		size += info.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			if _, errs := ReadAll(p, Limits{}); len(errs) > 0 {
				b.Fatal(errs[0])
			}
		}
	}
}
