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

func (hedgeStage) Run(d *Doc) {
	for _, s := range d.Sentences {
		if s.Duplicate {
			continue
		}
		s.Hedge = findHedge(s.Words, s)
		s.Speaker = findSpeaker(s)
	}
}

func findHedge(words []text.Word, s *Sentence) string {
	for i, w := range words {
		for _, h := range hedges[strings.ToLower(w.Text)] {
			if phraseAt(words, i, h) {
				return h
			}
		}
	}
	return ""
}

// phraseAt reports whether the words from i on spell phrase.
func phraseAt(words []text.Word, i int, phrase string) bool {
	for _, p := range strings.Fields(phrase) {
		if i >= len(words) || !strings.EqualFold(words[i].Text, p) {
			return false
		}
		i++
	}
	return true
}

// findSpeaker returns the key of the entity next to a speech verb outside
// any quotation: "Smith said", "said Smith", "according to Smith".
func findSpeaker(s *Sentence) string {
	for i, w := range s.Words {
		if !speechVerbs[strings.ToLower(w.Text)] || s.quoted(w.Start, w.End) {
			continue
		}
		best, bestDist := "", 1<<30
		for _, e := range s.Entities {
			if s.quoted(e.Start, e.End) || e.Kind == EntPlace || e.Aside {
				continue
			}
			dist := w.Start - e.End
			if e.Start > w.End {
				dist = e.Start - w.End
			}
			if dist >= 0 && dist < bestDist && dist < 60 {
				best, bestDist = e.Key, dist
			}
		}
		if best != "" {
			_ = i
			return best
		}
	}
	return ""
}
