package store

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

// recordOf builds a document's record the way EncodeDoc did before it
// wrote mentions directly (mentionOf): a record per mention, pointers
// found through maps of every sentence's items.
func recordOf(t *testing.T, d *claims.Doc) docRecord {
	t.Helper()
	sentences := map[*claims.Sentence]int{}
	entityAt := map[*claims.Entity]ref{}
	timeAt := map[*temporal.Expr]ref{}
	for i, s := range d.Sentences {
		sentences[s] = i
		for k := range s.Entities {
			entityAt[&s.Entities[k]] = ref{In: i + 1, At: k}
		}
		for k := range s.Times {
			timeAt[&s.Times[k]] = ref{In: i + 1, At: k}
		}
	}
	rec := docRecord{Version: codecVersion, Source: d.Source, Quotes: d.Quotes}
	sentence := func(s *claims.Sentence) int {
		if s == nil {
			return 0
		}
		i, ok := sentences[s]
		if !ok {
			t.Fatal("a sentence the document does not hold")
		}
		return i + 1
	}
	entity := func(p *claims.Entity) ref {
		if p == nil {
			return ref{}
		}
		if r, ok := entityAt[p]; ok {
			return r
		}
		r := ref{In: inRecord, At: len(rec.Entities)}
		rec.Entities = append(rec.Entities, *p)
		entityAt[p] = r
		return r
	}
	entities := func(ps []*claims.Entity) []ref {
		var out []ref
		for _, p := range ps {
			out = append(out, entity(p))
		}
		return out
	}
	figures := func(fs []claims.Figure) []figureRecord {
		var out []figureRecord
		for _, f := range fs {
			out = append(out, figureRecord{Number: f.Number, Holder: f.Holder, Role: f.Role, Loose: f.Loose, Sentence: sentence(f.Sentence)})
		}
		return out
	}
	for _, m := range d.Mentions {
		mr := mentionRecord{Sentence: sentence(m.Sentence), Class: m.Class, Trigger: m.Trigger,
			TriggerStart: m.TriggerStart, TriggerEnd: m.TriggerEnd}
		if m.Time != nil {
			r, ok := timeAt[m.Time]
			if !ok {
				r = ref{In: inRecord, At: len(rec.Times)}
				rec.Times = append(rec.Times, *m.Time)
				timeAt[m.Time] = r
			}
			mr.Time = r
		}
		mr.Place = entity(m.Place)
		mr.Places, mr.Participants = entities(m.Places), entities(m.Participants)
		mr.Agent = entity(m.Agent)
		mr.Patient, mr.PatientAt = m.Patient, m.PatientAt
		mr.Owner = entity(m.Owner)
		mr.Counts, mr.Quantities = figures(m.Counts), figures(m.Quantities)
		mr.Quoted, mr.Hedge, mr.Speaker = m.Quoted, m.Hedge, m.Speaker
		mr.Aggregate, mr.Negated, mr.Irrealis, mr.Definite = m.Aggregate, m.Negated, m.Irrealis, m.Definite
		mr.Future, mr.Prior, mr.Ordinal, mr.Object, mr.CountedObject = m.Future, m.Prior, m.Ordinal, m.Object, m.CountedObject
		for _, o := range m.Ownerships {
			mr.Ownerships = append(mr.Ownerships, ownershipRecord{Thing: o.Thing, Owner: entity(o.Owner), Sentence: sentence(o.Sentence)})
		}
		rec.Mentions = append(rec.Mentions, mr)
	}
	return rec
}

// TestMentionOfWritesTheRecord holds EncodeDoc, which writes mentions
// without building their records, to the bytes of the record built, for
// every document of every fixture batch, and for documents whose mentions
// point at entities and dates of other sentences or of none.
func TestMentionOfWritesTheRecord(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(fixtures, "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("fixtures: %v", err)
	}
	var docs []*claims.Doc
	for _, dir := range dirs {
		docs = append(docs, readBatch(t, filepath.Base(dir))...)
	}
	docs = append(docs, pointingElsewhere(t, readBatch(t, "earthquake"))...)
	for _, d := range docs {
		rec := recordOf(t, d)
		want, err := rec.marshal(d.Sentences)
		if err != nil {
			t.Fatal(err)
		}
		got, err := EncodeDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: EncodeDoc's record differs from the record built", d.Source.ID)
		}
	}
}

// pointingElsewhere gives each document's mentions the entities and
// dates of other sentences (the last sentence's) and copies no sentence
// holds, so that every branch of the encoder's look-ups is taken.
func pointingElsewhere(t *testing.T, docs []*claims.Doc) []*claims.Doc {
	t.Helper()
	for _, d := range docs {
		var ents []*claims.Entity
		var times []*temporal.Expr
		for _, s := range d.Sentences {
			for k := range s.Entities {
				ents = append(ents, &s.Entities[k])
			}
			for k := range s.Times {
				times = append(times, &s.Times[k])
			}
		}
		if len(ents) == 0 || len(times) == 0 {
			t.Fatalf("%s: no entity or date to point at", d.Source.ID)
		}
		own := &claims.Entity{Kind: "person", Text: "Nobody", Key: "person:nobody"}
		ownTime := &temporal.Expr{Text: "someday", Value: "X"}
		for i, m := range d.Mentions {
			m.Agent = ents[(i*7)%len(ents)]
			m.Participants = append(m.Participants, ents[(i*3)%len(ents)], own)
			m.Time = times[(i*5)%len(times)]
			if i%3 == 0 {
				m.Owner, m.Time = own, ownTime
			}
		}
	}
	return docs
}
