package compare

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// participantsComparator: who took part, as sets. A shorter list, or
// "alongside several other officials", is an omission (info, never a
// conflict). Two sources that give one role ("Judge", "Foreign Minister")
// to different named people, where neither source names the other's person
// anywhere, disagree: a warning, since a role can have several holders.
type participantsComparator struct{}

func (participantsComparator) Kind() string { return KindParticipants }

// titledPerson is a named person with a title in one mention.
type titledPerson struct {
	m      *claims.Mention
	e      *claims.Entity
	title  string
	source string
}

func (participantsComparator) Compare(g *EventGroup) []Finding {
	byTitle := map[string][]titledPerson{}
	var titles []string
	for _, m := range g.Mentions {
		for _, e := range m.Participants {
			if e.Kind != claims.EntPerson || e.Title == "" {
				continue
			}
			t := strings.ToLower(strings.TrimSuffix(e.Title, "."))
			if byTitle[t] == nil {
				titles = append(titles, t)
			}
			byTitle[t] = append(byTitle[t], titledPerson{m: m, e: e, title: t, source: m.Source()})
		}
	}
	sort.Strings(titles)
	var out []Finding
	for _, t := range titles {
		if f, ok := roleConflict(g, byTitle[t]); ok {
			out = append(out, f)
		}
	}
	if f, ok := omission(g); ok {
		out = append(out, f)
	}
	return out
}

// roleConflict: one title, two different people, each unknown to the
// other's source.
func roleConflict(g *EventGroup, ps []titledPerson) (Finding, bool) {
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			a, b := ps[i], ps[j]
			if a.source == b.source || a.e.Key == b.e.Key {
				continue
			}
			if docNames(a.m.Doc, b.e.Key) || docNames(b.m.Doc, a.e.Key) {
				continue
			}
			f := Finding{Event: g.ID, Kind: KindParticipants, Severity: Warning,
				Reason: fmt.Sprintf("the %s is %s in one source and %s in the other", a.title, a.e.Text, b.e.Text)}
			for _, p := range []titledPerson{a, b} {
				v := slotValue{m: p.m, value: p.e.Text, normalized: p.e.Key, span: [2]int{p.e.Start, p.e.End}}
				f.Claims = append(f.Claims, v.evidence())
			}
			_, f.Confidence = weigh(Warning, g, f.Claims)
			return f, true
		}
	}
	return Finding{}, false
}

func docNames(d *claims.Doc, key string) bool {
	for _, s := range d.Sentences {
		for _, e := range s.Entities {
			if e.Key == key {
				return true
			}
		}
	}
	return false
}

// omission: one source names people another leaves out.
func omission(g *EventGroup) (Finding, bool) {
	people := map[string]map[string]*claims.Mention{} // source -> person key -> mention
	for _, m := range g.Mentions {
		for _, e := range m.Participants {
			if e.Kind != claims.EntPerson {
				continue
			}
			if people[m.Source()] == nil {
				people[m.Source()] = map[string]*claims.Mention{}
			}
			if _, ok := people[m.Source()][e.Key]; !ok {
				people[m.Source()][e.Key] = m
			}
		}
	}
	if len(people) < 2 {
		return Finding{}, false
	}
	var srcs []string
	for s := range people {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for i := range srcs {
		for j := range srcs {
			a, b := people[srcs[i]], people[srcs[j]]
			if i == j || len(a) <= len(b) || !subset(b, a) {
				continue
			}
			f := Finding{Event: g.ID, Kind: KindParticipants, Severity: Info, Confidence: 0.5,
				Reason: fmt.Sprintf("%s names %d participants, %s only %d: an omission, not a conflict", srcs[i], len(a), srcs[j], len(b))}
			f.Claims = append(f.Claims, personEvidence(a), personEvidence(b))
			return f, true
		}
	}
	return Finding{}, false
}

func subset(small, big map[string]*claims.Mention) bool {
	for k := range small {
		if _, ok := big[k]; !ok {
			return false
		}
	}
	return true
}

// personEvidence shows one source's list of participants.
func personEvidence(ps map[string]*claims.Mention) Evidence {
	var keys []string
	for k := range ps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	m := ps[keys[0]]
	var names []string
	for _, k := range keys {
		names = append(names, strings.TrimPrefix(k, "person:"))
	}
	v := slotValue{m: m, value: strings.Join(names, ", "), normalized: strings.Join(keys, ", "),
		span: [2]int{m.TriggerStart, m.TriggerEnd}}
	return v.evidence()
}
