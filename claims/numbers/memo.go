package numbers

// The words next to a figure are read by one rule after another: the word
// after "139" in "counted 139 people at" is asked for a scale, a range, a
// ratio, a unit, a currency, a trailing qualifier, a month and the counted
// noun, and the word before for a label, "magnitude", "aged" and a
// qualifier. The scanner keeps the last word found after and before a
// position, with its table entry, so each is cut and looked up once. The
// text does not change while a scanner walks it, so a kept word stays
// right for its key.

// wordNear is a word found next to a position, and its key.
type wordNear struct {
	at, floor    int // the key: the position (and, before, the floor)
	ws, we, next int
	entry        *lexWord
}

// resetMemo marks both kept words as none.
func (s *scanner) resetMemo() {
	s.after.at, s.before.at = -1, -1
}

// wordAfter is nextWordAfterSpace(s.t, i) with the word's table entry
// (nil when ws < 0 or the word is in no list).
func (s *scanner) wordAfter(i int) (ws, we, next int, entry *lexWord) {
	m := &s.after
	if m.at != i {
		m.at = i
		m.ws, m.we, m.next = nextWordAfterSpace(s.t, i)
		m.entry = nil
		if m.ws >= 0 {
			m.entry = lookupWord(s.t[m.ws:m.we])
		}
	}
	return m.ws, m.we, m.next, m.entry
}

// wordBefore is wordBefore(s.t, i, s.last) with the word's table entry.
func (s *scanner) wordBefore(i int) (ws, we int, entry *lexWord) {
	j := skipSpacesBack(s.t, i) // wordBefore's result depends on j, not i
	m := &s.before
	if m.at != j || m.floor != s.last {
		m.at, m.floor = j, s.last
		m.ws, m.we = wordBefore(s.t, j, s.last)
		m.entry = nil
		if m.ws >= 0 {
			m.entry = lookupWord(s.t[m.ws:m.we])
		}
	}
	return m.ws, m.we, m.entry
}
