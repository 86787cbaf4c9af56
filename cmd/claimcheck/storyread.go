package main

import (
	"os"
	"slices"

	"github.com/urfave/cli/v2"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// checkInput is checkSources for a batch not read yet. It reads the first
// files until the batch proves larger than compare.SmallBatch, the size
// checkSources decides by; such a batch is checked story by story
// (checkStories) and its other files are read inside pass 1, each by the
// worker that extracts it: reading every file first kept both cores from
// extracting for 0.31 s on the 50 MB batch (while reading used about one
// core), and held all of its text at once. A smaller batch, or one to
// --store, is read whole first, as before.
func checkInput(c *cli.Context, in *batchInput,
	extract func(*source.Source) *claims.Doc) (*compare.Result, *checkRun, error, error) {
	if c.String(storeFlag.Name) == "" {
		in.readAhead(compare.SmallBatch)
		if len(in.srcs) > compare.SmallBatch {
			return checkStories(c, in, extract)
		}
	}
	in.readRest()
	return checkSources(c, in.srcs, in.errs, extract)
}

// batchItem is one unit of pass 1: sources read already, or files to
// read (their sources in file order), at most readChunk of them.
type batchItem struct {
	at    int // the item's place in the batch
	srcs  []*source.Source
	paths []string
}

// readChunk is how many files a worker reads before it extracts their
// articles. One file at a time, pass 1 took 0.15-0.35 user CPU-s more on
// the 50 MB batch than reading every file first, extraction included
// (reading and extraction took turns on each core and evicted each other
// from its caches); 16 at a time, 0-0.2 (interleaved runs on a loaded
// machine). A chunk's texts are ~16 articles', held from their read to
// their spill.
const readChunk = 16

// items are in's sources read, then its files left, in report order, a
// chunk of them each.
func (in *batchInput) items() []batchItem {
	items := make([]batchItem, 0, (len(in.srcs)+len(in.files))/readChunk+2)
	for srcs := range slices.Chunk(in.srcs, readChunk) {
		items = append(items, batchItem{at: len(items), srcs: srcs})
	}
	for paths := range slices.Chunk(in.files, readChunk) {
		items = append(items, batchItem{at: len(items), paths: paths})
	}
	return items
}

// size is how many sources or files the item holds.
func (it batchItem) size() int { return len(it.srcs) + len(it.paths) }

// read is the item's sources and what could not be read, in order.
func (it batchItem) read(lim source.Limits) ([]*source.Source, []error) {
	if it.srcs != nil {
		return it.srcs, nil
	}
	var srcs []*source.Source
	var errs []error
	for _, p := range it.paths {
		s, e := readArticles(p, lim)
		srcs, errs = append(srcs, s...), append(errs, e...)
	}
	return srcs, errs
}

// spilled is one document of pass 1: its outline and where its record
// lies in the spill file (err: it could not be written).
type spilled struct {
	outline compare.Outline
	at      spillRef
	err     error
}

// itemSpilled is what pass 1 made of one item: its documents spilled in
// order, what could not be read, and the length of the texts read.
type itemSpilled struct {
	put  []spilled
	errs []error
	text int64
}

// checkStories checks a large batch without holding all its documents:
// each document is extracted, outlined (compare.OutlineOf) and written to
// a spill file; compare.CheckOutlinesFound then reads each story's
// documents back, checks them and drops them. The extracted documents of
// a batch weigh about eight times its text, their encoding about one
// time, and the file's pages are the kernel's to keep or drop, not the
// process's. The report is the one checkBatch would write. in's sources
// are read already, its files left are read by the workers of pass 1, a
// file's texts living from their read to their spill. Sources, outlines
// and input errors keep the order reading first gave them.
//
// The memory limit (limitTextMemory) is set for the texts read and the sizes
// of the files left (a text file's text is the file, so on a batch of
// text files the limit is the same), then for the texts themselves once
// pass 1 is over, before pass 2's peak. The sizes are looked up while
// pass 1 starts: 12,000 files took 17-28 ms of CPU, while the heap is
// still far below any limit.
func checkStories(c *cli.Context, in *batchInput,
	extract func(*source.Source) *claims.Doc) (*compare.Result, *checkRun, error, error) {
	read := textBytes(in.srcs)
	limit := limitTextMemory(read, os.Getenv("GOGC") == "")
	sized := make(chan struct{}) // closed once limit is set for the files' sizes
	go func(files []string) {
		defer close(sized)
		limit.resize(read + filesSize(files))
	}(in.files)
	defer func() {
		<-sized
		limit.restore()
	}()
	spill, err := newDocSpill()
	if err != nil {
		return nil, nil, nil, exitCode{exitError, err}
	}
	handedOver := false // to the checkRun, which closes the spill file while the report is written
	defer func() {
		if !handedOver {
			spill.close()
		}
	}()
	// Each document is spilled and outlined, then dropped: it is
	// extracted into a reused scratch (spill.put and OutlineOf copy what
	// they keep), with the configuration extract applies.
	extractTransient, err := configuredExtractTransient(c)
	if err != nil {
		return nil, nil, nil, err
	}
	items := in.items()
	copies := feedItemCopies(in.srcs, len(items))
	done, err := extractEachSized(c, items, batchItem.size, func(it batchItem) itemSpilled {
		srcs, errs := it.read(in.lim)
		r := itemSpilled{put: make([]spilled, 0, len(srcs)), errs: errs}
		outlines := make([]compare.Outline, 0, len(srcs))
		for _, src := range srcs {
			var s spilled
			extractTransient(src, func(d *claims.Doc) {
				s.at, s.err = spill.put(d)
				s.outline = compare.OutlineOf(d)
			})
			s.outline.Source = reportedSource(src)
			r.put = append(r.put, s)
			outlines = append(outlines, s.outline)
			r.text += int64(len(src.Text))
			// The spill record holds the text now, and the outline a copy
			// of what the report lists: nothing needs this source until
			// its story is loaded from the record. Emptying it lets its
			// text go now, though a slice of sources may still point at it.
			*src = source.Source{}
		}
		copies.done(it, outlines)
		return r
	})
	found := copies.wait()
	if err != nil {
		return nil, nil, nil, err
	}
	put, readErrs, text := gatherSpilled(in.errs, done)
	<-sized
	limit.resize(text)
	inputErr := inputsRead(c, len(put), readErrs)
	if len(put) == 0 && inputErr != nil {
		return nil, nil, nil, inputErr
	}
	return checkSpilled(c, spill, put, found, inputErr, &handedOver)
}

// gatherSpilled is pass 1's documents in order, the input errors (those
// of the sources read before it first) and the length of the texts read.
func gatherSpilled(readErrs []error, done []itemSpilled) ([]spilled, []error, int64) {
	n := 0
	for _, r := range done {
		n += len(r.put)
	}
	put := make([]spilled, 0, n)
	var text int64
	for _, r := range done {
		put = append(put, r.put...)
		readErrs = append(readErrs, r.errs...)
		text += r.text
	}
	return put, readErrs, text
}

// checkSpilled is pass 2 of checkStories: the documents spilled in pass 1
// (put, with the copies found among them) are checked story by story.
// inputErr is the input error to report once the report is written;
// handedOver is set once the checkRun returned closes the spill.
func checkSpilled(c *cli.Context, spill *docSpill, put []spilled, found *compare.CopyFinder,
	inputErr error, handedOver *bool) (*compare.Result, *checkRun, error, error) {
	outlines := make([]compare.Outline, len(put))
	for i, p := range put {
		if p.err != nil {
			return nil, nil, nil, exitCode{exitError, p.err}
		}
		outlines[i] = p.outline
	}
	base, err := readBaseline(c)
	if err != nil {
		return nil, nil, nil, err
	}
	res, err := compare.CheckOutlinesFound(outlines, found, func(story []int) ([]*claims.Doc, func(), error) {
		a := spill.arena()
		done := func() { spill.reuse(a) }
		refs := make([]spillRef, len(story))
		for j, i := range story {
			refs[j] = put[i].at
		}
		docs, err := spill.getStory(a, refs)
		return docs, done, err
	}, checkOptions(c))
	if err != nil {
		return nil, nil, nil, exitCode{exitError, err}
	}
	hideBaseline(c, base, res)
	if err := interrupted(c.Context); err != nil {
		return nil, nil, nil, err
	}
	*handedOver = true
	return res, releaseMeanwhile(spill.close), inputErr, nil
}

// filesSize is the bytes of files, as their sizes say (a file that
// cannot be looked at counts nothing: reading it fails too).
func filesSize(files []string) int64 {
	var n int64
	for _, p := range files {
		if info, err := os.Stat(p); err == nil {
			n += info.Size()
		}
	}
	return n
}

// itemCopies finds the copies in a batch (compare.CopyFinder) while pass 1
// reads and outlines it: the workers finish items out of order, and one
// goroutine holds the early ones until their turn and adds each item's
// documents in batch order. Copy detection is serial and waits on memory;
// run between the two passes it kept one core busy and the other idle.
type itemCopies struct {
	listed   map[*source.Source]bool // the sources read before pass 1
	finished chan finishedItem
	found    chan *compare.CopyFinder
}

type finishedItem struct {
	i        int
	outlines []compare.Outline
}

// feedItemCopies starts finding the copies among n items, whose first
// are the sources read (srcs). With a source listed twice it finds
// nothing (wait answers nil: CheckOutlinesFound finds the copies itself),
// since an item is known by its source.
func feedItemCopies(srcs []*source.Source, n int) *itemCopies {
	f := &itemCopies{listed: make(map[*source.Source]bool, len(srcs)),
		finished: make(chan finishedItem, 256), found: make(chan *compare.CopyFinder, 1)}
	for _, s := range srcs {
		f.listed[s] = true
	}
	if len(f.listed) != len(srcs) {
		f.listed = nil
	}
	go f.run(n)
	return f
}

// done hands over an item's outlines, in order.
func (f *itemCopies) done(it batchItem, outlines []compare.Outline) {
	if f.listed == nil {
		return
	}
	f.finished <- finishedItem{it.at, outlines}
}

// run adds the items' outlines in batch order as they come; it answers
// nil if some item never came (the batch was cut short, or nothing was
// fed).
func (f *itemCopies) run(n int) {
	finder := compare.NewCopyFinder(n)
	held := map[int][]compare.Outline{} // finished while an earlier one was still extracted: a few
	next := 0
	for fi := range f.finished {
		held[fi.i] = fi.outlines
		for outlines, ok := held[next]; ok; outlines, ok = held[next] {
			delete(held, next)
			for _, o := range outlines {
				finder.Add(o)
			}
			next++
		}
	}
	if next != n || f.listed == nil {
		finder = nil
	}
	f.found <- finder
}

// wait is the copies found once every item is outlined (or pass 1
// stopped), nil if not all of them were fed.
func (f *itemCopies) wait() *compare.CopyFinder {
	close(f.finished)
	return <-f.found
}
