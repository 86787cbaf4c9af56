// Package store keeps the claims of every source claimcheck has checked in
// one file, so that a newsroom's next batch is compared with what came
// before it, and only what the new sources change is reported. The file is
// a bbolt database (pure Go, no server): one write transaction per run,
// committed after the report is written, so a crash or Ctrl-C leaves it as
// it was before the run or fully updated, never half written.
package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/claimcheck/claimcheck/claims"
)

// DefaultPath is the store the store commands use when none is named.
const DefaultPath = ".claimcheck-store.db"

// formatVersion is the layout of the buckets and of the records in them;
// a store of another layout is refused, not misread. Format 1 held gob
// records; format 2 the hand-laid records of codec version 2.
const formatVersion = "2"

// Buckets: sources holds an Entry (JSON) per source id, claims the encoded
// document of the same id, meta the format version.
var (
	bucketMeta    = []byte("meta")
	bucketSources = []byte("sources")
	bucketClaims  = []byte("claims")
	keyFormat     = []byte("format")
)

// lockTimeout is how long to wait for another claimcheck run that holds
// the store before saying so (a variable so tests need not wait).
var lockTimeout = 5 * time.Second

// Entry describes one stored source: what `store ls` lists.
type Entry struct {
	ID        string    `json:"id"`
	Path      string    `json:"path"`
	Outlet    string    `json:"outlet,omitempty"`
	Published time.Time `json:"published,omitzero"`
	AddedAt   time.Time `json:"added_at,omitzero"`
	// Claims counts the source's event mentions.
	Claims int `json:"claims"`
	// Hash is the SHA-256 of the source's text: the same id with another
	// hash is an updated article.
	Hash string `json:"hash"`
	// Keys are the names that tell the source's story, for finding the
	// stored sources a new batch is to be compared with without decoding
	// them all.
	Keys []string `json:"keys,omitempty"`
}

// Store is an open store file.
type Store struct {
	db   *bolt.DB
	path string
	// run is the open Run, if any: Close rolls it back, since bbolt's
	// Close waits for an open write transaction forever.
	run *Run
}

// Options say how to open a store.
type Options struct {
	// ReadOnly opens an existing store for reading; it may be shared with
	// other readers.
	ReadOnly bool
	// Create makes the file when it does not exist; otherwise a missing
	// file is an error.
	Create bool
}

// Open opens the store at path. Errors name the file and the reason: no
// such file, another run holds it, not a claimcheck store.
func Open(path string, opt Options) (*Store, error) {
	if !opt.Create {
		if _, err := os.Stat(path); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("store %s: no such file", path)
			}
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: lockTimeout, ReadOnly: opt.ReadOnly})
	var pathErr *fs.PathError
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, fmt.Errorf("store %s: in use by another claimcheck run (waited %s)", path, lockTimeout)
	case errors.As(err, &pathErr):
		return nil, fmt.Errorf("store %s: %w", path, pathErr.Err)
	case err != nil:
		// bbolt's other refusals are about the file's content: too small,
		// bad magic, checksum, version.
		return nil, fmt.Errorf("store %s: not a claimcheck store (%v)", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.init(opt.ReadOnly); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// init creates the buckets of a new store and checks the format of an old
// one.
func (s *Store) init(readOnly bool) error {
	check := func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			if readOnly {
				return errors.New("empty or not a claimcheck store")
			}
			return nil
		}
		return checkFormat(meta.Get(keyFormat))
	}
	if readOnly {
		return s.db.View(check)
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := check(tx); err != nil {
			return err
		}
		for _, name := range [][]byte{bucketMeta, bucketSources, bucketClaims} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put(keyFormat, []byte(formatVersion))
	})
}

// checkFormat refuses a store of another format than this claimcheck's,
// saying whether it is older or newer and what to do.
func checkFormat(v []byte) error {
	if bytes.Equal(v, []byte(formatVersion)) {
		return nil
	}
	want, _ := strconv.Atoi(formatVersion)
	got, err := strconv.Atoi(string(v))
	switch {
	case err != nil:
		return fmt.Errorf("unknown store format %q (this claimcheck reads format %s)", v, formatVersion)
	case got < want:
		return fmt.Errorf("written in store format %d by an older claimcheck; this claimcheck reads format %s only "+
			"(move the file aside and check the sources again to fill a new store)", got, formatVersion)
	default:
		return fmt.Errorf("written in store format %d by a newer claimcheck; this claimcheck reads format %s only", got, formatVersion)
	}
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close closes the file; a Run still open is rolled back first.
func (s *Store) Close() error {
	if s.run != nil {
		s.run.Rollback()
	}
	return s.db.Close()
}

// List returns every stored source, by id.
func (s *Store) List() ([]Entry, error) {
	var out []Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = entries(tx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, err)
	}
	return out, nil
}

func entries(tx *bolt.Tx) ([]Entry, error) {
	var out []Entry
	b := tx.Bucket(bucketSources)
	if b == nil {
		return nil, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		var e Entry
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("source %q: unreadable entry: %w", k, err)
		}
		out = append(out, e)
		return nil
	})
	return out, err // bbolt iterates in key order: by id
}

// Remove deletes sources by id in one transaction and returns the ids it
// did not hold; nothing is removed when any write fails.
func (s *Store) Remove(ids ...string) (missing []string, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		missing = missing[:0]
		srcs, cls := tx.Bucket(bucketSources), tx.Bucket(bucketClaims)
		for _, id := range ids {
			if srcs.Get([]byte(id)) == nil {
				missing = append(missing, id)
				continue
			}
			if err := srcs.Delete([]byte(id)); err != nil {
				return err
			}
			if err := cls.Delete([]byte(id)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.path, err)
	}
	return missing, nil
}

// ContentHash is the hash an Entry records of a source's text.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// entryOf describes a document as it is stored.
func entryOf(d *claims.Doc, hash string, added time.Time) Entry {
	return Entry{
		ID: d.Source.ID, Path: d.Source.Path, Outlet: d.Source.Outlet,
		Published: d.Source.Published, AddedAt: added, Claims: len(d.Mentions), Hash: hash,
		Keys: storyKeys(d),
	}
}

// sortedKeys returns a set's keys in order, for deterministic output.
func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
