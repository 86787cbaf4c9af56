package claims

import (
	"reflect"
	"testing"

	"github.com/claimcheck/claimcheck/claims/numbers"
)

// TestShareEntities: each sentence gets its own stretch of the entities,
// capped so an append cannot reach the next sentence's, and nil when it
// has none (as findEntities gave).
func TestShareEntities(t *testing.T) {
	all := []Entity{{Key: "a"}, {Key: "b"}, {Key: "c"}}
	tests := []struct {
		name string
		ends []int
		want [][]string // keys per sentence; nil for no entities
	}{
		{"one each", []int{1, 2, 3}, [][]string{{"a"}, {"b"}, {"c"}}},
		{"empty between", []int{2, 2, 3}, [][]string{{"a", "b"}, nil, {"c"}}},
		{"none first", []int{0, 3, 3}, [][]string{nil, {"a", "b", "c"}, nil}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			named := make([]*Sentence, len(tc.ends))
			for k := range named {
				named[k] = &Sentence{Entities: []Entity{{Key: "stale"}}}
			}
			shareEntities(named, tc.ends, all)
			for k, s := range named {
				var keys []string
				for _, e := range s.Entities {
					keys = append(keys, e.Key)
				}
				if !reflect.DeepEqual(keys, tc.want[k]) || (tc.want[k] == nil) != (s.Entities == nil) {
					t.Fatalf("sentence %d: %v, want %v", k, keys, tc.want[k])
				}
				if cap(s.Entities) != len(s.Entities) {
					t.Fatalf("sentence %d: cap %d > len %d", k, cap(s.Entities), len(s.Entities))
				}
			}
			if named[0].Entities != nil && &named[0].Entities[0] == &all[0] {
				t.Fatal("the sentences share the scratch, not a copy")
			}
		})
	}
}

// TestShareFigures: as TestShareEntities, for figures; a sentence without
// figures keeps what it had.
func TestShareFigures(t *testing.T) {
	all := []numbers.Number{{Text: "1"}, {Text: "2"}, {Text: "3"}}
	kept := []numbers.Number{{Text: "kept"}}
	sents := []*Sentence{{}, {Numbers: kept}, {}, {}}
	shareFigures(sents, []int{1, 1, 3, 3}, all)
	want := [][]string{{"1"}, {"kept"}, {"2", "3"}, nil}
	for k, s := range sents {
		var got []string
		for _, n := range s.Numbers {
			got = append(got, n.Text)
		}
		if !reflect.DeepEqual(got, want[k]) || cap(s.Numbers) != len(s.Numbers) {
			t.Fatalf("sentence %d: %v (cap %d), want %v", k, got, cap(s.Numbers), want[k])
		}
	}
	if &sents[0].Numbers[0] == &all[0] {
		t.Fatal("the sentences share the scratch, not a copy")
	}
}
