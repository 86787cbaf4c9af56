package claims

import (
	"slices"

	"github.com/claimcheck/claimcheck/claims/text"
)

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

// lexID numbers the entries of wordLexicon: lexEntries[id] is the entry
// of lexKeys[id]. 0 stands for a word in no lexicon; its entry is empty,
// so a stage reads any word's entry without testing for none. The stages
// keep a lexID per word of an article (sentenceLexicons): two bytes, not
// an eight-byte pointer the collector must see written (the write
// barriers of those pointer stores cost as much as the look-ups while a
// collection ran).
type lexID uint16

// lexEntries and lexKeys are wordLexicon's entries and keys by lexID, in
// key order from 1 on. Read-only after initialisation.
var lexEntries, lexKeys = func() ([]wordLex, []string) {
	keys := make([]string, 1, len(wordLexicon)+1)
	for w := range wordLexicon {
		keys = append(keys, w)
	}
	slices.Sort(keys[1:])
	entries := make([]wordLex, len(keys))
	for id, w := range keys[1:] {
		entries[id+1] = *wordLexicon[w]
	}
	return entries, keys
}()

// lexKindsByID is lexEntries[id].kinds for every id, in one small array
// that sentenceLexicons reads for every word without a branch.
var lexKindsByID = func() []lexKinds {
	out := make([]lexKinds, len(lexEntries))
	for id := range lexEntries {
		out[id] = lexEntries[id].kinds
	}
	return out
}()

// entry is the lexicon entry id stands for; the empty entry for 0.
func (id lexID) entry() *wordLex { return &lexEntries[id] }

// lexSlots is an open-addressing table of wordLexicon's keys: the lexID
// of each at lexSlot of it, or at the next free slot after. 327 keys in
// 2,048 slots: most words that are in no lexicon meet an empty slot at
// once, where they used to pass a one-bit filter for the map one time in
// six and then cost a map look-up (hashing the whole word, ~250
// instructions under callgrind; this table asks ~20). Read-only after
// initialisation.
var lexSlots = func() (t [lexSlotCount]lexID) {
	for id := 1; id < len(lexKeys); id++ {
		h := lexSlot(lexKeys[id])
		for t[h] != 0 {
			h = (h + 1) & (lexSlotCount - 1)
		}
		t[h] = lexID(id)
	}
	return t
}()

const lexSlotCount = 2048 // a power of two, well above the 327 keys

// lexSlot is w's first slot in lexSlots, from its length and its first,
// middle and last bytes.
func lexSlot(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16 | uint32(w[n/2])<<24
	return (x * 0x9E3779B1) >> 21 // 11 bits: lexSlotCount
}

// lexiconID is the lexID of w in wordLexicon, 0 when w is in no lexicon:
// most words meet an empty first slot; only a word whose first slot is
// taken compares keys (lexiconProbe).
func lexiconID(w string) lexID {
	h := lexSlot(w)
	if lexSlots[h] == 0 {
		return 0
	}
	return lexiconProbe(w, h)
}

// lexiconProbe walks lexSlots from w's taken first slot h.
func lexiconProbe(w string, h uint32) lexID {
	for ; ; h = (h + 1) & (lexSlotCount - 1) {
		id := lexSlots[h]
		if id == 0 || lexKeys[id] == w {
			return id // the table has free slots: every probe ends
		}
	}
}

// lexiconOf looks each word of ws up in wordLexicon once; a word in no
// lexicon gets 0. The slice is dst's, grown as needed.
func lexiconOf(dst []lexID, ws []text.Word) []lexID {
	dst = dst[:0]
	for i := range ws {
		dst = append(dst, lexiconID(ws[i].Lower()))
	}
	return dst
}

// lexiconBit picks w's bit of a 4,096-bit filter of words (wordFilter).
func lexiconBit(w string) uint {
	n := len(w)
	if n == 0 {
		return 0
	}
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n-1])<<16
	return uint((x * 0x9E3779B1) >> 20)
}

// wordFilter is a 4,096-bit filter of words' lengths and first and last
// bytes (lexiconBit): a word whose bit is clear is in none of the words
// added, and is settled without hashing it.
type wordFilter [64]uint64

// add sets w's bit.
func (f *wordFilter) add(w string) {
	b := lexiconBit(w)
	f[b>>6] |= 1 << (b & 63)
}

// mayHold says whether w may be one of the words added.
func (f *wordFilter) mayHold(w string) bool {
	b := lexiconBit(w)
	return f[b>>6]&(1<<(b&63)) != 0
}

// wordSet is a set of lower-case words (a toSet map) behind a 4,096-bit
// filter of their lengths and first and last bytes (lexiconBit). The
// argument and role walks ask a set or two about every word near a
// trigger or a figure, and most words are in none: the filter settles
// them without hashing the word (a map look-up took ~130 instructions
// under callgrind, the filter ~15). Read-only once made.
type wordSet struct {
	filter wordFilter
	words  map[string]bool
}

// newWordSet puts the filter in front of words, which it keeps (and
// which must not change after).
func newWordSet(words map[string]bool) *wordSet {
	s := &wordSet{words: words}
	for w, in := range words {
		if in {
			s.filter.add(w)
		}
	}
	return s
}

// has is s.words[w].
func (s *wordSet) has(w string) bool {
	return s.filter.mayHold(w) && s.words[w]
}

// The sets of the hottest walks, behind their filters.
var (
	actorNounSet      = newWordSet(actorNouns)      // subjectBefore, holderOf
	speechVerbSet     = newWordSet(speechVerbs)     // holderOf
	subjectPronounSet = newWordSet(subjectPronouns) // subjectBefore
	placeFillerSet    = newWordSet(placeFillers)    // prepBefore
	locativeSet       = newWordSet(locatives)       // locativeBefore
	fromPrepSet       = newWordSet(fromPrep)        // fromBefore
	placePrepSet      = newWordSet(placePreps)      // placeBefore
	determinerSet     = newWordSet(determiners)     // objectAfter, nounPhraseAfter
	numberWordSet     = newWordSet(numberWords)     // objectAfter
	occurrenceVerbSet = newWordSet(occurrenceVerbs) // occurrenceVerbAfter
)

// The sets the figure, trigger, holder and speaker walks ask, behind
// their filters for the same reason (mapaccess1_faststr from these walks
// was ~2.5M instructions of the mention stage's ~32M per
// BenchmarkScratchExtract run under callgrind).
var (
	stopwordSet        = newWordSet(stopwords)        // nounBefore, nounPhraseAfter, objectAfter, speakerBefore
	figureLinkSet      = newWordSet(figureLinks)      // nounBefore
	auxiliarySet       = newWordSet(auxiliaries)      // otherMoment's subject walk
	peopleNounSet      = newWordSet(peopleNouns)      // attachNumbers, attachLooseCounts
	particleSet        = newWordSet(particles)        // triggerSpan
	objectPronounSet   = newWordSet(objectPronouns)   // triggerSpan
	beFormSet          = newWordSet(beForms)          // findRoles, the passive walks
	verbGroupOpenerSet = newWordSet(verbGroupOpeners) // subjectOfOwnVerb
	periodWordSet      = newWordSet(periodWords)      // nounBefore
	documentNounSet    = newWordSet(documentNouns)    // the document walk
	financialNounSet   = newWordSet(financialNouns)   // the results walk
	mountainNounSet    = newWordSet(mountainNouns)    // trigger context walks
	collapsingNounSet  = newWordSet(collapsingNouns)  // trigger context walks
	objectStopSet      = newWordSet(objectStops)      // trigger context walks
	structureNounSet   = newWordSet(structureNouns)   // trigger context walks
	caseNounSet        = newWordSet(caseNouns)        // trigger context walks
	aircraftNounSet    = newWordSet(aircraftNouns)    // aircraftWithin
	compoundHeadSet    = newWordSet(compoundHeads)    // ownerOfThing
	perpetratorSet     = newWordSet(perpetrators)     // perpetrator checks
	reflexiveSet       = newWordSet(reflexives)       // role walks
	operatorVerbSet    = newWordSet(operatorVerbs)    // role walks
	measureVerbSet     = newWordSet(measureVerbs)     // measured-at hedges
)
