package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims"
)

// Who said it. Outlets copy a quotation from one statement or one
// conference call; when two of them put the same words in the mouths of
// different people, at most one is right. This check works on a story's
// quotations rather than on its events: a quotation is its own evidence
// that two sentences speak of the same moment.

const (
	// minQuoteWords: shorter quotations ("a tragedy", "no comment") are
	// said by many people.
	minQuoteWords = 5
	// minQuoteOverlap: the share of the shorter quotation's content words
	// the other must have; translations reword a little, different remarks
	// share far less.
	minQuoteOverlap = 0.6
)

// attributedQuote is a quotation in a sentence that names who said it.
// Its mention is made only if the quotation pairs with another
// (quoteMention): most quotations pair with none.
type attributedQuote struct {
	d       *claims.Doc
	s       *claims.Sentence
	speaker *claims.Entity
	words   []string // sorted, each once
}

// quoteMention is the "quote" mention of q, whose agent is the speaker.
func quoteMention(m *claims.Mention, q *attributedQuote) *claims.Mention {
	s, speaker := q.s, q.speaker
	*m = claims.Mention{Doc: q.d, Sentence: s, Class: "quote", Trigger: "said",
		TriggerStart: speaker.Start, TriggerEnd: speaker.End,
		Agent: speaker, Participants: []*claims.Entity{speaker}, Speaker: speaker.Key, Hedge: s.Hedge}
	return m
}

// quoteGroups finds the quotations of a story that two sources attribute
// to different people, as checked groups of class "quote".
func quoteGroups(docs []*claims.Doc) []checkedGroup {
	qsc := quoteScratches.Get().(*quoteScratch)
	defer qsc.release()
	return qsc.groups(docs)
}

// groups is quoteGroups in sc; the scratch is not reset.
func (qsc *quoteScratch) groups(docs []*claims.Doc) []checkedGroup {
	qs := qsc.quotes(docs)
	sets := newDisjointSets(len(qs))
	// The groups (and so the output, in order of each group's first
	// quotation) do not depend on the order of the unions.
	for _, p := range qsc.pairs(qs) {
		sets.union(p[0], p[1])
	}
	return speakerConflicts(qs, sets)
}

// speakerConflicts compares the speakers of each set of quotations of
// one remark, the sets in the order of their first quotation. A quotation
// alone in its set is told by one source, so only the others get a
// mention (from one array for the story).
func speakerConflicts(qs []attributedQuote, sets disjointSets) []checkedGroup {
	size := make([]int32, len(qs)) // by root
	for i := range qs {
		size[sets.find(i)]++
	}
	paired := 0
	for i := range qs {
		if size[sets.find(i)] >= 2 {
			paired++
		}
	}
	if paired == 0 {
		return nil
	}
	mentions := make([]claims.Mention, 0, paired)
	members := map[int][]*claims.Mention{}
	var roots []int
	for i := range qs {
		r := sets.find(i)
		if size[r] < 2 {
			continue
		}
		if members[r] == nil {
			roots = append(roots, r)
		}
		mentions = mentions[:len(mentions)+1]
		members[r] = append(members[r], quoteMention(&mentions[len(mentions)-1], &qs[i]))
	}
	var out []checkedGroup
	for _, r := range roots {
		g := &EventGroup{Class: "quote", Mentions: members[r], Strength: 3}
		if !g.twoSources() {
			continue
		}
		if fs := compareSpeakers(g); len(fs) > 0 {
			out = append(out, checkedGroup{group: g, findings: fs})
		}
	}
	return out
}

// speakerEntity is the person a sentence is attributed to, if any.
func speakerEntity(s *claims.Sentence) *claims.Entity {
	if s.Speaker == "" {
		return nil
	}
	for k := range s.Entities {
		if e := &s.Entities[k]; e.Key == s.Speaker && e.Kind == claims.EntPerson {
			return e
		}
	}
	return nil
}

// quoteWords are the content words of a quotation, lower case, with a
// plural "s" dropped; figures count as words. They are a sorted list,
// each word once: a set per quotation was a map per quotation, and those
// who read them walk them or count their length.
func quoteWords(q string) []string { return appendQuoteWords(nil, q) }

// appendQuoteWords appends q's words (quoteWords) to out.
func appendQuoteWords(out []string, q string) []string {
	start := len(out)
	for rest := q; ; {
		i := indexQuoteRune(rest, true)
		if i < 0 {
			break
		}
		rest = rest[i:]
		j := indexQuoteRune(rest, false)
		if j < 0 {
			j = len(rest)
		}
		w := strings.ToLower(strings.Trim(rest[:j], "-"))
		rest = rest[j:]
		if w == "" || len(w) < 3 && !unicode.IsDigit(rune(w[0])) || claims.IsFunctionWord(w) {
			continue // "" for a run of hyphens ("--"), which read w[0] and panicked before
		}
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			w = w[:len(w)-1]
		}
		out = append(out, w)
	}
	slices.Sort(out[start:])
	return append(out[:start], slices.Compact(out[start:])...)
}

// isQuoteRune: r is part of a quotation's word (letters, digits, hyphens);
// quoteWords splits the quotation on runs of other runes, as
// strings.FieldsFunc would.
func isQuoteRune(r rune) bool  { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
func notQuoteRune(r rune) bool { return !isQuoteRune(r) }

// indexQuoteRune is strings.IndexFunc(s, isQuoteRune) when want is true,
// strings.IndexFunc(s, notQuoteRune) when false: an ASCII byte is looked up
// in asciiQuoteRune instead of decoded and passed to unicode.IsLetter
// through a function value, which was most of splitting a quotation.
func indexQuoteRune(s string, want bool) int {
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if asciiQuoteRune[b] == want {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:]) // RuneError, 1 for a bad byte, as ranging over s gives
		if isQuoteRune(r) == want {
			return i
		}
		i += n
	}
	return -1
}

// asciiQuoteRune is isQuoteRune of each ASCII character.
var asciiQuoteRune = func() (t [utf8.RuneSelf]bool) {
	for b := range t {
		t[b] = isQuoteRune(rune(b))
	}
	return t
}()

// sameQuote reports whether two quotations are one remark: most content
// words of the shorter one are in the other. sameQuotePairs applies the
// rule to all pairs at once (enoughShared); this is its reference.
func sameQuote(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	shared := 0
	for _, w := range a {
		if _, ok := slices.BinarySearch(b, w); ok {
			shared++
		}
	}
	return shared >= minQuoteWords && float64(shared) >= minQuoteOverlap*float64(len(a))
}

// compareSpeakers raises the speakers of one remark that are different
// people.
func compareSpeakers(g *EventGroup) []Finding {
	if oneSpeaker(g.Mentions) {
		return nil // judgeSpeakers finds one key compatible with itself
	}
	return gatheredConflicts(g, KindParticipants, func(values []slotValue) []slotValue {
		for _, m := range g.Mentions {
			e := m.Agent
			values = append(values, slotValue{m: m, value: e.Text, normalized: e.Key, span: [2]int{e.Start, e.End}, key: e.Key})
		}
		slices.SortStableFunc(values, func(a, b slotValue) int { return strings.Compare(a.m.Source(), b.m.Source()) })
		return values
	}, judgeSpeakers)
}

// oneSpeaker: every mention's agent has the same key, as most remarks'
// do.
func oneSpeaker(ms []*claims.Mention) bool {
	for _, m := range ms[1:] {
		if m.Agent.Key != ms[0].Agent.Key {
			return false
		}
	}
	return true
}

// judgeSpeakers: two full names are two people; a bare surname that ends
// the other name may be the same person.
func judgeSpeakers(a, b slotValue) verdict {
	if a.key == b.key || lastWord(nameOf(a.key)) == lastWord(nameOf(b.key)) {
		return verdict{compatible: true}
	}
	return verdict{severity: Warning,
		reason: fmt.Sprintf("the same words are quoted as said by %s and by %s", a.value, b.value)}
}

// nameOf strips an entity key's kind: "person:jane doe" is "jane doe".
func nameOf(key string) string { return key[strings.IndexByte(key, ':')+1:] }
