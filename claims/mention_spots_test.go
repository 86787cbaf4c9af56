package claims

import (
	"math/rand"
	"testing"
)

// TestSpotsAnswerAsTheWalks: whatever order the walks ask in, an entity's
// spot gives what wordIndex, locativeBefore and relativeClauseAt give; one
// buffer serves the sentences of several documents in turn, as runWith's
// serves a document's, so nothing of an earlier sentence is read.
func TestSpotsAnswerAsTheWalks(t *testing.T) {
	srcs, err := benchCorpus()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(1))
	var buf [4]entitySpot // small: sentences with more names grow their own
	checked := 0
	for _, src := range srcs {
		d := &Doc{Source: src}
		for _, st := range Pipeline {
			if _, compact := st.(compactStage); !compact { // keep the words
				st.Run(d)
			}
		}
		for _, s := range d.Sentences {
			spots := spotsOf(s, buf[:0])
			for _, q := range rng.Perm(3 * len(s.Entities)) {
				k := q / 3
				wi := wordIndex(s.Words, s.Entities[k].Start)
				var got, want any
				switch q % 3 {
				case 0:
					got, want = spots.wordAt(k), wi
				case 1:
					got, want = spots.locative(k), locativeBefore(s.Words, wi)
				case 2:
					got, want = spots.clause(k), relativeClauseAt(s.Words, wi)
				}
				if got != want {
					t.Fatalf("%s: entity %q, question %d: spot %v, walk %v", src.ID, s.Entities[k].Text, q%3, got, want)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no entity asked about")
	}
}
