package compare

import (
	"fmt"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
)

// dateComparator: dates as day sets. A weekday against a date conflicts only
// when they cannot be the same day; a day against a week or month only when
// it falls outside it. One day apart with a time of day written is shown as
// info: a time-zone difference can explain it.
type dateComparator struct{}

func (dateComparator) Kind() string { return KindDate }

func (dateComparator) Compare(g *EventGroup) []Finding {
	return gatheredConflicts(g, KindDate, func(values []slotValue) []slotValue { return dateValues(g, values) }, judgeDates)
}

// dateValues appends the event's dates to values.
func dateValues(g *EventGroup, values []slotValue) []slotValue {
	for i, m := range g.Mentions {
		t := m.Time
		if t == nil || !isDated(t) || t.Gran == "time" && t.Anchor == "publication" {
			continue // a clock time whose day is only the publication day's
		}
		if statusTime(m) || g.incrementMention(i) || stateClasses[m.Class] {
			continue // when a tally stood or more was found, not when the event was
		}
		key := t.Value
		if t.HasWeekday && !t.WeekdayMismatch {
			key += "/" + t.Weekday.String()
		}
		values = append(values, slotValue{m: m, value: t.Text, normalized: t.Value, span: [2]int{t.Start, t.End}, key: key})
	}
	return values
}

// judgeDates judges two dates of one event.
func judgeDates(a, b slotValue) verdict {
	v := compareDates(a.m.Time, b.m.Time)
	switch {
	case v.compatible:
		return verdict{compatible: true}
	case v.nearMiss:
		return verdict{severity: Info, reason: v.reason + "; one day apart with a time of day given, so a time-zone difference may explain it"}
	}
	return verdict{severity: Conflict, reason: fmt.Sprintf("%q and %q cannot be the same day: %s", a.value, b.value, v.reason)}
}

// stateClasses are events that are states: a person is missing on
// Tuesday and still missing on Wednesday, so their days tell when the
// state was seen, not when it began, and two of them never disagree.
var stateClasses = map[string]bool{"missing": true}

// statusCues before a time make it the moment a tally stood: "until
// Thursday afternoon, eight bodies were found", "as of Friday morning ten
// are missing", "by Sunday evening police had recaptured four".
var statusCues = []string{"until ", "till ", "as of ", "as at ", "by ", "up to "}

// statusTime reports whether the mention's time is such a moment.
func statusTime(m *claims.Mention) bool {
	t := m.Time
	if t == nil || t.Start > len(m.Doc.Source.Text) {
		return false
	}
	before := strings.ToLower(m.Doc.Source.Text[max(0, t.Start-8):t.Start])
	for _, c := range statusCues {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	return false
}
