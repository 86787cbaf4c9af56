package report

import (
	"bytes"
	"fmt"
	"math"
	"runtime"
	"testing"
)

// listItem is an item of the kind reports list: strings to escape, a
// nested list, a float.
type listItem struct {
	ID    string   `json:"id"`
	Text  string   `json:"text"`
	Tags  []string `json:"tags"`
	Score float64  `json:"score"`
	Empty []int    `json:"empty"`
}

func listItems(n int, badAt int) []listItem {
	items := make([]listItem, n)
	for i := range items {
		items[i] = listItem{ID: fmt.Sprintf("f%d", i), Text: fmt.Sprintf("“quoted” <b> & \"%d\"\n", i),
			Tags: []string{"a", fmt.Sprint(i % 7)}, Score: float64(i) / 3, Empty: []int{}}
		if i == badAt {
			items[i].Score = math.NaN() // encoding/json refuses it
		}
	}
	return items
}

// writeList writes items as the value of a field at depth 1, through add
// one at a time or through addEach.
func writeList(items []listItem, each bool) (string, error) {
	var out bytes.Buffer
	s := newJSONStream(&out)
	root := s.object(0)
	root.key("items")
	l := s.list(1)
	if each {
		l.addEach(len(items), func(i int) any { return items[i] })
	} else {
		for _, it := range items {
			l.add(it)
		}
	}
	l.end()
	root.end()
	err := s.close()
	return out.String(), err
}

// addEach writes what add writes item by item, on one core or several,
// for lists shorter and longer than a chunk and than the parallel
// threshold, and stops where add stops on an item that cannot be encoded.
func TestAddEachIsAdd(t *testing.T) {
	tests := []struct {
		name     string
		n, badAt int
	}{
		{"empty", 0, -1},
		{"one", 1, -1},
		{"under the threshold", parallelListMin - 1, -1},
		{"at the threshold", parallelListMin, -1},
		{"chunk and one", parallelListMin + listChunk + 1, -1},
		{"many", 5000, -1},
		{"bad item early", 3000, 5},
		{"bad item in a later chunk", 3000, 2*listChunk + 7},
		{"bad last item", 3000, 2999},
	}
	for _, procs := range []int{1, 2, 5} {
		old := runtime.GOMAXPROCS(procs)
		for _, tc := range tests {
			items := listItems(tc.n, tc.badAt)
			want, wantErr := writeList(items, false)
			got, gotErr := writeList(items, true)
			if got != want {
				t.Errorf("%s, %d cores: addEach wrote %d bytes, add %d; first difference at %d",
					tc.name, procs, len(got), len(want), firstDifference(got, want))
			}
			if (gotErr == nil) != (wantErr == nil) {
				t.Errorf("%s, %d cores: error %v, want %v", tc.name, procs, gotErr, wantErr)
			}
		}
		runtime.GOMAXPROCS(old)
	}
}

func firstDifference(a, b string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// BenchmarkAddEach writes a list of 20,000 items, as a large batch's
// report lists its findings; bytes are those written.
func BenchmarkAddEach(b *testing.B) {
	items := listItems(20_000, -1)
	out, _ := writeList(items, true)
	b.SetBytes(int64(len(out)))
	for b.Loop() {
		if _, err := writeList(items, true); err != nil {
			b.Fatal(err)
		}
	}
}
