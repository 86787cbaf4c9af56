package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/internal/store"
)

// checkSources extracts and checks a batch read whole: one of at most
// compare.SmallBatch articles, or one to --store, since the store merges
// and keeps whole documents (checkInput sends the others to
// checkStories). The third result is the input error to report once the
// report is written; the fourth ends the run at once.
func checkSources(c *cli.Context, srcs []*source.Source, readErrs []error,
	extract func(*source.Source) *claims.Doc) (*compare.Result, *checkRun, error, error) {
	docs, inputErr := extractBatch(c, srcs, readErrs, extract)
	if docs == nil && inputErr != nil {
		return nil, nil, nil, inputErr
	}
	res, finish, err := checkBatch(c, docs)
	return res, finish, inputErr, err
}

// reportedSource is what a report needs of a source (its name, path,
// headline, date, outlet, URL and byline) without its text and furniture.
// The strings are copied because some of them (a headline, front matter
// fields) are slices of the text and would keep all of it alive.
func reportedSource(src *source.Source) *source.Source {
	return &source.Source{
		ID: strings.Clone(src.ID), Path: strings.Clone(src.Path), Headline: strings.Clone(src.Headline),
		Published: src.Published, PublishedFrom: strings.Clone(src.PublishedFrom),
		Outlet: strings.Clone(src.Outlet), URL: strings.Clone(src.URL), Byline: strings.Clone(src.Byline),
	}
}

// docSpill is a temporary file of encoded documents (store.EncodeDoc),
// written by many goroutines and read back by many. Records are gathered
// in chunks and written a megabyte at a time (one write per record was
// a system call per article); every record is written before the first
// is read back (pass 2 starts once pass 1 is done), and getStory writes
// what is left first anyway.
//
// Each put encodes its record straight into a chunk it holds alone, and a
// full chunk is written at the place reserved for it, outside the lock:
// records were encoded into a buffer of their own and copied into one
// shared buffer, which was written while every other put waited.
type docSpill struct {
	mu   sync.Mutex
	f    *os.File
	size int64 // bytes of the file written or reserved for a chunk
	// free are chunks being filled, not held by a put; spare are the
	// buffers of chunks written, to fill again.
	free  []*spillChunk
	spare [][]byte
	// writes are the chunks being written; werr is the first write that
	// failed.
	writes sync.WaitGroup
	werr   error
	// arenas are the arenas of the stories checked, free to read the next
	// story into: about one per worker, dropped with the spill.
	arenas []*store.DocArena
}

// spillFlushAt is how many bytes of records a chunk gathers before it is
// written.
const spillFlushAt = 1 << 20

// spillChunk is records gathered to be written by one call, at base once
// reserved. A chunk written is not filled again (its records' refs point
// at it for base); its buffer is.
type spillChunk struct {
	buf  []byte
	base int64
}

// spillRef is where one document's record lies: off bytes into its
// chunk, n bytes long.
type spillRef struct {
	c      *spillChunk
	off, n int
}

// at is where the record lies in the file, once its chunk is reserved.
func (r spillRef) at() int64 { return r.c.base + int64(r.off) }

func newDocSpill() (*docSpill, error) {
	f, err := os.CreateTemp("", "claimcheck-*.claims")
	if err != nil {
		return nil, fmt.Errorf("a temporary file for a large batch: %w", err)
	}
	return &docSpill{f: f}, nil
}

// put writes a document's claims and its source, text included. The
// text is what pass 2 checks the claims against; keeping it here rather
// than in memory or in the article's file means the batch's texts are
// never all resident, and the record read back is the very text the claims
// were extracted from, even if the file has changed since, with no file
// of many records parsed again per story. It doubles the file (0.9x to
// 1.8x the input), on disk and in the page cache, not in the process.
func (s *docSpill) put(d *claims.Doc) (spillRef, error) {
	c := s.takeChunk()
	off := len(c.buf)
	data, err := store.AppendDoc(c.buf, d) // c.buf unchanged on an error
	c.buf = data
	if err != nil {
		_ = s.giveChunk(c) // not full: nothing written
		return spillRef{}, err
	}
	ref := spillRef{c: c, off: off, n: len(data) - off}
	if err := s.giveChunk(c); err != nil {
		return spillRef{}, err
	}
	return ref, nil
}

// takeChunk is a chunk to encode a record into, held by the caller alone
// until giveChunk.
func (s *docSpill) takeChunk() *spillChunk {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.free); n > 0 {
		c := s.free[n-1]
		s.free = s.free[:n-1]
		return c
	}
	if n := len(s.spare); n > 0 {
		buf := s.spare[n-1]
		s.spare = s.spare[:n-1]
		return &spillChunk{buf: buf}
	}
	// Room for a last record beyond the megabyte, so that it seldom
	// grows the buffer.
	return &spillChunk{buf: make([]byte, 0, spillFlushAt+spillFlushAt/4)}
}

// giveChunk hands c back to be filled further, or writes it once full.
func (s *docSpill) giveChunk(c *spillChunk) error {
	s.mu.Lock()
	if len(c.buf) < spillFlushAt {
		s.free = append(s.free, c)
		s.mu.Unlock()
		return nil
	}
	s.reserveLocked(c)
	s.mu.Unlock()
	return s.write(c)
}

// reserveLocked gives c its place at the end of the file; s.mu is held.
func (s *docSpill) reserveLocked(c *spillChunk) {
	c.base = s.size
	s.size += int64(len(c.buf))
	s.writes.Add(1)
}

// write writes a reserved chunk at its place and keeps its buffer to fill
// again: nothing reads a chunk's buffer once it is written (getStory
// reads the file).
func (s *docSpill) write(c *spillChunk) error {
	defer s.writes.Done()
	_, err := s.f.WriteAt(c.buf, c.base)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		err = fmt.Errorf("writing %s: %w", s.f.Name(), err)
		if s.werr == nil {
			s.werr = err
		}
		return err
	}
	s.spare = append(s.spare, c.buf[:0])
	c.buf = nil
	return nil
}

// flush writes the chunks not yet full and waits for every write.
func (s *docSpill) flush() error {
	s.mu.Lock()
	partial := s.free
	s.free = nil
	for _, c := range partial {
		s.reserveLocked(c)
	}
	s.mu.Unlock()
	for _, c := range partial {
		_ = s.write(c) // a failure is kept in werr
	}
	s.writes.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.werr
}

// arena is a free arena to read a story's documents into (get), to hand
// back by reuse once the story is checked.
func (s *docSpill) arena() *store.DocArena {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.arenas); n > 0 {
		a := s.arenas[n-1]
		s.arenas = s.arenas[:n-1]
		return a
	}
	return new(store.DocArena)
}

// reuse takes an arena back: its documents' story is checked, and
// nothing reads them any more (compare.ReusingStoryLoader).
func (s *docSpill) reuse(a *store.DocArena) {
	a.Reset()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.arenas = append(s.arenas, a)
}

// get reads a document back into a, its source and text with it.
func (s *docSpill) get(a *store.DocArena, r spillRef) (*claims.Doc, error) {
	docs, err := s.getStory(a, []spillRef{r})
	if err != nil {
		return nil, err
	}
	return docs[0], nil
}

// getStory reads the documents of refs (a story's) back into a, in refs'
// order. Records that lie close together in the file are read by one
// system call (spillRead): one read per record was a third of what
// reading a story back cost, and a story's articles are often spilled
// near one another (a batch lists them together).
func (s *docSpill) getStory(a *store.DocArena, refs []spillRef) ([]*claims.Doc, error) {
	if err := s.flush(); err != nil {
		return nil, err
	}
	rd := spillReads.Get().(*spillRead)
	defer spillReads.Put(rd)
	if err := rd.read(s.f, refs); err != nil {
		return nil, fmt.Errorf("reading %s back: %w", s.f.Name(), err)
	}
	docs := make([]*claims.Doc, len(refs))
	for i, r := range refs {
		d, err := a.DecodeIn(rd.buf[rd.at[i] : rd.at[i]+r.n])
		if err != nil {
			return nil, err
		}
		docs[i] = d
	}
	return docs, nil
}

// spillRead is a story's records read back: their bytes, read a run of
// neighbouring records at a time, and where each record lies in them. It
// is reused from story to story: the documents are decoded (their strings
// copied out) before the next story is read into it.
type spillRead struct {
	buf   []byte
	order []int      // the refs' indexes by position in the file
	at    []int      // where refs[i]'s record lies in buf
	runs  []spillRun // the runs read, in order
}

// spillRun is a stretch of the file read by one call: the records
// order[from:to], which lie from start to end.
type spillRun struct {
	start, end int64
	from, to   int
}

var spillReads = sync.Pool{New: func() any { return new(spillRead) }}

// spillReadGap is how many bytes of other records a run reads through
// rather than starting another run (about two records): a system call
// costs more than copying that much.
const spillReadGap = 16 << 10

// read reads the records of refs into rd.buf.
func (rd *spillRead) read(f *os.File, refs []spillRef) error {
	rd.order = rd.order[:0]
	for i := range refs {
		rd.order = append(rd.order, i)
	}
	slices.SortFunc(rd.order, func(x, y int) int { return cmp.Compare(refs[x].at(), refs[y].at()) })
	rd.runs = rd.runs[:0]
	total := 0
	for k := 0; k < len(rd.order); {
		first := refs[rd.order[k]]
		ru := spillRun{start: first.at(), end: first.at() + int64(first.n), from: k}
		for k++; k < len(rd.order); k++ {
			r := refs[rd.order[k]]
			if r.at() > ru.end+spillReadGap {
				break
			}
			ru.end = max(ru.end, r.at()+int64(r.n))
		}
		ru.to = k
		rd.runs = append(rd.runs, ru)
		total += int(ru.end - ru.start)
	}
	if cap(rd.buf) < total {
		rd.buf = make([]byte, total)
	}
	rd.buf = rd.buf[:total]
	rd.at = slices.Grow(rd.at[:0], len(refs))[:len(refs)]
	base := 0
	for _, ru := range rd.runs {
		n := int(ru.end - ru.start)
		if _, err := f.ReadAt(rd.buf[base:base+n], ru.start); err != nil {
			return err
		}
		for _, i := range rd.order[ru.from:ru.to] {
			rd.at[i] = base + int(refs[i].at()-ru.start)
		}
		base += n
	}
	return nil
}

// close removes the file.
func (s *docSpill) close() {
	_ = s.f.Close() // read-only by now; nothing to do about a failure
	_ = os.Remove(s.f.Name())
}
