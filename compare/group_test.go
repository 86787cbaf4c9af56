package compare

import (
	"cmp"
	"flag"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/source"
)

var bugs = flag.Bool("bugs", false, "run the cases marked BUG too (they fail until the bug is fixed)")

// skipBug skips a case that states the right behaviour the code does not
// have yet, unless -bugs is given.
func skipBug(t *testing.T, bug string) {
	t.Helper()
	if bug != "" && !*bugs {
		t.Skip("BUG: " + bug)
	}
}

// article extracts a one-story test article: a neutral headline line (so
// the body's first sentence is not taken for the headline) and the body,
// published on pub (zero: undated).
func article(t *testing.T, id string, pub time.Time, body string) *claims.Doc {
	t.Helper()
	text := "Report\n\n" + body + "\n"
	if !pub.IsZero() {
		text = fmt.Sprintf("---\npublished: %s\n---\n", pub.Format("2006-01-02")) + text
	}
	src, err := source.Parse(id, "", []byte(text))
	if err != nil {
		t.Fatalf("source.Parse(%s): %v", id, err)
	}
	return claims.Extract(src)
}

// onlyMention returns the one mention of class in d.
func onlyMention(t *testing.T, d *claims.Doc, class string) *claims.Mention {
	t.Helper()
	var found []*claims.Mention
	for _, m := range d.Mentions {
		if m.Class == class {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s: %d %s mentions, want 1 in %q", d.Source.ID, len(found), class, d.Source.Text)
	}
	return found[0]
}

// doc is one test article of a batch.
type doc struct {
	id   string
	pub  time.Time
	text string
}

func extractAll(t *testing.T, ds []doc) []*claims.Doc {
	t.Helper()
	var out []*claims.Doc
	for _, d := range ds {
		out = append(out, article(t, d.id, d.pub, d.text))
	}
	return out
}

// keyOf returns the key of the entity written text in d.
func keyOf(t *testing.T, d *claims.Doc, text string) string {
	t.Helper()
	var seen []string
	for _, s := range d.Sentences {
		for _, e := range s.Entities {
			if e.Text == text {
				return e.Key
			}
			seen = append(seen, e.Text)
		}
	}
	t.Fatalf("%s: no entity %q among %q", d.Source.ID, text, seen)
	return ""
}

func TestResolveAliases(t *testing.T) {
	cases := []struct {
		name string
		docs []doc
		// in, text: the entity to look at; want: its key after resolution.
		in, text, want string
		bug            string
	}{
		{name: "a surname resolves to the one full name that has it",
			docs: []doc{{id: "a", text: "Foreign Minister Ana Lopes met the envoy on Monday."}, {id: "b", text: "The envoy met Lopes in Geneva."}},
			in:   "b", text: "Lopes", want: "person:ana lopes"},
		{name: "a surname with a title resolves too",
			docs: []doc{{id: "a", text: "Foreign Minister Ana Lopes met the envoy on Monday."}, {id: "b", text: "The envoy was received by Minister Lopes."}},
			in:   "b", text: "Lopes", want: "person:ana lopes"},
		{name: "a surname two full names share stays unresolved",
			docs: []doc{{id: "a", text: "Ana Lopes and Carlos Lopes met the envoy on Monday."}, {id: "b", text: "The envoy met Lopes in Geneva."}},
			in:   "b", text: "Lopes", want: "name:lopes"},
		{name: "a first name and surname resolve to the full double-surname name",
			docs: []doc{{id: "a", text: "Elena Sastre Molina was sentenced to eight years."}, {id: "b", text: "The court sentenced Elena Sastre to eight years."}},
			in:   "b", text: "Elena Sastre", want: "person:elena sastre molina"},
		{name: "the first of a double surname resolves to the full name",
			docs: []doc{{id: "a", text: "Elena Sastre Molina was sentenced to eight years."}, {id: "b", text: "The judge said Sastre had shown no remorse."}},
			in:   "b", text: "Sastre", want: "person:elena sastre molina"},
		{name: "an acronym defined in another source resolves to the organisation",
			docs: []doc{{id: "a", text: "The Nagrik Vikas Aghadi (NVA) won 51 seats."}, {id: "b", text: "The NVA won 45 seats."}},
			in:   "b", text: "NVA", want: "org:nagrik vikas aghadi"},
		{name: "an acronym resolves in its own source too",
			docs: []doc{{id: "a", text: "The Nagrik Vikas Aghadi (NVA) won 51 seats. Later the NVA said it would govern alone."}},
			in:   "a", text: "NVA", want: "org:nagrik vikas aghadi"},
		{name: "the first word of an organisation's name resolves to it",
			docs: []doc{{id: "a", text: "Shares of Acme Robotics AB rose sharply."}, {id: "b", text: "The deal was welcomed by Acme on Monday."}},
			in:   "b", text: "Acme", want: "org:acme robotics"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			docs := extractAll(t, c.docs)
			resolveAliases(docs)
			for _, d := range docs {
				if d.Source.ID == c.in {
					if got := keyOf(t, d, c.text); got != c.want {
						t.Errorf("%q resolves to %s, want %s", c.text, got, c.want)
					}
				}
			}
		})
	}
}

// grouping renders the events of one class as "a:trigger b:trigger", one
// event per element, in the order groupMentions gives them.
func grouping(docs []*claims.Doc, class string) []string {
	var out []string
	for _, g := range groupMentions(docs) {
		if g.Class != class {
			continue
		}
		var ms []string
		for _, m := range g.Mentions {
			ms = append(ms, fmt.Sprintf("%s:%s", m.Source(), m.Trigger))
			if m.Time != nil {
				ms[len(ms)-1] += "@" + m.Time.Text
			}
		}
		out = append(out, strings.Join(ms, " "))
	}
	return out
}

func TestGroupMentions(t *testing.T) {
	nov12 := time.Date(2024, 11, 12, 0, 0, 0, 0, time.UTC)
	nov13 := nov12.AddDate(0, 0, 1)
	cases := []struct {
		name  string
		docs  []doc
		class string
		want  []string
		bug   string
	}{
		{name: "one meeting in two articles is one event",
			docs: []doc{
				{id: "a", pub: nov12, text: "Foreign ministers Ana Lopes and Rui Tembe met in Geneva on Monday."},
				{id: "b", pub: nov12, text: "Ana Lopes and Rui Tembe met on Monday in Geneva to discuss the border."},
			},
			class: "meet", want: []string{"a:met@Monday b:met@Monday"}},
		{name: "one meeting, a surname in one article and the full name in the other",
			docs: []doc{
				{id: "a", pub: nov12, text: "Foreign Minister Ana Lopes met the envoy in Geneva on Monday."},
				{id: "b", pub: nov13, text: "Lopes met the envoy in Geneva, officials said."},
			},
			class: "meet", want: []string{"a:met@Monday b:met"}},
		{name: "a quake of 2012 told as background is another event",
			docs: []doc{
				{id: "a", pub: nov13, text: "A strong earthquake struck Sulawesi on Tuesday.\n\nIn May 2012, a magnitude 7.0 earthquake killed 17 people in the same district."},
				{id: "b", pub: nov13, text: "An earthquake struck Sulawesi on Tuesday morning."},
			},
			class: "quake", want: []string{"a:earthquake@Tuesday b:earthquake@Tuesday morning", "a:earthquake@May 2012"}},
		{name: "two marches in one article in two cities are two events",
			docs: []doc{
				{id: "a", pub: nov12, text: "Supporters of the Green Party marched in Milan on Sunday against the new law.\n\nSupporters of the Green Party also marched in Turin on Sunday."},
				{id: "b", pub: nov12, text: "Supporters of the Green Party marched in Milan on Sunday against the new law."},
			},
			class: "protest", want: []string{"a:marched@Sunday b:marched@Sunday", "a:marched@Sunday"}},
		{name: "one march in two articles that share no name is one event",
			docs: []doc{
				{id: "a", pub: nov12, text: "Crowds marched in Milan on Sunday against the new law."},
				{id: "b", pub: nov12, text: "Large crowds marched through Milan on Sunday against the new law."},
			},
			class: "protest", want: []string{"a:marched@Sunday b:marched@Sunday"}},
		{name: "sentencing one person is not sentencing another",
			docs: []doc{
				{id: "a", pub: nov12, text: "Elena Sastre Molina was sentenced to eight years in prison on Monday."},
				{id: "b", pub: nov12, text: "Joaquin Arnau was sentenced to six years in prison on Monday."},
				{id: "c", pub: nov13, text: "A court in Valencia sentenced Elena Sastre Molina to eight years in prison on Monday."},
			},
			class: "sentence", want: []string{"a:sentenced@Monday c:sentenced@Monday", "b:sentenced@Monday"}},
		{name: "the previous election is not the one reported",
			docs: []doc{
				{id: "a", pub: nov12, text: "The Labour Party won the most seats in the election on Sunday.\n\nTurnout was higher than in the previous election."},
				{id: "b", pub: nov12, text: "The Labour Party came first in the election on Sunday."},
			},
			class: "elect", want: []string{"a:election@Sunday b:election@Sunday", "a:election"}},
		{name: "a planned visit with its own date is not the visit that happened",
			docs: []doc{
				{id: "a", pub: nov12, text: "Inspectors visited the port on Monday.\n\nThey will visit the port again in April."},
				{id: "b", pub: nov12, text: "Inspectors visited the port on Monday."},
			},
			class: "visit", want: []string{"a:visited@Monday b:visited@Monday", "a:visit@April"}},
		{name: "what did not happen is not grouped",
			docs: []doc{
				{id: "a", pub: nov12, text: "Ana Lopes and Rui Tembe met in Geneva on Monday."},
				{id: "b", pub: nov12, text: "Ana Lopes did not meet Rui Tembe on Monday."},
			},
			class: "meet", want: []string{"a:met@Monday"}},
		{name: "a toll set off its article's lead is not another article's placeless toll",
			docs: []doc{
				{id: "a", pub: nov13, text: "A tornado tore through Harlow Springs, Mississippi, late Monday, killing nine people.\n\nLate last month, a tornado near Pruitt, Alabama, destroyed 40 homes."},
				{id: "b", pub: nov13, text: "A tornado struck Mississippi late Monday.\n\nSurveys show 412 homes destroyed."},
			},
			class: "damage", want: []string{"a:destroyed@Late last month", "b:destroyed"}},
		{name: "articles published months apart tell different events",
			docs: []doc{
				{id: "a", pub: nov12, text: "Ana Lopes and Rui Tembe met in Geneva on Monday."},
				{id: "b", pub: nov12.AddDate(0, 3, 0), text: "Ana Lopes and Rui Tembe met in Geneva on Monday."},
			},
			class: "meet", want: []string{"a:met@Monday", "b:met@Monday"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			docs := extractAll(t, c.docs)
			resolveAliases(docs)
			got := grouping(docs, c.class)
			if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
				t.Errorf("events\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestStrongerLinkIsCmpCompare holds strongerLink to the order it
// replaced (cmp.Compare of the scores, reversed, then of the candidate
// order), NaN and signed zeros included.
func TestStrongerLinkIsCmpCompare(t *testing.T) {
	scores := []float64{math.Inf(-1), -2.5, -0.0, 0, 0.3, 1, 1, math.Inf(1), math.NaN()}
	want := func(x, y link) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		return cmp.Compare(x.n, y.n)
	}
	for i, a := range scores {
		for j, b := range scores {
			for _, n := range [][2]int{{0, 1}, {1, 0}, {2, 2}} {
				x, y := link{score: a, n: int32(n[0])}, link{score: b, n: int32(n[1])}
				if got, w := strongerLink(x, y), want(x, y); got != w {
					t.Errorf("scores %d %v and %d %v, n %v: %d, want %d", i, a, j, b, n, got, w)
				}
			}
		}
	}
}
