package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

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
type attributedQuote struct {
	m     *claims.Mention // a "quote" mention whose agent is the speaker
	words []string        // sorted, each once
}

// quoteGroups finds the quotations of a story that two sources attribute
// to different people, as checked groups of class "quote".
func quoteGroups(docs []*claims.Doc) []checkedGroup {
	var qs []attributedQuote
	for _, d := range docs {
		qs = append(qs, attributedQuotes(d)...)
	}
	sets := newDisjointSets(len(qs))
	// The groups (and so the output, in order of each group's first
	// quotation) do not depend on the order of the unions.
	for _, p := range sameQuotePairs(qs) {
		sets.union(p[0], p[1])
	}
	members := map[int][]*claims.Mention{}
	var roots []int
	for i := range qs {
		r := sets.find(i)
		if members[r] == nil {
			roots = append(roots, r)
		}
		members[r] = append(members[r], qs[i].m)
	}
	var out []checkedGroup
	for _, r := range roots {
		g := &EventGroup{Class: "quote", Mentions: members[r], Strength: 3}
		if len(g.Sources()) < 2 {
			continue
		}
		if fs := compareSpeakers(g); len(fs) > 0 {
			out = append(out, checkedGroup{group: g, findings: fs})
		}
	}
	return out
}

// attributedQuotes lists the quotations of a document whose sentence names
// a person as the speaker.
func attributedQuotes(d *claims.Doc) []attributedQuote {
	var out []attributedQuote
	text := d.Source.Text
	for _, s := range d.Sentences {
		speaker := speakerEntity(s)
		if speaker == nil {
			continue
		}
		for _, q := range d.Quotes {
			if q.End <= s.Start || q.Start >= s.End {
				continue
			}
			lo, hi := q.Inner(text)
			words := quoteWords(text[lo:hi])
			if len(words) < minQuoteWords {
				continue
			}
			m := &claims.Mention{Doc: d, Sentence: s, Class: "quote", Trigger: "said",
				TriggerStart: speaker.Start, TriggerEnd: speaker.End,
				Agent: speaker, Participants: []*claims.Entity{speaker}, Speaker: speaker.Key, Hedge: s.Hedge}
			out = append(out, attributedQuote{m: m, words: words})
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
func quoteWords(q string) []string {
	var out []string
	for rest := q; ; {
		i := strings.IndexFunc(rest, isQuoteRune)
		if i < 0 {
			break
		}
		rest = rest[i:]
		j := strings.IndexFunc(rest, notQuoteRune)
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
	slices.Sort(out)
	return slices.Compact(out)
}

// isQuoteRune: r is part of a quotation's word (letters, digits, hyphens);
// quoteWords splits the quotation on runs of other runes, as
// strings.FieldsFunc would.
func isQuoteRune(r rune) bool  { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
func notQuoteRune(r rune) bool { return !isQuoteRune(r) }

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
	var values []slotValue
	for _, m := range g.Mentions {
		e := m.Agent
		values = append(values, slotValue{m: m, value: e.Text, normalized: e.Key, span: [2]int{e.Start, e.End}, key: e.Key})
	}
	sort.SliceStable(values, func(i, j int) bool { return values[i].m.Source() < values[j].m.Source() })
	return conflictFindings(g, KindParticipants, values, judgeSpeakers)
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
