package claims

import (
	"math/rand"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/text"
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

// TestPairHasherGivesFoldedHash: sentences hashed two at a time, with
// furniture between them skipped, get text.FoldedHash of their text.
func TestPairHasherGivesFoldedHash(t *testing.T) {
	cases := []struct{ name, body string }{
		{"one sentence", "The quake struck at dawn."},
		{"two sentences", "The quake struck at dawn. It killed 12 people."},
		{"odd count", "One. Two  spaced. Three\u00a0here."},
		{"furniture between", "The quake struck.\nAdvertisement\nIt killed 12 people. Rescuers dug on."},
		{"repeated lede", "The quake struck.\n\nThe  quake struck."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src, err := source.Parse("a.txt", "", []byte("Headline\n\n"+c.body+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			d := &Doc{Source: src}
			sentenceStage{}.Run(d)
			if len(d.Sentences) == 0 {
				t.Fatal("no sentences")
			}
			for _, s := range d.Sentences {
				if want := text.FoldedHash(s.Text(src)); s.Hash != want {
					t.Errorf("%q: hash %x, want %x", s.Text(src), s.Hash, want)
				}
			}
		})
	}
}
