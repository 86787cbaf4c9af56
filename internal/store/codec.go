package store

import (
	"errors"
	"fmt"
	"sync"

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
func EncodeDoc(d *claims.Doc) ([]byte, error) {
	if d == nil || d.Source == nil {
		return nil, errors.New("no document")
	}
	for i, s := range d.Sentences {
		if s == nil {
			return nil, fmt.Errorf("%s: sentence %d is nil", d.Source.ID, i)
		}
	}
	e := newEncoder(d)
	// The record's Sentences stay empty: the document's own are written,
	// rather than copied into it first.
	rec := docRecord{Version: codecVersion, Source: d.Source, Quotes: d.Quotes,
		Mentions: make([]mentionRecord, 0, len(d.Mentions))}
	for _, m := range d.Mentions {
		mr, err := e.mention(m)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.Source.ID, err)
		}
		rec.Mentions = append(rec.Mentions, mr)
	}
	rec.Entities, rec.Times = e.entities, e.times
	data, err := rec.marshal(d.Sentences)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.Source.ID, err)
	}
	return data, nil
}

// writers are reused: the string table's map and the body's buffer grow
// to a document's size once, not for every document.
var writers = sync.Pool{New: func() any { return &writer{strIndex: map[string]uint32{}} }}

// marshal writes the record's bytes, with the given sentences when the
// record holds none of its own.
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
	return w.record(rec.Version), nil
}

// unmarshalRecord reads a record's bytes.
func unmarshalRecord(data []byte) (*docRecord, error) {
	r := reader{data: data}
	rec := &docRecord{Version: r.header()}
	if r.err != nil {
		return nil, r.err
	}
	if rec.Version != codecVersion {
		return rec, nil // the caller names both versions
	}
	r.stringTable()
	r.unmarshal(rec)
	if r.err == nil && r.pos != len(data) {
		r.fail(errMalformed) // bytes left over: not what was written
	}
	return rec, r.err
}

// encoder knows where every sentence, entity and date of a document is.
// A mention's entities and dates are mostly its own sentence's, so they
// are looked for there first; the maps of every sentence's items are
// built only for a document with a mention that points elsewhere (most
// documents have none, and the maps were a fifth of encoding).
type encoder struct {
	doc *claims.Doc
	// near is the sentence of the mention being written, nil for none.
	near      *claims.Sentence
	nearIndex int
	indexed   bool
	sentences map[*claims.Sentence]int
	entityAt  map[*claims.Entity]ref
	timeAt    map[*temporal.Expr]ref
	entities  []claims.Entity
	times     []temporal.Expr
}

func newEncoder(d *claims.Doc) *encoder { return &encoder{doc: d} }

// index builds the maps of every sentence, entity and date, once.
func (e *encoder) index() {
	if e.indexed {
		return
	}
	e.indexed = true
	d := e.doc
	e.sentences = make(map[*claims.Sentence]int, len(d.Sentences))
	e.entityAt = map[*claims.Entity]ref{}
	e.timeAt = map[*temporal.Expr]ref{}
	for i, s := range d.Sentences {
		if s == nil {
			continue
		}
		e.sentences[s] = i
		for k := range s.Entities {
			e.entityAt[&s.Entities[k]] = ref{In: i + 1, At: k}
		}
		for k := range s.Times {
			e.timeAt[&s.Times[k]] = ref{In: i + 1, At: k}
		}
	}
}

// sentenceIndex is the index of s in the document; Index says where it
// is, unless the document was built otherwise.
func (e *encoder) sentenceIndex(s *claims.Sentence) (int, bool) {
	if i := s.Index; i >= 0 && i < len(e.doc.Sentences) && e.doc.Sentences[i] == s {
		return i, true
	}
	e.index()
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

func (e *encoder) entity(p *claims.Entity) ref {
	if p == nil {
		return ref{}
	}
	if s := e.near; s != nil {
		for k := range s.Entities {
			if &s.Entities[k] == p {
				return ref{In: e.nearIndex + 1, At: k}
			}
		}
	}
	e.index()
	if r, ok := e.entityAt[p]; ok {
		return r
	}
	r := ref{In: inRecord, At: len(e.entities)}
	e.entities = append(e.entities, *p)
	e.entityAt[p] = r
	return r
}

func (e *encoder) entityList(ps []*claims.Entity) []ref {
	if ps == nil {
		return nil
	}
	out := make([]ref, len(ps))
	for i, p := range ps {
		out[i] = e.entity(p)
	}
	return out
}

func (e *encoder) time(p *temporal.Expr) ref {
	if p == nil {
		return ref{}
	}
	if s := e.near; s != nil {
		for k := range s.Times {
			if &s.Times[k] == p {
				return ref{In: e.nearIndex + 1, At: k}
			}
		}
	}
	e.index()
	if r, ok := e.timeAt[p]; ok {
		return r
	}
	r := ref{In: inRecord, At: len(e.times)}
	e.times = append(e.times, *p)
	e.timeAt[p] = r
	return r
}

func (e *encoder) mention(m *claims.Mention) (mentionRecord, error) {
	if m == nil {
		return mentionRecord{}, errors.New("a nil mention")
	}
	si, err := e.sentence(m.Sentence)
	if err != nil {
		return mentionRecord{}, err
	}
	e.setNear(m.Sentence)
	mr := mentionRecord{
		Sentence: si, Class: m.Class, Trigger: m.Trigger,
		TriggerStart: m.TriggerStart, TriggerEnd: m.TriggerEnd,
		Time: e.time(m.Time), Place: e.entity(m.Place),
		Places: e.entityList(m.Places), Participants: e.entityList(m.Participants),
		Agent: e.entity(m.Agent), Patient: m.Patient, PatientAt: m.PatientAt, Owner: e.entity(m.Owner),
		Quoted: m.Quoted, Hedge: m.Hedge, Speaker: m.Speaker,
		Aggregate: m.Aggregate, Negated: m.Negated, Irrealis: m.Irrealis, Definite: m.Definite,
		Future: m.Future, Prior: m.Prior, Ordinal: m.Ordinal, Object: m.Object, CountedObject: m.CountedObject,
	}
	if mr.Counts, err = e.figures(m.Counts); err != nil {
		return mr, err
	}
	if mr.Quantities, err = e.figures(m.Quantities); err != nil {
		return mr, err
	}
	for _, o := range m.Ownerships {
		si, err := e.sentence(o.Sentence)
		if err != nil {
			return mr, err
		}
		mr.Ownerships = append(mr.Ownerships, ownershipRecord{Thing: o.Thing, Owner: e.entity(o.Owner), Sentence: si})
	}
	return mr, nil
}

func (e *encoder) figures(fs []claims.Figure) ([]figureRecord, error) {
	if fs == nil {
		return nil, nil
	}
	out := make([]figureRecord, len(fs))
	for i, f := range fs {
		si, err := e.sentence(f.Sentence)
		if err != nil {
			return nil, err
		}
		out[i] = figureRecord{Number: f.Number, Holder: f.Holder, Role: f.Role, Loose: f.Loose, Sentence: si}
	}
	return out, nil
}

// DecodeDoc reads a document written by EncodeDoc. Malformed bytes and
// indexes that point nowhere are errors, never a panic: a store file may
// have been damaged.
func DecodeDoc(data []byte) (doc *claims.Doc, err error) {
	rec, err := unmarshalRecord(data)
	if err != nil {
		return nil, fmt.Errorf("unreadable claims: %w", err)
	}
	if rec.Version != codecVersion {
		return nil, fmt.Errorf("claims written in format %d, this claimcheck reads format %d", rec.Version, codecVersion)
	}
	if rec.Source == nil {
		return nil, errors.New("claims without their source")
	}
	d := &claims.Doc{Source: rec.Source, Quotes: rec.Quotes}
	d.Sentences = make([]*claims.Sentence, len(rec.Sentences))
	for i := range rec.Sentences {
		d.Sentences[i] = &rec.Sentences[i]
	}
	dec := decoder{doc: d, rec: rec}
	for i, mr := range rec.Mentions {
		m, err := dec.mention(mr)
		if err != nil {
			return nil, fmt.Errorf("mention %d: %w", i, err)
		}
		d.Mentions = append(d.Mentions, m)
	}
	return d, nil
}

// decoder turns a record's indexes back into pointers into the document.
type decoder struct {
	doc *claims.Doc
	rec *docRecord
}

var errBadIndex = errors.New("an index points outside the document")

func (dc *decoder) sentence(i int) (*claims.Sentence, error) {
	if i == 0 {
		return nil, nil
	}
	if i < 0 || i > len(dc.doc.Sentences) {
		return nil, errBadIndex
	}
	return dc.doc.Sentences[i-1], nil
}

func (dc *decoder) entity(r ref) (*claims.Entity, error) {
	switch {
	case r.In == 0:
		return nil, nil
	case r.In == inRecord && r.At >= 0 && r.At < len(dc.rec.Entities):
		return &dc.rec.Entities[r.At], nil
	case r.In > 0 && r.In <= len(dc.doc.Sentences) && r.At >= 0 && r.At < len(dc.doc.Sentences[r.In-1].Entities):
		return &dc.doc.Sentences[r.In-1].Entities[r.At], nil
	}
	return nil, errBadIndex
}

func (dc *decoder) entityList(rs []ref) ([]*claims.Entity, error) {
	if rs == nil {
		return nil, nil
	}
	out := make([]*claims.Entity, len(rs))
	for i, r := range rs {
		e, err := dc.entity(r)
		if err != nil {
			return nil, err
		}
		out[i] = e
	}
	return out, nil
}

func (dc *decoder) time(r ref) (*temporal.Expr, error) {
	switch {
	case r.In == 0:
		return nil, nil
	case r.In == inRecord && r.At >= 0 && r.At < len(dc.rec.Times):
		return &dc.rec.Times[r.At], nil
	case r.In > 0 && r.In <= len(dc.doc.Sentences) && r.At >= 0 && r.At < len(dc.doc.Sentences[r.In-1].Times):
		return &dc.doc.Sentences[r.In-1].Times[r.At], nil
	}
	return nil, errBadIndex
}

func (dc *decoder) mention(mr mentionRecord) (*claims.Mention, error) {
	m := &claims.Mention{
		Doc: dc.doc, Class: mr.Class, Trigger: mr.Trigger,
		TriggerStart: mr.TriggerStart, TriggerEnd: mr.TriggerEnd,
		Patient: mr.Patient, PatientAt: mr.PatientAt,
		Quoted: mr.Quoted, Hedge: mr.Hedge, Speaker: mr.Speaker,
		Aggregate: mr.Aggregate, Negated: mr.Negated, Irrealis: mr.Irrealis, Definite: mr.Definite,
		Future: mr.Future, Prior: mr.Prior, Ordinal: mr.Ordinal, Object: mr.Object, CountedObject: mr.CountedObject,
	}
	var errs [8]error
	m.Sentence, errs[0] = dc.sentence(mr.Sentence)
	m.Time, errs[1] = dc.time(mr.Time)
	m.Place, errs[2] = dc.entity(mr.Place)
	m.Places, errs[3] = dc.entityList(mr.Places)
	m.Participants, errs[4] = dc.entityList(mr.Participants)
	m.Agent, errs[5] = dc.entity(mr.Agent)
	m.Owner, errs[6] = dc.entity(mr.Owner)
	if err := errors.Join(errs[:]...); err != nil {
		return nil, errBadIndex
	}
	var err error
	if m.Counts, err = dc.figures(mr.Counts); err != nil {
		return nil, err
	}
	if m.Quantities, err = dc.figures(mr.Quantities); err != nil {
		return nil, err
	}
	for _, or := range mr.Ownerships {
		o := claims.Ownership{Thing: or.Thing}
		if o.Owner, err = dc.entity(or.Owner); err != nil {
			return nil, err
		}
		if o.Sentence, err = dc.sentence(or.Sentence); err != nil {
			return nil, err
		}
		m.Ownerships = append(m.Ownerships, o)
	}
	return m, nil
}

func (dc *decoder) figures(frs []figureRecord) ([]claims.Figure, error) {
	if frs == nil {
		return nil, nil
	}
	out := make([]claims.Figure, len(frs))
	for i, fr := range frs {
		s, err := dc.sentence(fr.Sentence)
		if err != nil {
			return nil, err
		}
		out[i] = claims.Figure{Number: fr.Number, Holder: fr.Holder, Role: fr.Role, Loose: fr.Loose, Sentence: s}
	}
	return out, nil
}
