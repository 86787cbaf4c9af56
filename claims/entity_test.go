package claims

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"

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

// extract runs the pipeline over a test article: a neutral headline line
// (so the body's first sentence is not taken for the headline) and body,
// published on pub (zero: undated).
func extract(t testing.TB, pub time.Time, body string) *Doc {
	t.Helper()
	text := "Report\n\n" + body + "\n"
	if !pub.IsZero() {
		text = fmt.Sprintf("---\npublished: %s\n---\n", pub.Format("2006-01-02")) + text
	}
	src, err := source.Parse("test", "", []byte(text))
	if err != nil {
		t.Fatalf("source.Parse: %v", err)
	}
	return Extract(src)
}

// bodyEntities lists the entities of every sentence but the headline.
func bodyEntities(d *Doc) []Entity {
	var out []Entity
	for _, s := range d.Sentences {
		if !s.Headline {
			out = append(out, s.Entities...)
		}
	}
	return out
}

// describeEntity renders what a test checks of an entity: kind, key, and
// title, level and flags when set.
func describeEntity(e Entity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", e.Kind, e.Key)
	if e.Title != "" {
		fmt.Fprintf(&b, " title=%q", e.Title)
	}
	if e.Level != "" {
		b.WriteString(" level=" + e.Level)
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{e.Demonym, "demonym"}, {e.Possessive, "possessive"}, {e.Capital, "capital"}, {e.Generic, "generic"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	return b.String()
}

func TestFindEntities(t *testing.T) {
	cases := []struct {
		name string
		text string
		// want are entities (as describeEntity renders them) that must be
		// found; not are texts that must not be the text of any entity.
		want []string
		not  []string
		bug  string
	}{
		{name: "abbreviated title before a surname",
			text: "The town was attacked by troops loyal to Gen. Smith.",
			want: []string{`person person:smith title="Gen."`}},
		{name: "abbreviated title before a full name",
			text: "The talks were attended by Gen. Khalifa Haftar.",
			want: []string{`person person:khalifa haftar title="Gen."`}},
		{name: "title before a full name",
			text: "The talks were attended by Ambassador Richard Norland.",
			want: []string{`person person:richard norland title="Ambassador"`}},
		{name: "ambassador to a country before a name",
			text: "The delegation was received by Ambassador to France Jane Doe.",
			want: []string{`person person:jane doe title="Ambassador to France"`},
			bug:  `"Ambassador to France Jane Doe": "to" breaks the run, so Jane Doe gets no title`},
		{name: "honorifics before a name are not the name",
			text: "The talks were mediated by His Excellency Dr. Khalid bin Saad Al-Marri on Monday.",
			want: []string{`name name:khalid bin saad al-marri`},
			not:  []string{"Excellency Dr. Khalid bin Saad Al-Marri"}},
		{name: "a title's field before a name is not the name",
			text: "The talks were mediated by Qatar's Minister of State for Foreign Affairs Khalid Al-Marri.",
			want: []string{`name name:khalid al-marri`},
			not:  []string{"of State for Foreign Affairs Khalid Al-Marri"}},
		{name: "the word a title's for leads to is its field",
			text: "The talks were led by Portugal's Secretary of State for Internationalisation Ines Moura.",
			want: []string{`name name:ines moura`},
			not:  []string{"Internationalisation Ines Moura", "of State for Internationalisation Ines Moura"}},
		{name: "modified portfolio title before a name",
			text: "The delegation was received by Deputy Foreign Minister Rui Tembe.",
			want: []string{`person person:rui tembe title="Deputy Foreign Minister"`}},
		{name: "name particles stay in a person's name",
			text: "The talks were attended by Prime Minister Fayez al Sarraj.",
			want: []string{`person person:fayez al sarraj title="Prime Minister"`}},
		{name: "a title alone names no one",
			text: "The proposal was backed by the Minister for Foreign Affairs.",
			not:  []string{"Minister for Foreign Affairs", "Foreign Affairs", "Minister"}},
		{name: "a legal form is dropped from the key",
			text: "Shares of Acme Robotics AB rose sharply.",
			want: []string{`org org:acme robotics`}},
		{name: "an organisation head makes an organisation",
			text: "The proposal was welcomed by the Nordvik Holdings board.",
			want: []string{`org org:nordvik holdings`}},
		{name: "a numbered gate keeps its number",
			text: "The crush happened at Gate 4 of the stadium.",
			want: []string{`name name:gate 4 level=town`}},
		{name: "a numbered ward keeps its number",
			text: "The count in Ward 14 was delayed.",
			want: []string{`name name:ward 14`}},
		{name: "a transport company named for its coaches",
			text: "A bus run by Safari Star Coaches hit a lorry.",
			want: []string{`org org:safari star coaches`}},
		{name: "a country before an organisation head is not in the key",
			text: "The plan was announced by the U.S. State Department.",
			want: []string{`org org:state department`}},
		{name: "a name defined by its acronym is an organisation",
			text: "The Nagrik Vikas Aghadi (NVA) won 51 seats.",
			want: []string{`org org:nagrik vikas aghadi`, `org org:nva`}},
		{name: "a possessive city before a square is a city and a square",
			text: "Protesters gathered in Bucharest's Victory Square.",
			want: []string{`place place:bucharest level=city possessive capital`, `place place:victory square level=site`}},
		{name: "a demonym stands for its country",
			text: "A drone belonging to the Italian air force was shot down.",
			want: []string{`country country:IT demonym`}},
		{name: "a country named",
			text: "The drone was shot down over Libya.",
			want: []string{`country country:LY level=country`}},
		{name: "a known alias of a city keys to the city",
			text: "The train arrived late in Bombay.",
			want: []string{`place place:mumbai level=city`}},
		{name: "the capital is a generic capital",
			text: "Thousands marched in the capital.",
			want: []string{`place place:the capital level=city capital generic`}},
		{name: "an area with a region head is a region",
			text: "The quake struck Sulawesi Province.",
			want: []string{`place place:sulawesi province level=region`}},
		{name: "an area with a lower-case region head is a region",
			text: "The quake struck Sulawesi province.",
			want: []string{`place place:sulawesi province level=region`},
			bug:  `"Sulawesi province": a lower-case region head is left out, so the area is an unknown name`},
		{name: "unknown words after near in an event sentence are a town",
			text: "The army attacked rebels near Copsa Mica.",
			want: []string{`place place:copsa mica level=town`},
			not:  nil},
		{name: "unknown words after near are a place even with no event",
			text: "Troops clashed with rebels near Copsa Mica, the army said.",
			want: []string{`place place:copsa mica level=town`}},
		{name: "a weekday opening a run is no part of a name",
			text: "On Monday Ambassador Richard Norland met the minister.",
			want: []string{`person person:richard norland title="Ambassador"`},
			not:  []string{"Monday Ambassador", "Monday"}},
		{name: "a count word opening a sentence is no name",
			text: "Thousands of protesters gathered in the square.",
			not:  []string{"Thousands"}},
		{name: "a Title Case line gives no entities",
			text: "Rescue Teams Struggle To Reach Remote Villages After Deadly Quake",
			not:  []string{"Rescue Teams", "Reach Remote Villages", "Deadly Quake", "Rescue", "Villages"}},
		{name: "sentence-initial function words are not names",
			text: "Meanwhile the Red Crescent said it had sent aid.",
			not:  []string{"Meanwhile", "Meanwhile the Red Crescent"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			es := bodyEntities(extract(t, time.Time{}, c.text))
			var got []string
			texts := map[string]bool{}
			for _, e := range es {
				got = append(got, describeEntity(e))
				texts[e.Text] = true
			}
			for _, w := range c.want {
				if !contains(got, w) {
					t.Errorf("missing %s\n got %q", w, got)
				}
			}
			for _, n := range c.not {
				if texts[n] {
					t.Errorf("%q found as an entity; got %q", n, got)
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestEntitySpans: an entity's Text is the source text at its span, with
// a possessive "'s" left out.
func TestEntitySpans(t *testing.T) {
	d := extract(t, time.Time{}, "Protesters gathered in Bucharest's Victory Square as Gen. Khalifa Haftar's forces and Acme Robotics AB staff watched.")
	es := bodyEntities(d)
	if len(es) == 0 {
		t.Fatal("no entities")
	}
	for _, e := range es {
		if e.Start < 0 || e.End > len(d.Source.Text) || e.Start >= e.End {
			t.Errorf("%s: bad span [%d,%d)", e.Key, e.Start, e.End)
			continue
		}
		if got := d.Source.Text[e.Start:e.End]; got != e.Text {
			t.Errorf("%s: text at span %q, Text %q", e.Key, got, e.Text)
		}
	}
}

// TestHeadlineHasNoEntities: the headline is not searched for names, Title
// Case or not.
func TestHeadlineHasNoEntities(t *testing.T) {
	src, err := source.Parse("h", "", []byte("Quake Hits Sulawesi As Rescuers Search For Survivors\n\nAn earthquake struck Sulawesi province on Tuesday, officials said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	d := Extract(src)
	for _, s := range d.Sentences {
		if s.Headline && len(s.Entities) > 0 {
			t.Errorf("headline %q has entities %+v", s.Text(src), s.Entities)
		}
	}
}

// FuzzExtract: any text yields sentences, entities, mentions and figures
// whose spans lie inside the text, and never a panic.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Gen. Smith said the army attacked the town on Monday.",
		"The Nagrik Vikas Aghadi (NVA) won 51 of the 96 seats.",
		"A drone belonging to the Italian air force was shot down by the army near Copsa Mica.",
		"Protesters gathered in Bucharest's Victory Square (",
		"“We met on Monday,” the minister said. 'Who",
		"Ambassador to France Jane Doe's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		src, err := source.Parse("fuzz", "", []byte(body))
		if err != nil {
			return
		}
		d := Extract(src)
		n := len(src.Text)
		inside := func(what string, start, end int) {
			if start < 0 || end > n || start > end {
				t.Fatalf("%s span [%d,%d) outside text of %d bytes", what, start, end, n)
			}
		}
		for _, s := range d.Sentences {
			inside("sentence", s.Start, s.End)
			for _, e := range s.Entities {
				inside("entity", e.Start, e.End)
			}
		}
		for _, m := range d.Mentions {
			inside("trigger", m.TriggerStart, m.TriggerEnd)
			for _, c := range m.Counts {
				inside("count", c.Start, c.End)
				if c.Lo > c.Hi {
					t.Fatalf("count %q range [%g,%g]", c.Text, c.Lo, c.Hi)
				}
			}
			if m.Time != nil {
				inside("time", m.Time.Start, m.Time.End)
			}
		}
		_ = Flatten(d)
	})
}
