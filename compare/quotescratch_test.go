package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// A quote scratch reused from story to story finds each story's speaker
// conflicts as a fresh one does: stories taken in batch order, in reverse
// and largest first through one scratch must give what a new scratch per
// story gives.
func TestQuoteScratchReuseIsFresh(t *testing.T) {
	docs, _ := benchdocs.Docs(t, 1_000_000, 3)
	docs, _ = dropDuplicates(docs)
	stories := storyBlocks(docs)
	for _, story := range stories {
		resolveAliases(story) // keys as checkStoryWith sees them, once
	}
	want := make([]string, len(stories))
	found := 0
	for i, story := range stories {
		want[i] = quotesWith(&quoteScratch{ids: map[string]int32{}}, story)
		if want[i] != "" {
			found++
		}
	}
	if found == 0 {
		t.Fatal("no story has a speaker conflict: the test compares nothing")
	}
	tests := []struct {
		name  string
		order func(n int) []int
	}{
		{"batch order", func(n int) []int { return indexes(n) }},
		{"reverse", func(n int) []int { o := indexes(n); slices.Reverse(o); return o }},
		{"largest first", func(n int) []int {
			o := indexes(n)
			slices.SortStableFunc(o, func(a, b int) int { return len(stories[b]) - len(stories[a]) })
			return o
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := &quoteScratch{ids: map[string]int32{}}
			for _, i := range tc.order(len(stories)) {
				if got := quotesWith(sc, stories[i]); got != want[i] {
					t.Fatalf("story %d through a reused scratch:\n%s\nwant\n%s", i, got, want[i])
				}
			}
		})
	}
}

// quotesWith finds a story's quote groups with sc (then resets it) and
// writes them out: each mention's source, offset and speaker, and each
// finding.
func quotesWith(sc *quoteScratch, story []*claims.Doc) string {
	defer sc.reset()
	out := ""
	for _, g := range sc.groups(story) {
		for _, m := range g.group.Mentions {
			out += fmt.Sprintf(" %s@%d %s", m.Source(), m.TriggerStart, m.Speaker)
		}
		out += "\n"
		for _, f := range g.findings {
			out += fmt.Sprintf("  %+v\n", f)
		}
	}
	return out
}
