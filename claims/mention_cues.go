package claims

// aggregateCuesByFirst lists aggregateCues by their first byte, so that
// asciiAggregateCue tries at each position only the cues that can start
// there.
var aggregateCuesByFirst = func() (by [256][]string) {
	for _, cue := range aggregateCues {
		by[cue[0]] = append(by[cue[0]], cue)
	}
	return by
}()

// asciiAggregateCue is hasAggregateCue for an ASCII sentence, where
// lower-casing only maps A-Z: it finds the cues in one pass without
// building a lower-case copy (the copy and fourteen searches of it were
// a tenth of the mention stage). It reports ascii false when it meets
// another byte before any cue: the caller must then lower-case.
func asciiAggregateCue(sentence string) (ascii, found bool) {
	for i := 0; i < len(sentence); i++ {
		c := sentence[i]
		if c >= 0x80 {
			return false, false
		}
		for _, cue := range aggregateCuesByFirst[lowerByte(c)] {
			// A cue found before any other byte is in strings.ToLower's
			// copy too, whatever follows.
			if hasLowerPrefix(sentence[i:], cue) {
				return true, true
			}
		}
	}
	return true, false
}

// hasLowerPrefix: s, with A-Z lower-cased, begins with the lower-case
// ASCII prefix.
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lowerByte(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
