package claims

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/text"
)

// TestLexiconTableFindsEveryKey: the slot table finds every key of
// wordLexicon, with the map's entry, and no word that is not a key; and
// it gives lexiconOf the map's answers for keys and non-keys alike.
func TestLexiconTableFindsEveryKey(t *testing.T) {
	words := []string{"", "a", "the", "said", "x", "killedd", "kille", "Killed", "according to",
		"internationalisation", "ü", "über", "\xff", "12", "unconfirmedly"}
	for k, want := range wordLexicon {
		id := lexiconID(k)
		if id == 0 || lexKeys[id] != k {
			t.Errorf("lexiconID(%q) = %d (%q), want the key's id", k, id, lexKeys[id])
			continue
		}
		if got := id.entry(); !reflect.DeepEqual(*got, *want) {
			t.Errorf("entry of %q = %+v, want %+v", k, *got, *want)
		}
		words = append(words, k, k+"s", k[1:], strings.ToUpper(k), "re"+k)
	}
	for _, w := range words {
		got := lexiconOf(nil, []text.Word{text.NewWord(0, len(w), w, w, false, false)})[0]
		_, isKey := wordLexicon[w]
		if isKey != (got != 0) || isKey && lexKeys[got] != w {
			t.Errorf("lexiconOf(%q) = %d (%q), key: %v", w, got, lexKeys[got], isKey)
		}
	}
	if e := lexID(0).entry(); !reflect.DeepEqual(*e, wordLex{}) {
		t.Errorf("entry 0 = %+v, want empty", *e)
	}
}

// BenchmarkLexiconOf looks up every word of the corpus, whose order the
// branch predictor cannot learn as it learns a repeated paragraph.
func BenchmarkLexiconOf(b *testing.B) {
	srcs, size := corpusSources(b)
	var ws []text.Word
	for _, src := range srcs {
		ws = text.AppendWords(ws, src.Text, 0, len(src.Text))
	}
	b.SetBytes(size)
	var lex []lexID
	for b.Loop() {
		lex = lexiconOf(lex, ws)
	}
}

// TestWordSetsAnswerAsTheirMaps: a wordSet's filter may let a word
// through that is not in the set, never stop one that is.
func TestWordSetsAnswerAsTheirMaps(t *testing.T) {
	sets := []struct {
		name string
		set  *wordSet
		of   map[string]bool
	}{
		{"actorNouns", actorNounSet, actorNouns}, {"speechVerbs", speechVerbSet, speechVerbs},
		{"subjectPronouns", subjectPronounSet, subjectPronouns}, {"placeFillers", placeFillerSet, placeFillers},
		{"determiners", determinerSet, determiners}, {"numberWords", numberWordSet, numberWords},
		{"occurrenceVerbs", occurrenceVerbSet, occurrenceVerbs}, {"locatives", locativeSet, locatives},
		{"fromPrep", fromPrepSet, fromPrep}, {"placePreps", placePrepSet, placePreps},
		{"stopwords", stopwordSet, stopwords}, {"figureLinks", figureLinkSet, figureLinks},
		{"auxiliaries", auxiliarySet, auxiliaries}, {"peopleNouns", peopleNounSet, peopleNouns},
		{"particles", particleSet, particles}, {"objectPronouns", objectPronounSet, objectPronouns},
		{"beForms", beFormSet, beForms}, {"verbGroupOpeners", verbGroupOpenerSet, verbGroupOpeners},
		{"periodWords", periodWordSet, periodWords}, {"documentNouns", documentNounSet, documentNouns},
		{"financialNouns", financialNounSet, financialNouns}, {"mountainNouns", mountainNounSet, mountainNouns},
		{"collapsingNouns", collapsingNounSet, collapsingNouns}, {"objectStops", objectStopSet, objectStops},
		{"structureNouns", structureNounSet, structureNouns}, {"caseNouns", caseNounSet, caseNouns},
		{"aircraftNouns", aircraftNounSet, aircraftNouns}, {"compoundHeads", compoundHeadSet, compoundHeads},
		{"perpetrators", perpetratorSet, perpetrators}, {"reflexives", reflexiveSet, reflexives},
		{"operatorVerbs", operatorVerbSet, operatorVerbs}, {"measureVerbs", measureVerbSet, measureVerbs},
	}
	for _, c := range sets {
		words := []string{"", "a", "the", "x", "\xff", "über", "12"}
		for k := range c.of {
			words = append(words, k, k+"s", k[1:], strings.ToUpper(k), "re"+k)
		}
		for _, w := range words {
			if got, want := c.set.has(w), c.of[w]; got != want {
				t.Errorf("%s.has(%q) = %v, want %v", c.name, w, got, want)
			}
		}
	}
}
