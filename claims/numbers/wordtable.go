package numbers

// The finder asks a handful of questions of every word around a figure: is
// it a number word, a scale, a unit, a currency, a qualifier, a month, a
// word that ends a noun phrase? Asked of Go maps, each question hashed the
// word again (a third of the finder's time on a news batch). wordTable
// holds every word of every list of lexicon.go and noun.go once, packed
// lower case into two machine words, with a bit per list and the list's
// value: one probe answers them all. The maps stay the lexicon's source;
// the table is built from them.

// wordList is a bit of lexWord.lists: the lists a word is in.
type wordList uint32

const (
	inNumberWords wordList = 1 << iota
	inScaleWords
	inCurrencyCodes // the code in lower case: the word must be in capitals
	inCurrencyNames
	inDollarNations
	inMeasureUnits
	inAttachedUnits
	inQualifierLast // the last word of a qualifier phrase
	inIntensifiers
	inMonthNames
	inLabelWords
	inYearContext
	inScoreWords
	inChangeVerbs
	inStreetWords
	inNounStop
	inIrregularNouns
	inOfDeterminers
	inInvariantPlurals
	inRateNouns
	inRateLinks
)

// maxPacked is the longest word the table packs; lookupFold never matched a
// longer one either.
const maxPacked = 16

// lexWord is one word of the table: its lower-case bytes, its lists, and
// where its values are in lexValues.
type lexWord struct {
	k0, k1 uint64 // bytes 0-7 and 8-15, zero-padded
	lists  wordList
	n      uint8
	value  uint16 // index into lexValues
}

// lexValue holds what the lists give a word.
type lexValue struct {
	num       wordInfo
	scale     float64
	code      string // currencyCodes
	currency  string // currencyNames
	nation    string // dollarNations
	measure   string // measureUnits
	attached  string // attachedUnits
	irregular string // irregularNouns
	quals     []int  // qualifiersByLastWord
}

var (
	lexWords  []lexWord
	lexValues []lexValue
	// lexSlots is an open-addressed table of indexes into lexWords, plus
	// one (0 is an empty slot).
	lexSlots []uint16
	lexShift uint
)

// lowerByte is lower as a table.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = lower(byte(c))
	}
	return t
}()

// packFold packs w in lower case; ok is false for words too long or empty.
// Overlapping loads read any length without a loop: the bytes two loads
// share are the same bytes at the same places.
func packFold(w string) (k0, k1 uint64, ok bool) {
	n := len(w)
	switch {
	case n == 0 || n > maxPacked:
		return 0, 0, false
	case n >= 8:
		k0 = load8(w, 0)
		if n > 8 {
			k1 = load8(w, n-8) >> (8 * (16 - n))
		}
	case n >= 4:
		k0 = load4(w, 0) | load4(w, n-4)<<(8*(n-4))
	case n >= 2:
		k0 = load2(w, 0) | load2(w, n-2)<<(8*(n-2))
	default:
		k0 = uint64(w[0])
	}
	return lowerBytes(k0), lowerBytes(k1), true
}

// lowerBytes lower-cases the ASCII capitals among the eight bytes of x.
func lowerBytes(x uint64) uint64 {
	low := x &^ highBytes
	upper := (low + (0x80-'A')*lowBytes) &^ (low + (0x80-'Z'-1)*lowBytes) &^ x & highBytes
	return x | upper>>2 // 0x80 >> 2 is the case bit, 0x20
}

func load4(t string, i int) uint64 {
	b := t[i : i+4]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
}

func load2(t string, i int) uint64 {
	b := t[i : i+2]
	return uint64(b[0]) | uint64(b[1])<<8
}

func lexHash(k0, k1 uint64, n int) uint64 {
	return ((k0 ^ (k1+uint64(n))*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9) >> lexShift
}

// lookupWord returns the table's entry for w in any case, or nil.
func lookupWord(w string) *lexWord {
	k0, k1, ok := packFold(w)
	if !ok {
		return nil
	}
	mask := uint64(len(lexSlots) - 1)
	for s := lexHash(k0, k1, len(w)); ; s = (s + 1) & mask {
		i := lexSlots[s]
		if i == 0 {
			return nil
		}
		e := &lexWords[i-1]
		if e.k0 == k0 && e.k1 == k1 && int(e.n) == len(w) {
			return e
		}
	}
}

// in reports whether e, which may be nil, is in one of the lists.
func (e *lexWord) in(lists wordList) bool { return e != nil && e.lists&lists != 0 }

// val is e's values; e must be in the list asked about.
func (e *lexWord) val() *lexValue { return &lexValues[e.value] }

// wordIn reports whether w, in any case, is in one of the lists.
func wordIn(w string, lists wordList) bool { return lookupWord(w).in(lists) }

// numberWord is numberWords[w] in any case.
func numberWord(w string) (wordInfo, bool) {
	if e := lookupWord(w); e.in(inNumberWords) {
		return e.val().num, true
	}
	return wordInfo{}, false
}

// foldValue is lookupFold for the table: the value of w's entry in list.
func foldValue[T any](w string, list wordList, get func(*lexValue) T) (T, bool) {
	if e := lookupWord(w); e.in(list) {
		return get(e.val()), true
	}
	var zero T
	return zero, false
}

// Getters for foldValue.
func scaleOf(v *lexValue) float64   { return v.scale }
func measureOf(v *lexValue) string  { return v.measure }
func attachedOf(v *lexValue) string { return v.attached }

// currencyCode is currencyCodes[w]: the codes are keyed in capitals, so w
// must be in capitals as well.
func currencyCode(w string) (string, bool) {
	e := lookupWord(w)
	if !e.in(inCurrencyCodes) || !isUpperWord(w) {
		return "", false
	}
	return e.val().code, true
}

// isUpperWord reports whether every byte of w is an ASCII capital.
func isUpperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
}

func init() { buildWordTable() }

// buildWordTable fills the table from the lexicon's maps.
func buildWordTable() {
	index := map[string]int{}
	entry := func(w string, list wordList) *lexValue {
		lw := string(toLowerASCII(w))
		i, ok := index[lw]
		if !ok {
			k0, k1, _ := packFold(lw)
			i = len(lexWords)
			index[lw] = i
			lexWords = append(lexWords, lexWord{k0: k0, k1: k1, n: uint8(len(lw)), value: uint16(i)})
			lexValues = append(lexValues, lexValue{})
		}
		lexWords[i].lists |= list
		return &lexValues[i]
	}
	add := func(words map[string]bool, list wordList) {
		for w := range words {
			entry(w, list)
		}
	}
	addWords(entry)
	add(qualifierIntensifiers, inIntensifiers)
	add(monthNames, inMonthNames)
	add(labelWords, inLabelWords)
	add(yearContext, inYearContext)
	add(scoreWords, inScoreWords)
	add(changeVerbs, inChangeVerbs)
	add(streetWords, inStreetWords)
	add(nounStop, inNounStop)
	add(ofDeterminers, inOfDeterminers)
	add(invariantPlurals, inInvariantPlurals)
	add(rateNouns, inRateNouns)
	add(rateLinks, inRateLinks)
	size := 1
	for size < 4*len(lexWords) {
		size *= 2
	}
	lexSlots = make([]uint16, size)
	lexShift = 64
	for s := size; s > 1; s /= 2 {
		lexShift--
	}
	mask := uint64(size - 1)
	for i, e := range lexWords {
		s := lexHash(e.k0, e.k1, int(e.n))
		for lexSlots[s] != 0 {
			s = (s + 1) & mask
		}
		lexSlots[s] = uint16(i + 1)
	}
}

// addWords adds the lists that give their words a value.
func addWords(entry func(string, wordList) *lexValue) {
	for w, v := range numberWords {
		entry(w, inNumberWords).num = v
	}
	for w, v := range scaleWords {
		entry(w, inScaleWords).scale = v
	}
	for w, v := range currencyCodes {
		entry(w, inCurrencyCodes).code = v
	}
	for w, v := range currencyNames {
		entry(w, inCurrencyNames).currency = v
	}
	for w, v := range dollarNations {
		entry(w, inDollarNations).nation = v
	}
	for w, v := range measureUnits {
		entry(w, inMeasureUnits).measure = v
	}
	for w, v := range attachedUnits {
		entry(w, inAttachedUnits).attached = v
	}
	for w, v := range irregularNouns {
		entry(w, inIrregularNouns).irregular = v
	}
	for w, v := range qualifiersByLastWord {
		entry(w, inQualifierLast).quals = v
	}
}

func toLowerASCII(w string) []byte {
	b := []byte(w)
	for i, c := range b {
		b[i] = lower(c)
	}
	return b
}
