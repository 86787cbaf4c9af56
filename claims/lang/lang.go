package lang

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Thresholds of the decision, from the shares seen in news prose: English
// articles have 30–50% English function words, articles in the other listed
// languages 25–45% of their own and under 10% of English ones.
const (
	// minWords is the fewest words whose shares mean anything; shorter
	// texts are taken as English, since refusing them would lose more
	// than misreading them risks.
	minWords = 20
	// minForeignShare is the share of a foreign language's function words
	// needed to call a text that language.
	minForeignShare = 0.10
	// minScriptLetters is the fewest letters of a non-Latin script that
	// can make a text "not English".
	minScriptLetters = 20
	// unknownMinWords and unknownMaxShare: a long text with almost no
	// function words of any listed language is in some other language
	// written in Latin letters. Real English prose never gets this low.
	unknownMinWords = 100
	unknownMaxShare = 0.03
	// evidenceWords is how many words make the confidence full.
	evidenceWords = 100
)

// Guess is what Detect concluded about a text.
type Guess struct {
	// English is false only when the text is clearly in another language;
	// a text too short to tell is English.
	English bool
	// Language names what the text looks like: "English", "Spanish",
	// "Cyrillic script", "an unknown language", or "" when too short to
	// tell.
	Language string
	// Confidence in [0, 1]: the margin between English and the best other
	// language, scaled down for texts of fewer than evidenceWords words.
	// Zero when the text is too short to tell.
	Confidence float64
	// Words is the number of words counted; EnglishShare the share of them
	// that are English function words.
	Words        int
	EnglishShare float64
}

// IsEnglish reports whether text is English prose, with the confidence of
// that answer. Texts too short to tell are English with confidence 0.
func IsEnglish(text string) (ok bool, confidence float64) {
	g := Detect(text)
	return g.English, g.Confidence
}

// Detect counts function words and scripts in one pass over text and says
// what language it looks like.
func Detect(text string) Guess {
	var t tally
	t.scan(text)
	t.spreadSetHits()
	return t.decide()
}

// tally holds the counts of one pass.
type tally struct {
	words int
	// setHits counts the function words by their language set while
	// scanning; spreadSetHits turns them into hits per language.
	setHits [maxSetIDs]int
	hits    [numLanguages]int
	latin   int // letters of the Latin script
	scripts [len(scripts)]int
	// lastScript indexes the script of the last non-Latin letter.
	lastScript int
}

// scan reads text once, word by word. A word is a run of letters; an
// apostrophe ends it, so French "l'armée" gives the function word "l".
// The loop here only skips what is between words; word reads each word
// in a loop of its own, which keeps the state of a word out of the
// separators' path.
func (t *tally) scan(text string) {
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			i = t.word(text, i)
			continue
		}
		if !isASCIILetter(c) {
			i++
			continue
		}
		i = t.asciiWord(text, i)
	}
}

// asciiWordLetter marks the ASCII letters, for the loop that finds where
// a word ends (one load per byte instead of two comparisons).
var asciiWordLetter = func() (tab [256]bool) {
	for c := range 256 {
		tab[c] = c < utf8.RuneSelf && isASCIILetter(byte(c))
	}
	return tab
}()

// asciiWord reads the word that starts with the ASCII letter text[i] and
// returns where it ends. Nearly every word of English news is ASCII; such
// a word's key is loaded eight bytes at a time and lower-cased by one OR
// (every byte of it is a letter), instead of byte by byte. A word that
// runs on into a non-ASCII byte is read again by word.
func (t *tally) asciiWord(text string, i int) int {
	j := i + 1
	for j < len(text) && asciiWordLetter[text[j]] {
		j++
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		return t.word(text, i)
	}
	n := j - i
	t.latin += n
	if n > maxWordBytes {
		t.endWord(0, 0, true)
		return j
	}
	if !functionFilter.mayHold(n, text[i]|0x20, text[j-1]|0x20) {
		t.words++ // no function word has its length and end letters
		return j
	}
	lo, hi := asciiKey(text, i, n)
	t.endWord(lo, hi, false)
	return j
}

// asciiKey is the wordKey of the n (1 to maxWordBytes) ASCII letters at
// text[i:], lower-cased.
func asciiKey(text string, i, n int) (lo, hi uint64) {
	if i+16 <= len(text) {
		lo, hi = load64(text, i), load64(text, i+8)
		if n <= 8 {
			return (lo | 0x2020202020202020) & lowBytes(n), 0
		}
		return lo | 0x2020202020202020, (hi | 0x2020202020202020) & lowBytes(n-8)
	}
	for k := range n { // near the end of the text: no eight bytes to load
		lo, hi = addByte(lo, hi, k, text[i+k]|0x20)
	}
	return lo, hi
}

// lowBytes masks the n (1 to 8) low bytes of a machine word.
func lowBytes(n int) uint64 { return ^uint64(0) >> (uint(64-8*n) & 63) }

// load64 reads text[i:i+8] as a little-endian word; the compiler makes
// it one load.
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func isASCIILetter(c byte) bool { return (c|0x20)-'a' < 26 }

// word reads the word that starts at text[i] and returns where it ends;
// a non-ASCII rune there that is no letter is skipped instead. Words are
// lower-cased into a wordKey as they are read, and only words short
// enough to be function words are looked up.
func (t *tally) word(text string, i int) int {
	var lo, hi uint64 // the word's key (a wordKey)
	n := 0            // bytes of the word in the key
	ascii := 0        // ASCII letters, all Latin
	inWord := false
	long := false // the word outgrew the key
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			i++
			ascii++
			inWord = true
			if n < maxWordBytes {
				lo, hi = addByte(lo, hi, n, c|0x20)
				n++
			} else {
				long = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			if !inWord {
				i += size // a separator of its own
			}
			break
		}
		i += size
		inWord = true
		if !t.countScript(r) {
			long = true // no function word is in another script
			continue
		}
		lower := unicode.ToLower(r)
		if n+utf8.RuneLen(lower) <= maxWordBytes {
			var enc [utf8.UTFMax]byte
			for _, b := range enc[:utf8.EncodeRune(enc[:], lower)] {
				lo, hi = addByte(lo, hi, n, b)
				n++
			}
		} else {
			long = true
		}
	}
	t.latin += ascii
	if inWord {
		t.endWord(lo, hi, long)
	}
	return i
}

// endWord counts one word and the languages it is a function word of.
func (t *tally) endWord(lo, hi uint64, long bool) {
	t.words++
	if long {
		return
	}
	t.setHits[functionTable.lookupID(lo, hi)]++
}

// spreadSetHits adds the counts of the language sets to the languages in
// them; the empty set's count (words of no language) goes nowhere.
func (t *tally) spreadSetHits() {
	for id, n := range t.setHits[1:len(functionTable.sets)] {
		for set := functionTable.sets[id+1]; set != 0; set &= set - 1 {
			t.hits[bits.TrailingZeros16(uint16(set))] += n
		}
	}
}

// scripts are the non-Latin scripts a text can be told apart by, with the
// names used in messages; Latin is counted separately.
var scripts = [...]struct {
	name  string
	table *unicode.RangeTable
}{
	{"Cyrillic script", unicode.Cyrillic},
	{"Arabic script", unicode.Arabic},
	{"Chinese or Japanese (Han script)", unicode.Han},
	{"Japanese (kana)", unicode.Hiragana},
	{"Japanese (kana)", unicode.Katakana},
	{"Korean (Hangul)", unicode.Hangul},
	{"Greek script", unicode.Greek},
	{"Hebrew script", unicode.Hebrew},
	{"Devanagari script", unicode.Devanagari},
	{"Bengali script", unicode.Bengali},
	{"Thai script", unicode.Thai},
	{"Tamil script", unicode.Tamil},
	{"Georgian script", unicode.Georgian},
	{"Armenian script", unicode.Armenian},
	{"Ethiopic script", unicode.Ethiopic},
	{"a non-Latin script", nil}, // every other script; keep it last
}

// countScript counts a non-ASCII letter under its script and reports
// whether it is Latin. Latin is tried first, since accented letters in
// names are the common case in English news, then the script of the
// previous letter, since scripts come in runs. Combining marks belong to
// the letter before them and are not counted.
func (t *tally) countScript(r rune) (latin bool) {
	switch {
	case unicode.Is(unicode.Latin, r):
		t.latin++
		return true
	case unicode.Is(unicode.Mn, r):
		return true
	}
	if last := scripts[t.lastScript].table; last != nil && unicode.Is(last, r) {
		t.scripts[t.lastScript]++
		return false
	}
	t.lastScript = len(scripts) - 1
	for i, s := range scripts[:len(scripts)-1] {
		if unicode.Is(s.table, r) {
			t.lastScript = i
			break
		}
	}
	t.scripts[t.lastScript]++
	return false
}

// decide turns the counts into a Guess.
func (t *tally) decide() Guess {
	if g, ok := t.decideScript(); ok {
		return g
	}
	g := Guess{English: true, Words: t.words}
	if t.words < minWords {
		return g
	}
	en := t.share(english)
	g.EnglishShare = en
	best, bestShare := t.bestForeign()
	evidence := min(1, float64(t.words)/evidenceWords)
	switch {
	case bestShare > en && bestShare >= minForeignShare:
		g.English = false
		g.Language = languageNames[best]
		g.Confidence = evidence * (bestShare - en) / bestShare
	case t.words >= unknownMinWords && en < unknownMaxShare && bestShare < minForeignShare:
		g.English = false
		g.Language = "an unknown language"
		g.Confidence = evidence * (unknownMaxShare - en) / unknownMaxShare
	default:
		g.Language = languageNames[english]
		if en > 0 {
			g.Confidence = evidence * max(0, en-bestShare) / en
		}
	}
	return g
}

// decideScript calls a text not English when most of its letters belong to
// one non-Latin script (an English article quoting a name in Arabic letters
// keeps a Latin majority).
func (t *tally) decideScript() (Guess, bool) {
	other, top := 0, 0
	for i, n := range t.scripts {
		other += n
		if n > t.scripts[top] {
			top = i
		}
	}
	if other < minScriptLetters || other <= t.latin {
		return Guess{}, false
	}
	letters := float64(other + t.latin)
	return Guess{
		Language:   scripts[top].name,
		Confidence: float64(other-t.latin) / letters,
		Words:      t.words,
	}, true
}

// share is the fraction of words that are function words of l.
func (t *tally) share(l language) float64 {
	if t.words == 0 {
		return 0
	}
	return float64(t.hits[l]) / float64(t.words)
}

// bestForeign is the listed foreign language with the largest share.
func (t *tally) bestForeign() (language, float64) {
	best, bestShare := language(0), 0.0
	for l := english + 1; l < numLanguages; l++ {
		if s := t.share(l); s > bestShare {
			best, bestShare = l, s
		}
	}
	return best, bestShare
}
