package compare

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/internal/benchgen/benchdocs"
)

// Where the "class" key comes first, every pair in order (allLinks) is
// what walking the keys' lists gives (indexedLinks), on every class of
// every story of a generated batch.
func TestAllLinksAreIndexedLinks(t *testing.T) {
	tests := []struct {
		bytes int64
		seed  uint64
	}{
		{200_000, 1},
		{200_000, 7},
	}
	for _, tc := range tests {
		docs, _ := benchdocs.Docs(t, tc.bytes, tc.seed)
		docs, _ = dropDuplicates(docs)
		compared := 0
		for _, story := range storyBlocks(docs) {
			resolveAliases(story)
			st := prepareStory(story, recentDays)
			for _, class := range st.classes {
				ms := st.byClass[class]
				if len(ms) > maxKeyMentions || !classKeyFirst(ms, st.words) {
					continue
				}
				got := allLinks(len(ms), newPairScores(ms, st.profiles))
				want := indexedLinks(ms, st.profiles, newPairScores(ms, st.profiles), st.words)
				if !slices.Equal(got, want) {
					t.Fatalf("seed %d, class %s of %d mentions: allLinks %v, indexedLinks %v", tc.seed, class, len(ms), got, want)
				}
				compared++
			}
		}
		if compared == 0 {
			t.Fatalf("seed %d: no class compared", tc.seed)
		}
	}
}

// classKeyFirst holds for kind-prefixed keys only.
func TestClassKeyFirst(t *testing.T) {
	tests := []struct {
		keys []string
		want bool
	}{
		{[]string{"person:ana lopes", "country:IT", "org:un"}, true},
		{nil, true},
		{[]string{"person:ana lopes", ""}, false},
		{[]string{"class"}, false},
		{[]string{"city:rome"}, false},
		{[]string{"classic"}, true},
	}
	for _, tc := range tests {
		sw := newStoryWords()
		in := &mentionInfo{}
		for _, k := range tc.keys {
			in.keys = append(in.keys, mentionKey{id: sw.id(k)})
		}
		if got := classKeyFirst([]*mentionInfo{in}, sw); got != tc.want {
			t.Errorf("classKeyFirst(%q) = %v, want %v", tc.keys, got, tc.want)
		}
	}
}
