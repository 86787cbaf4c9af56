package claims

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/text"
)

// TestArenaWordsMatchPerSentenceWords: the words a sentence gets from the
// shared slice are the words text.Words gives it, whether the slice is
// new or reused from an earlier article, and reusing it for a second
// article leaves the first article's claims as they were.
func TestArenaWordsMatchPerSentenceWords(t *testing.T) {
	texts := []string{
		"Officials said the quake killed 12 people on Monday. \"It was terrible,\" Mr. Smith said.\n\nThe U.S. team arrived.",
		"Ünal İstanbul’da. A fire destroyed 40 homes in the town of X, police said. No words? !",
	}
	x := takeWordScratch()
	arena := x.words
	for _, txt := range texts {
		src := mustParse(t, txt)
		d := &Doc{Source: src}
		arena = splitSentences(d, arena, nil)
		for _, s := range d.Sentences {
			if want := text.Words(src.Text, s.Lead, s.End); !text.EqualWords(s.Words, want) {
				t.Errorf("%q: sentence %d words\n got  %+v\n want %+v", txt, s.Index, s.Words, want)
			}
			s.Words = nil
		}
		if !wordsDropped(d) {
			t.Errorf("%q: words still held", txt)
		}
	}
	x.words = arena
	giveWordScratch(x, &Doc{})

	first := Extract(mustParse(t, texts[0]))
	before := Flatten(first)
	Extract(mustParse(t, texts[1]))
	if after := Flatten(first); !reflect.DeepEqual(before, after) {
		t.Errorf("a later article changed an earlier one's claims:\n before %+v\n after  %+v", before, after)
	}
}

func mustParse(t *testing.T, s string) *source.Source {
	t.Helper()
	src, err := source.Parse("a", "", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return src
}
