package store

import (
	"fmt"
	"github.com/claimcheck/claimcheck/claims/text"
	"reflect"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// storyBatch is a fixture batch as pass 2 of a large check sees it: its
// documents' outlines and their records.
type storyBatch struct {
	name     string
	outlines []compare.Outline
	records  [][]byte
}

func storyBatches(t *testing.T) []storyBatch {
	t.Helper()
	var out []storyBatch
	for _, name := range batchNames(t) {
		b := storyBatch{name: name}
		for _, d := range readBatch(t, name) {
			data, err := EncodeDoc(d)
			if err != nil {
				t.Fatal(err)
			}
			b.records = append(b.records, data)
			b.outlines = append(b.outlines, compare.OutlineOf(d))
		}
		out = append(out, b)
	}
	return out
}

// TestArenaReusedAcrossStories reads every fixture batch's documents
// through one arena, reset after each batch is checked, in several
// orders: each document read must equal a fresh DecodeDoc of its record
// (nothing left of the documents read before), and each batch's report,
// rendered once every later batch has reused the arena, must be the one
// a fresh decoding gives (nothing of a result points into the arena).
func TestArenaReusedAcrossStories(t *testing.T) {
	batches := storyBatches(t)
	want := make([]string, len(batches))
	for i, b := range batches {
		res, err := compare.CheckOutlines(b.outlines, func(story []int) ([]*claims.Doc, error) {
			return decodeFresh(b, story)
		}, compare.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = jsonReport(t, res)
	}
	forward := make([]int, len(batches))
	for i := range forward {
		forward[i] = i
	}
	backward := slices.Clone(forward)
	slices.Reverse(backward)
	var interleaved []int
	for i := range (len(forward) + 1) / 2 {
		interleaved = append(interleaved, i)
		if j := len(forward) - 1 - i; j != i {
			interleaved = append(interleaved, j)
		}
	}
	arena := new(DocArena) // one for every order: each starts where the last left it
	for _, tc := range []struct {
		name  string
		order []int
	}{{"forward", forward}, {"backward", backward}, {"interleaved", interleaved}} {
		t.Run(tc.name, func(t *testing.T) {
			results := make([]*compare.Result, len(batches))
			for _, i := range tc.order {
				b := batches[i]
				res, err := compare.CheckOutlinesReusing(b.outlines, func(story []int) ([]*claims.Doc, func(), error) {
					docs := make([]*claims.Doc, len(story))
					for j, k := range story {
						d, err := arena.DecodeIn(b.records[k])
						if err != nil {
							return nil, arena.Reset, err
						}
						// A worker's goroutine: errors, not t.Fatal.
						if fresh, _ := DecodeDoc(b.records[k]); !reflect.DeepEqual(d, fresh) || !sameWords(d, fresh) {
							return nil, arena.Reset, fmt.Errorf("%s: %s read through the arena differs from a fresh reading", b.name, d.Source.ID)
						}
						docs[j] = d
					}
					return docs, arena.Reset, nil
				}, compare.Options{})
				if err != nil {
					t.Fatal(err)
				}
				results[i] = res
			}
			for i, res := range results {
				if got := jsonReport(t, res); got != want[i] {
					t.Errorf("%s: the report changed once later batches reused the arena", batches[i].name)
				}
			}
		})
	}
}

// decodeFresh reads the story's documents with DecodeDoc.
func decodeFresh(b storyBatch, story []int) ([]*claims.Doc, error) {
	docs := make([]*claims.Doc, len(story))
	for j, k := range story {
		d, err := DecodeDoc(b.records[k])
		if err != nil {
			return nil, err
		}
		docs[j] = d
	}
	return docs, nil
}

// BenchmarkDecodeInArena is BenchmarkDecodeDoc through one arena reset
// after each batch, as pass 2 reads a story.
func BenchmarkDecodeInArena(b *testing.B) {
	data, text := encodedBatch(b, "earthquake")
	b.SetBytes(int64(text))
	b.ReportAllocs()
	arena := new(DocArena)
	for b.Loop() {
		for _, enc := range data {
			if _, err := arena.DecodeIn(enc); err != nil {
				b.Fatal(err)
			}
		}
		arena.Reset()
	}
}

// FuzzDecodeInArena: reading bytes through an arena, reset after every
// few records, gives what DecodeDoc gives, an error where it errs.
func FuzzDecodeInArena(f *testing.F) {
	data, _ := encodedBatch(f, "earthquake")
	for _, enc := range data[:2] {
		f.Add(enc)
	}
	f.Add([]byte{})
	arena := new(DocArena) // shared by the inputs, as by a worker's stories
	reads := 0
	f.Fuzz(func(t *testing.T, data []byte) {
		if reads++; reads%3 == 0 {
			arena.Reset()
		}
		want, wantErr := DecodeDoc(data)
		got, err := arena.DecodeIn(data)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("arena: %v, DecodeDoc: %v", err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatal("the arena's document differs from DecodeDoc's")
		}
	})
}

// sameWords reports whether a and b's sentences hold the same words,
// text and lower case compared in full: reflect.DeepEqual reads only the
// first byte a word's text and lower-case pointers point to.
func sameWords(a, b *claims.Doc) bool {
	if a == nil || b == nil {
		return a == b
	}
	if len(a.Sentences) != len(b.Sentences) {
		return false
	}
	for i, s := range a.Sentences {
		if !text.EqualWords(s.Words, b.Sentences[i].Words) {
			return false
		}
	}
	return true
}
