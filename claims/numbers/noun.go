package numbers

import "strings"

// maxNounWords bounds the noun phrase read after a figure: "two unmanned
// aerial aircraft" is as long as counted phrases get in news copy.
const maxNounWords = 4

// nounStop are words that end the noun phrase after a figure: function
// words, auxiliaries and the verbs and predicates that follow a count.
var nounStop = toSet(`a an the and or but nor of in on at to for from by with without within
into onto over under about after before during since until than then as is are was were be
been being am have has had do does did will would shall should can could may might must not no
who whom whose which that this these those what when where while why how it its they them their
there here he she his her we our you your i me my us said says say told according also including
include includes each every all both per via among amid against across through toward towards
near like if so such only just more most less fewer other another same some any many much very
up down out off ago again still yet already last next more than each apiece alone altogether
dead missing injured wounded hurt alive killed died die dies remain remains remained fled flee
left held lost took came went fell rose got made met saw won face faced say reportedly
north south east west northeast northwest southeast southwest northern southern eastern
western away long high wide deep tall old apart inland offshore underground
struck hit shook began begun broke brought built caught drove fought found gave grew knew
meant paid ran sent set shot sank spread stood stole threw took tore wore wrote sold became
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
january february march april june july august september october november december
percent cent per-cent others between behind beyond inside outside ahead`)

// irregularNouns singularize plurals that suffix rules get wrong, and mark
// which invariant or irregular words are plurals.
var irregularNouns = map[string]string{
	"people": "person", "persons": "person", "men": "man", "women": "woman",
	"children": "child", "police": "police", "feet": "foot", "teeth": "tooth",
	"mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
	"knives": "knife", "thieves": "thief", "halves": "half", "leaves": "leaf",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis",
	"series": "series", "species": "species", "news": "news",
	"staff": "staff", "personnel": "personnel", "cattle": "cattle",
	"aircraft": "aircraft", "sheep": "sheep", "fish": "fish", "deer": "deer",
	"heroes": "hero", "tomatoes": "tomato", "potatoes": "potato", "vetoes": "veto",
	"militia": "militia", "data": "data", "media": "media", "criteria": "criterion",
	"phenomena": "phenomenon", "bacteria": "bacterium",
}

// ofDeterminers may sit between "of" and the counted noun ("five of the
// soldiers").
var ofDeterminers = toSet("the these those their its his her our your all")

func toSet(words string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// nounWord is one word of the phrase after a figure: its span and its
// table entry.
type nounWord struct {
	start, end int
	entry      *lexWord
}

// findNoun returns the head noun counted by the figure that ends at i, with
// its span, or ok=false. plural says whether the figure exceeds one, which
// makes the last plural word of the phrase the head ("three police
// officers"); otherwise the last word is. Only the head is lower-cased, so
// the common case allocates nothing.
func (s *scanner) findNoun(i int, plural bool) (noun string, start, end int, ok bool) {
	t := s.t
	if i+1 < len(t) && t[i] == '-' && isLetter(t[i+1]) {
		// The figure counts the word it is hyphenated to: a "12,000-page
		// report" has 12,000 pages, not 12,000 reports.
		we := lettersEnd(t, i+1)
		if we < len(t) && (t[we] == '-' || isDigit(t[we])) {
			return "", 0, 0, false
		}
		lw := lookupWord(t[i+1 : we])
		if lw.in(inNounStop) {
			return "", 0, 0, false
		}
		return singularFold(t[i+1:we], lw), i + 1, we, true
	}
	if i < len(t) && t[i] == '-' { // after a consumed "-strong" and the like
		i++
	}
	var words [maxNounWords]nounWord
	n := 0
	afterOf := false
	for n < maxNounWords {
		ws, we, next, lw := s.wordAfter(i)
		if ws < 0 {
			break
		}
		w := t[ws:we]
		if n == 0 && !afterOf && equalFoldASCII(w, "of") {
			afterOf = true
			i = next
			if ds, de, dn := nextWordAfterSpace(t, i); ds >= 0 {
				if wordIn(t[ds:de], inOfDeterminers) {
					i = dn
				}
			}
			continue
		}
		if lw.in(inNounStop | inNumberWords) {
			break
		}
		if n > 0 && (endsEdLy(w) || len(w) > 5 && equalFoldASCII(w[len(w)-3:], "ing")) {
			break // a verb or adverb after the head: "people killed", "people fleeing"
		}
		words[n] = nounWord{ws, we, lw}
		n++
		i = we
		if skipSpaces(t, we) == we {
			break // punctuation closes the phrase
		}
	}
	if n == 0 || (n == 1 && endsEdLy(t[words[0].start:words[0].end])) {
		return "", 0, 0, false // "12 killed", "3 only"
	}
	head := n - 1
	if plural {
		for k := n - 1; k >= 0; k-- {
			if isPluralEntry(t[words[k].start:words[k].end], words[k].entry) {
				head = k
				break
			}
		}
	}
	w := words[head]
	return singularFold(t[w.start:w.end], w.entry), w.start, w.end, true
}

// nextWordAfterSpace returns the word that starts after at most one run of
// spaces at i: letters with inner hyphens and apostrophes. ws is -1 when
// something else comes first.
func nextWordAfterSpace(t string, i int) (ws, we, next int) {
	j := skipSpaces(t, i)
	if j >= len(t) || !isLetter(t[j]) {
		return -1, 0, 0
	}
	k := lettersEnd(t, j)
	for k+1 < len(t) && (t[k] == '-' || t[k] == '\'') && isLetter(t[k+1]) {
		k = lettersEnd(t, k+1)
	}
	if k < len(t) && (isDigit(t[k]) || (t[k] == '-' && k+1 < len(t) && isDigit(t[k+1]))) {
		return -1, 0, 0 // an identifier such as "A320" or "F-16"
	}
	return j, k, k
}

// endsEdLy reports whether w ends in "ed" or "ly", ignoring case, with at
// least three letters before; it tests the last two bytes rather than a
// list of suffixes, as it did: it is asked of nearly every counted noun
// (about 90 instructions a call in callgrind, a fifth of findNoun's own).
func endsEdLy(w string) bool {
	if len(w) <= 4 {
		return false
	}
	a, b := lower(w[len(w)-2]), lower(w[len(w)-1])
	return a == 'e' && b == 'd' || a == 'l' && b == 'y'
}

// isPluralEntry reports whether a noun in any case looks plural; lw is its
// table entry.
func isPluralEntry(w string, lw *lexWord) bool {
	if lw.in(inIrregularNouns) {
		return isIrregularPlural(w, lw.val().irregular)
	}
	if len(w) < 3 || lower(w[len(w)-1]) != 's' {
		return false
	}
	return !endsWithFold(w, "ss") && !endsWithFold(w, "us") && !endsWithFold(w, "is") && !endsWithFold(w, "'s")
}

func endsWithFold(w, suffix string) bool {
	return len(w) >= len(suffix) && equalFoldASCII(w[len(w)-len(suffix):], suffix)
}

// isIrregularPlural reports whether an irregularNouns entry is a plural:
// it changes in the singular, or is an invariant plural such as "police".
func isIrregularPlural(w, singular string) bool {
	return !equalFoldASCII(w, singular) || wordIn(singular, inInvariantPlurals)
}

var invariantPlurals = toSet("police staff personnel cattle aircraft sheep")

// singularFold is singularEntry of w lower-cased. An irregular noun's
// singular comes from the table, so it is not lower-cased for nothing
// ("people", "police" and "aircraft" head a good share of counted nouns).
func singularFold(w string, lw *lexWord) string {
	if lw.in(inIrregularNouns) {
		return lw.val().irregular
	}
	return singularEntry(strings.ToLower(w), lw)
}

// singularEntry turns a lower-case plural into its singular with simple
// English rules; words that do not look plural come back unchanged. lw is
// w's table entry.
func singularEntry(w string, lw *lexWord) string {
	if lw.in(inIrregularNouns) {
		return lw.val().irregular
	}
	if !isPluralEntry(w, lw) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// rateNouns name what a bare percentage measures when they come before it:
// "turnout was 41.7 percent", "Turnout: 41.7 %", "inflation of 3.2%".
var rateNouns = map[string]bool{
	"turnout": true, "participation": true, "inflation": true, "unemployment": true,
	"growth": true, "approval": true, "interest": true,
}

// rateLinks may stand between such a noun and its percentage.
var rateLinks = map[string]bool{
	"was": true, "is": true, "were": true, "stood": true, "at": true, "of": true,
	"reached": true, "to": true, "rose": true, "fell": true, "hit": true, "final": true,
}

// rateNounBefore returns the rate noun that a percentage starting at i
// measures, read backwards over at most three linking words and the
// punctuation of a label ("Turnout, at 41.7%"), with its span.
func rateNounBefore(t string, i int) (noun string, start, end int, ok bool) {
	for steps := 0; steps < 4; steps++ {
		j := i
		for j > 0 && (t[j-1] == ' ' || t[j-1] == ':' || t[j-1] == ',') {
			j--
		}
		we := j
		for j > 0 && isLetter(t[j-1]) {
			j--
		}
		if j == we {
			return "", 0, 0, false
		}
		w := strings.ToLower(t[j:we])
		if wordIn(w, inRateNouns) {
			return w, j, we, true
		}
		if !wordIn(w, inRateLinks) {
			return "", 0, 0, false
		}
		i = j
	}
	return "", 0, 0, false
}
