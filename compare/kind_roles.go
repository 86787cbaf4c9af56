package compare

import (
	"fmt"

	"github.com/claimcheck/claimcheck/claims"
)

// roleComparator: who held a role in the event: who led a delegation,
// presided over a court, chaired a meeting or signed an agreement. One role with two different
// named people is a warning: the sources disagree on who took part, though
// a role can be shared.
type roleComparator struct{}

func (roleComparator) Kind() string { return KindParticipants }

func (roleComparator) Compare(g *EventGroup) []Finding {
	var values []slotValue
	for _, m := range g.Mentions {
		if !roleClasses[m.Class] || m.Agent == nil || m.Agent.Kind != claims.EntPerson {
			continue
		}
		values = append(values, entityValue(m, m.Agent, m.Object))
	}
	return conflictFindings(g, KindParticipants, values, func(a, b slotValue) verdict {
		if a.m.Class == "lead" && a.m.Object != b.m.Object || a.m.Agent.Key == b.m.Agent.Key {
			return verdict{compatible: true}
		}
		if a.m.Class == "sign" && (namesSigner(a.m.Doc, b.m.Agent.Key) || namesSigner(b.m.Doc, a.m.Agent.Key)) {
			return verdict{compatible: true} // co-signatories: the other source has this one signing too
		}
		return verdict{severity: Warning, reason: fmt.Sprintf("%s %s in one source, %s in another", a.m.Agent.Text, a.m.Trigger, b.m.Agent.Text)}
	})
}

// roleClasses are the events whose named doers are its participants:
// who led or presided, who signed.
var roleClasses = map[string]bool{"lead": true, "sign": true}

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
