package compare

import (
	"slices"
	"strings"
	"testing"
)

// compareJoined orders joined strings as strings.Compare orders them once
// joined.
func TestCompareJoined(t *testing.T) {
	parts := []string{"", "class", "doc:", "dockey:", "patient:", "person:ana lopes", "org:un", "d", "dock", "ey:", "ÿ", "a"}
	for _, a1 := range parts {
		for _, a2 := range parts {
			for _, b1 := range parts {
				for _, b2 := range parts {
					want := strings.Compare(a1+a2, b1+b2)
					if got := compareJoined(a1, a2, b1, b2); got != want {
						t.Fatalf("compareJoined(%q, %q, %q, %q) = %d, want %d", a1, a2, b1, b2, got, want)
					}
				}
			}
		}
	}
}

// Index keys sort as the strings they stand for.
func TestCompareKeysIsStringOrder(t *testing.T) {
	sw := newStoryWords()
	var keys []indexKey
	var want []string
	for _, s := range []string{"person:ana lopes", "org:un", "doc", "a", "class", "patient", ""} {
		id := sw.id(s)
		for ns, prefix := range nsPrefix {
			if ns == nsClass {
				continue
			}
			keys = append(keys, newIndexKey(ns, id))
			want = append(want, prefix+s)
		}
	}
	keys = append(keys, newIndexKey(nsClass, 0))
	want = append(want, "class")
	slices.SortStableFunc(keys, sw.compareKeys)
	slices.Sort(want)
	for i, k := range keys {
		if got := nsPrefix[k.ns()] + sw.keyString(k); got != want[i] {
			t.Errorf("key %d: %q, want %q", i, got, want[i])
		}
	}
}

// jaccard over sorted sets is the overlap of the sets.
func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b []uint32
		want float64
	}{
		{nil, nil, 0},
		{[]uint32{1}, nil, 0},
		{[]uint32{1, 2, 3}, []uint32{1, 2, 3}, 1},
		{[]uint32{1, 2}, []uint32{3, 4}, 0},
		{[]uint32{1, 2, 3}, []uint32{2, 3, 4, 5}, 2.0 / 5},
		{sortedSet([]uint32{5, 1, 5, 3, 1}), []uint32{1, 3, 5}, 1},
	}
	for _, tc := range tests {
		if got := jaccard(tc.a, tc.b); got != tc.want {
			t.Errorf("jaccard(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A word is numbered by its stem; function words have none.
func TestStoryWordsStem(t *testing.T) {
	sw := newStoryWords()
	tests := []struct {
		word   string
		sameAs string
		none   bool
	}{
		{word: "sentences", sameAs: "sentence"},
		{word: "prison", sameAs: "prison"},
		{word: "about", none: true},
		{word: "would", none: true},
	}
	for _, tc := range tests {
		got := sw.stem(tc.word)
		switch {
		case tc.none && got != noStem:
			t.Errorf("stem(%q) = %d, want none", tc.word, got)
		case !tc.none && got != sw.stem(tc.sameAs):
			t.Errorf("stem(%q) = %d, stem(%q) = %d: want the same", tc.word, got, tc.sameAs, sw.stem(tc.sameAs))
		}
	}
}
