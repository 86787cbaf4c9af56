package compare

import (
	"fmt"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/internal/pool"
)

// Checking a large batch story by story. The extracted documents of a
// batch weigh about eight times its text; holding all of them from
// extraction until the report is written made a 50 MB batch peak above
// 1 GB. Events are only ever grouped within one story, and a story needs
// of the rest of the batch only what cuts the batch into stories (each
// document's rare names and publication date) and what finds copies (each
// document's sentence hashes). So a caller can keep an Outline of each
// document, put the document away, and hand CheckOutlines a loader that
// brings back one story's documents at a time.

// Outline is what checking a batch keeps of one document while its
// documents are put away: the source (the report lists it), the names and
// date that tie it to a story, and the hashes of its sentences.
type Outline struct {
	Source *source.Source
	ties   storyTies
	hashes []uint64
}

// OutlineOf outlines an extracted document. The outline holds no part of
// the document's claims or text, so the document may be reused or dropped
// once it returns: its names are copied, into one string for all of them,
// and its hashes are a list of its own. Source is the document's Source
// pointer, the caller's (claimcheck's checkStories puts a copy of what the report
// lists in its place).
func OutlineOf(d *claims.Doc) Outline {
	buf := keyBuffers.Get().(*[]string)
	keys := appendStoryKeys((*buf)[:0], d)
	o := Outline{Source: d.Source, ties: storyTies{keys: clonedKeys(keys), published: d.Source.Published},
		hashes: sentenceHashes(d)}
	clear(keys) // the buffer is read by clonedKeys only; drop its hold on d
	*buf = keys[:0]
	keyBuffers.Put(buf)
	return o
}

// keyBuffers hold the names OutlineOf gathers, repeats and all, before it
// keeps one copy of each.
var keyBuffers = sync.Pool{New: func() any { return new([]string) }}

// clonedKeys copies keys into a new list and one new string, each key a
// slice of it: an
// outline lives to the end of the run, and one allocation per outline
// rather than one per name keeps the collector's work down.
func clonedKeys(keys []string) []string {
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	var b strings.Builder
	b.Grow(n)
	for _, k := range keys {
		b.WriteString(k)
	}
	all := b.String()
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i], all = all[:len(k)], all[len(k):]
	}
	return out
}

// StoryLoader brings back the documents of one story, given by their
// indexes in the batch, in that order. It is called from several
// goroutines at once.
type StoryLoader func(indexes []int) ([]*claims.Doc, error)

// CheckOutlines is CheckWith for a batch given by its documents' outlines:
// it finds copies and cuts stories from the outlines, then loads, checks
// and drops one story's documents at a time in a pool of GOMAXPROCS
// workers. Its result is CheckWith's for the same documents. A story of a
// single document is not loaded: it tells no event two sources tell.
func CheckOutlines(outlines []Outline, load StoryLoader, opts Options) (*Result, error) {
	return CheckOutlinesReusing(outlines, func(story []int) ([]*claims.Doc, func(), error) {
		docs, err := load(story)
		return docs, nil, err
	}, opts)
}

// ReusingStoryLoader is a StoryLoader that also gives what to call (done,
// may be nil) once the story is checked: nothing of the result refers to
// its documents then (detached), so their memory may be reused.
type ReusingStoryLoader func(indexes []int) (docs []*claims.Doc, done func(), err error)

// CheckOutlinesReusing is CheckOutlines with a ReusingStoryLoader.
func CheckOutlinesReusing(outlines []Outline, load ReusingStoryLoader, opts Options) (*Result, error) {
	return CheckOutlinesFound(outlines, nil, load, opts)
}

// CheckOutlinesFound is CheckOutlinesReusing given the copies found over
// the same outlines, every one added in order (nil: it finds them).
func CheckOutlinesFound(outlines []Outline, found *CopyFinder, load ReusingStoryLoader, opts Options) (*Result, error) {
	res := newResult(outlines, func(o Outline) *source.Source { return o.Source })
	var kept []int
	var dupFindings []Finding
	switch {
	case found == nil:
		kept, dupFindings = dropDuplicateOutlines(outlines)
	case found.Len() != len(outlines):
		return nil, fmt.Errorf("copies found over %d documents, not the batch's %d", found.Len(), len(outlines))
	default:
		kept, dupFindings = found.kept, found.findings
	}
	comparators := opts.comparators()
	type checkedStory struct {
		events []checkedEvent
		err    error
	}
	stories := pool.Map(outlineStories(outlines, kept), func(story []int) checkedStory {
		docs, done, err := load(story)
		if done != nil {
			defer done()
		}
		if err != nil {
			return checkedStory{err: err}
		}
		return checkedStory{events: detached(checkedEvents(checkStoryWith(docs, opts.eventWindowDays(), comparators)))}
	})
	events := make([][]checkedEvent, 0, len(stories))
	for _, s := range stories {
		if s.err != nil {
			return nil, s.err
		}
		events = append(events, s.events)
	}
	res.collect(events, dupFindings, opts)
	return res, nil
}

// outlineStories cuts the kept documents (indexes into outlines) into
// stories as storyBlocks does, leaving out stories of one document.
func outlineStories(outlines []Outline, kept []int) [][]int {
	if len(kept) <= smallBatch {
		if len(kept) < 2 {
			return nil
		}
		return [][]int{kept}
	}
	ties := make([]storyTies, len(kept))
	for j, i := range kept {
		ties[j] = outlines[i].ties
	}
	var stories [][]int
	for _, block := range storyIndexes(ties) {
		if len(block) < 2 {
			continue
		}
		for j, k := range block {
			block[j] = kept[k]
		}
		stories = append(stories, block)
	}
	return stories
}

// dropDuplicateOutlines is dropDuplicates over outlines: the indexes of
// the documents kept, in batch order, and a finding for each copy. It
// runs before any story is checked, with one core busy, unless the caller
// found the copies while it outlined the batch (CopyFinder).
func dropDuplicateOutlines(outlines []Outline) ([]int, []Finding) {
	total := 0
	for _, o := range outlines {
		total += len(o.hashes)
	}
	f := newCopyFinder(len(outlines), total)
	for _, o := range outlines {
		f.Add(o)
	}
	return f.kept, f.findings
}

// duplicateFinding is copies' finding for copy c of original o. copies
// words it: run over the two articles alone, it finds c a copy of o
// (their shared sentences only grow when no other article fills the
// index), so the wording stays in one place.
func duplicateFinding(o, c Outline) Finding {
	_, fs := copies([][]uint64{o.hashes, c.hashes}, []*source.Source{o.Source, c.Source})
	return fs[0]
}

// CopyFinder finds the copies in a batch (what copies finds) from its
// documents' outlines, given one at a time in batch order. Copy detection
// only ever adds articles in batch order, so a caller can feed it while
// the batch is still being outlined, on a core the outlining leaves idle
// now and then, rather than on one core between the two passes
// (CheckOutlinesFound takes what it found).
//
// It finds copies more cheaply than copies: a sentence index (sentence
// hash -> the kept articles holding it, at most maxSharedSentence)
// without a slice per sentence, and counters in an array rather than a
// map. Most sentences are in one article only, so a slot holds the
// article itself and only a sentence in several kept articles gets a
// list. The hashes are already well mixed FNV values, so the table is
// open addressing over their bits (hashSlots).
type CopyFinder struct {
	outlines []Outline // those added, in batch order
	seenIn   hashSlots
	lists    [][]int32
	shared   []int32 // shared sentences with article i, by article
	touched  []int32 // the articles whose shared count is not 0
	kept     []int
	findings []Finding
}

// NewCopyFinder is a CopyFinder for a batch of about docs documents.
func NewCopyFinder(docs int) *CopyFinder {
	return newCopyFinder(docs, docs*copyFinderSentences)
}

// copyFinderSentences is the sentences per document a CopyFinder's index
// is first made for; it grows past them (a generated batch has ~25).
const copyFinderSentences = 32

func newCopyFinder(docs, sentences int) *CopyFinder {
	return &CopyFinder{outlines: make([]Outline, 0, docs), seenIn: newHashSlots(sentences),
		shared: make([]int32, 0, docs)}
}

// Add takes the next document's outline, in batch order.
func (x *CopyFinder) Add(o Outline) {
	i := len(x.outlines)
	x.outlines = append(x.outlines, o)
	x.shared = append(x.shared, 0)
	if k, ok := x.copyOf(i); ok {
		x.findings = append(x.findings, duplicateFinding(x.outlines[k], o))
		return
	}
	x.kept = append(x.kept, i)
	x.add(i)
}

// Len is how many outlines were added.
func (x *CopyFinder) Len() int { return len(x.outlines) }

// add indexes the sentences of kept article i.
func (x *CopyFinder) add(i int) {
	for _, h := range x.outlines[i].hashes {
		ref := x.seenIn.slot(h)
		switch v := *ref; {
		case v == 0:
			*ref = int32(i) + 1
		case v > 0:
			*ref = int32(-1 - len(x.lists))
			x.lists = append(x.lists, []int32{v - 1, int32(i)})
		case len(x.lists[-1-v]) < maxSharedSentence:
			x.lists[-1-v] = append(x.lists[-1-v], int32(i))
		}
	}
}

// copyOf is copyOf over the index: the earliest kept article holding at
// least duplicateOverlap of the smaller article's sentences.
func (x *CopyFinder) copyOf(i int) (int, bool) {
	for _, h := range x.outlines[i].hashes {
		switch v := x.seenIn.get(h); {
		case v > 0:
			x.count(v - 1)
		case v < 0:
			for _, k := range x.lists[-1-v] {
				x.count(k)
			}
		}
	}
	best, found := -1, false
	n := len(x.outlines[i].hashes)
	for _, k := range x.touched {
		small := min(n, len(x.outlines[k].hashes))
		if small >= 3 && float64(x.shared[k]) >= duplicateOverlap*float64(small) && (!found || int(k) < best) {
			best, found = int(k), true
		}
		x.shared[k] = 0
	}
	x.touched = x.touched[:0]
	return best, found
}

func (x *CopyFinder) count(k int32) {
	if x.shared[k] == 0 {
		x.touched = append(x.touched, k)
	}
	x.shared[k]++
}

// detached copies the strings of a story's events, so that none of them
// keeps the story's documents (their text, their string tables) alive
// once the story is checked.
func detached(events []checkedEvent) []checkedEvent {
	for i := range events {
		ev := &events[i]
		ev.label = strings.Clone(ev.label)
		for j, s := range ev.sources {
			ev.sources[j] = strings.Clone(s)
		}
		for j := range ev.findings {
			f := &ev.findings[j]
			f.Reason = strings.Clone(f.Reason)
			for k := range f.Claims {
				c := &f.Claims[k]
				c.Source, c.Text, c.Value = strings.Clone(c.Source), strings.Clone(c.Text), strings.Clone(c.Value)
				c.Normalized, c.Hedge = strings.Clone(c.Normalized), strings.Clone(c.Hedge)
			}
		}
	}
	return events
}

// hashSlots maps 64-bit hashes to an int32 reference (0: none) by open
// addressing with linear probing. It is made for a number of keys, at
// most half full, and doubles when more are claimed.
type hashSlots struct {
	keys  []uint64
	refs  []int32
	shift uint // 64 - log2(len(keys))
	used  int  // slots claimed
}

func newHashSlots(n int) hashSlots {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	return hashSlots{keys: make([]uint64, 1<<bits), refs: make([]int32, 1<<bits), shift: 64 - bits}
}

// home is h's first slot: Fibonacci hashing, so that hashes alike in
// their low bits still spread.
func (t *hashSlots) home(h uint64) int {
	return int((h * 0x9E3779B97F4A7C15) >> t.shift)
}

// get is h's reference, 0 if h has none.
func (t *hashSlots) get(h uint64) int32 {
	mask := len(t.keys) - 1
	for i := t.home(h); ; i = (i + 1) & mask {
		if r := t.refs[i]; r == 0 || t.keys[i] == h {
			return r
		}
	}
}

// slot is where h's reference is kept, claimed for h if h had none (it
// holds 0 then; the caller sets it to something else).
func (t *hashSlots) slot(h uint64) *int32 {
	if 2*(t.used+1) > len(t.keys) {
		t.grow()
	}
	mask := len(t.keys) - 1
	for i := t.home(h); ; i = (i + 1) & mask {
		if t.refs[i] == 0 {
			t.keys[i] = h
			t.used++
			return &t.refs[i]
		}
		if t.keys[i] == h {
			return &t.refs[i]
		}
	}
}

// grow doubles the table, its keys put back in their new slots (a claimed
// slot holds a reference other than 0 by the time the next is claimed).
func (t *hashSlots) grow() {
	old := *t
	*t = newHashSlots(len(old.keys))
	mask := len(t.keys) - 1
	for j, r := range old.refs {
		if r == 0 {
			continue
		}
		i := t.home(old.keys[j])
		for t.refs[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.refs[i] = old.keys[j], r
		t.used++
	}
}
