package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// Roles: who did it (agent), what it happened to (patient) and whose that
// was (owner), read from the words around the trigger with a few generic
// English patterns: active "X shot down a Y drone", passive "a drone
// belonging to Y was shot down by X", "X lost a drone".

var determiners = toSet(`a an the its his her their our this that these those another mistakenly reportedly
allegedly apparently accidentally also had has have been`)

var subjectPronouns = toSet(`it they he she we`)

func findRoles(src string, s *Sentence, m *Mention) (agent *Entity, patient string, at [2]int, owner *Entity) {
	ws := s.Words
	ti := m.trigIdx
	last := ti
	for last+1 < len(ws) && ws[last+1].End() <= m.TriggerEnd {
		last++
	}
	be := beBefore(ws, ti)
	if be < 0 && last+1 < len(ws) && strings.EqualFold(ws[last+1].Text(), "by") {
		be = ti // "the court, presided by the judge": a passive without "was"
	}
	if be >= 0 {
		// Passive: the patient stands before "was", the agent after "by".
		patient, at, owner = patientBefore(src, s, m, be)
		agent = byAgent(src, s, m, last+1)
		if patient != "" && m.Object == "" {
			m.Object = "noun:" + singular(patient)
		}
		if e := subjectPerson(s, be); e != nil && (m.Object == "" || m.Object == "noun:"+singular(patient)) {
			m.Object = e.Key // "Joaquín Arnau was sentenced", "Arnau himself was", "X, the man who ..., was"
		}
	} else {
		agent = subjectBefore(src, s, m, ti)
		m.Object, m.CountedObject = objectAfter(s, m, last+1)
		patient, at, owner = nounPhraseAfter(src, s, m, last+1)
		if strings.EqualFold(m.Trigger, "lost") {
			if owner == nil {
				owner = agent // "the US lost a drone": the loser owned it
			}
			agent = nil // and did not shoot it down
		}
	}
	if m.Class == "decider" {
		// "Kevin Brennan, who had already equalised, rose to head the
		// winner": the person the sentence is about delivered it.
		agent = personBefore(s, ti)
		m.Object = "decider:" + deciderKinds[ws[ti].Lower()]
		m.CountedObject = false // "the winner three minutes from time" counts minutes, not winners
	}
	if m.Class == "lead" {
		// One role per thing led: "the Mozambican delegation", "the court".
		m.Object = leadRoles[strings.ToLower(m.Trigger)]
		if owner != nil {
			m.Object += ":" + owner.Key
		}
	}
	return agent, patient, at, owner
}

var leadRoles = map[string]string{"led": "lead", "headed": "lead", "presided": "preside", "chaired": "preside",
	"mediated": "mediate", "brokered": "mediate"}

// beBefore returns the index of a form of "be" right before the trigger
// ("was shot down", "were mistakenly lost"), or -1.
func beBefore(ws []text.Word, ti int) int {
	for j := ti - 1; j >= 0 && j >= ti-3; j-- {
		w := ws[j].Lower()
		if beFormSet.has(w) {
			return j
		}
		if !strings.HasSuffix(w, "ly") {
			return -1
		}
	}
	return -1
}

// entityAt returns the entity covering word index wi, if any.
func entityAt(s *Sentence, wi int) *Entity {
	if wi < 0 || wi >= len(s.Words) {
		return nil
	}
	w := s.Words[wi]
	for k := range s.Entities {
		e := &s.Entities[k]
		if e.Start <= w.Start() && w.Start() < e.End {
			return e
		}
	}
	return nil
}

// groupEntity makes an entity of an actor noun ("police", "army").
func groupEntity(w text.Word) *Entity {
	l := strings.ToLower(trimPossessive(w.Text()))
	return &Entity{Kind: "group", Text: w.Text(), Start: w.Start(), End: w.End(), Key: "group:" + singular(l)}
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// subjectBefore finds the agent of an active trigger: the nearest entity or
// actor noun before it in the same clause.
func subjectBefore(src string, s *Sentence, m *Mention, ti int) *Entity {
	for j := ti - 1; j >= 0 && j >= ti-12; j-- {
		w := &s.Words[j] // no copy of the 40-byte word
		if w.Text() == ")" {
			j = openParen(s.Words, j) // "(Nasdaq: ABC)" is an aside, not the subject
			continue
		}
		if w.Punct() && (w.Text() == ";" || w.Text() == "“" || w.Text() == "”" || w.Text() == "\"") {
			break
		}
		if e := entityAt(s, j); e != nil && e.Kind != EntPlace && !e.Aside && visible(s, m, e.Start, e.End) &&
			!locativeBefore(s.Words, j) && !prepositionBefore(s, e) {
			return e
		}
		if actorNounSet.has(lowerTrimmed(w)) { // no lower-cased copy of a capitalised word
			return groupEntity(*w)
		}
		if s.Speaker != "" && subjectPronounSet.has(w.Lower()) {
			// "X said it had ...": the pronoun is the speaker.
			for k := range s.Entities {
				if s.Entities[k].Key == s.Speaker {
					return &s.Entities[k]
				}
			}
		}
	}
	return nil
}

// byAgent finds "by X" after a passive trigger.
func byAgent(src string, s *Sentence, m *Mention, from int) *Entity {
	ws := s.Words
	for j := from; j < len(ws) && j < from+6; j++ {
		if !strings.EqualFold(ws[j].Text(), "by") {
			continue
		}
		// "by the Minister of Foreign Affairs, His Excellency Celso Mabunda":
		// a person named within the by-phrase wins over what comes first.
		var found *Entity
		for k := j + 1; k < len(ws) && k < j+14; k++ {
			lw := ws[k].Lower()
			if ws[k].Text() == ";" || lw == "and" && found != nil || lw == "who" || lw == "which" {
				break
			}
			if found == nil && actorNounSet.has(strings.ToLower(trimPossessive(ws[k].Text()))) {
				return groupEntity(ws[k])
			}
			if e := entityAt(s, k); e != nil {
				if e.Kind == EntPerson {
					return e
				}
				if found == nil && e.Kind != EntPlace || found != nil && countryModifier(found) && e.Kind == EntName {
					found = e // "by Qatar's minister of state Khalid Al-Marri": the person, not the country
				}
			}
		}
		return found
	}
	return nil
}

// countryModifier: a country named as a modifier ("Qatari", "Qatar's")
// rather than as the actor itself.
func countryModifier(e *Entity) bool {
	return e.Kind == EntCountry && (e.Demonym || e.Possessive)
}

// nounPhraseAfter reads the object of an active trigger: its head noun and
// the owner its modifiers name ("a US drone", "Turkey's drone").
func nounPhraseAfter(src string, s *Sentence, m *Mention, from int) (string, [2]int, *Entity) {
	ws := s.Words
	j := from
	for j < len(ws) && (determinerSet.has(ws[j].Lower()) || isQuoteMark(ws[j].Text())) {
		j++
	}
	start := j
	var owner *Entity
	head := -1
	for ; j < len(ws) && j < start+5; j++ {
		w := ws[j]
		if isQuoteMark(w.Text()) {
			continue
		}
		if w.Punct() || stopwordSet.has(w.Lower()) {
			break
		}
		if e := entityAt(s, j); e != nil && e.Kind != EntPlace {
			owner = e
			continue
		}
		head = j
	}
	if head < 0 {
		return "", [2]int{}, nil
	}
	if o := ownerPhrase(s, head+1); o != nil {
		owner = o
	}
	return ws[head].Lower(), [2]int{ws[start].Start(), ws[head].End()}, owner
}

// patientBefore reads the subject of a passive trigger ("a drone allegedly
// belonging to the Italian air force was shot down").
func patientBefore(src string, s *Sentence, m *Mention, be int) (string, [2]int, *Entity) {
	ws := s.Words
	for j := be - 1; j >= 0 && j >= be-10; j-- {
		lw := ws[j].Lower()
		if lw == "belonging" || lw == "owned" || lw == "operated" {
			h := j - 1
			for h >= 0 && strings.HasSuffix(ws[h].Lower(), "ly") {
				h--
			}
			if h >= 0 && !ws[h].Punct() {
				return ws[h].Lower(), [2]int{ws[h].Start(), ws[h].End()}, ownerPhrase(s, j)
			}
		}
	}
	h := be - 1
	if h >= 0 && ws[h].Text() == "," {
		h-- // "The court, presided by ..."
	}
	if who := relativeStart(ws, h); who >= 0 {
		h = who - 2 // "X, who admitted ..., was sentenced": X is the subject
		if e := entityAt(s, h); e != nil && e.Kind == EntPerson {
			m.Object = e.Key
			return ws[h].Lower(), [2]int{e.Start, e.End}, nil
		}
	}
	for j := h; j >= 0 && j >= h-4; j-- {
		if lw := ws[j].Lower(); lw == "at" || lw == "in" || lw == "on" || lw == "of" || lw == "from" {
			h = j - 1 // "Mozambique's delegation at Tuesday's talks was led": the head is before the phrase
			break
		}
		if ws[j].Punct() {
			break
		}
	}
	if h < 0 || ws[h].Punct() {
		return "", [2]int{}, nil
	}
	var owner *Entity
	for j := h - 1; j >= 0 && j >= h-3; j-- {
		if e := entityAt(s, j); e != nil && e.Kind != EntPlace {
			owner = e
			break
		}
		if ws[j].Punct() || stopwordSet.has(ws[j].Lower()) && !determinerSet.has(ws[j].Lower()) {
			break
		}
	}
	return ws[h].Lower(), [2]int{ws[h].Start(), ws[h].End()}, owner
}

// ownerPhrase reads "belonging to X", "owned by X", "operated by X",
// "of X" starting at word j.
func ownerPhrase(s *Sentence, j int) *Entity {
	ws := s.Words
	if j >= len(ws) {
		return nil
	}
	lw := ws[j].Lower()
	switch lw {
	case "belonging", "owned", "operated":
	default:
		return nil
	}
	for k := j + 1; k < len(ws) && k < j+6; k++ {
		if ws[k].Punct() {
			return nil
		}
		if e := entityAt(s, k); e != nil && e.Kind != EntPlace {
			return e
		}
		if actorNounSet.has(ws[k].Lower()) {
			return groupEntity(ws[k])
		}
	}
	return nil
}

func isQuoteMark(w string) bool {
	return w == "\"" || w == "“" || w == "”" || w == "'" || w == "‘" || w == "’"
}

// objectAfter names what an active trigger acts on: the first entity in
// the words after it, else the first content noun; counted is true when a
// figure comes first ("won 51 seats").
func objectAfter(s *Sentence, m *Mention, from int) (key string, counted bool) {
	ws := s.Words
	for j := from; j < len(ws) && j < from+5; j++ {
		w := ws[j]
		lw := w.Lower()
		if w.Punct() && !isQuoteMark(w.Text()) {
			return "", counted
		}
		if w.Text() != "" && w.Text()[0] >= '0' && w.Text()[0] <= '9' || numberWordSet.has(lw) {
			counted = true
			continue
		}
		if e := entityAt(s, j); e != nil && e.Kind != EntPlace {
			return e.Key, counted
		}
		if determinerSet.has(lw) || isQuoteMark(w.Text()) || stopwordSet.has(lw) && lw != "by" {
			continue
		}
		if lw == "by" {
			return "", counted
		}
		return "noun:" + singular(lw), counted
	}
	return "", counted
}

var numberWords = toSet(`one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands`)

// openParen returns the index of the "(" that the ")" at j closes, or j.
func openParen(ws []text.Word, j int) int {
	for k := j - 1; k >= 0 && k >= j-15; k-- {
		if ws[k].Text() == "(" {
			return k
		}
	}
	return j
}

// relativeStart finds ", who ..." or ", which ..." ending at word h: the
// index of "who", or -1.
func relativeStart(ws []text.Word, h int) int {
	for j := h; j > 0 && j >= h-20; j-- {
		lw := ws[j].Lower()
		if (lw == "who" || lw == "which") && ws[j-1].Text() == "," {
			return j
		}
		if beFormSet.has(lw) {
			return -1
		}
	}
	return -1
}

// subjectPerson finds the person a passive is about: right before the
// be-form (past a reflexive "himself"), or opening the sentence before an
// apposition ("Joaquín Arnau, the man who ran ..., was sentenced").
func subjectPerson(s *Sentence, be int) *Entity {
	ws := s.Words
	h := be - 1
	if h >= 0 && reflexiveSet.has(ws[h].Lower()) {
		h--
	}
	if e := entityAt(s, h); e != nil && e.Kind == EntPerson {
		return e
	}
	for j := 0; j < be && j < 8; j++ {
		if ws[j].Text() != "," {
			continue
		}
		if e := entityAt(s, j-1); e != nil && e.Kind == EntPerson {
			for k := j; k < be; k++ {
				if beFormSet.has(ws[k].Lower()) {
					return nil
				}
			}
			return e
		}
		return nil
	}
	return nil
}

var reflexives = toSet(`himself herself itself themselves`)

// prepositionBefore: "running from X to Y": Y is no subject.
func prepositionBefore(s *Sentence, e *Entity) bool {
	wi := wordIndex(s.Words, e.Start)
	if wi == 0 {
		return false
	}
	switch s.Words[wi-1].Lower() {
	case "to", "from", "of", "with", "for", "towards", "between", "than", "via":
		return true
	case "by":
		// "a train operated by X collided": X is whose train it was.
		return wi < 2 || !operatorVerbSet.has(s.Words[wi-2].Lower())
	}
	return false
}

var operatorVerbs = toSet(`operated owned run chartered managed flown driven`)

var deciderKinds = map[string]string{"winner": "winner", "winning": "winner", "equaliser": "equaliser",
	"equalizer": "equaliser", "opener": "opener"}

// personBefore is the nearest person named before word ti, outside any
// quotation the trigger is not in.
func personBefore(s *Sentence, ti int) *Entity {
	var best *Entity
	for k := range s.Entities {
		e := &s.Entities[k]
		if e.Kind == EntPerson && e.End <= s.Words[ti].Start() && !e.Aside && !prepositionBefore(s, e) {
			best = e
		}
	}
	return best
}
