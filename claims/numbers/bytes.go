package numbers

// Byte-level helpers. Only ASCII letters count as letters: bytes of
// multi-byte characters (such as "€") are neither letters nor digits, so a
// figure after a currency symbol still starts a token.

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }

func lower(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

// skipSpaces skips spaces, tabs and non-breaking spaces, but not newlines:
// an expression never continues across a line.
func skipSpaces(t string, i int) int {
	for i < len(t) {
		switch {
		case t[i] == ' ' || t[i] == '\t':
			i++
		case t[i] == 0xC2 && i+1 < len(t) && t[i+1] == 0xA0:
			i += 2
		case t[i] == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0xAF:
			i += 3
		default:
			return i
		}
	}
	return i
}

// skipSpacesBack is skipSpaces towards the start of t: it returns the index
// just after the last non-space byte before i.
func skipSpacesBack(t string, i int) int {
	// Tested on the last byte first: the two wide spaces end in 0xA0 and
	// 0xAF, so a word's last letter is settled on one byte instead of
	// being tried as the end of each (most calls stop at a word).
	for i > 0 {
		switch c := t[i-1]; {
		case c == ' ' || c == '\t':
			i--
		case c == 0xA0 && i >= 2 && t[i-2] == 0xC2:
			i -= 2
		case c == 0xAF && i >= 3 && t[i-3] == 0xE2 && t[i-2] == 0x80:
			i -= 3
		default:
			return i
		}
	}
	return i
}

// Byte classes of byteClass: what the scanner stops at.
const (
	classOther  = iota // neither a digit nor a letter
	classDigit         // isDigit
	classLetter        // isLetter
)

// byteClass classes every byte as isDigit and isLetter do, with one load.
var byteClass = func() (cl [256]uint8) {
	for c := range cl {
		switch {
		case isDigit(byte(c)):
			cl[c] = classDigit
		case isLetter(byte(c)):
			cl[c] = classLetter
		}
	}
	return cl
}()

// wordEnd is lettersEnd by byteClass.
func wordEnd(t string, i int) int {
	for i < len(t) && byteClass[t[i]] == classLetter {
		i++
	}
	return i
}

func lettersEnd(t string, i int) int {
	for i < len(t) && isLetter(t[i]) {
		i++
	}
	return i
}

func digitsEnd(t string, i int) int {
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	return i
}

func alnumEnd(t string, i int) int {
	for i < len(t) && isAlnum(t[i]) {
		i++
	}
	return i
}

// opaqueEnd returns the end of a run of digits, letters and the separators
// of dates, versions, phone numbers and codes ("2019-11-24", "1.2.3",
// "24/7", "+44 20"), so that no part of it is read as a quantity.
func opaqueEnd(t string, i int) int {
	for i < len(t) {
		c := t[i]
		if isAlnum(c) {
			i++
			continue
		}
		if (c == '.' || c == ',' || c == '/' || c == '-' || c == ':') && i+1 < len(t) && isDigit(t[i+1]) {
			i++
			continue
		}
		break
	}
	return i
}

// dashAt returns the length of a hyphen or en dash at i, or 0.
func dashAt(t string, i int) int {
	if i < len(t) && t[i] == '-' {
		return 1
	}
	if i+2 < len(t) && t[i] == 0xE2 && t[i+1] == 0x80 && t[i+2] == 0x93 {
		return 3
	}
	return 0
}

// wordBefore returns the word that ends at i (after skipping spaces back),
// not reaching before floor. ws is -1 if no whole word ends there.
func wordBefore(t string, i, floor int) (ws, we int) {
	j := skipSpacesBack(t, i)
	we = j
	for j > floor && isLetter(t[j-1]) {
		j--
	}
	if j == we || (j > 0 && isAlnum(t[j-1])) {
		return -1, 0
	}
	return j, we
}

// equalFoldASCII reports whether w equals the lower-case ASCII word lw.
func equalFoldASCII(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lower(w[i]) != lw[i] {
			return false
		}
	}
	return true
}
