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
		case strings.HasPrefix(m.Object, "mediate") && namedPerson(m.Agent):
			// a mediator named as a person took part, as a chair does
			people = append(people, entityValue(m, m.Agent, m.Object))
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

// shortForm: one name is the other without its middle names ("Khalid
// Al-Marri", "Khalid bin Saad Al-Marri"): the same first and last word.
func shortForm(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	return strings.EqualFold(fa[0], fb[0]) && strings.EqualFold(fa[len(fa)-1], fb[len(fb)-1])
}

// namedPerson: a person, or a name of two or more words the lexicon does
// not know ("Abdullah Al-Kaabi" after a lower-case title).
func namedPerson(e *claims.Entity) bool {
	return e.Kind == claims.EntPerson || e.Kind == claims.EntName && strings.Contains(e.Text, " ")
}

// judgeRoleHolder: one role, two holders.
func judgeRoleHolder(a, b slotValue) verdict {
	{
		if a.m.Class == "lead" && a.m.Object != b.m.Object || a.m.Agent.Key == b.m.Agent.Key || sameCountry(a.m.Agent, b.m.Agent) || shortForm(a.m.Agent.Text, b.m.Agent.Text) {
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
