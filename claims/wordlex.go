package claims

import "github.com/claimcheck/claimcheck/claims/text"

// wordLex is what the per-word lexicons of the hedge and mention stages
// say of one lower-case word: the triggers and start verbs it opens, the
// hedge phrases it opens, whether it is a verb of saying, which owned
// thing it names. Those stages asked five maps about every word of every
// sentence, and nearly every word is in none of them; one table answers
// all five with one lookup
// (one miss for an unknown word), done once per word by lexiconOf.
type wordLex struct {
	triggers []triggerDef // triggers[w]
	start    []string     // startVerbs[w]: the phrase of a "broke out" verb
	hedges   []string     // hedges[w]
	speech   bool         // speechVerbs[w]
	owned    string       // ownedThings[w]: the thing's folded name
	kinds    lexKinds     // which of the fields above are set
	needs    triggerNeeds // the needs… tables w is in (appendTriggers)
}

// lexKinds says which lexicons a word, or any word of a sentence, is in,
// one bit each: sentenceLexicons sums them per sentence, and the stages
// pass over a sentence whose words open nothing they look for (seven
// sentences in ten have no trigger word, nine in ten no hedge) instead of
// walking its words' entries.
type lexKinds uint8

const (
	lexTrigger lexKinds = 1 << iota // triggers or start
	lexHedge                        // hedges
	lexSpeech                       // speech
	lexOwned                        // owned
)

// triggerNeeds says which needs… tables of trigger.go hold a trigger
// word, one bit each: appendTriggers asked four maps about every trigger
// it read.
type triggerNeeds uint8

const (
	needAircraft         triggerNeeds = 1 << iota // needsAircraft
	needPrice                                     // needsPrice
	needStructure                                 // needsStructure
	needStructureSubject                          // needsStructureSubject
)

// wordLexicon merges the lexicons wordLex stands for. It is read-only
// after package initialisation (the maps it is built from are complete
// by then: Go initialises a package variable after those it reads).
var wordLexicon = buildWordLexicon()

func buildWordLexicon() map[string]*wordLex {
	out := map[string]*wordLex{}
	entry := func(w string) *wordLex {
		e := out[w]
		if e == nil {
			e = &wordLex{}
			out[w] = e
		}
		return e
	}
	for w, defs := range triggers {
		entry(w).triggers = defs
	}
	for w, form := range startVerbs {
		entry(w).start = form
	}
	for w, hs := range hedges {
		entry(w).hedges = hs
	}
	for w := range speechVerbs {
		if speechVerbs[w] {
			entry(w).speech = true
		}
	}
	for w, thing := range ownedThings {
		entry(w).owned = thing
	}
	for w, e := range out {
		e.kinds = kindsOf(e)
		e.needs = needsOf(w)
	}
	return out
}

// kindsOf sums the lexicons e holds its word in.
func kindsOf(e *wordLex) lexKinds {
	var k lexKinds
	if e.triggers != nil || e.start != nil {
		k |= lexTrigger
	}
	if e.hedges != nil {
		k |= lexHedge
	}
	if e.speech {
		k |= lexSpeech
	}
	if e.owned != "" {
		k |= lexOwned
	}
	return k
}

// needsOf sums the needs… tables w is in.
func needsOf(w string) triggerNeeds {
	var n triggerNeeds
	if needsAircraft[w] {
		n |= needAircraft
	}
	if needsPrice[w] {
		n |= needPrice
	}
	if needsStructure[w] {
		n |= needStructure
	}
	if needsStructureSubject[w] {
		n |= needStructureSubject
	}
	return n
}

// lexiconOf looks each word of ws up in wordLexicon once; a word in no
// lexicon gets nil. The slice is dst's, grown as needed.
func lexiconOf(dst []*wordLex, ws []text.Word) []*wordLex {
	dst = dst[:0]
	for i := range ws {
		dst = append(dst, lexiconEntry(ws[i].Lower()))
	}
	return dst
}

// lexiconEntry is wordLexicon[w], asked only of words that pass
// mayBeInLexicon.
func lexiconEntry(w string) *wordLex {
	if !mayBeInLexicon(w) {
		return nil
	}
	return wordLexicon[w]
}

// lexiconFilter has the bit lexiconBit of every key of wordLexicon set.
// Nine words in ten are in no lexicon; testing one bit, from the word's
// length and its first and last bytes, settles most of them without
// hashing the word for the map (a map miss on prose, whose order no
// branch predictor learns, cost about as much as the rest of the stage).
var lexiconFilter = func() (f [64]uint64) {
	for w := range wordLexicon {
		b := lexiconBit(w)
		f[b>>6] |= 1 << (b & 63)
	}
	return f
}()

// lexiconBit picks w's bit of lexiconFilter (0 to 4095).
func lexiconBit(w string) uint {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16
	return uint((x * 0x9E3779B1) >> 20)
}

// mayBeInLexicon is false for words that are surely not keys of
// wordLexicon.
func mayBeInLexicon(w string) bool {
	b := lexiconBit(w)
	return lexiconFilter[b>>6]&(1<<(b&63)) != 0
}
