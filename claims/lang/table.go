package lang

import "math/bits"

// wordKey is a word of at most maxKeyBytes bytes packed into two machine
// words, little-endian and zero-padded. No letter is a zero byte, so the
// padding tells the length and the zero key is no word.
type wordKey struct{ lo, hi uint64 }

// maxKeyBytes is the longest word a wordKey holds, and so the longest
// word worth looking up: every function word is shorter (checked when the
// table is built).
const maxKeyBytes = 16

// keyOf packs w, which must have 1 to maxKeyBytes bytes.
func keyOf(w []byte) wordKey {
	var k wordKey
	for i, c := range w {
		k.lo, k.hi = addByte(k.lo, k.hi, i, c)
	}
	return k
}

// addByte puts byte c at position i (< maxKeyBytes) of the key lo, hi.
// The scanner keeps the two halves in local variables, so this stays in
// registers.
func addByte(lo, hi uint64, i int, c byte) (uint64, uint64) {
	shift := uint(8*i) & 63 // the mask spares the compiler's test for a shift of 64 or more
	if i < 8 {
		return lo | uint64(c)<<shift, hi
	}
	return lo, hi | uint64(c)<<shift
}

// wordTable is an open-addressing hash set of the function words, with
// the languages of each: endWord looks up every word of every article,
// and a probe of a packed word costs a fraction of a string-keyed map
// access (hashing the bytes, then comparing them). The halves of the keys
// are kept apart so that a probe reads the low halves only, a table
// (2,048 words of 8 bytes for the ~600 function words) that stays in the
// first-level cache; the high half is read only on a match.
type wordTable struct {
	lo, hi []uint64
	ids    []setID   // per slot, the languages of its word as an index into sets
	sets   []langSet // the distinct language sets; sets[0] is empty
	shift  uint      // 64 - log2(len(lo))
}

// setID numbers the distinct language sets of the function words (a few
// dozen), so that a word is counted with one increment of its set's
// counter and the counts are spread over the languages once per text.
type setID uint8

// maxSetIDs bounds the distinct language sets, checked when the table is
// built.
const maxSetIDs = 64

// newWordTable builds the table from the function-word map, with at most
// a third of its slots used so that probes stay short.
func newWordTable(words map[string]langSet) *wordTable {
	size := 1
	for size < 3*len(words) {
		size *= 2
	}
	t := &wordTable{lo: make([]uint64, size), hi: make([]uint64, size), ids: make([]setID, size),
		sets: []langSet{0}, shift: uint(64 - bits.TrailingZeros(uint(size)))}
	for w, set := range words {
		if len(w) == 0 || len(w) > maxKeyBytes {
			panic("lang: function word " + w + " does not fit a wordKey") // a lexicon error, caught by every test
		}
		k := keyOf([]byte(w))
		i := t.slot(k.lo, k.hi)
		t.lo[i], t.hi[i], t.ids[i] = k.lo, k.hi, t.idOf(set)
	}
	return t
}

// idOf numbers set, adding it to t.sets if it is new.
func (t *wordTable) idOf(set langSet) setID {
	for id, s := range t.sets {
		if s == set {
			return setID(id)
		}
	}
	if len(t.sets) == maxSetIDs {
		panic("lang: too many distinct language sets") // a lexicon error, caught by every test
	}
	t.sets = append(t.sets, set)
	return setID(len(t.sets) - 1)
}

// slot is where the key lo, hi is, or the empty slot where it would go.
func (t *wordTable) slot(lo, hi uint64) uint64 {
	mask := uint64(len(t.lo) - 1)
	for i := ((lo ^ bits.RotateLeft64(hi, 29)) * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & mask {
		if t.lo[i] == lo && t.hi[i] == hi || t.lo[i] == 0 {
			return i
		}
	}
}

// lookup returns the languages the key lo, hi is a function word of, none
// for other words.
func (t *wordTable) lookup(lo, hi uint64) langSet {
	return t.sets[t.lookupID(lo, hi)]
}

// lookupID is lookup's set as its number; 0, the empty set, for other
// words.
func (t *wordTable) lookupID(lo, hi uint64) setID {
	return t.ids[t.slot(lo, hi)] // an empty slot's id is 0
}
