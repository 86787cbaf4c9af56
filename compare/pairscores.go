package compare

// pairScores remembers the link score of each pair of mentions of one
// class. Grouping asks for the same pairs many times: once when it lists
// candidate links, then again every time averageLinkOf weighs a merge of two
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

// docSimilarity remembers the Jaccard overlap of the names of each pair of
// a story's documents: linkScore needs it for every pair of mentions from
// two documents, and it depends on the documents alone.
type docSimilarity struct {
	profiles []docProfile
	n        int
	known    []bool
	value    []float64
}

// maxSimilarityDocs bounds the n×n table; larger stories compute each
// pair's overlap every time, as before.
const maxSimilarityDocs = 512

func newDocSimilarity(profiles []docProfile) *docSimilarity {
	n := len(profiles)
	if n > maxSimilarityDocs {
		return nil
	}
	return &docSimilarity{profiles: profiles, n: n, known: make([]bool, n*n), value: make([]float64, n*n)}
}

// docJaccard is jaccard of the names of documents i and j, from the
// story's cache when the profiles have one. Jaccard is symmetric, so one
// entry serves both orders.
func docJaccard(profiles []docProfile, i, j int) float64 {
	sim := profiles[i].similar
	if sim == nil || i >= sim.n || j >= sim.n {
		return jaccard(profiles[i].keys, profiles[j].keys)
	}
	k := min(i, j)*sim.n + max(i, j)
	if !sim.known[k] {
		sim.value[k] = jaccard(profiles[i].keys, profiles[j].keys)
		sim.known[k] = true
	}
	return sim.value[k]
}
