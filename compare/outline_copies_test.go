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
		})
	}
}

// BenchmarkDropDuplicateOutlines times copy detection, a serial stretch
// of a story-by-story check, over 12,000 articles of 30 sentences (about
// 50 MB of text), one in fifty a copy.
func BenchmarkDropDuplicateOutlines(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	sets := make([][]uint64, 12_000)
	for i := range sets {
		if i > 0 && i%50 == 0 {
			sets[i] = sets[r.IntN(i)]
			continue
		}
		for range 30 {
			sets[i] = append(sets[i], r.Uint64())
		}
		sets[i] = append(sets[i], uint64(r.IntN(20))) // boilerplate
	}
	outlines := outlinesOf(sets)
	b.SetBytes(50 << 20)
	for b.Loop() {
		dropDuplicateOutlines(outlines)
	}
}
