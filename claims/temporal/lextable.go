package temporal

import (
	"math/bits"
	"sort"
)

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

// shortLex answers lexicon look-ups for the words of one to eight ASCII
// letters, seven in eight of a text's words. A word packed into one
// machine word (packFold's lo) has two slots, and a key of the lexicon
// sits in one of them (cuckoo hashing), so a look-up reads both and needs
// no filter in front: mayBeLexical's filter, which half of all words
// pass, and lookupFold's probe behind it were a third of the scanner's
// time.
var shortLex = buildShortTable(lexicon)

const shortBits = 10 // 1,024 slots for the 300-odd short keys

type shortTable struct {
	keys [1 << shortBits]uint64 // packed lower-case key; 0 for an empty slot
	idx  [1 << shortBits]uint16 // its entry in ents; 0 for an empty slot
	ents [1 << shortBits]entry  // ents[0] is the zero entry
	n    int                    // entries in ents, the zero entry included
	mul  [2]uint64              // the two slots' hash multipliers
}

// lookup returns the entry of the packed lower-case word lo (one to
// eight letters), the zero entry when it is not in the lexicon. The
// mask on k spares a bounds check: every index is below 1 << shortBits.
// The slot is chosen by masks, not branches: whether a word is in the
// lexicon is hard to foresee, and the two branches were mispredicted
// for about one word in five (cachegrind: the date finder's mispredicted
// branches -13 %, instructions +2 %; BenchmarkScanBatch 400 -> 411
// CPU-MB/s, medians of five interleaved).
func (t *shortTable) lookup(lo uint64) entry {
	i, j := (lo*t.mul[0])>>(64-shortBits), (lo*t.mul[1])>>(64-shortBits)
	k := t.idx[i]&-bit16(t.keys[i] == lo) | t.idx[j]&-bit16(t.keys[j] == lo)
	return t.ents[k&(1<<shortBits-1)]
}

// bit16 is 1 for true, 0 for false (a SETcc, no branch).
func bit16(b bool) uint16 {
	if b {
		return 1
	}
	return 0
}

// buildShortTable places the keys of m of one to eight lower-case letters,
// trying multiplier pairs until cuckoo insertion places them all.
func buildShortTable(m map[string]entry) *shortTable {
	words := make([]string, 0, len(m))
	for w := range m {
		if len(w) <= 8 && isLowerLetters(w) {
			words = append(words, w)
		}
	}
	sort.Strings(words) // the table does not depend on map order
	seed := uint64(0x9E3779B97F4A7C15)
	for try := 0; try < 64; try++ {
		t := &shortTable{n: 1}
		t.mul[0], seed = splitmix(seed)
		t.mul[1], seed = splitmix(seed)
		t.mul[0] |= 1
		t.mul[1] |= 1
		if t.placeAll(words, m) {
			return t
		}
	}
	panic("temporal: no cuckoo table for the short lexicon words")
}

// placeAll inserts every word, moving a key to its other slot when its
// place is taken; false when a chain of moves runs too long.
func (t *shortTable) placeAll(words []string, m map[string]entry) bool {
	for _, w := range words {
		t.ents[t.n] = m[w]
		lo, _ := packFold(w, 0, len(w))
		key, idx := lo, uint16(t.n)
		t.n++
		slot := (key * t.mul[0]) >> (64 - shortBits)
		for moves := 0; ; moves++ {
			if moves > 64 {
				return false
			}
			key, t.keys[slot] = t.keys[slot], key
			idx, t.idx[slot] = t.idx[slot], idx
			if key == 0 {
				break
			}
			// The evicted key goes to its other slot.
			a, b := (key*t.mul[0])>>(64-shortBits), (key*t.mul[1])>>(64-shortBits)
			if slot == a {
				slot = b
			} else {
				slot = a
			}
		}
	}
	return true
}

// splitmix returns the next value of the splitmix64 sequence and its state.
func splitmix(s uint64) (uint64, uint64) {
	s += 0x9E3779B97F4A7C15
	z := s
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31, s
}
