package claims

import (
	"math/rand"
	"testing"
)

// TestHashSetAnswersAsMap: hashSet.add says "new" exactly when a map of
// the hashes added before would, for articles below and above the size
// where it switches from scanning to a map.
func TestHashSetAnswersAsMap(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 5, maxScannedSentences - 1, maxScannedSentences, maxScannedSentences + 1, 500} {
		for _, distinct := range []int{1, 3, n/2 + 1, 4 * n} {
			hashes := make([]uint64, n)
			for i := range hashes {
				hashes[i] = uint64(rng.Intn(distinct + 1))
			}
			set := newHashSet(n)
			want := map[uint64]bool{}
			var kept []Sentence
			for i, h := range hashes {
				got := set.add(h, kept)
				if got != !want[h] {
					t.Fatalf("n=%d distinct=%d: add(%d) at %d = %v, map says new=%v", n, distinct, h, i, got, !want[h])
				}
				want[h] = true
				kept = append(kept, Sentence{Hash: h})
			}
		}
	}
}
