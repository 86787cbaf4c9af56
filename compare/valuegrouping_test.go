package compare

import (
	"fmt"
	"strings"
	"testing"
)

// A valueGrouping reused from one event to the next buckets each event's
// values as a new one does: sets small enough for the look-back and large
// enough for the map, grouped through one grouping in several orders.
func TestValueGroupingReuseIsFresh(t *testing.T) {
	sets := [][]slotValue{
		slotValues("a", "b", "a", "c"),
		slotValues("x", "x"),
		slotValues(keysOf(40, 7)...), // the map's path, 7 keys
		slotValues("b", "a", "b"),
		slotValues(keysOf(17, 3)...),
		slotValues("only"),
	}
	want := make([]string, len(sets))
	for i, set := range sets {
		want[i] = bucketsOf(new(valueGrouping).withIndex().group(set))
	}
	tests := []struct {
		name  string
		order []int
	}{
		{"in order", []int{0, 1, 2, 3, 4, 5}},
		{"reversed", []int{5, 4, 3, 2, 1, 0}},
		{"large then small", []int{2, 0, 4, 1, 2, 3, 5, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vg := new(valueGrouping).withIndex()
			for _, i := range tc.order {
				if got := bucketsOf(vg.group(sets[i])); got != want[i] {
					t.Fatalf("set %d: %s, want %s", i, got, want[i])
				}
				vg.reset()
			}
		})
	}
	// The buckets themselves: first-seen order, values in order.
	if got, w := want[0], "[a#0 a#2] [b#1] [c#3]"; got != w {
		t.Errorf("buckets %s, want %s", got, w)
	}
}

func (vg *valueGrouping) withIndex() *valueGrouping {
	vg.index = map[string]int32{}
	return vg
}

func slotValues(keys ...string) []slotValue {
	out := make([]slotValue, len(keys))
	for i, k := range keys {
		out[i] = slotValue{key: k, value: fmt.Sprintf("%s#%d", k, i)}
	}
	return out
}

// keysOf is n keys cycling through k names.
func keysOf(n, k int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("k%d", (i*5)%k)
	}
	return out
}

func bucketsOf(groups [][]slotValue) string {
	var parts []string
	for _, g := range groups {
		var vs []string
		for _, v := range g {
			vs = append(vs, v.value)
		}
		parts = append(parts, fmt.Sprint(vs))
	}
	return strings.Join(parts, " ")
}
