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

var fri27 = date(1998, 2, 27) // a Friday

func TestSpokenYears(t *testing.T) {
	runCases(t, []findCase{
		{"a spoken year", "He was thrown out in nineteen ninety-six on a technicality.", fri27,
			"nineteen ninety-six=DATE:1996@none gran:year"},
		{"month and spoken year", "The attack came in January nineteen ninety-seven.", fri27,
			"January nineteen ninety-seven=DATE:1997-01@none gran:month"},
		{"season of a spoken year", "It happened in the winter of nineteen ninety-four.", fri27,
			"the winter of nineteen ninety-four=DATE:1994-WI@none gran:season"},
		{"the year two thousand", "The computers may fail by the year two thousand.", fri27,
			"the year two thousand=DATE:2000@none gran:year"},
		{"two thousand and one after a cue", "The line opens in the spring of two thousand and one.", fri27,
			"the spring of two thousand and one=DATE:2001-SP@none gran:season"},
		{"two thousand is a count", "About two thousand troops arrived in the spring.", fri27,
			"the spring=DATE:1997-SP@publication gran:season"},
		{"nineteen as a count", "Nineteen ninety-year-old residents were moved out of town.", fri27, ""},
		{"nineteen ninety people", "Nineteen ninety people were moved out of town in the spring.", fri27,
			"the spring=DATE:1997-SP@publication gran:season"},
	})
}

func TestReportYears(t *testing.T) {
	runCases(t, []findCase{
		{"the year ended a date is a duration", "Revenue was $76 million for the year ended March 31.", thu26,
			"the year=DURATION:P1Y@none | March 31=DATE:1989-03-31@publication gran:day"},
		{"the fiscal year ending", "It expects a loss in the fiscal year ending June 30, 1990.", thu26,
			"the fiscal year=DURATION:P1Y@none | June 30, 1990=DATE:1990-06-30@none gran:day"},
		{"for the year is this year", "For the year, pet food volume was flat.", thu26,
			"the year=DATE:1989@publication gran:year"},
		{"the full year", "Sales for the full year were $6.6 billion.", thu26,
			"the full year=DATE:1989@publication gran:year"},
		{"the year that is another year", "He recalled the year that he left.", thu26, ""},
		{"by year-end", "The deal should close by year-end.", thu26,
			"year-end=DATE:1989@publication gran:year part:late"},
		{"since year's end", "The index has risen 5% since year's end.", thu26,
			"year's end=DATE:1988@publication gran:year part:late"},
		{"year-end as an adjective", "The year-end results were weak.", thu26, ""},
	})
}

func TestHalvesAndCentury(t *testing.T) {
	runCases(t, []findCase{
		{"a written half", "He served 2 1/2 years in prison.", fri27, "2 1/2 years=DURATION:P2Y6M@none"},
		{"a spelled half", "The talks lasted two and a half hours.", fri27, "two and a half hours=DURATION:PT2H30M@none"},
		{"a half after the unit", "The shaking lasted a minute and a half.", fri27, "a minute and a half=DURATION:PT1M30S@none"},
		{"half a week", "It took 1 1/2 weeks.", fri27, "1 1/2 weeks=DURATION:P1W3DT12H@none"},
		{"a ratio is no half", "Mix 3 1/2 cups of flour for three days.", fri27, "three days=DURATION:P3D@none"},
		{"this century", "It was the worst storm this century.", fri27, "this century=DURATION:P100Y@none"},
		{"later this century", "Seas will rise later this century.", fri27, "later this century=DATE:19@publication gran:century"},
	})
}

func TestIntentions(t *testing.T) {
	runCases(t, []findCase{
		{"planned to", "The team planned to leave Nairobi on Thursday.", fri27,
			"Thursday=DATE:1998-03-05@publication gran:day wd:Thu"},
		{"set to", "The talks are set to resume Monday in Belfast.", fri27,
			"Monday=DATE:1998-03-02@publication gran:day wd:Mon"},
		{"an intention after the day says nothing", "On Monday, the government planned to pay the claims.", fri27,
			"Monday=DATE:1998-02-23@publication gran:day wd:Mon"},
		{"a nearer past verb wins", "He was to testify but left on Tuesday.", fri27,
			"Tuesday=DATE:1998-02-24@publication gran:day wd:Tue"},
		{"a plan in the past perfect is past", "The offer had been due to expire Friday evening.", date(1989, 10, 30),
			"Friday evening=TIME:1989-10-27TEV@publication gran:day part:evening wd:Fri"},
		{"had been scheduled, clock and day", "It previously had been scheduled to expire at midnight Friday.", date(1989, 10, 30),
			"midnight Friday=TIME:1989-10-27T24:00@publication gran:time part:midnight wd:Fri"},
		{"had alone is no plan", "They had to leave on Friday.", date(1989, 10, 30),
			"Friday=DATE:1989-10-27@publication gran:day wd:Fri"},
	})
}

func TestEdgesAndHalves(t *testing.T) {
	runCases(t, []findCase{
		{"the last half of a year", "Earnings will be lower for the last half of 1989.", thu26,
			"the last half of 1989=DATE:1989-H2@none gran:half"},
		{"the latter half of a year", "Sales should rise in the latter half of 1990.", thu26,
			"the latter half of 1990=DATE:1990-H2@none gran:half"},
		{"the last quarter of this year", "The plant opens in the last quarter of this year.", thu26,
			"the last quarter of this year=DATE:1989-Q4@publication gran:quarter"},
		{"the last quarter alone is the last one reported", "In the last quarter, sales fell.", thu26,
			"the last quarter=DATE:1989-Q3@publication gran:quarter"},
		{"the end of a year", "Costs will be halved by the end of 1990.", thu26,
			"the end of 1990=DATE:1990@none gran:year part:late"},
		{"the beginning of a month", "He left Phoenix at the beginning of October.", thu26,
			"the beginning of October=DATE:1989-10@publication gran:month part:early"},
		{"the middle of a month keeps its own edge", "Prices fell from the middle of October.", thu26,
			"the middle of October=DATE:1989-10@publication gran:month part:mid"},
		{"the end of this week", "Mailing begins at the end of this week.", thu26,
			"the end of this week=DATE:1989-W43@publication gran:week part:late"},
		{"the last half of a decade", "It follows the trend of the last half of the '80s.", thu26,
			"the last half of the '80s=DATE:198@none gran:decade part:late"},
		{"the week of a day", "It may be resolved at a hearing the week of March 6.", date(2000, 2, 24),
			"the week of March 6=DATE:2000-W10@publication gran:week"},
		{"the day before a day", "The day before last Tuesday's hearing, he left.", date(2000, 2, 24),
			"The day before last Tuesday=DATE:2000-02-21@publication gran:day"},
		{"the day after a date", "The day after Christmas 1999 it snowed.", date(2000, 2, 24),
			"The day after Christmas 1999=DATE:1999-12-26@none gran:day"},
		{"a frame past the calendar's edge leaves the date as written", "Filed the day before 0001-01-01 and the day after 9999-12-31.", date(2000, 1, 1),
			"0001-01-01=DATE:0001-01-01@none gran:day | 9999-12-31=DATE:9999-12-31@none gran:day"},
		{"the day before a clause is no frame", "He was last seen Nov. 3, the day before police issued a warrant.", date(1999, 11, 20),
			"Nov. 3=DATE:1999-11-03@publication gran:day"},
		{"an end that is no time", "The end of the Cold War came at the end of the island.", thu26, ""},
		{"a duration is not widened", "It was the end of three years of talks.", thu26,
			"three years=DURATION:P3Y@none"},
	})
}

func TestSeasonCues(t *testing.T) {
	runCases(t, []findCase{
		{"into the summer", "Demand ran well into the summer.", thu26,
			"the summer=DATE:1989-SU@publication gran:season"},
		{"of the early summer", "Orders grew from the low levels of the early summer.", thu26,
			"the early summer=DATE:1989-SU@publication gran:season part:early"},
		{"the spring as a noun phrase subject", "The spring was wet.", thu26, ""},
	})
}

func TestDecadeWords(t *testing.T) {
	runCases(t, []findCase{
		{"the nineties", "Hate groups grew through the nineties.", fri27, "the nineties=DATE:199@none gran:decade"},
		{"an edge of a decade", "It began in the early eighties.", fri27,
			"the early eighties=DATE:198@none gran:decade part:early"},
		{"a decade not yet come is the last century's", "Jazz of the twenties and the seventies.", sun24,
			"the twenties=DATE:192@none gran:decade | the seventies=DATE:197@none gran:decade"},
		{"a decade of this century", "Prices rose in the tens.", sun24, ""},
		{"temperatures", "Highs will be in the nineties.", fri27, ""},
		{"an age", "She is in her nineties.", fri27, ""},
	})
}
