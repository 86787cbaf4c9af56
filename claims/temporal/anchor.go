package temporal

import "time"

// Per-article anchors. The finder resolves most relative expressions
// against the publication date: inferYear's windows, the publication's
// weekday and day number are computed once per article in start, not at
// every month, month-day or weekday found; day arithmetic is done on day
// numbers (days since 1970-01-01) rather than through time.Time.AddDate.

// dayNum is the day number of y-m-d, normalized as time.Date normalizes
// it: a month outside 1..12 moves the year, and d counts on from the
// first of the month (d == 0 is the month's last day before it).
func dayNum(y, m, d int) int64 {
	m0 := m - 1
	y += m0 / 12
	m0 %= 12
	if m0 < 0 {
		m0 += 12
		y--
	}
	return civilDays(int64(y), int64(m0+1)) + int64(d) - 1
}

// civilDays is the day number of the first of month m (1..12) of year y
// in the proleptic Gregorian calendar (Hinnant's days_from_civil).
func civilDays(y, m int64) int64 {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp + 2) / 5
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// window is a range of day numbers, both ends included.
type window struct{ lo, hi int64 }

// anchors are the publication date's figures, set once per article.
type anchors struct {
	y, m   int   // publication year and month
	day    int64 // publication day number
	wd     time.Weekday
	past   window // inferYear's windows by tense
	future window
	other  window
}

// setAnchors computes the anchors of pub (midnight UTC, or the zero time
// for an undated article, which inferYear never reads then).
func (a *anchors) set(pub time.Time) {
	y, mo, d := pub.Date()
	m := int(mo)
	*a = anchors{y: y, m: m, day: dayNum(y, m, d), wd: pub.Weekday(),
		past:   window{dayNum(y, m-10, d), dayNum(y, m+2, d)},
		future: window{dayNum(y, m-1, d), dayNum(y, m+11, d)},
		other:  window{dayNum(y, m-6, d), dayNum(y, m+6, d)},
	}
}

// pubPlus is the publication date moved by n days: the same time
// AddDate(0, 0, n) gives for a UTC midnight, without its calendar
// arithmetic. Far moves (beyond time.Duration's range) take AddDate.
func (f *finder) pubPlus(n int) time.Time {
	if n > 100000 || n < -100000 {
		return f.pub.AddDate(0, 0, n)
	}
	return f.pub.Add(time.Duration(n) * 24 * time.Hour)
}

// dayValues caches the TIMEX3 values of days by day number, direct
// mapped: an article's day values cluster around its publication date,
// so most are written once and then found here. The cache is a function
// of the day number alone, so it may be kept from article to article
// (the scratch holds it); the strings it hands out are never written.
type dayValues [64]dayValue

type dayValue struct {
	n    int64 // day number
	full bool  // the slot holds a value (n alone cannot say: any day number may be asked)
	v    string
	y    int32
	m, d uint8
	wd   time.Weekday
}

// setDayCached is setDay with the value looked up in c (nil: none).
func setDayCached(e *Expr, t time.Time, c *dayValues) {
	if c == nil {
		setDay(e, t)
		return
	}
	n := floorDays(t.Unix())
	s := &c[n&63]
	if !s.full || s.n != n {
		y, m, d := t.Date()
		if !okYear(y) {
			unset(e)
			return
		}
		*s = dayValue{n: n, full: true, v: yearStr(y) + "-" + pad(int(m), 2) + "-" + pad(d, 2),
			y: int32(y), m: uint8(m), d: uint8(d), wd: t.Weekday()}
	}
	e.Value = s.v
	e.Gran = "day"
	e.Lo, e.Hi = t, t
	e.Year, e.Month, e.Day = int(s.y), int(s.m), int(s.d)
	e.Weekday = s.wd
}

// floorDays is the day number of a Unix time in seconds.
func floorDays(sec int64) int64 {
	n := sec / 86400
	if sec%86400 < 0 {
		n--
	}
	return n
}

// setDay is setDay with the finder's cache of day values.
func (f *finder) setDay(e *Expr, t time.Time) { setDayCached(e, t, f.days) }
