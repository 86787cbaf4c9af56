package claims

import "github.com/claimcheck/claimcheck/claims/text"

// entitySpots keeps what the place and participant walks ask of where
// each entity of one sentence stands: its word index, whether a locative
// stands before it (locativeBefore) and the relative clause it is in
// (relativeClauseAt). These depend on the sentence's words alone, and the
// walks asked them of every entity two to four times per mention (a
// locative look-up reads a demonym lexicon, a clause walk up to 60 words).
// Each is worked out the first time it is asked.
type entitySpots struct {
	s  *Sentence
	of []entitySpot // of[k] is s.Entities[k]'s
}

type entitySpot struct {
	wi            int
	clause        int
	locative      bool
	hasWI, hasLoc bool
	hasClause     bool
}

// spotsOf starts s's spots in buf's room (grown if s has more entities):
// the caller reuses buf for the next sentence, once the walks of this one
// are done with it.
func spotsOf(s *Sentence, buf []entitySpot) entitySpots {
	n := len(s.Entities)
	if cap(buf) < n {
		buf = make([]entitySpot, n)
	}
	buf = buf[:n]
	clear(buf)
	return entitySpots{s: s, of: buf}
}

// wordAt is wordIndex(s.Words, s.Entities[k].Start).
func (p *entitySpots) wordAt(k int) int {
	sp := &p.of[k]
	if !sp.hasWI {
		sp.wi, sp.hasWI = wordIndex(p.s.Words, p.s.Entities[k].Start), true
	}
	return sp.wi
}

// locative is locativeBefore(s.Words, p.wordAt(k)).
func (p *entitySpots) locative(k int) bool {
	sp := &p.of[k]
	if !sp.hasLoc {
		sp.locative, sp.hasLoc = locativeBefore(p.s.Words, p.wordAt(k)), true
	}
	return sp.locative
}

// clause is relativeClauseAt(s.Words, p.wordAt(k)).
func (p *entitySpots) clause(k int) int {
	sp := &p.of[k]
	if !sp.hasClause {
		sp.clause, sp.hasClause = relativeClauseAt(p.s.Words, p.wordAt(k)), true
	}
	return sp.clause
}

// clauseOnce is relativeClauseAt(ws, i), worked out the first time a walk
// compares an entity's clause with it.
type clauseOnce struct {
	ws     []text.Word
	i, at  int
	worked bool
}

func (c *clauseOnce) get() int {
	if !c.worked {
		c.at, c.worked = relativeClauseAt(c.ws, c.i), true
	}
	return c.at
}
