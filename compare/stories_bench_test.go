package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// BenchmarkCheckStories times checkStoryWith alone (aliases, grouping,
// comparators) over the stories of a generated 5 MB batch, one story
// after another on one goroutine, per byte of article text. The stories
// are cut and extracted once; checking them again finds their keys
// resolved already, which costs what resolving them costs.
func BenchmarkCheckStories(b *testing.B) {
	docs, size := benchdocs.Docs(b, 5_000_000, 1)
	docs, _ = dropDuplicates(docs)
	stories := storyBlocks(docs)
	b.SetBytes(size)
	for b.Loop() {
		for _, story := range stories {
			checkedEvents(checkStoryWith(story, recentDays, Comparators))
		}
	}
}
