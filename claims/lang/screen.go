package lang

// Screen answers Detect's question for a text about to be kept or left
// out, reading a sample of a long text instead of all of it: the first
// screenHead and the last screenTail bytes. When both are English beyond
// doubt (no letter of another script, enough words, a large share of
// English function words and a small one of any other language's) the
// text is English and the Guess's counts are the sample's; otherwise the
// rest is read and the Guess is Detect's, exactly. For a long text to be
// judged otherwise by Detect, what lies between a clearly English opening
// and ending would have to be another language's prose, several times
// longer than both: news articles are not written so (a test holds the
// verdicts of every fixture, seed and generated article to Detect's).
func Screen(text string) Guess {
	if len(text) < screenMinBytes {
		return Detect(text)
	}
	headEnd := wordBoundary(text, screenHead)
	var head, tail tally
	head.scan(text[:headEnd])
	head.spreadSetHits()
	if head.clearlyEnglish(screenHeadWords) {
		tail.scan(text[wordBoundary(text, len(text)-screenTail):])
		tail.spreadSetHits()
		if tail.clearlyEnglish(screenTailWords) {
			return head.decide()
		}
	}
	// Undecided: read the rest on from the head's counts. scan's state
	// between words is only its counts, and headEnd is between words, so
	// this counts exactly what one scan of the whole text counts.
	head.hits = [numLanguages]int{}
	head.scan(text[headEnd:])
	head.spreadSetHits()
	return head.decide()
}

// The sample Screen reads, and what it must hold to decide alone. A head
// of 1 KiB is 150-200 words of news prose; English news has 30-50 % of
// English function words and under 10 % of any other language's.
const (
	screenHead = 1 << 10
	screenTail = 1 << 9
	// screenMinBytes: shorter texts are read whole, as the sample would
	// be most of them.
	screenMinBytes = 3 * (screenHead + screenTail) / 2
	// screenHeadWords and screenTailWords are the fewest words a part of
	// the sample must have to decide.
	screenHeadWords = 120
	screenTailWords = 50
	// screenMinEnglish is the least share of English function words, and
	// screenMaxForeign the largest share of another language's, of a
	// clearly English part.
	screenMinEnglish = 0.20
	screenMaxForeign = 0.08
)

// clearlyEnglish reports whether the counted text (its hits spread) is
// English beyond doubt: at least minWords words, no letter of a non-Latin
// script, English function words at least screenMinEnglish of the words
// and every other language's at most screenMaxForeign and under half the
// English share.
func (t *tally) clearlyEnglish(minWords int) bool {
	for _, n := range t.scripts {
		if n > 0 {
			return false
		}
	}
	if t.words < minWords {
		return false
	}
	en := t.share(english)
	_, foreign := t.bestForeign()
	return en >= screenMinEnglish && foreign <= screenMaxForeign && 2*foreign < en
}

// wordBoundary returns the first offset at or after i where text has an
// ASCII byte that is no letter (or its end): scan keeps no state across
// such a byte but its counts, so text may be cut there into parts that
// are scanned one after the other.
func wordBoundary(text string, i int) int {
	for i < len(text) && (text[i] >= 0x80 || isASCIILetter(text[i])) {
		i++
	}
	return i
}
