package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// refIndexAny4 is indexAny4 one byte at a time.
func refIndexAny4(text string, i, end int, a, b, c, d byte) int {
	for ; i < end; i++ {
		if x := text[i]; x == a || x == b || x == c || x == d {
			return i
		}
	}
	return end
}

// checkIndexAny4: from every start, for the marks Split looks
// for, indexAny4 finds what the byte loop finds.
func checkIndexAny4(t *testing.T, s string) {
	for _, set := range [][4]byte{{'\n', '.', '!', '?'}, {'\n', '"', 0xE2, 0xE2}, {0, 0x80, 0xFF, 1}} {
		for i := 0; i <= len(s); i++ {
			for _, end := range []int{len(s), (i + len(s)) / 2} {
				got := indexAny4(s, i, end, set[0], set[1], set[2], set[3])
				want := refIndexAny4(s, i, end, set[0], set[1], set[2], set[3])
				if got != want {
					t.Fatalf("indexAny4(%q, %d, %d, %q) = %d, want %d", s, i, end, set, got, want)
				}
			}
		}
	}
}

func TestIndexAny4(t *testing.T) {
	for _, s := range []string{
		"",
		"abc",
		"no marks in this sentence at all, none",
		"He said “yes.” Then \"no\"!\nNext?",
		"\x00\x01\x80\xff\x00\x00\x00\x00\x00\x00\x01",
		"aaaaaaa.aaaaaaa!aaaaaaaa?aaaaaaa\naaaaaaa\"aaaaaaa\xe2",
		// A byte one above a mark right after it, where a borrow could
		// flag a byte wrongly.
		"/.////////////-\"#####",
	} {
		checkIndexAny4(t, s)
	}
}

func FuzzIndexAny4(f *testing.F) {
	f.Add("He said “yes.” Then \"no\"!\nNext?")
	f.Add("\x00\x01\x80\xff/./\"#")
	f.Fuzz(checkIndexAny4)
}

// batchText is the articles of a generated batch (CLAIMCHECK_BATCH, e.g.
// the 1 MB batch of scripts/bench.sh) end to end, or else the synthetic
// paragraph of the other benchmarks.
func batchText(b *testing.B) string {
	if dir := os.Getenv("CLAIMCHECK_BATCH"); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		var sb strings.Builder
		for _, p := range files {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(raw)
		}
		return sb.String()
	}
	para := "Senior officials met the commander on Sunday, Nov. 24, in the capital. “We agreed,” he said. The U.S. delegation left.\n\n"
	return strings.Repeat(para, 8000)
}

func BenchmarkQuotes(b *testing.B) {
	doc := batchText(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		Quotes(doc, 0, len(doc))
	}
}

func BenchmarkSplitBatch(b *testing.B) {
	doc := batchText(b)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	var buf []Sentence
	for b.Loop() {
		buf = AppendSplit(buf[:0], doc, 0, len(doc))
	}
}

// BenchmarkWordsBatch tokenizes a batch (CLAIMCHECK_BATCH, or a repeated
// paragraph) sentence by sentence into one buffer reused every 40
// sentences, as the sentence stage reuses its word slice per article: the
// cost of writing the word records shows.
func BenchmarkWordsBatch(b *testing.B) {
	doc := batchText(b)
	sents := Split(doc, 0, len(doc))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	var buf []Word
	for b.Loop() {
		for k, s := range sents {
			if k%40 == 0 {
				clear(buf) // as the stage does: the pool keeps no text alive
				buf = buf[:0]
			}
			buf = AppendWords(buf, doc, s.Start, s.End)
		}
	}
}

// BenchmarkWordsBatchLower is BenchmarkWordsBatch with the lower case
// written into one reused buffer (AppendWordsLower), as a Scratch does.
func BenchmarkWordsBatchLower(b *testing.B) {
	doc := batchText(b)
	sents := Split(doc, 0, len(doc))
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	var buf []Word
	var low []byte
	for b.Loop() {
		for k, s := range sents {
			if k%40 == 0 {
				clear(buf)
				buf, low = buf[:0], low[:0] // the words of the last 40 sentences are done with
			}
			buf, low = AppendWordsLower(buf, low, doc, s.Start, s.End)
		}
	}
}
