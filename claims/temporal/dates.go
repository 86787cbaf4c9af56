package temporal

import "time"

// parseDate reads calendar dates: "November 24", "Nov. 24, 2019", "24
// November 2019", "2019-11-24", "11/24/2019", "November 2019", "in 2019",
// "the 1990s", "mid-November", "last November", "this fall", "fiscal 2020",
// "the 2019-20 season", "the 20th century"; a weekday in brackets after a
// date ("November 24 (Sunday)") is part of it.
func (f *finder) parseDate(i int) (match, bool) {
	p := f.readPrefix(i)
	if p.approx {
		return match{}, false
	}
	t := f.at(p.j)
	switch {
	case t.kind == kWord && t.e.cl == clMonth:
		return f.monthDate(i, p)
	case t.kind == kWord && t.e.cl == clSeason:
		return f.season(i, p)
	case t.kind == kWord && (t.e.cl == clNumWord || f.is(p.j, "year") && p.the):
		return f.spokenYearDate(i, p)
	case t.kind == kWord && t.e.cl == clFiscal && p.rel == 0 && p.edge == 0:
		return f.fiscal(i, p)
	case t.kind == kNum:
		if p.rel != 0 {
			return match{}, false
		}
		return f.numericDate(i, p)
	case f.apostrophe(p.j) && p.rel == 0:
		return f.shortDecade(i, p)
	case t.kind == kWord && t.e.cl == clDecade && p.the && p.rel == 0:
		return f.decadeWord(i, p)
	}
	return match{}, false
}

// spanStart is where an expression with prefix p begins: modifiers are part
// of it, a lone "the" only when keepThe.
func spanStart(i int, p prefix, keepThe bool) int {
	if p.edge != 0 || p.rel != 0 || keepThe {
		return i
	}
	if p.the {
		return i + 1
	}
	return i
}

// ambiguousMonths are month names that are also common words or names.
var ambiguousMonths = [13]bool{3: true, 4: true, 5: true, 6: true, 8: true}

// monthCues may precede a bare month name.
var monthCues = map[string]bool{"in": true, "since": true, "of": true, "from": true,
	"until": true, "till": true, "by": true, "to": true, "before": true, "after": true,
	"during": true, "through": true, "throughout": true, "between": true, "and": true,
	"or": true, "early": true, "late": true, "mid": true, "last": true, "next": true,
	"this": true, "for": true, "on": true, "around": true, "ending": true, "ended": true}

func (f *finder) monthDate(i int, p prefix) (match, bool) {
	j := p.j
	mt := f.at(j)
	if !mt.upper {
		return match{}, false
	}
	m := int(mt.e.val)
	k := j + 1
	if f.punct(k, '.') && f.adj(k) && mt.e.abbr {
		k++
	}
	d, y := 0, 0
	if t := f.at(k); t.kind == kNum && !t.frac && t.ndig <= 2 && t.num >= 1 && t.num <= 31 &&
		!(f.adj(k+1) && (f.punct(k+1, '%') || (f.punct(k+1, ':') || f.punct(k+1, '.')) && f.at(k+2).kind == kNum && f.adj(k+2))) {
		d = t.num
		k++
		if f.adj(k) && (f.is(k, "st") || f.is(k, "nd") || f.is(k, "rd") || f.is(k, "th")) {
			k++
		}
		if n, yv, ok := f.yearAt(k, true); ok {
			y, k = yv, n
		}
	} else if n, yv, ok := f.yearAt(k, true); ok {
		y, k = yv, n
	} else if f.is(k, "of") {
		if n, yv, ok := f.yearAt(k+1, false); ok {
			y, k = yv, n
		}
	}
	// "in June last year", "in March next year"
	yearOff, hasOff := 0, false
	if d == 0 && y == 0 && p.rel == 0 && f.is(k+1, "year") {
		switch {
		case f.mod(k, mLast):
			yearOff, hasOff = -1, true
		case f.mod(k, mThis):
			hasOff = true
		case f.mod(k, mNext):
			yearOff, hasOff = 1, true
		}
		if hasOff {
			k += 2
			p.rel = mThis // the month is then named, like "this June"
		}
	}
	if d == 0 && y == 0 && !f.bareMonthOK(i, j, p) {
		return match{}, false
	}
	if d != 0 && !validDay(y, m, d) {
		return match{}, false
	}
	if d != 0 && p.rel != 0 {
		return match{}, false
	}
	e := Expr{Type: "DATE", Part: edgeParts[p.edge]}
	switch {
	case d != 0 && y != 0:
		f.setDay(&e, day(y, m, d))
	case y != 0:
		setMonth(&e, y, m, f.vals)
	case d != 0:
		if f.dated {
			f.setDay(&e, day(f.inferYear(m, d, f.tense(i, k)), m, d))
			e.Anchor = AnchorPublication
		} else {
			e.Value, e.Gran, e.Month, e.Day = "XXXX-"+pad(m, 2)+"-"+pad(d, 2), "day", m, d
		}
	default:
		e.Relative = true
		if !f.anchorOK() {
			e.Value, e.Gran, e.Month = "XXXX-"+pad(m, 2), "month", m
			break
		}
		py, pm := f.pub.Year(), int(f.pub.Month())
		yy := py
		switch p.rel {
		case mLast, mPast, mPrevious:
			if m >= pm {
				yy--
			}
		case mNext, mComing:
			if m <= pm {
				yy++
			}
		case mThis:
			yy += yearOff
		default:
			yy = f.inferYear(m, 0, f.tense(i, k))
		}
		setMonth(&e, yy, m, f.vals)
		e.Anchor = AnchorPublication
	}
	if e.Value == "" {
		return match{}, false
	}
	if d != 0 {
		if n, wd, ok := f.weekdayAfter(k); ok {
			markWeekday(&e, wd)
			k = n
		}
	}
	return match{spanStart(i, p, false), k, e}, true
}

// bareMonthOK decides whether a month name without day or year is a date:
// names that are also words or first names ("May", "March", "April") need
// a cue before them ("in May", "late March").
func (f *finder) bareMonthOK(i, j int, p prefix) bool {
	mt := f.at(j)
	if mt.e.abbr {
		return false
	}
	if p.edge != 0 || p.rel != 0 {
		return true
	}
	prev := f.at(i - 1)
	cue := prev.kind == kWord && monthCues[lower(f.text[prev.start:prev.end])]
	if ambiguousMonths[mt.e.val] {
		if !cue {
			return false
		}
		// "to June Carter", "and April Smith"
		if nx := f.at(j + 1); nx.kind == kWord && nx.upper && nx.e.cl == clNone {
			return false
		}
	}
	return true
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if b[k] >= 'A' && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// yearAt reads a year after a month, day or season: ", 2019" (comma
// allowed when comma), "2019" or a spoken "nineteen ninety-four"; returns
// the index after it and the year.
func (f *finder) yearAt(k int, comma bool) (int, int, bool) {
	if comma && f.punct(k, ',') {
		k++
	}
	t := f.at(k)
	if t.kind == kNum && !t.frac && !t.grouped && t.ndig == 4 && t.num >= 1000 && t.num <= 2999 &&
		!f.punct(k+1, '%') && !(f.adj(k+1) && f.at(k+1).kind == kWord) {
		return k + 1, t.num, true
	}
	if n, y, ok := f.spokenYear(k); ok {
		return n, y, true
	}
	return 0, 0, false
}

// spokenYear reads a year written out as broadcast transcripts say it:
// "nineteen ninety-four", "nineteen seventy nine", "eighteen twelve" is
// left out (teens after the century read as counts too often), and "two
// thousand", "two thousand and one" only where a year is expected (after
// "the year" or a year cue), since "two thousand" is mostly a count.
func (f *finder) spokenYear(k int) (n, y int, ok bool) {
	t := f.at(k)
	if t.kind != kWord || t.e.cl != clNumWord {
		return 0, 0, false
	}
	c := int(t.e.val)
	switch {
	case c >= 10 && c <= 19:
		tens := f.at(k + 1)
		if tens.kind != kWord || tens.e.cl != clNumWord || tens.e.val < 20 || tens.e.val > 90 || tens.e.val%10 != 0 {
			return 0, 0, false
		}
		y, n = c*100+int(tens.e.val), k+2
		if o, ok := f.onesAt(n); ok {
			y, n = y+o.v, o.n
		}
	case c == 2 && f.is(k+1, "thousand"):
		prev := f.at(k - 1)
		if !f.is(k-1, "year") && !(prev.kind == kWord && yearCues[lower(f.text[prev.start:prev.end])]) {
			return 0, 0, false
		}
		y, n = 2000, k+2
		if f.is(n, "and") {
			if r := f.at(n + 1); r.kind == kWord && r.e.cl == clNumWord && r.e.val >= 1 && r.e.val < 20 && !f.is(n+1, "a") && !f.is(n+1, "an") {
				y, n = y+int(r.e.val), n+2
			}
		}
	default:
		return 0, 0, false
	}
	// "nineteen ninety-year-olds", "nineteen ninety-six people" are counts after all.
	if f.punct(n, '-') && f.adj(n) {
		return 0, 0, false
	}
	if nx := f.at(n); nx.kind == kWord && !nx.upper && (countNouns[lower(f.text[nx.start:nx.end])] || f.is(n, "thousand") || f.is(n, "million")) {
		return 0, 0, false
	}
	return n, y, true
}

// ones is a digit word read after a tens word.
type ones struct{ v, n int }

// onesAt reads the "-six" or " six" of "ninety-six".
func (f *finder) onesAt(k int) (ones, bool) {
	j := k
	if f.punct(j, '-') && f.adj(j) {
		j++
	}
	t := f.at(j)
	if t.kind == kWord && t.e.cl == clNumWord && t.e.val >= 1 && t.e.val <= 9 && !f.is(j, "a") && !f.is(j, "an") {
		return ones{int(t.e.val), j + 1}, true
	}
	return ones{}, false
}

// spokenYearDate reads a spoken year on its own: "in nineteen
// ninety-one", "the year two thousand".
func (f *finder) spokenYearDate(i int, p prefix) (match, bool) {
	if p.rel != 0 || p.approx {
		return match{}, false
	}
	s, j := i, p.j
	if f.is(j, "year") && p.the {
		j++ // "the year two thousand": the whole phrase is the expression
	} else if p.the {
		return match{}, false
	}
	n, y, ok := f.spokenYear(j)
	if !ok {
		return match{}, false
	}
	e := Expr{Type: "DATE", Part: edgeParts[p.edge]}
	setYear(&e, y)
	return match{s, n, e}, true
}

// weekdayAfter reads "(Sunday)" or "[Sunday]" after a date.
func (f *finder) weekdayAfter(k int) (int, time.Weekday, bool) {
	if !f.punct(k, '(') && !f.punct(k, '[') {
		return 0, 0, false
	}
	t := f.at(k + 1)
	if t.kind != kWord || t.e.cl != clWeekday || !(f.punct(k+2, ')') || f.punct(k+2, ']')) {
		return 0, 0, false
	}
	return k + 3, time.Weekday(t.e.val), true
}

// slashOrder decides between month-first and day-first for a date written
// a/b/y. Month first, as in US copy, unless only the day-first reading is
// a date (24/11/2019), or a weekday written next to it (before it, "Monday
// (10/2/2025)", "Monday, 10/2/2025", or after it in brackets) fits only
// the day-first reading, as in translated European copy.
func (f *finder) slashOrder(y, a, b, first, after int) (m, d int, ok bool) {
	monthFirst, dayFirst := validDay(y, a, b), validDay(y, b, a)
	switch {
	case !monthFirst && !dayFirst:
		return 0, 0, false
	case !monthFirst:
		return b, a, true
	case dayFirst && a != b:
		if wd, found := f.weekdayNear(first, after); found && day(y, a, b).Weekday() != wd && day(y, b, a).Weekday() == wd {
			return b, a, true
		}
	}
	return a, b, true
}

// weekdayNear finds a weekday written right before token first ("Monday,
// ", "Monday (") or in brackets right after token after.
func (f *finder) weekdayNear(first, after int) (time.Weekday, bool) {
	k := first - 1
	if f.punct(k, '(') || f.punct(k, ',') || f.punct(k, '[') {
		k--
	}
	if t := f.at(k); k >= 0 && t.kind == kWord && t.e.cl == clWeekday {
		return time.Weekday(t.e.val), true
	}
	if _, wd, ok := f.weekdayAfter(after); ok {
		return wd, true
	}
	return 0, false
}

// numericDate reads dates that begin with a number.
func (f *finder) numericDate(i int, p prefix) (match, bool) {
	j := p.j
	t := f.at(j)
	hyphenPrefix := p.edge != 0 && f.punct(j-1, '-') // "mid-1996"
	if t.frac || t.grouped || f.adj(j) && (f.punct(j-1, '$') || f.punct(j-1, '#') || f.punct(j-1, '.') || f.punct(j-1, ',') || f.punct(j-1, '-') && !hyphenPrefix || f.punct(j-1, '/')) {
		return match{}, false
	}
	num2 := func(k int) bool { return f.at(k).kind == kNum && f.adj(k) && f.at(k).ndig <= 2 && !f.at(k).frac }
	e := Expr{Type: "DATE", Part: edgeParts[p.edge]}
	// 2019-11-24
	if t.ndig == 4 && f.punct(j+1, '-') && f.adj(j+1) && num2(j+2) && f.punct(j+3, '-') && f.adj(j+3) && num2(j+4) {
		y, m, d := t.num, f.at(j+2).num, f.at(j+4).num
		if !validDay(y, m, d) || f.adj(j+5) && f.at(j+5).kind == kNum {
			return match{}, false
		}
		f.setDay(&e, day(y, m, d))
		return f.withWeekday(spanStart(i, p, false), j+5, e)
	}
	// the 2019-20 season, fiscal 2019/20
	if t.ndig == 4 && (f.punct(j+1, '-') || f.punct(j+1, '/')) && f.adj(j+1) && f.at(j+2).ndig == 2 && f.adj(j+2) && f.at(j+2).kind == kNum &&
		f.at(j+2).num == (t.num+1)%100 && t.num >= 1000 {
		e.Value, e.Gran, e.Year = yearStr(t.num), "year", t.num
		e.Lo, e.Hi = day(t.num, 1, 1), day(t.num+1, 12, 31)
		k := j + 3
		if f.is(k, "season") {
			k++
		}
		return match{spanStart(i, p, true), k, e}, true
	}
	// 11/24/2019 (US order), 24/11/2019 (day first)
	if t.ndig <= 2 && f.punct(j+1, '/') && f.adj(j+1) && num2(j+2) && f.punct(j+3, '/') && f.adj(j+3) &&
		f.at(j+4).kind == kNum && f.adj(j+4) && (f.at(j+4).ndig == 4 || f.at(j+4).ndig == 2) {
		m, d, y := t.num, f.at(j+2).num, f.at(j+4).num
		if f.at(j+4).ndig == 2 {
			y = f.century2(y)
		}
		if f.punct(j+5, '/') {
			return match{}, false
		}
		var ok bool
		if m, d, ok = f.slashOrder(y, m, d, j, j+5); !ok {
			return match{}, false
		}
		f.setDay(&e, day(y, m, d))
		return f.withWeekday(spanStart(i, p, false), j+5, e)
	}
	// 24 November 2019, 24th of November
	if t.ndig <= 2 && t.num >= 1 && t.num <= 31 {
		k := j + 1
		if f.adj(k) && (f.is(k, "st") || f.is(k, "nd") || f.is(k, "rd") || f.is(k, "th")) {
			k++
			// the 20th century
			if f.is(k, "century") && t.num >= 2 {
				setCentury(&e, t.num-1)
				if e.Value == "" {
					return match{}, false
				}
				return match{spanStart(i, p, true), k + 1, e}, true
			}
			if f.is(k, "of") {
				k++
			}
		}
		if mt := f.at(k); mt.kind == kWord && mt.e.cl == clMonth && mt.upper {
			m, d := int(mt.e.val), t.num
			k++
			if f.punct(k, '.') && f.adj(k) && mt.e.abbr {
				k++
			}
			y := 0
			if n, yv, ok := f.yearAt(k, true); ok {
				y, k = yv, n
			}
			if !validDay(y, m, d) {
				return match{}, false
			}
			if y != 0 {
				f.setDay(&e, day(y, m, d))
			} else if f.dated {
				f.setDay(&e, day(f.inferYear(m, d, f.tense(i, k)), m, d))
				e.Anchor = AnchorPublication
			} else {
				e.Value, e.Gran, e.Month, e.Day = "XXXX-"+pad(m, 2)+"-"+pad(d, 2), "day", m, d
			}
			return f.withWeekday(spanStart(i, p, false), k, e)
		}
		return match{}, false
	}
	if t.ndig != 4 {
		return match{}, false
	}
	// 1990s
	if t.num%10 == 0 && f.is(j+1, "s") && f.adj(j+1) {
		setDecade(&e, t.num/10)
		if e.Value == "" {
			return match{}, false
		}
		return match{spanStart(i, p, true), j + 2, e}, true
	}
	if !f.yearOK(j, p) {
		return match{}, false
	}
	setYear(&e, t.num)
	return match{spanStart(i, p, false), j + 1, e}, true
}

// withWeekday adds a bracketed weekday written after a date.
func (f *finder) withWeekday(s, k int, e Expr) (match, bool) {
	if n, wd, ok := f.weekdayAfter(k); ok {
		markWeekday(&e, wd)
		k = n
	}
	return match{s, k, e}, true
}

// century2 expands a two-digit year.
func (f *finder) century2(yy int) int {
	limit := 30
	if f.dated {
		limit = f.pub.Year()%100 + 5
	}
	if yy <= limit {
		return 2000 + yy
	}
	return 1900 + yy
}

// yearCues are words after which a four-digit number is a year.
var yearCues = map[string]bool{"in": true, "since": true, "of": true, "from": true,
	"until": true, "till": true, "by": true, "to": true, "before": true, "after": true,
	"during": true, "through": true, "throughout": true, "between": true, "and": true,
	"or": true, "around": true, "circa": true, "early": true, "late": true, "mid": true,
	"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true,
	"year": true, "end": true, "start": true, "beginning": true, "middle": true, "for": true,
	"than": true, "as": true, "year-end": true, "like": true}

// yearFollowers may follow a year ("in 1990 the company", "the 1988 election").
var yearFollowers = map[string]bool{"and": true, "or": true, "but": true, "to": true,
	"in": true, "on": true, "at": true, "as": true, "after": true, "before": true,
	"when": true, "while": true, "with": true, "for": true, "was": true, "were": true,
	"is": true, "are": true, "had": true, "has": true, "have": true, "the": true, "a": true,
	"an": true, "that": true, "which": true, "who": true, "from": true, "until": true,
	"by": true, "of": true, "than": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "there": true, "this": true, "also": true, "because": true, "if": true,
	"said": true, "will": true, "would": true, "could": true, "election": true,
	"elections": true, "season": true, "census": true, "budget": true, "campaign": true,
	"levels": true, "level": true, "figures": true, "results": true, "earnings": true,
	"quarter": true, "period": true, "war": true, "crisis": true, "law": true, "act": true,
	"through": true, "compared": true, "since": true, "alone": true, "only": true}

// strongYearCues are the words after which a number is read as a year
// even before a word that could be counted.
var strongYearCues = map[string]bool{"in": true, "since": true, "during": true, "until": true, "year": true}

// strongYearCueBefore: the word right before token j is a strong year cue.
func (f *finder) strongYearCueBefore(j int) bool {
	if j == 0 {
		return false
	}
	prev := f.at(j - 1)
	return prev.kind == kWord && strongYearCues[lower(f.text[prev.start:prev.end])]
}

// yearOK decides whether the four-digit number at j is a year rather than a
// count ("killed 2000 people") or a model number ("Windows 2000").
func (f *finder) yearOK(j int, p prefix) bool {
	t := f.at(j)
	n := t.num
	if n < 1000 || n > 2999 || p.rel != 0 {
		return false
	}
	nx := f.at(j + 1)
	if nx.kind == kNum || nx.kind == kPunct && (nx.punct == '%' || nx.punct == '-' && f.adj(j+1) && f.at(j+2).kind == kNum) ||
		nx.kind == kWord && f.adj(j+1) {
		return false
	}
	plausible := n >= 1900 && n <= 2100
	if f.dated {
		plausible = n >= 1800 && n <= f.pub.Year()+30
	}
	if nx.kind == kWord && !nx.upper && plausible && f.strongYearCueBefore(j) {
		// "In 2023 two men robbed", "in the year 2023 unknown
		// perpetrators": after "in", "since" or "the year" a plausible
		// year is one, unless a plural noun follows ("in 2000 homes").
		w := lower(f.text[nx.start:nx.end])
		return !countNouns[w] && w[len(w)-1] != 's'
	}
	if nx.kind == kWord && !nx.upper && !yearFollowers[lower(f.text[nx.start:nx.end])] {
		// "the 1995 shooting", "a 1996 law", "its 1988 recapitalization":
		// a year used as an adjective after a determiner, unless what
		// follows is something counted.
		return plausible && f.determinerBefore(j, p) && !countNouns[lower(f.text[nx.start:nx.end])]
	}
	prev := f.at(j - 1)
	if p.edge != 0 || p.the && plausible {
		return !(nx.kind == kWord && countNouns[lower(f.text[nx.start:nx.end])])
	}
	if prev.kind == kWord {
		if yearCues[lower(f.text[prev.start:prev.end])] {
			return n >= 1000
		}
		if prev.upper && prev.e.cl != clMonth && prev.e.cl != clSeason && j-1 > 0 {
			return false // "Windows 2000", "Flight 1990"
		}
	}
	if prev.kind == kPunct && (prev.punct == '$' || prev.punct == '#') {
		return false
	}
	return plausible
}

// determinerBefore reports whether an article, demonstrative or possessive
// comes right before token j.
func (f *finder) determinerBefore(j int, p prefix) bool {
	if p.the {
		return true
	}
	prev := f.at(j - 1)
	if prev.kind != kWord {
		return false
	}
	switch lower(f.text[prev.start:prev.end]) {
	case "a", "the", "its", "his", "her", "their", "our", "that", "this", "s":
		return prev.e.cl != clNone || prev.end-prev.start > 1 || f.apostrophe(j-2)
	}
	return false
}

// countNouns are things counted in news: a four-digit number before them
// is a count, not a year.
var countNouns = map[string]bool{"people": true, "persons": true, "employees": true,
	"workers": true, "troops": true, "soldiers": true, "members": true, "students": true,
	"residents": true, "jobs": true, "cases": true, "deaths": true, "homes": true,
	"houses": true, "cars": true, "vehicles": true, "units": true, "shares": true,
	"tons": true, "acres": true, "miles": true, "kilometers": true, "kilometres": true,
	"meters": true, "metres": true, "feet": true, "votes": true, "seats": true,
	"patients": true, "children": true, "families": true, "refugees": true, "police": true,
	"officers": true, "rounds": true, "points": true, "copies": true, "pages": true,
	"words": true, "dollars": true, "euros": true, "pounds": true, "barrels": true,
	"rooms": true, "beds": true, "men": true, "women": true, "passengers": true,
	"stores": true, "plants": true, "flights": true, "victims": true, "prisoners": true,
	"delegates": true, "customers": true, "users": true, "hours": true, "days": true,
	"years": true, "tonnes": true, "pieces": true, "items": true, "companies": true}

// shortDecade reads "'90s", "the '80s".
func (f *finder) shortDecade(i int, p prefix) (match, bool) {
	j := p.j
	t := f.at(j + 1)
	if t.kind != kNum || t.ndig != 2 || !f.adj(j+1) || t.num%10 != 0 || !f.is(j+2, "s") || !f.adj(j+2) {
		return match{}, false
	}
	c := 19
	if f.dated && t.num <= f.pub.Year()%100 {
		c = f.pub.Year() / 100
	}
	e := Expr{Type: "DATE", Part: edgeParts[p.edge]}
	setDecade(&e, c*10+t.num/10)
	return match{spanStart(i, p, true), j + 3, e}, true
}

// decadeWord reads "the nineties", "the early eighties": the latest such
// decade up to publication (of the 1900s when undated). Temperatures "in
// the nineties" are left alone.
func (f *finder) decadeWord(i int, p prefix) (match, bool) {
	for k := range f.toks {
		if w := lower(f.wordAt(k)); temperatureWords[w] {
			return match{}, false
		}
	}
	tens := int(f.at(p.j).e.val)
	c := 19
	if f.dated {
		c = f.pub.Year() / 100
		if tens*10 > f.pub.Year()%100 {
			c--
		}
	}
	e := Expr{Type: "DATE", Part: edgeParts[p.edge]}
	setDecade(&e, c*10+tens)
	if e.Value == "" {
		return match{}, false
	}
	return match{spanStart(i, p, true), p.j + 1, e}, true
}

// temperatureWords in a sentence make "the nineties" degrees.
var temperatureWords = map[string]bool{"degrees": true, "temperature": true,
	"temperatures": true, "highs": true, "lows": true, "fahrenheit": true, "heat": true}

// fiscal reads "fiscal 2020", "fiscal year 2020", "FY2020", "FY 20": the
// year stays as written, never moved to the calendar year.
func (f *finder) fiscal(i int, p prefix) (match, bool) {
	k := p.j + 1
	if f.punct(k, '-') && f.adj(k) {
		k++
	}
	if f.is(k, "year") {
		k++
	}
	t := f.at(k)
	if t.kind != kNum || t.frac {
		return match{}, false
	}
	y := t.num
	switch {
	case t.ndig == 4 && y >= 1000 && y <= 2999:
	case t.ndig == 2 && f.is(p.j, "fy"):
		y = f.century2(y)
	default:
		return match{}, false
	}
	e := Expr{Type: "DATE", Value: yearStr(y), Gran: "year", Year: y}
	// A fiscal year may begin in the calendar year before the one it is named for.
	e.Lo, e.Hi = day(y-1, 1, 1), day(y, 12, 31)
	return match{spanStart(i, p, true), k + 1, e}, true
}

// seasonCues may precede a season name.
var seasonCues = map[string]bool{"in": true, "during": true, "by": true, "until": true,
	"since": true, "through": true, "over": true, "this": true, "last": true, "next": true,
	"into": true, "of": true, "throughout": true, "before": true, "after": true, "for": true}

// season reads "this fall", "last spring", "the summer of 2019", "winter 2020".
func (f *finder) season(i int, p prefix) (match, bool) {
	j := p.j
	s := int(f.at(j).e.val)
	k := j + 1
	y := 0
	if n, yv, ok := f.yearAt(k, false); ok {
		y, k = yv, n
	} else if f.is(k, "of") {
		if n, yv, ok := f.yearAt(k+1, false); ok {
			y, k = yv, n
		}
	}
	if y == 0 && p.rel == 0 {
		prev := f.at(i - 1)
		cue := prev.kind == kWord && seasonCues[lower(f.text[prev.start:prev.end])]
		if s == sFall || !(cue && (p.the || p.edge != 0)) {
			return match{}, false
		}
	}
	if p.rel != 0 && y != 0 {
		return match{}, false
	}
	e := Expr{Type: "DATE", Part: edgeParts[p.edge]}
	switch {
	case y != 0:
		setSeason(&e, y, s)
	case !f.anchorOK():
		e.Value, e.Gran, e.Relative = "XXXX-"+seasonCodes[s], "season", true
	default:
		py := f.pub.Year()
		if s == sWinter && f.pub.Month() <= 2 {
			py-- // this winter began last December
		}
		lo := day(py, 3*s, 1)
		hi := day(py, 3*s+3, 0)
		yy := py
		switch p.rel {
		case mLast, mPast, mPrevious:
			if !hi.Before(f.pub) {
				yy--
			}
		case mNext, mComing:
			if !lo.After(f.pub) {
				yy++
			}
		case mThis:
		default:
			switch f.tense(i, k) {
			case tenseFuture:
				if hi.Before(f.pub) {
					yy++
				}
			default:
				if lo.After(f.pub) {
					yy--
				}
			}
		}
		setSeason(&e, yy, s)
		e.Relative, e.Anchor = true, AnchorPublication
	}
	if e.Value == "" {
		return match{}, false
	}
	return match{spanStart(i, p, true), k, e}, true
}
