package compare

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// An outline keeps nothing of its document: a caller may reuse the
// document (its entities, sentences, key strings) once OutlineOf returns.
// Outlines taken through the same pooled buffers in different orders, each
// document scribbled over right after, must equal those of fresh
// documents.
func TestOutlineOfKeepsNothingOfTheDoc(t *testing.T) {
	tests := []struct {
		name    string
		reverse bool
	}{
		{"batch order", false},
		{"reverse order", true},
	}
	fresh, _ := benchdocs.Docs(t, 200_000, 3)
	want := make([]Outline, len(fresh))
	for i, d := range fresh {
		want[i] = OutlineOf(d)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, _ := benchdocs.Docs(t, 200_000, 3)
			order := make([]int, len(docs))
			for i := range order {
				order[i] = i
				if tc.reverse {
					order[i] = len(docs) - 1 - i
				}
			}
			got := make([]Outline, len(docs))
			for _, i := range order {
				got[i] = OutlineOf(docs[i])
				scribble(docs[i])
			}
			for i := range got {
				if !slices.Equal(got[i].ties.keys, want[i].ties.keys) || !slices.Equal(got[i].hashes, want[i].hashes) ||
					!got[i].ties.published.Equal(want[i].ties.published) {
					t.Fatalf("document %d: outline %v / %v, want %v / %v", i, got[i].ties.keys, got[i].hashes, want[i].ties.keys, want[i].hashes)
				}
			}
		})
	}
}

// scribble overwrites what a reused document would: its entities' keys
// (in place, as bytes of a reused buffer would be) and its sentences'
// hashes.
func scribble(d *claims.Doc) {
	for _, s := range d.Sentences {
		s.Hash = ^s.Hash
		for k := range s.Entities {
			s.Entities[k].Key = "scribbled"
		}
	}
}
