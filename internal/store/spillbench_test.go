package store

import "testing"

// BenchmarkAppendDocGenerated writes ~4 MB of generated articles into one
// reused buffer, as the spill does, per byte of article text.
func BenchmarkAppendDocGenerated(b *testing.B) {
	docs, size := generatedDocs(b, 4<<20, 11)
	b.SetBytes(size)
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		for _, d := range docs {
			var err error
			if buf, err = AppendDoc(buf[:0], d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDecodeInGenerated reads ~4 MB of generated articles back
// through one arena, reset every eight documents (a story), as pass 2 does.
func BenchmarkDecodeInGenerated(b *testing.B) {
	docs, size := generatedDocs(b, 4<<20, 11)
	var data [][]byte
	for _, d := range docs {
		enc, err := EncodeDoc(d)
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
			if _, err := arena.DecodeIn(enc); err != nil {
				b.Fatal(err)
			}
			if i%8 == 7 {
				arena.Reset()
			}
		}
		arena.Reset()
	}
}
