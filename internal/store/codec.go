package store

import (
	"errors"
	"fmt"
	"sync"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/claims/text"
)

// A claims.Doc is a graph: mentions point at their document, their
// sentence, and at entities and dates held in the sentences' slices, and
// compare rewrites entity keys in place through those pointers (alias
// resolution). gob (and JSON) would write each pointer's target as a copy,
// and a decoded mention would no longer see its sentence's entity change.
// So a Doc is written as a record in which every pointer is an index, and
// read back into the same sharing. The record's bytes are laid out by hand
// (wire.go, layout.go): figures hold +Inf ("more than 50" is open above),
// which JSON cannot, and gob repeated its type descriptions in every
// record and every word's text, and read slowly.

// codecVersion changes when the record's layout changes; a record written
// by another version is refused rather than misread. Version 1 was gob.
const codecVersion = 2

// docRecord is a claims.Doc with its pointers turned into indexes.
type docRecord struct {
	Version   int
	Source    *source.Source
	Sentences []claims.Sentence
	Quotes    []text.Quote
	Mentions  []mentionRecord
	// Entities and Times hold what a mention points at that no sentence
	// holds, each once however many mentions point at it.
	Entities []claims.Entity
	Times    []temporal.Expr
}

// ref locates a pointer's target: In is 0 for nil, n+1 for the slice of
// sentence n, -1 for the record's own Entities or Times; At indexes it.
type ref struct {
	In, At int
}

const inRecord = -1

// mentionRecord is a claims.Mention without pointers. Sentence is the
// sentence's index plus one (0: none).
type mentionRecord struct {
	Sentence                 int
	Class, Trigger           string
	TriggerStart, TriggerEnd int
	Time                     ref
	Place                    ref
	Places, Participants     []ref
	Agent                    ref
	Patient                  string
	PatientAt                [2]int
	Owner                    ref
	Counts, Quantities       []figureRecord
	Quoted                   bool
	Hedge, Speaker           string
	Aggregate, Negated       bool
	Irrealis, Definite       bool
	Future, Prior            bool
	Ordinal, Object          string
	CountedObject            bool
	Ownerships               []ownershipRecord
}

type figureRecord struct {
	Number       numbers.Number
	Holder, Role string
	Loose        bool
	Sentence     int
}

type ownershipRecord struct {
	Thing    string
	Owner    ref
	Sentence int
}

// EncodeDoc writes a document's claims, source included, as bytes that
// DecodeDoc reads back. Call it before compare.Check, which rewrites
// entity keys for the batch at hand.
func EncodeDoc(d *claims.Doc) ([]byte, error) { return AppendDoc(nil, d) }

// AppendDoc appends what EncodeDoc gives to dst, so that a caller that
// writes the record away at once (a spill file) reuses one buffer rather
// than allocating a record per document.
func AppendDoc(dst []byte, d *claims.Doc) ([]byte, error) {
	if d == nil || d.Source == nil {
		return dst, errors.New("no document")
	}
	for i, s := range d.Sentences {
		if s == nil {
			return dst, fmt.Errorf("%s: sentence %d is nil", d.Source.ID, i)
		}
	}
	w := writers.Get().(*writer)
	defer writers.Put(w)
	w.reset()
	if err := w.marshalDoc(d); err != nil {
		return dst, fmt.Errorf("%s: %w", d.Source.ID, err)
	}
	return w.appendRecord(dst, codecVersion), nil
}

// writers are reused: the string table's map, the body's buffer and the
// encoder's scratch grow to a document's size once, not for every
// document.
var writers = sync.Pool{New: func() any { return &writer{strIndex: map[string]uint32{}} }}

// marshal writes the record's bytes, with the given sentences when the
// record holds none of its own. EncodeDoc writes a document without
// building its record (marshalDoc); this writes hand-made records.
func (rec *docRecord) marshal(sentences []*claims.Sentence) ([]byte, error) {
	if len(rec.Sentences) > 0 {
		sentences = make([]*claims.Sentence, len(rec.Sentences))
		for i := range rec.Sentences {
			sentences[i] = &rec.Sentences[i]
		}
	}
	w := writers.Get().(*writer)
	defer writers.Put(w)
	w.reset()
	if err := w.marshal(rec, sentences); err != nil {
		return nil, err
	}
	return w.appendRecord(nil, rec.Version), nil
}

// encoder knows where every sentence, entity and date of a document is.
// A mention's entities and dates are mostly its own sentence's, so they
// are looked for there first, then in every sentence by address (indexIn:
// a pointer into a sentence's slice lies within its array); a map is
// built only for what no sentence holds, and for sentences only in a
// document whose sentences' Index is not where they are.
type encoder struct {
	doc *claims.Doc
	// near is the sentence of the mention being written, nil for none.
	near      *claims.Sentence
	nearIndex int
	sentences map[*claims.Sentence]int
	entityAt  map[*claims.Entity]ref
	timeAt    map[*temporal.Expr]ref
	entities  []claims.Entity
	times     []temporal.Expr
}

// reset readies the encoder for d, keeping the record's lists for their
// capacity.
func (e *encoder) reset(d *claims.Doc) {
	clear(e.entities) // let the previous document's strings be collected
	clear(e.times)
	*e = encoder{doc: d, entities: e.entities[:0], times: e.times[:0]}
}

// sentenceIndex is the index of s in the document; Index says where it
// is, unless the document was built otherwise.
func (e *encoder) sentenceIndex(s *claims.Sentence) (int, bool) {
	if i := s.Index; i >= 0 && i < len(e.doc.Sentences) && e.doc.Sentences[i] == s {
		return i, true
	}
	if e.sentences == nil {
		e.sentences = make(map[*claims.Sentence]int, len(e.doc.Sentences))
		for i, s := range e.doc.Sentences {
			if s != nil {
				e.sentences[s] = i
			}
		}
	}
	i, ok := e.sentences[s]
	return i, ok
}

// sentence is a sentence's index plus one, 0 for nil.
func (e *encoder) sentence(s *claims.Sentence) (int, error) {
	if s == nil {
		return 0, nil
	}
	i, ok := e.sentenceIndex(s)
	if !ok {
		return 0, errors.New("a claim points at a sentence its document does not hold")
	}
	return i + 1, nil
}

// setNear makes s, the sentence of the mention about to be written, the
// first place its entities and dates are looked for.
func (e *encoder) setNear(s *claims.Sentence) {
	e.near = nil
	if s == nil {
		return
	}
	if i, ok := e.sentenceIndex(s); ok {
		e.near, e.nearIndex = s, i
	}
}

// indexIn is the index of the item p points at in xs's array, -1 when p
// points elsewhere. It compares addresses only (Go's heap objects do not
// move), where a loop comparing &xs[k] with p cost a pass per sentence.
func indexIn[T any](xs []T, p *T) int {
	if len(xs) == 0 {
		return -1
	}
	size := unsafe.Sizeof(xs[0])
	off := uintptr(unsafe.Pointer(p)) - uintptr(unsafe.Pointer(&xs[0])) // wraps when p is before
	if size == 0 || off >= uintptr(len(xs))*size || off%size != 0 {
		return -1
	}
	return int(off / size)
}

// entity is where p lies: in the mention's sentence, else in the last
// sentence that holds it (as a map of every sentence's items, filled in
// order, would say), else in the record's own list.
func (e *encoder) entity(p *claims.Entity) ref {
	return locate(e, p, sentenceEntities, &e.entities, &e.entityAt)
}

// time is where p lies, as entity says for entities.
func (e *encoder) time(p *temporal.Expr) ref {
	return locate(e, p, sentenceTimes, &e.times, &e.timeAt)
}

func sentenceEntities(s *claims.Sentence) []claims.Entity { return s.Entities }
func sentenceTimes(s *claims.Sentence) []temporal.Expr    { return s.Times }

// locate is entity and time for items of type T, which of lists in each
// sentence; an item no sentence holds is appended to own once, at
// remembering where.
func locate[T any](e *encoder, p *T, of func(*claims.Sentence) []T, own *[]T, at *map[*T]ref) ref {
	if p == nil {
		return ref{}
	}
	if s := e.near; s != nil {
		if k := indexIn(of(s), p); k >= 0 {
			return ref{In: e.nearIndex + 1, At: k}
		}
	}
	for i := len(e.doc.Sentences) - 1; i >= 0; i-- {
		if k := indexIn(of(e.doc.Sentences[i]), p); k >= 0 {
			return ref{In: i + 1, At: k}
		}
	}
	if r, ok := (*at)[p]; ok {
		return r
	}
	if *at == nil {
		*at = map[*T]ref{}
	}
	r := ref{In: inRecord, At: len(*own)}
	*own = append(*own, *p)
	(*at)[p] = r
	return r
}

// decodeScratch holds what reading a record needs only until its
// mentions are made: the mentions' records, their lists, the string
// table's lengths. It is reused from one record to the next.
type decodeScratch struct {
	mentions []mentionRecord
	refs     []ref
	figures  []figureRecord
	lens     []int
	// strs is the record's string table, which the document's strings
	// are read from but which it does not keep.
	strs []string
	// figs and figSpans are DecodeDoc's mentions' figures until they are
	// copied into the document (mentionReader.figures).
	figs     []claims.Figure
	figSpans []figSpan
}

var decodeScratches = sync.Pool{New: func() any { return new(decodeScratch) }}

// release empties the scratch, so that it holds no strings of the
// record read (they hold its text), and hands it back.
func (sc *decodeScratch) release() {
	clear(sc.mentions)
	clear(sc.figures)
	clear(sc.figs)
	clear(sc.figSpans)
	clear(sc.strs)
	sc.strs = sc.strs[:0]
	sc.figs, sc.figSpans = sc.figs[:0], sc.figSpans[:0]
	sc.mentions, sc.refs, sc.figures, sc.lens = sc.mentions[:0], sc.refs[:0], sc.figures[:0], sc.lens[:0]
	decodeScratches.Put(sc)
}

// bump cuts n items off the end of buf's length, growing it into a new
// array when its capacity is short (items cut before stay in the old
// one). The slice's capacity ends at its length.
func bump[T any](buf *[]T, n int) []T {
	b := *buf
	if cap(b)-len(b) < n {
		b = make([]T, 0, max(n, 2*cap(b), 32))
	}
	out := b[len(b) : len(b)+n : len(b)+n]
	*buf = b[:len(b)+n]
	return out
}

// The scratch's takers allocate as make would when there is no scratch
// (a reader made by a test).

func (sc *decodeScratch) takeRefs(n int) []ref {
	if sc == nil {
		return make([]ref, n)
	}
	return bump(&sc.refs, n)
}

func (sc *decodeScratch) takeFigures(n int) []figureRecord {
	if sc == nil {
		return make([]figureRecord, n)
	}
	return bump(&sc.figures, n)
}

func (sc *decodeScratch) takeLens(n int) []int {
	if sc == nil {
		return make([]int, n)
	}
	return bump(&sc.lens, n)
}

func (sc *decodeScratch) takeStrs(n int) []string {
	if sc == nil {
		return make([]string, n)
	}
	return bump(&sc.strs, n)
}
