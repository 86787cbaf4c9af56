package numbers

import "math"

var inf = math.Inf(1)

// wordClass says how a number word combines with its neighbours.
type wordClass uint8

const (
	classUnit    wordClass = iota + 1 // zero..nineteen
	classTens                         // twenty..ninety
	classHundred                      // hundred
	classScale                        // thousand, million, billion, ... (closes a group)
	classDozen                        // dozen
	classOrdinal                      // first, second, ... (ends the number)
	classVague                        // several, dozens, hundreds, ... (a range by itself)
	classArticle                      // few, couple: a range only after "a"
)

// wordInfo is one number word. val is its value (or its multiplier for vague
// plurals: "hundreds" multiplies "hundreds of thousands" by 100); lo and hi are
// the range a vague word allows on its own.
type wordInfo struct {
	class   wordClass
	val     float64
	lo, hi  float64
	needsOf bool // only a number when "of" follows ("scores of", "tens of")
}

var numberWords = map[string]wordInfo{
	"zero": {class: classUnit, val: 0}, "one": {class: classUnit, val: 1},
	"two": {class: classUnit, val: 2}, "three": {class: classUnit, val: 3},
	"four": {class: classUnit, val: 4}, "five": {class: classUnit, val: 5},
	"six": {class: classUnit, val: 6}, "seven": {class: classUnit, val: 7},
	"eight": {class: classUnit, val: 8}, "nine": {class: classUnit, val: 9},
	"ten": {class: classUnit, val: 10}, "eleven": {class: classUnit, val: 11},
	"twelve": {class: classUnit, val: 12}, "thirteen": {class: classUnit, val: 13},
	"fourteen": {class: classUnit, val: 14}, "fifteen": {class: classUnit, val: 15},
	"sixteen": {class: classUnit, val: 16}, "seventeen": {class: classUnit, val: 17},
	"eighteen": {class: classUnit, val: 18}, "nineteen": {class: classUnit, val: 19},
	"twenty": {class: classTens, val: 20}, "thirty": {class: classTens, val: 30},
	"forty": {class: classTens, val: 40}, "fifty": {class: classTens, val: 50},
	"sixty": {class: classTens, val: 60}, "seventy": {class: classTens, val: 70},
	"eighty": {class: classTens, val: 80}, "ninety": {class: classTens, val: 90},
	"hundred":  {class: classHundred, val: 100},
	"thousand": {class: classScale, val: 1e3},
	"million":  {class: classScale, val: 1e6},
	"billion":  {class: classScale, val: 1e9},
	"trillion": {class: classScale, val: 1e12},
	"lakh":     {class: classScale, val: 1e5},
	"lakhs":    {class: classScale, val: 1e5},
	"crore":    {class: classScale, val: 1e7},
	"crores":   {class: classScale, val: 1e7},
	"dozen":    {class: classDozen, val: 12},

	"first": {class: classOrdinal, val: 1}, "second": {class: classOrdinal, val: 2},
	"third": {class: classOrdinal, val: 3}, "fourth": {class: classOrdinal, val: 4},
	"fifth": {class: classOrdinal, val: 5}, "sixth": {class: classOrdinal, val: 6},
	"seventh": {class: classOrdinal, val: 7}, "eighth": {class: classOrdinal, val: 8},
	"ninth": {class: classOrdinal, val: 9}, "tenth": {class: classOrdinal, val: 10},
	"eleventh": {class: classOrdinal, val: 11}, "twelfth": {class: classOrdinal, val: 12},
	"thirteenth": {class: classOrdinal, val: 13}, "fourteenth": {class: classOrdinal, val: 14},
	"fifteenth": {class: classOrdinal, val: 15}, "sixteenth": {class: classOrdinal, val: 16},
	"seventeenth": {class: classOrdinal, val: 17}, "eighteenth": {class: classOrdinal, val: 18},
	"nineteenth": {class: classOrdinal, val: 19}, "twentieth": {class: classOrdinal, val: 20},
	"thirtieth": {class: classOrdinal, val: 30}, "fortieth": {class: classOrdinal, val: 40},
	"fiftieth": {class: classOrdinal, val: 50}, "hundredth": {class: classOrdinal, val: 100},
	"thousandth": {class: classOrdinal, val: 1000},

	"several":   {class: classVague, val: 1, lo: 3, hi: 9},
	"dozens":    {class: classVague, val: 12, lo: 24, hi: inf},
	"scores":    {class: classVague, val: 20, lo: 40, hi: inf, needsOf: true},
	"tens":      {class: classVague, val: 10, lo: 20, hi: inf, needsOf: true},
	"hundreds":  {class: classVague, val: 100, lo: 200, hi: inf},
	"thousands": {class: classVague, val: 1e3, lo: 2e3, hi: inf},
	"millions":  {class: classVague, val: 1e6, lo: 2e6, hi: inf},
	"billions":  {class: classVague, val: 1e9, lo: 2e9, hi: inf},

	"few":    {class: classArticle, lo: 3, hi: 5},
	"couple": {class: classArticle, lo: 2, hi: 2, needsOf: true},
}

// maxNumberWord is the longest key of numberWords; longer words are skipped
// without a map lookup.
const maxNumberWord = 11

// numberWordShape has bit n set in entry [a][b] when some number word
// starts with the letters a, b and has n bytes; it rejects nearly all other
// words ("the", "for", "that") before the map lookup.
var numberWordShape = func() (shape [26][26]uint16) {
	for w := range numberWords {
		shape[w[0]-'a'][w[1]-'a'] |= 1 << len(w)
	}
	return shape
}()

// scaleSuffixes are scale words and abbreviations after a figure ("110bn",
// "$5 million", "Rs 3 crore").
var scaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "dozen": 12,
}

// currencyCodes are ISO codes written before or after a figure.
var currencyCodes = map[string]string{
	"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "INR": "INR",
	"CNY": "CNY", "RMB": "CNY", "CHF": "CHF", "AUD": "AUD", "CAD": "CAD",
	"RUB": "RUB", "HKD": "HKD", "SGD": "SGD", "NZD": "NZD", "ZAR": "ZAR",
	"BRL": "BRL", "MXN": "MXN", "KRW": "KRW", "TRY": "TRY", "SEK": "SEK",
	"NOK": "NOK", "DKK": "DKK", "PLN": "PLN", "SAR": "SAR", "AED": "AED",
}

// currencySymbols are written directly before a figure. Longer ones first so
// that "US$" wins over "$".
var currencySymbols = []struct{ sym, code string }{
	{"US$", "USD"}, {"US $", "USD"}, {"A$", "AUD"}, {"AU$", "AUD"}, {"C$", "CAD"},
	{"CA$", "CAD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"S$", "SGD"}, {"R$", "BRL"},
	{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"},
	{"Rs.", "INR"}, {"Rs", "INR"}, {"₩", "KRW"}, {"₽", "RUB"}, {"₺", "TRY"},
}

// currencyNames are currency words written after a figure ("5 million euros").
var currencyNames = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
	"rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
	"ruble": "RUB", "rubles": "RUB",
}

// dollarNations qualify "dollars" ("Australian dollars"); unlisted ones keep
// the US dollar only when nothing qualifies it.
var dollarNations = map[string]string{
	"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD",
	"canadian": "CAD", "singapore": "SGD", "taiwan": "TWD", "zimbabwe": "ZWL",
}

// measureUnits maps unit words and abbreviations after a figure to the
// normalized unit.
var measureUnits = map[string]string{
	"km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"mi": "mi", "mile": "mi", "miles": "mi",
	"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"ft": "ft", "foot": "ft", "feet": "ft",
	"kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
	"t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
	"lb": "lb", "lbs": "lb",
	"ha": "ha", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
	"magnitude": "magnitude", "degree": "degrees", "degrees": "degrees",
	"kph": "km/h", "kmh": "km/h", "mph": "mph", "knot": "knots", "knots": "knots",
	"litre": "l", "litres": "l", "liter": "l", "liters": "l",
	"year": "year", "years": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "day": "day", "days": "day",
	"hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
}

// attachedUnits are the unit abbreviations accepted glued to a figure
// ("10km"); anything else glued to digits makes an identifier ("5G").
var attachedUnits = map[string]string{
	"km": "km", "kms": "km", "m": "m", "cm": "cm", "mm": "mm", "ft": "ft",
	"kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb", "ha": "ha",
	"kph": "km/h", "kmh": "km/h", "mph": "mph", "mi": "mi",
}

// qualifierPhrases are the words before a figure that bound it, longest
// first within each group, normalized to Number.Qualifier.
var qualifierPhrases = []struct {
	words []string
	qual  string
}{
	{[]string{"in", "excess", "of"}, "more than"},
	{[]string{"no", "fewer", "than"}, "at least"},
	{[]string{"no", "less", "than"}, "at least"},
	{[]string{"not", "less", "than"}, "at least"},
	{[]string{"not", "fewer", "than"}, "at least"},
	{[]string{"a", "minimum", "of"}, "at least"},
	{[]string{"no", "more", "than"}, "at most"},
	{[]string{"not", "more", "than"}, "at most"},
	{[]string{"a", "maximum", "of"}, "at most"},
	{[]string{"in", "the", "region", "of"}, "about"},
	{[]string{"more", "or", "less"}, "about"},
	{[]string{"more", "than"}, "more than"},
	{[]string{"greater", "than"}, "more than"},
	{[]string{"upwards", "of"}, "more than"},
	{[]string{"at", "least"}, "at least"},
	{[]string{"fewer", "than"}, "fewer than"},
	{[]string{"less", "than"}, "fewer than"},
	{[]string{"at", "most"}, "at most"},
	{[]string{"up", "to"}, "up to"},
	{[]string{"as", "many", "as"}, "up to"},
	{[]string{"as", "much", "as"}, "up to"},
	{[]string{"as", "high", "as"}, "up to"},
	{[]string{"close", "to"}, "nearly"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"an", "approximate"}, "about"},
	{[]string{"over"}, "more than"},
	{[]string{"above"}, "more than"},
	{[]string{"exceeding"}, "more than"},
	{[]string{"under"}, "fewer than"},
	{[]string{"below"}, "fewer than"},
	{[]string{"nearly"}, "nearly"},
	{[]string{"almost"}, "nearly"},
	{[]string{"about"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"approx"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"circa"}, "about"},
	{[]string{"between"}, "between"},
}

// qualifiersByLastWord indexes qualifierPhrases by their last word, the one
// right before the figure, in the order of qualifierPhrases.
var qualifiersByLastWord = func() map[string][]int {
	m := make(map[string][]int)
	for i, p := range qualifierPhrases {
		last := p.words[len(p.words)-1]
		m[last] = append(m[last], i)
	}
	return m
}()

// qualifierIntensifiers may precede a qualifier and belong to its span
// ("well over", "just under").
var qualifierIntensifiers = map[string]bool{
	"just": true, "well": true, "slightly": true, "far": true, "much": true,
	"only": true, "comfortably": true,
}

// monthNames mark day numbers of dates ("November 24", "24 Nov"), which are
// not quantities. "may" and "march" count only when capitalized.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// labelWords precede numbers that name rather than count ("Flight 370",
// "Article 5", "No. 10", "top 10").
var labelWords = map[string]bool{
	"no": true, "nos": true, "number": true, "page": true, "pages": true,
	"section": true, "article": true, "articles": true, "chapter": true,
	"resolution": true, "room": true, "platform": true, "gate": true,
	"terminal": true, "flight": true, "route": true, "highway": true,
	"interstate": true, "level": true, "phase": true, "stage": true,
	"version": true, "model": true, "game": true, "round": true, "ward": true,
	"block": true, "exit": true, "line": true, "channel": true, "category": true,
	"grade": true, "paragraph": true, "clause": true, "rule": true,
	"amendment": true, "proposition": true, "top": true, "group": true,
	"episode": true, "season": true, "volume": true, "vol": true, "apollo": true,
	"covid": true, "window": true, "bus": true, "lane": true, "pier": true,
	"unit": true, "zone": true, "sector": true, "camp": true, "building": true,
	"tower": true, "floor": true, "district": true, "item": true, "point": true,
}

// yearContext are words after which a bare four-digit figure is a year even
// when a plural noun follows ("the 2019 elections").
var yearContext = map[string]bool{
	"the": true, "in": true, "of": true, "since": true, "by": true, "until": true,
	"till": true, "from": true, "to": true, "during": true, "before": true,
	"after": true, "early": true, "late": true, "mid": true, "between": true,
	"and": true, "for": true, "its": true, "his": true, "her": true, "their": true,
	"this": true, "that": true, "fiscal": true, "year": true, "season": true,
	"through": true, "throughout": true, "around": true, "about": true, "circa": true,
}

// scoreWords next to "3-1" make it a sports score rather than a range.
var scoreWords = map[string]bool{
	"win": true, "won": true, "wins": true, "victory": true, "defeat": true,
	"defeated": true, "loss": true, "lost": true, "lose": true, "beat": true,
	"beating": true, "draw": true, "drew": true, "drawn": true, "lead": true,
	"led": true, "leading": true, "trail": true, "trailed": true, "score": true,
	"scoreline": true, "aggregate": true, "thrashing": true, "rout": true,
	"triumph": true, "home": true, "away": true,
}

// changeVerbs before "from X to Y" or "X to Y" mean a change, not a range.
var changeVerbs = map[string]bool{
	"from": true, "rose": true, "risen": true, "rise": true, "rises": true,
	"fell": true, "fallen": true, "fall": true, "falls": true, "increased": true,
	"decreased": true, "climbed": true, "dropped": true, "jumped": true,
	"grew": true, "raised": true, "cut": true, "lowered": true, "revised": true,
	"up": true, "down": true, "doubled": true, "tripled": true,
}

// streetWords end the capitalized names of streets: a figure before them is
// a house number ("24 Harbour Road").
var streetWords = map[string]bool{
	"street": true, "road": true, "avenue": true, "lane": true, "boulevard": true,
	"drive": true, "way": true, "place": true, "square": true, "st": true,
	"rd": true, "ave": true, "highway": true, "terrace": true, "crescent": true,
}
