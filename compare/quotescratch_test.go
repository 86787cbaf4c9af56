package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// A quote scratch reused from story to story finds each story's speaker
// conflicts as a fresh one does.
func TestQuoteScratchReuseIsFresh(t *testing.T) {
	stories := aliasedStories(t, 1_000_000, 3)
	want := checkReuseIsFresh(t, stories, func() *quoteScratch { return &quoteScratch{ids: map[string]int32{}} }, quotesWith)
	if !slices.ContainsFunc(want, func(w string) bool { return w != "" }) {
		t.Fatal("no story has a speaker conflict: the test compares nothing")
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
