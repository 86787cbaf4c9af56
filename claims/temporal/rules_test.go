package temporal

import "testing"

// Rules added to raise the TempEval-3 value score (issue 7); each case is
// the generic form of a pattern found in that data.

var thu26 = date(1989, 10, 26) // a Thursday

func TestComparisonPeriods(t *testing.T) {
	runCases(t, []findCase{
		{"a second year-earlier names the same period",
			"Profit rose in the third quarter from a year ago. Sales were up from a year earlier.", thu26,
			"the third quarter=DATE:1989-Q3@publication gran:quarter | a year ago=DATE:1988-Q3@expression gran:quarter | a year earlier=DATE:1988-Q3@expression gran:quarter"},
		{"year-ago adjective after a past period",
			"Net fell from the 1988 period. The year-ago results included a charge.", thu26,
			"1988=DATE:1988@none gran:year | The year-ago=DATE:1988@expression gran:year"},
		{"a year earlier after an absolute year still moves",
			"In 1985 the plant closed; a year earlier it had been sold.", thu26,
			"1985=DATE:1985@none gran:year | a year earlier=DATE:1984@expression gran:year"},
	})
}
