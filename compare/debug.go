package compare

import (
	"fmt"
	"io"

	"github.com/claimcheck/claimcheck/claims"
)

// DumpEvents writes how the mentions of a batch were grouped, one event per
// block: a development aid behind `claimcheck claims --events`.
func DumpEvents(w io.Writer, docs []*claims.Doc) error {
	docs, _ = dropDuplicates(docs)
	resolveAliases(docs)
	for i, g := range groupMentions(docs) {
		if _, err := fmt.Fprintf(w, "event %d %s strength %.2f sources %v\n", i+1, g.Class, g.Strength, g.Sources()); err != nil {
			return err
		}
		for _, m := range g.Mentions {
			if _, err := fmt.Fprintln(w, "  "+describeMention(m)); err != nil {
				return err
			}
		}
	}
	return nil
}

func describeMention(m *claims.Mention) string {
	line := fmt.Sprintf("%s:%d %q", m.Source()[:min(3, len(m.Source()))], m.Sentence.Line, m.Trigger)
	if t := m.Time; t != nil {
		line += fmt.Sprintf(" time=%q=%s", t.Text, t.Value)
	}
	if p := m.Place; p != nil {
		line += " place=" + p.Key
	}
	var parts []string
	for _, e := range m.Participants {
		parts = append(parts, e.Key)
	}
	if len(parts) > 0 {
		line += fmt.Sprintf(" parts=%v", parts)
	}
	if m.Agent != nil {
		line += " agent=" + m.Agent.Key
	}
	if m.Patient != "" {
		line += " patient=" + m.Patient
	}
	if m.Object != "" {
		line += " object=" + m.Object
	}
	if m.Owner != nil {
		line += " owner=" + m.Owner.Key
	}
	for _, n := range m.Counts {
		line += fmt.Sprintf(" count=%q[%g,%g]%s", n.Text, n.Lo, n.Hi, n.Noun)
	}
	for _, n := range m.Quantities {
		line += fmt.Sprintf(" qty=%q[%g,%g]%s/%s", n.Text, n.Lo, n.Hi, n.Unit, n.Noun)
	}
	for _, o := range m.Ownerships {
		line += fmt.Sprintf(" owns=%s:%s", o.Thing, o.Owner.Key)
	}
	if m.Hedge != "" {
		line += " hedge=" + m.Hedge
	}
	return line
}
