package lang

// wordFilter tells, from a word's length and its first and last bytes
// (lower case), that it is no function word: most words of English news
// are not, and the test is a few loads from a 2 KB table where the table
// lookup hashes the word and probes. It never turns a function word away.
// Bytes are reduced to their low five bits, which keeps letters apart.
type wordFilter [maxKeyBytes + 1][32]uint32

// functionFilter is the filter of every function word.
var functionFilter = newWordFilter(functionWords)

func newWordFilter(words map[string]langSet) *wordFilter {
	var f wordFilter
	for w := range words {
		f[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return &f
}

// mayHold reports whether a function word of n bytes (1 to maxKeyBytes)
// may start with first and end with last.
func (f *wordFilter) mayHold(n int, first, last byte) bool {
	return f[n][first&31]>>(last&31)&1 != 0
}
