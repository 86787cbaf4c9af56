package numbers

import (
	"reflect"
	"testing"
)

// TestKeptWordsGiveFreshAnswers: the words a scanner keeps between rules
// (memo.go) do not outlive its text. Each text, dense with figures whose
// neighbours are read by several rules, is read after the others in three
// orders through one growing buffer, and gives what Find gives it alone.
func TestKeptWordsGiveFreshAnswers(t *testing.T) {
	texts := []string{
		"Police said 12 people, 3 children and about 40 residents of the town were among 5,000 evacuated.",
		"It rose from 10 to 20 percent, then 3-1 in the final; in 2019 the 2019 elections drew 5m people.",
		"On March 3, 14 of the 96 seats went to about 1,200 candidates, aged 25, in 24 Harbour Road.",
		"Two hundred and fifty US dollars, 5 million pounds sterling and 30 km/h winds of 4°C hit 11am.",
		"A 6.4-magnitude quake, 12,000-page report, 25-year-old man, 1990s-era terminal, 40-odd homes.",
	}
	orders := [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 0, 4, 1, 3}}
	for _, order := range orders {
		var all []Number
		for _, k := range order {
			mark := len(all)
			all = AppendFind(all, texts[k])
			if got, want := all[mark:], Find(texts[k]); !reflect.DeepEqual(got, want) {
				t.Fatalf("order %v, text %d: %v, want %v", order, k, got, want)
			}
		}
	}
}
