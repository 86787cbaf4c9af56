package claims

import (
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// Generic English word lists used to tell proper names from words that are
// capitalised only because they open a sentence or a headline.

var stopwords = toSet(`a an the this that these those his her its their our my your we they he she it i you
on in at to of for from by with after before while when where as and but or nor so yet if then than since until
about above across against along among around during into near over through under upon within without there here
what which who whom whose why how all any both each every few more most other some such no not only own same
very can will just should now also however meanwhile according despite although though because once last next
earlier later yesterday today tomorrow tonight not one two three four five six seven eight nine ten several many
much mr mrs ms`)

var commonWords = toSet(`senior junior former new old top chief acting interim local regional national
international federal central state official officials police army military government president minister
breaking update updated exclusive analysis opinion editorial watch read more related photo video file
internationally domestically separately elsewhere instead still already again even finally first second third
after earlier later following rescue rescuers residents witnesses authorities officials sources experts analysts
voters protesters fans players shares investors critics supporters leaders lawmakers prosecutors judges
reporting writing additional editing images thousands hundreds dozens millions scores tens many few most
everyone nobody people crowds residents`)

var calendarWords = toSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thurs fri sat sun`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isStopword(w string) bool { return inLower(stopwords, trimPossessive(w)) }

// lowerTrimmed is strings.ToLower(trimPossessive(w.Text)) from the word's
// lower-case form, without lower-casing again. Lower-casing first would
// also strip an upper-case possessive ("SMITH'S"), which trimPossessive
// leaves on: such words take the long way.
func lowerTrimmed(w *text.Word) string {
	if n := len(w.Text()); n > 0 && w.Text()[n-1] == 'S' {
		return strings.ToLower(trimPossessive(w.Text()))
	}
	return trimPossessive(w.Lower())
}

// isStopwordWord is isStopword(w.Text).
func isStopwordWord(w text.Word) bool { return stopwords[lowerTrimmed(&w)] }

// isCommonWordWord is isCommonWord(w.Text).
func isCommonWordWord(w text.Word) bool { return commonWords[lowerTrimmed(&w)] }

// isWeekdayWord is isWeekday(w.Text). Every weekday has 6 to 9 letters and
// ends in "y": other words are settled without a map lookup.
func isWeekdayWord(w *text.Word) bool {
	l := lowerTrimmed(w)
	if len(l) < 6 || len(l) > 9 || l[len(l)-1] != 'y' {
		return false
	}
	return weekdayWords[l]
}

func isCommonWord(w string) bool {
	return inLower(commonWords, trimPossessive(w))
}

// isAdverb: a sentence-initial "Internationally," or "Separately,".
func isAdverb(w string) bool {
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "ly") && len(l) > 5
}

func isCalendarWord(w string) bool {
	return inLower(calendarWords, strings.TrimSuffix(trimPossessive(w), "."))
}

// IsFunctionWord reports whether a lower-case word is a function word that
// says nothing about what a sentence is about.
func IsFunctionWord(w string) bool { return stopwords[w] || commonFunction[w] }

var commonFunction = toSet(`said says have been were that with from this would could also after their them they
will which when into over about more than other while there these those what where being does made make
against between during under within without before told added including around because since such only`)

// portfolioWords name ministries' fields ("Minister of Foreign Affairs",
// "Public Works"): capitalised, but never a person's name.
var portfolioWords = toSet(`affairs cooperation communications transport transports works defence defense interior
health finance justice education energy trade industry agriculture environment labour labor culture tourism
security development planning economy commerce fisheries housing infrastructure sport sports youth mines
telecommunications information foreign home public international relations roads highways
water railways aviation ports customs immigration police`)

// honorifics stand before names but are not names ("His Excellency").
var honorifics = toSet(`excellency honourable honorable highness majesty eminence mp hon`)

func isPortfolioOrHonorific(w string) bool {
	return inLowerEither(portfolioWords, honorifics, strings.TrimSuffix(w, "."))
}

var weekdayWords = toSet(`monday tuesday wednesday thursday friday saturday sunday`)

// isWeekday: "Monday", "Sunday's": never part of a name ("Maria Lopez Monday").
func isWeekday(w string) bool { return weekdayWords[strings.ToLower(trimPossessive(w))] }

// roleNouns stand before a name as a role, capitalised at a sentence's
// start: "Substitute Moussa Ndiaye", "Captain Kevin Brennan".
var roleNouns = toSet(`substitute captain striker midfielder defender goalkeeper forward winger coach manager
skipper veteran newcomer rookie teenager debutant`)
