package compare

import (
	"cmp"
	"strings"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/temporal"
)

// published is the publication day of the dated test articles: Wednesday
// 13 November 2024, so "Tuesday" is 12 November and "last week" is 4–10
// November.
var published = time.Date(2024, 11, 13, 0, 0, 0, 0, time.UTC)

// phraseDate parses phrase with temporal.Find, as an article published on
// pub (zero: undated) would, and returns the expression whose text is
// want, so that tests compare what the parser really yields.
func phraseDate(t *testing.T, phrase, want string, pub time.Time) *temporal.Expr {
	t.Helper()
	for _, e := range temporal.Find(phrase, temporal.Context{Published: pub}) {
		if e.Text == want {
			return &e
		}
	}
	t.Fatalf("temporal.Find(%q) has no expression %q", phrase, want)
	return nil
}

// dated and undated read a phrase in a dated or an undated article; the
// phrase's whole text is the expression.
func dated(t *testing.T, phrase string) *temporal.Expr {
	return phraseDate(t, "It happened on "+phrase+".", phrase, published)
}

func undated(t *testing.T, phrase string) *temporal.Expr {
	return phraseDate(t, "It happened on "+phrase+".", phrase, time.Time{})
}

func TestCompareDates(t *testing.T) {
	type exprOf func(*testing.T) *temporal.Expr
	d := func(p string) exprOf { return func(t *testing.T) *temporal.Expr { return dated(t, p) } }
	u := func(p string) exprOf { return func(t *testing.T) *temporal.Expr { return undated(t, p) } }
	cases := []struct {
		name                       string
		a, b                       exprOf
		compatible, sameDay, nearM bool
		reason                     string // a part of the reason, when incompatible
	}{
		// A weekday against a full date.
		{name: "undated weekday fits a full date on that weekday", a: u("Tuesday"), b: u("November 12, 2024"), compatible: true},
		{name: "undated weekday clashes with a full date on another weekday", a: u("Monday"), b: u("November 12, 2024"), reason: "is not a Monday"},
		{name: "anchored weekday is the same day as the full date", a: d("Tuesday"), b: d("November 12, 2024"), compatible: true, sameDay: true},
		{name: "anchored weekday a day before the full date differs", a: d("Monday"), b: d("November 12, 2024"), reason: "different days"},
		{name: "weekday against month and day of unknown year cannot be told", a: u("Monday"), b: u("November 12"), compatible: true},
		// Two weekdays.
		{name: "two different undated weekdays clash", a: u("Monday"), b: u("Tuesday"), reason: "a Monday cannot be a Tuesday"},
		{name: "one undated weekday twice is compatible but no single known day", a: u("Tuesday"), b: u("Tuesday"), compatible: true},
		// Days against weeks and months.
		{name: "day inside last week", a: d("last week"), b: d("November 6, 2024"), compatible: true},
		{name: "day after last week", a: d("November 12, 2024"), b: d("last week"), reason: "different days"},
		{name: "day inside this month", a: d("this month"), b: d("November 12, 2024"), compatible: true},
		{name: "day outside the month named", a: d("October"), b: d("November 12, 2024"), reason: "different days"},
		{name: "a year against a day in another year", a: d("2012"), b: d("November 12, 2024"), reason: "different days"},
		// Month and day of unknown year against a full date.
		{name: "month and day of unknown year fits the full date", a: u("November 12"), b: u("November 12, 2024"), compatible: true},
		{name: "month and day of unknown year a day off clashes", a: u("November 11"), b: u("November 12, 2024"), reason: "is not 11 November"},
		{name: "two month-and-day dates of unknown year that agree", a: u("November 12"), b: u("12 November"), compatible: true, sameDay: true},
		{name: "two month-and-day dates of unknown year that differ", a: u("November 12"), b: u("November 14"), reason: "the two dates differ"},
		// One day apart, with and without a time of day.
		{name: "late Monday against Tuesday is a near miss", a: d("late Monday"), b: d("Tuesday"), nearM: true, reason: "different days"},
		{name: "Monday against Tuesday with no time of day is no near miss", a: d("Monday"), b: d("Tuesday"), reason: "different days"},
		{name: "late Sunday against Tuesday is two days apart, no near miss", a: d("late Sunday"), b: d("Tuesday"), reason: "different days"},
		// A zone moves late hours into the next day and early ones into the
		// previous day, never a morning into the next day.
		{name: "Monday morning against Tuesday is no near miss", a: d("Monday morning"), b: d("Tuesday"), reason: "different days"},
		{name: "Monday against Tuesday morning is a near miss", a: d("Monday"), b: d("Tuesday morning"), nearM: true, reason: "different days"},
		{name: "Tuesday against late Monday is a near miss", a: d("Tuesday"), b: d("late Monday"), nearM: true, reason: "different days"},
		// A weekday written next to a date it is not is ignored: the date wins.
		{name: "mismatched weekday ignored against the same date", a: u("Wednesday, November 12, 2024"), b: u("November 12, 2024"), compatible: true, sameDay: true},
		{name: "mismatched weekday does not clash with a weekday the date is", a: u("Wednesday, November 12, 2024"), b: u("Tuesday"), compatible: true},
		// Expressions that pin no day compare with anything.
		{name: "relative date in an undated article pins nothing", a: u("yesterday"), b: u("November 12, 2024"), compatible: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := c.a(t), c.b(t)
			v := compareDates(a, b)
			if v.compatible != c.compatible || v.sameDay != c.sameDay || v.nearMiss != c.nearM {
				t.Errorf("compareDates(%q, %q) = %+v, want compatible=%v sameDay=%v nearMiss=%v", a.Text, b.Text, v, c.compatible, c.sameDay, c.nearM)
			}
			if !c.compatible && !strings.Contains(v.reason, c.reason) {
				t.Errorf("compareDates(%q, %q) reason %q, want it to contain %q", a.Text, b.Text, v.reason, c.reason)
			}
			// Grouping's verdict, without the reason, is the same verdict.
			if w := compareConstrained(a, b, constraintOf(a), constraintOf(b), false); w.compatible != v.compatible || w.sameDay != v.sameDay || w.nearMiss != v.nearMiss {
				t.Errorf("compareConstrained(%q, %q) without reason = %+v, want %+v", a.Text, b.Text, w, v)
			}
			// The verdict does not depend on the order of the two.
			if w := compareDates(b, a); w.compatible != v.compatible || w.sameDay != v.sameDay || w.nearMiss != v.nearMiss {
				t.Errorf("compareDates(%q, %q) = %+v, but the other way round %+v", b.Text, a.Text, w, v)
			}
		})
	}
}

func TestDatesApart(t *testing.T) {
	type exprOf func(*testing.T) *temporal.Expr
	d := func(p string) exprOf { return func(t *testing.T) *temporal.Expr { return dated(t, p) } }
	u := func(p string) exprOf { return func(t *testing.T) *temporal.Expr { return undated(t, p) } }
	cases := []struct {
		name string
		a, b exprOf
		want int
	}{
		{name: "same full date", a: d("November 12, 2024"), b: d("November 12, 2024"), want: 0},
		{name: "eight days apart", a: d("November 12, 2024"), b: d("November 20, 2024"), want: 8},
		{name: "anchored weekday and a full date", a: d("Monday"), b: d("November 12, 2024"), want: 1},
		{name: "a day two days after last week ended", a: d("last week"), b: d("November 12, 2024"), want: 2},
		{name: "a day inside the month is no distance", a: d("this month"), b: d("November 12, 2024"), want: 0},
		{name: "twelve years back", a: d("2012"), b: d("November 12, 2024"), want: 4334},
		{name: "month and day of unknown year against a full date", a: u("November 5"), b: u("November 12, 2024"), want: 7},
		{name: "month and day of unknown year the short way round the new year", a: u("December 30"), b: u("January 2"), want: 3},
		{name: "undated weekday against a date cannot be told", a: u("Monday"), b: u("November 12, 2024"), want: 0},
		{name: "two undated weekdays cannot be told", a: u("Monday"), b: u("Friday"), want: 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b := c.a(t), c.b(t)
			if got := datesApart(a, b); got != c.want {
				t.Errorf("datesApart(%q, %q) = %d, want %d", a.Text, b.Text, got, c.want)
			}
			if got := datesApart(b, a); got != c.want {
				t.Errorf("datesApart(%q, %q) = %d, want %d (symmetric)", b.Text, a.Text, got, c.want)
			}
		})
	}
}

// TestDateComparatorSeverity: a near miss is only info, a clash of days
// a conflict, and a clock time whose day is only the publication day's is
// not compared at all.
func TestDateComparatorSeverity(t *testing.T) {
	cases := []struct {
		name  string
		a, b  string // one-sentence articles published on 13 November 2024
		want  string // severity of the one date finding, "" for none
		class string // the mentions' class, "attack" when empty
	}{
		{name: "late Monday against Tuesday is info", a: "Fighters attacked the base late Monday.", b: "Fighters attacked the base on Tuesday.", want: "info"},
		{name: "Monday against Friday is a conflict", a: "Fighters attacked the base on Monday.", b: "Fighters attacked the base on November 8, 2024.", want: "conflict"},
		{name: "weekday agreeing with a date gives nothing", a: "Fighters attacked the base on Tuesday.", b: "Fighters attacked the base on November 12, 2024.", want: ""},
		{name: "clock time anchored only to publication is not compared", a: "Fighters attacked the base at 10 p.m.", b: "Fighters attacked the base on November 8, 2024.", want: ""},
		// Missing is a state: seen on Monday and on Friday, it is one state.
		{name: "missing on two days is one state", a: "One woman was still missing late Monday.", b: "One woman was missing on November 8, 2024.", want: "", class: "missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			class := cmp.Or(c.class, "attack")
			ma := onlyMention(t, article(t, "a", published, c.a), class)
			mb := onlyMention(t, article(t, "b", published, c.b), class)
			fs := dateComparator{}.Compare(&EventGroup{ID: "e1", Mentions: []*claims.Mention{ma, mb}, Strength: 3})
			got := ""
			if len(fs) > 1 {
				t.Fatalf("%d findings, want at most one: %+v", len(fs), fs)
			}
			if len(fs) == 1 {
				got = fs[0].Severity.String()
			}
			if got != c.want {
				t.Errorf("severity %q, want %q (findings %+v)", got, c.want, fs)
			}
		})
	}
}

// TestTimeOfDayNamesNoDay: a time of day without a day word took its day
// from the publication date; it says nothing about the event's day.
func TestTimeOfDayNamesNoDay(t *testing.T) {
	cases := []struct {
		phrase, text string
		compatible   bool
	}{
		{"They gathered in the square from early afternoon.", "early afternoon", true},
		{"The crash happened at 3 p.m.", "3 p.m.", true},
		{"The crash happened at 3 p.m. today.", "3 p.m. today", false},
		{"The crash happened this morning.", "this morning", false},
	}
	tuesday := phraseDate(t, "It happened on Tuesday.", "Tuesday", published) // the day before publication
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			e := phraseDate(t, c.phrase, c.text, published)
			if got := compareDates(e, tuesday).compatible; got != c.compatible {
				t.Errorf("%q (%s) against Tuesday: compatible %v, want %v", c.text, e.Value, got, c.compatible)
			}
		})
	}
}
