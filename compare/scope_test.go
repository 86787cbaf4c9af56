package compare

import (
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/temporal"
)

func TestPastPeriod(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Last month, police seized cocaine.", true},
		{"Police seized cocaine last year.", true},
		{"Police seized cocaine two years ago.", true},
		{"Police seized cocaine on Thursday.", false},
		{"Police seized cocaine this month.", false},
		{"Police seized cocaine earlier this year.", false},
		{"Police seized cocaine in April 2024.", false}, // a calendar date: compared as such
		{"Police seized cocaine last week.", false},     // within the days news reports
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			es := temporal.Find(c.text, temporal.Context{})
			if len(es) != 1 {
				t.Fatalf("%d expressions in %q, want 1", len(es), c.text)
			}
			if got := pastPeriod(&es[0]); got != c.want {
				t.Errorf("pastPeriod(%q) = %v, want %v", es[0].Text, got, c.want)
			}
		})
	}
}

// TestScopes: figures that belong to another scope or another event are
// not raised against the main event's figure.
func TestScopes(t *testing.T) {
	cases := []struct {
		name string
		docs []doc
		kind string // the kind that must have no finding
	}{
		{name: "a source giving the site's figure and the operation's total knows both",
			kind: KindCount,
			docs: []doc{
				{id: "a", text: "Police arrested nine people at the warehouse on Thursday. Raids elsewhere brought the total to 21 arrested, police said."},
				{id: "b", text: "Police arrested 21 people in the raid on Thursday."},
				{id: "c", text: "Police arrested nine people in the raid on Thursday."},
			}},
		{name: "last month's arrests are another event",
			kind: KindCount,
			docs: []doc{
				{id: "a", text: "Police arrested nine people in a raid on a warehouse on Thursday."},
				{id: "b", text: "Police arrested nine people in a raid on Thursday. Last month, police arrested five people in a raid on the port."},
			}},
		{name: "reports of one thing are not reports of another",
			kind: KindCount,
			docs: []doc{
				{id: "a", text: "The company has received 104 reports of units overheating, including 23 reports of burn injuries and 11 reports of minor property damage."},
				{id: "b", text: "The company said it had received 23 reports of burn injuries."},
			}},
		{name: "a second payer's sum on top of the first is no disagreement",
			kind: KindQuantity,
			docs: []doc{
				{id: "a", text: "The chief minister announced assistance of Rs 4 lakh to the family of each victim on Tuesday."},
				{id: "b", text: "The prime minister announced Rs 2 lakh to the family of each victim on Tuesday, in addition to the state's assistance."},
			}},
		{name: "another twelve killed is an increment, not the toll",
			kind: KindCount,
			docs: []doc{
				{id: "a", text: "The storm killed 40 people on Tuesday, officials said."},
				{id: "b", text: "The storm killed another 12 people on Tuesday, officials said."},
			}},
		{name: "a compass-named area holds a town the lexicon does not know",
			kind: KindLocation,
			docs: []doc{
				{id: "a", text: "A landslide killed eight people in Central Java on Wednesday."},
				{id: "b", text: "A landslide killed eight people in Kalitengah on Wednesday."},
			}},
		{name: "the moment a tally stood is not the day of the event",
			kind: KindDate,
			docs: []doc{
				{id: "a", text: "The disaster agency said eight people died in the landslide."},
				{id: "b", text: "Rescuers recovered three more bodies on Friday, raising the death toll from eight."},
				{id: "c", text: "Until Thursday afternoon, eight victims died were found, while 13 others are still in search."},
			}},
		{name: "a second confirmed case is not the first",
			kind: KindDate,
			docs: []doc{
				{id: "a", text: "The district's first case was confirmed on 14 January 2025. A second case was confirmed on 20 January 2025."},
				{id: "b", text: "The district's first case was confirmed on 14 January 2025, the ministry said."},
				{id: "c", text: "A second case was confirmed on 20 January 2025 in the same district."},
			}},
		{name: "a tally opened by a period is not the event's figure",
			kind: KindQuantity,
			docs: []doc{
				{id: "a", text: "Bananas again: 2.3 tonnes of cocaine seized near the port."},
				{id: "b", text: "In the first months of this year, police have seized 6 tonnes of cocaine in the province."},
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Check(extractAll(t, c.docs))
			for _, f := range res.Findings {
				if f.Kind == c.kind {
					var vals []string
					for _, e := range f.Claims {
						vals = append(vals, e.Source+":"+e.Value)
					}
					t.Errorf("unexpected %s finding: %s (%s)", f.Kind, strings.Join(vals, " vs "), f.Reason)
				}
			}
		})
	}
}
