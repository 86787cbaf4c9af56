package store

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

// The decoding path DecodeDoc took before it read mentions straight into
// claims.Mention: the record, then its mentions' records turned into
// mentions. Kept as the reference DecodeDoc is held to
// (TestDecodeDocAnswersAsTheRecordPath).

// unmarshalRecord reads a record's bytes. The mentions' records (and
// their lists) are cut from sc, which the caller hands back once it has
// turned them into mentions.
func unmarshalRecord(data []byte, sc *decodeScratch) (*docRecord, error) {
	r := reader{data: data, scratch: sc}
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

// DecodeDoc reads a document written by EncodeDoc. Malformed bytes and
// indexes that point nowhere are errors, never a panic: a store file may
// have been damaged. The document keeps nothing of data, which the
// caller may reuse.
func decodeViaRecord(data []byte) (doc *claims.Doc, err error) {
	sc := decodeScratches.Get().(*decodeScratch)
	defer sc.release()
	rec, err := unmarshalRecord(data, sc)
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
	dec := newDecoder(d, rec)
	if len(rec.Mentions) > 0 {
		d.Mentions = make([]*claims.Mention, len(rec.Mentions))
	}
	for i := range rec.Mentions {
		m, err := dec.mention(&rec.Mentions[i])
		if err != nil {
			return nil, fmt.Errorf("mention %d: %w", i, err)
		}
		d.Mentions[i] = m
	}
	return d, nil
}

// decoder turns a record's indexes back into pointers into the document.
type decoder struct {
	doc *claims.Doc
	rec *docRecord
	// The mentions and their lists of entities and figures, one array of
	// each per document, cut as mentions are made.
	mentions []claims.Mention
	entities []*claims.Entity
	figs     []claims.Figure
}

// newDecoder sizes the decoder's arrays to the record's mentions.
func newDecoder(d *claims.Doc, rec *docRecord) *decoder {
	ents, figs := 0, 0
	for i := range rec.Mentions {
		mr := &rec.Mentions[i]
		ents += len(mr.Places) + len(mr.Participants)
		figs += len(mr.Counts) + len(mr.Quantities)
	}
	return &decoder{doc: d, rec: rec, mentions: make([]claims.Mention, 0, len(rec.Mentions)),
		entities: make([]*claims.Entity, 0, ents), figs: make([]claims.Figure, 0, figs)}
}

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
	out := bump(&dc.entities, len(rs))
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

func (dc *decoder) mention(mr *mentionRecord) (*claims.Mention, error) {
	m := &bump(&dc.mentions, 1)[0]
	*m = claims.Mention{
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
	out := bump(&dc.figs, len(frs))
	for i, fr := range frs {
		s, err := dc.sentence(fr.Sentence)
		if err != nil {
			return nil, err
		}
		out[i] = claims.Figure{Number: fr.Number, Holder: fr.Holder, Role: fr.Role, Loose: fr.Loose, Sentence: s}
	}
	return out, nil
}

// TestDecodeDocAnswersAsTheRecordPath: DecodeDoc gives the document (or
// the error) the record path gave, for every article of several batches,
// each cut short and with bytes changed, and for hand-made records whose
// mentions point at the record's own entities and dates or nowhere.
func TestDecodeDocAnswersAsTheRecordPath(t *testing.T) {
	var inputs [][]byte
	for _, batch := range []string{"earthquake", "court-case", "election-count", "company-deal", "migrant-boat"} {
		for _, d := range readBatch(t, batch) {
			data, err := EncodeDoc(d)
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, data)
		}
	}
	src := readBatch(t, "earthquake")[0].Source
	ent := claims.Entity{Text: "X", Key: "x", Kind: claims.EntPerson}
	when := temporal.Expr{Text: "Monday", Type: "DATE", Value: "2024-01-01"}
	for _, rec := range []docRecord{
		{Version: codecVersion, Source: src, Entities: []claims.Entity{ent}, Times: []temporal.Expr{when},
			Mentions: []mentionRecord{{Time: ref{In: inRecord, At: 0}, Place: ref{In: inRecord, At: 0},
				Participants: []ref{{In: inRecord, At: 0}}, Ownerships: []ownershipRecord{{Thing: "plant", Owner: ref{In: inRecord}}}}}},
		{Version: codecVersion, Source: src, Mentions: []mentionRecord{{}, {Time: ref{In: inRecord, At: 1}}, {Sentence: 9}}},
		{Version: codecVersion, Source: src, Mentions: []mentionRecord{{}, {Sentence: 9}, {Place: ref{In: inRecord, At: 1}}}},
		{Version: codecVersion, Source: src, Mentions: []mentionRecord{{Agent: ref{In: -2}}}},
		{Version: codecVersion, Source: src, Mentions: []mentionRecord{{Counts: []figureRecord{{Sentence: -1}}}}},
		{Version: codecVersion},
		{Version: 7},
	} {
		inputs = append(inputs, encodeRecord(t, rec))
	}
	n := len(inputs)
	for i := range n {
		data := inputs[i]
		for _, cut := range []int{0, 3, len(data) / 3, len(data) / 2, len(data) - 1} {
			inputs = append(inputs, data[:cut])
		}
		for _, at := range []int{len(data) / 4, len(data) / 2, 3 * len(data) / 4} {
			changed := slices.Clone(data)
			changed[at] ^= 0x55
			inputs = append(inputs, changed)
		}
	}
	for i, data := range inputs {
		got, gotErr := DecodeDoc(data)
		want, wantErr := decodeViaRecord(data)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Fatalf("input %d: error %v, the record path's %v", i, gotErr, wantErr)
		}
		if !reflect.DeepEqual(got, want) || !sameWords(got, want) {
			t.Fatalf("input %d: the document differs from the record path's", i)
		}
	}
}

// unmarshal reads a record's body into rec.
func (r *reader) unmarshal(rec *docRecord) {
	rec.Source = r.source()
	a := r.arenas()
	n := r.count()
	if n > 0 {
		rec.Sentences = make([]claims.Sentence, n)
	}
	for i := range rec.Sentences {
		r.sentence(&rec.Sentences[i], &a)
		if r.err != nil {
			return
		}
	}
	rec.Quotes = r.quotes(nil)
	if n := r.count(); n > 0 {
		rec.Mentions = r.scratch.takeMentions(n)
	}
	for i := range rec.Mentions {
		r.mention(&rec.Mentions[i])
	}
	if n := r.count(); n > 0 {
		rec.Entities = make([]claims.Entity, n)
	}
	for i := range rec.Entities {
		r.entity(&rec.Entities[i])
	}
	if n := r.count(); n > 0 {
		rec.Times = make([]temporal.Expr, n)
	}
	for i := range rec.Times {
		r.expr(&rec.Times[i])
	}
}

func (r *reader) mention(m *mentionRecord) {
	m.Sentence = r.int()
	flags := r.byte()
	m.Quoted, m.Aggregate, m.Negated = has(flags, menQuoted), has(flags, menAggregate), has(flags, menNegated)
	m.Irrealis, m.Definite, m.Future = has(flags, menIrrealis), has(flags, menDefinite), has(flags, menFuture)
	m.Prior, m.CountedObject = has(flags, menPrior), has(flags, menCountedObject)
	m.Class, m.Trigger = r.str(), r.str()
	m.TriggerStart, m.TriggerEnd = r.int(), r.int()
	m.Time, m.Place = r.ref(), r.ref()
	m.Places, m.Participants = r.refs(), r.refs()
	m.Agent = r.ref()
	m.Patient = r.str()
	m.PatientAt = [2]int{r.int(), r.int()}
	m.Owner = r.ref()
	m.Counts, m.Quantities = r.figures(), r.figures()
	m.Hedge, m.Speaker, m.Ordinal, m.Object = r.str(), r.str(), r.str(), r.str()
	if n := r.count(); n > 0 {
		m.Ownerships = make([]ownershipRecord, n)
		for i := range m.Ownerships {
			m.Ownerships[i] = ownershipRecord{Thing: r.str(), Owner: r.ref(), Sentence: r.int()}
		}
	}
}

func (sc *decodeScratch) takeMentions(n int) []mentionRecord {
	if sc == nil {
		return make([]mentionRecord, n)
	}
	return bump(&sc.mentions, n)
}
