package compare

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims/temporal"
)

// dateVerdict is what comparing two date expressions found.
type dateVerdict struct {
	compatible bool
	sameDay    bool // both pin the same single day
	// nearMiss: one day apart where a time of day or zone is written, so a
	// time-zone difference may explain it ("late Monday" ET is Tuesday in
	// Asia).
	nearMiss bool
	reason   string
}

const day = 24 * time.Hour

// dayConstraint is the set of calendar days an expression allows.
type dayConstraint struct {
	lo, hi     time.Time // inclusive; zero when unbounded
	month, day int       // year unknown: month and day of month
	weekday    time.Weekday
	hasWeekday bool
}

func constraintOf(e *temporal.Expr) dayConstraint {
	if dayOnlyImplied(e) {
		return dayConstraint{}
	}
	c := dayConstraint{lo: e.Lo, hi: e.Hi, weekday: e.Weekday, hasWeekday: e.HasWeekday && !e.WeekdayMismatch}
	if c.lo.IsZero() && e.Month > 0 && e.Day > 0 {
		c.month, c.day = e.Month, e.Day
	}
	return c
}

// dayOnlyImplied: a time of day that names no day ("from early
// afternoon", "at 3 p.m.") and took its day from the publication date. The
// normalizer gives it that day, as TimeML does, but an article published
// on Sunday about Saturday's rally gathers "from early afternoon" on
// Saturday: for comparing, such a time says nothing about the day.
func dayOnlyImplied(e *temporal.Expr) bool {
	if e.Type != "TIME" || e.Anchor != "publication" || e.HasWeekday {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Text)) {
		if dayWords[strings.Trim(w, ".,")] {
			return false
		}
	}
	return true
}

// dayWords name a day relative to the publication.
var dayWords = map[string]bool{"today": true, "tonight": true, "yesterday": true, "tomorrow": true,
	"this": true, "last": true, "next": true, "overnight": true}

func (c dayConstraint) bounded() bool { return !c.lo.IsZero() && !c.hi.IsZero() }

func (c dayConstraint) allows(t time.Time) bool {
	if c.bounded() && (t.Before(c.lo) || t.After(c.hi)) {
		return false
	}
	if c.month > 0 && (int(t.Month()) != c.month || t.Day() != c.day) {
		return false
	}
	return !c.hasWeekday || t.Weekday() == c.weekday
}

// isDated reports whether an expression constrains the day at all.
func isDated(e *temporal.Expr) bool { return constraintOf(e).dated() }

// dated: the constraint constrains the day at all.
func (c dayConstraint) dated() bool { return c.bounded() || c.month > 0 || c.hasWeekday }

// compareDates decides whether two date expressions can denote the same day.
func compareDates(a, b *temporal.Expr) dateVerdict {
	return compareConstrained(a, b, constraintOf(a), constraintOf(b), true)
}

// compareConstrained is compareDates given the expressions' constraints
// (grouping works them out once per mention, not for every pair), with
// the reason written only when why is set: grouping reads the verdict of
// every pair and never its reason, and formatting the days was most of an
// incompatible pair's cost.
func compareConstrained(a, b *temporal.Expr, ca, cb dayConstraint, why bool) dateVerdict {
	if !ca.dated() || !cb.dated() {
		return dateVerdict{compatible: true}
	}
	switch {
	case ca.bounded() && cb.bounded():
		return compareBounded(a, b, ca, cb, why)
	case ca.bounded():
		return compareOneBounded(ca, cb, why)
	case cb.bounded():
		return compareOneBounded(cb, ca, why)
	}
	// Neither is on the calendar: compare what is written.
	if ca.hasWeekday && cb.hasWeekday && ca.weekday != cb.weekday {
		v := dateVerdict{}
		if why {
			v.reason = fmt.Sprintf("a %s cannot be a %s", ca.weekday, cb.weekday)
		}
		return v
	}
	if ca.month > 0 && cb.month > 0 && (ca.month != cb.month || ca.day != cb.day) {
		return dateVerdict{reason: "the two dates differ"}
	}
	same := ca.hasWeekday == cb.hasWeekday && ca.month == cb.month && ca.day == cb.day && (ca.month > 0 || ca.hasWeekday)
	return dateVerdict{compatible: true, sameDay: same && ca.month > 0}
}

func compareBounded(a, b *temporal.Expr, ca, cb dayConstraint, why bool) dateVerdict {
	lo, hi := maxTime(ca.lo, cb.lo), minTime(ca.hi, cb.hi)
	if someDayAllowed(lo, hi, ca, cb) {
		single := ca.lo.Equal(ca.hi) && cb.lo.Equal(cb.hi)
		return dateVerdict{compatible: true, sameDay: single}
	}
	v := dateVerdict{}
	if why {
		v.reason = fmt.Sprintf("%s and %s are different days", describe(ca), describe(cb))
	}
	if gapDays(ca, cb) <= 1 && zoneCanShift(a, b, ca, cb) {
		v.nearMiss = true
	}
	return v
}

// zoneCanShift: could a time-zone difference carry one of two expressions
// a day apart onto the other's day? Only forwards from late in the earlier
// day ("late Monday" in New York is Tuesday in Europe) or backwards from
// early in the later day; "Monday morning" never reaches Tuesday.
func zoneCanShift(a, b *temporal.Expr, ca, cb dayConstraint) bool {
	if cb.hi.Before(ca.lo) {
		a, b = b, a
	}
	return lateInDay(a) || earlyInDay(b)
}

// compareOneBounded: a calendar range against a weekday or a month and day
// of unknown year.
func compareOneBounded(bounded, free dayConstraint, why bool) dateVerdict {
	if bounded.hi.Sub(bounded.lo) > 400*day {
		return dateVerdict{compatible: true}
	}
	if someDayAllowed(bounded.lo, bounded.hi, bounded, free) {
		return dateVerdict{compatible: true}
	}
	if !why {
		return dateVerdict{}
	}
	return dateVerdict{reason: fmt.Sprintf("%s is not %s", describe(bounded), describe(free))}
}

// someDayAllowed: one of the days lo, lo+24h, ... up to hi is allowed by
// both constraints. When the days are UTC, within the bounds of both, and
// fewer than maxSteppedDays, it steps the calendar date itself (month,
// day, weekday) instead of asking time.Time for them every day: a year's
// range against a weekday or a month and day walked up to 400 days, and
// was most of what comparing two dates cost.
func someDayAllowed(lo, hi time.Time, ca, cb dayConstraint) bool {
	if !steppable(lo, hi, ca, cb) {
		return someDayAllowedByTime(lo, hi, ca, cb)
	}
	if hi.Before(lo) {
		return false
	}
	y, m, d := lo.Date()
	wd := lo.Weekday()
	for range int(hi.Sub(lo)/day) + 1 {
		if ca.allowsDate(m, d, wd) && cb.allowsDate(m, d, wd) {
			return true
		}
		d, wd = d+1, (wd+1)%7
		if d > daysInMonth(y, m) {
			d, m = 1, m+1
			if m > time.December {
				m, y = time.January, y+1
			}
		}
	}
	return false
}

// maxSteppedDays bounds the days someDayAllowed steps itself, well below
// where time.Time.Sub saturates.
const maxSteppedDays = 100_000

// steppable: lo..hi lies within both constraints' bounds (so allows
// reduces to allowsDate), both are UTC without a monotonic reading, and
// the span is short enough to count in days.
func steppable(lo, hi time.Time, ca, cb dayConstraint) bool {
	return lo.Location() == time.UTC && hi.Location() == time.UTC && lo == lo.Round(0) && hi == hi.Round(0) &&
		within(lo, hi, ca) && within(lo, hi, cb) && hi.Sub(lo) < maxSteppedDays*day
}

// within: lo..hi lies within c's bounds, if it has any.
func within(lo, hi time.Time, c dayConstraint) bool {
	return !c.bounded() || !lo.Before(c.lo) && !hi.After(c.hi)
}

// someDayAllowedByTime is someDayAllowed asking time.Time for each day.
func someDayAllowedByTime(lo, hi time.Time, ca, cb dayConstraint) bool {
	for t := lo; !t.After(hi); t = t.Add(day) {
		if ca.allows(t) && cb.allows(t) {
			return true
		}
	}
	return false
}

// allowsDate is allows for a day within c's bounds, given its date.
func (c dayConstraint) allowsDate(m time.Month, d int, wd time.Weekday) bool {
	if c.month > 0 && (int(m) != c.month || d != c.day) {
		return false
	}
	return !c.hasWeekday || wd == c.weekday
}

// daysInMonth is the length of month m of year y (proleptic Gregorian, as
// time.Time counts).
func daysInMonth(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// describe renders a constraint for a reason sentence.
func describe(c dayConstraint) string {
	switch {
	case c.bounded() && c.lo.Equal(c.hi):
		return c.lo.Format("Monday 2 January 2006")
	case c.bounded():
		return c.lo.Format("2 Jan 2006") + "–" + c.hi.Format("2 Jan 2006")
	case c.month > 0 && c.hasWeekday:
		return fmt.Sprintf("%s %d %s", c.weekday, c.day, time.Month(c.month))
	case c.month > 0:
		return fmt.Sprintf("%d %s", c.day, time.Month(c.month))
	case c.hasWeekday:
		return "a " + c.weekday.String()
	}
	return "an unknown day"
}

func gapDays(a, b dayConstraint) int {
	if a.hi.Before(b.lo) {
		return int(b.lo.Sub(a.hi) / day)
	}
	if b.hi.Before(a.lo) {
		return int(a.lo.Sub(b.hi) / day)
	}
	return 0
}

// datesApart is the least number of days between two expressions' days, 0
// when it cannot be told. Month-and-day pairs of unknown year count the
// shortest way round the calendar.
func datesApart(a, b *temporal.Expr) int { return constraintsApart(constraintOf(a), constraintOf(b)) }

// constraintsApart is datesApart given the expressions' constraints.
func constraintsApart(ca, cb dayConstraint) int {
	if ca.bounded() && cb.bounded() {
		return gapDays(ca, cb)
	}
	ma, da := monthDay(ca)
	mb, db := monthDay(cb)
	if ma == 0 || mb == 0 {
		return 0
	}
	x := time.Date(2001, time.Month(ma), da, 0, 0, 0, 0, time.UTC).YearDay()
	y := time.Date(2001, time.Month(mb), db, 0, 0, 0, 0, time.UTC).YearDay()
	d := x - y
	if d < 0 {
		d = -d
	}
	return min(d, 365-d)
}

// monthDay gives the month and day a constraint pins, if it pins one day.
func monthDay(c dayConstraint) (int, int) {
	if c.month > 0 {
		return c.month, c.day
	}
	if c.bounded() && c.lo.Equal(c.hi) {
		return int(c.lo.Month()), c.lo.Day()
	}
	return 0, 0
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// lateInDay: a time of day that a time-zone difference can carry into the
// next day ("late Monday", "Monday night", a clock time); earlyInDay: one
// it can carry into the previous day ("early Tuesday", "Tuesday morning",
// a clock time). "Saturday afternoon" against "Sunday afternoon" it
// cannot.
func lateInDay(e *temporal.Expr) bool {
	switch e.Part {
	case "late", "night", "evening", "overnight":
		return true
	}
	return e.Gran == "time" && e.Part == ""
}

func earlyInDay(e *temporal.Expr) bool {
	switch e.Part {
	case "early", "morning", "overnight":
		return true
	}
	return e.Gran == "time" && e.Part == ""
}
