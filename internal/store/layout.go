package store

import (
	"errors"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/claims/text"
)

// The layout of a record's body, field by field, in the order written.
// Every struct is written whole: TestCodecKnowsEveryField fails when one
// gains a field, which must then be added here (and codecVersion bumped).

// bit sets bit i when b holds.
func bit(b bool, i uint) byte {
	if b {
		return 1 << i
	}
	return 0
}

func has(flags byte, i uint) bool { return flags&(1<<i) != 0 }

// spanText says whether s is the text from start to end, so that it need
// not be written.
func spanText(text, s string, start, end int) bool {
	return 0 <= start && start <= end && end <= len(text) && text[start:end] == s
}

// spanned writes a span's start and length and, unless isSpan says the
// source text holds it there, its text: entities, dates and figures are
// written so.
func (w *writer) spanned(isSpan bool, s string, start, end int) {
	w.int(start)
	w.int(end - start)
	if !isSpan {
		w.str(s)
	}
}

// spanned reads what writer.spanned wrote.
func (r *reader) spanned(isSpan bool) (s string, start, end int) {
	start = r.int()
	end = start + r.int()
	return r.textAt(isSpan, start, end), start, end
}

// textAt reads a text written where isSpan was false, else takes the
// source text's span.
func (r *reader) textAt(isSpan bool, start, end int) string {
	if isSpan {
		return r.span(start, end)
	}
	return r.str()
}

// marshal writes the record's body (with sentences for the record's
// own); the writer then assembles it.
func (w *writer) marshal(rec *docRecord, sentences []*claims.Sentence) error {
	if err := w.head(rec.Source, sentences, rec.Quotes); err != nil {
		return err
	}
	w.count(len(rec.Mentions))
	for i := range rec.Mentions {
		w.mention(&rec.Mentions[i])
	}
	return w.tail(rec.Entities, rec.Times)
}

// marshalDoc writes a document's record as marshal would write the record
// EncodeDoc once built, without building it: each mention's record is
// made in the encoder's scratch and written at once. The entities and
// dates only mentions hold get their indexes in the order mentions are
// written, and are written after the mentions, so the bytes are the same.
func (w *writer) marshalDoc(d *claims.Doc) error {
	if err := w.head(d.Source, d.Sentences, d.Quotes); err != nil {
		return err
	}
	e := &w.enc
	e.reset(d)
	w.count(len(d.Mentions))
	for _, m := range d.Mentions {
		if err := w.mentionOf(e, m); err != nil {
			return err
		}
	}
	err := w.tail(e.entities, e.times)
	e.reset(nil)
	return err
}

// head writes what comes before the mentions: the source, the sentences
// and the document's quotes.
func (w *writer) head(src *source.Source, sentences []*claims.Sentence, quotes []text.Quote) error {
	w.text = ""
	if src != nil {
		w.text = src.Text
	}
	if err := w.source(src); err != nil {
		return err
	}
	w.totals(sentences)
	w.count(len(sentences))
	for _, s := range sentences {
		if err := w.sentence(w.text, s); err != nil {
			return err
		}
	}
	w.quotes(quotes)
	return nil
}

// tail writes what comes after the mentions: the entities and dates
// mentions point at that no sentence holds.
func (w *writer) tail(entities []claims.Entity, times []temporal.Expr) error {
	w.count(len(entities))
	for i := range entities {
		w.entity(w.text, &entities[i])
	}
	w.count(len(times))
	for i := range times {
		if err := w.expr(w.text, &times[i]); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) source(s *source.Source) error {
	if s == nil {
		w.byte(0)
		return nil
	}
	w.byte(1)
	w.str(s.ID)
	w.str(s.Path)
	w.str(s.Text)
	w.int(s.Body.Start)
	w.int(s.Body.End)
	w.str(s.Headline)
	if err := w.time(s.Published); err != nil {
		return err
	}
	w.str(s.PublishedFrom)
	w.str(s.Outlet)
	w.str(s.URL)
	w.str(s.Byline)
	w.count(len(s.Furniture))
	for _, sp := range s.Furniture {
		w.int(sp.Start)
		w.int(sp.End)
	}
	return nil
}

func (r *reader) source() *source.Source {
	switch r.byte() {
	case 0:
		return nil
	case 1:
	default:
		r.fail(errMalformed)
		return nil
	}
	s := one(r.da(), &r.da().sources)
	s.ID, s.Path, s.Text = r.str(), r.str(), r.str()
	s.Body = source.Span{Start: r.int(), End: r.int()}
	s.Headline = r.str()
	s.Published = r.time()
	s.PublishedFrom, s.Outlet, s.URL, s.Byline = r.str(), r.str(), r.str(), r.str()
	if n := r.count(); n > 0 {
		s.Furniture = grab(r.da(), &r.da().spans, n)
		for i := range s.Furniture {
			s.Furniture[i] = source.Span{Start: r.int(), End: r.int()}
		}
	}
	r.text = s.Text
	return s
}

// arenas hold the items of every sentence of a record in one slice per
// kind, so that reading a document allocates per kind rather than per
// sentence.
type arenas struct {
	words    []text.Word
	quotes   []text.Quote
	times    []temporal.Expr
	numbers  []numbers.Number
	entities []claims.Entity
}

// totals writes how many items of each kind the sentences hold.
func (w *writer) totals(ss []*claims.Sentence) {
	var words, quotes, times, nums, ents int
	for _, s := range ss {
		words += len(s.Words)
		quotes += len(s.Quotes)
		times += len(s.Times)
		nums += len(s.Numbers)
		ents += len(s.Entities)
	}
	for _, n := range []int{words, quotes, times, nums, ents} {
		w.count(n)
	}
}

func (r *reader) arenas() arenas {
	var a arenas
	da := r.da()
	a.words = grab(da, &da.words, r.count())
	a.quotes = grab(da, &da.quotes, r.count())
	a.times = grab(da, &da.times, r.count())
	a.numbers = grab(da, &da.numbers, r.count())
	a.entities = grab(da, &da.entities, r.count())
	return a
}

// take cuts the next n items off an arena; nil when n is 0, as gob gave
// an empty slice back. The slice's capacity ends at its length, so that
// appending to one sentence's items never overwrites the next sentence's.
func take[T any](r *reader, arena *[]T, n int) []T {
	if n == 0 || r.err != nil {
		return nil
	}
	if n > len(*arena) {
		r.fail(errMalformed)
		return nil
	}
	out := (*arena)[:n:n]
	*arena = (*arena)[n:]
	return out
}

// Sentence flags.
const (
	sentDuplicate = iota
	sentHeadline
)

func (w *writer) sentence(text string, s *claims.Sentence) error {
	w.int(s.Index)
	w.int(s.Start)
	w.int(s.End - s.Start)
	w.int(s.Line)
	w.int(s.Lead - s.Start)
	w.fixed64(s.Hash)
	w.byte(bit(s.Duplicate, sentDuplicate) | bit(s.Headline, sentHeadline))
	w.str(s.Hedge)
	w.str(s.Speaker)
	w.words(text, s.Start, s.Words)
	w.quotes(s.Quotes)
	w.count(len(s.Times))
	for i := range s.Times {
		if err := w.expr(text, &s.Times[i]); err != nil {
			return err
		}
	}
	w.count(len(s.Numbers))
	for i := range s.Numbers {
		w.number(text, &s.Numbers[i])
	}
	w.count(len(s.Entities))
	for i := range s.Entities {
		w.entity(text, &s.Entities[i])
	}
	return nil
}

func (r *reader) sentence(s *claims.Sentence, a *arenas) {
	s.Index = r.int()
	s.Start = r.int()
	s.End = s.Start + r.int()
	s.Line = r.int()
	s.Lead = s.Start + r.int()
	s.Hash = r.fixed64()
	flags := r.byte()
	s.Duplicate, s.Headline = has(flags, sentDuplicate), has(flags, sentHeadline)
	s.Hedge, s.Speaker = r.str(), r.str()
	s.Words = take(r, &a.words, r.count())
	r.words(s.Start, s.Words)
	s.Quotes = r.quotes(a)
	s.Times = take(r, &a.times, r.count())
	for i := range s.Times {
		r.expr(&s.Times[i])
	}
	s.Numbers = take(r, &a.numbers, r.count())
	for i := range s.Numbers {
		r.number(&s.Numbers[i])
	}
	s.Entities = take(r, &a.entities, r.count())
	for i := range s.Entities {
		r.entity(&s.Entities[i])
	}
}

// Word flags. Most words are their span of the text, and most have
// nothing to lower-case; the others are mostly their span of the
// lower-cased text, which the reader makes once per record.
const (
	wordCap = iota
	wordPunct
	wordTextIsSpan
	wordLowerIsText
	wordLowerIsSpan
)

// words writes each word's start as the distance from the previous
// word's end (from the sentence's start for the first): one byte, mostly.
func (w *writer) words(text string, start int, ws []text.Word) {
	w.count(len(ws))
	prev := start
	for i := range ws {
		wd := &ws[i]
		wt, wl, ws, we := wd.Text(), wd.Lower(), wd.Start(), wd.End()
		isSpan := spanText(text, wt, ws, we)
		lowerIsText := wl == wt
		lowerIsSpan := !lowerIsText && w.lowerIsSpan(wl, ws, we)
		w.byte(bit(wd.Cap(), wordCap) | bit(wd.Punct(), wordPunct) | bit(isSpan, wordTextIsSpan) |
			bit(lowerIsText, wordLowerIsText) | bit(lowerIsSpan, wordLowerIsSpan))
		w.int(ws - prev)
		w.int(we - ws)
		prev = we
		if !isSpan {
			w.str(wt)
		}
		if !lowerIsText && !lowerIsSpan {
			w.str(wl)
		}
	}
}

// wordFits says whether text.NewWord can hold a decoded word (offsets in
// range, its text as long as its span): a record with one it cannot is
// malformed (the writer writes words the tokenizer made, all spans).
func wordFits(start, end int, txt string) bool {
	return 0 <= start && end <= text.MaxWordOffset && end-start == len(txt)
}

func (r *reader) words(start int, ws []text.Word) {
	prev := start
	for i := range ws {
		flags := r.byte()
		start := prev + r.int()
		end := start + r.int()
		prev = end
		txt := r.textAt(has(flags, wordTextIsSpan), start, end)
		var lower string
		switch {
		case has(flags, wordLowerIsText):
			lower = txt
		case has(flags, wordLowerIsSpan):
			lower = r.lowerSpan(start, end)
		default:
			lower = r.str()
		}
		if r.err != nil {
			return
		}
		if !wordFits(start, end, txt) {
			r.fail(errMalformed)
			return
		}
		ws[i] = text.NewWord(start, end, txt, lower, has(flags, wordCap), has(flags, wordPunct))
	}
}

func (w *writer) quotes(qs []text.Quote) {
	w.count(len(qs))
	for _, q := range qs {
		w.int(q.Start)
		w.int(q.End - q.Start)
	}
}

// quotes reads a list of quotes, from the arena when there is one.
func (r *reader) quotes(a *arenas) []text.Quote {
	n := r.count()
	var qs []text.Quote
	if a != nil {
		qs = take(r, &a.quotes, n)
	} else if n > 0 {
		qs = grab(r.da(), &r.da().quotes, n)
	}
	for i := range qs {
		qs[i].Start = r.int()
		qs[i].End = qs[i].Start + r.int()
	}
	return qs
}

// Entity flags.
const (
	entTextIsSpan = iota
	entDemonym
	entPossessive
	entCapital
	entGeneric
	entAside
)

func (w *writer) entity(text string, e *claims.Entity) {
	isSpan := spanText(text, e.Text, e.Start, e.End)
	w.byte(bit(isSpan, entTextIsSpan) | bit(e.Demonym, entDemonym) | bit(e.Possessive, entPossessive) |
		bit(e.Capital, entCapital) | bit(e.Generic, entGeneric) | bit(e.Aside, entAside))
	w.spanned(isSpan, e.Text, e.Start, e.End)
	w.str(e.Kind)
	w.str(e.Title)
	w.str(e.Key)
	w.str(e.Country)
	w.str(e.Level)
}

func (r *reader) entity(e *claims.Entity) {
	flags := r.byte()
	e.Demonym, e.Possessive = has(flags, entDemonym), has(flags, entPossessive)
	e.Capital, e.Generic, e.Aside = has(flags, entCapital), has(flags, entGeneric), has(flags, entAside)
	e.Text, e.Start, e.End = r.spanned(has(flags, entTextIsSpan))
	e.Kind, e.Title, e.Key, e.Country, e.Level = r.str(), r.str(), r.str(), r.str(), r.str()
}

// Temporal expression flags.
const (
	exprTextIsSpan = iota
	exprHasWeekday
	exprWeekdayMismatch
	exprRelative
	exprQuoted
)

func (w *writer) expr(text string, x *temporal.Expr) error {
	isSpan := spanText(text, x.Text, x.Start, x.End)
	w.byte(bit(isSpan, exprTextIsSpan) | bit(x.HasWeekday, exprHasWeekday) | bit(x.WeekdayMismatch, exprWeekdayMismatch) |
		bit(x.Relative, exprRelative) | bit(x.Quoted, exprQuoted))
	w.spanned(isSpan, x.Text, x.Start, x.End)
	w.str(x.Type)
	w.str(x.Value)
	w.str(x.Anchor)
	w.count(len(x.Readings))
	for _, s := range x.Readings {
		w.str(s)
	}
	w.str(x.Gran)
	if err := errors.Join(w.time(x.Lo), w.time(x.Hi)); err != nil {
		return err
	}
	w.int(x.Year)
	w.int(x.Month)
	w.int(x.Day)
	w.int(int(x.Weekday))
	w.str(x.Part)
	return nil
}

func (r *reader) expr(x *temporal.Expr) {
	flags := r.byte()
	x.HasWeekday, x.WeekdayMismatch = has(flags, exprHasWeekday), has(flags, exprWeekdayMismatch)
	x.Relative, x.Quoted = has(flags, exprRelative), has(flags, exprQuoted)
	x.Text, x.Start, x.End = r.spanned(has(flags, exprTextIsSpan))
	x.Type, x.Value, x.Anchor = r.str(), r.str(), r.str()
	if n := r.count(); n > 0 {
		x.Readings = grab(r.da(), &r.da().strs, n)
		for i := range x.Readings {
			x.Readings[i] = r.str()
		}
	}
	x.Gran = r.str()
	x.Lo, x.Hi = r.time(), r.time()
	x.Year, x.Month, x.Day = r.int(), r.int(), r.int()
	x.Weekday = time.Weekday(r.int())
	x.Part = r.str()
}

// Number flags.
const (
	numTextIsSpan = iota
	numApprox
)

func (w *writer) number(text string, n *numbers.Number) {
	isSpan := spanText(text, n.Text, n.Start, n.End)
	w.byte(bit(isSpan, numTextIsSpan) | bit(n.Approx, numApprox))
	w.spanned(isSpan, n.Text, n.Start, n.End)
	w.float(n.Lo)
	w.float(n.Hi)
	w.str(n.Qualifier)
	w.str(n.Unit)
	w.str(n.Kind)
	w.str(n.Noun)
	w.int(n.NounStart)
	w.int(n.NounEnd)
}

func (r *reader) number(n *numbers.Number) {
	flags := r.byte()
	n.Approx = has(flags, numApprox)
	n.Text, n.Start, n.End = r.spanned(has(flags, numTextIsSpan))
	n.Lo, n.Hi = r.float(), r.float()
	n.Qualifier, n.Unit, n.Kind, n.Noun = r.str(), r.str(), r.str(), r.str()
	n.NounStart, n.NounEnd = r.int(), r.int()
}

// Mention flags: eight, one byte.
const (
	menQuoted = iota
	menAggregate
	menNegated
	menIrrealis
	menDefinite
	menFuture
	menPrior
	menCountedObject
)

func (w *writer) mention(m *mentionRecord) {
	w.int(m.Sentence)
	w.byte(bit(m.Quoted, menQuoted) | bit(m.Aggregate, menAggregate) | bit(m.Negated, menNegated) |
		bit(m.Irrealis, menIrrealis) | bit(m.Definite, menDefinite) | bit(m.Future, menFuture) |
		bit(m.Prior, menPrior) | bit(m.CountedObject, menCountedObject))
	w.str(m.Class)
	w.str(m.Trigger)
	w.int(m.TriggerStart)
	w.int(m.TriggerEnd)
	w.ref(m.Time)
	w.ref(m.Place)
	w.refs(m.Places)
	w.refs(m.Participants)
	w.ref(m.Agent)
	w.str(m.Patient)
	w.int(m.PatientAt[0])
	w.int(m.PatientAt[1])
	w.ref(m.Owner)
	w.figures(m.Counts)
	w.figures(m.Quantities)
	w.str(m.Hedge)
	w.str(m.Speaker)
	w.str(m.Ordinal)
	w.str(m.Object)
	w.count(len(m.Ownerships))
	for _, o := range m.Ownerships {
		w.str(o.Thing)
		w.ref(o.Owner)
		w.int(o.Sentence)
	}
}

// mentionOf writes m as mention writes its record, without building it
// (copying a record of some twenty strings per mention was most of what
// writing mentions cost); e turns its pointers into refs, in the order
// the record's fields are written. TestMentionOfWritesTheRecord holds the
// two to the same bytes.
func (w *writer) mentionOf(e *encoder, m *claims.Mention) error {
	if m == nil {
		return errors.New("a nil mention")
	}
	si, err := e.sentence(m.Sentence)
	if err != nil {
		return err
	}
	e.setNear(m.Sentence)
	w.int(si)
	w.byte(bit(m.Quoted, menQuoted) | bit(m.Aggregate, menAggregate) | bit(m.Negated, menNegated) |
		bit(m.Irrealis, menIrrealis) | bit(m.Definite, menDefinite) | bit(m.Future, menFuture) |
		bit(m.Prior, menPrior) | bit(m.CountedObject, menCountedObject))
	w.str(m.Class)
	w.str(m.Trigger)
	w.int(m.TriggerStart)
	w.int(m.TriggerEnd)
	w.ref(e.time(m.Time))
	w.ref(e.entity(m.Place))
	w.entityRefs(e, m.Places)
	w.entityRefs(e, m.Participants)
	w.ref(e.entity(m.Agent))
	w.str(m.Patient)
	w.int(m.PatientAt[0])
	w.int(m.PatientAt[1])
	w.ref(e.entity(m.Owner))
	if err := w.figuresOf(e, m.Counts); err != nil {
		return err
	}
	if err := w.figuresOf(e, m.Quantities); err != nil {
		return err
	}
	w.str(m.Hedge)
	w.str(m.Speaker)
	w.str(m.Ordinal)
	w.str(m.Object)
	w.count(len(m.Ownerships))
	for _, o := range m.Ownerships {
		si, err := e.sentence(o.Sentence)
		if err != nil {
			return err
		}
		w.str(o.Thing)
		w.ref(e.entity(o.Owner))
		w.int(si)
	}
	return nil
}

// entityRefs writes a list of entities as refs writes their refs.
func (w *writer) entityRefs(e *encoder, ps []*claims.Entity) {
	w.count(len(ps))
	for _, p := range ps {
		w.ref(e.entity(p))
	}
}

// figuresOf writes figures as figures writes their records.
func (w *writer) figuresOf(e *encoder, fs []claims.Figure) error {
	w.count(len(fs))
	for i := range fs {
		f := &fs[i]
		si, err := e.sentence(f.Sentence)
		if err != nil {
			return err
		}
		w.number(w.text, &f.Number)
		w.str(f.Holder)
		w.str(f.Role)
		w.byte(bit(f.Loose, 0))
		w.int(si)
	}
	return nil
}

func (w *writer) ref(x ref) {
	w.int(x.In)
	w.int(x.At)
}

func (r *reader) ref() ref { return ref{In: r.int(), At: r.int()} }

func (w *writer) refs(xs []ref) {
	w.count(len(xs))
	for _, x := range xs {
		w.ref(x)
	}
}

func (r *reader) refs() []ref {
	n := r.count()
	if n == 0 {
		return nil
	}
	xs := r.scratch.takeRefs(n)
	for i := range xs {
		xs[i] = r.ref()
	}
	return xs
}

func (w *writer) figures(fs []figureRecord) {
	w.count(len(fs))
	for i := range fs {
		f := &fs[i]
		w.number(w.text, &f.Number)
		w.str(f.Holder)
		w.str(f.Role)
		w.byte(bit(f.Loose, 0))
		w.int(f.Sentence)
	}
}

func (r *reader) figures() []figureRecord {
	n := r.count()
	if n == 0 {
		return nil
	}
	fs := r.scratch.takeFigures(n)
	for i := range fs {
		f := &fs[i]
		r.number(&f.Number)
		f.Holder, f.Role = r.str(), r.str()
		f.Loose = has(r.byte(), 0)
		f.Sentence = r.int()
	}
	return fs
}
