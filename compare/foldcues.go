package compare

// The cue tests of incrementFigure read the text around a figure without
// lower-casing a copy of the rest of its sentence for each figure and each
// comparator that asks (strings.ToLower allocated once per figure whenever
// the sentence held a capital). They fold ASCII letters on the fly; text
// with any other byte goes the old way, since lower-casing non-ASCII can
// change lengths (and the positions incrementFigure measures).

// isASCIIText reports whether s holds only ASCII bytes.
func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// lowerASCII folds an ASCII capital to its small letter.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// hasFoldAt reports whether s, ASCII-folded, holds the lower-case cue at i.
func hasFoldAt(s string, i int, cue string) bool {
	if i < 0 || len(s)-i < len(cue) {
		return false
	}
	for k := 0; k < len(cue); k++ {
		if lowerASCII(s[i+k]) != cue[k] {
			return false
		}
	}
	return true
}

// additionCueIn reports whether ASCII-folded s holds one of additionCues,
// looking at each byte once, and whether s is all ASCII (up to the cue
// found, when one is). Every cue starts with 'i' or 'o' and has 'n'
// second: 'i' and 'o' are common letters, and trying the cues at each of
// them was most of the cost.
func additionCueIn(s string) (found, ascii bool) {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= 0x80:
			return false, false
		case (b|0x20 == 'i' || b|0x20 == 'o') && i+1 < len(s) && s[i+1]|0x20 == 'n':
			for _, c := range additionCues {
				if hasFoldAt(s, i, c) {
					return true, true
				}
			}
		}
	}
	return false, true
}
