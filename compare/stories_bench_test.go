package compare

import (
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/benchgen"
)

// BenchmarkCheckStories times checkStoryWith alone (aliases, grouping,
// comparators) over the stories of a generated 5 MB batch, one story
// after another on one goroutine, per byte of article text. The stories
// are cut and extracted once; checking them again finds their keys
// resolved already, which costs what resolving them costs.
func BenchmarkCheckStories(b *testing.B) {
	var c benchgen.Collector
	if err := benchgen.Generate(&c, benchgen.Options{Bytes: 5_000_000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	var docs []*claims.Doc
	for _, a := range c.Articles {
		src, err := source.Parse(a.Name, "", a.Text)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, claims.Extract(src))
	}
	docs, _ = dropDuplicates(docs)
	stories := storyBlocks(docs)
	b.SetBytes(c.Bytes)
	for b.Loop() {
		for _, story := range stories {
			checkedEvents(checkStoryWith(story, recentDays, Comparators))
		}
	}
}
