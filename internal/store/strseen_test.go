package store

import (
	"strings"
	"testing"
)

// TestStrNumbersByContent: writer.str numbers strings by their bytes,
// whether a string comes again from the same memory (strSeen's answer),
// from other memory, or as a shorter string at the same address, and
// numbers each record afresh.
func TestStrNumbersByContent(t *testing.T) {
	text := "Kabul police said"
	same := text[:5]             // "Kabul", the text's memory
	other := strings.Clone(same) // "Kabul", other memory
	prefix := text[:3]           // "Kab", the same address, shorter
	longer := text[:6]           // "Kabul ", the same address, longer
	for _, tc := range []struct {
		name    string
		records [][]string
		want    [][]uint64
	}{
		{"same memory", [][]string{{same, same, same}}, [][]uint64{{1, 1, 1}}},
		{"same bytes, other memory", [][]string{{same, other, same, other}}, [][]uint64{{1, 1, 1, 1}}},
		{"same address, other length", [][]string{{same, prefix, longer, same, prefix}}, [][]uint64{{1, 2, 3, 1, 2}}},
		{"empty", [][]string{{"", same, ""}}, [][]uint64{{0, 1, 0}}},
		{"a record after another", [][]string{{prefix, same}, {same, prefix}, {same}}, [][]uint64{{1, 2}, {1, 2}, {1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &writer{strIndex: map[string]uint32{}}
			for k, rec := range tc.records {
				w.reset()
				for j, s := range rec {
					w.str(s)
					r := reader{data: w.buf}
					for range j {
						r.uint()
					}
					if got := r.uint(); got != tc.want[k][j] {
						t.Errorf("record %d, string %d (%q): number %d, want %d", k, j, s, got, tc.want[k][j])
					}
				}
			}
		})
	}
}
