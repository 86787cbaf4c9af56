package store

import (
	"reflect"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// spillRecords are the spill records of docs, one buffer reused for all
// as the spill's chunks are, each record cut from a copy of it.
func spillRecords(t testing.TB, docs []*claims.Doc) [][]byte {
	t.Helper()
	var buf []byte
	out := make([][]byte, len(docs))
	for i, d := range docs {
		var err error
		if buf, err = AppendSpillDoc(buf[:0], d); err != nil {
			t.Fatalf("%s: %v", d.Source.ID, err)
		}
		out[i] = slices.Clone(buf)
	}
	return out
}

// TestSpillRecordsReadAsStoreRecords: every fixture batch's and a
// generated batch's documents, written as spill records and read back
// through one arena (reset every few documents, as a story's are) in
// several orders, equal what the store's records give, words included.
func TestSpillRecordsReadAsStoreRecords(t *testing.T) {
	var docs []*claims.Doc
	for _, name := range batchNames(t) {
		docs = append(docs, readBatch(t, name)...)
	}
	generated, _ := generatedDocs(t, 256<<10, 3)
	docs = append(docs, generated...)
	spill := spillRecords(t, docs)
	want := make([]*claims.Doc, len(docs))
	for i, d := range docs {
		data, err := EncodeDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		if want[i], err = DecodeDoc(data); err != nil {
			t.Fatal(err)
		}
	}
	forward := make([]int, len(docs))
	for i := range forward {
		forward[i] = i
	}
	backward := slices.Clone(forward)
	slices.Reverse(backward)
	strided := make([]int, 0, len(docs))
	for start := range 7 {
		for i := start; i < len(docs); i += 7 {
			strided = append(strided, i)
		}
	}
	arena := new(DocArena) // one for every order: each starts where the last left it
	for _, tc := range []struct {
		name  string
		order []int
	}{{"forward", forward}, {"backward", backward}, {"strided", strided}} {
		t.Run(tc.name, func(t *testing.T) {
			for n, i := range tc.order {
				if n%5 == 0 {
					arena.Reset()
				}
				got, err := arena.DecodeSpillIn(spill[i])
				if err != nil {
					t.Fatalf("%s: %v", docs[i].Source.ID, err)
				}
				if !reflect.DeepEqual(got, want[i]) || !sameWords(got, want[i]) {
					t.Fatalf("%s: the spill record reads back otherwise than the store's", docs[i].Source.ID)
				}
			}
		})
	}
}

// TestSpillAndStoreRecordsRefuseEachOther: a spill record is not a store
// record, nor the other way round, so that neither is misread.
func TestSpillAndStoreRecordsRefuseEachOther(t *testing.T) {
	d := readBatch(t, "earthquake")[0]
	stored, err := EncodeDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	spill := spillRecords(t, []*claims.Doc{d})[0]
	for _, tc := range []struct {
		name string
		read func() (*claims.Doc, error)
	}{
		{"DecodeDoc of a spill record", func() (*claims.Doc, error) { return DecodeDoc(spill) }},
		{"DecodeIn of a spill record", func() (*claims.Doc, error) { return new(DocArena).DecodeIn(spill) }},
		{"DecodeSpillIn of a store record", func() (*claims.Doc, error) { return new(DocArena).DecodeSpillIn(stored) }},
	} {
		if _, err := tc.read(); err == nil {
			t.Errorf("%s: read without an error", tc.name)
		}
	}
}

// FuzzDecodeSpillIn: no bytes make the spill decoder panic, and what it
// accepts is a document whose pointers all lie inside it, which encodes
// again.
func FuzzDecodeSpillIn(f *testing.F) {
	for _, enc := range spillRecords(f, readBatch(f, "earthquake")[:2]) {
		f.Add(enc)
	}
	f.Add([]byte{})
	arena := new(DocArena) // shared by the inputs, as by a worker's stories
	reads := 0
	f.Fuzz(func(t *testing.T, data []byte) {
		if reads++; reads%3 == 0 {
			arena.Reset()
		}
		d, err := arena.DecodeSpillIn(data)
		if err != nil {
			return
		}
		for _, m := range d.Mentions {
			if m.Doc != d || m.Sentence != nil && !slices.Contains(d.Sentences, m.Sentence) {
				t.Fatal("a mention points outside its document")
			}
		}
		if _, err := AppendSpillDoc(nil, d); err != nil {
			t.Fatalf("a decoded document does not encode: %v", err)
		}
	})
}
