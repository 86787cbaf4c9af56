package compare

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// attributionComparator: who did it and whose it was, by resolved entity.
// Only like is compared with like (a country with a country, a person with
// a person): "the general" against "his army" is no contradiction.
type attributionComparator struct{}

func (attributionComparator) Kind() string { return KindAttribution }

// agentClasses are the events whose doer is worth comparing.
var agentClasses = map[string]bool{"shoot": true, "attack": true, "shootdown": true, "win": true, "acquire": true, "crash": true, "decider": true}

// wholeActClasses are events whose trigger names the whole act ("fired
// tear gas", "opened fire"): who did it is compared whatever the sentence
// gives as its object ("at the fans", "to push back the crowd").
var wholeActClasses = map[string]bool{"shoot": true}

func (attributionComparator) Compare(g *EventGroup) []Finding {
	var owners, agents, owned []slotValue
	for _, m := range g.Mentions {
		if o := m.Owner; o != nil && m.Patient != "" {
			owners = append(owners, entityValue(m, o, "owner of the "+m.Patient))
		}
		if a := m.Agent; a != nil && agentClasses[m.Class] && (m.Object != "" || wholeActClasses[m.Class]) && !m.CountedObject {
			agents = append(agents, entityValue(m, a, "agent"))
		}
		for _, o := range m.Ownerships {
			owned = append(owned, slotValue{m: m, value: o.Owner.Text, normalized: "owner of the " + o.Thing + ": " + o.Owner.Key,
				span: [2]int{o.Owner.Start, o.Owner.End}, key: o.Thing + "|" + o.Owner.Key, sentence: o.Sentence, loose: true})
		}
	}
	out := conflictFindings(g, KindAttribution, owners, judgeRole)
	out = append(out, conflictFindings(g, KindAttribution, agents, judgeRole)...)
	return append(out, conflictFindings(g, KindAttribution, owned, judgeOwnership)...)
}

// judgeRole compares two owners of one patient, or two doers of one
// object, like with like.
func judgeRole(a, b slotValue) verdict {
	ea, eb := roleEntity(a), roleEntity(b)
	owners := a.normalizedRole() != "who "+a.m.Trigger
	if owners && a.m.Patient != b.m.Patient || !owners && a.m.Object != b.m.Object && !wholeActClasses[a.m.Class] {
		return verdict{compatible: true} // different things done or owned
	}
	if ea.Key == eb.Key || entityKindClass(ea) != entityKindClass(eb) {
		return verdict{compatible: true}
	}
	return verdict{severity: Conflict, reason: fmt.Sprintf("%s: %s in one source, %s in another", a.normalizedRole(), ea.Text, eb.Text)}
}

// judgeOwnership: one thing, two owners. A warning: a plant may be sold,
// and an article may speak of its former owner.
func judgeOwnership(a, b slotValue) verdict {
	ta, oa, _ := strings.Cut(a.key, "|")
	tb, ob, _ := strings.Cut(b.key, "|")
	if ta != tb || oa == ob {
		return verdict{compatible: true}
	}
	return verdict{severity: Warning, reason: fmt.Sprintf("whose %s: %s in one source, %s in another", ta, a.value, b.value)}
}

func entityValue(m *claims.Mention, e *claims.Entity, role string) slotValue {
	return slotValue{m: m, value: e.Text, normalized: role + ": " + e.Key, span: [2]int{e.Start, e.End}, key: e.Key}
}

func roleEntity(v slotValue) *claims.Entity {
	if v.m.Owner != nil && v.key == v.m.Owner.Key {
		return v.m.Owner
	}
	return v.m.Agent
}

func (v slotValue) normalizedRole() string {
	if v.m.Owner != nil && v.key == v.m.Owner.Key {
		return "owner of the " + v.m.Patient
	}
	return "who " + v.m.Trigger
}

// entityKindClass puts named organisations and unknown names together:
// the tool cannot always tell them apart.
func entityKindClass(e *claims.Entity) string {
	switch e.Kind {
	case claims.EntOrg, claims.EntName:
		return "org"
	}
	return e.Kind
}
