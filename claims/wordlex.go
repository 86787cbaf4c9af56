package claims

import "github.com/claimcheck/claimcheck/claims/text"

// wordLex is what the per-word lexicons of the hedge and mention stages
// say of one lower-case word: the triggers and start verbs it opens, the
// hedge phrases it opens, whether it is a verb of saying, which owned
// thing it names. Those stages asked five maps about every word of every
// sentence, and nearly every word is in none of them; one table answers
// all five with one lookup
// (one miss for an unknown word), done once per word by lexiconOf.
type wordLex struct {
	triggers []triggerDef // triggers[w]
	start    []string     // startVerbs[w]: the phrase of a "broke out" verb
	hedges   []string     // hedges[w]
	speech   bool         // speechVerbs[w]
	owned    string       // ownedThings[w]: the thing's folded name
}

// wordLexicon merges the lexicons wordLex stands for. It is read-only
// after package initialisation (the maps it is built from are complete
// by then: Go initialises a package variable after those it reads).
var wordLexicon = buildWordLexicon()

func buildWordLexicon() map[string]*wordLex {
	out := map[string]*wordLex{}
	entry := func(w string) *wordLex {
		e := out[w]
		if e == nil {
			e = &wordLex{}
			out[w] = e
		}
		return e
	}
	for w, defs := range triggers {
		entry(w).triggers = defs
	}
	for w, form := range startVerbs {
		entry(w).start = form
	}
	for w, hs := range hedges {
		entry(w).hedges = hs
	}
	for w := range speechVerbs {
		if speechVerbs[w] {
			entry(w).speech = true
		}
	}
	for w, thing := range ownedThings {
		entry(w).owned = thing
	}
	return out
}

// lexiconOf looks each word of ws up in wordLexicon once; a word in no
// lexicon gets nil. The slice is dst's, grown as needed.
func lexiconOf(dst []*wordLex, ws []text.Word) []*wordLex {
	dst = dst[:0]
	for i := range ws {
		dst = append(dst, wordLexicon[ws[i].Lower])
	}
	return dst
}
