package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// hedgeStage records how firmly each sentence asserts what it says: hedge
// words ("allegedly", "reportedly", "according to") and attributions
// ("X said", "X denies").
type hedgeStage struct{}

func (hedgeStage) Name() string { return "hedges" }

// hedges are words and phrases that weaken an assertion, keyed by their
// first word; the value lists the whole phrases.
var hedges = map[string][]string{
	"allegedly": {"allegedly"}, "alleged": {"alleged"}, "reportedly": {"reportedly"}, "purportedly": {"purportedly"},
	"apparently": {"apparently"}, "possibly": {"possibly"}, "probably": {"probably"}, "unconfirmed": {"unconfirmed"},
	"suspected": {"suspected"}, "presumably": {"presumably"}, "believed": {"believed"}, "claims": {"claims"},
	"claimed": {"claimed"}, "claim": {"claim"}, "denies": {"denies"}, "denied": {"denied"}, "deny": {"deny"},
	"according": {"according to"}, "may": {"may have"}, "might": {"might"}, "could": {"could have"},
	"unverified": {"unverified"}, "rumoured": {"rumoured"}, "rumored": {"rumored"},
}

// speechVerbs attribute a sentence to a speaker.
var speechVerbs = toSet(`said says say told tweeted wrote stated added announced reported claimed claims
confirmed denied denies insisted noted explained declared according measured estimated estimates recorded
calculated registered`)

func (hedgeStage) Run(d *Doc) { hedgeStage{}.runWith(d, &wordScratch{}) }

// runWith looks the words up into x (sentenceLexicons), where the
// mention stage finds them.
func (hedgeStage) runWith(d *Doc, x *wordScratch) {
	lexes, kinds := sentenceLexicons(d, x)
	for k, s := range d.Sentences {
		if s.Duplicate {
			continue
		}
		// A sentence with no hedge word or no verb of saying has neither
		// (findHedge and speakerIn start only at such words).
		s.Hedge, s.Speaker = "", ""
		if kinds[k]&lexHedge != 0 {
			s.Hedge = findHedge(s.Words, lexes[k])
		}
		if kinds[k]&lexSpeech != 0 {
			s.Speaker = speakerIn(s, lexes[k])
		}
	}
}

func findHedge(words []text.Word, lex []lexID) string {
	for i, id := range lex {
		if id == 0 {
			continue
		}
		for _, h := range id.entry().hedges {
			if phraseAt(words, i, h) {
				return h
			}
		}
	}
	return ""
}

// phraseAt reports whether the words from i on spell phrase.
func phraseAt(words []text.Word, i int, phrase string) bool {
	return wordsAt(words, i, strings.Fields(phrase))
}

// wordsAt is phraseAt for a phrase already split into its words, so that
// lexicon entries kept as word lists are not joined and split again for
// every word of every sentence.
func wordsAt(words []text.Word, i int, phrase []string) bool {
	for _, p := range phrase {
		if i >= len(words) || !strings.EqualFold(words[i].Text(), p) {
			return false
		}
		i++
	}
	return true
}

// findSpeaker returns the key of the one a sentence is attributed to: the
// subject right before a verb of saying outside any quotation ("the
// ministry said", "Smith, a spokesman, said"), or right after it ("said
// Smith"). A common noun there ("officials said") is a group, not the
// nearest name in the sentence.
func findSpeaker(s *Sentence) string { return speakerIn(s, lexiconOf(nil, s.Words)) }

// speakerIn is findSpeaker with the sentence's words already looked up
// (lexiconOf).
func speakerIn(s *Sentence, lex []lexID) string {
	for i := range s.Words { // by index: no copy of each word
		// Most words are in no lexicon (id 0): passed over without
		// reading their (empty) entry.
		if id := lex[i]; id == 0 || !id.entry().speech {
			continue
		}
		w := &s.Words[i]
		if s.quoted(w.Start(), w.End()) || valueParticiple(s.Words, i) {
			continue
		}
		if k := speakerBefore(s, i); k != "" {
			return k
		}
		if i+1 < len(s.Words) {
			j := i + 1
			if strings.EqualFold(s.Words[j].Text(), "the") && j+1 < len(s.Words) {
				j++
			}
			if e := speakerEntity(s, j); e != nil {
				return e.Key
			}
			if e := titledSpeakerAfter(s, j); e != nil {
				return e.Key
			}
		}
	}
	return ""
}

// measureVerbs say what someone measured ("the USGS measured the quake
// at 6.2"), but as participles before "at" they only give a value
// ("peak winds estimated at 170 mph"): the word before is what was
// measured, not who measured it.
var measureVerbs = toSet(`measured estimated recorded calculated registered`)

func valueParticiple(ws []text.Word, i int) bool {
	return measureVerbSet.has(ws[i].Lower()) && i+1 < len(ws) && ws[i+1].Lower() == "at"
}

// speakerBefore reads the subject that ends right before word i, past an
// apposition between commas.
func speakerBefore(s *Sentence, i int) string {
	j := i - 1
	if j >= 0 && s.Words[j].Text() == "," {
		// "Smith, a spokesman, said": skip back over the apposition
		k := j - 1
		for k >= 0 && s.Words[k].Text() != "," && j-k < 8 {
			k--
		}
		if k >= 0 && s.Words[k].Text() == "," {
			j = k - 1
		}
	}
	if j < 0 {
		return ""
	}
	if e := speakerEntity(s, j); e != nil {
		return e.Key
	}
	w := s.Words[j]
	if w.Punct() || stopwordSet.has(w.Lower()) {
		return ""
	}
	return "group:" + strings.ToLower(trimPossessive(w.Text()))
}

// speakerEntity is the entity covering word j, if it can speak.
// titledSpeakerAfter reads a person named after a lower-case job title
// that follows the speech verb: "said finance director Matthias Brandt",
// "said company spokeswoman Ana Ruiz". Titles are a few lower-case words;
// a function word ("said in a statement") ends the search.
func titledSpeakerAfter(s *Sentence, j int) *Entity {
	for k := j; k < len(s.Words) && k < j+4; k++ {
		w := s.Words[k]
		if w.Cap() {
			if e := speakerEntity(s, k); e != nil && e.Kind == EntPerson && k > j {
				return e
			}
			return nil
		}
		if w.Punct() || IsFunctionWord(w.Lower()) {
			return nil
		}
	}
	return nil
}

func speakerEntity(s *Sentence, j int) *Entity {
	if j < 0 || j >= len(s.Words) {
		return nil
	}
	w := s.Words[j]
	for k := range s.Entities {
		e := &s.Entities[k]
		if e.Start <= w.Start() && w.Start() < e.End && e.Kind != EntPlace && !e.Aside && !s.quoted(e.Start, e.End) {
			return e
		}
	}
	return nil
}
