package numbers

import (
	"math"
	"strings"
)

// complete reads the words around the figure in e (scale, range, unit,
// qualifiers), drops figures that name rather than quantify, and emits the
// rest. It returns where scanning goes on.
func (s *scanner) complete(e *expr) int {
	t := s.t
	if e.kind == "" && s.labelBefore(e.start) {
		s.last = e.end
		return e.end
	}
	if e.kind == "" && e.unit == "" {
		if ms := s.magnitudeBefore(e.start); ms >= 0 {
			e.start, e.unit = ms, "magnitude"
		}
		if ws, we, _ := s.wordBefore(e.start); ws >= 0 && equalFoldASCII(t[ws:we], "aged") {
			e.unit = "age"
		}
	}
	if e.kind == "" {
		e.qual, e.start = s.qualifierBefore(e.start)
		s.scaleAfter(e)
		s.rangeAfter(e)
		if e.kind == KindScore || e.kind == KindYear {
			return s.emit(e)
		}
		if e.kind == "skip" || (e.kind == "" && s.ratioAfter(e)) {
			s.last = e.end
			return e.end
		}
		if e.qual == "between" && !e.ranged {
			e.qual, e.start = "", e.coreStart
			if cs, code := currencyBefore(t, e.coreStart, s.last); code != "" && code == e.unit {
				e.start = cs
			}
		}
		s.unitAfter(e)
		s.trailingQualifier(e)
	}
	if s.isDateDay(e) {
		s.last = e.end
		return e.end
	}
	if e.kind == "" && s.isYear(e) {
		e.kind = KindYear
	}
	applyQualifier(e)
	return s.emit(e)
}

// currencyBefore looks for a currency symbol or code right before the figure
// at i ("$5", "US$ 5", "€110bn", "Rs. 5", "USD 5"); it returns the start of
// the symbol and the ISO code, or "" when there is none.
func currencyBefore(t string, i, floor int) (start int, code string) {
	j := skipSpacesBack(t, i)
	if i-j > 1 || j <= floor {
		return i, ""
	}
	// Every symbol ends in '$', '.', 's', a byte of a multi-byte character,
	// or is a code in capitals: test that before trying each symbol.
	if c := t[j-1]; c != '$' && c != '.' && c != 's' && c < 0x80 && !isUpper(c) {
		return i, ""
	}
	for _, c := range currencySymbols {
		if j-len(c.sym) >= floor && strings.HasSuffix(t[:j], c.sym) {
			ks := j - len(c.sym)
			if isLetter(c.sym[0]) && ks > 0 && isAlnum(t[ks-1]) {
				continue // "Mrs 5" is not rupees
			}
			return ks, c.code
		}
	}
	if ws, we := wordBefore(t, i, floor); ws >= 0 && we-ws == 3 {
		if code, ok := currencyCode(t[ws:we]); ok {
			return ws, code
		}
	}
	return i, ""
}

// magnitudeBefore finds "magnitude" right before the figure ("magnitude 7.1",
// "magnitude-7.1") and returns its start, or -1.
func (s *scanner) magnitudeBefore(i int) int {
	t := s.t
	j := i
	if j > 0 && t[j-1] == '-' {
		j--
	}
	ws, we, _ := s.wordBefore(j)
	if ws >= 0 && equalFoldASCII(t[ws:we], "magnitude") {
		return ws
	}
	return -1
}

// labelBefore reports whether the figure at i names something ("Flight 370",
// "No. 10", "Article 5") rather than counting it.
func (s *scanner) labelBefore(i int) bool {
	t := s.t
	j := skipSpacesBack(t, i)
	if j > 0 && t[j-1] == '.' {
		j-- // "No. 10"
	}
	ws, we, lw := s.wordBefore(j)
	if ws < 0 {
		return false
	}
	ok := lw.in(inLabelWords)
	if ok && equalFoldASCII(t[ws:we], "no") && we == skipSpacesBack(t, i) && !isUpper(t[ws]) {
		return false // "no 5 people" is odd, but "No 10" and "no. 5" are labels
	}
	return ok
}

// qualifierBefore matches the qualifier phrases that end right before start
// and returns the normalized qualifier and the new start of the expression.
func (s *scanner) qualifierBefore(start int) (string, int) {
	t, floor := s.t, s.last
	ls, _, lw := s.wordBefore(start)
	if ls < 0 || !lw.in(inQualifierLast) {
		return "", start
	}
	candidates := lw.val().quals
	for _, pi := range candidates {
		p := qualifierPhrases[pi]
		pos := ls
		matched := true
		for k := len(p.words) - 2; k >= 0; k-- {
			ws, we := wordBefore(t, pos, floor)
			if ws < 0 || !equalFoldASCII(t[ws:we], p.words[k]) {
				matched = false
				break
			}
			pos = ws
		}
		if !matched {
			continue
		}
		if ws, we := wordBefore(t, pos, floor); ws >= 0 {
			if wordIn(t[ws:we], inIntensifiers) {
				pos = ws
			}
		}
		return p.qual, pos
	}
	return "", start
}

// scaleAfter applies a scale word after the figure: "1.2 million",
// "$143 billion", "Rs 5 crore", "£5 m".
func (s *scanner) scaleAfter(e *expr) {
	t := s.t
	ws, we, _, lw := s.wordAfter(e.end)
	if ws < 0 || ws == e.end {
		return
	}
	w := t[ws:we]
	if e.words && !e.approx {
		return // composeWords already read "two million"
	}
	if e.approx {
		return // vagueMultiplier already read "several hundred"
	}
	by, ok := 0.0, lw.in(inScaleWords)
	if ok {
		by = lw.val().scale
	}
	if !ok && e.unit != "" && isCurrency(e.unit) && (w == "m" || w == "M") {
		by, ok = 1e6, true
	}
	if !ok || (by == 12 && !e.integer) {
		return
	}
	if e.scaled && by < 1e3 {
		return
	}
	e.end = we
	e.scale(by)
}

// rangeAfter reads the second figure of a range ("10-20", "10 to 20",
// "between 10 and 20", "two or three"), a sports score ("3-1") or a year
// span ("2019-20").
func (s *scanner) rangeAfter(e *expr) {
	t := s.t
	j := e.end
	sep := ""
	next := -1
	if d := dashAt(t, j); d > 0 && j+d < len(t) && (isDigit(t[j+d]) || isCurrencyStart(t, j+d)) {
		sep, next = "-", j+d
	} else if d > 0 && j+d < len(t) && e.words && isLetter(t[j+d]) {
		sep, next = "-", j+d
	} else {
		ws, we, _, _ := s.wordAfter(j)
		if ws < 0 || ws == j {
			return
		}
		switch w := t[ws:we]; {
		case equalFoldASCII(w, "to"):
			if s.changeBefore(e) {
				return
			}
			sep = "to"
		case equalFoldASCII(w, "and"):
			if e.qual != "between" {
				return
			}
			sep = "and"
		case equalFoldASCII(w, "or"):
			sep = "or"
		default:
			return
		}
		next = skipSpaces(t, we)
		if next == we {
			return
		}
	}
	second, ok := s.secondFigure(next, e)
	if !ok {
		if sep == "-" && isDigit(t[next]) {
			e.end, e.kind = opaqueEnd(t, next), "skip" // "2019-11-24", "555-1234"
		}
		return
	}
	if sep == "-" && e.plain4 && e.lo >= 1900 && e.lo <= 2100 && !second.words {
		hi := second.lo
		if hi < 100 && second.end-next == 2 {
			hi += math.Floor(e.lo/100) * 100
		}
		if hi > e.lo && hi <= e.lo+100 {
			e.hi, e.end, e.kind = hi, second.end, KindYear
			return
		}
	}
	if sep == "-" && !e.words && !second.words && s.isScore(e, second) {
		e.lo, e.hi = math.Min(e.lo, second.lo), math.Max(e.lo, second.lo)
		e.end, e.kind = second.end, KindScore
		return
	}
	if second.lo <= e.lo || (second.unit != "" && e.unit != "" && second.unit != e.unit) {
		if sep == "-" && !second.words {
			e.end, e.kind = second.end, "skip" // "10-5" with no score context
		}
		return
	}
	if second.scaled && !e.scaled && second.raw != 0 {
		factor := second.lo / second.raw
		e.lo *= factor
		e.scaled = true
	}
	if e.unit == "" {
		e.unit = second.unit
	}
	e.hi, e.end, e.ranged = second.hi, second.end, true
	e.integer = e.integer && second.integer
	e.approx = e.approx || second.approx
	if e.plain4 && second.plain4 && e.unit == "" && e.lo >= 1900 && e.hi <= 2100 {
		e.kind = KindYear // "between 2010 and 2019"
	}
}

// ratioAfter skips the rest of a proportion ("one in five", "3 out of 4")
// and reports whether there was one: neither figure counts anything alone.
func (s *scanner) ratioAfter(e *expr) bool {
	t := s.t
	ws, we, _, _ := s.wordAfter(e.end)
	if ws < 0 || ws == e.end {
		return false
	}
	if equalFoldASCII(t[ws:we], "out") && wordIs(t, we, "of") {
		we = lettersEnd(t, skipSpaces(t, we))
	} else if !equalFoldASCII(t[ws:we], "in") {
		return false
	}
	i := skipSpaces(t, we)
	if i == we || i >= len(t) {
		return false
	}
	if isDigit(t[i]) {
		lit, ok := readLiteral(t, i)
		if !ok || (lit.intDigits == 4 && lit.mant >= 1900 && lit.mant <= 2100) {
			return false // "3 in 2019" is a count and a year
		}
		e.end = opaqueEnd(t, i)
		return true
	}
	k := lettersEnd(t, i)
	if info, ok := numberWord(t[i:k]); !ok || info.class > classScale {
		return false
	}
	if _, end, _ := composeWords(t, i, 0, 0); end > i {
		e.end = end
		return true
	}
	return false
}

// second is the far end of a range.
type second struct {
	end     int
	lo, hi  float64
	raw     float64 // value before scaling
	scaled  bool
	integer bool
	approx  bool
	words   bool
	plain4  bool // four bare digits: one end of a span of years
	unit    string
}

// secondFigure reads the figure that closes a range, with its own currency
// symbol and scale ("$5-$10 million").
func (s *scanner) secondFigure(i int, first *expr) (second, bool) {
	t := s.t
	var r second
	if i >= len(t) {
		return r, false
	}
	if isLetter(t[i]) {
		if !first.words {
			return r, false // "10 to one" is an odds line, not a range
		}
		j := lettersEnd(t, i)
		info, ok := numberWord(t[i:j])
		if !ok || info.class == classOrdinal || info.class == classVague || info.class == classArticle {
			return r, false
		}
		v, end, _ := composeWords(t, i, 0, 0)
		if end == i {
			return r, false
		}
		r = second{end: end, lo: v, hi: v, raw: v, integer: true, words: true}
		return r, true
	}
	if cs := currencyStartLen(t, i); cs > 0 {
		if first.unit == "" {
			return r, false
		}
		i = skipSpaces(t, i+cs)
	}
	if i >= len(t) || !isDigit(t[i]) || first.words {
		return r, false
	}
	lit, ok := readLiteral(t, i)
	if !ok || lit.leadingZero {
		return r, false
	}
	j := lit.end
	if j+1 < len(t) && (t[j] == '/' || t[j] == '.' || t[j] == ':' || t[j] == '-') && isDigit(t[j+1]) {
		return r, false
	}
	v := lit.value()
	r = second{end: j, lo: v, hi: v, raw: v, integer: lit.frac == 0,
		plain4: lit.intDigits == 4 && !lit.grouped && lit.frac == 0}
	tmp := expr{start: i, end: j, lo: v, hi: v, integer: r.integer, mant: lit.mant, frac: lit.frac, unit: first.unit}
	if j < len(t) && isLetter(t[j]) {
		k := lettersEnd(t, j)
		if by, ok := foldValue(t[j:k], inScaleWords, scaleOf); ok && k-j <= 3 {
			tmp.end = k
			tmp.scale(by)
		} else if (t[j] == 'm' || t[j] == 'M') && k == j+1 && first.unit != "" {
			tmp.end = k
			tmp.scale(1e6)
		} else if unit, ok := foldValue(t[j:k], inAttachedUnits, attachedOf); ok && first.unit == "" {
			tmp.end, r.unit = k, unit
		} else if s.ordinalSuffix(t[j:k]) {
			return r, false
		} else {
			return r, false
		}
	} else {
		s.scaleAfter(&tmp)
	}
	r.end, r.lo, r.hi, r.scaled = tmp.end, tmp.lo, tmp.hi, tmp.scaled
	return r, true
}

func (s *scanner) ordinalSuffix(w string) bool {
	return equalFoldASCII(w, "st") || equalFoldASCII(w, "nd") || equalFoldASCII(w, "rd") || equalFoldASCII(w, "th")
}

// isCurrencyStart reports whether a currency symbol starts at i.
func isCurrencyStart(t string, i int) bool { return currencyStartLen(t, i) > 0 }

func currencyStartLen(t string, i int) int {
	for _, c := range currencySymbols {
		if !isLetter(c.sym[0]) && strings.HasPrefix(t[i:], c.sym) {
			return len(c.sym)
		}
	}
	return 0
}

// changeBefore reports whether the figure follows "from" or a verb of
// change, so that "rose from 10 to 20" gives two figures, not a range.
func (s *scanner) changeBefore(e *expr) bool {
	_, _, lw := s.wordBefore(e.start)
	return lw.in(inChangeVerbs)
}

// isScore tells "3-1" (a score) from "1-3" (a range): the first tally is not
// smaller, or a sports word stands next to it.
func (s *scanner) isScore(e *expr, r second) bool {
	if !e.integer || !r.integer || e.scaled || r.scaled || e.unit != "" || e.qual != "" || e.lo > 200 || r.lo > 200 {
		return false
	}
	if e.lo >= r.lo {
		return true
	}
	if _, _, lw := s.wordBefore(e.start); lw.in(inScoreWords) {
		return true
	}
	if ws, we, _ := nextWordAfterSpace(s.t, r.end); ws >= 0 {
		if wordIn(s.t[ws:we], inScoreWords) {
			return true
		}
	}
	return false
}

// unitAfter reads the unit or currency after the figure: "45%", "45 per
// cent", "7.1-magnitude", "10 km", "5 million euros", "25-year-old".
func (s *scanner) unitAfter(e *expr) {
	t := s.t
	j := e.end
	if j < len(t) && t[j] == '%' {
		e.unit, e.end = "%", j+1
		return
	}
	if j+1 < len(t) && t[j] == 0xC2 && t[j+1] == 0xB0 { // "°", "°C"
		e.unit, e.end = "degrees", degreeLetter(t, j+2)
		return
	}
	if j+1 < len(t) && t[j] == '-' && isLetter(t[j+1]) {
		s.hyphenUnit(e, j+1)
		return
	}
	sp := skipSpaces(t, j)
	if sp == j || sp >= len(t) {
		return
	}
	if t[sp] == '%' {
		e.unit, e.end = "%", sp+1
		return
	}
	if sp+1 < len(t) && t[sp] == 0xC2 && t[sp+1] == 0xB0 {
		e.unit, e.end = "degrees", degreeLetter(t, sp+2)
		return
	}
	ws, we, _, lw := s.wordAfter(j)
	if ws < 0 {
		return
	}
	w := t[ws:we]
	switch {
	case equalFoldASCII(w, "percent") || equalFoldASCII(w, "pc"):
		e.unit, e.end = "%", we
		return
	case equalFoldASCII(w, "per") && wordIs(t, we, "cent"):
		e.unit, e.end = "%", skipSpaces(t, we)+4
		return
	case equalFoldASCII(w, "percentage") && (wordIs(t, we, "points") || wordIs(t, we, "point")):
		e.unit, e.end = "pp", lettersEnd(t, skipSpaces(t, we))
		return
	case equalFoldASCII(w, "years") && wordIs(t, we, "old"):
		e.unit, e.end = "age", lettersEnd(t, skipSpaces(t, we))
		return
	}
	if e.unit == "" {
		if code, end := currencyAfter(t, ws, we, lw, e.scaled); code != "" {
			e.unit, e.end = code, end
			return
		}
	}
	if e.unit != "" {
		return
	}
	unit, ok := "", lw.in(inMeasureUnits)
	if ok {
		unit = lw.val().measure
	}
	if !ok && (equalFoldASCII(w, "square") || equalFoldASCII(w, "sq")) {
		if us, ue, _ := nextWordAfterSpace(t, we); us >= 0 {
			if u, ok2 := foldValue(t[us:ue], inMeasureUnits, measureOf); ok2 && (u == "km" || u == "mi" || u == "m") {
				e.unit, e.end = u+"2", ue
			}
		}
		return
	}
	if !ok {
		return
	}
	if unit == "t" && w == "t" {
		return // "5 t" is too rare to tell from a stray letter
	}
	e.unit, e.end = unit, we
	s.unitTail(e)
}

// unitTail reads what completes a unit: "km/h", "per hour", "degrees
// Celsius", "on the Richter scale".
func (s *scanner) unitTail(e *expr) {
	t := s.t
	j := e.end
	switch e.unit {
	case "km", "mi":
		if j+1 < len(t) && t[j] == '/' && lower(t[j+1]) == 'h' && (j+2 == len(t) || !isLetter(t[j+2])) {
			e.unit, e.end = speedUnit(e.unit), j+2
			return
		}
		if ws, we, _ := nextWordAfterSpace(t, j); ws >= 0 && (equalFoldASCII(t[ws:we], "per") || equalFoldASCII(t[ws:we], "an")) && wordIs(t, we, "hour") {
			e.unit, e.end = speedUnit(e.unit), lettersEnd(t, skipSpaces(t, we))
		}
	case "degrees":
		if ws, we, _ := nextWordAfterSpace(t, j); ws >= 0 {
			switch w := t[ws:we]; {
			case equalFoldASCII(w, "celsius"), equalFoldASCII(w, "fahrenheit"), equalFoldASCII(w, "centigrade"), w == "C", w == "F":
				e.end = we
			}
		}
	}
}

func speedUnit(distance string) string {
	if distance == "mi" {
		return "mph"
	}
	return "km/h"
}

// degreeLetter skips the "C" or "F" after a degree sign.
func degreeLetter(t string, i int) int {
	if i < len(t) && (t[i] == 'C' || t[i] == 'F') && (i+1 == len(t) || !isLetter(t[i+1])) {
		return i + 1
	}
	return i
}

// hyphenUnit reads a unit joined by a hyphen: "7.1-magnitude", "25-year-old",
// "10-km", "1,000-strong", "50-plus", "40-odd".
func (s *scanner) hyphenUnit(e *expr, i int) {
	t := s.t
	k := lettersEnd(t, i)
	w := t[i:k]
	switch {
	case equalFoldASCII(w, "year") || equalFoldASCII(w, "years"):
		if k+1 < len(t) && t[k] == '-' && equalFoldASCII(t[k+1:lettersEnd(t, k+1)], "old") {
			e.unit, e.end = "age", lettersEnd(t, k+1)
			return
		}
		e.unit, e.end = "year", k
	case equalFoldASCII(w, "strong"):
		e.end = k
	case equalFoldASCII(w, "plus"):
		if e.qual == "" {
			e.qual = "at least"
		}
		e.end = k
	case equalFoldASCII(w, "odd"):
		if e.qual == "" {
			e.qual = "about"
		}
		e.end = k
	default:
		if e.unit != "" {
			return
		}
		if unit, ok := foldValue(w, inMeasureUnits, measureOf); ok {
			e.unit, e.end = unit, k
		}
	}
}

// currencyAfter reads a currency written after the figure: "dollars", "US
// dollars", "euros", "USD", and "pounds" after a scale word ("5 million
// pounds"; a bare "5 pounds" is a weight).
func currencyAfter(t string, ws, we int, lw *lexWord, scaled bool) (code string, end int) {
	w := t[ws:we]
	if lw.in(inCurrencyCodes) && isUpperWord(w) {
		return lw.val().code, we
	}
	if lw.in(inDollarNations) {
		nation := lw.val().nation
		if ds, de, _ := nextWordAfterSpace(t, we); ds >= 0 && strings.HasPrefix(strings.ToLower(t[ds:de]), "dollar") {
			return nation, de
		}
	}
	if (equalFoldASCII(w, "us") || equalFoldASCII(w, "u")) && we < len(t) && t[we] == '.' {
		// "U.S. dollars"
		k := we
		for k < len(t) && (t[k] == '.' || isLetter(t[k])) {
			k++
		}
		if ds, de, _ := nextWordAfterSpace(t, k); ds >= 0 && strings.HasPrefix(strings.ToLower(t[ds:de]), "dollar") {
			return "USD", de
		}
	}
	if lw.in(inCurrencyNames) {
		return lw.val().currency, we
	}
	if equalFoldASCII(w, "pounds") || equalFoldASCII(w, "pound") {
		if wordIs(t, we, "sterling") {
			return "GBP", lettersEnd(t, skipSpaces(t, we))
		}
		if scaled {
			return "GBP", we
		}
		return "", 0
	}
	return "", 0
}

// trailingQualifier reads "or more", "or so", "or fewer" and "+" after the
// figure.
func (s *scanner) trailingQualifier(e *expr) {
	t := s.t
	if e.end < len(t) && t[e.end] == '+' && (e.end+1 == len(t) || !isAlnum(t[e.end+1])) {
		if e.qual == "" {
			e.qual = "at least"
		}
		e.end++
		return
	}
	ws, we, _, _ := s.wordAfter(e.end)
	if ws < 0 || !equalFoldASCII(t[ws:we], "or") {
		return
	}
	ns, ne, _ := nextWordAfterSpace(t, we)
	if ns < 0 {
		return
	}
	q := ""
	switch w := t[ns:ne]; {
	case equalFoldASCII(w, "more"):
		q = "at least"
	case equalFoldASCII(w, "so"):
		q = "about"
	case equalFoldASCII(w, "fewer"), equalFoldASCII(w, "less"):
		q = "at most"
	default:
		return
	}
	if e.qual == "" {
		e.qual = q
	}
	e.end = ne
}

// isDateDay reports whether e is the day number of a date: "November 24",
// "Nov. 24", "24 November", "24th of November", "24-25 November".
func (s *scanner) isDateDay(e *expr) bool {
	if e.unit != "" || e.qual != "" || e.scaled || !e.integer || e.lo < 1 || e.hi > 31 {
		return false
	}
	if e.kind != "" && e.kind != KindOrdinal {
		return false
	}
	t := s.t
	j := skipSpacesBack(t, e.start)
	dot := j > 0 && t[j-1] == '.'
	if dot {
		j--
	}
	// After a dot only an abbreviation ("Nov. 24") marks a date: "in May. 1
	// in 5 adults" starts a new sentence.
	if ws, we, lw := s.wordBefore(j); ws >= 0 && isMonthEntry(t[ws:we], lw) && (!dot || (we-ws <= 4 && !equalFoldASCII(t[ws:we], "may"))) {
		return true
	}
	ws, we, _, lw := s.wordAfter(e.end)
	if ws >= 0 && equalFoldASCII(t[ws:we], "of") {
		ws, we, _ = nextWordAfterSpace(t, we)
		lw = nil
		if ws >= 0 {
			lw = lookupWord(t[ws:we])
		}
	}
	return ws >= 0 && isMonthEntry(t[ws:we], lw)
}

// isMonthEntry reports a month name or abbreviation (lw is its table
// entry); "May" and "March" only capitalized, since "may" and "march" are
// also verbs.
func isMonthEntry(w string, lw *lexWord) bool {
	if !lw.in(inMonthNames) {
		return false
	}
	if equalFoldASCII(w, "may") || equalFoldASCII(w, "march") || equalFoldASCII(w, "mar") {
		return isUpper(w[0])
	}
	return true
}

// isYear reports whether a bare four-digit figure is a year: 1900-2100, with
// no unit or qualifier, and not directly counting a plural noun ("2000
// people") unless a year context precedes it ("the 2019 elections").
func (s *scanner) isYear(e *expr) bool {
	if !e.plain4 || e.unit != "" || e.qual != "" || e.scaled || e.ranged || e.lo < 1900 || e.lo > 2100 {
		return false
	}
	t := s.t
	j := skipSpacesBack(t, e.start)
	if j > 0 && (t[j-1] == ',' || t[j-1] == '-' || t[j-1] == '(') {
		return true
	}
	if ws, we, lw := s.wordBefore(e.start); ws >= 0 {
		if lw.in(inYearContext) || isMonthEntry(t[ws:we], lw) {
			return true
		}
	}
	return !s.pluralNounAt(e.end)
}

// applyQualifier turns the figure into the range its qualifier allows.
func applyQualifier(e *expr) {
	discrete := e.integer && e.unit == "" && (e.kind == "" || e.kind == KindCount)
	n := e.lo
	switch e.qual {
	case "more than":
		if discrete && n == math.Trunc(n) {
			e.lo = n + 1
		} else {
			e.lo = math.Nextafter(n, math.Inf(1))
		}
		e.hi = math.Inf(1)
	case "at least":
		e.hi = math.Inf(1)
	case "fewer than":
		if discrete && n == math.Trunc(n) {
			e.hi = n - 1
		} else {
			e.hi = math.Nextafter(n, math.Inf(-1))
		}
		e.lo = floorOf(n)
	case "at most", "up to":
		e.lo = floorOf(e.hi)
	case "nearly":
		n = e.hi
		if math.IsInf(n, 1) {
			break
		}
		e.lo = 0.9 * n
		if discrete && n == math.Trunc(n) {
			e.lo, e.hi = math.Ceil(e.lo), n-1
		} else {
			e.hi = math.Nextafter(n, math.Inf(-1))
		}
		e.approx = true
	case "about":
		lo, hi := 0.9*e.lo, 1.1*e.hi
		if e.lo < 0 {
			lo = 1.1 * e.lo
		}
		if e.hi < 0 {
			hi = 0.9 * e.hi
		}
		if discrete {
			lo, hi = math.Ceil(lo), math.Floor(hi)
		}
		e.lo, e.hi = lo, hi
		e.approx = true
	}
	if e.lo > e.hi {
		e.hi = e.lo
	}
}

// floorOf is the lower bound of "fewer than n": zero for quantities, none
// for negative figures.
func floorOf(n float64) float64 {
	if n < 0 {
		return math.Inf(-1)
	}
	return 0
}
