package source

import (
	"strings"
	"time"
	"unicode"
)

// parseDateLine recognises a line that is a dateline and nothing else:
// "January 11, 2020", "By Agency | Updated: November 26, 2019 09:45 IST",
// "January 04, 2020 - 20:39", "Published 3 March 2021", "2021-03-03",
// "Mon 3 Mar 2021 14.02 GMT". It returns the calendar date at midnight UTC.
//
// It is deliberately separate from the date normaliser in claims/temporal:
// that one finds dates inside sentences, while this one must refuse any
// line that says more than a date (a photo caption "... in the city, April
// 12, 2019. AGENCY/Name" or an article sentence), because only a line that is
// all dateline tells when the page was published. Every token of the line
// must be date vocabulary, so the matcher stays tiny and strict. Only full
// dates with a year count, and only unambiguous orders (no 03/04/2021).
func parseDateLine(line string) (time.Time, bool) {
	if len(line) > maxDateLineBytes || !hasYearDigits(line) {
		return time.Time{}, false
	}
	if t, ok := parsePlaceDate(line); ok {
		return t, true
	}
	segments := []string{line} // no copy of the line for the common case
	if strings.IndexByte(line, '|') >= 0 {
		segments = strings.Split(line, "|")
	}
	for i, seg := range segments {
		t, ok := parseDateSegment(seg)
		if !ok {
			continue
		}
		if otherSegmentsAreLabels(segments, i) {
			return t, true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}

// hasYearDigits reports whether s holds a run of four ASCII digits. Every
// date a dateline may carry has a four-digit year (numeric, ISO or
// written-out month), so a line without one is refused before it is split
// and lower-cased: most lines near the top of a page are prose or a
// wire lede whose date has no year.
//
// It looks at every fourth byte: a run of four digits covers one of them.
// From a digit it counts the digits before it, and a run cut short there
// tells the next byte that can end a run, so prose costs about a quarter
// of a byte-by-byte loop.
func hasYearDigits(s string) bool {
	for i := 3; i < len(s); {
		if !isDigit(s[i]) {
			i += 4
			continue
		}
		j := i - 1 // s[j+1:i+1] are digits
		for j > i-4 && isDigit(s[j]) {
			j--
		}
		if j == i-4 {
			return true
		}
		i = j + 4 // s[j] is no digit: a run ends at j+4 or later
	}
	return false
}

func isDigit(c byte) bool { return c-'0' < 10 }

// maxDateLineBytes bounds a dateline; anything longer is prose.
const maxDateLineBytes = 160

// otherSegmentsAreLabels accepts the "By Agency" or "3 min read" parts
// that sit beside a date on a byline bar, but not a sentence.
func otherSegmentsAreLabels(segments []string, dateAt int) bool {
	for i, seg := range segments {
		if i == dateAt {
			continue
		}
		seg = strings.TrimSpace(seg)
		if len(strings.Fields(seg)) > 6 || endsSentence(seg) {
			return false
		}
	}
	return true
}

// parseDateSegment accepts filler, weekday, date, time and zone tokens in
// dateline order, with exactly the first full date kept.
func parseDateSegment(seg string) (time.Time, bool) {
	if !mayStartDate(seg) {
		return time.Time{}, false
	}
	toks := dateTokens(seg)
	if len(toks) == 0 || len(toks) > 16 {
		return time.Time{}, false
	}
	var date time.Time
	sawTime := false
	for i := 0; i < len(toks); {
		tok := toks[i]
		if date.IsZero() {
			if t, n, ok := matchDate(toks, i); ok {
				date = t
				i += n
				continue
			}
		}
		switch {
		case isDateFiller(tok) || weekdays[tok] || isTimeToken(tok):
			sawTime = sawTime || isTimeToken(tok)
		case (sawTime || !date.IsZero()) && isZoneToken(tok):
		case !date.IsZero() && (isNumber(tok) || isMonth(tok)):
			// a second date ("Updated ... Published ...") adds nothing
		case !date.IsZero() && tok == "by" && len(toks)-i <= 4:
			// "Posted on <date> by admin": the author closes the line
			return date, true
		default:
			return time.Time{}, false
		}
		i++
	}
	return date, !date.IsZero()
}

// dateTokens splits a segment into lower-case tokens stripped of the
// commas, colons, brackets and full stops around them; an ISO timestamp is
// split at its 'T' so the date part stands alone.
func dateTokens(seg string) []string {
	fields := strings.Fields(seg)
	toks := make([]string, 0, len(fields)+1)
	for _, f := range fields {
		toks = appendDateTokens(toks, f)
	}
	return toks
}

// appendDateTokens appends the tokens of one field of a segment.
func appendDateTokens(toks []string, f string) []string {
	f = strings.TrimLeft(f, "([")
	f = strings.TrimRight(f, ",;:)]")
	f = strings.TrimSuffix(f, ".")
	if f == "" {
		return toks
	}
	f = strings.ToLower(f)
	if len(f) > 11 && f[10] == 't' && isISODate(f[:10]) {
		clock, zone := splitISOClock(f[11:])
		toks = append(toks, f[:10], clock)
		if zone != "" {
			toks = append(toks, zone)
		}
		return toks
	}
	return append(toks, f)
}

// mayStartDate reports whether parseDateSegment's first token could pass
// its first step: a filler, weekday or time word, or the start of a full
// date (a month, a day, a numeric or ISO date). A prose sentence or a
// place-name lede fails here, so it is refused without splitting and
// lower-casing all of it. The answer is true when in doubt (no token in
// the first field).
func mayStartDate(seg string) bool {
	if ok, sure := mayStartDateWord(seg); sure {
		return ok
	}
	return mayStartDateFields(seg)
}

// mayStartDateFields is mayStartDate for any segment: its first token is
// cut and tested as parseDateSegment would.
func mayStartDateFields(seg string) bool {
	var buf [3]string
	toks := buf[:0]
	for rest := seg; len(toks) == 0; {
		f, more := firstField(rest)
		if f == "" {
			return true
		}
		toks = appendDateTokens(toks, f)
		rest = more
	}
	t := toks[0]
	if isDateFiller(t) || weekdays[t] || isTimeToken(t) || isMonth(t) || isDay(t) || isISODate(t) {
		return true
	}
	_, ok := numericDate(t)
	return ok
}

// mayStartDateWord is mayStartDate for the common first field, a word of
// ASCII letters followed by a space or the end (sure is false for any
// other segment): its token is the word in lower case, which no time,
// day, ISO or numeric date test accepts but "am", "pm", "hrs" and "h", so
// it is looked up in a stack buffer without the trimming, lower-casing
// copy and tests of the general path (callgrind: 1,750 instructions a
// prose line with a year, most of the dateline test).
func mayStartDateWord(seg string) (ok, sure bool) {
	i := 0
	for i < len(seg) && (seg[i] == ' ' || seg[i] == '\t') {
		i++
	}
	start := i
	for i < len(seg) && isASCIILetter(seg[i]) {
		i++
	}
	if i == start || i < len(seg) && seg[i] != ' ' && seg[i] != '\t' {
		return false, false
	}
	var buf [maxDateWord]byte
	if i-start > len(buf) {
		return false, true // longer than any date word
	}
	for k := start; k < i; k++ {
		buf[k-start] = lowerASCII(seg[k])
	}
	t := buf[:i-start]
	switch string(t) {
	case "am", "pm", "hrs", "h":
		return true, true
	}
	if dateFillers[string(t)] || weekdays[string(t)] {
		return true, true
	}
	_, month := months[string(t)]
	return month, true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// firstField is the first of strings.Fields(s) and what follows it.
func firstField(s string) (field, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

// splitISOClock splits "14:02:00z" or "14:02:00+05:30" into the clock and
// the offset ("z" means UTC and is dropped).
func splitISOClock(s string) (clock, zone string) {
	if i := strings.IndexAny(s, "+-z"); i >= 0 {
		clock, zone = s[:i], s[i:]
	} else {
		clock = s
	}
	if zone == "z" {
		zone = ""
	}
	return clock, zone
}

// matchDate reads a full date at toks[i]: "2021-03-03", "January 11 2020"
// or "3 March 2021" (commas are already gone).
func matchDate(toks []string, i int) (time.Time, int, bool) {
	if t, ok := numericDate(toks[i]); ok {
		return t, 1, true
	}
	if isISODate(toks[i]) {
		t, ok := validDate(atoi(toks[i][:4]), atoi(toks[i][5:7]), atoi(toks[i][8:10]))
		return t, 1, ok
	}
	if i+2 >= len(toks) || !isYear(toks[i+2]) {
		return time.Time{}, 0, false
	}
	year := atoi(toks[i+2])
	if m, ok := months[toks[i]]; ok && isDay(toks[i+1]) {
		t, ok := validDate(year, int(m), atoi(toks[i+1]))
		return t, 3, ok
	}
	if m, ok := months[toks[i+1]]; ok && isDay(toks[i]) {
		t, ok := validDate(year, int(m), atoi(toks[i]))
		return t, 3, ok
	}
	return time.Time{}, 0, false
}

// validDate refuses dates that time.Date would silently roll over
// (February 30 becomes March 2).
func validDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := dateOnly(y, time.Month(m), d)
	return t, t.Day() == d
}

func dateOnly(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func isISODate(s string) bool {
	if len(s) != 10 || (s[4] != '-' && s[4] != '/') || s[7] != s[4] {
		return false
	}
	return allDigits(s[:4]) && allDigits(s[5:7]) && allDigits(s[8:])
}

func isYear(s string) bool { return len(s) == 4 && allDigits(s) }

// isDay accepts "4", "04" and ordinals "4th", "21st".
func isDay(s string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	return len(s) >= 1 && len(s) <= 2 && allDigits(s)
}

func isNumber(s string) bool { return len(s) <= 4 && allDigits(s) }

func isMonth(s string) bool { _, ok := months[s]; return ok }

// isTimeToken accepts "09:45", "14.02", "20:39:00", "9:45am" and the
// am/pm markers on their own.
func isTimeToken(s string) bool {
	switch s {
	case "am", "pm", "a.m", "p.m", "hrs", "h":
		return true
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "am"), "pm")
	sep := strings.IndexAny(s, ":.h")
	if sep < 1 || sep > 2 || len(s) < sep+3 {
		return false
	}
	return allDigits(s[:sep]) && allDigits(strings.ReplaceAll(s[sep+1:], ":", ""))
}

// isZoneToken accepts short zone names and offsets: "ist", "gmt", "utc",
// "et", "+0530", "gmt+1", "utc+05:30". Tokens are lower-cased already;
// zones are only accepted after a time or a date, where a short word
// cannot be anything else.
func isZoneToken(s string) bool {
	name := strings.TrimLeft(s, "abcdefghijklmnopqrstuvwxyz")
	letters := len(s) - len(name)
	if letters > 5 || (letters == 1) {
		return false
	}
	if name == "" {
		return letters >= 2 && zoneNames[s]
	}
	if name[0] != '+' && name[0] != '-' {
		return false
	}
	off := strings.ReplaceAll(name[1:], ":", "")
	return len(off) >= 1 && len(off) <= 4 && allDigits(off)
}

func isDateFiller(s string) bool { return dateFillers[s] }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi reads a run of ASCII digits, ignoring anything after it.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = setOf("monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
	"thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun")

// dateFillers are the words a dateline bar wraps around its date.
var dateFillers = setOf("updated", "update", "published", "posted", "last", "first",
	"modified", "on", "at", "date", "dated", "released", "created", "edited",
	"-", "–", "—", "/", "•", "·", "@", "|", ",")

// zoneNames lists common time-zone abbreviations (world-wide, lower case).
var zoneNames = setOf("gmt", "utc", "ist", "pst", "pdt", "mst", "mdt", "cst", "cdt",
	"est", "edt", "et", "pt", "ct", "mt", "bst", "cet", "cest", "eet", "eest",
	"wet", "west", "msk", "sast", "eat", "wat", "cat", "pkt", "aest", "aedt",
	"acst", "awst", "nzst", "nzdt", "jst", "kst", "hkt", "sgt", "wib", "pht",
	"ict", "gst", "ast", "adt", "art", "brt", "hst", "akst", "trt", "irst", "npt", "bdt")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// numericDate reads "19/06/2025" or "19.06.2025" when the order is
// unambiguous: a first number above 12 is the day, a second above 12 the
// (US-style) day. "03/04/2021" stays unread.
func numericDate(tok string) (time.Time, bool) {
	if len(tok) < 8 || len(tok) > 10 {
		return time.Time{}, false
	}
	sep := strings.IndexAny(tok, "/.")
	if sep < 1 || sep > 2 {
		return time.Time{}, false
	}
	rest := tok[sep+1:]
	sep2 := strings.IndexByte(rest, tok[sep])
	if sep2 < 1 || sep2 > 2 || !allDigits(tok[:sep]) || !allDigits(rest[:sep2]) || !isYear(rest[sep2+1:]) {
		return time.Time{}, false
	}
	a, b, y := atoi(tok[:sep]), atoi(rest[:sep2]), atoi(rest[sep2+1:])
	switch {
	case a > 12 && b <= 12:
		return validDate(y, b, a)
	case b > 12 && a <= 12:
		return validDate(y, a, b)
	}
	return time.Time{}, false
}

// parsePlaceDate reads a dateline that names its place first:
// "Lilongwe, 19th March 2024", "Valencia, 12 June 2025", "Gothenburg,
// Sweden - 4 June 2024", "VALENCIA, Spain, June 12, 2025".
func parsePlaceDate(s string) (time.Time, bool) {
	if !hasYearDigits(s) {
		return time.Time{}, false
	}
	comma := strings.IndexByte(s, ',')
	if comma < 0 && !containsAt(s, " - ", 1) && !containsAt(s, " – ", 1) && !containsAt(s, " — ", 1) {
		return time.Time{}, false // no place can stand first without a comma or a dash after it
	}
	s = strings.TrimSpace(s)
	if !isPlaceName(placePart(s)) {
		return time.Time{}, false // the loop below would stop at once; the copies are spared
	}
	s = dashesToCommas.Replace(s)
	parts := strings.Split(s, ",")
	for k := 1; k < len(parts) && k <= 3; k++ {
		if !isPlaceName(parts[k-1]) {
			return time.Time{}, false
		}
		if t, ok := parseDateSegment(strings.Join(parts[k:], ",")); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// dashesToCommas lets "Gothenburg, Sweden - 4 June 2024" split like
// "Gothenburg, Sweden, 4 June 2024"; built once, it is reused by every line.
var dashesToCommas = strings.NewReplacer(" - ", ", ", " – ", ", ", " — ", ", ")

// placePart is what parsePlaceDate's split puts first: s up to its first
// comma or dashesToCommas dash.
func placePart(s string) string {
	end := len(s)
	if i := strings.IndexByte(s, ','); i >= 0 {
		end = i
	}
	for _, dash := range [...]string{" - ", " – ", " — "} {
		if i := indexAt(s[:end], dash, 1); i >= 0 {
			end = i
		}
	}
	return s[:end]
}

// isPlaceName: one to three capitalised words without digits. It walks
// the words without collecting them: every line of prose near the top of
// a page that has a comma and a year comes here.
func isPlaceName(s string) bool {
	first, n := "", 0
	for w, rest := firstField(s); w != ""; w, rest = firstField(rest) {
		if n++; n > 3 || w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, "0123456789") {
			return false
		}
		if n == 1 {
			first = w
		}
	}
	if n == 0 {
		return false
	}
	return !isWeekdayOrMonth(first)
}

// isWeekdayOrMonth looks w up lower-cased, without an allocation for the
// short ASCII words a weekday or month can be: the key is built in a
// stack buffer and converted inside the index expression.
func isWeekdayOrMonth(w string) bool {
	var buf [maxDateWord]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			lower := strings.ToLower(w)
			return weekdays[lower] || isMonth(lower)
		}
		buf[i] = lowerASCII(w[i])
	}
	if weekdays[string(buf[:len(w)])] {
		return true
	}
	_, month := months[string(buf[:len(w)])]
	return month
}

// maxDateWord is longer than any weekday or month name.
const maxDateWord = 12

// parseLedeDateline reads the wire dateline that opens a story's first
// paragraph, "VALENCIA, Spain, June 12, 2025 - A Spanish court ...": the
// line is article text, but its head dates it.
// ledeDashLimit bounds where the dash after a lede's dateline may start.
const ledeDashLimit = 80

func parseLedeDateline(line string) (time.Time, bool) {
	// The head read is a prefix of the line's first ledeDashLimit-1 bytes,
	// and parsePlaceDate refuses a head without a four-digit year: most
	// ledes and prose lines have none there, and one skipping scan for
	// it costs less than the three dash searches.
	if !hasYearDigits(line[:min(len(line), ledeDashLimit-1)]) {
		return time.Time{}, false
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		// Only a dash starting before byte 80 counts, so search no further:
		// the line is often a whole paragraph.
		if i := indexAt(line[:min(len(line), ledeDashLimit-1+len(dash))], dash, 1); i > 0 && i < ledeDashLimit {
			head := line[:i]
			if p := strings.IndexByte(head, '('); p > 0 {
				head = head[:p] // "(Agency)"
			}
			return parsePlaceDate(head)
		}
	}
	return time.Time{}, false
}
