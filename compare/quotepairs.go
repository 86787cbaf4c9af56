package compare

// sameQuotePairs lists the pairs (i < j) of quotations from different
// documents that sameQuote finds one remark. Instead of testing every pair's
// word maps, it counts the words each pair shares through an index of the
// quotations that hold each word: a pair sharing no word costs nothing, and
// a shared word one array increment.
func sameQuotePairs(qs []attributedQuote) [][2]int {
	ids := map[string]int32{}
	var holders [][]int32 // by word id, the quotations holding it, ascending
	quoteIDs := make([][]int32, len(qs))
	for i, q := range qs {
		for _, w := range q.words {
			id, ok := ids[w]
			if !ok {
				id = int32(len(holders))
				ids[w] = id
				holders = append(holders, nil)
			}
			holders[id] = append(holders[id], int32(i))
			quoteIDs[i] = append(quoteIDs[i], id)
		}
	}
	shared := make([]int, len(qs))
	var touched []int32
	var pairs [][2]int
	for i := range qs {
		touched = touched[:0]
		for _, id := range quoteIDs[i] {
			h := holders[id]
			for k := len(h) - 1; k >= 0 && int(h[k]) > i; k-- {
				if shared[h[k]] == 0 {
					touched = append(touched, h[k])
				}
				shared[h[k]]++
			}
		}
		for _, j := range touched {
			if qs[i].m.Doc != qs[j].m.Doc && enoughShared(shared[j], len(qs[i].words), len(qs[j].words)) {
				pairs = append(pairs, [2]int{i, int(j)})
			}
			shared[j] = 0
		}
	}
	return pairs
}

// enoughShared is sameQuote's rule for two quotations of na and nb content
// words that share shared of them.
func enoughShared(shared, na, nb int) bool {
	return shared >= minQuoteWords && float64(shared) >= minQuoteOverlap*float64(min(na, nb))
}
