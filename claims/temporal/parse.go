package temporal

import (
	"strconv"
	"strings"
	"time"
)

// match is a parsed expression over tokens [s, n) of the sentence.
type match struct {
	s, n int
	e    Expr
}

// parse tries the expression forms try names (candidates' answer) at
// token i, where mayStart holds, longest forms first, and puts the first
// that reads into *m. A match is large (an Expr): most tokens read none,
// and returning an empty one by value from here was a tenth of the
// finder's time.
func (f *finder) parse(i int, try uint16, m *match) bool {
	for k, p := range parsers {
		if try&(1<<k) == 0 {
			continue
		}
		// A value that cannot be written (year 0) means no expression.
		if r, ok := p(f, i); ok && r.n > r.s && r.s >= i && r.n <= len(f.toks) && r.e.Value != "" {
			*m = r
			return true
		}
	}
	return false
}

// Bits of the parsers in parsers, for candidates.
const (
	tryClock = 1 << iota
	tryCount
	tryQuarter
	tryYearEnd
	tryUnitRef
	tryWeekday
	tryRelDay
	tryDate
	tryHoliday
	tryRef
	trySet
)

// candidates returns the parsers that can succeed at token i with prefix
// p: each bit stands for the first test its parser makes of the tokens,
// before it does any work, so a parser left out would have failed there.
// A failed parser still costs its call and the copy of its large result,
// which was a third of the date finder's time when all eleven were tried
// at every number.
func (f *finder) candidates(i int, p prefix) uint16 {
	t, h := f.at(i), f.at(p.j)
	try := uint16(0)
	if t.kind == kNum && !t.frac && t.ndig <= 2 && t.num <= 24 && f.numberMayClock(i) ||
		t.kind == kWord && (t.e.cl == clNumWord && t.e.val >= 1 && t.e.val <= 12 || t.e.cl == clPart && (t.e.val == pNoon || t.e.val == pMidnight)) {
		try |= tryClock
	}
	if t.kind == kWord && (t.e.cl == clSet || t.e.cl == clMod && (t.e.val == mEvery || t.e.val == mEach)) {
		try |= trySet
	}
	if t.kind == kWord && t.e.cl == clUnit && t.e.val == uYear {
		try |= tryYearEnd // the parser asks for "year" itself
	}
	if t.kind == kWord && t.e.cl == clRef {
		try |= tryRef
	}
	switch h.kind {
	case kNum:
		try |= tryCount
		if f.numberMayDate(p.j) {
			try |= tryDate
		}
		if h.ndig == 4 {
			try |= tryQuarter
		}
	case kPunct:
		try |= tryDate // "'90s"
	case kWord:
		try |= headParsers[h.e.cl]
		if h.e.cl == clNone && (f.is(p.j, "comparable") || f.is(p.j, "latter")) {
			try |= tryQuarter
		}
		if h.e.cl == clNone && (f.is(p.j, "full") || f.is(p.j, "calendar")) {
			try |= tryUnitRef
		}
	}
	if p.rel == mPast {
		try |= tryRef // "the past"
	}
	if try&tryCount != 0 && !f.unitWithin(p.j+1, p.j+countReach) {
		try &^= tryCount // "10 people": most numbers count no time unit
	}
	if try&tryQuarter != 0 && !f.unitWithin(p.j, p.j+quarterReach) {
		try &^= tryQuarter // "in 2005": most years name no quarter or half
	}
	return try
}

// quarterReach is how far after its head parseQuarter can find its unit
// (or the "year" of "year-ago"): "year's" (3), "comparable" (1),
// "year-ago" (3), "fiscal-" (2), a year (1), "latter" (1), an ordinal
// with a hyphen (2) and "fiscal" (1).
const quarterReach = 14

// numberMayClock reports whether parseClock can read the number at i: it
// must come before a colon ("9:45"), an a.m. or p.m. ("7 pm", "7 p.m.")
// or "in", "at", "o" ("4 in the morning", "7 at night", "9 o'clock").
func (f *finder) numberMayClock(i int) bool {
	n := f.at(i + 1)
	if n.kind == kPunct {
		return n.punct == ':'
	}
	return n.kind == kWord && (n.e.cl == clAmPm || f.is(i+1, "a") || f.is(i+1, "p") ||
		f.is(i+1, "in") || f.is(i+1, "at") || f.is(i+1, "o"))
}

// numberMayDate reports whether numericDate can read the number at j: a
// four-digit one may be a year or begin an ISO date; one of one or two
// digits must come before a slash ("11/24/2019"), a month ("24
// November", "24th of November") or "century" ("20th century"); no
// other number begins a date, nor one written as a fraction or in
// thousands.
func (f *finder) numberMayDate(j int) bool {
	t := f.at(j)
	switch {
	case t.frac || t.grouped:
		return false
	case t.ndig == 4:
		return true
	case t.ndig > 2:
		return false
	}
	if f.punct(j+1, '/') || f.is(j+2, "century") {
		return true
	}
	for k := j + 1; k <= j+3 && k < len(f.toks); k++ {
		if m := &f.toks[k]; m.kind == kWord && m.e.cl == clMonth {
			return true
		}
	}
	return false
}

// countReach is how far after its head parseCount can find the unit:
// an ordinal (1), a count of up to three tokens ("a couple of", 3), a
// half ("and a half", 3), an adjective ("more", 1) and a hyphen (1).
const countReach = 9

// unitWithin reports whether a token in [from, to] is a unit of time.
func (f *finder) unitWithin(from, to int) bool {
	for k := from; k <= to && k < len(f.toks); k++ {
		if t := &f.toks[k]; t.kind == kWord && t.e.cl == clUnit {
			return true
		}
	}
	return false
}

// headParsers are, per class of the word after the prefix, the parsers
// that accept it as their head.
var headParsers = [...]uint16{
	clMonth:   tryDate,
	clWeekday: tryWeekday,
	clUnit:    tryQuarter | tryUnitRef | tryRef | tryDate, // "the year two thousand"
	clNumWord: tryCount | tryDate,
	clOrdinal: tryCount | tryQuarter,
	clPart:    tryUnitRef,
	clRelDay:  tryRelDay,
	clRef:     tryRef,
	clSeason:  tryDate,
	clFiscal:  tryQuarter | tryUnitRef | tryDate,
	clHoliday: tryHoliday,
	clLead:    tryRef, // "the near future", "these days"
	clDecade:  tryDate,
	clZone:    0,
	clAmPm:    0,
	clTense:   0,
	clApprox:  0,
	clMod:     0,
	clNone:    0,
}

// mayStart is a quick test that some parser can succeed at i: after the
// modifiers there must be a head word, a number or an apostrophe ('90s).
func (f *finder) mayStart(i int) bool {
	p := f.readPrefix(i)
	t := f.at(p.j)
	switch {
	case t.kind == kNum:
		return true
	case t.kind == kPunct:
		return f.apostrophe(p.j)
	case t.e.cl == clHoliday && t.e.val == hNewYear:
		return t.upper && f.is(p.j+1, "year") // "new" alone is the commonest adjective
	case isHead(t.e.cl), t.e.cl == clOrdinal, t.e.cl == clLead:
		return true
	case t.e.cl == clNumWord:
		if _, _, ok := f.spokenYear(p.j); ok {
			return true
		}
		if (f.is(p.j+1, "in") || f.is(p.j+1, "at") || f.is(p.j+1, "o")) && clockCues[lower(f.wordAt(p.j-1))] {
			return true // "at four in the morning"
		}
		for k := p.j + 1; k <= p.j+3; k++ {
			if f.cl(k, clUnit) {
				return true
			}
		}
		return false
	case t.e.cl == clMod:
		switch t.e.val {
		case mEvery, mEach:
			return true
		case mThe, mThis, mLast, mNext, mPast, mComing, mPrevious, mFollowing, mLatest, mCurrent, mSame, mThat, mRecent, mEarly, mLate, mMid, mEarlier, mLater:
			// year-ago/year-earlier and stacked modifiers ("the past") reach here
			return true
		}
		return false
	}
	if t.kind != kWord || t.e.cl != clNone {
		// "these" and "year" are words of the lexicon, taken above; the
		// other words below are in none of its classes.
		return false
	}
	return f.plainWordMayHead(p.j)
}

// plainWordMayHead reports whether the word at j, of no class, can still
// head an expression after a prefix: "the latter half", "the full year".
func (f *finder) plainWordMayHead(j int) bool {
	return f.is(j, "latter") || (f.is(j, "full") || f.is(j, "calendar")) && f.is(j+1, "year")
}

var parsers = [...]func(*finder, int) (match, bool){
	(*finder).parseClock,
	(*finder).parseCount,
	(*finder).parseQuarter,
	(*finder).parseYearEnd,
	(*finder).parseUnitRef,
	(*finder).parseWeekday,
	(*finder).parseRelDay,
	(*finder).parseDate,
	(*finder).parseHoliday,
	(*finder).parseRef,
	(*finder).parseSet,
}

// ---------------------------------------------------------------- token tests

func (f *finder) at(i int) *token {
	if i < 0 || i >= len(f.toks) {
		return &noToken
	}
	return &f.toks[i]
}

var noToken = token{start: -1, end: -1}

// is reports whether token i is the word w (lower case, compared case-insensitively).
// It compares bytes, not runes as strings.EqualFold does, with the same
// answers: w is ASCII, and a word of as many bytes that holds a
// multi-byte letter has fewer runes than w, so it is no match either way.
func (f *finder) is(i int, w string) bool {
	t := f.at(i)
	if t.kind != kWord || t.end-t.start != len(w) {
		return false
	}
	return equalFoldASCII(f.text[t.start:t.end], w)
}

// equalFoldASCII reports whether s is w, the lower-case ASCII word, in
// any case; s and w are of the same length.
func equalFoldASCII(s, w string) bool {
	for k := 0; k < len(w); k++ {
		if c := s[k]; c != w[k] && (c|0x20 != w[k] || w[k] < 'a' || w[k] > 'z') {
			return false
		}
	}
	return true
}

func (f *finder) punct(i int, c byte) bool {
	t := f.at(i)
	return t.kind == kPunct && t.punct == c
}

// adj reports whether token i touches the token before it.
func (f *finder) adj(i int) bool {
	return i > 0 && i < len(f.toks) && f.toks[i].start == f.toks[i-1].end
}

func (f *finder) cl(i int, c class) bool { return f.at(i).kind == kWord && f.at(i).e.cl == c }

func (f *finder) mod(i int, m int) bool { return f.cl(i, clMod) && int(f.at(i).e.val) == m }

// apostrophe reports whether token i is ' or ’.
func (f *finder) apostrophe(i int) bool {
	t := f.at(i)
	return t.kind == kPunct && (t.punct == '\'' || t.punct == 0 && f.text[t.start:t.end] == "’")
}

// anchorOK reports whether relative expressions can be resolved: the
// article is dated and the expression is not inside a quotation.
func (f *finder) anchorOK() bool { return f.dated && !f.quoted }

// ---------------------------------------------------------------- prefixes

// prefix is what may precede the head of an expression.
type prefix struct {
	j      int // index of the head
	approx bool
	the    bool
	edge   int // mEarly, mLate, mMid, mEarlier, mLater
	rel    int // mLast, mThis, mNext, mPast, ...
}

// readPrefix returns the prefix at token i. parse tries up to eleven
// parsers at one token and most of them read its prefix first: the one
// at f.preAt is kept so that it is read once per token, not per parser.
func (f *finder) readPrefix(i int) prefix {
	if i != f.preAt {
		f.pre, f.preAt = f.prefixAt(i), i
	}
	return f.pre
}

// prefixAt reads the modifiers that start at token i.
func (f *finder) prefixAt(i int) prefix {
	p := prefix{j: i}
	if t := f.at(i); t.kind != kWord || t.e.cl != clMod && t.e.cl != clApprox && t.e.cl != clLead {
		return p // every modifier below is a word of these classes
	}
	j := i
	switch {
	case f.cl(j, clApprox):
		p.approx = true
		j++
	case !f.cl(j, clLead):
		// The words below are all of that class: most tokens are not,
		// and need not be compared with each of them.
	case (f.is(j, "more") || f.is(j, "less") || f.is(j, "fewer")) && f.is(j+1, "than"),
		f.is(j, "at") && (f.is(j+1, "least") || f.is(j+1, "most")),
		f.is(j, "up") && f.is(j+1, "to"):
		p.approx = true
		j += 2
	}
	if f.mod(j, mThe) {
		p.the = true
		j++
	}
	if t := f.at(j); t.kind == kWord && t.e.cl == clMod {
		switch v := int(t.e.val); v {
		case mEarly, mLate, mMid, mEarlier, mLater:
			p.edge = v
			j++
			if f.punct(j, '-') && f.adj(j) {
				j++
			}
			if f.mod(j, mThe) && !p.the {
				p.the = true
				j++
			}
		}
	}
	if t := f.at(j); t.kind == kWord && t.e.cl == clMod {
		switch v := int(t.e.val); v {
		case mLast, mThis, mNext, mPast, mComing, mPrevious, mFollowing, mLatest, mCurrent,
			mSame, mThat, mRecent:
			p.rel = v
			j++
			// "this past spring"
			if v == mThis && f.mod(j, mPast) {
				p.rel = mPast
				j++
			}
		}
	}
	p.j = j
	return p
}

// edgeParts is the Part an edge modifier gives an expression. It is an
// array indexed by a prefix's edge (0 or one of these five), not a map:
// every expression built reads it.
var edgeParts = [max(mEarly, mLate, mMid, mEarlier, mLater) + 1]string{mEarly: "early", mLate: "late", mMid: "mid"}

// ---------------------------------------------------------------- edges written as nouns

// edgeOf widens a calendar expression starting at token s over an edge
// written before it as a noun phrase, which TimeML puts in the extent:
// "the end of 1990", "the beginning of October", "the middle of the
// month", "the first half of the '80s". It returns the new start and sets
// the part the edge names when e has none; the value stays.
func (f *finder) edgeOf(s int, e *Expr) int {
	if n, ok := f.frameOf(s, e); ok {
		return n
	}
	if !f.is(s-1, "of") || e.Type != "DATE" && e.Type != "TIME" || e.Gran == "" || e.Gran == "time" {
		return s
	}
	k := s - 2
	part := ""
	switch {
	case f.is(k, "end"), f.is(k, "close"):
		part = "late"
	case f.is(k, "beginning"), f.is(k, "start"):
		part = "early"
	case f.is(k, "middle"):
		part = "mid"
	case f.is(k, "half") && (e.Gran == "decade" || e.Gran == "century"):
		switch {
		case f.is(k-1, "first"):
			part = "early"
		case f.is(k-1, "second"), f.is(k-1, "last"), f.is(k-1, "latter"):
			part = "late"
		default:
			return s
		}
		k--
	default:
		return s
	}
	if !f.mod(k-1, mThe) {
		return s
	}
	if e.Part == "" {
		e.Part = part
	}
	return k - 1
}

// frameOf widens a day written after "the week of" ("the week of March
// 6" is that day's week) or "the day before/after" ("the day before last
// Tuesday" is the Monday before it), and moves its value there.
func (f *finder) frameOf(s int, e *Expr) (int, bool) {
	if e.Type != "DATE" || e.Gran != "day" || e.Lo.IsZero() || !f.mod(s-3, mThe) {
		return 0, false
	}
	moved := *e
	switch {
	case f.is(s-2, "week") && f.is(s-1, "of"):
		setWeek(&moved, e.Lo)
	case f.is(s-2, "day") && f.mod(s-1, mBefore):
		f.setDay(&moved, e.Lo.AddDate(0, 0, -1))
	case f.is(s-2, "day") && f.mod(s-1, mAfter):
		f.setDay(&moved, e.Lo.AddDate(0, 0, 1))
	default:
		return 0, false
	}
	if moved.Value == "" {
		return 0, false // a day before year 1: the date stays as written
	}
	moved.HasWeekday, moved.WeekdayMismatch = false, false // the weekday names another day now
	*e = moved
	return s - 3, true
}

// ---------------------------------------------------------------- tense

// tense returns the tense cue nearest to tokens [i, n): first looking back
// in the sentence, then forward.
func (f *finder) tense(i, n int) int {
	for k := i - 1; k >= 0; k-- {
		// "planned to leave on Thursday", "is set to resume Monday", "is
		// to meet Tuesday": an intention, so the day is still to come.
		// After the day ("On Friday, it planned to pay") it says nothing.
		if f.is(k+1, "to") && f.at(k).kind == kWord && intentCues[lower(f.text[f.toks[k].start:f.toks[k].end])] {
			if f.pastPerfectBefore(k) {
				// "had been due to expire Friday": the plan lay in the
				// past of the report, and so does its day.
				return tensePast
			}
			return tenseFuture
		}
		if t := f.cue(k); t != tenseNone {
			if t == tensePast {
				return f.auxBefore(k)
			}
			return t
		}
	}
	for k := n; k < len(f.toks); k++ {
		if t := f.cue(k); t != tenseNone {
			return t
		}
	}
	return tenseNone
}

const tensePresent = 3

// intentCues put what follows them and "to" in the future.
var intentCues = map[string]bool{"planned": true, "set": true, "is": true, "are": true,
	"was": true, "were": true, "due": true, "scheduled": true, "expected": true,
	"planning": true, "prepared": true, "preparing": true, "ready": true, "poised": true}

// pastPerfectBefore reports whether the word at k follows "had" or "had
// been" (with an optional "previously", "originally", "not" between).
func (f *finder) pastPerfectBefore(k int) bool {
	for a := k - 1; a >= 0 && a >= k-3; a-- {
		switch {
		case f.is(a, "had"):
			return true
		case f.is(a, "been"), f.is(a, "not"), f.is(a, "previously"), f.is(a, "originally"):
		default:
			return false
		}
	}
	return false
}

// auxBefore looks for an auxiliary before the past form at k: "will be
// held" is future, "is scheduled" present; otherwise the form is past.
func (f *finder) auxBefore(k int) int {
	for a := k - 1; a >= 0 && a >= k-3; a-- {
		t := &f.toks[a]
		if t.kind != kWord {
			return tensePast
		}
		w := f.text[t.start:t.end]
		switch {
		case t.e.cl == clTense && t.e.val == tenseFuture:
			return tenseFuture
		case w == "is" || w == "are":
			return tensePresent
		case w != "be" && w != "been" && w != "being" && w != "have" && w != "not":
			return tensePast
		}
	}
	return tensePast
}

func (f *finder) cue(k int) int {
	t := &f.toks[k]
	if t.kind != kWord {
		return tenseNone
	}
	switch t.e.cl {
	case clTense:
		if f.is(k, "won") && f.apostrophe(k+1) {
			return tenseFuture // won't
		}
		return int(t.e.val)
	case clRelDay:
		switch t.e.val {
		case dYesterday:
			return tensePast
		case dTomorrow:
			return tenseFuture
		}
	case clMod:
		switch t.e.val {
		case mNext, mComing:
			if f.is(k+1, "to") {
				return tenseNone // "next to" is a place
			}
			return tenseFuture
		case mAgo:
			return tensePast
		}
		return tenseNone
	case clMonth:
		if !t.upper && f.is(k, "may") {
			return tenseFuture // the modal verb
		}
	case clNone:
		w := f.text[t.start:t.end]
		if w == "is" || w == "are" || w == "am" {
			return tensePresent
		}
		if len(w) >= 4 && w[len(w)-2:] == "ed" && !t.upper && !edExceptions[w] {
			return tensePast
		}
	}
	return tenseNone
}

// ---------------------------------------------------------------- year inference

// inferYear picks the year of a month (d == 0) or month-day written
// without one: of last, this and next year's, the one that falls in a
// window around publication that depends on tense, nearest publication
// when several do. A past sentence looks back up to ten months and
// ahead only two (deadlines: "had been set to expire Nov. 6"); a
// future one looks ahead eleven months and back one; others six each way.
func (f *finder) inferYear(m, d, tense int) int {
	w := f.a.other
	switch tense {
	case tensePast:
		w = f.a.past
	case tenseFuture:
		w = f.a.future
	}
	// Day numbers order and measure days as the times did: every one is
	// a UTC midnight.
	best, bestDist := f.a.y, int64(-1)
	for y := f.a.y - 1; y <= f.a.y+1; y++ {
		lo, hi := dayNum(y, m, 1), dayNum(y, m+1, 0)
		if d > 0 {
			lo = dayNum(y, m, d)
			hi = lo
		}
		if hi < w.lo || lo > w.hi {
			continue
		}
		dist := int64(0)
		if f.a.day < lo {
			dist = lo - f.a.day
		} else if f.a.day > hi {
			dist = f.a.day - hi
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// ---------------------------------------------------------------- clock times

// parseClock reads "09:45", "9:45 a.m.", "07:37 GMT", "7 p.m. local time",
// "noon", "midnight", with an optional day right after ("4 a.m. Thursday").
func (f *finder) parseClock(i int) (match, bool) {
	t := f.at(i)
	hh, mm, k := -1, 0, i
	switch {
	case t.kind == kNum && !t.frac && t.ndig <= 2 && t.num <= 24:
		if f.punct(i+1, ':') && f.adj(i+1) && f.at(i+2).kind == kNum && f.adj(i+2) &&
			f.at(i+2).ndig == 2 && f.at(i+2).num < 60 {
			hh, mm, k = t.num, f.at(i+2).num, i+3
			if f.punct(k, ':') && f.adj(k) && f.at(k+1).kind == kNum && f.at(k+1).ndig == 2 && f.adj(k+1) {
				k += 2 // seconds are kept in the text only
			}
			if f.punct(k, ':') || f.punct(k, '/') {
				return match{}, false // a ratio or a longer figure
			}
			if n, pm, ok := f.ampm(k); ok {
				if hh > 12 || hh == 0 {
					return match{}, false
				}
				hh, k = to24(hh, pm), n
			} else if hh > 23 {
				return match{}, false
			}
		} else if n, pm, ok := f.ampm(i + 1); ok && t.num >= 1 && t.num <= 12 {
			hh, k = to24(t.num, pm), n
		} else if n, h, ok := f.hourInPart(i, t.num); ok {
			hh, k = h, n
		} else {
			return match{}, false
		}
	case t.kind == kWord && t.e.cl == clNumWord && t.e.val >= 1 && t.e.val <= 12 && !f.is(i, "a") && !f.is(i, "an"):
		n, h, ok := f.hourInPart(i, int(t.e.val))
		if !ok {
			return match{}, false
		}
		hh, k = h, n
	case t.kind == kWord && t.e.cl == clPart && (t.e.val == pNoon || t.e.val == pMidnight):
		if f.is(i-1, "high") || f.is(i-1, "after") && t.e.val == pNoon {
			return match{}, false
		}
		hh, k = 12, i+1
		if t.e.val == pMidnight {
			hh = 24
		}
	default:
		return match{}, false
	}
	// Zone: "GMT", "EST", "local time".
	if z := f.at(k); z.kind == kWord && z.e.cl == clZone && z.upper {
		k++
	} else if f.is(k, "local") && f.is(k+1, "time") {
		k += 2
	}
	e := Expr{Type: "TIME", Gran: "time", Relative: true}
	clock := clockStr(hh, mm)
	if hh == 24 || hh == 12 && t.kind == kWord && t.e.cl == clPart {
		clock = clockStr(hh, 0)
	}
	if t.kind == kWord && t.e.cl == clPart {
		e.Part = partNames[t.e.val]
	}
	// A day written right after the time ("5 p.m. Friday", "5 p.m. EST,
	// Nov. 6"), or after a bracketed restatement of it ("10:35 a.m.
	// (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)"): the
	// bracket is left out of the span, its day is the time's day.
	d, ok := f.dayAfterClock(k)
	if !ok && f.punct(k, ',') && f.cl(k+1, clMonth) {
		d, ok = f.dayAfterClock(k + 1)
	}
	end := 0
	if !ok {
		d, ok = f.dayNearBracket(k)
		end = k
	}
	if ok && d.e.Gran == "day" && d.e.Value != "" {
		e.Lo, e.Hi = d.e.Lo, d.e.Hi
		e.Year, e.Month, e.Day = d.e.Year, d.e.Month, d.e.Day
		e.Weekday, e.HasWeekday, e.WeekdayMismatch = d.e.Weekday, d.e.HasWeekday, d.e.WeekdayMismatch
		e.Anchor, e.Relative = d.e.Anchor, d.e.Relative
		e.Value = f.vals.concat(dayPart(d.e.Value), clock)
		if end == 0 {
			end = d.n
		} else {
			e.HasWeekday, e.WeekdayMismatch = false, false // the weekday is not in the span
		}
		return match{i, end, e}, true
	}
	switch {
	case f.sentDay >= 0 && f.out[f.sentDay].Gran == "day" && !f.quoted:
		d := f.out[f.sentDay]
		e.Lo, e.Hi, e.Year, e.Month, e.Day, e.Weekday = d.Lo, d.Hi, d.Year, d.Month, d.Day, d.Weekday
		e.Value = f.vals.concat(d.Value[:10], clock)
		e.Anchor = AnchorExpression
	case f.anchorOK():
		f.setDay(&e, f.pub)
		e.Gran, e.Type = "time", "TIME"
		e.Value = f.vals.concat(e.Value, clock)
		e.Anchor = AnchorPublication
	default:
		e.Value = "XXXX-XX-XX" + clock
		e.Anchor = AnchorNone
	}
	return match{i, k, e}, true
}

// dayPart is the date part of a day value, without any day-part suffix.
func dayPart(v string) string {
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return v[:i]
	}
	return v
}

func (f *finder) dayAfterClock(k int) (match, bool) {
	t := f.at(k)
	if t.kind == kWord && (t.e.cl == clWeekday || t.e.cl == clRelDay || t.e.cl == clMonth) {
		for _, p := range [...]func(*finder, int) (match, bool){(*finder).parseWeekday,
			(*finder).parseRelDay, (*finder).parseDate} {
			if m, ok := p(f, k); ok && m.s == k {
				return m, true
			}
		}
	}
	return match{}, false
}

// hourInPart reads "4 in the morning", "ten at night", "3 o'clock in the
// afternoon" at i (h is the hour written there); it returns the index
// after it and the hour on a 24-hour clock. A time preposition must come
// before it: "killed four in the morning raid" is a count.
func (f *finder) hourInPart(i, h int) (int, int, bool) {
	if h < 1 || h > 12 || !(f.is(i+1, "in") || f.is(i+1, "at") || f.is(i+1, "o")) || !clockCues[lower(f.wordAt(i-1))] {
		return 0, 0, false // the cheap tests first: most counts are followed by none of these
	}
	k := i + 1
	if f.is(k, "o") && f.apostrophe(k+1) && f.is(k+2, "clock") {
		k += 3
	}
	var part int
	switch {
	case f.is(k, "in") && f.is(k+1, "the") && f.cl(k+2, clPart) && !f.at(k+2).e.plural:
		part, k = int(f.at(k+2).e.val), k+3
	case f.is(k, "at") && f.is(k+1, "night"):
		part, k = pNight, k+2
	default:
		return 0, 0, false
	}
	switch {
	case part == pMorning:
		return k, to24(h, false), true
	case part == pAfternoon, part == pEvening:
		return k, to24(h, true), true
	case part == pNight && h >= 6 && h <= 11:
		return k, h + 12, true
	case part == pNight && h == 12:
		return k, 24, true
	}
	return 0, 0, false
}

// clockCues are the prepositions that put a spelled hour on the clock.
var clockCues = map[string]bool{"at": true, "by": true, "until": true, "till": true,
	"around": true, "about": true, "before": true, "after": true, "since": true, "from": true}

// wordAt is the text of token i, or "" when it is not a word.
func (f *finder) wordAt(i int) string {
	t := f.at(i)
	if t.kind != kWord {
		return ""
	}
	return f.text[t.start:t.end]
}

// dayNearBracket reads a day that names when a time was, for a time
// followed by a bracket at k: the day right after the closing bracket, or
// the day that ends the bracket itself.
func (f *finder) dayNearBracket(k int) (match, bool) {
	if !f.punct(k, '(') {
		return match{}, false
	}
	end := -1
	for c := k + 1; c < len(f.toks) && c <= k+8; c++ {
		if f.punct(c, ')') {
			end = c
			break
		}
	}
	if end < 0 {
		return match{}, false
	}
	if d, ok := f.dayAfterClock(end + 1); ok {
		return d, true
	}
	for c := k + 1; c < end; c++ {
		if d, ok := f.dayAfterClock(c); ok && d.n == end {
			return d, true
		}
	}
	return match{}, false
}

func to24(h int, pm bool) int {
	if pm && h < 12 {
		return h + 12
	}
	if !pm && h == 12 {
		return 0
	}
	return h
}

// ampm reads "a.m.", "p.m", "am", "PM" at k; returns the index after it.
func (f *finder) ampm(k int) (int, bool, bool) {
	t := f.at(k)
	if t.kind == kWord && t.e.cl == clAmPm {
		return k + 1, t.e.val == 12, true
	}
	if (f.is(k, "a") || f.is(k, "p")) && f.punct(k+1, '.') && f.adj(k+1) && f.is(k+2, "m") && f.adj(k+2) {
		n := k + 3
		if f.punct(n, '.') && f.adj(n) {
			n++
		}
		return n, f.is(k, "p"), true
	}
	return 0, false, false
}

// ---------------------------------------------------------------- counts: durations, "ago", "later"

// countAt reads a count: "3", "three", "twenty-five", "a", "a few",
// "several", "a couple of"; n < 0 is an unknown count.
func (f *finder) countAt(j int) (n, k int, article, ok bool) {
	t := f.at(j)
	switch {
	case t.kind == kNum:
		if t.frac || t.ndig > 4 || f.adj(j) && (f.punct(j-1, '$') || f.punct(j-1, '.') || f.punct(j-1, '/')) {
			return 0, 0, false, false
		}
		return t.num, j + 1, false, true
	case t.kind == kWord && t.e.cl == clNumWord:
		v := int(t.e.val)
		w := strings.ToLower(f.text[t.start:t.end])
		if w == "a" || w == "an" {
			switch {
			case f.is(j+1, "few"):
				return -1, j + 2, false, true
			case f.is(j+1, "couple") && f.is(j+2, "of"):
				return 2, j + 3, false, true
			case f.is(j+1, "dozen"):
				return 12, j + 2, false, true
			}
			return 1, j + 1, true, true
		}
		if w == "couple" && f.is(j+1, "of") && (f.mod(j-1, mNext) || f.mod(j-1, mPast) || f.mod(j-1, mLast)) {
			return 2, j + 2, false, true // "the next couple of years"
		}
		if w == "couple" || w == "dozen" {
			return 0, 0, false, false
		}
		if v >= 20 && v < 100 && f.punct(j+1, '-') && f.cl(j+2, clNumWord) && f.at(j+2).e.val < 10 && f.at(j+2).e.val > 0 {
			return v + int(f.at(j+2).e.val), j + 3, false, true
		}
		if v >= 20 && v < 100 && f.cl(j+1, clNumWord) && f.at(j+1).e.val < 10 && f.at(j+1).e.val > 0 {
			return v + int(f.at(j+1).e.val), j + 2, false, true // "twenty four hours"
		}
		if w == "many" {
			return 0, 0, false, false
		}
		return v, j + 1, false, true
	}
	return 0, 0, false, false
}

// parseCount reads durations ("three days", "the past ten years",
// "two-year"), counts back ("two days ago") and counts from the previous
// expression ("a year earlier", "two days later").
func (f *finder) parseCount(i int) (match, bool) {
	p := f.readPrefix(i)
	j := p.j
	if p.edge != 0 {
		return match{}, false
	}
	switch p.rel {
	case 0, mPast, mLast, mNext, mComing, mPrevious, mFollowing:
	default:
		return match{}, false
	}
	if f.cl(j, clOrdinal) && f.at(j).e.val == 1 && p.rel == 0 { // "the first nine months"
		p.rel = mPast
		j++
	}
	n, k, article, ok := f.countAt(j)
	if !ok {
		return match{}, false
	}
	half := false
	if n > 0 {
		k, half = f.halfAfter(k)
	}
	if f.at(k).kind == kWord && countedUnitAdjectives[lower(f.wordAt(k))] {
		k++
	}
	hyphen := f.punct(k, '-') && f.adj(k)
	if hyphen {
		k++
	}
	u := f.at(k)
	if u.kind != kWord || u.e.cl != clUnit {
		return match{}, false
	}
	unit := int(u.e.val)
	if f.titleCase(k) || (unit == uQuarter || unit == uHalf) && hyphen {
		return match{}, false // "60 Minutes", "This Week" (titles); "three-quarters" (a fraction)
	}
	if unit == uPeriod || (article || n == 1 && !hyphen && f.at(j).kind == kWord) && (unit == uSecond || unit == uHalf || unit == uQuarter) {
		return match{}, false
	}
	if unit == uSecond && !u.e.plural && f.at(j).kind != kNum {
		return match{}, false // "a second attack"
	}
	if n == 0 && f.at(j).kind == kNum && f.at(j).ndig > 1 {
		return match{}, false
	}
	k++
	// Ages are not dates: "a five-year-old".
	if f.punct(k, '-') && f.is(k+1, "old") || f.is(k, "old") {
		return match{}, false
	}
	start := i
	if hyphen && p.the && p.rel == 0 && !p.approx {
		start = i + 1 // "the two-week [delay]": the article belongs to the noun
	}
	switch {
	case f.mod(k, mAgo) && p.rel == 0:
		return f.countBack(start, k+1, n, unit), true
	case (f.mod(k, mEarlier) || f.mod(k, mLater)) && p.rel == 0 && !p.the:
		sign := 1
		if f.mod(k, mEarlier) {
			sign = -1
		}
		return f.countFromExpr(start, k+1, n, unit, sign), true
	}
	if !half && n > 0 && f.is(k, "and") && f.is(k+1, "a") && f.is(k+2, "half") {
		k, half = k+3, true // "a minute and a half"
	}
	e := Expr{Type: "DURATION", Value: unitValue(n, unit)}
	if half {
		if e.Value = halfValue(n, unit); e.Value == "" {
			return match{}, false
		}
		return match{start, k, e}, true
	}
	// "$5 a year", "twice a week": a frequency.
	if article && !u.e.plural && !p.the && p.rel == 0 && f.frequencyBefore(i) {
		e.Type = "SET"
	}
	if p.rel != 0 && !p.the && !hyphen && p.rel != mPast && p.rel != mLast && p.rel != mNext {
		return match{}, false
	}
	return match{start, k, e}, true
}

// countedUnitAdjectives may stand between a count and its unit: "two more
// weeks", "an additional year", "eight trading days".
var countedUnitAdjectives = map[string]bool{"more": true, "full": true, "additional": true,
	"further": true, "extra": true, "trading": true, "business": true, "working": true,
	"consecutive": true, "straight": true}

// halfAfter reads the half of "2 1/2 years", "two and a half years" at k;
// it returns the index after it, or k when there is none.
func (f *finder) halfAfter(k int) (int, bool) {
	if a, sl, b := f.at(k), k+1, f.at(k+2); a.kind == kNum && a.num == 1 && a.ndig == 1 && f.punct(sl, '/') &&
		f.adj(sl) && b.kind == kNum && b.num == 2 && b.ndig == 1 && f.adj(k+2) {
		return k + 3, true
	}
	if f.is(k, "and") && f.is(k+1, "a") && f.is(k+2, "half") {
		return k + 3, true
	}
	return k, false
}

// halfValue is the TIMEX3 duration of n and a half units, written with the
// next smaller unit as TimeML does ("P2Y6M", "PT5H30M"); "" when the half
// has no exact smaller unit.
func halfValue(n, unit int) string {
	c := strconv.Itoa(n)
	switch unit {
	case uYear:
		return "P" + c + "Y6M"
	case uDecade:
		return "P" + strconv.Itoa(10*n+5) + "Y"
	case uCentury:
		return "P" + strconv.Itoa(100*n+50) + "Y"
	case uWeek:
		return "P" + c + "W3DT12H"
	case uDay:
		return "P" + c + "DT12H"
	case uHour:
		return "PT" + c + "H30M"
	case uMinute:
		return "PT" + c + "M30S"
	}
	return ""
}

// titleCase reports whether the unit word at k is capitalized inside a
// sentence of lower-case text, as in titles ("60 Minutes", "This Week").
func (f *finder) titleCase(k int) bool {
	t := f.at(k)
	if !t.upper || k < 2 {
		return false
	}
	// All-capital headlines are not titles of works.
	w := f.text[t.start:t.end]
	return len(w) > 1 && w[1] >= 'a' && w[1] <= 'z'
}

// frequencyBefore reports whether the word before i makes "a year" a rate.
func (f *finder) frequencyBefore(i int) bool {
	t := f.at(i - 1)
	if t.kind == kNum {
		return true
	}
	for _, w := range [...]string{"once", "twice", "times", "million", "billion", "thousand", "percent", "dollars"} {
		if f.is(i-1, w) {
			return true
		}
	}
	return false
}

// countBack resolves "N units ago" against publication.
func (f *finder) countBack(s, n, count, unit int) match {
	e := Expr{Type: "DATE", Relative: true}
	if count < 0 {
		e.Value = "PAST_REF"
		return match{s, n, e}
	}
	if !f.anchorOK() {
		e.Value, e.Gran = unknownOf(unit)
		return match{s, n, e}
	}
	e.Anchor = AnchorPublication
	y, m, _ := f.pub.Date()
	switch unit {
	case uSecond, uMinute, uHour:
		f.setDay(&e, f.pub)
	case uDay:
		f.setDay(&e, f.pubPlus(-count))
	case uWeek, uWeekend:
		setWeek(&e, f.pubPlus(-7*count))
	case uFortnight:
		setWeek(&e, f.pubPlus(-14*count))
	case uMonth:
		setMonth(&e, y, int(m)-count, f.vals)
	case uQuarter:
		setQuarter(&e, y, quarterOf(f.pub)-count)
	case uHalf:
		setMonth(&e, y, int(m)-6*count, f.vals)
	case uYear:
		// "a year ago" next to a quarter names that quarter a year back.
		if count == 1 && f.lastDate >= 0 && f.out[f.lastDate].Gran == "quarter" {
			if e2, ok := f.yearBefore(f.lastDate); ok {
				f.yearBack = true
				return match{s, n, e2}
			}
		}
		setYear(&e, y-count)
	case uDecade:
		setYear(&e, y-10*count)
	case uCentury:
		setYear(&e, y-100*count)
	}
	if e.Value == "" {
		e.Value, e.Gran = unknownOf(unit)
		e.Anchor = AnchorNone
	}
	return match{s, n, e}
}

// yearBefore is the period a year before expression k of out, for "a
// year earlier" and "the year-ago quarter". When k is itself such a
// comparison period, a second "a year earlier" names it again rather than
// the year before it: business news compares each figure with the same
// year-ago period ("up from $10 million a year ago ... compared with a
// loss a year earlier").
func (f *finder) yearBefore(k int) (Expr, bool) {
	e := f.out[k]
	if k != f.backDate && !shift(&e, uYear, -1) {
		return Expr{}, false
	}
	e = resetSpan(e)
	e.Relative, e.Anchor = true, AnchorExpression
	return e, true
}

// resetSpan clears what must not be copied from another expression.
func resetSpan(e Expr) Expr {
	e.Start, e.End, e.Text, e.Readings, e.Quoted, e.HasWeekday, e.WeekdayMismatch = 0, 0, "", nil, false, false, false
	e.Part = ""
	e.Type = "DATE"
	return e
}

// countFromExpr resolves "N units earlier/later" against the previous
// expression, or publication when there is none.
func (f *finder) countFromExpr(s, n, count, unit, sign int) match {
	if count < 0 {
		e := Expr{Type: "DATE", Relative: true, Value: "PAST_REF"}
		if sign > 0 {
			e.Value = "FUTURE_REF"
		}
		return match{s, n, e}
	}
	if f.lastDate >= 0 && !f.quoted {
		if unit == uYear && sign*count == -1 {
			if e, ok := f.yearBefore(f.lastDate); ok {
				f.yearBack = true
				return match{s, n, e}
			}
		}
		e := f.out[f.lastDate]
		if shift(&e, unit, sign*count) {
			e = resetSpan(e)
			e.Relative, e.Anchor = true, AnchorExpression
			return match{s, n, e}
		}
	}
	if sign < 0 {
		return f.countBack(s, n, count, unit)
	}
	e := Expr{Type: "DATE", Relative: true}
	e.Value, e.Gran = unknownOf(unit)
	return match{s, n, e}
}

// unknownOf is the value with X's of a unit's calendar granularity.
func unknownOf(unit int) (string, string) {
	switch unit {
	case uWeek, uWeekend, uFortnight:
		return "XXXX-WXX", "week"
	case uMonth, uHalf:
		return "XXXX-XX", "month"
	case uQuarter:
		return "XXXX-QX", "quarter"
	case uYear, uDecade, uCentury:
		return "XXXX", "year"
	}
	return "XXXX-XX-XX", "day"
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// ---------------------------------------------------------------- quarters and halves

// parseQuarter reads "the third quarter", "third-quarter", "the fiscal
// first quarter", "the 1988 second quarter", "the third quarter of 1984",
// "this year's third quarter", "the latest quarter", "the year-ago quarter",
// "the first half of 2019".
func (f *finder) parseQuarter(i int) (match, bool) {
	p := f.readPrefix(i)
	j := p.j
	year, yearOff, hasYear := 0, 0, false
	yearAgo := false
	// "this year's", "last year's", "next year's"
	if p.rel != 0 && f.is(j, "year") && f.apostrophe(j+1) && f.is(j+2, "s") {
		switch p.rel {
		case mThis, mCurrent:
		case mLast, mPast, mPrevious:
			yearOff = -1
		case mNext, mComing:
			yearOff = 1
		default:
			return match{}, false
		}
		hasYear = true
		year = f.pub.Year() + yearOff
		j += 3
		p.rel = 0
	}
	if f.is(j, "comparable") {
		j++
	}
	// "year-ago", "year-earlier"
	if f.is(j, "year") && f.punct(j+1, '-') && (f.mod(j+2, mAgo) || f.mod(j+2, mEarlier)) {
		yearAgo = true
		j += 3
	}
	if f.cl(j, clFiscal) {
		j++
		if f.punct(j, '-') {
			j++
		}
	}
	if !hasYear && !yearAgo {
		if t := f.at(j); t.kind == kNum && t.ndig == 4 && t.num >= 1900 && t.num <= 2100 {
			year, hasYear = t.num, true
			j++
		}
	}
	ord, ordAt, ordHyphen := 0, j, false
	// "the last half of 1989", "the latter half of 1990": the last one of
	// that year, once the year is read below.
	lastOf := p.the && (p.rel == mLast && !hasYear && !yearAgo || p.rel == 0 && f.is(j, "latter"))
	if lastOf && f.is(j, "latter") {
		j++
	}
	if t := f.at(j); t.kind == kWord && (t.e.cl == clOrdinal || f.is(j, "second")) {
		ord = int(t.e.val)
		if f.is(j, "second") {
			ord = 2
		}
		j++
		if f.punct(j, '-') && f.adj(j) {
			j++
			ordHyphen = true
		}
	}
	if f.cl(j, clFiscal) {
		j++
	}
	u := f.at(j)
	if u.kind != kWord || u.e.cl != clUnit || u.e.plural || (u.e.val != uQuarter && u.e.val != uHalf && u.e.val != uPeriod) {
		// bare "year-ago", "year-earlier" used as an adjective
		if yearAgo && ord == 0 {
			return f.yearAgo(i, j, uYear), true
		}
		return match{}, false
	}
	unit := int(u.e.val)
	j++
	if unit == uPeriod && ord != 0 {
		return match{}, false
	}
	// "of 1984", "of this year", "of fiscal 1990"
	if !hasYear && f.is(j, "of") {
		k := j + 1
		if f.cl(k, clFiscal) {
			k++
		}
		if t := f.at(k); t.kind == kNum && t.ndig == 4 && t.num >= 1900 && t.num <= 2100 {
			year, hasYear, j = t.num, true, k+1
		} else if (f.mod(k, mThis) || f.mod(k, mNext) || f.mod(k, mLast) || f.mod(k, mThe)) && f.is(k+1, "year") {
			hasYear, j = true, k+2
			year = f.pub.Year()
			if f.mod(k, mNext) {
				year++
			} else if f.mod(k, mLast) {
				year--
			}
		}
	}
	if lastOf && ord == 0 && hasYear {
		ord = 4
		if unit == uHalf {
			ord = 2
		}
		p.rel = 0
	}
	if unit == uHalf && (ord < 1 || ord > 2 || !hasYear && !yearAgo) {
		return match{}, false // "the second half" of a match
	}
	if ord > 4 {
		return match{}, false
	}
	if ord == 0 && !yearAgo {
		// "the quarter", "the latest quarter", "this quarter", "the latest period"
		if !p.the && p.rel == 0 || unit == uHalf {
			return match{}, false
		}
		if unit == uPeriod && p.rel != mLatest && !hasYear {
			return match{}, false
		}
	}
	if yearAgo {
		return f.yearAgo(i, j, unit), true
	}
	e := Expr{Type: "DATE"}
	switch {
	case hasYear && ord > 0:
		if unit == uHalf {
			setHalf(&e, year, ord)
		} else {
			setQuarter(&e, year, ord)
		}
		e.Anchor = AnchorNone
		if yearOff != 0 || f.mod(j-2, mThis) {
			e.Anchor, e.Relative = AnchorPublication, true
		}
	case hasYear:
		return match{}, false
	case !f.anchorOK():
		e.Value, e.Gran, e.Relative = "XXXX-QX", "quarter", true
	case ord > 0:
		y := f.pub.Year()
		lo := day(y, 3*ord-2, 1)
		if lo.After(f.pub) {
			y-- // quarters are reported after they end: never move forward
		}
		setQuarter(&e, y, ord)
		e.Anchor, e.Relative = AnchorPublication, true
	default:
		q := quarterOf(f.pub)
		switch p.rel {
		case mThis, mCurrent:
		case mNext, mComing, mFollowing:
			q++
		default: // "the quarter", "the latest quarter", "last quarter": the last one reported
			q--
		}
		setQuarter(&e, f.pub.Year(), q)
		e.Anchor, e.Relative = AnchorPublication, true
	}
	if e.Value == "" {
		return match{}, false
	}
	e.Part = edgeParts[p.edge]
	start := i
	if ordHyphen && ordAt == p.j && p.edge == 0 && !hasYear {
		start = ordAt // "the third-quarter [loss]": the article belongs to the noun
	}
	return match{start, j, e}, true
}

// yearAgo resolves "the year-ago quarter": the previous quarter (or year)
// expression moved back a year, else last year's.
func (f *finder) yearAgo(s, n, unit int) match {
	e := Expr{Type: "DATE", Relative: true}
	if !f.anchorOK() {
		e.Value, e.Gran = "XXXX", "year"
		return match{s, n, e}
	}
	if f.lastDate >= 0 {
		prev := f.out[f.lastDate]
		if prev.Gran == "quarter" || prev.Gran == "half" || prev.Gran == "year" {
			// An adjective of comparison ("the year-ago results") set
			// against a period already before this year names that period.
			if prev.Year < f.pub.Year() && f.lastDate != f.backDate {
				e = resetSpan(prev)
				e.Relative, e.Anchor = true, AnchorExpression
				f.yearBack = true
				return match{s, n, e}
			}
			if e2, ok := f.yearBefore(f.lastDate); ok {
				f.yearBack = true
				return match{s, n, e2}
			}
		}
	}
	if unit == uQuarter || unit == uPeriod {
		setQuarter(&e, f.pub.Year()-1, quarterOf(f.pub)-1)
	} else {
		setYear(&e, f.pub.Year()-1)
	}
	e.Anchor = AnchorPublication
	return match{s, n, e}
}

// ---------------------------------------------------------------- last week, this year, the next day

// parseUnitRef reads a unit with a modifier: "last week", "this year",
// "earlier this month", "early next year", "the weekend", "the next day",
// "the day before", "that day", "later that year".
func (f *finder) parseUnitRef(i int) (match, bool) {
	p := f.readPrefix(i)
	j := p.j
	u := f.at(j)
	if p.the && p.rel == 0 && p.edge == 0 && (f.cl(j, clFiscal) || f.is(j, "full") || f.is(j, "calendar")) && f.is(j+1, "year") {
		return f.theYear(i, j+1)
	}
	if u.kind != kWord || u.e.cl != clUnit || u.e.plural {
		// "the morning", "the next morning", "this morning", "last night"
		return f.partRef(i, p)
	}
	unit := int(u.e.val)
	if p.the && p.rel == 0 && p.edge == 0 && unit == uYear {
		if m, ok := f.theYear(i, j); ok {
			return m, true
		}
	}
	if f.titleCase(j) {
		return match{}, false
	}
	n := j + 1
	anchored, off := false, 0
	switch p.rel {
	case 0:
		switch {
		case p.the && unit == uWeekend:
			return f.weekend(i, n, 0, p), true
		case p.the && (unit == uDay || unit == uWeek || unit == uMonth || unit == uYear) &&
			(f.mod(n, mBefore) || f.mod(n, mAfter)) && f.at(n+1).kind != kWord && f.at(n+1).kind != kNum:
			anchored, off = true, 1
			if f.mod(n, mBefore) {
				off = -1
			}
			n++
		default:
			return match{}, false
		}
	case mFollowing:
		if !p.the {
			return match{}, false
		}
		anchored, off = true, 1
	case mNext:
		if p.the {
			anchored = true
		}
		off = 1
	case mPrevious:
		if p.the {
			anchored = true
		}
		off = -1
	case mSame, mThat:
		if p.rel == mSame && !p.the {
			return match{}, false
		}
		anchored = true
	case mLast, mPast:
		off = -1
	case mThis, mCurrent:
		if p.rel == mCurrent && !p.the {
			return match{}, false
		}
	case mComing:
		off = 1
	default:
		return match{}, false
	}
	if unit == uWeekend && !anchored {
		return f.weekend(i, n, off, p), true
	}
	e := Expr{Type: "DATE", Relative: true, Part: edgeParts[p.edge]}
	if anchored {
		if f.lastDate >= 0 && !f.quoted {
			prev := f.out[f.lastDate]
			if shiftTo(&prev, unit) && (off == 0 || shift(&prev, unit, off)) {
				e2 := resetSpan(prev)
				e2.Relative, e2.Anchor, e2.Part = true, AnchorExpression, e.Part
				return match{i, n, e2}, true
			}
		}
		if !f.anchorOK() || unit == uDay && off == 0 {
			e.Value, e.Gran = unknownOf(unit)
			return match{i, n, e}, true
		}
	}
	if !f.anchorOK() {
		e.Value, e.Gran = unknownOf(unit)
		if unit == uDecade || unit == uCentury {
			return match{}, false
		}
		return match{i, n, e}, true
	}
	e.Anchor = AnchorPublication
	y, m, _ := f.pub.Date()
	switch unit {
	case uDay:
		if !anchored {
			return match{}, false // "this day", "next day" alone
		}
		f.setDay(&e, f.pubPlus(off))
	case uWeek:
		setWeek(&e, f.pubPlus(7*off))
	case uMonth:
		setMonth(&e, y, int(m)+off, f.vals)
	case uYear:
		setYear(&e, y+off)
	case uDecade, uCentury:
		if unit == uCentury && off == 0 && p.edge == 0 && p.rel == mThis {
			// "the worst flood this century": the hundred years up to now,
			// as TimeML annotates it, not the calendar century.
			return match{i, n, Expr{Type: "DURATION", Value: "P100Y"}}, true
		}
		if off < 0 {
			return match{}, false // "the past decade" is a duration; parseCount misses it, so do we
		}
		if unit == uDecade {
			setDecade(&e, y/10+off)
		} else {
			setCentury(&e, y/100+off)
		}
	default:
		return match{}, false
	}
	if e.Value == "" {
		return match{}, false
	}
	return match{i, n, e}, true
}

// parseYearEnd reads "by year-end", "by year's end", "since year end": the
// current year's end, or the last one for "since"; the value is the year,
// with the part "late". "year-end results" (an adjective) is left alone.
func (f *finder) parseYearEnd(i int) (match, bool) {
	if !f.is(i, "year") || !f.anchorOK() {
		return match{}, false
	}
	n := i + 1
	switch {
	case f.punct(n, '-') && f.adj(n) && f.is(n+1, "end") && f.adj(n+1):
		n += 2
	case f.is(n, "end"):
		n++
	case f.apostrophe(n) && f.is(n+1, "s") && f.is(n+2, "end"):
		n += 3
	default:
		return match{}, false
	}
	prev := f.at(i - 1)
	if prev.kind != kWord || !yearEndCues[lower(f.text[prev.start:prev.end])] || f.at(n).kind == kNum {
		return match{}, false
	}
	y := f.pub.Year()
	if f.is(i-1, "since") {
		y--
	}
	e := Expr{Type: "DATE", Relative: true, Anchor: AnchorPublication, Part: "late"}
	setYear(&e, y)
	return match{i, n, e}, true
}

// yearEndCues are the prepositions before a bare "year-end" that make it
// a time rather than an adjective ("year-end results").
var yearEndCues = map[string]bool{"by": true, "at": true, "around": true, "since": true,
	"before": true, "until": true, "till": true, "through": true, "after": true, "to": true}

// theYear reads "the year" of business reports (token k is "year"): "the
// (fiscal) year ended March 31" is a year-long period, a duration; "for
// the year", "results of the full year" at the end of a clause is the
// current year. Other uses ("the year he died") are left alone.
func (f *finder) theYear(i, k int) (match, bool) {
	n := k + 1
	if f.is(n, "ended") || f.is(n, "ending") || f.is(n, "ends") || f.is(n, "that") && f.is(n+1, "ended") {
		return match{i, n, Expr{Type: "DURATION", Value: "P1Y"}}, true
	}
	prev := f.at(i - 1)
	if prev.kind != kWord || !reportYearCues[lower(f.text[prev.start:prev.end])] || !f.anchorOK() {
		return match{}, false
	}
	if nx := f.at(n); nx.kind == kWord && !reportYearFollowers[lower(f.text[nx.start:nx.end])] {
		return match{}, false
	}
	e := Expr{Type: "DATE", Relative: true, Anchor: AnchorPublication}
	setYear(&e, f.pub.Year())
	return match{i, n, e}, true
}

// reportYearCues come before "the year" meaning the current year: "results
// for the year", "the rest of the year".
var reportYearCues = map[string]bool{"for": true, "of": true, "throughout": true, "during": true}

// reportYearFollowers may follow such a "the year"; others ("the year
// that", "the year before") make it some other year.
var reportYearFollowers = map[string]bool{"of": true, "was": true, "were": true, "is": true,
	"are": true, "and": true, "so": true}

// shiftTo coarsens a resolved expression to unit's granularity so that it
// can be shifted by that unit ("the following month" after a day).
func shiftTo(e *Expr, unit int) bool {
	if e.Lo.IsZero() {
		return false
	}
	switch unit {
	case uDay:
		return e.Gran == "day"
	case uWeek:
		if e.Gran == "day" {
			setWeek(e, e.Lo)
		}
		return e.Gran == "week"
	case uMonth:
		if e.Gran == "day" {
			setMonth(e, e.Year, e.Month, nil)
		}
		return e.Gran == "month"
	case uYear:
		if e.Gran != "year" && e.Year != 0 {
			setYear(e, e.Lo.Year())
		}
		return e.Gran == "year"
	}
	return false
}

// weekend resolves "the weekend", "last weekend", "next weekend".
func (f *finder) weekend(s, n, off int, p prefix) match {
	e := Expr{Type: "DATE", Relative: true, Part: edgeParts[p.edge]}
	if !f.anchorOK() {
		e.Value, e.Gran = "XXXX-WXX-WE", "week"
		return match{s, n, e}
	}
	base := f.pub
	if off == 0 && f.pub.Weekday() != time.Saturday && f.pub.Weekday() != time.Sunday && f.tense(s, n) != tenseFuture {
		off = -1 // the weekend just past
	}
	setWeekend(&e, base.AddDate(0, 0, 7*off))
	e.Anchor = AnchorPublication
	return match{s, n, e}
}

// partRef reads "this morning", "last night", "tonight", "the next morning".
func (f *finder) partRef(i int, p prefix) (match, bool) {
	t := f.at(p.j)
	if t.kind != kWord || t.e.cl != clPart || t.e.val > pNight || t.e.plural {
		return match{}, false
	}
	off := 0
	switch {
	case p.edge != 0 && p.rel == 0 && !p.the && t.e.val <= pEvening:
		return f.edgePart(i, p.j, int(t.e.val), p.edge)
	case p.rel == mThis && !p.the:
	case p.rel == mLast && !p.the && t.e.val == pNight:
		off = -1
	case p.the && (p.rel == mNext || p.rel == mFollowing):
		off = 1
	default:
		return match{}, false
	}
	e := Expr{Type: "TIME", Relative: true, Part: partNames[t.e.val]}
	switch {
	case p.the && f.lastDate >= 0 && !f.quoted && f.out[f.lastDate].Gran == "day":
		prev := f.out[f.lastDate]
		f.setDay(&e, prev.Lo.AddDate(0, 0, off))
		e.Anchor = AnchorExpression
	case f.anchorOK():
		f.setDay(&e, f.pubPlus(off))
		e.Anchor = AnchorPublication
	default:
		e.Value, e.Gran = "XXXX-XX-XX", "day"
	}
	addPart(&e, int(t.e.val), f.vals)
	e.Type = "TIME"
	return match{i, p.j + 1, e}, true
}

// edgePart reads "mid-afternoon", "late morning", "early evening" (token j
// is the day part), with an optional day after it ("mid-afternoon
// yesterday"): that day, else the sentence's day, else publication.
func (f *finder) edgePart(i, j, part, edge int) (match, bool) {
	e := Expr{Type: "TIME", Relative: true}
	n := j + 1
	switch d, ok := f.dayAfterClock(n); {
	case ok && d.e.Gran == "day" && len(d.e.Value) == 10:
		e = d.e
		n = d.n
	case f.sentDay >= 0 && !f.quoted:
		prev := f.out[f.sentDay]
		f.setDay(&e, prev.Lo)
		e.Anchor = AnchorExpression
	case f.anchorOK():
		f.setDay(&e, f.pub)
		e.Anchor = AnchorPublication
	default:
		e.Value, e.Gran = "XXXX-XX-XX", "day"
	}
	e.Relative = true
	addPart(&e, part, f.vals)
	e.Type = "TIME"
	if edge == mEarly || edge == mLate {
		e.Part = edgeParts[edge] // near midnight either side, as the comparator reads it
	}
	return match{i, n, e}, true
}

// ---------------------------------------------------------------- weekdays

// parseWeekday reads "Monday", "last Thursday", "early Tuesday", "Tuesday
// morning", "Sunday, November 24", "Sunday (Nov 24)".
func (f *finder) parseWeekday(i int) (match, bool) {
	p := f.readPrefix(i)
	j := p.j
	t := f.at(j)
	if t.kind != kWord || t.e.cl != clWeekday || !t.upper || p.the || p.approx {
		return match{}, false
	}
	switch p.rel {
	case 0, mLast, mNext, mThis, mComing, mPast:
	default:
		return match{}, false
	}
	wd := time.Weekday(t.e.val)
	k := j + 1
	if f.punct(k, '.') && f.adj(k) && !t.e.plural && f.text[t.start:t.end] != wd.String() {
		k++ // "Tues."
	}
	if m, ok := f.weekdaySet(i, k, wd, t.e.plural, p); ok || t.e.plural {
		return m, ok
	}
	// A date written with the weekday.
	if p.rel == 0 {
		d := k
		bracket := false
		switch {
		case f.punct(d, ','):
			d++
		case f.punct(d, '('), f.punct(d, '['):
			bracket = true
			d++
		}
		if m, ok := f.parseDate(d); ok && m.s == d && m.e.Gran == "day" {
			end := m.n
			if bracket {
				if !f.punct(end, ')') && !f.punct(end, ']') {
					return f.bareWeekday(i, k, wd, p)
				}
				end++
			}
			e := m.e
			markWeekday(&e, wd)
			e.Part = edgeParts[p.edge]
			return match{i, end, e}, true
		}
	}
	return f.bareWeekday(i, k, wd, p)
}

// weekdaySet reads a weekday that recurs: "Mondays", "Friday nights",
// "Monday and Tuesday nights" (the part of the last weekday is the part of
// each); token k follows the weekday, plural says it is written "Mondays".
func (f *finder) weekdaySet(s, k int, wd time.Weekday, plural bool, p prefix) (match, bool) {
	if p.rel != 0 || p.edge != 0 {
		return match{}, false
	}
	v := weekdayX(wd)
	if pt := f.at(k); pt.kind == kWord && pt.e.cl == clPart && pt.e.val <= pNight && (plural || pt.e.plural) {
		return match{s, k + 1, Expr{Type: "SET", Value: v + "T" + partCodes[pt.e.val]}}, true
	}
	if plural {
		return match{s, k, Expr{Type: "SET", Value: v}}, true
	}
	if (f.is(k, "and") || f.is(k, "or")) && f.cl(k+1, clWeekday) && f.at(k+1).upper && !f.at(k+1).e.plural {
		if pt := f.at(k + 2); pt.kind == kWord && pt.e.cl == clPart && pt.e.val <= pNight && pt.e.plural {
			return match{s, k, Expr{Type: "SET", Value: v + "T" + partCodes[pt.e.val]}}, true
		}
	}
	return match{}, false
}

// markWeekday records a weekday written next to a date, and whether they agree.
func markWeekday(e *Expr, wd time.Weekday) {
	e.HasWeekday = true
	if e.Year != 0 && e.Month != 0 && e.Day != 0 {
		e.WeekdayMismatch = day(e.Year, e.Month, e.Day).Weekday() != wd
	}
	e.Weekday = wd
}

// bareWeekday resolves a weekday without a date, with an optional day part
// after it ("Tuesday morning").
func (f *finder) bareWeekday(s, k int, wd time.Weekday, p prefix) (match, bool) {
	e := Expr{Type: "DATE", Relative: true, HasWeekday: true, Weekday: wd, Part: edgeParts[p.edge]}
	part := 0
	if t := f.at(k); t.kind == kWord && t.e.cl == clPart && t.e.val <= pNight && !t.e.plural {
		part = int(t.e.val)
		k++
	}
	if !f.anchorOK() {
		e.Value = weekdayX(wd)
		e.Gran = "day"
		if part != 0 {
			addPart(&e, part, f.vals)
		}
		return match{s, k, e}, true
	}
	pubWd := f.a.wd
	back := (int(pubWd) - int(wd) + 7) % 7 // days back to the latest such day
	fwd := (int(wd) - int(pubWd) + 7) % 7  // days on to the next such day
	var d time.Time
	var alt time.Time
	switch p.rel {
	case mLast, mPast:
		if back == 0 {
			back = 7
		}
		d = f.pubPlus(-back)
	case mNext, mComing:
		if fwd == 0 {
			fwd = 7
		}
		d = f.pubPlus(fwd)
	default:
		if f.tense(s, k) == tenseFuture {
			d = f.pubPlus(fwd)
			if fwd == 0 {
				alt = f.pubPlus(7)
			}
		} else {
			d = f.pubPlus(-back)
			if back == 0 {
				alt = f.pubPlus(-7)
			}
		}
	}
	f.setDay(&e, d)
	e.Anchor = AnchorPublication
	if !alt.IsZero() {
		var a Expr
		f.setDay(&a, alt)
		if part != 0 {
			addPart(&a, part, f.vals)
		}
		e.Readings = []string{a.Value}
	}
	if part != 0 {
		addPart(&e, part, f.vals)
	}
	return match{s, k, e}, true
}

// ---------------------------------------------------------------- yesterday, today

// parseRelDay reads "yesterday", "late yesterday", "today", "tonight",
// "tomorrow morning".
func (f *finder) parseRelDay(i int) (match, bool) {
	p := f.readPrefix(i)
	t := f.at(p.j)
	if t.kind != kWord || t.e.cl != clRelDay || p.rel != 0 || p.the || p.approx {
		return match{}, false
	}
	if t.e.val == dToday && f.genericToday(p.j) {
		return match{}, false
	}
	off := 0
	switch t.e.val {
	case dYesterday:
		off = -1
	case dTomorrow:
		off = 1
	}
	k := p.j + 1
	part := 0
	if t.e.val == dTonight {
		part = pNight
	} else if pt := f.at(k); pt.kind == kWord && pt.e.cl == clPart && pt.e.val <= pNight && !pt.e.plural {
		part = int(pt.e.val)
		k++
	}
	e := Expr{Type: "DATE", Relative: true, Part: edgeParts[p.edge]}
	if f.anchorOK() {
		f.setDay(&e, f.pubPlus(off))
		e.Anchor = AnchorPublication
	} else {
		e.Value, e.Gran = "XXXX-XX-XX", "day"
	}
	if part != 0 && t.e.val != dTonight {
		addPart(&e, part, f.vals)
	} else if part != 0 {
		e.Part = "night"
	}
	return match{i, k, e}, true
}

// genericToday reports whether "today" at j means the present age, not
// the day: "today's youth", "in today's world", "today's personal
// computers". Such a "today" names no day a report could disagree on.
func (f *finder) genericToday(j int) bool {
	if !f.apostrophe(j+1) || !f.is(j+2, "s") {
		return false
	}
	for k := j + 3; k <= j+4; k++ {
		if genericNouns[lower(f.wordAt(k))] {
			return true
		}
	}
	return false
}

// genericNouns after "today's" make it the present age.
var genericNouns = map[string]bool{"world": true, "youth": true, "society": true,
	"generation": true, "children": true, "kids": true, "teenagers": true, "culture": true,
	"technology": true, "computers": true, "families": true, "parents": true,
	"students": true, "politics": true, "standards": true, "economy": true, "age": true}

// ---------------------------------------------------------------- now, recently, the future

// parseRef reads "now", "currently", "recently", "the future", "the past",
// "recent years", "coming months", "these days", "for years".
func (f *finder) parseRef(i int) (match, bool) {
	t := f.at(i)
	if t.kind == kWord && t.e.cl == clRef {
		v := ""
		switch t.e.val {
		case rNow, rCurrently, rNowadays:
			v = "PRESENT_REF"
		case rRecently:
			v = "PAST_REF"
		case rFuture:
			return match{}, false // "future" alone is an adjective; see "the future" below
		}
		return match{i, i + 1, Expr{Type: "DATE", Value: v}}, true
	}
	p := f.readPrefix(i)
	if p.approx {
		return match{}, false
	}
	j := p.j
	switch {
	case p.the && p.rel == 0 && f.is(j, "near") && f.cl(j+1, clRef) && f.at(j+1).e.val == rFuture:
		return match{i, j + 2, Expr{Type: "DATE", Value: "FUTURE_REF"}}, true
	case p.the && p.rel == 0 && f.cl(j, clRef) && f.at(j).e.val == rFuture:
		return match{i, j + 1, Expr{Type: "DATE", Value: "FUTURE_REF"}}, true
	case p.the && p.rel == mPast && j == i+2 && f.at(j).kind != kNum && f.at(j).e.cl != clNumWord && f.at(j).e.cl != clUnit:
		return match{i, j, Expr{Type: "DATE", Value: "PAST_REF"}}, true
	case f.is(i, "these") && f.is(i+1, "days"):
		return match{i, i + 2, Expr{Type: "DATE", Value: "PRESENT_REF"}}, true
	}
	if u := f.at(j); u.kind == kWord && u.e.cl == clUnit && u.e.plural && u.e.val != uPeriod {
		switch p.rel {
		case mRecent, mPast, mLast:
			if p.rel != mRecent && !p.the && j-i < 1 {
				return match{}, false
			}
			return match{i, j + 1, Expr{Type: "DATE", Value: "PAST_REF"}}, true
		case mComing, mNext:
			return match{i, j + 1, Expr{Type: "DATE", Value: "FUTURE_REF"}}, true
		case 0:
			if (f.is(i-1, "for") || f.is(i-1, "within")) && j == i && u.e.val >= uDay {
				return match{i, i + 1, Expr{Type: "DURATION", Value: unitValue(-1, int(u.e.val))}}, true
			}
		}
	}
	return match{}, false
}

// ---------------------------------------------------------------- sets

// parseSet reads "daily", "annually", "every Monday", "each year",
// "every two weeks".
func (f *finder) parseSet(i int) (match, bool) {
	t := f.at(i)
	if t.kind == kWord && t.e.cl == clSet {
		return match{i, i + 1, Expr{Type: "SET", Value: unitValue(1, int(t.e.val))}}, true
	}
	if !f.mod(i, mEvery) && !f.mod(i, mEach) {
		return match{}, false
	}
	j := i + 1
	step := 1
	if f.is(j, "other") {
		step, j = 2, j+1
	} else if n, k, article, ok := f.countAt(j); ok && !article && n > 0 {
		step, j = n, k
	}
	u := f.at(j)
	if u.kind != kWord {
		return match{}, false
	}
	e := Expr{Type: "SET"}
	switch u.e.cl {
	case clUnit:
		if u.e.val == uPeriod || u.e.plural != (step > 1) {
			return match{}, false
		}
		if u.e.val == uWeekend {
			e.Value = "XXXX-WXX-WE"
		} else {
			e.Value = unitValue(step, int(u.e.val))
		}
	case clWeekday:
		if step != 1 || !u.upper {
			return match{}, false
		}
		e.Value = weekdayX(time.Weekday(u.e.val))
		if pt := f.at(j + 1); pt.kind == kWord && pt.e.cl == clPart && pt.e.val <= pNight && !pt.e.plural {
			e.Value += "T" + partCodes[pt.e.val]
			j++
		}
	case clMonth:
		if step != 1 || !u.upper || u.e.abbr {
			return match{}, false
		}
		e.Value = "XXXX-" + pad(int(u.e.val), 2)
	case clPart:
		if step != 1 || u.e.val > pNight || u.e.plural {
			return match{}, false
		}
		e.Value = "XXXX-XX-XXT" + partCodes[u.e.val]
	default:
		return match{}, false
	}
	return match{i, j + 1, e}, true
}
