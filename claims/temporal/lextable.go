package temporal

// lexTable answers lexicon look-ups for scanWord. It holds the same
// entries as lexicon, for the keys a word can match (lower-case letters,
// at most maxWord), in an open-addressed table keyed by an FNV-1a hash
// of its lower-case letters: a look-up is one pass over the word, one
// probe and a short compare, with no string made.
var lexTable = buildLexTable(lexicon)

// FNV-1a, 32 bits.
const (
	lexSeed  = 2166136261
	lexPrime = 16777619
)

// lexSlot is one key of the table; key "" marks an empty slot.
type lexSlot struct {
	key string
	e   entry
}

type wordTable struct {
	slots []lexSlot
	mask  uint32
}

// buildLexTable puts the matchable keys of m in a table at most a quarter
// full, so that probes are short.
func buildLexTable(m map[string]entry) wordTable {
	size := 64
	for size < 4*len(m) {
		size *= 2
	}
	t := wordTable{slots: make([]lexSlot, size), mask: uint32(size - 1)}
	for w, e := range m {
		if len(w) > maxWord || !isLowerLetters(w) {
			continue // scanWord looks up only such words
		}
		i := hashWord(w) & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = lexSlot{key: w, e: e}
	}
	return t
}

// hashWord is the hash scanWord computes of the lower-case letters w.
func hashWord(w string) uint32 {
	h := uint32(lexSeed)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * lexPrime
	}
	return h
}

// lookup returns the entry of the lower-case word w whose hash is h; the
// zero entry when w is not in the lexicon.
func (t *wordTable) lookup(w []byte, h uint32) entry {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.key == "" {
			return entry{}
		}
		if sl.key == string(w) {
			return sl.e
		}
	}
}

// lookupFold returns the entry of the ASCII letters w (at most maxWord, in
// either case) read in lower case; the zero entry when not in the lexicon.
func (t *wordTable) lookupFold(w string) entry {
	var buf [maxWord]byte
	h := uint32(lexSeed)
	for i := 0; i < len(w) && i < maxWord; i++ {
		l := w[i] | 0x20
		buf[i] = l
		h = (h ^ uint32(l)) * lexPrime
	}
	return t.lookup(buf[:min(len(w), maxWord)], h)
}
