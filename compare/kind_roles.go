package compare

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// roleComparator: who held a role in the event: who led a delegation,
// presided over a court, chaired a meeting or signed an agreement. One role with two different
// named people is a warning: the sources disagree on who took part, though
// a role can be shared.
type roleComparator struct{}

func (roleComparator) Kind() string { return KindParticipants }

func (roleComparator) Compare(g *EventGroup) []Finding {
	var people, mediators []slotValue
	for _, m := range g.Mentions {
		if !roleClasses[m.Class] || m.Agent == nil {
			continue
		}
		switch {
		case strings.HasPrefix(m.Object, "mediate") || m.Class == "claim":
			// who mediated, who claimed the attack: attribution
			// A gang or group is often read as a two-word name, so any named
			// doer counts here.
			if m.Agent.Kind != "group" {
				mediators = append(mediators, entityValue(m, m.Agent, m.Class+":"+m.Object))
			}
		case m.Agent.Kind == claims.EntPerson:
			people = append(people, entityValue(m, m.Agent, m.Object))
		}
	}
	// Who mediated is who brought it about: attribution.
	out := conflictFindings(g, KindAttribution, mediators, judgeRoleHolder)
	return append(out, conflictFindings(g, KindParticipants, people, judgeRoleHolder)...)
}

// judgeRoleHolder: one role, two holders.
func judgeRoleHolder(a, b slotValue) verdict {
	{
		if a.m.Class == "lead" && a.m.Object != b.m.Object || a.m.Agent.Key == b.m.Agent.Key || sameCountry(a.m.Agent, b.m.Agent) {
			return verdict{compatible: true}
		}
		if a.m.Class == "sign" && (namesSigner(a.m.Doc, b.m.Agent.Key) || namesSigner(b.m.Doc, a.m.Agent.Key)) {
			return verdict{compatible: true} // co-signatories: the other source has this one signing too
		}
		return verdict{severity: Warning, reason: fmt.Sprintf("%s %s in one source, %s in another", a.m.Agent.Text, a.m.Trigger, b.m.Agent.Text)}
	}
}

// roleClasses are the events whose named doers are its participants:
// who led or presided, who signed.
var roleClasses = map[string]bool{"lead": true, "sign": true, "claim": true}

// namesSigner: some signing in d has the person among its participants.
func namesSigner(d *claims.Doc, key string) bool {
	for _, m := range d.Mentions {
		if m.Class != "sign" {
			continue
		}
		for _, e := range m.Participants {
			if e.Key == key {
				return true
			}
		}
	}
	return false
}

// sameCountry: "Italian" and "the Italian coast guard" name one side.
func sameCountry(a, b *claims.Entity) bool {
	return a.Country != "" && a.Country == b.Country
}
