package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// A scratch reused from story to story groups each story as a fresh one
// does, whatever stories it grouped before: stories taken in batch order,
// in reverse and largest first through one scratch must give the groups
// of a new scratch per story.
func TestStoryScratchReuseIsFresh(t *testing.T) {
	docs, _ := benchdocs.Docs(t, 300_000, 5)
	docs, _ = dropDuplicates(docs)
	stories := storyBlocks(docs)
	for _, story := range stories {
		resolveAliases(story) // keys as checkStoryWith sees them, once
	}
	want := make([]string, len(stories))
	for i, story := range stories {
		want[i] = groupedWith(newStoryScratch(), story)
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
			sc := newStoryScratch()
			for _, i := range tc.order(len(stories)) {
				if got := groupedWith(sc, stories[i]); got != want[i] {
					t.Fatalf("story %d through a reused scratch:\n%s\nwant\n%s", i, got, want[i])
				}
			}
		})
	}
}

// groupedWith groups a story with sc (then resets it) and writes the
// groups out: class, strength and each mention's source and offset.
func groupedWith(sc *storyScratch, story []*claims.Doc) string {
	defer splitStoryWords(story)()
	defer sc.reset()
	st := sc.prepare(story, recentDays)
	out := ""
	for _, c := range st.classes {
		for _, g := range sc.groupClass(st.byClass[c], st.profiles, st.words) {
			out += fmt.Sprintf("%s %.6f:", g.Class, g.Strength)
			for _, m := range g.Mentions {
				out += fmt.Sprintf(" %s@%d", m.Source(), m.TriggerStart)
			}
			out += "\n"
		}
	}
	return out
}

func indexes(n int) []int {
	o := make([]int, n)
	for i := range o {
		o[i] = i
	}
	return o
}
