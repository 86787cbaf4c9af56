package claims

import (
	"reflect"
	"strings"
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

// TestScratchLowerBufferReusedInAnyOrder: a Scratch's words take their
// lower case from one buffer reused from document to document; in any
// order of documents (a long one growing the buffer after short ones,
// short ones reusing a grown buffer), every document's words are the
// words text.Words gives, and its claims are those of a fresh Extract.
func TestScratchLowerBufferReusedInAnyOrder(t *testing.T) {
	texts := []string{
		"Officials said the quake killed 12 people on Monday. \"It was terrible,\" Mr. Smith said.\n\nThe U.S. team arrived.",
		"Ünal İstanbul’da. A FIRE DESTROYED 40 HOMES in the town of X, POLICE said. Ⱥb İx DDEe – ‘Ⓑ’ Ff. ÇA VA ÉTÉ.",
		strings.Repeat("The Governor of TEXAS, Greg ABBOTT, said on Tuesday that 3,000 Residents of HOUSTON were EVACUATED. ", 40),
		"no capitals at all here, just words.",
	}
	for _, order := range [][]int{{0, 1, 2, 3}, {2, 3, 1, 0}, {3, 1, 2, 0, 2, 1}} {
		var x Scratch
		for _, k := range order {
			src := mustParse(t, texts[k])
			want := Flatten(Extract(mustParse(t, texts[k])))
			b := &x.bufs
			b.lower = b.lower[:0] // as Extract does
			d := &Doc{Source: src}
			splitSentences(d, nil, b)
			for _, s := range d.Sentences {
				if w := text.Words(src.Text, s.Lead, s.End); !text.EqualWords(s.Words, w) {
					t.Errorf("order %v, text %d: sentence %d words\n got  %v\n want %v", order, k, s.Index, s.Words, w)
				}
			}
			if got := Flatten(x.Extract(src)); !reflect.DeepEqual(got, want) {
				t.Errorf("order %v, text %d: claims through the Scratch differ from a fresh Extract", order, k)
			}
		}
	}
}
