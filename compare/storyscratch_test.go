package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// A scratch reused from story to story groups each story as a fresh one
// does, whatever stories it grouped before.
func TestStoryScratchReuseIsFresh(t *testing.T) {
	stories := aliasedStories(t, 300_000, 5)
	checkReuseIsFresh(t, stories, newStoryScratch, groupedWith)
}

// aliasedStories generates a batch of about size bytes, drops its copies
// and cuts it into stories whose names are resolved, as checkStoryWith
// sees them.
func aliasedStories(t *testing.T, size int64, seed uint64) [][]*claims.Doc {
	t.Helper()
	docs, _ := benchdocs.Docs(t, size, seed)
	docs, _ = dropDuplicates(docs)
	stories := storyBlocks(docs)
	for _, story := range stories {
		resolveAliases(story)
	}
	return stories
}

// checkReuseIsFresh renders every story through one scratch reused from
// story to story, taken in batch order, in reverse and largest first, and
// requires what a new scratch per story renders. It returns the fresh
// renderings.
func checkReuseIsFresh[S any](t *testing.T, stories [][]*claims.Doc, fresh func() S, render func(S, []*claims.Doc) string) []string {
	t.Helper()
	want := make([]string, len(stories))
	for i, story := range stories {
		want[i] = render(fresh(), story)
	}
	orders := []struct {
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
	for _, tc := range orders {
		t.Run(tc.name, func(t *testing.T) {
			sc := fresh()
			for _, i := range tc.order(len(stories)) {
				if got := render(sc, stories[i]); got != want[i] {
					t.Fatalf("story %d through a reused scratch:\n%s\nwant\n%s", i, got, want[i])
				}
			}
		})
	}
	return want
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
