package temporal

import (
	"strconv"
	"time"
)

// Calendar helpers: each sets an Expr's value, granularity, fields and day
// range for one calendar unit.

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return day(y, m+1, 0).Day() }

// validDay reports whether m/d can be a date; year 0 allows February 29.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year
	}
	return d <= daysIn(y, m)
}

func pad(n, width int) string {
	// Months, days, hours and years are cut from tables: the numbers of
	// every value the finder writes were most of its allocations.
	switch {
	case width == 2 && n >= 0 && n < 100:
		return padded2[2*n : 2*n+2]
	case width == 4 && n >= 0 && n < 10000:
		return padded4[4*n : 4*n+4]
	}
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// padded2 and padded4 hold every number of two and of four digits, zero
// padded, one after the other: "00", "01", ... and "0000", "0001", ...
var padded2, padded4 = paddedNumbers(2), paddedNumbers(4)

func paddedNumbers(width int) string {
	n := 1
	for range width {
		n *= 10
	}
	b := make([]byte, n*width)
	for i := range n {
		d := i
		for k := (i+1)*width - 1; k >= i*width; k-- {
			b[k] = byte('0' + d%10)
			d /= 10
		}
	}
	return string(b)
}

// yearStr writes a year as TIMEX3 does; years outside 0..9999 cannot be written.
func yearStr(y int) string { return pad(y, 4) }

func okYear(y int) bool { return y >= 1 && y <= 9999 }

// unset clears a calendar value that could not be written, so that a
// failed shift never leaves the old value behind.
func unset(e *Expr) {
	e.Value, e.Gran, e.Lo, e.Hi = "", "", time.Time{}, time.Time{}
}

func setDay(e *Expr, t time.Time) {
	if !okYear(t.Year()) {
		unset(e)
		return
	}
	y, m, d := t.Date()
	e.Value = yearStr(y) + "-" + pad(int(m), 2) + "-" + pad(d, 2)
	e.Gran = "day"
	e.Lo, e.Hi = t, t
	e.Year, e.Month, e.Day = y, int(m), d
	e.Weekday = t.Weekday()
}

// setMonth sets month m of year y; c (may be nil) keeps the values written.
func setMonth(e *Expr, y, m int, c *concatCache) {
	t := day(y, m, 1)
	y, m = t.Year(), int(t.Month())
	if !okYear(y) {
		unset(e)
		return
	}
	e.Value = c.concat(yearStr(y), monthSuffixes[m])
	e.Gran = "month"
	e.Lo, e.Hi = t, day(y, m+1, 0)
	e.Year, e.Month = y, m
}

func setYear(e *Expr, y int) {
	if !okYear(y) {
		unset(e)
		return
	}
	e.Value = yearStr(y)
	e.Gran = "year"
	e.Lo, e.Hi = day(y, 1, 1), day(y, 12, 31)
	e.Year = y
}

// setWeek sets the ISO week that contains t.
func setWeek(e *Expr, t time.Time) {
	y, w := t.ISOWeek()
	if !okYear(y) {
		unset(e)
		return
	}
	e.Value = yearStr(y) + "-W" + pad(w, 2)
	e.Gran = "week"
	mon := t.AddDate(0, 0, -isoWeekday(t.Weekday())+1)
	e.Lo, e.Hi = mon, mon.AddDate(0, 0, 6)
	e.Year = y
}

// setWeekend sets the weekend (Saturday and Sunday) of the ISO week of t.
func setWeekend(e *Expr, t time.Time) {
	setWeek(e, t)
	if e.Value == "" || e.Gran != "week" {
		return
	}
	e.Value += "-WE"
	e.Lo = e.Hi.AddDate(0, 0, -1)
}

func setQuarter(e *Expr, y, q int) {
	for q < 1 {
		q += 4
		y--
	}
	for q > 4 {
		q -= 4
		y++
	}
	if !okYear(y) {
		unset(e)
		return
	}
	e.Value = yearStr(y) + "-Q" + strconv.Itoa(q)
	e.Gran = "quarter"
	e.Lo, e.Hi = day(y, 3*q-2, 1), day(y, 3*q+1, 0)
	e.Year = y
}

func setHalf(e *Expr, y, h int) {
	if !okYear(y) || h < 1 || h > 2 {
		unset(e)
		return
	}
	e.Value = yearStr(y) + "-H" + strconv.Itoa(h)
	e.Gran = "half"
	e.Lo, e.Hi = day(y, 6*h-5, 1), day(y, 6*h+1, 0)
	e.Year = y
}

var seasonCodes = [...]string{sSpring: "SP", sSummer: "SU", sFall: "FA", sWinter: "WI"}

// setSeason sets a northern meteorological season; winter runs from December
// of y into February of y+1.
func setSeason(e *Expr, y, s int) {
	if !okYear(y) || s < sSpring || s > sWinter {
		unset(e)
		return
	}
	e.Value = yearStr(y) + "-" + seasonCodes[s]
	e.Gran = "season"
	start := 3*s - 0 // spring: March, summer: June, fall: September, winter: December
	e.Lo, e.Hi = day(y, start, 1), day(y, start+3, 0)
	e.Year = y
}

func setDecade(e *Expr, decade int) { // decade = year/10
	if decade < 1 || decade > 999 {
		unset(e)
		return
	}
	e.Value = pad(decade, 3)
	e.Gran = "decade"
	e.Lo, e.Hi = day(decade*10, 1, 1), day(decade*10+9, 12, 31)
}

func setCentury(e *Expr, c int) { // c = year/100
	if c < 1 || c > 99 {
		unset(e)
		return
	}
	e.Value = pad(c, 2)
	e.Gran = "century"
	e.Lo, e.Hi = day(c*100, 1, 1), day(c*100+99, 12, 31)
}

// isoWeekday numbers Monday 1 .. Sunday 7.
func isoWeekday(d time.Weekday) int {
	if d == time.Sunday {
		return 7
	}
	return int(d)
}

// weekdayX is the TIMEX3 value of a weekday of unknown date.
func weekdayX(d time.Weekday) string {
	if d >= time.Sunday && d <= time.Saturday {
		return weekdayXs[d] // made once: the finder asks for one at every weekday
	}
	return "XXXX-WXX-" + strconv.Itoa(isoWeekday(d))
}

var weekdayXs = func() (v [7]string) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		v[d] = "XXXX-WXX-" + strconv.Itoa(isoWeekday(d))
	}
	return v
}()

// addPart appends a TIMEX3 day-part suffix to a day value; c (may be
// nil) keeps the values written.
func addPart(e *Expr, part int, c *concatCache) {
	code := partCodes[part]
	e.Part = partNames[part]
	if code == "" || e.Value == "" {
		return
	}
	switch len(e.Value) {
	case 10, 11: // YYYY-MM-DD, XXXX-WXX-N
		e.Value = c.concat(e.Value, partSuffixes[part])
		e.Type = "TIME"
	}
}

var partCodes = [...]string{pMorning: "MO", pAfternoon: "AF", pEvening: "EV", pNight: "NI",
	pNoon: "12:00", pMidnight: "24:00", pOvernight: "NI"}
var partNames = [...]string{pMorning: "morning", pAfternoon: "afternoon", pEvening: "evening",
	pNight: "night", pNoon: "noon", pMidnight: "midnight", pOvernight: "night"}

// shift moves a resolved expression by n of its own units (for "a year
// earlier", "the next day"); false when e's granularity cannot be shifted.
func shift(e *Expr, unit, n int) bool {
	if e.Lo.IsZero() {
		return false
	}
	switch unit {
	case uDay:
		if e.Gran != "day" && e.Gran != "time" {
			return false
		}
		setDay(e, e.Lo.AddDate(0, 0, n))
	case uWeek:
		if e.Gran != "week" && e.Gran != "day" {
			return false
		}
		if e.Gran == "day" {
			setDay(e, e.Lo.AddDate(0, 0, 7*n))
		} else {
			setWeek(e, e.Lo.AddDate(0, 0, 7*n))
		}
	case uMonth:
		switch e.Gran {
		case "day":
			setDay(e, e.Lo.AddDate(0, n, 0))
		case "month":
			setMonth(e, e.Year, e.Month+n, nil)
		default:
			return false
		}
	case uYear:
		switch e.Gran {
		case "day":
			setDay(e, e.Lo.AddDate(n, 0, 0))
		case "month":
			setMonth(e, e.Year+n, e.Month, nil)
		case "quarter":
			q := (int(e.Lo.Month())-1)/3 + 1
			setQuarter(e, e.Year+n, q)
		case "half":
			setHalf(e, e.Year+n, (int(e.Lo.Month())-1)/6+1)
		case "year":
			setYear(e, e.Year+n)
		case "week":
			setWeek(e, e.Lo.AddDate(n, 0, 0))
		default:
			return false
		}
	default:
		return false
	}
	return e.Value != ""
}

// unitValue is the TIMEX3 duration of n units ("P3D", "PT15S"); n < 0 is
// an unknown count ("PXY").
func unitValue(n, unit int) string {
	// Counts up to 31 of every unit are written once: the finder asks for
	// one at every count of units it reads.
	if n >= -1 && n < len(unitValues[0])-1 && unit >= 0 && unit < len(unitValues) {
		return unitValues[unit][n+1]
	}
	return formatUnitValue(n, unit)
}

// unitValues holds formatUnitValue(n, unit) at [unit][n+1] for n -1..31.
var unitValues = func() (v [uCentury + 1][33]string) {
	for u := range v {
		for n := range v[u] {
			v[u][n] = formatUnitValue(n-1, u)
		}
	}
	return v
}()

// formatUnitValue writes unitValue's duration.
func formatUnitValue(n, unit int) string {
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	switch unit {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeekend:
		if n < 0 {
			return "PXD"
		}
		return "P" + strconv.Itoa(2*n) + "D"
	case uWeek:
		return "P" + num + "W"
	case uFortnight:
		if n < 0 {
			return "PXW"
		}
		return "P" + strconv.Itoa(2*n) + "W"
	case uMonth:
		return "P" + num + "M"
	case uQuarter, uPeriod:
		if n < 0 {
			return "PXQ"
		}
		return "P" + num + "Q"
	case uHalf:
		if n < 0 {
			return "PXM"
		}
		return "P" + strconv.Itoa(6*n) + "M"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		if n < 0 {
			return "PXDE"
		}
		return "P" + strconv.Itoa(10*n) + "Y"
	case uCentury:
		if n < 0 {
			return "PXCE"
		}
		return "P" + strconv.Itoa(100*n) + "Y"
	}
	return ""
}
