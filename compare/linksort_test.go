package compare

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomLinks makes n links numbered in order, their scores drawn from
// distinct values (few: many ties), NaN now and then when nan is set.
func randomLinks(r *rand.Rand, n, distinct int, nan bool) []link {
	ls := make([]link, n)
	for i := range ls {
		s := 0.7 + float64(r.IntN(distinct))/7
		if nan && r.IntN(10) == 0 {
			s = math.NaN()
		}
		ls[i] = link{score: s, a: int32(r.IntN(50)), b: int32(r.IntN(50)), n: int32(i)}
	}
	return ls
}

// TestSortLinksIsStrongerLink holds sortLinks to strongerLink's order, on
// runs shorter and longer than its insertion runs, with ties and NaNs,
// one merge buffer reused from one sort to the next as groupClass does.
func TestSortLinksIsStrongerLink(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var tmp []link
	for _, n := range []int{0, 1, 2, 11, 12, 13, 24, 25, 37, 100, 1000, 5000} {
		for _, c := range []struct {
			distinct int
			nan      bool
		}{{1, false}, {3, false}, {1000, false}, {3, true}, {1000, true}} {
			t.Run(fmt.Sprintf("n=%d/distinct=%d/nan=%v", n, c.distinct, c.nan), func(t *testing.T) {
				got := randomLinks(r, n, c.distinct, c.nan)
				want := slices.Clone(got)
				slices.SortFunc(want, strongerLink)
				tmp = sortLinks(got, tmp)
				for i := range want {
					if got[i].n != want[i].n {
						t.Fatalf("link %d: got n %d (score %v), want n %d (score %v)", i, got[i].n, got[i].score, want[i].n, want[i].score)
					}
				}
			})
		}
	}
}

// BenchmarkSortLinks sorts classes' worth of links, a hundred with ties
// (a class's typical count) and a few thousand.
func BenchmarkSortLinks(b *testing.B) {
	for _, n := range []int{100, 3000} {
		r := rand.New(rand.NewPCG(1, 2))
		ls := randomLinks(r, n, 40, false)
		work := make([]link, n)
		b.Run(fmt.Sprintf("n=%d/sortLinks", n), func(b *testing.B) {
			var tmp []link
			for b.Loop() {
				copy(work, ls)
				tmp = sortLinks(work, tmp)
			}
		})
		b.Run(fmt.Sprintf("n=%d/SortFunc", n), func(b *testing.B) {
			for b.Loop() {
				copy(work, ls)
				slices.SortFunc(work, strongerLink)
			}
		})
	}
}
