package numbers

import "math"

// maxDigits keeps figures exact in a float64 mantissa; longer digit runs
// are codes, not quantities.
const maxDigits = 15

// literal is a run of digits with optional thousands separators and one
// decimal part: "1,000", "3.5", "1,234.5".
type literal struct {
	end         int
	mant        uint64
	frac        int // digits after the decimal point
	intDigits   int
	grouped     bool
	leadingZero bool // "007", "0945": codes, not quantities
}

func (l literal) value() float64 { return float64(l.mant) / pow10(l.frac) }

// readLiteral reads the figure starting at the digit t[i].
func readLiteral(t string, i int) (literal, bool) {
	var l literal
	j := i
	for j < len(t) && isDigit(t[j]) {
		if l.intDigits == maxDigits {
			return l, false
		}
		l.mant = l.mant*10 + uint64(t[j]-'0')
		l.intDigits++
		j++
	}
	l.leadingZero = l.intDigits > 1 && t[i] == '0'
	digits := l.intDigits
	for l.intDigits <= 3 && j+3 < len(t) && t[j] == ',' && isDigit(t[j+1]) && isDigit(t[j+2]) && isDigit(t[j+3]) &&
		(j+4 == len(t) || !isDigit(t[j+4])) {
		if digits+3 > maxDigits {
			return l, false
		}
		for k := j + 1; k <= j+3; k++ {
			l.mant = l.mant*10 + uint64(t[k]-'0')
		}
		digits += 3
		l.grouped = true
		j += 4
	}
	if j+1 < len(t) && t[j] == '.' && isDigit(t[j+1]) {
		j++
		for j < len(t) && isDigit(t[j]) {
			if digits == maxDigits {
				return l, false
			}
			l.mant = l.mant*10 + uint64(t[j]-'0')
			l.frac++
			digits++
			j++
		}
	}
	l.end = j
	return l, true
}

// idBefore reports whether the digit at i continues an identifier or code:
// "A320", "G7", "F-16", "COVID-19", "+44", "#5".
func (s *scanner) idBefore(i int) bool {
	t := s.t
	if i == 0 {
		return false
	}
	switch c := t[i-1]; {
	case isLetter(c):
		ws := i - 1
		for ws > 0 && isLetter(t[ws-1]) {
			ws--
		}
		return !equalFoldASCII(t[ws:i], "rs") // "Rs5" is money
	case c == '+' || c == '#' || c == '_' || c == '@' || c == '\\':
		return true
	case c == '-' && i >= 2 && isLetter(t[i-2]):
		ws := i - 2
		for ws > 0 && isLetter(t[ws-1]) {
			ws--
		}
		w := t[ws : i-1]
		return !equalFoldASCII(w, "magnitude") && !equalFoldASCII(w, "mid")
	}
	return false
}

// atDigit handles the figure starting at t[i] and returns where to go on.
func (s *scanner) atDigit(i int) int {
	t := s.t
	if s.idBefore(i) {
		return phoneEnd(t, i)
	}
	lit, ok := readLiteral(t, i)
	if !ok {
		return opaqueEnd(t, i)
	}
	if end, minutes, ok := clockTime(t, i); ok {
		return s.emit(&expr{start: i, end: end, lo: minutes, hi: minutes, kind: KindTime})
	}
	j := lit.end
	if j+1 < len(t) && (t[j] == '/' || t[j] == '.' || t[j] == ',' || t[j] == ':') && isDigit(t[j+1]) {
		return opaqueEnd(t, i) // dates, versions, ratios: "24/7", "1.2.3", "1,2"
	}
	if lit.leadingZero && lit.frac == 0 {
		return opaqueEnd(t, i)
	}
	if !lit.grouped && lit.frac == 0 && looksLikePhone(t, j) {
		return phoneEnd(t, i)
	}
	v := lit.value()
	e := expr{
		start: i, coreStart: i, end: j, lo: v, hi: v,
		integer: lit.frac == 0, mant: lit.mant, frac: lit.frac,
		plain4: lit.intDigits == 4 && !lit.grouped && lit.frac == 0,
	}
	if cs, code := currencyBefore(t, i, s.last); code != "" {
		e.start, e.unit = cs, code
	}
	if j < len(t) && isLetter(t[j]) {
		if !s.gluedSuffix(&e, lit) {
			return opaqueEnd(t, i)
		}
	}
	return s.complete(&e)
}

// gluedSuffix reads letters written against the figure ("110bn", "10km",
// "3rd", "1990s"); it reports false when they make an identifier ("5G").
func (s *scanner) gluedSuffix(e *expr, lit literal) bool {
	t := s.t
	j := e.end
	k := lettersEnd(t, j)
	if k < len(t) && isDigit(t[k]) {
		return false
	}
	suf := t[j:k]
	switch {
	case equalFoldASCII(suf, "st") || equalFoldASCII(suf, "nd") || equalFoldASCII(suf, "rd") || equalFoldASCII(suf, "th"):
		if lit.frac != 0 || lit.grouped {
			return false
		}
		e.kind = KindOrdinal
	case suf == "s":
		if !e.plain4 || lit.mant%10 != 0 || lit.mant < 1000 || lit.mant > 2100 {
			return false
		}
		e.kind, e.hi = KindYear, e.lo+9 // "1990s"
	case equalFoldASCII(suf, "k"):
		e.end = k
		e.scale(1e3)
		return true
	case equalFoldASCII(suf, "m"):
		if e.unit == "" && !s.pluralNounAt(k) {
			e.unit = "m" // "a 5m wall"; "5m people" and "£5m" are millions
			break
		}
		e.end = k
		e.scale(1e6)
		return true
	case suf == "b" || suf == "B":
		if e.unit == "" {
			return false
		}
		e.end = k
		e.scale(1e9)
		return true
	default:
		if by, ok := foldValue(suf, inScaleWords, scaleOf); ok && len(suf) <= 3 {
			e.end = k
			e.scale(by)
			return true
		}
		unit, ok := foldValue(suf, inAttachedUnits, attachedOf)
		if !ok || e.unit != "" {
			return false
		}
		e.unit = unit
	}
	e.end = k
	if e.unit == "km" && k+1 < len(t) && t[k] == '/' && (t[k+1] == 'h' || t[k+1] == 'H') && (k+2 == len(t) || !isLetter(t[k+2])) {
		e.unit, e.end = "km/h", k+2
	}
	return true
}

// pluralNounAt reports whether the word after i is a plural noun, which
// makes a glued "m" mean million ("5m people") rather than metres.
func (s *scanner) pluralNounAt(i int) bool {
	ws, we, _, lw := s.wordAfter(i)
	if ws < 0 || ws == i {
		return false
	}
	return isPluralEntry(s.t[ws:we], lw) && !lw.in(inNounStop)
}

// clockTime reads "09:45", "9:45pm", "9.45am", "9am" and "9 p.m." as minutes
// after midnight.
func clockTime(t string, i int) (end int, minutes float64, ok bool) {
	j := digitsEnd(t, i)
	hour := 0
	if j-i > 2 {
		return 0, 0, false
	}
	for k := i; k < j; k++ {
		hour = hour*10 + int(t[k]-'0')
	}
	minute := 0
	hasMinutes := false
	if j+2 < len(t) && (t[j] == ':' || t[j] == '.') && isDigit(t[j+1]) && isDigit(t[j+2]) &&
		(j+3 == len(t) || !isDigit(t[j+3])) {
		minute = int(t[j+1]-'0')*10 + int(t[j+2]-'0')
		hasMinutes = true
		if t[j] == ':' {
			j += 3
			if j+2 < len(t) && t[j] == ':' && isDigit(t[j+1]) && isDigit(t[j+2]) {
				j += 3 // seconds
			}
		} else {
			j += 3
		}
	}
	if minute > 59 || hour > 24 {
		return 0, 0, false
	}
	if !hasMinutes && (hour == 12 || hour == 0) {
		if ws, we, _ := nextWordAfterSpace(t, j); ws > j && (equalFoldASCII(t[ws:we], "noon") || equalFoldASCII(t[ws:we], "midnight")) {
			if equalFoldASCII(t[ws:we], "noon") {
				return we, 12 * 60, true
			}
			return we, 0, true
		}
	}
	ampmEnd, pm, isAMPM := meridiem(t, j)
	colon := hasMinutes && t[j-3] == ':'
	if !isAMPM && !colon {
		return 0, 0, false
	}
	if isAMPM {
		if hour == 0 || hour > 12 {
			return 0, 0, false
		}
		if hour == 12 {
			hour = 0
		}
		if pm {
			hour += 12
		}
		j = ampmEnd
	}
	return j, float64(hour*60 + minute), true
}

// meridiem reads "am", "pm", "a.m." or "p.m." (glued or after a space).
func meridiem(t string, i int) (end int, pm, ok bool) {
	j := skipSpaces(t, i)
	if j+1 >= len(t) {
		return 0, false, false
	}
	c := lower(t[j])
	if c != 'a' && c != 'p' {
		return 0, false, false
	}
	pm = c == 'p'
	switch {
	case lower(t[j+1]) == 'm' && (j+2 == len(t) || !isAlnum(t[j+2])):
		return j + 2, pm, true
	case t[j+1] == '.' && j+2 < len(t) && lower(t[j+2]) == 'm':
		k := j + 3
		if k < len(t) && t[k] == '.' {
			k++
		}
		if k < len(t) && isAlnum(t[k]) {
			return 0, false, false
		}
		return k, pm, true
	}
	return 0, false, false
}

// looksLikePhone reports whether two more groups of bare digits follow the
// figure ending at i, separated by single spaces, dots or hyphens.
func looksLikePhone(t string, i int) bool {
	groups := 0
	for groups < 2 && i+1 < len(t) && (t[i] == ' ' || t[i] == '-' || t[i] == '.') && isDigit(t[i+1]) {
		j := digitsEnd(t, i+1)
		if j < len(t) && (isLetter(t[j]) || t[j] == ',') {
			return false
		}
		if t[i] == ' ' && j-(i+1) < 3 {
			return false
		}
		i = j
		groups++
	}
	return groups == 2
}

// phoneEnd skips a code or phone number: digit groups joined by separators
// or single spaces.
func phoneEnd(t string, i int) int {
	i = opaqueEnd(t, i)
	for i+1 < len(t) && t[i] == ' ' && isDigit(t[i+1]) {
		j := digitsEnd(t, i+1)
		if j < len(t) && isLetter(t[j]) {
			break
		}
		i = opaqueEnd(t, i+1)
	}
	return i
}

// atWord handles the letters t[i:j] that may start a number in words.
func (s *scanner) atWord(i, j int) int {
	info, ok := numberWord(s.t[i:j])
	if !ok {
		return j
	}
	e, ok := s.wordFigure(i, j, info)
	if !ok {
		return j
	}
	return s.complete(&e)
}

// wordFigure reads a number in words starting with the word t[i:j].
func (s *scanner) wordFigure(i, j int, info wordInfo) (expr, bool) {
	t := s.t
	e := expr{start: i, coreStart: i, words: true, integer: true}
	switch info.class {
	case classVague, classArticle:
		if info.class == classArticle {
			ws, we := wordBefore(t, i, s.last)
			if ws < 0 || !equalFoldASCII(t[ws:we], "a") {
				return e, false
			}
			e.start, e.coreStart = ws, ws
		}
		e.lo, e.hi, e.end, e.approx = info.lo, info.hi, j, true
		if info.needsOf && !wordIs(t, j, "of") {
			return e, false
		}
		s.vagueMultiplier(&e, info)
		return e, true
	case classHundred, classScale, classDozen:
		// Only "a hundred", "a dozen", "half a million": the bare word
		// ("Hundred Years") is not a figure here.
		ws, we := wordBefore(t, i, s.last)
		if ws < 0 || !(equalFoldASCII(t[ws:we], "a") || equalFoldASCII(t[ws:we], "an")) {
			return e, false
		}
		start, first := ws, 1.0
		if hs, he := wordBefore(t, ws, s.last); hs >= 0 && equalFoldASCII(t[hs:he], "half") {
			start, first = hs, 0.5
		}
		v, end, ordinal := composeWords(t, i, first, classUnit)
		if end == i {
			return e, false
		}
		e.start, e.coreStart, e.end, e.lo, e.hi = start, start, end, v, v
		if ordinal {
			e.kind = KindOrdinal
		}
		e.integer = v == math.Trunc(v)
		return e, true
	}
	v, end, ordinal := composeWords(t, i, 0, 0)
	if end == i {
		return e, false
	}
	e.end, e.lo, e.hi = end, v, v
	if ordinal {
		e.kind = KindOrdinal
	}
	if v == 1 && end == j && !ordinal && pronounOne(t, i, j, s.last) {
		return e, false
	}
	return e, true
}

// vagueMultiplier widens a vague figure by a scale after it: "several
// hundred", "a few dozen", "tens of thousands", "hundreds of millions".
func (s *scanner) vagueMultiplier(e *expr, info wordInfo) {
	t := s.t
	ws, we, _ := nextWordAfterSpace(t, e.end)
	if ws < 0 {
		return
	}
	next, ok := numberWord(t[ws:we])
	if ok && (next.class == classHundred || next.class == classScale || next.class == classDozen) &&
		(info.class == classArticle || info.val == 1) {
		e.lo *= next.val
		e.hi *= next.val
		e.end = we
		return
	}
	if !equalFoldASCII(t[ws:we], "of") || info.val < 10 {
		return
	}
	ps, pe, _ := nextWordAfterSpace(t, we)
	if ps < 0 {
		return
	}
	if p, ok := numberWord(t[ps:pe]); ok && p.class == classVague && p.val >= 1e3 && p.val > info.val {
		e.lo *= p.val
		e.end = pe
	}
}

// composeWords reads number words from i: "twenty-five", "two hundred and
// fifty", "three million", "twenty-first". It starts from the value cur
// with the class last already read ("a" before "hundred" is one unit).
func composeWords(t string, i int, cur float64, last wordClass) (v float64, end int, ordinal bool) {
	total := 0.0
	end = i
	for pos := i; pos < len(t) && isLetter(t[pos]); {
		we := lettersEnd(t, pos)
		info, ok := numberWord(t[pos:we])
		if !ok || !acceptsWord(last, cur, info) {
			break
		}
		switch info.class {
		case classUnit, classTens:
			cur += info.val
		case classHundred:
			cur *= 100
		case classScale:
			total += cur * info.val
			cur = 0
		case classDozen:
			cur *= 12
		case classOrdinal:
			cur += info.val
			ordinal = true
		}
		last, end = info.class, we
		if ordinal || info.class == classDozen {
			break
		}
		pos = nextNumberWordPos(t, we, last)
		if pos < 0 {
			break
		}
	}
	return total + cur, end, ordinal
}

// acceptsWord reports whether a number word may follow the class last.
func acceptsWord(last wordClass, cur float64, info wordInfo) bool {
	afterGroup := last == 0 || last == classHundred || last == classScale
	switch info.class {
	case classUnit:
		return afterGroup || (last == classTens && info.val > 0 && info.val < 10)
	case classTens:
		return afterGroup
	case classHundred:
		return last == classUnit && cur > 0 && cur < 10
	case classScale:
		return (last == classUnit || last == classTens || last == classHundred) && cur > 0
	case classDozen:
		return last == classUnit && cur > 0 && cur < 20
	case classOrdinal:
		return afterGroup || (last == classTens && info.val < 10)
	}
	return false
}

// nextNumberWordPos returns where the next word of a number in words may
// start after we: after a hyphen, a space, or "and" following a hundred or
// scale ("two hundred and fifty"); -1 if nothing may follow.
func nextNumberWordPos(t string, we int, last wordClass) int {
	if we+1 < len(t) && t[we] == '-' && isLetter(t[we+1]) {
		return we + 1
	}
	sp := skipSpaces(t, we)
	if sp == we || sp >= len(t) || !isLetter(t[sp]) {
		return -1
	}
	if (last == classHundred || last == classScale) && wordIs(t, sp, "and") {
		if after := skipSpaces(t, sp+3); after > sp+3 {
			return after
		}
		return -1
	}
	return sp
}

// wordIs reports whether the word after the spaces at i is w (lower case).
func wordIs(t string, i int, w string) bool {
	j := skipSpaces(t, i)
	k := lettersEnd(t, j)
	return equalFoldASCII(t[j:k], w) && (k == len(t) || !isAlnum(t[k]))
}

// pronounOne reports whether "one" at t[i:j] is a pronoun ("no one", "the
// one who", "one another", "one's") rather than a count.
func pronounOne(t string, i, j, floor int) bool {
	if ws, we := wordBefore(t, i, floor); ws >= 0 {
		switch lw := t[ws:we]; {
		case equalFoldASCII(lw, "no"), equalFoldASCII(lw, "the"), equalFoldASCII(lw, "this"),
			equalFoldASCII(lw, "that"), equalFoldASCII(lw, "each"), equalFoldASCII(lw, "every"),
			equalFoldASCII(lw, "any"), equalFoldASCII(lw, "which"), equalFoldASCII(lw, "only"),
			equalFoldASCII(lw, "someone"), equalFoldASCII(lw, "anyone"):
			return true
		}
	}
	if j < len(t) && (t[j] == '\'' || (j+2 < len(t) && t[j] == 0xE2 && t[j+1] == 0x80 && t[j+2] == 0x99)) {
		return true
	}
	return wordIs(t, j, "another")
}
