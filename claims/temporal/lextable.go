package temporal

import "math/bits"

// lexTable answers lexicon look-ups for appendWord. It holds the same
// entries as lexicon, for the keys a word can match (lower-case letters,
// at most maxWord), in an open-addressed table keyed by the word's
// lower-case letters packed into two machine words: a look-up folds and
// packs the word (one eight-byte load for most words), hashes the two
// words with a multiply and compares them, with no string made or
// compared byte by byte.
var lexTable = buildLexTable(lexicon)

// lexSlot is one key of the table; lo == 0 marks an empty slot (a key
// has at least one letter, so its lo is never 0).
type lexSlot struct {
	lo, hi uint64
	e      entry
}

type wordTable struct {
	slots []lexSlot
	shift uint // 64 - log2(len(slots))
}

// buildLexTable puts the matchable keys of m in a table at most a third
// full, so that probes are short and the table stays small.
func buildLexTable(m map[string]entry) wordTable {
	size := 64
	for size < 3*len(m) {
		size *= 2
	}
	t := wordTable{slots: make([]lexSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	mask := uint64(size - 1)
	for w, e := range m {
		if len(w) > maxWord || !isLowerLetters(w) {
			continue // appendWord looks up only such words
		}
		lo, hi := packFold(w, 0, len(w))
		i := t.home(lo, hi)
		for t.slots[i].lo != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = lexSlot{lo: lo, hi: hi, e: e}
	}
	return t
}

// home is the slot a key's probe starts at.
func (t *wordTable) home(lo, hi uint64) uint64 {
	return ((lo ^ hi*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9) >> t.shift
}

// packFold packs the ASCII letters text[start:end] (1 to maxWord of
// them), lower-cased, into two little-endian words, bytes past the word
// zero. OR-ing 0x20 lower-cases a letter, and the word holds letters only.
func packFold(text string, start, end int) (lo, hi uint64) {
	const lowerBits = 0x2020202020202020
	n := end - start
	if n <= 8 && start+8 <= len(text) {
		// One load; the bytes after the word are masked off.
		return (load8(text, start) | lowerBits) & (^uint64(0) >> (64 - 8*n)), 0
	}
	for i := 0; i < n && i < 8; i++ {
		lo |= uint64(text[start+i]|0x20) << (8 * i)
	}
	for i := 8; i < n; i++ {
		hi |= uint64(text[start+i]|0x20) << (8 * (i - 8))
	}
	return lo, hi
}

// lookupFold returns the entry of the ASCII letters text[start:end] (1 to
// maxWord, in either case) read in lower case; the zero entry when not in
// the lexicon.
func (t *wordTable) lookupFold(text string, start, end int) entry {
	lo, hi := packFold(text, start, end)
	mask := uint64(len(t.slots) - 1)
	for i := t.home(lo, hi); ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.lo == lo && sl.hi == hi {
			return sl.e
		}
		if sl.lo == 0 {
			return entry{}
		}
	}
}
