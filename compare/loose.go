package compare

import (
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
)

// periodGrans are the granularities of a time expression that dates a
// sentence to a month or longer. Quarters and halves are left out: in
// company news a quarter is the event itself ("third-quarter profit").
var periodGrans = map[string]bool{
	"month": true, "year": true, "season": true, "decade": true, "century": true,
}

// periodFigure reports whether a loose figure (one given to the article's
// main event because its sentence names no event) stands in a sentence
// that a month, a year or a longer period opens: "so far this year police
// have seized 6 tonnes", "last month another raid netted 1,100 kg". Such
// figures are tallies or earlier events; news dates the event it reports
// to the day, so they are left out rather than compared with it. A period
// after the figure is a baseline ("412 million, against 367 million a year
// earlier"), which the figure's role already tells.
func periodFigure(f claims.Figure) bool {
	if !f.Loose || f.Sentence == nil {
		return false
	}
	for _, t := range f.Sentence.Times {
		if !t.Quoted && periodGrans[t.Gran] && t.Start < f.Start {
			return true
		}
	}
	return false
}

// incrementCues right before a figure make it an addition to another
// figure: "another 12 bodies", "an additional $5 million", "a further 200".
var incrementCues = []string{"another ", "additional ", "further ", "extra "}

// incrementAfter: the same cues right after the figure: "two more people
// were detained", "officers arrested two further persons".
var incrementAfter = []string{" more ", " further ", " additional ", " extra "}

// additionCues after a figure say the same: "Rs 2 lakh ... in addition to
// the state government's assistance".
var additionCues = []string{"in addition to", "on top of"}

// incrementFigure reports whether a figure is an addition to another one
// rather than the event's figure itself; a second payer's Rs 2 lakh is not
// a disagreement with the first payer's Rs 4 lakh.
func incrementFigure(m *claims.Mention, f claims.Figure) bool {
	s := f.Sentence
	if s == nil {
		s = m.Sentence
	}
	if s == nil {
		return false
	}
	text := m.Doc.Source.Text
	if f.Start < s.Start || f.End > s.End {
		return false
	}
	before, after := text[max(s.Start, f.Start-24):f.Start], text[f.End:s.End]
	found, ascii := incrementCuesFolded(before, after)
	if found || ascii {
		return found
	}
	return incrementCuesLowered(before, after)
}

// incrementCuesFolded is incrementCuesLowered for ASCII text, folding
// letters as it compares instead of lower-casing copies, in one pass over
// the rest of the sentence. A cue it finds is found whatever the text
// holds; when it finds none in text that is not all ASCII (ascii false),
// only incrementCuesLowered can tell.
func incrementCuesFolded(before, after string) (found, ascii bool) {
	if !isASCIIText(before) {
		return false, false
	}
	if incrementCueBefore(before) {
		return true, true
	}
	for _, c := range incrementAfter {
		if hasFoldAt(after, 0, c) {
			return true, true
		}
	}
	return additionCueIn(after)
}

// incrementCueBefore: one of incrementCues, ASCII-folded, ends at most 12
// bytes before the end of before. Every cue ends in a space, so only the
// spaces of those last 13 bytes are tried as a cue's end: looking for each
// cue at each of the places it could start was most of what
// incrementFigure cost.
func incrementCueBefore(before string) bool {
	for p := len(before) - 1; p >= max(len(before)-13, 0); p-- {
		if before[p] != ' ' {
			continue
		}
		for _, c := range incrementCues {
			if hasFoldAt(before, p+1-len(c), c) {
				return true
			}
		}
	}
	return false
}

// incrementCuesLowered looks for the cues in lower-cased copies of the
// text before and after a figure: an increment cue ending close before it,
// one right after it, or an addition cue anywhere after it.
func incrementCuesLowered(before, after string) bool {
	before = strings.ToLower(before)
	for _, c := range incrementCues {
		if i := strings.LastIndex(before, c); i >= 0 && len(before)-i <= len(c)+12 {
			return true
		}
	}
	after = strings.ToLower(after)
	for _, c := range incrementAfter {
		if strings.HasPrefix(after, c) {
			return true
		}
	}
	for _, c := range additionCues {
		if strings.Contains(after, c) {
			return true
		}
	}
	return false
}

// figureList names one of a mention's two lists of figures.
type figureList int

const (
	countFigures    figureList = iota // Mention.Counts
	quantityFigures                   // Mention.Quantities
)

// memoFigures: figures past this index in a list are not remembered (no
// mention seen has that many) but worked out each time.
const memoFigures = 32

// incrementMemo is what incrementFigure answered for one mention's figures:
// bit i of a list's half (counts low, quantities high) is set in known
// once figure i was asked, and in increment when it is one. The date,
// location, count and quantity comparators all ask it of the same
// figures; they were a figure's most costly test, up to three times.
type incrementMemo struct{ known, increment uint64 }

// incrementAt is incrementFigure of figure fi in list of the group's
// mention i, remembered in g.increments when the group has them.
func (g *EventGroup) incrementAt(i int, list figureList, fi int) bool {
	m := g.Mentions[i]
	fs := m.Counts
	if list == quantityFigures {
		fs = m.Quantities
	}
	if g.increments == nil || fi >= memoFigures {
		return incrementFigure(m, fs[fi])
	}
	bit := uint64(1) << (int(list)*memoFigures + fi)
	memo := &g.increments[i]
	if memo.known&bit == 0 {
		memo.known |= bit
		if incrementFigure(m, fs[fi]) {
			memo.increment |= bit
		}
	}
	return memo.increment&bit != 0
}

// incrementMemos hold a story's groups' memos one group after another
// (checkStoryWith); nothing else keeps them, and they hold no pointers.
var incrementMemos = sync.Pool{New: func() any { return new([]incrementMemo) }}
