package main

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
	"github.com/claimcheck/claimcheck/compare"
)

// itemCopiesBatch is a batch of 90 documents, a few of them copies of
// earlier ones (under other names), some of those copied again.
func itemCopiesBatch() []*source.Source {
	var srcs []*source.Source
	for i := range 90 {
		id := fmt.Sprintf("%02d.txt", i)
		text := fmt.Sprintf("Storm %d hits town %d\n\nAt least %d people were killed on Monday in town %d, officials in Harlow %d said. "+
			"Rescuers from Brenton %d searched %d homes. Mayor Ana Quill %d said the town would rebuild. Power was cut to %d homes.\n",
			i, i%30, 3*i+1, i%30, i%30, i, 10+i, i%30, 100+i)
		if i%11 == 5 { // a copy of an earlier document
			text = srcs[i-3-i%4].Text
		}
		srcs = append(srcs, &source.Source{ID: id, Path: id, Text: text, Body: source.Span{End: len(text)},
			Headline: id, PublishedFrom: source.PublishedFromNone})
	}
	return srcs
}

// The copies itemCopies finds, whatever order the items finish in and
// from however many goroutines, are those CheckOutlines finds itself: the
// reports are equal. A feed cut short, or over a batch listing a source
// twice, answers nil.
func TestItemCopiesFindWhatCheckOutlinesFinds(t *testing.T) {
	srcs := itemCopiesBatch()
	docs := make([]*claims.Doc, len(srcs))
	outlines := make([]compare.Outline, len(srcs))
	for i, s := range srcs {
		docs[i] = claims.Extract(s)
		outlines[i] = compare.OutlineOf(docs[i])
	}
	load := func(story []int) ([]*claims.Doc, func(), error) {
		out := make([]*claims.Doc, len(story))
		for j, i := range story {
			out[j] = docs[i]
		}
		return out, nil, nil
	}
	want, err := compare.CheckOutlinesReusing(outlines, load, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	copied := 0
	for _, f := range want.Findings {
		if f.Kind == compare.KindDuplicate {
			copied++
		}
	}
	if copied < 5 {
		t.Fatalf("%d copies found: the batch does not try the feed", copied)
	}
	r := rand.New(rand.NewPCG(7, 8))
	reversed := make([]int, len(srcs))
	for i := range reversed {
		reversed[i] = len(srcs) - 1 - i
	}
	tests := []struct {
		name    string
		order   []int
		workers int
		fed     int // how many of the order are fed
		listed  []*source.Source
		wantNil bool
	}{
		{"in order", everyIndex(len(srcs)), 1, len(srcs), srcs, false},
		{"reversed", reversed, 1, len(srcs), srcs, false},
		{"shuffled", r.Perm(len(srcs)), 1, len(srcs), srcs, false},
		{"shuffled, four workers", r.Perm(len(srcs)), 4, len(srcs), srcs, false},
		{"cut short", everyIndex(len(srcs)), 2, len(srcs) - 1, srcs, true},
		{"a source listed twice", everyIndex(len(srcs)), 1, len(srcs), append(srcs[:len(srcs)-1:len(srcs)-1], srcs[0]), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			feed := feedItemCopies(tc.listed, len(tc.listed))
			jobs := make(chan int)
			var wg sync.WaitGroup
			for range tc.workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for k := range jobs {
						feed.done(batchItem{at: k, srcs: tc.listed[k : k+1]}, outlines[k:k+1])
					}
				}()
			}
			for _, k := range tc.order[:tc.fed] {
				jobs <- k
			}
			close(jobs)
			wg.Wait()
			found := feed.wait()
			if (found == nil) != tc.wantNil {
				t.Fatalf("found %v, want nil: %v", found, tc.wantNil)
			}
			got, err := compare.CheckOutlinesFound(outlines, found, load, compare.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("result differs from CheckOutlines' own")
			}
		})
	}
}
