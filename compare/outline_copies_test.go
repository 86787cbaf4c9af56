package compare

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
)

// outlinesOf makes outlines of articles a0, a1, ... holding the given
// sentence hashes.
func outlinesOf(sets [][]uint64) []Outline {
	out := make([]Outline, len(sets))
	for i, s := range sets {
		out[i] = Outline{Source: &source.Source{ID: fmt.Sprintf("a%d", i), Headline: fmt.Sprintf("headline %d", i)}, hashes: s}
	}
	return out
}

func span(from, to uint64) []uint64 {
	var out []uint64
	for h := from; h < to; h++ {
		out = append(out, h)
	}
	return out
}

// randomSets draws n articles of 1..12 distinct sentences from a pool of
// pool sentences, some of them copies (with changes) of earlier ones.
func randomSets(r *rand.Rand, n, pool int) [][]uint64 {
	sets := make([][]uint64, n)
	for i := range sets {
		seen := map[uint64]bool{}
		var set []uint64
		if i > 0 && r.IntN(3) == 0 {
			for _, h := range sets[r.IntN(i)] {
				if r.IntN(8) > 0 {
					seen[h] = true
					set = append(set, h)
				}
			}
		}
		for k := r.IntN(12) + 1; k > 0; k-- {
			h := uint64(r.IntN(pool))
			if !seen[h] {
				seen[h] = true
				set = append(set, h)
			}
		}
		sets[i] = set
	}
	return sets
}

// dropDuplicateOutlines answers as copies, the loop dropDuplicates uses.
func TestDropDuplicateOutlinesIsCopies(t *testing.T) {
	boiler := make([][]uint64, 70) // one sentence in more than maxSharedSentence articles
	for i := range boiler {
		boiler[i] = append([]uint64{7}, span(uint64(100+10*i), uint64(103+10*i))...)
	}
	boiler = append(boiler, []uint64{7, 100, 101}, []uint64{7, 790, 791, 792})
	tests := []struct {
		name string
		sets [][]uint64
	}{
		{"none", nil},
		{"no copies", [][]uint64{span(0, 5), span(5, 10), span(10, 15)}},
		{"exact copy", [][]uint64{span(0, 5), span(5, 10), span(0, 5)}},
		{"four of five shared", [][]uint64{span(0, 5), append(span(1, 5), 99)}},
		{"three of five shared", [][]uint64{span(0, 5), append(span(2, 5), 98, 99)}},
		{"too short to tell", [][]uint64{span(0, 2), span(0, 2)}},
		{"empty articles", [][]uint64{nil, nil, span(0, 3)}},
		{"copy of a copy", [][]uint64{span(0, 10), span(0, 9), span(0, 8)}},
		{"earliest original wins", [][]uint64{span(0, 5), span(10, 15), span(0, 5), span(0, 5)}},
		{"boilerplate past the cap", boiler},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20 {
		tests = append(tests, struct {
			name string
			sets [][]uint64
		}{fmt.Sprintf("random %d", i), randomSets(r, 40+20*i, 30+10*i)})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			outlines := outlinesOf(tc.sets)
			sources := make([]*source.Source, len(outlines))
			for i, o := range outlines {
				sources[i] = o.Source
			}
			wantKept, wantFindings := copies(tc.sets, sources)
			gotKept, gotFindings := dropDuplicateOutlines(outlines)
			if !reflect.DeepEqual(gotKept, wantKept) {
				t.Errorf("kept %v, want %v", gotKept, wantKept)
			}
			if !reflect.DeepEqual(gotFindings, wantFindings) {
				t.Errorf("findings %v, want %v", gotFindings, wantFindings)
			}
			// Fed one at a time into an index made for far fewer
			// sentences (it grows), as claimcheck's checkStories feeds it.
			f := NewCopyFinder(1)
			for _, o := range outlines {
				f.Add(o)
			}
			if f.Len() != len(outlines) || !reflect.DeepEqual(f.kept, wantKept) || !reflect.DeepEqual(f.findings, wantFindings) {
				t.Errorf("CopyFinder: %d added, kept %v, findings %v; want kept %v, findings %v",
					f.Len(), f.kept, f.findings, wantKept, wantFindings)
			}
		})
	}
}

// BenchmarkDropDuplicateOutlines times copy detection, a serial stretch
// of a story-by-story check, over 12,000 articles of 25 sentences of
// their own and 4 of a pool of 5,000 that many articles share (as a
// generated 50 MB batch has: 300k sentences, 43k of them in several
// articles), one article in fifty a copy.
func BenchmarkDropDuplicateOutlines(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	sets := make([][]uint64, 12_000)
	for i := range sets {
		if i > 0 && i%50 == 0 {
			sets[i] = sets[r.IntN(i)]
			continue
		}
		for range 25 {
			sets[i] = append(sets[i], r.Uint64())
		}
		for k := range 4 {
			sets[i] = append(sets[i], uint64(k*5_000/4+r.IntN(5_000/4))) // distinct
		}
	}
	outlines := outlinesOf(sets)
	b.Run("made for them", func(b *testing.B) {
		b.SetBytes(50 << 20)
		for b.Loop() {
			dropDuplicateOutlines(outlines)
		}
	})
	b.Run("fed, growing", func(b *testing.B) { // as claimcheck's checkStories feeds it during pass 1
		b.SetBytes(50 << 20)
		for b.Loop() {
			f := NewCopyFinder(len(outlines))
			for _, o := range outlines {
				f.Add(o)
			}
		}
	})
}

// hashSlots answers as the map it replaces, for every key set and for
// keys never set, with 0 and keys sharing their home slot among them.
func TestHashSlotsIsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	tests := []struct {
		name string
		keys []uint64
	}{
		{"none", nil},
		{"zero key", []uint64{0}},
		{"small keys", span(0, 100)},
		{"one home slot", []uint64{1 << 60, 2 << 60, 3 << 60, 1<<60 + 1}}, // alike in their high bits
		{"random, table full to half", nil},
	}
	for range 5000 {
		tests[len(tests)-1].keys = append(tests[len(tests)-1].keys, r.Uint64())
	}
	for _, tc := range tests {
		for _, size := range []int{len(tc.keys), 1} { // made for them all, or grown to them
			t.Run(fmt.Sprintf("%s/made for %d", tc.name, size), func(t *testing.T) {
				testHashSlots(t, newHashSlots(size), tc.keys)
			})
		}
	}
}

func testHashSlots(t *testing.T, table hashSlots, keys []uint64) {
	t.Helper()
	want := map[uint64]int32{}
	for i, k := range keys {
		if _, ok := want[k]; ok {
			continue
		}
		ref := int32(i + 1)
		if i%3 == 0 {
			ref = int32(-1 - i)
		}
		*table.slot(k) = ref
		want[k] = ref
	}
	for _, k := range append(keys, 12345, 1<<63, 7<<60) {
		if got := table.get(k); got != want[k] {
			t.Errorf("get(%#x) = %d, want %d", k, got, want[k])
		}
	}
	for k, ref := range want {
		if got := *table.slot(k); got != ref {
			t.Errorf("slot(%#x) holds %d, want %d", k, got, ref)
		}
	}
	if 2*table.used > len(table.keys) {
		t.Errorf("%d slots used of %d", table.used, len(table.keys))
	}
}
