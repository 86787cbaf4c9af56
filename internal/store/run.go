package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/internal/pool"
)

// Run is one check run against the store: a single write transaction that
// stages the batch's new and updated sources and is committed only when
// the run's report is written. Until then the file on disk is untouched,
// so a crash, a failed write or Ctrl-C leaves the store as it was.
type Run struct {
	store *Store
	tx    *bolt.Tx
	// batch holds the ids of the batch's sources, fresh those that are new
	// to the store or changed since they were stored.
	batch, fresh map[string]bool
	// beforePut, when set, is called before each write; tests make it fail
	// in the middle of a transaction.
	beforePut func(id string) error
}

// Begin starts a run. Only one run at a time holds the store: a second
// process waits for the file lock at Open, not here.
func (s *Store) Begin() (*Run, error) {
	tx, err := s.db.Begin(true)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, err)
	}
	s.run = &Run{store: s, tx: tx, batch: map[string]bool{}, fresh: map[string]bool{}}
	return s.run, nil
}

// Merge stages the batch and returns the documents to compare: the batch in
// its order, then the stored documents of the batch's story (see
// relatedIDs) that the batch does not replace, by id. A batch source whose
// id is stored with the same text is not new; with other text it is an
// update and replaces the stored one. Merge must see the documents before
// compare.Check does, which rewrites their entity keys for the batch at
// hand. now is the time recorded as "added at".
func (r *Run) Merge(batch []*claims.Doc, now time.Time) ([]*claims.Doc, error) {
	srcs, cls := r.tx.Bucket(bucketSources), r.tx.Bucket(bucketClaims)
	stored, err := entries(r.tx)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", r.store.path, err)
	}
	var batchKeys [][]string
	for _, d := range batch {
		if d == nil || d.Source == nil {
			continue
		}
		id := d.Source.ID
		r.batch[id] = true
		e := entryOf(d, ContentHash(d.Source.Text), now)
		batchKeys = append(batchKeys, e.Keys)
		if old, ok := storedEntry(srcs, id); ok && old.Hash == e.Hash {
			continue
		}
		r.fresh[id] = true
		if err := r.put(srcs, cls, d, e); err != nil {
			return nil, fmt.Errorf("store %s: %s: %w", r.store.path, id, err)
		}
	}
	stored = slices.DeleteFunc(stored, func(e Entry) bool { return r.batch[e.ID] })
	related, err := r.decode(cls, relatedIDs(stored, batchKeys))
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", r.store.path, err)
	}
	return append(append([]*claims.Doc(nil), batch...), related...), nil
}

// put writes one source's entry and claims.
func (r *Run) put(srcs, cls *bolt.Bucket, d *claims.Doc, e Entry) error {
	if r.beforePut != nil {
		if err := r.beforePut(e.ID); err != nil {
			return err
		}
	}
	data, err := EncodeDoc(d)
	if err != nil {
		return err
	}
	meta, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := cls.Put([]byte(e.ID), data); err != nil {
		return err
	}
	return srcs.Put([]byte(e.ID), meta)
}

func storedEntry(srcs *bolt.Bucket, id string) (Entry, bool) {
	v := srcs.Get([]byte(id))
	if v == nil {
		return Entry{}, false
	}
	var e Entry
	if json.Unmarshal(v, &e) != nil {
		return Entry{}, false // unreadable: stored again as new
	}
	return e, true
}

// decode decodes the stored documents of the given ids, by id, in a pool
// of workers: decoding is most of what a large store costs.
func (r *Run) decode(cls *bolt.Bucket, ids map[string]bool) ([]*claims.Doc, error) {
	type raw struct {
		id   string
		data []byte
	}
	var raws []raw
	for _, id := range sortedKeys(ids) {
		// bbolt's values live as long as the transaction, which outlives
		// decoding, so they need no copy.
		if v := cls.Get([]byte(id)); v != nil {
			raws = append(raws, raw{id, v})
		}
	}
	type decoded struct {
		doc *claims.Doc
		err error
	}
	results := pool.Map(raws, func(r raw) decoded {
		d, err := DecodeDoc(r.data)
		if err != nil {
			err = fmt.Errorf("source %q: %w", r.id, err)
		}
		return decoded{d, err}
	})
	docs := make([]*claims.Doc, 0, len(results))
	for _, d := range results {
		if d.err != nil {
			return nil, d.err
		}
		docs = append(docs, d.doc)
	}
	return docs, nil
}

// Fresh returns the ids of the batch's new and updated sources, sorted.
func (r *Run) Fresh() []string { return sortedKeys(r.fresh) }

// IsFresh reports whether a source id is new or updated in this run.
func (r *Run) IsFresh(id string) bool { return r.fresh[id] }

// InBatch reports whether a source id belongs to this run's batch.
func (r *Run) InBatch(id string) bool { return r.batch[id] }

// Commit writes the run's sources to the file in one atomic step.
func (r *Run) Commit() error {
	r.store.run = nil
	if err := r.tx.Commit(); err != nil {
		return fmt.Errorf("store %s: %w", r.store.path, err)
	}
	return nil
}

// Rollback drops everything the run staged. It is safe to call after
// Commit (it then does nothing), so callers may defer it.
func (r *Run) Rollback() {
	if r.store.run == r {
		r.store.run = nil
	}
	if r.tx.DB() != nil { // a committed or rolled back transaction has no DB
		r.tx.Rollback()
	}
}
