package claims

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/numbers"
	"github.com/claimcheck/claimcheck/claims/temporal"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Mention is one event mention: a trigger and the arguments found for it in
// the same sentence.
type Mention struct {
	Doc      *Doc
	Sentence *Sentence
	Class    string
	Trigger  string
	// TriggerStart and TriggerEnd are the trigger's byte range in the source.
	TriggerStart, TriggerEnd int
	trigIdx                  int
	nounTrigger              bool

	Time *temporal.Expr
	// Place is the place nearest the trigger; Places every place the
	// sentence sets the event in ("in Victory Square in central Bucharest",
	// "In the city of X, ...").
	Place        *Entity
	Places       []*Entity
	Participants []*Entity
	Agent        *Entity
	// Patient is the head noun of what the event happened to ("drone",
	// "no-fly zone"), lower case; Owner whose it was.
	Patient    string
	PatientAt  [2]int
	Owner      *Entity
	Counts     []Figure
	Quantities []Figure

	Quoted bool // the trigger sits inside a quotation
	Hedge  string
	// Speaker is the key of the entity the sentence is attributed to.
	Speaker string
	// Aggregate is true for totals over several events ("so far this year",
	// "in total"): they are not compared with one event's figure.
	Aggregate bool
	// Negated is true for "did not meet", "denies it attacked".
	Negated bool
	// Irrealis is true for events asked for, planned or expected but not
	// (yet) happened: "prosecutors had asked for a sentence of eight years".
	Irrealis bool
	// Definite is true for "the quake", "this meeting": an event the
	// article has already introduced.
	Definite bool
	// Future is true for what is to come: "a team will visit the port".
	Future bool
	// Prior is true for "the previous election", "last year's talks": by
	// its own words another event than the one the batch reports.
	Prior bool
	// Ordinal is "first", "second", ... for "the second round of talks".
	Ordinal string
	// Object is the key of what the event was done to or won: the first
	// entity or head noun after an active trigger.
	Object string
	// CountedObject is true when the object is counted ("won 51 seats"):
	// a share, not one thing with one winner.
	CountedObject bool
	// Ownerships are whose the article says the facilities and vehicles of
	// its story are ("the plant of X", "the factory, owned by Y"), given to
	// its main event.
	Ownerships []Ownership
}

// Ownership is one "whose is it" claim: a facility or vehicle and its owner.
type Ownership struct {
	Thing    string // normalised head noun: "plant", "train", "ship"
	Owner    *Entity
	Sentence *Sentence
}

// Source returns the mention's source id.
func (m *Mention) Source() string { return m.Doc.Source.ID }

// Text returns the mention's sentence verbatim.
func (m *Mention) Text() string { return m.Sentence.Text(m.Doc.Source) }

// mentionStage finds event triggers and attaches their arguments.
type mentionStage struct{}

func (mentionStage) Name() string { return "mentions" }

// maxSentenceWords: a "sentence" longer than this is a table, a list or
// garbage, not prose; reading events in it would cost the square of its
// length for nothing.
const maxSentenceWords = 400

func (mentionStage) Run(d *Doc) { mentionStage{}.runWith(d, &wordScratch{}) }

// runWith reads the words' lexicon entries from x, where the hedge stage
// put them (or looks them up itself).
func (mentionStage) runWith(d *Doc, x *wordScratch) {
	lexes, kinds := sentenceLexicons(d, x)
	var spotBuf [32]entitySpot // each sentence's spots in turn, done with by the next
	for k, s := range d.Sentences {
		if !readsEvents(s) || kinds[k]&lexTrigger == 0 {
			continue // no word of it opens a trigger: no mention
		}
		// The sentence's mentions are appended to the article's at once
		// (no slice of their own per sentence) and completed in place.
		from := len(d.Mentions)
		d.Mentions = appendTriggers(d.Mentions, d, s, lexes[k], x.bufs)
		ms := d.Mentions[from:]
		if len(ms) == 0 {
			continue
		}
		attachTimes(s, ms, lexes[k])
		spots := spotsOf(s, spotBuf[:0])
		attachNumbers(s, ms, &spots)
		aggregate := hasAggregateCue(d.Source.Text[s.Start:s.End])
		for _, m := range ms {
			attachArguments(s, m, aggregate, &spots)
		}
	}
	story := storyMention(d, x.bufs)
	attachLooseCounts(story, d.Sentences) // figures no event of a sentence takes go to the story
	attachOwnerships(d, story, lexes, kinds)
	if len(story.Counts)+len(story.Quantities)+len(story.Ownerships) > 0 {
		d.Mentions = append(d.Mentions, story)
	}
}

// readsEvents: the stage reads events in s, and gives its loose figures
// to the story; not in a repeated sentence, a headline or a "sentence"
// too long to be prose.
func readsEvents(s *Sentence) bool {
	return !s.Duplicate && !s.Headline && len(s.Words) <= maxSentenceWords
}

// storyMention stands for the story an article tells as a whole: the
// figures of sentences that name no event ("There were 164 passengers on
// board") and whose the plant or train is belong to it. Every article of a
// batch has one, so they meet across articles whatever event words each
// article happens to use.
func storyMention(d *Doc, b *docBuffers) *Mention {
	m := b.mention(Mention{Doc: d, Class: "story", Trigger: "(story)"})
	for _, s := range d.Sentences {
		if !s.Headline && !s.Duplicate {
			m.Sentence = s
			m.TriggerStart, m.TriggerEnd = s.Start, s.Start
			break
		}
	}
	return m
}

// attachLooseCounts gives the figures of sentences that name no event
// ("There were 164 passengers on board") to the article's story, as loose
// figures: only sentences the stage reads events in (readsEvents) with no
// date and no quotation of their own, which speak of the story's present.
func attachLooseCounts(main *Mention, sentences []*Sentence) {
	if main.Sentence == nil {
		return
	}
	var buf [64]int // most articles' events hold fewer figures: no allocation
	attached := attachedStarts(buf[:0], main.Doc.Mentions)
	for _, s := range sentences {
		if len(s.Quotes) > 0 || !readsEvents(s) {
			continue
		}
		for k := range s.Numbers {
			if np := &s.Numbers[k]; !storyFigure(np) || attached.has(np.Start) {
				continue // an event of the sentence has it, or the story takes no such figure
			}
			n := s.Numbers[k] // copied only now: its Noun may be filled in below
			if n.Noun == "" {
				n.Noun = nounAfterGloss(main.Doc.Source.Text, n.End)
			}
			if n.Noun == "" && (n.Kind == "money" || n.Kind == "measure") {
				n.Noun = nounBefore(s, wordIndex(s.Words, n.Start)) // "net profit of €412m", "profit rose to €412m"
			}
			if n.Noun == "" || n.Lo != n.Hi && (!n.Approx || !strings.ContainsAny(n.Text, "0123456789")) {
				continue // "dozens", "more than 50": no figure to hold against another
			}
			wi := wordIndex(s.Words, n.Start)
			if n.NounStart >= n.End && strings.HasPrefix(main.Doc.Source.Text[n.NounEnd:], " of ") {
				continue // "14 houses of worship": the noun goes on
			}
			// Asked after the cheaper tests above (it reads every date of
			// the sentence), which turn down most figures; none of them
			// depends on it.
			if otherMoment(s, main.Doc.Source.Published, n) {
				continue // a date near it puts it in another moment
			}
			f := Figure{Number: n, Holder: holderOf(s, wi), Role: figureRole(s, wi), Loose: true, Sentence: s}
			if f.Role == "base" || relativeClauseAt(s.Words, wi) >= 0 {
				continue // "the union, which represents 43,000 workers": the antecedent's figure
			}
			switch {
			case n.Kind == "count" && !isAge(s, wi) && (f.Holder != "" || peopleNounSet.has(n.Noun)):
				// "Party X: 51 seats" without a holder read is not the story's
				// figure; people on board or on shift are.
				main.Counts = append(main.Counts, f)
			case n.Kind == "measure" || n.Kind == "money":
				main.Quantities = append(main.Quantities, f)
			case n.Kind == "percent" && n.NounEnd > 0 && n.NounEnd <= n.Start:
				// "the turnout was 47.1 percent": a rate the noun before names
				main.Quantities = append(main.Quantities, f)
			}
		}
	}
}

// figureStarts are where the figures some event already holds start, in
// order, for attachLooseCounts to pass over: an article's mentions hold a
// few dozen at most, and a binary search of them costs less than the map
// each article made and filled.
type figureStarts []int

// attachedStarts appends to out where the counts and quantities of ms
// start.
func attachedStarts(out figureStarts, ms []*Mention) figureStarts {
	for _, m := range ms {
		for k := range m.Counts {
			out = append(out, m.Counts[k].Start)
		}
		for k := range m.Quantities {
			out = append(out, m.Quantities[k].Start)
		}
	}
	slices.Sort(out)
	return out
}

// has: a figure of the list starts at start.
func (fs figureStarts) has(start int) bool {
	_, found := slices.BinarySearch(fs, start)
	return found
}

// storyFigure: a figure of a kind attachLooseCounts may give the story
// (the cases of its last switch); any other is passed over before its
// noun is read. A percentage is taken only with its noun before it ("the
// turnout was 47.1 percent"), which nothing the loop does changes.
func storyFigure(n *numbers.Number) bool {
	switch n.Kind {
	case "count", "measure", "money":
		return true
	case "percent":
		return n.NounEnd > 0 && n.NounEnd <= n.Start
	}
	return false
}

// hasCalendarDate: a date of its own that lies outside the days the
// article reports (not a clock time, not "on Friday" of the story's week)
// puts a sentence's figures in another moment than the story's.
func hasCalendarDate(s *Sentence, pub time.Time) bool {
	for _, t := range s.Times {
		if t.Gran == "time" || t.Type == "DURATION" || t.Type == "SET" {
			continue
		}
		if !t.Lo.IsZero() && !pub.IsZero() && !t.Hi.Before(pub.AddDate(0, 0, -10)) && !t.Lo.After(pub.AddDate(0, 0, 1)) {
			continue // within the story's days
		}
		if t.Lo.IsZero() && t.HasWeekday && t.Month == 0 {
			continue // a bare weekday of an undated article: the story's week
		}
		if t.Lo.IsZero() && t.Year == 0 && t.Month == 0 {
			continue // "a year earlier" in an undated article: nothing to place the figures by
		}
		return true
	}
	return false
}

// appendTriggers appends the event mentions of s, whose words' lexicon
// entries are lex (lexiconOf), to out; they are taken from b when it is
// not nil.
func appendTriggers(out []*Mention, d *Doc, s *Sentence, lex []lexID, b *docBuffers) []*Mention {
	ws := s.Words
	for i := 0; i < len(ws); i++ {
		e := lex[i].entry()
		if e.kinds&lexTrigger == 0 {
			continue // in no trigger lexicon: nothing below can start here
		}
		w := ws[i]
		if w.Punct() || w.Cap() && i > 0 && !startsClause(ws, i) {
			continue // "Victory Square", "March": a name, not an event
		}
		if isPeopleNoun(ws, i) {
			continue // "two of the wounded", "the dead": people, not an event
		}
		if e.start != nil { // a "broke out" verb
			if m := startMention(d, s, i, b); m != nil {
				out = append(out, m)
				i += len(e.start) - 1
				continue
			}
		}
		for _, def := range e.triggers {
			span, ok := triggerSpan(ws, i, def.words)
			if !ok {
				continue
			}
			needs := e.needs // needsAircraft[w.Lower()] and the like, read once
			if needs&needAircraft != 0 && !aircraftWithin(ws, i+1, 4) {
				break
			}
			if needs&needPrice != 0 && !priceFor(s, i) {
				break
			}
			if def.class == "confirm" && !caseConfirmed(ws, i) {
				break // "officials confirmed": saying, not a case confirmed
			}
			if needs&needStructure != 0 && !structureWithin(ws, i+1, 5) {
				break // "was buried on Friday": a funeral, not damage
			}
			if needs&needStructureSubject != 0 && !structureBefore(ws, i) {
				break // "prices came down": nothing that stands fell
			}
			if def.class == "release" && releasesDocument(ws, i) {
				break // "released a statement": a publication, not a liberation
			}
			if def.class == "results" && !financialWithin(ws, i+len(def.words), 6) {
				break // "reported" alone is a verb of saying
			}
			if def.class == "win" && beatsExpectations(ws, i+1) {
				break // "profit beat forecasts": no contest was won
			}
			if def.class == "decider" && (i == 0 || !strings.EqualFold(ws[i-1].Text(), "the")) {
				break // "the winner", not "a winner" or "winners"
			}
			if def.class == "lead" && i+1 < len(ws) && strings.EqualFold(ws[i+1].Text(), "to") {
				break // "led to": a cause, not a leader
			}
			if def.class == "meet" && strings.EqualFold(w.Text(), "summit") && mountainWithin(ws, i, 8) {
				break // "9 km above the summit": a mountain's top, not a meeting
			}
			out = append(out, triggerMention(d, s, def.class, i, span, b))
			i += span - 1
			break
		}
	}
	return out
}

// triggerMention is the mention of class whose trigger is words i to
// i+span-1 of s. It is made only once every test of appendTriggers has
// passed: a trigger word those tests turn down ("reported", "confirmed",
// "released" as verbs of saying) costs no mention.
func triggerMention(d *Doc, s *Sentence, class string, i, span int, b *docBuffers) *Mention {
	ws := s.Words
	end := ws[i+span-1].End()
	return b.mention(Mention{Doc: d, Sentence: s, Class: class, Trigger: d.Source.Text[ws[i].Start():end],
		TriggerStart: ws[i].Start(), TriggerEnd: end, trigIdx: i, nounTrigger: isNounTrigger(ws, i)})
}

func aircraftWithin(ws []text.Word, from, n int) bool {
	for j := from; j < len(ws) && j < from+n; j++ {
		lw := ws[j].Lower()
		if lw == "contact" || lw == "track" || lw == "sight" || lw == "touch" {
			return false // "lost contact with the aircraft" is no loss of it
		}
		if aircraftNounSet.has(lw) {
			return true
		}
	}
	return false
}

// anchor is a word an expression can attach to: a trigger or a verb of
// saying. Dates next to "said" date the saying, not the event.
type anchor struct {
	idx     int
	mention *Mention
}

func anchors(s *Sentence, ms []*Mention, lex []lexID) []anchor {
	var out []anchor
	for _, m := range ms {
		out = append(out, anchor{idx: m.trigIdx, mention: m})
	}
	for i := range s.Words {
		if lex[i].entry().speech {
			out = append(out, anchor{idx: i})
		}
	}
	return out
}

// wordIndex returns the index of the word containing byte offset off, or
// the first word after it (binary search: words are in text order).
func wordIndex(ws []text.Word, off int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].End() > off })
}

// nearest returns the anchor closest in words to the range [from, to]
// of word indices; a trigger wins a tie.
func nearest(as []anchor, from, to int) *anchor { return nearestIn(nil, as, from, to) }

// nearestIn is nearest, with the sentence's commas counted when s is set.
func nearestIn(s *Sentence, as []anchor, from, to int) *anchor {
	var best *anchor
	bestD := 1 << 30
	for k := range as {
		a := &as[k]
		d := 0
		switch {
		case a.idx < from:
			d = from - a.idx
		case a.idx > to:
			d = a.idx - to
		}
		if commaBetween(s, a.idx, from, to) {
			d += 3 // ", killing 12" and ", officials said" are other clauses
		}
		if wordBetween(s, a.idx, from, to, "and") {
			d++ // "seven killed and four hurt": each figure with its own verb
		}
		if a.mention != nil && a.mention.nounTrigger {
			switch {
			case a.idx < from && a.idx > 3:
				d += 2 // "announced the takeover on Monday": the date goes with the verb
				// (a noun opening the sentence is its subject and keeps it:
				// "An earthquake struck the island on Tuesday")
			case a.idx > to && d > 2:
				d += 4 // "met Monday to end his offensive": a noun takes only "Sunday's talks"
			}
		}
		if d < bestD || d == bestD && best != nil && best.mention == nil && a.mention != nil {
			best, bestD = a, d
		}
	}
	return best
}

// attachTimes gives each date in the sentence to the nearest trigger or
// verb of saying; lex are the lexicon entries of its words.
func attachTimes(s *Sentence, ms []*Mention, lex []lexID) {
	// The anchors are read only for a date or time, and the visible ones
	// of one are dropped before the next is read: both are made only when
	// needed and the second reuses its slice.
	var as, visibleAnchors []anchor
	for k := range s.Times {
		t := &s.Times[k]
		if t.Type != "DATE" && t.Type != "TIME" {
			continue
		}
		if as == nil {
			as = anchors(s, ms, lex)
		}
		visibleAnchors = visibleAnchors[:0]
		clause := relativeClauseAt(s.Words, wordIndex(s.Words, t.Start))
		for _, a := range as {
			w := s.Words[a.idx]
			if s.quoted(w.Start(), w.End()) == s.quoted(t.Start, t.End) && relativeClauseAt(s.Words, a.idx) == clause {
				visibleAnchors = append(visibleAnchors, a)
			}
		}
		a := nearestIn(s, visibleAnchors, wordIndex(s.Words, t.Start), wordIndex(s.Words, t.End-1))
		if a == nil || a.mention == nil {
			continue
		}
		if a.mention.Time == nil || moreSpecific(t, a.mention.Time) || inOwnClause(s, a.mention, t) && !inOwnClause(s, a.mention, a.mention.Time) {
			a.mention.Time = t
		}
	}
	inheritSceneTime(s, ms)
	inheritAntecedentTime(s, ms)
	inheritWhenTime(s, ms)
	inheritOccurrenceTime(s, ms)
}

// inOwnClause: no comma stands between the trigger of m and time t. A time
// in the trigger's own clause beats one another clause lent it ("Two more
// bodies were recovered on Friday, raising to 11 the number known to have
// died when the boat capsized early on Thursday": they died on Thursday).
func inOwnClause(s *Sentence, m *Mention, t *temporal.Expr) bool {
	if t.Start < s.Start || t.End > s.End {
		return false // lent by another sentence: not this clause's
	}
	ti := wordIndex(s.Words, t.Start)
	return !commaBetween(s, m.trigIdx, ti, wordIndex(s.Words, t.End-1))
}

// occurrenceVerbs say that their subject happened: "The escape of eleven
// detainees from the prison happened in the dawn of Saturday".
var occurrenceVerbs = toSet(`happened occurred took`)

// inheritOccurrenceTime: an event noun that is the subject of "happened",
// "occurred" or "took place" happened at the time that verb is given,
// however long the noun's complement ("of eleven detainees from the ...
// Centre") and however near a later verb of saying.
func inheritOccurrenceTime(s *Sentence, ms []*Mention) {
	ws := s.Words
	for _, m := range ms {
		if m.Time != nil || !m.nounTrigger || m.Quoted {
			continue
		}
		v := occurrenceVerbAfter(ws, m.trigIdx)
		if v < 0 {
			continue
		}
		for k := range s.Times {
			t := &s.Times[k]
			if t.Quoted || t.Type != "DATE" && t.Type != "TIME" || t.Start < ws[v].End() {
				continue
			}
			if ti := wordIndex(ws, t.Start); ti-v <= 6 && !commaBetween(s, v, ti, ti) && !wordBetween(s, v, ti, ti, ";") {
				m.Time = t
			}
			break
		}
	}
}

// occurrenceVerbAfter finds, within 15 words after the trigger at i and
// before any comma, the occurrence verb its noun is the subject of, or -1.
func occurrenceVerbAfter(ws []text.Word, i int) int {
	for j := i + 1; j < len(ws) && j <= i+15; j++ {
		if ws[j].Text() == "," || ws[j].Text() == ";" {
			return -1
		}
		if occurrenceVerbSet.has(ws[j].Lower()) {
			if ws[j].Lower() == "took" && (j+1 >= len(ws) || ws[j+1].Lower() != "place") {
				return -1
			}
			return j
		}
	}
	return -1
}

// inheritWhenTime: "The volcano last erupted in November 2021, when an
// explosion sent ash 4 km high": the event a when-clause tells happened at
// the time written right before the clause.
func inheritWhenTime(s *Sentence, ms []*Mention) {
	for _, m := range ms {
		if m.Time != nil {
			continue
		}
		w := whenClauseAt(s.Words, m.trigIdx)
		if w < 0 {
			continue
		}
		for k := range s.Times {
			if t := &s.Times[k]; t.End <= s.Words[w-1].Start() && !t.Quoted {
				m.Time = t // the last one before the comma
			}
		}
	}
}

// whenClauseAt returns the index of the "when" that opens, after a comma,
// the clause of the trigger at word i (a few words before it, no comma in
// between), or -1.
func whenClauseAt(ws []text.Word, i int) int {
	for j := i - 1; j > 0 && j >= i-5; j-- {
		if ws[j].Punct() {
			return -1
		}
		if ws[j].Lower() == "when" && ws[j-1].Text() == "," {
			return j
		}
	}
	return -1
}

// inheritAntecedentTime: "the 2012 quake, which killed 17 people": an event
// told in a relative clause happened when its antecedent did.
func inheritAntecedentTime(s *Sentence, ms []*Mention) {
	for _, m := range ms {
		if m.Time != nil {
			continue
		}
		r := relativeClauseAt(s.Words, m.trigIdx)
		if r < 2 {
			continue
		}
		for _, ante := range ms {
			if ante != m && ante.Time != nil && ante.trigIdx == r-2 {
				m.Time = ante.Time
			}
		}
	}
}

// inheritSceneTime: a date opening the sentence ("In May 2012, a quake
// ... killed 17 people") sets the scene for every event the sentence tells
// that has no date of its own.
func inheritSceneTime(s *Sentence, ms []*Mention) {
	var scene *temporal.Expr
	for k := range s.Times {
		t := &s.Times[k]
		if (t.Type == "DATE" || t.Type == "TIME") && !t.Quoted && opensSentence(s, t) {
			scene = t
			break
		}
	}
	if scene == nil {
		return
	}
	for _, m := range ms {
		if m.Time == nil && !m.Quoted && wordIndex(s.Words, scene.Start) < m.trigIdx {
			m.Time = scene
		}
	}
}

func moreSpecific(a, b *temporal.Expr) bool {
	if da, db := daylessClock(a), daylessClock(b); da != db {
		return db && granRank(a.Gran) <= granRank("day") // "at noon on Sunday, June 15": the day says more
	}
	return granRank(a.Gran) < granRank(b.Gran)
}

// daylessClock: a time of day whose day is only the publication's ("at
// noon", "at midnight"): finer than a day, but it names none.
func daylessClock(e *temporal.Expr) bool { return e.Gran == "time" && e.Anchor == "publication" }

func granRank(g string) int {
	switch g {
	case "time":
		return 0
	case "day":
		return 1
	case "week":
		return 2
	case "month":
		return 3
	case "year":
		return 4
	}
	return 5
}

// attachNumbers gives each count or quantity to the nearest trigger.
func attachNumbers(s *Sentence, ms []*Mention, spots *entitySpots) {
	if len(s.Numbers) == 0 {
		return // most sentences with an event give it no figure
	}
	var as []anchor
	for _, m := range ms {
		as = append(as, anchor{idx: m.trigIdx, mention: m})
	}
	// The anchors a figure may go to are the same for every figure of the
	// sentence: chosen once, not once per figure.
	plain := nonResults(as)
	var counted []anchor
	countedDone := false
	for _, n := range s.Numbers {
		switch n.Kind {
		case "count", "money", "measure", "percent", "score":
		default:
			continue
		}
		wi := wordIndex(s.Words, n.Start)
		if isAge(s, wi) {
			continue // "Jerome Tate, 34,": an age
		}
		a := nearest(plain, wi, wordIndex(s.Words, n.End-1))
		if n.Kind == "count" {
			if !countedDone {
				counted, countedDone = countAnchors(as), true
			}
			// "announced that 86 persons were arrested": a head count
			// belongs to the killing, wounding or arrest near it.
			if c := predicateOf(s, as, wordIndex(s.Words, n.End-1)); c != nil {
				a = c // "628 had been injured": the verb the figure is the subject of
			} else if c := nearestIn(s, counted, wi, wordIndex(s.Words, n.End-1)); c != nil && abs(c.idx-wi) <= 8 {
				a = c
			}
		}
		if a == nil || !figureReaches(s, a.mention, n, wi) {
			continue
		}
		if n.Kind == "count" && peopleNounSet.has(n.Noun) && !countClasses[a.mention.Class] && len(findPlaces(s, a.mention, spots)) == 0 {
			// "80 workers were inside when it exploded": the story's head
			// count; "3,000 people protested in X" stays with X's protest.
			continue
		}
		f := Figure{Number: n, Holder: holderOf(s, wordIndex(s.Words, n.Start)), Role: figureRole(s, wordIndex(s.Words, n.Start)), Sentence: s}
		if n.Kind == "count" {
			a.mention.Counts = append(a.mention.Counts, f)
		} else {
			a.mention.Quantities = append(a.mention.Quantities, f)
		}
	}
}

// aggregateCues mark a figure as a total over several events.
var aggregateCues = []string{"in total", "so far this year", "this year", "since january", "in all", "overall",
	"cumulative", "altogether", "so far", "to date", "a total of", "combined", "since the start", "since the beginning"}

// irrealisCues before a trigger mark an event wanted, asked for or
// expected rather than one that happened.
var irrealisCues = toSet(`asked sought requested demanded wanted proposed urged seeking asking demanding
wants plans planned planning expected hopes hoped intends intended threatened would`)

// futureCues right before a trigger mark an event still to come.
var futureCues = toSet(`will shall scheduled due upcoming planned next`)

// priorCues before a trigger mark another, earlier event of the kind.
var priorCues = toSet(`previous prior former earlier last`)

var ordinals = toSet(`first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th`)

// negations before a trigger deny the event; "denied the charges" does
// not ("denied" is a hedge).
var negations = toSet(`not never no didn't hasn't haven't wasn't weren't`)

// negates: the negation at word j reaches the trigger at ti: no comma
// stands between them ("The No campaign, led by ...": the comma closes the
// phrase) and it is not a side's name after "the" ("the No camp").
func negates(ws []text.Word, j, ti int) bool {
	for k := j + 1; k < ti; k++ {
		if ws[k].Text() == "," {
			return false
		}
	}
	return !(ws[j].Cap() && j > 0 && ws[j-1].Lower() == "the")
}

// hasAggregateCue: the sentence speaks of a total ("in all", "so far this
// year"). It is asked once per sentence, not once per mention of it.
func hasAggregateCue(sentence string) bool { return foldedAggregateCue(sentence) }

// cueSet says which of the cue sets attachArguments asks of the words
// before a trigger a word is in, one bit each.
type cueSet uint8

const (
	cueNegation cueSet = 1 << iota // negations
	cuePrior                       // priorCues
	cueOrdinal                     // ordinals
	cueIrrealis                    // irrealisCues
	cueFuture                      // futureCues
)

// cueSets lists each cue bit with the set it stands for.
var cueSets = []struct {
	bit cueSet
	set map[string]bool
}{
	{cueNegation, negations}, {cuePrior, priorCues}, {cueOrdinal, ordinals},
	{cueIrrealis, irrealisCues}, {cueFuture, futureCues},
}

// argumentCues merges the cue sets: one lookup answers all five, where
// attachArguments asked up to five maps about each word of a trigger's
// window. (Kept out of wordLexicon: its words, "not", "will", "first",
// are common, and the per-article lookup of every word cost more than
// the windows' lookups saved.) Read-only after initialisation.
var argumentCues = func() map[string]cueSet {
	out := map[string]cueSet{}
	for _, c := range cueSets {
		for w, in := range c.set {
			if in {
				out[w] |= c.bit
			}
		}
	}
	return out
}()

// cueFilter holds every key of argumentCues, so that most words are
// settled without hashing them.
var cueFilter = func() (f wordFilter) {
	for w := range argumentCues {
		f.add(w)
	}
	return f
}()

// cuesOf is argumentCues[lw]: the cue sets the lower-case word lw is in.
func cuesOf(lw string) cueSet {
	if !cueFilter.mayHold(lw) {
		return 0
	}
	return argumentCues[lw]
}

// attachArguments fills a mention's arguments from its sentence; aggregate
// is hasAggregateCue of the sentence, spots its entities' (spotsOf).
func attachArguments(s *Sentence, m *Mention, aggregate bool, spots *entitySpots) {
	src := m.Doc.Source.Text
	m.Quoted = s.quoted(m.TriggerStart, m.TriggerEnd)
	m.Hedge = s.Hedge
	m.Speaker = s.Speaker
	if aggregate {
		m.Aggregate = true
	}
	for j := max(0, m.trigIdx-6); j < m.trigIdx; j++ {
		lw := s.Words[j].Lower()
		cues := cuesOf(lw)
		if cues == 0 {
			continue
		}
		if j >= m.trigIdx-3 {
			if cues&cueNegation != 0 && negates(s.Words, j, m.trigIdx) {
				m.Negated = true
			}
			if cues&cuePrior != 0 && !(lw == "last" && j+1 < len(s.Words) && isCalendarUnit(s.Words[j+1].Text())) {
				m.Prior = true
			}
			if cues&cueOrdinal != 0 {
				m.Ordinal = lw
			}
			if cues&cueFuture != 0 {
				m.Future = true
			}
		}
		if cues&cueIrrealis != 0 {
			m.Irrealis = true
		}
	}
	m.Definite = definiteBefore(s.Words, m.trigIdx)
	for j := m.trigIdx + 1; j < len(s.Words) && j <= m.trigIdx+3; j++ {
		if lw := s.Words[j].Lower(); lw == "round" || lw == "leg" || lw == "stage" {
			for k := max(0, m.trigIdx-3); k < j; k++ {
				if o := s.Words[k].Lower(); cuesOf(o)&cueOrdinal != 0 {
					m.Ordinal = o
				}
			}
		}
	}
	// The scene ("In Kabul, ...") is read once for both: findPlace falls
	// back on it and findPlaces lists it (it reads no Level findPlace sets).
	scene := scenePlace(s, m, spots)
	m.Place = findPlace(s, m, scene, spots)
	m.Places = findPlacesIn(s, m, scene, spots)
	m.Participants = findParticipants(s, m, spots)
	m.Agent, m.Patient, m.PatientAt, m.Owner = findRoles(src, s, m)
}

// visible reports whether an entity at [start, end) can be an argument of
// m: inside the same quotation as the trigger, or both outside quotes.
func visible(s *Sentence, m *Mention, start, end int) bool {
	return s.quoted(start, end) == m.Quoted
}

// locatives introduce a place.
var locatives = toSet(`in at near outside over across inside into off`)

// findPlace: the nearest place introduced by a locative preposition within
// a few words of the trigger, else the scene (scenePlace, read by the
// caller).
func findPlace(s *Sentence, m *Mention, scene *Entity, spots *entitySpots) *Entity {
	var best *Entity
	bestD := 1 << 30
	trigClause := clauseOnce{ws: s.Words, i: m.trigIdx}
	for k := range s.Entities {
		e := &s.Entities[k]
		if e.Kind != EntPlace && e.Kind != EntCountry && e.Kind != EntName && e.Kind != EntPerson || e.Demonym || e.Possessive || !visible(s, m, e.Start, e.End) {
			continue
		}
		wi := spots.wordAt(k)
		if !spots.locative(k) || spots.clause(k) != trigClause.get() {
			continue // "Ruiz's sister, who lives in Miami, said ...": Miami places the sister
		}
		if e.Kind == EntPerson && e.Title == "" {
			// "near Copsa Mica": two unknown words after a locative are a
			// place, not a person.
			e.Kind, e.Key = EntName, "name:"+strings.TrimPrefix(e.Key, "person:")
		}
		d := wi - m.trigIdx
		if d < -4 {
			continue // "The embassy in X said it had met ...": X places the embassy
		}
		if d < 0 {
			d = -d + 2 // places before the trigger belong to it less often
		}
		if d <= 10 && d < bestD {
			best, bestD = e, d
		}
	}
	if best == nil {
		best = scene
	}
	if best != nil && best.Kind == EntName {
		best.Level = unknownPlaceLevel(s, best) // an unknown name after "in" or "near" is a place
	}
	return best
}

// placeFillers may stand between a locative and its place: "in the
// Malawian city of Blantyre", "over western Kenya", "near the town of X".
var placeFillers = toSet(`the a western eastern northern southern central north south east west skies
city town village port capital region province district of outskirts suburb heart centre center`)

// locativeBefore: "in Rome", "in the capital", "over western Kenya".
func locativeBefore(ws []text.Word, wi int) bool {
	return prepBefore(ws, wi, 5, locativeSet, true)
}

// prepBefore: one of preps stands within reach words before word wi,
// past place fillers ("the town of") and, with demonyms, words such as
// "Italian". locativeBefore, fromBefore and the place-name stage's
// placeBefore are this walk with their own prepositions and reach.
func prepBefore(ws []text.Word, wi, reach int, preps *wordSet, demonyms bool) bool {
	for j := wi - 1; j >= 0 && j >= wi-reach; j-- {
		w := ws[j].Lower()
		if preps.has(w) {
			return true
		}
		if !placeFillerSet.has(w) && !(demonyms && isDemonymWord(ws[j].Text())) {
			return false
		}
	}
	return false
}

// departureClasses are events set where they leave from: a rocket lifts
// off "from Andoya Spaceport".
var departureClasses = map[string]bool{"liftoff": true}

// fromBefore: "from" stands before the name, past words such as "the".
func fromBefore(ws []text.Word, wi int) bool { return prepBefore(ws, wi, 3, fromPrepSet, false) }

var fromPrep = map[string]bool{"from": true}

// findParticipants: the people, organisations and countries of the
// sentence that take part, leaving out the speaker and places.
func findParticipants(s *Sentence, m *Mention, spots *entitySpots) []*Entity {
	var out []*Entity
	for k := range s.Entities {
		e := &s.Entities[k]
		if e.Kind == EntPlace || e.Aside || !visible(s, m, e.Start, e.End) {
			continue
		}
		if e.Key == s.Speaker && !m.Quoted {
			continue
		}
		if e.Kind == EntCountry && !e.Demonym && spots.locative(k) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// scenePlace is a place set at the head of the sentence ("In the western
// city of X, ...", "Also on Saturday, in X, ..."), which scopes over every
// event the sentence tells.
func scenePlace(s *Sentence, m *Mention, spots *entitySpots) *Entity {
	comma := -1
	for i, w := range s.Words {
		if i > 8 {
			break
		}
		if w.Text() == "," {
			comma = i
		}
	}
	if comma < 0 || m.trigIdx < comma {
		return nil
	}
	for k := range s.Entities {
		e := &s.Entities[k]
		if !(e.Kind == EntPlace || e.Kind == EntName || e.Kind == EntCountry && !e.Demonym) {
			continue // asked before the word's index is searched for
		}
		if spots.wordAt(k) < comma && spots.locative(k) && visible(s, m, e.Start, e.End) && spots.clause(k) < 0 {
			return e
		}
	}
	return nil
}

// isCalendarUnit: "last week", "last Monday": a date, not "the last talks".
func isCalendarUnit(w string) bool {
	l := strings.ToLower(trimPossessive(w))
	return calendarWords[l] || l == "week" || l == "month" || l == "year" || l == "night" || l == "weekend" || l == "time"
}

// Figure is a count or quantity with what the sentence says of it.
type Figure struct {
	numbers.Number
	// Holder is the key of whom the figure belongs to ("the NVA won 51
	// seats"): the nearest name before it in its clause.
	Holder string
	// Role is "" for the figure itself, "part" for a part of another figure
	// ("including six gendarmes", "six of them"), "margin" for a difference
	// ("by 212 votes") and "total" for the whole a part is taken from ("51
	// of the 96 seats").
	Role string
	// Loose is true for a figure from a sentence that names no event, given
	// to the article's main event; Sentence is where it stands.
	Loose    bool
	Sentence *Sentence
}

// holderOf finds the name a figure belongs to: the nearest entity or actor
// noun before it within its clause.
func holderOf(s *Sentence, wi int) string {
	for j := wi - 1; j >= 0 && j >= wi-8; j-- {
		w := &s.Words[j] // no copy of the 40-byte word
		if w.Punct() && w.Text() != "'" && w.Text() != "’" {
			return ""
		}
		if speechVerbSet.has(w.Lower()) {
			return "" // "Cal Fire said 43 homes ...": who says is not whose
		}
		if e := entityAt(s, j); e != nil && (e.Kind == EntOrg || e.Kind == EntPerson || e.Kind == EntCountry && !e.Demonym) {
			return e.Key
		}
		if actorNounSet.has(w.Lower()) {
			return "group:" + singular(w.Lower())
		}
	}
	return ""
}

// figureRole reads the words around a figure for part, margin and total.
func figureRole(s *Sentence, wi int) string {
	prev := func(k int) string {
		if wi-k >= 0 {
			return s.Words[wi-k].Lower()
		}
		return ""
	}
	next := func(k int) string {
		if wi+k < len(s.Words) {
			return s.Words[wi+k].Lower()
		}
		return ""
	}
	switch {
	case prev(1) == "including" || prev(1) == "whom" || prev(1) == "among" || prev(1) == "which" && prev(2) == "of" ||
		next(1) == "of" && (next(2) == "them" || next(2) == "whom" || next(2) == "the" || next(2) == "those"):
		return "part"
	case perpetratorIncluded(s, wi):
		return "part" // "Five people are dead, including the gunman": a total with someone else in it
	case prev(1) == "by" || prev(1) == "margin":
		return "margin"
	case prev(1) == "from" || prev(1) == "after" || prev(1) == "versus" || prev(1) == "with" && prev(2) == "compared" || prev(1) == "against":
		return "base" // "rose to 412 from 367": the earlier figure
	case prev(1) == "the" && prev(2) == "of" || prev(1) == "of" && prev(2) == "out" ||
		strings.HasSuffix(prev(1), "'s") && prev(2) == "the" && prev(3) == "of" || prev(1) == "total" || prev(1) == ":" && prev(2) == "total":
		return "total" // "51 of the 96 seats", "of the corporation's 96 seats", "Total: 96"
	}
	return ""
}

// findPlaces lists every place of the sentence that a locative sets the
// event in, within reach of the trigger, plus the scene place.
func findPlaces(s *Sentence, m *Mention, spots *entitySpots) []*Entity {
	return findPlacesIn(s, m, scenePlace(s, m, spots), spots)
}

// findPlacesIn is findPlaces with the sentence's scenePlace already read.
func findPlacesIn(s *Sentence, m *Mention, scene *Entity, spots *entitySpots) []*Entity {
	var out []*Entity
	trigClause := clauseOnce{ws: s.Words, i: m.trigIdx}
	add := func(e *Entity) {
		// A mention has a place or three: a look through them is
		// cheaper than the map of keys seen that each call made.
		if e != nil && !slices.ContainsFunc(out, func(o *Entity) bool { return o.Key == e.Key }) {
			out = append(out, e)
		}
	}
	add(m.Place)
	add(scene)
	for k := range s.Entities {
		e := &s.Entities[k]
		if e.Kind != EntPlace && e.Kind != EntName && (e.Kind != EntCountry || e.Demonym) || !visible(s, m, e.Start, e.End) {
			continue
		}
		wi := spots.wordAt(k)
		if d := wi - m.trigIdx; d >= -4 && d <= 14 && (spots.locative(k) || departureClasses[m.Class] && fromBefore(s.Words, wi)) && spots.clause(k) == trigClause.get() {
			if e.Kind == EntName {
				e.Level = unknownPlaceLevel(s, e)
			}
			add(e)
			add(qualifierAfter(s, e))
		}
	}
	return out
}

// qualifierAfter is the region or country that follows a place after a
// comma and says where it lies ("near Pruitt, Alabama", "in Tours,
// France"), or nil. It is a place of the event too: a town the lexicon
// does not know is then known to lie in it.
func qualifierAfter(s *Sentence, e *Entity) *Entity {
	i := wordIndex(s.Words, e.End)
	if i+1 >= len(s.Words) || s.Words[i].Text() != "," {
		return nil
	}
	next := s.Words[i+1].Start()
	for k := range s.Entities {
		q := &s.Entities[k]
		if q.Start != next {
			continue
		}
		if q.Kind == EntCountry && !q.Demonym || q.Kind == EntPlace && q.Level == LevelRegion {
			return q
		}
		return nil
	}
	return nil
}

// figureReaches: a figure belongs to a trigger only within a clause's
// reach, and a length of time only right after it ("sentenced to six
// years", not "who ran the roads for five years, was sentenced").
func figureReaches(s *Sentence, m *Mention, n numbers.Number, wi int) bool {
	d := wi - m.trigIdx
	if d < -10 || d > 12 {
		return false
	}
	switch n.Unit {
	case "year", "month", "week", "day", "hour", "minute":
		return d > 0 && d <= 10
	}
	return d <= 0 || n.Kind != "count" || !subjectOfOwnVerb(s, m, wi)
}

// verbGroupOpeners open the verb group of a clause's own predicate.
var verbGroupOpeners = toSet(`had has have were was are is been`)

// subjectOfOwnVerb: a figure after the trigger that is the subject of a
// verb of its own, "nine people died ... and 58 people had been taken to
// hospital": the 58 were taken, not killed. The figure, its counted noun
// and then an auxiliary that does not lead to the trigger.
func subjectOfOwnVerb(s *Sentence, m *Mention, wi int) bool {
	ws := s.Words
	for j := wi + 1; j < len(ws) && j <= wi+3; j++ {
		if ws[j].Punct() {
			return false
		}
		if verbGroupOpenerSet.has(ws[j].Lower()) {
			return m.trigIdx < j || m.trigIdx > j+3
		}
	}
	return false
}

// definiteBefore: "the quake", "the deadly quake", "this week's talks"
// (a determiner within three words, past adjectives and figures).
func definiteBefore(ws []text.Word, ti int) bool {
	for j := ti - 1; j >= 0 && j >= ti-3; j-- {
		switch lw := ws[j].Lower(); {
		case lw == "the" || lw == "this" || lw == "that" || lw == "its" || lw == "their":
			return true
		case ws[j].Punct() || stopwordSet.has(lw):
			return false
		}
	}
	return false
}

func countAnchors(as []anchor) []anchor {
	var out []anchor
	for _, a := range as {
		if a.mention != nil && countClasses[a.mention.Class] {
			out = append(out, a)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// unknownPlaceLevel: a name the lexicon does not know is a town, or a city
// when the text says so ("the Malawian city of Blantyre").
func unknownPlaceLevel(s *Sentence, e *Entity) string {
	wi := wordIndex(s.Words, e.Start)
	if wi >= 2 && strings.EqualFold(s.Words[wi-1].Text(), "of") {
		switch lw := s.Words[wi-2].Lower(); {
		case lw == "city":
			return LevelCity
		case regionHeads[lw]:
			return LevelRegion // "the island of X", "the province of X"
		}
	}
	if after := wordIndex(s.Words, e.End); after < len(s.Words) && regionHeads[s.Words[after].Lower()] &&
		!s.Words[after].Cap() && s.Words[after].Lower() != "city" {
		return LevelRegion // "in Catanduanes province": an area, which may hold any town
	}
	return LevelTown
}

// priceFor: a money figure and then "for" within a few words after i.
func priceFor(s *Sentence, i int) bool {
	ws := s.Words
	money := false
	for _, n := range s.Numbers {
		if n.Kind == "money" {
			if k := wordIndex(ws, n.Start); k > i && k <= i+4 {
				money = true
			}
		}
	}
	if !money {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+10; j++ {
		if strings.EqualFold(ws[j].Text(), "for") {
			return true
		}
	}
	return false
}

// isNounTrigger: "the takeover", "its acquisition", "Sunday's talks".
func isNounTrigger(ws []text.Word, i int) bool {
	if i == 0 {
		return false
	}
	p := ws[i-1].Lower()
	return determinerSet.has(p) || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
}

// relativeClauseAt returns the index of the ", who" or ", which" that opens
// the relative clause holding word i, or -1 outside one: a date in "X, who
// ran the department between 2014 and 2019, was found guilty" dates the
// clause, not the verdict.
func relativeClauseAt(ws []text.Word, i int) int {
	for j := i; j > 0 && j > i-60; j-- { // a clause is short; bounded so long sentences stay linear
		lw := ws[j].Lower()
		if (lw == "who" || lw == "which") && ws[j-1].Text() == "," {
			return j
		}
		if ws[j].Text() == "," && j < i && !(j+1 < len(ws) && strings.EqualFold(ws[j+1].Text(), "and")) {
			return -1 // ", and killed 84 people" goes on with the same clause
		}
	}
	return -1
}

// commaBetween reports whether a comma stands between word a and the range
// [from, to] of sentence s (nil s: never).
func commaBetween(s *Sentence, a, from, to int) bool { return wordBetween(s, a, from, to, ",") }

// wordBetween reports whether the word w stands between word a and the
// range [from, to] of sentence s (nil s: never).
func wordBetween(s *Sentence, a, from, to int, w string) bool {
	if s == nil {
		return false
	}
	lo, hi := a, from
	if a > to {
		lo, hi = to, a
	}
	for j := lo + 1; j < hi && j < len(s.Words); j++ {
		if strings.EqualFold(s.Words[j].Text(), w) {
			return true
		}
	}
	return false
}

// isPeopleNoun: a participle or "dead" after "the" names people ("the
// wounded", "the dead"), not an event.
func isPeopleNoun(ws []text.Word, i int) bool {
	if i == 0 || !strings.EqualFold(ws[i-1].Text(), "the") {
		return false
	}
	lw := ws[i].Lower()
	if lw == "dead" {
		return true
	}
	if !strings.HasSuffix(lw, "ed") {
		return false
	}
	if i >= 2 {
		if p := ws[i-2].Lower(); p == "of" || p == "among" {
			return true // "two of the wounded died", "among the injured"
		}
	}
	// "the injured were taken", "of the wounded": no object follows
	return i+1 >= len(ws) || ws[i+1].Punct() || beFormSet.has(ws[i+1].Lower()) || stopwordSet.has(ws[i+1].Lower())
}

// isAge: a number set off by commas right after a person's name.
func isAge(s *Sentence, wi int) bool {
	if wi < 2 || s.Words[wi-1].Text() != "," {
		return false
	}
	if wi+1 < len(s.Words) && s.Words[wi+1].Text() != "," && s.Words[wi+1].Text() != "." && s.Words[wi+1].Text() != ";" {
		return false
	}
	e := entityAt(s, wi-2)
	return e != nil && e.Kind == EntPerson
}

// perpetratorIncluded: "Five people are dead, including the gunman": a
// toll that counts the attacker is not the victims' toll.
func perpetratorIncluded(s *Sentence, wi int) bool {
	for j := wi + 1; j+2 < len(s.Words) && j <= wi+8; j++ {
		lw := s.Words[j].Lower()
		if lw == "including" {
			return perpetratorSet.has(s.Words[j+2].Lower()) || perpetratorSet.has(s.Words[j+1].Lower())
		}
		if lw == ";" || lw == "." {
			return false
		}
	}
	return false
}

var perpetrators = toSet(`gunman attacker shooter suspect bomber assailant perpetrator hijacker killer gunmen attackers`)

// ownedThings are the facilities and vehicles whose owner a story turns
// on, with the synonyms folded.
var ownedThings = map[string]string{"plant": "plant", "factory": "plant", "facility": "plant", "unit": "plant",
	"refinery": "refinery", "mine": "mine", "mill": "plant", "warehouse": "warehouse", "train": "train",
	"ship": "ship", "vessel": "ship", "ferry": "ship", "tanker": "ship", "plane": "aircraft", "aircraft": "aircraft",
	"jet": "aircraft", "airliner": "aircraft", "bus": "bus", "drone": "drone", "bridge": "bridge", "dam": "dam",
	"tower": "building", "building": "building", "stadium": "stadium"}

// attachOwnerships reads "the plant of X", "X's plant" and "the factory,
// owned by X" anywhere in the article and gives them to its story.
// lexes are the lexicon entries of each sentence's words and kinds the
// lexicons each sentence's words are in (sentenceLexicons).
func attachOwnerships(d *Doc, main *Mention, lexes [][]lexID, kinds []lexKinds) {
	if main.Sentence == nil {
		return
	}
	for k, s := range d.Sentences {
		if s.Duplicate || s.Headline || kinds[k]&lexOwned == 0 {
			continue // no word of it names an owned thing
		}
		datedKnown, dated := false, false
		for i, id := range lexes[k] {
			thing := id.entry().owned
			if thing == "" {
				continue
			}
			if !datedKnown { // asked only of sentences that name a thing
				dated = hasCalendarDate(s, d.Source.Published) && !sentenceHasMention(d, s)
				datedKnown = true
			}
			if dated && builderOf(s, i) == nil {
				continue // another moment's owner; who built a thing stays who built it
			}
			if o := ownerOfThing(s, i); o != nil && (o.Kind == EntOrg || o.Kind == EntName) {
				main.Ownerships = append(main.Ownerships, Ownership{Thing: thing, Owner: o, Sentence: s})
			}
		}
	}
}

func sentenceHasMention(d *Doc, s *Sentence) bool {
	for _, m := range d.Mentions {
		if m.Sentence == s {
			return true
		}
	}
	return false
}

// ownerOfThing reads the owner of the noun at word i: "of X", ", owned by
// X", "operated by X", or a possessive "X's" before it.
func ownerOfThing(s *Sentence, i int) *Entity {
	ws := s.Words
	if b := builderOf(s, i); b != nil {
		return b
	}
	j := i + 1
	if j < len(ws) && ws[j].Text() == "," {
		j++
	}
	if j < len(ws) {
		switch ws[j].Lower() {
		case "of":
			return entityAt(s, j+1)
		case "owned", "operated", "run":
			if j+2 < len(ws) && strings.EqualFold(ws[j+1].Text(), "by") {
				return entityAt(s, j+2)
			}
		}
	}
	if i+1 < len(ws) && compoundHeadSet.has(ws[i+1].Lower()) {
		return nil // "FIFA's stadium safety rules": the rules are FIFA's, not the stadium
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if e := entityAt(s, k); e != nil {
			if e.Kind == EntOrg && (e.Possessive || e.End == ws[k].End()) {
				return e // "Acme's plant", "the Acme plant"; "the Ulsan plant" is where it is
			}
			return nil
		}
		if apostrophe := ws[k].Text() == "'" || ws[k].Text() == "’"; ws[k].Punct() && !apostrophe || stopwordSet.has(ws[k].Lower()) && ws[k].Lower() != "own" {
			return nil // "the Police Service and the stadium": not a possessor
		}
	}
	return nil
}

// compoundHeads are nouns that a facility word modifies: "the stadium
// management", "the plant manager". The facility is then not what is
// owned.
var compoundHeads = toSet(`management manager managers safety rules rule security staff worker workers operator
operators owner owners director directors gate gates entrance authority authorities official officials driver
drivers captain crew company firm area site capacity roof fence wall project contract deal route service
services line fleet union`)

// peopleNouns are the people a story counts as a whole: on board, on
// shift, in the building.
var peopleNouns = toSet(`passenger worker employee crew member resident student pupil patient soldier
officer victim miner tourist visitor spectator fan pilgrim migrant refugee evacuee family household
runner finisher participant athlete competitor entrant`)

// nounAfterGloss reads the noun after a conversion in brackets: "241
// millimetres (9.5 inches) of rain" measures rain.
func nounAfterGloss(text string, end int) string {
	rest := text[end:min(len(text), end+60)]
	if !strings.HasPrefix(rest, " (") {
		return ""
	}
	close := strings.IndexByte(rest, ')')
	if close < 0 || !strings.HasPrefix(rest[close+1:], " of ") {
		return ""
	}
	w := rest[close+len(") of "):]
	if i := strings.IndexAny(w, " ,.;"); i >= 0 {
		w = w[:i]
	}
	return strings.ToLower(w)
}

// predicateOf finds a count trigger that a figure is the subject of: only
// auxiliaries and the counted noun stand between ("628 had been injured",
// "seven people were killed").
func predicateOf(s *Sentence, as []anchor, to int) *anchor {
	for k := range as {
		a := &as[k]
		if a.mention == nil || !countClasses[a.mention.Class] || a.idx <= to || a.idx > to+4 {
			continue
		}
		ok := true
		for j := to + 1; j < a.idx; j++ {
			if !auxiliarySet.has(s.Words[j].Lower()) {
				ok = false
				break
			}
		}
		if ok {
			return a
		}
	}
	return nil
}

var auxiliaries = toSet(`was were been had have has are is be being people persons others more reportedly also later
still now confirmed feared believed`)

// opensSentence: "In May 2012, ..." or "Last year, ...": the date and at
// most a preposition before it, and a comma after it.
func opensSentence(s *Sentence, t *temporal.Expr) bool {
	wi := wordIndex(s.Words, t.Start)
	if wi > 1 || wi == 1 && !locativeSet.has(s.Words[0].Lower()) {
		return false
	}
	end := wordIndex(s.Words, t.End)
	return end < len(s.Words) && s.Words[end].Text() == ","
}

// startMention reads "the Marlow Fire broke out Sunday": a verb of
// beginning takes its class from the event noun heading its subject.
func startMention(d *Doc, s *Sentence, i int, b *docBuffers) *Mention {
	ws := s.Words
	form, ok := startVerbs[ws[i].Lower()]
	if !ok || !wordsAt(ws, i, form) {
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		lw := strings.ToLower(trimPossessive(ws[j].Text()))
		if ws[j].Punct() {
			return nil
		}
		for _, def := range triggers[lw] {
			if len(def.words) == 1 && !countClasses[def.class] {
				end := ws[i+len(form)-1].End()
				return b.mention(Mention{Doc: d, Sentence: s, Class: def.class, Trigger: d.Source.Text[ws[i].Start():end],
					TriggerStart: ws[i].Start(), TriggerEnd: end, trigIdx: i})
			}
		}
	}
	return nil
}

// releasesDocument: "released a statement", "released figures".
func releasesDocument(ws []text.Word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		if documentNounSet.has(ws[j].Lower()) {
			return true
		}
	}
	return false
}

var documentNouns = toSet(`statement statements report reports figures data results video videos photo photos
list details footage album film study survey findings document documents transcript record records update
recording images guidance plan budget`)

// builderOf reads "the bridge was built in 1971 by X": who built it, for
// things that are built.
func builderOf(s *Sentence, i int) *Entity {
	ws := s.Words
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		switch ws[j].Lower() {
		case "built", "constructed", "designed", "maintained":
			for k := j + 1; k < len(ws) && k <= j+5; k++ {
				if strings.EqualFold(ws[k].Text(), "by") {
					return entityAt(s, k+1)
				}
			}
			return nil
		}
	}
	return nil
}

// financialWithin: a results word within n words from i.
func financialWithin(ws []text.Word, i, n int) bool {
	for j := i; j < len(ws) && j < i+n; j++ {
		if financialNounSet.has(ws[j].Lower()) {
			return true
		}
	}
	return false
}

// nonResults leaves out results events: a company's figures span quarters
// and years, and are not one event's figure.
func nonResults(as []anchor) []anchor {
	if !slices.ContainsFunc(as, isResults) {
		return as // the common case: nothing to leave out, nothing to copy
	}
	var out []anchor
	for _, a := range as {
		if a.mention == nil || a.mention.Class != "results" {
			out = append(out, a)
		}
	}
	return out
}

// isResults: the anchor is a mention of financial results.
func isResults(a anchor) bool { return a.mention != nil && a.mention.Class == "results" }

// nounBefore reads the measured noun that stands before a figure: "net
// profit of €412 million", "Net profit climbed to 412 million euros". A
// noun a period qualifies ("full-year revenue", "annual sales") is another
// period's figure and gives nothing.
func nounBefore(s *Sentence, wi int) string {
	for j := wi - 1; j >= 0 && j >= wi-4; j-- {
		w := s.Words[j]
		lw := w.Lower()
		if figureLinkSet.has(lw) {
			continue
		}
		if w.Punct() || stopwordSet.has(lw) || !isLowerWord(w) && j > 0 {
			return ""
		}
		if j > 0 && periodWordSet.has(s.Words[j-1].Lower()) {
			return ""
		}
		return verbNoun(singular(lw))
	}
	return ""
}

// figureLinks stand between a measured noun and its figure.
var figureLinks = toSet(`of to at was were is stood reached totalled totaled climbed rose fell increased
decreased jumped dropped grew slipped came amounted`)

// periodWords qualify a figure as another period's.
var periodWords = toSet(`full-year annual yearly nine-month half-year first-half nine-months twelve-month
year-ago year-earlier previous prior last`)

func isLowerWord(w text.Word) bool { return !w.Cap() && !w.Punct() }

// otherMoment: a date outside the story's days opens the sentence or stands
// within a few words of the figure ("€367 million a year earlier", "In
// 2019, 164 passengers ...").
func otherMoment(s *Sentence, pub time.Time, n numbers.Number) bool {
	wi := wordIndex(s.Words, n.Start)
	for k := range s.Times {
		t := &s.Times[k]
		ti := wordIndex(s.Words, t.Start)
		near := ti-wi >= -3 && ti-wi <= 6 || opensSentence(s, t) || ti <= 1
		if near && outsideStory(t, pub) {
			return true
		}
	}
	return false
}

// outsideStory: a date that lies outside the days an article reports.
func outsideStory(t *temporal.Expr, pub time.Time) bool {
	if t.Gran == "time" || t.Type == "DURATION" || t.Type == "SET" {
		return false
	}
	if !t.Lo.IsZero() && !pub.IsZero() {
		return t.Hi.Before(pub.AddDate(0, 0, -10)) || t.Lo.After(pub.AddDate(0, 0, 1))
	}
	return t.Year != 0 || t.Month != 0 && !t.HasWeekday
}

// verbNoun turns "demanded" and "demanding" into "demand": a figure after a
// verb is what the verb is about.
func verbNoun(w string) string {
	for _, suf := range []string{"ing", "ed"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// beatsExpectations: "beat forecasts", "beat analysts' expectations".
func beatsExpectations(ws []text.Word, from int) bool {
	for j := from; j < len(ws) && j < from+4; j++ {
		switch strings.ToLower(strings.TrimSuffix(ws[j].Text(), "'")) {
		case "forecast", "forecasts", "expectations", "estimates", "consensus", "analysts", "guidance":
			return true
		}
	}
	return false
}
