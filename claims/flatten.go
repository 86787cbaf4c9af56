package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/numbers"
)

// Flatten lists a document's mentions as one Claim per slot value, for
// `claimcheck claims`.
func Flatten(d *Doc) []Claim {
	var out []Claim
	for _, m := range d.Mentions {
		base := Claim{Source: d.Source.ID, Event: m.Class, Trigger: m.Trigger, Text: m.Text(),
			Line: m.Sentence.Line, Hedge: m.Hedge}
		add := func(kind, value, norm string, start, end int) {
			c := base
			c.Kind, c.Value, c.Normalized, c.Span = kind, value, norm, [2]int{start, end}
			out = append(out, c)
		}
		add("event", m.Trigger, m.Class, m.TriggerStart, m.TriggerEnd)
		if t := m.Time; t != nil {
			add("date", t.Text, t.Value, t.Start, t.End)
		}
		if p := m.Place; p != nil {
			add("location", p.Text, p.Key, p.Start, p.End)
		}
		if len(m.Participants) > 0 {
			var names, keys []string
			for _, e := range m.Participants {
				names, keys = append(names, e.Text), append(keys, e.Key)
			}
			add("participants", strings.Join(names, "; "), strings.Join(keys, "; "), m.Participants[0].Start, m.Participants[len(m.Participants)-1].End)
		}
		if a := m.Agent; a != nil {
			add("agent", a.Text, a.Key, a.Start, a.End)
		}
		if m.Patient != "" {
			add("patient", m.Patient, m.Patient, m.PatientAt[0], m.PatientAt[1])
		}
		if o := m.Owner; o != nil {
			add("owner", o.Text, o.Key, o.Start, o.End)
		}
		for _, n := range m.Counts {
			add("count", n.Text, numberNorm(n.Number), n.Start, n.End)
		}
		for _, n := range m.Quantities {
			add("quantity", n.Text, numberNorm(n.Number), n.Start, n.End)
		}
		for _, o := range m.Ownerships {
			c := base
			c.Kind, c.Value, c.Normalized = "owner", o.Owner.Text, o.Thing+": "+o.Owner.Key
			c.Span, c.Text, c.Line = [2]int{o.Owner.Start, o.Owner.End}, o.Sentence.Text(d.Source), o.Sentence.Line
			out = append(out, c)
		}
	}
	return out
}

func numberNorm(n numbers.Number) string {
	s := strings.TrimSpace(strings.Join([]string{n.Qualifier, n.Unit, n.Noun}, " "))
	return strings.Join(strings.Fields(s), " ")
}
