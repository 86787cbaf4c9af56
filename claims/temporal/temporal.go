// Package temporal finds temporal expressions in news text (dates, times,
// durations, frequencies) and normalizes them to TIMEX3 values and to the
// set of calendar days they can denote, anchored to the article's
// publication date.
//
// It is claimcheck's only date parser. It is built for speed: one pass over
// the bytes splits sentences and looks words up in a lexicon; only
// sentences holding a lexicon word or a number are parsed further, and then
// only around those tokens. It imports only the standard library.
package temporal

import (
	"sort"
	"sync"
	"time"
)

// Context says what an article's expressions are anchored to.
type Context struct {
	// Published is the publication date (midnight UTC); zero when the
	// article is undated.
	Published time.Time
	// Quotes are byte ranges of quotations. Relative expressions inside
	// them are not anchored to Published (Anchor "none"), since we do not
	// know when the quote was said; absolute dates still are.
	Quotes []Span
}

// Span is a byte range [Start, End).
type Span struct{ Start, End int }

// Anchor values.
const (
	AnchorPublication = "publication"
	AnchorExpression  = "expression"
	AnchorNone        = "none"
)

// Expr is one temporal expression found in a text.
type Expr struct {
	Start, End int    // byte span (TimeML extent: modifiers in, prepositions out)
	Text       string // text[Start:End]
	Type       string // DATE, TIME, DURATION, SET
	Value      string // TIMEX3 value
	Anchor     string // "publication", "expression" or "none"
	Readings   []string

	// Gran is "day", "week", "month", "year", "time", and beyond the
	// comparator's core set "quarter", "half", "season", "decade",
	// "century"; "" for durations, sets and PAST_REF-like references.
	Gran       string
	Lo, Hi     time.Time // inclusive day range (midnight UTC); zero when unresolved
	Year       int
	Month      int
	Day        int
	Weekday    time.Weekday
	HasWeekday bool // the text names a weekday
	// WeekdayMismatch is set when a weekday is written next to a date
	// (with a known year) that is not that weekday.
	WeekdayMismatch bool
	Part            string // "early", "late", "mid", "morning", "afternoon", "evening", "night"
	Relative        bool   // the value depends on an anchor
	Quoted          bool   // inside one of Context.Quotes
}

// Find returns the temporal expressions of text, sorted by Start and
// non-overlapping.
func Find(text string, ctx Context) []Expr {
	scr := scratchPool.Get().(*scratch)
	found := scr.find(scr.exprs[:0], text, ctx)
	var out []Expr
	if len(found) > 0 {
		out = make([]Expr, len(found))
		copy(out, found)
	}
	clear(found) // the scratch must not keep the text or readings alive
	scr.exprs = found[:0]
	scratchPool.Put(scr)
	return out
}

// AppendFind appends to dst the expressions Find returns for text, with
// offsets into text, and returns the extended slice. Find copies its
// result out of a pooled buffer at its exact length (an Expr is 232
// bytes: the copy was most of what the date finder allocated); a caller
// that can reuse one buffer from article to article, because nothing
// reads an article's expressions once it is done with them, saves the
// copy. The expressions already in dst do not anchor the new ones.
func AppendFind(dst []Expr, text string, ctx Context) []Expr {
	scr := scratchPool.Get().(*scratch)
	dst = scr.find(dst, text, ctx)
	scratchPool.Put(scr)
	return dst
}

// find appends the expressions of text to out with the scratch's tokens,
// quotes and finder, and leaves them empty for the next call.
func (scr *scratch) find(out []Expr, text string, ctx Context) []Expr {
	f := &scr.f
	f.start(text, ctx, scr.quotes[:0])
	f.days, f.vals = &scr.days, &scr.vals
	// The finder's indices into out (lastDate, sentDay, backDate) are set
	// only by emit, so what dst held before is never read.
	f.out = out
	sc := scanner{text: text, toks: scr.toks[:0]}
	for {
		hit, ok := sc.next()
		if !ok {
			break
		}
		if hit {
			f.sentence(sc.toks)
		}
	}
	out = f.out
	scr.toks, scr.quotes = sc.toks[:0], f.quotes[:0]
	*f = finder{}
	return out
}

// scratch holds the growing buffers of one Find call. They are reused
// across calls, and the result is copied out at its exact length: Expr is
// large (about 250 bytes), so append's doubling on every article was most
// of what the date finder allocated.
// The finder itself and its copy of the quotes are kept too: with them
// a call allocates only its result.
type scratch struct {
	exprs  []Expr
	toks   []token
	quotes []Span
	f      finder
	days   dayValues
	vals   concatCache
}

var scratchPool = sync.Pool{New: func() any { return &scratch{toks: make([]token, 0, 64)} }}

// finder holds the state of one Find call.
type finder struct {
	text   string
	pub    time.Time
	dated  bool
	quotes []Span
	out    []Expr

	toks     []token // the current sentence
	quoted   bool    // the expression being parsed is inside a quote
	lastDate int     // index in out of the last resolved DATE, -1 if none
	// backDate is the index in out of the last "a year ago" period (a
	// comparison period moved back a year from another expression), -1
	// if none: a further "year-earlier" names that same period again.
	backDate  int
	yearBack  bool // the expression being parsed is such a period
	sentDay   int  // index in out of the last day-resolved DATE of this sentence, -1
	sentStart int  // index in out of this sentence's first expression

	a    anchors      // the publication date's figures, set by start
	days *dayValues   // the scratch's cache of day values (see dayValues)
	vals *concatCache // the scratch's cache of joined values

	pre   prefix // the prefix of token preAt of the current sentence
	preAt int    // -1 when pre belongs to no token of this sentence
}

// start readies f for text; quotes is a buffer for its copy of the
// context's quotations.
func (f *finder) start(text string, ctx Context, quotes []Span) {
	*f = finder{text: text, lastDate: -1, sentDay: -1, backDate: -1, preAt: -1}
	if !ctx.Published.IsZero() {
		y, m, d := ctx.Published.Date()
		f.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		f.dated = true
	}
	f.a.set(f.pub)
	if len(ctx.Quotes) > 0 {
		f.quotes = append(quotes, ctx.Quotes...)
		if !startsAscend(f.quotes) {
			sort.Slice(f.quotes, func(i, j int) bool { return f.quotes[i].Start < f.quotes[j].Start })
		}
	}
}

// startsAscend reports whether the spans start in strictly increasing
// order, the order sorting would leave them in: quotations found in a
// text come so, and need not be sorted again.
func startsAscend(spans []Span) bool {
	for i := 1; i < len(spans); i++ {
		if spans[i].Start <= spans[i-1].Start {
			return false
		}
	}
	return true
}

// inQuote reports whether byte offset pos lies inside a quotation.
func (f *finder) inQuote(pos int) bool {
	i := sort.Search(len(f.quotes), func(i int) bool { return f.quotes[i].Start > pos })
	// Quotes may overlap or nest; look back over every one that starts before pos.
	for j := i - 1; j >= 0; j-- {
		if q := f.quotes[j]; pos >= q.Start && pos < q.End {
			return true
		}
		if i-j > 8 {
			break
		}
	}
	return false
}

// sentence finds the expressions of one sentence.
func (f *finder) sentence(toks []token) {
	f.toks = toks
	f.preAt = -1
	f.sentDay = -1
	f.sentStart = len(f.out)
	var m match
	for i := 0; i < len(toks); {
		t := &toks[i]
		if quiet[t.kind&3][t.e.cl] && t.punct != '\'' {
			i++
			continue
		}
		if f.theBeforePlainWord(i) {
			i += 2 // neither can start an expression
			continue
		}
		if !f.mayStart(i) {
			i++ // the commonest case, decided before the quote look-up
			continue
		}
		try := f.candidates(i, f.readPrefix(i))
		if try == 0 {
			i++ // no parser reads here: two in five tokens mayStart lets through
			continue
		}
		f.quoted = f.inQuote(t.start)
		f.yearBack = false
		if !f.parse(i, try, &m) {
			i++
			continue
		}
		m.s = f.edgeOf(m.s, &m.e)
		f.emit(m.s, m.n, &m.e)
		if f.yearBack && f.lastDate == len(f.out)-1 {
			f.backDate = f.lastDate
		}
		i = m.n
	}
}

// quiet is, by token kind and word class, whether a token can neither
// start an expression nor head one: a mark other than an apostrophe (the
// caller tests that), a word of no class or a tense word. Four in five
// tokens are; one look-up decides what was a chain of tests of kind and
// class, mispredicted for one token in two (cachegrind).
var quiet = func() (q [4][256]bool) {
	for c := range q[kPunct] {
		q[kPunct][c] = true
	}
	for k := range q {
		q[k][clTense] = true
	}
	q[kWord][clNone] = true
	return q
}()

// theBeforePlainWord reports whether token i is "the" followed by a word
// of no class that cannot head an expression ("the government"), the
// commonest token mayStart is asked about: its prefix is that "the"
// alone, its head that word, and mayStart is then false. It settles such
// a pair without reading the prefix.
func (f *finder) theBeforePlainWord(i int) bool {
	t := &f.toks[i]
	if t.kind != kWord || t.e.cl != clMod || t.e.val != mThe || i+1 >= len(f.toks) {
		return false
	}
	n := &f.toks[i+1]
	return n.kind == kWord && n.e.cl == clNone && !f.plainWordMayHead(i+1)
}

// emit records an expression covering tokens [i, n), completing *e (the
// sentence's match, overwritten by the next parse) in place rather than
// in a copy: an Expr is 232 bytes.
func (f *finder) emit(i, n int, e *Expr) {
	e.Start, e.End = f.toks[i].start, f.toks[n-1].end
	e.Text = f.text[e.Start:e.End]
	e.Quoted = f.quoted
	if e.Anchor == "" {
		e.Anchor = AnchorNone
	}
	if e.Type == "" {
		e.Type = "DATE"
	}
	f.out = append(f.out, *e)
	if e.Type == "DATE" && !e.Lo.IsZero() {
		f.lastDate = len(f.out) - 1
	}
	if (e.Type == "DATE" || e.Type == "TIME") && e.Gran == "day" && !e.Lo.IsZero() {
		f.sentDay = len(f.out) - 1
	}
}
