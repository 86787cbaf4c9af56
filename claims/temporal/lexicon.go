package temporal

import "time"

// class is the lexical class of a word that can take part in a temporal
// expression. Words of no class are still tokens (they end patterns).
type class uint8

const (
	clNone    class = iota
	clMonth         // val 1..12; abbr marks "Nov", "Sept"
	clWeekday       // val = time.Weekday
	clUnit          // val = unit; plural marks "days"
	clNumWord       // val = the number; "a", "an" = 1; "several", "few" = -1 (unknown)
	clOrdinal       // val = 1..4 ("first".."fourth"), for quarters and halves
	clMod           // val = modifier
	clPart          // val = day part
	clRelDay        // val = day offset word (yesterday, today, tomorrow, tonight)
	clRef           // val = ref (now, recently, ...)
	clSet           // val = unit of a frequency adverb (daily, annually)
	clSeason        // val = season
	clZone          // time zone abbreviation (GMT, EST ...)
	clAmPm          // "am", "pm" (letters only; "a.m." is parsed from tokens)
	clTense         // val = tenseFuture or tensePast
	clFiscal        // "fiscal", "FY"
	clApprox        // "about", "nearly", "almost", "around", "some"
	clHoliday       // val = holiday
	clLead          // other words that can begin an expression: "these days", "the near future", "at least"
	clDecade        // val = tens of a decade named in words ("nineties" = 9)
)

// Units of time, in increasing size.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uPeriod // "period" as in "the year-ago period": a quarter in business news
)

// Modifiers that can precede a unit, weekday, month or season.
const (
	mLast = iota + 1
	mThis
	mNext
	mPast
	mComing
	mPrevious
	mEarly
	mLate
	mMid
	mEarlier
	mLater
	mAgo
	mFollowing
	mSame
	mThe
	mThat
	mEvery
	mEach
	mLatest
	mCurrent
	mRecent
	mBefore
	mAfter
)

// Day parts, also the TIMEX3 suffixes they map to.
const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
	pNoon
	pMidnight
	pOvernight
)

// Reference words.
const (
	rNow = iota + 1
	rCurrently
	rRecently
	rFuture
	rNowadays
)

// Day-offset words.
const (
	dYesterday = iota + 1
	dToday
	dTomorrow
	dTonight
)

// Seasons.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

// Tense cues.
const (
	tenseNone = iota
	tensePast
	tenseFuture
)

// entry is what the lexicon knows of one lowercase word.
type entry struct {
	cl     class
	val    int16
	abbr   bool // month abbreviation ("Nov", "Sept")
	plural bool // plural unit ("days")
}

var lexicon = buildLexicon()

func buildLexicon() map[string]entry {
	m := map[string]entry{}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, s := range months {
		m[s] = entry{cl: clMonth, val: int16(i + 1)}
	}
	for s, v := range map[string]int16{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		m[s] = entry{cl: clMonth, val: v, abbr: true}
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := []byte(d.String())
		name[0] += 'a' - 'A'
		m[string(name)] = entry{cl: clWeekday, val: int16(d)}
		m[string(name)+"s"] = entry{cl: clWeekday, val: int16(d), plural: true}
	}
	for s, v := range map[string]int16{"tue": 2, "tues": 2, "thu": 4, "thur": 4,
		"thurs": 4, "fri": 5} {
		m[s] = entry{cl: clWeekday, val: v}
	}
	units := map[string]int16{"second": uSecond, "minute": uMinute, "hour": uHour, "day": uDay,
		"weekend": uWeekend, "week": uWeek, "fortnight": uFortnight, "month": uMonth,
		"quarter": uQuarter, "half": uHalf, "year": uYear, "decade": uDecade, "century": uCentury,
		"period": uPeriod}
	for s, v := range units {
		m[s] = entry{cl: clUnit, val: v}
		m[s+"s"] = entry{cl: clUnit, val: v, plural: true}
	}
	m["centuries"] = entry{cl: clUnit, val: uCentury, plural: true}
	m["halves"] = entry{cl: clUnit, val: uHalf, plural: true}
	m["secs"] = entry{cl: clUnit, val: uSecond, plural: true}
	m["mins"] = entry{cl: clUnit, val: uMinute, plural: true}
	m["hrs"] = entry{cl: clUnit, val: uHour, plural: true}
	delete(m, "periods")
	for s, v := range numberWords {
		m[s] = entry{cl: clNumWord, val: v}
	}
	for s, v := range map[string]int16{"first": 1, "second": 2, "third": 3, "fourth": 4} {
		if s == "second" {
			continue // "second" stays a unit; the quarter parser accepts it as an ordinal too
		}
		m[s] = entry{cl: clOrdinal, val: v}
	}
	mods := map[string]int16{"last": mLast, "this": mThis, "next": mNext, "past": mPast,
		"coming": mComing, "previous": mPrevious, "early": mEarly, "late": mLate, "mid": mMid,
		"earlier": mEarlier, "later": mLater, "ago": mAgo, "following": mFollowing,
		"same": mSame, "the": mThe, "that": mThat, "every": mEvery, "each": mEach,
		"latest": mLatest, "current": mCurrent, "recent": mRecent, "before": mBefore,
		"after": mAfter, "prior": mPrevious, "upcoming": mComing}
	for s, v := range mods {
		m[s] = entry{cl: clMod, val: v}
	}
	for s, v := range map[string]int16{"morning": pMorning, "afternoon": pAfternoon,
		"evening": pEvening, "night": pNight, "noon": pNoon, "midday": pNoon,
		"midnight": pMidnight, "overnight": pOvernight} {
		m[s] = entry{cl: clPart, val: v}
	}
	for s, v := range map[string]int16{"mornings": pMorning, "afternoons": pAfternoon,
		"evenings": pEvening, "nights": pNight} {
		m[s] = entry{cl: clPart, val: v, plural: true}
	}
	for s, v := range map[string]int16{"yesterday": dYesterday, "today": dToday,
		"tomorrow": dTomorrow, "tonight": dTonight} {
		m[s] = entry{cl: clRelDay, val: v}
	}
	for s, v := range map[string]int16{"now": rNow, "currently": rCurrently,
		"recently": rRecently, "future": rFuture, "nowadays": rNowadays, "lately": rRecently} {
		m[s] = entry{cl: clRef, val: v}
	}
	// "quarterly", "monthly", "annually" are left out: in news they mostly
	// qualify reports and dividends rather than say when something happens.
	for s, v := range map[string]int16{"daily": uDay, "weekly": uWeek, "hourly": uHour,
		"nightly": uDay} {
		m[s] = entry{cl: clSet, val: v}
	}
	for s, v := range map[string]int16{"spring": sSpring, "summer": sSummer, "fall": sFall,
		"autumn": sFall, "winter": sWinter} {
		m[s] = entry{cl: clSeason, val: v}
	}
	for _, s := range []string{"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
		"pdt", "bst", "cet", "cest", "eet", "eest", "ist", "jst", "msk", "aest", "aedt", "z"} {
		m[s] = entry{cl: clZone}
	}
	m["am"] = entry{cl: clAmPm, val: 0}
	m["pm"] = entry{cl: clAmPm, val: 12}
	for _, s := range futureCues {
		m[s] = entry{cl: clTense, val: tenseFuture}
	}
	for _, s := range pastCues {
		m[s] = entry{cl: clTense, val: tensePast}
	}
	m["fiscal"] = entry{cl: clFiscal}
	m["fy"] = entry{cl: clFiscal}
	for _, s := range []string{"about", "nearly", "almost", "around", "roughly",
		"approximately", "some"} {
		m[s] = entry{cl: clApprox}
	}
	for s, v := range map[string]int16{"christmas": hChristmas, "thanksgiving": hThanksgiving,
		"easter": hEaster, "halloween": hHalloween, "valentine": hValentine, "new": hNewYear} {
		m[s] = entry{cl: clHoliday, val: v}
	}
	for s, v := range map[string]int16{"twenties": 2, "thirties": 3, "forties": 4,
		"fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9} {
		m[s] = entry{cl: clDecade, val: v}
	}
	for _, s := range []string{"these", "near", "more", "less", "fewer", "at", "up"} {
		m[s] = entry{cl: clLead}
	}
	return m
}

// numberWords spells out the counts news text writes in words.
var numberWords = map[string]int16{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"several": -1, "few": -1, "many": -1, "couple": 2, "dozen": 12,
}

// futureCues are words that put a sentence in the future: a bare weekday
// or month after them is the next one, not the last.
var futureCues = []string{"will", "ll", "shall", "scheduled", "due", "plans", "plan",
	"planning", "should", "must", "would", "could", "might", "can", "expected", "expects", "expect", "going", "intends", "slated", "begins",
	"starts", "opens", "aims", "hopes"}

// pastCues are frequent past-tense verbs that do not end in -ed.
var pastCues = []string{"said", "was", "were", "had", "did", "met", "went", "came", "took",
	"told", "made", "held", "left", "began", "saw", "gave", "got", "found", "fell", "rose",
	"won", "lost", "sold", "bought", "thought", "brought", "struck", "ran", "led", "sent",
	"spent", "paid", "fled", "wrote", "spoke", "broke", "chose", "drove", "flew", "knew",
	"grew", "threw", "shot", "hit", "put", "set", "cut", "quit", "became", "stood", "heard",
	"kept", "felt", "meant", "built", "hung", "fought", "caught", "taught", "sought", "been",
	"told", "won"}

// edExceptions end in -ed but are not past-tense verbs.
var edExceptions = map[string]bool{"need": true, "speed": true, "feed": true, "bred": true,
	"shed": true, "red": true, "hundred": true, "seed": true, "embed": true, "bed": true,
	"indeed": true, "breed": true, "greed": true, "weed": true, "proceed": true,
	"succeed": true, "exceed": true, "creed": true, "steed": true, "bleed": true, "deed": true,
	"wed": true, "united": true, "limited": true, "based": true, "related": true,
	"proposed": true, "planned": true, "expected": true, "scheduled": true}
