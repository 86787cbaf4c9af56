package store

import (
	"errors"
	"fmt"
	"slices"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

// DecodeDoc reads a document written by EncodeDoc. Malformed bytes and
// indexes that point nowhere are errors, never a panic: a store file may
// have been damaged. The document keeps nothing of data, which the
// caller may reuse.
//
// Mentions are read straight into claims.Mention, not into a record
// (mentionRecord) copied into the mention afterwards: that copy wrote
// every mention's dozen strings twice, each through a GC write barrier
// while the collector marks, and was a third of what decoding cost.
// Pointers into the record's own entities and dates, which follow the
// mentions in the bytes, are set once those are read (fixups).
func DecodeDoc(data []byte) (*claims.Doc, error) { return decodeDoc(data, exactArena) }

// decodeDoc is DecodeDoc with the document's structs cut from a.
func decodeDoc(data []byte, a *DocArena) (*claims.Doc, error) {
	sc := decodeScratches.Get().(*decodeScratch)
	defer sc.release()
	r := reader{data: data, scratch: sc, arena: a}
	version := r.header()
	if r.err != nil {
		return nil, fmt.Errorf("unreadable claims: %w", r.err)
	}
	if version != codecVersion {
		return nil, fmt.Errorf("claims written in format %d, this claimcheck reads format %d", version, codecVersion)
	}
	r.stringTable()
	d, bad := r.doc()
	if r.err == nil && r.pos != len(data) {
		r.fail(errMalformed) // bytes left over: not what was written
	}
	switch {
	case r.err != nil:
		return nil, fmt.Errorf("unreadable claims: %w", r.err)
	case d.Source == nil:
		return nil, errors.New("claims without their source")
	case bad >= 0:
		return nil, fmt.Errorf("mention %d: %w", bad, errBadIndex)
	}
	return d, nil
}

var errBadIndex = errors.New("an index points outside the document")

// doc reads a record's body (as reader.unmarshal reads it into a
// docRecord) into a document. bad is the first mention with an index that
// points nowhere, -1 for none.
func (r *reader) doc() (d *claims.Doc, bad int) {
	d = one(r.da(), &r.da().docs)
	d.Source = r.source()
	a := r.arenas()
	var sentences []claims.Sentence
	if n := r.count(); n > 0 {
		sentences = grab(r.da(), &r.da().sentences, n)
	}
	d.Sentences = grab(r.da(), &r.da().sentPtrs, len(sentences))
	for i := range sentences {
		r.sentence(&sentences[i], &a)
		if r.err != nil {
			return d, -1
		}
		d.Sentences[i] = &sentences[i]
	}
	d.Quotes = r.quotes(nil)
	mr := mentionReader{r: r, doc: d, sentences: sentences}
	bad = mr.mentions()
	var entities []claims.Entity
	if n := r.count(); n > 0 {
		entities = grab(r.da(), &r.da().entities, n)
	}
	for i := range entities {
		r.entity(&entities[i])
	}
	var times []temporal.Expr
	if n := r.count(); n > 0 {
		times = grab(r.da(), &r.da().times, n)
	}
	for i := range times {
		r.expr(&times[i])
	}
	return d, earliest(bad, mr.fix(entities, times))
}

// mentionReader reads a record's mentions into a document whose
// sentences are read.
type mentionReader struct {
	r         *reader
	doc       *claims.Doc
	sentences []claims.Sentence
	// The mentions' lists of entities are cut from one array (bump), not
	// allocated per mention, the document's own or the arena's; their
	// figures are gathered in the scratch.
	entities *[]*claims.Entity
	// current is the mention being read; bad is true once one of its
	// indexes points nowhere.
	current int
	bad     bool
	// entityFixes and timeFixes are pointers to set to the record's own
	// entities and dates once they are read.
	entityFixes []fixUp[claims.Entity]
	timeFixes   []fixUp[temporal.Expr]
}

// fixUp is a mention's pointer to an item of the record's own list, set
// once the list is read (it comes after the mentions).
type fixUp[T any] struct {
	slot    **T
	at      int
	mention int
}

// mentions reads the mentions and gives the first whose indexes point
// nowhere, -1 for none.
func (mr *mentionReader) mentions() int {
	r := mr.r
	n := r.count()
	if n == 0 {
		return -1
	}
	a := r.da()
	ms := grab(a, &a.mentions, n)
	// A guess at the entity lists' size from the mentions' number (bump
	// grows it when it falls short; 0.7 entities a mention in the
	// generated batch): starting from bump's small default and doubling
	// cost more than the copying this decoder saves. An arena's array
	// is sized by the stories before.
	mr.entities = &a.entPtrs
	if a.exact {
		own := make([]*claims.Entity, 0, 2*n)
		mr.entities = &own
	}
	mr.doc.Mentions = grab(a, &a.menPtrs, n)
	bad := -1
	for i := range ms {
		mr.current, mr.bad = i, false
		mr.mention(&ms[i])
		mr.doc.Mentions[i] = &ms[i]
		if mr.bad && bad < 0 {
			bad = i
		}
		if r.err != nil {
			break
		}
	}
	mr.placeFigures()
	return bad
}

// mention reads one mention in the order reader.mention reads its record.
func (mr *mentionReader) mention(m *claims.Mention) {
	r := mr.r
	m.Doc = mr.doc
	m.Sentence = mr.sentence(r.int())
	flags := r.byte()
	m.Quoted, m.Aggregate, m.Negated = has(flags, menQuoted), has(flags, menAggregate), has(flags, menNegated)
	m.Irrealis, m.Definite, m.Future = has(flags, menIrrealis), has(flags, menDefinite), has(flags, menFuture)
	m.Prior, m.CountedObject = has(flags, menPrior), has(flags, menCountedObject)
	m.Class, m.Trigger = r.str(), r.str()
	m.TriggerStart, m.TriggerEnd = r.int(), r.int()
	mr.time(&m.Time, r.ref())
	mr.entity(&m.Place, r.ref())
	m.Places = mr.entityList()
	m.Participants = mr.entityList()
	mr.entity(&m.Agent, r.ref())
	m.Patient = r.str()
	m.PatientAt = [2]int{r.int(), r.int()}
	mr.entity(&m.Owner, r.ref())
	mr.figures(&m.Counts)
	mr.figures(&m.Quantities)
	m.Hedge, m.Speaker, m.Ordinal, m.Object = r.str(), r.str(), r.str(), r.str()
	if n := r.count(); n > 0 {
		m.Ownerships = grab(r.da(), &r.da().ownerships, n)
		for i := range m.Ownerships {
			o := &m.Ownerships[i]
			o.Thing = r.str()
			mr.entity(&o.Owner, r.ref())
			o.Sentence = mr.sentence(r.int())
		}
	}
}

// sentence is the sentence of index i+1 (nil for 0).
func (mr *mentionReader) sentence(i int) *claims.Sentence {
	if i == 0 {
		return nil
	}
	if i < 0 || i > len(mr.sentences) {
		mr.bad = true
		return nil
	}
	return &mr.sentences[i-1]
}

// entity sets *slot to the entity x points at, now for a sentence's
// entity, once the record's entities are read for one of those.
func (mr *mentionReader) entity(slot **claims.Entity, x ref) {
	pointAt(mr, slot, x, sentenceEntities, &mr.entityFixes)
}

// time sets *slot to the date x points at, as entity does for entities.
func (mr *mentionReader) time(slot **temporal.Expr, x ref) {
	pointAt(mr, slot, x, sentenceTimes, &mr.timeFixes)
}

// pointAt is entity and time for items of type T, which of lists in each
// sentence; a pointer into the record's own list waits in fixes.
func pointAt[T any](mr *mentionReader, slot **T, x ref, of func(*claims.Sentence) []T, fixes *[]fixUp[T]) {
	switch {
	case x.In == 0:
	case x.In == inRecord && x.At >= 0:
		*fixes = append(*fixes, fixUp[T]{slot, x.At, mr.current})
	case x.In > 0 && x.In <= len(mr.sentences) && x.At >= 0 && x.At < len(of(&mr.sentences[x.In-1])):
		*slot = &of(&mr.sentences[x.In-1])[x.At]
	default:
		mr.bad = true
	}
}

// entityList reads a list of refs as entities (nil when empty).
func (mr *mentionReader) entityList() []*claims.Entity {
	n := mr.r.count()
	if n == 0 {
		return nil
	}
	out := bump(mr.entities, n)
	for i := range out {
		mr.entity(&out[i], mr.r.ref())
	}
	return out
}

// figures reads a list of figures as reader.figures reads their
// records, into the scratch: *slot is set to them once every mention is
// read, cut from one array of the document's size (figures are large, and
// growing an array of them by guess cost more than the copy).
func (mr *mentionReader) figures(slot *[]claims.Figure) {
	r := mr.r
	n := r.count()
	if n == 0 {
		return
	}
	sc := r.scratch
	start := len(sc.figs)
	sc.figs = slices.Grow(sc.figs, n)[:start+n]
	for i := start; i < start+n; i++ {
		f := &sc.figs[i]
		r.number(&f.Number)
		f.Holder, f.Role = r.str(), r.str()
		f.Loose = has(r.byte(), 0)
		f.Sentence = mr.sentence(r.int())
	}
	sc.figSpans = append(sc.figSpans, figSpan{slot, start, n})
}

// figSpan is where a mention's list of figures lies in the scratch.
type figSpan struct {
	slot     *[]claims.Figure
	start, n int
}

// placeFigures copies the figures read into the document and points the
// mentions' lists at them.
func (mr *mentionReader) placeFigures() {
	sc := mr.r.scratch
	if len(sc.figs) == 0 {
		return
	}
	figs := grab(mr.r.da(), &mr.r.da().figures, len(sc.figs))
	copy(figs, sc.figs)
	for _, sp := range sc.figSpans {
		*sp.slot = figs[sp.start : sp.start+sp.n : sp.start+sp.n]
	}
}

// fix sets the pointers into the record's own entities and dates, and
// gives the first mention with one that points past them, -1 for none.
func (mr *mentionReader) fix(entities []claims.Entity, times []temporal.Expr) int {
	return earliest(applyFixes(mr.entityFixes, entities), applyFixes(mr.timeFixes, times))
}

// applyFixes sets each pointer to its item of items and gives the first
// mention whose pointer is past them, -1 for none.
func applyFixes[T any](fixes []fixUp[T], items []T) int {
	bad := -1
	for _, f := range fixes {
		if f.at < len(items) {
			*f.slot = &items[f.at]
		} else {
			bad = earliest(bad, f.mention)
		}
	}
	return bad
}

// earliest is the lesser of two mention indexes, where -1 stands for none.
func earliest(a, b int) int {
	if a < 0 || b >= 0 && b < a {
		return b
	}
	return a
}
