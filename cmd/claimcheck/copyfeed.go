package main

import (
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// copyFeed finds the copies in a batch (compare.CopyFinder) while it is
// outlined: the extraction workers finish documents out of order, and
// one goroutine holds the early ones until their turn and adds each in
// batch order. Copy detection is serial and waits on memory; between the
// two passes it kept one core busy and the other idle.
type copyFeed struct {
	index    map[*source.Source]int // by the batch's sources, their place
	finished chan finishedOutline
	found    chan *compare.CopyFinder
}

type finishedOutline struct {
	i int
	o compare.Outline
}

// feedCopies starts finding the copies among srcs. With a source listed
// twice it finds nothing (wait answers nil: CheckOutlinesFound finds the
// copies itself), since a document's place is known by its source.
func feedCopies(srcs []*source.Source) *copyFeed {
	f := &copyFeed{index: make(map[*source.Source]int, len(srcs)),
		finished: make(chan finishedOutline, 256), found: make(chan *compare.CopyFinder, 1)}
	for i, s := range srcs {
		f.index[s] = i
	}
	if len(f.index) != len(srcs) {
		f.index = nil
	}
	go f.run(len(srcs))
	return f
}

// indexOf is src's place in the batch (-1: none is fed).
func (f *copyFeed) indexOf(src *source.Source) int {
	if i, ok := f.index[src]; ok {
		return i
	}
	return -1
}

// done hands over document i's outline (i from indexOf).
func (f *copyFeed) done(i int, o compare.Outline) {
	if i >= 0 {
		f.finished <- finishedOutline{i, o}
	}
}

// run adds the outlines in batch order as they come; it answers nil if
// some never came (the batch was cut short, or nothing was fed).
func (f *copyFeed) run(n int) {
	finder := compare.NewCopyFinder(n)
	held := map[int]compare.Outline{} // finished while an earlier one was still extracted: a few
	next := 0
	for fo := range f.finished {
		held[fo.i] = fo.o
		for o, ok := held[next]; ok; o, ok = held[next] {
			delete(held, next)
			finder.Add(o)
			next++
		}
	}
	if next != n || f.index == nil {
		finder = nil
	}
	f.found <- finder
}

// wait is the copies found once every document is outlined (or the
// extraction stopped), nil if not all of them were fed.
func (f *copyFeed) wait() *compare.CopyFinder {
	close(f.finished)
	return <-f.found
}
