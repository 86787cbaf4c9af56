package compare

// pairScores remembers the link score of each pair of mentions of one
// class. Grouping asks for the same pairs many times: once when it lists
// candidate links, then again every time averageLink weighs a merge of two
// groups (all pairs across them), so without it a story's big classes cost
// the square of their size once per merge.
type pairScores struct {
	ms       []*mentionInfo
	profiles []docProfile
	n        int
	// dense holds every ordered pair when the class is small enough for an
	// n×n table; sparse holds the pairs asked for otherwise.
	dense  []pairScore
	sparse map[[2]int]pairScore
}

// pairScore is one remembered pair: separate when mustSeparate holds,
// else score is linkScore's.
type pairScore struct {
	score    float64
	known    bool
	separate bool
}

// maxDensePairs bounds the n×n table (16 bytes a pair: 4 MB).
const maxDensePairs = 1 << 18

func newPairScores(ms []*mentionInfo, profiles []docProfile) *pairScores {
	p := &pairScores{ms: ms, profiles: profiles, n: len(ms)}
	if p.n*p.n <= maxDensePairs {
		p.dense = make([]pairScore, p.n*p.n)
	} else {
		p.sparse = map[[2]int]pairScore{}
	}
	return p
}

// get returns the remembered pair (x, y), computing it the first time.
// Pairs are kept in the order asked, as linkScore need not be symmetric.
func (p *pairScores) get(x, y int) pairScore {
	if p.dense != nil {
		ps := &p.dense[x*p.n+y]
		if !ps.known {
			*ps = p.compute(x, y)
		}
		return *ps
	}
	ps, ok := p.sparse[[2]int{x, y}]
	if !ok {
		ps = p.compute(x, y)
		p.sparse[[2]int{x, y}] = ps
	}
	return ps
}

// seen reports whether the pair was asked for before.
func (p *pairScores) seen(x, y int) bool {
	if p.dense != nil {
		return p.dense[x*p.n+y].known
	}
	_, ok := p.sparse[[2]int{x, y}]
	return ok
}

func (p *pairScores) compute(x, y int) pairScore {
	a, b := p.ms[x], p.ms[y]
	if mustSeparate(a, b, p.profiles) {
		return pairScore{known: true, separate: true}
	}
	return pairScore{known: true, score: linkScore(a, b, p.profiles)}
}
