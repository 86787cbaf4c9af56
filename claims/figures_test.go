package claims

import "testing"

// TestFigureAttachment pins which event a sentence's head counts and dates
// go to: the verb a figure is the subject of (predicateOf), a toll that
// counts the attacker (perpetratorIncluded), ages (isAge), events told
// with a verb of beginning (startMention) and dates an event inherits from
// the sentence's scene (inheritSceneTime) or its antecedent
// (inheritAntecedentTime).
func TestFigureAttachment(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		trigger string
		want    map[string]string // mentionFields, plus "class"
		bug     string
	}{
		{name: "a figure that is the subject of had been injured counts the injured",
			text:    "The quake struck on Tuesday. By Wednesday, 41 people had died and 628 had been injured.",
			trigger: "injured", want: map[string]string{"class": "injure", "counts": "628"}},
		{name: "the first figure of died and injured counts the dead only",
			text:    "The quake struck on Tuesday. By Wednesday, 41 people had died and 628 had been injured.",
			trigger: "died", want: map[string]string{"class": "kill", "counts": "41"}},
		{name: "a figure still missing counts the missing",
			text:    "The quake struck on Tuesday. 41 people were killed and 22 are still missing.",
			trigger: "missing", want: map[string]string{"counts": "22"}},
		{name: "the killed do not take the missing",
			text:    "The quake struck on Tuesday. 41 people were killed and 22 are still missing.",
			trigger: "killed", want: map[string]string{"counts": "41"}},
		{name: "a toll including the gunman is a total with the attacker in it",
			text:    "Five people are dead, including the gunman, after a shooting on Tuesday.",
			trigger: "dead", want: map[string]string{"counts": "Five/part"}},
		{name: "a toll including victims is the toll",
			text:    "The attack killed five people, including two children.",
			trigger: "killed", want: map[string]string{"counts": "five two/part"}},
		{name: "an age set off by commas after a name is no count",
			text:    "Police arrested Jerome Tate, 34, on Tuesday.",
			trigger: "arrested", want: map[string]string{"counts": "-", "time": "Tuesday"}},
		{name: "a count after a name without commas is a count",
			text:    "Police arrested 34 people on Tuesday.",
			trigger: "arrested", want: map[string]string{"counts": "34"}},
		{name: "a named fire that broke out is a fire dated by the verb",
			text:    "The Marlow Fire broke out on Saturday.",
			trigger: "broke out", want: map[string]string{"class": "fire", "time": "Saturday"}},
		{name: "a date opening the sentence dates the killing",
			text:    "In May 2012, a quake killed 17 people.",
			trigger: "killed", want: map[string]string{"time": "May 2012", "counts": "17"}},
		{name: "a killing in a relative clause happened when its antecedent did",
			text:    "The 2012 quake, which killed 17 people, was smaller.",
			trigger: "killed", want: map[string]string{"time": "2012", "counts": "17"}},
		{name: "a release of people is a release",
			text:    "Rebels released 12 hostages on Tuesday.",
			trigger: "released", want: map[string]string{"class": "release", "counts": "12", "time": "Tuesday"}},
		{name: "inmates breaking out of a prison is an escape",
			text:    "Fourteen inmates broke out of the prison early Sunday.",
			trigger: "broke out of", want: map[string]string{"class": "escape", "counts": "Fourteen", "time": "early Sunday"}},
		{name: "an event noun that happened at a time has that time, before a later verb of saying",
			text:    "The escape of eleven detainees from the regional prison happened in the dawn of Saturday, according to information confirmed by the direction of the unit.",
			trigger: "escape", want: map[string]string{"class": "escape", "time": "Saturday"}},
		{name: "a meeting that took place on a day has it",
			text:    "The meeting between the two delegations in the capital took place on Monday, officials confirmed.",
			trigger: "meeting", want: map[string]string{"class": "meet", "time": "Monday"}},
		{name: "a slide burying houses damages them",
			text:    "Mud and rock slid down the slope on Wednesday, burying 17 houses.",
			trigger: "burying", want: map[string]string{"class": "damage", "counts": "17"}},
		{name: "a case confirmed on a day is dated by it",
			text:    "The district's first case, a fisherman, was confirmed on Jan. 14 and the ministry declared an outbreak two days later.",
			trigger: "confirmed", want: map[string]string{"class": "confirm", "time": "Jan. 14"}},
		{name: "a report of third-quarter revenue is a results event",
			text:    "Acme reported third-quarter revenue on Wednesday.",
			trigger: "reported", want: map[string]string{"class": "results", "time": "Wednesday"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			skipBug(t, c.bug)
			m := mentionOf(t, extract(t, pub, c.text), c.trigger)
			got := mentionFields(m)
			got["class"] = m.Class
			checkFields(t, got, c.want)
		})
	}
}

// TestResultsFigures: a company's figures in the sentence that reports its
// results belong to no event (nonResults): they span quarters and years.
// The story may still take one as a loose figure when a noun names it and
// no other period qualifies it.
func TestResultsFigures(t *testing.T) {
	cases := []struct {
		name, text, figure string
		story              string // looseFigures of the story mention
	}{
		{name: "a quarter's revenue goes to no event and, dated by its quarter, not to the story",
			text: "Acme reported third-quarter revenue of €4.1 billion on Wednesday.", figure: "€4.1 billion", story: "-"},
		{name: "net profit goes to no event but to the story",
			text: "Acme reported net profit of €412 million on Wednesday.", figure: "€412 million", story: "€412 million:profit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := extract(t, pub, c.text)
			if m := mentionOf(t, d, "reported"); m.Class != "results" {
				t.Fatalf("reported is a %s mention, want results", m.Class)
			}
			for _, m := range d.Mentions {
				if m.Class == "story" {
					continue
				}
				for _, fs := range [][]Figure{m.Counts, m.Quantities} {
					for _, f := range fs {
						if f.Text == c.figure {
							t.Errorf("%s mention %q holds %s", m.Class, m.Trigger, f.Text)
						}
					}
				}
			}
			if got := looseFigures(storyOf(d)); got != c.story {
				t.Errorf("story figures %q, want %q", got, c.story)
			}
		})
	}
}
