package claims

import "strings"

// placeNameStage corrects two capitalised words taken for a person's name
// ("Mtito Andei") when the article sets something in them: "near Mtito
// Andei", "in Mtito Andei". A person is not somewhere you are near or in,
// so every mention of that name in the article becomes a place, a town
// the lexicon does not know.
type placeNameStage struct{}

func (placeNameStage) Name() string { return "place names" }

// placePreps set what follows them as a place; "at" and "over" also
// follow verbs aimed at people ("shouted at", "argued over").
var placePreps = toSet(`in near outside inside`)

func (placeNameStage) Run(d *Doc) {
	places := map[string]bool{}
	for _, s := range d.Sentences {
		for k := range s.Entities {
			if e := &s.Entities[k]; untitledPerson(e) && placeBefore(s, e) && placeAfter(s, e) {
				places[e.Key] = true
			}
		}
	}
	if len(places) == 0 {
		return
	}
	for _, s := range d.Sentences {
		for k := range s.Entities {
			if e := &s.Entities[k]; untitledPerson(e) && places[e.Key] {
				e.Kind, e.Key, e.Level = EntPlace, "place:"+strings.TrimPrefix(e.Key, "person:"), LevelTown
			}
		}
	}
}

func untitledPerson(e *Entity) bool {
	return e.Kind == EntPerson && e.Title == "" && !e.Possessive
}

// placeBefore: a place preposition stands before the entity, past words
// such as "the town of" ("near Mtito Andei", "in the town of Mtito
// Andei").
func placeBefore(s *Sentence, e *Entity) bool {
	ws := s.Words
	i := wordIndex(ws, e.Start)
	if i >= len(ws) || ws[i].Start() != e.Start {
		return false
	}
	return prepBefore(ws, i, 4, placePrepSet, false)
}

// placeAfter: what follows the name ends it as a place does: punctuation,
// a conjunction or a preposition ("near Mtito Andei, a small town"), not
// a noun it qualifies ("in the Cascade Cup final").
func placeAfter(s *Sentence, e *Entity) bool {
	i := wordIndex(s.Words, e.End)
	if i >= len(s.Words) {
		return true
	}
	w := s.Words[i]
	return w.Punct() || placeFollowers[strings.ToLower(w.Text())]
}

var placeFollowers = toSet(`and or on in at to from where with after before during while when near`)
