package temporal

import "time"

// Holidays whose date follows from the year alone. Names tied to one
// country's calendar (Independence Day, Election Day) are left out: the
// same words mean different days in different places.
const (
	hChristmas = iota + 1
	hThanksgiving
	hEaster
	hHalloween
	hValentine
	hNewYear
)

// holidayDay is the date of holiday h in year y; eve moves it a day back.
func holidayDay(h, y int, eve bool) time.Time {
	var t time.Time
	switch h {
	case hChristmas:
		t = day(y, 12, 25)
	case hThanksgiving: // the fourth Thursday of November (United States)
		first := day(y, 11, 1)
		t = first.AddDate(0, 0, (int(time.Thursday)-int(first.Weekday())+7)%7+21)
	case hEaster:
		t = easter(y)
	case hHalloween:
		t = day(y, 10, 31)
	case hValentine:
		t = day(y, 2, 14)
	case hNewYear:
		t = day(y, 1, 1)
	}
	if eve {
		t = t.AddDate(0, 0, -1)
	}
	return t
}

// easter is Easter Sunday of year y in the Gregorian calendar (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day(y, month, dd)
}

// parseHoliday reads "Christmas", "Christmas Eve", "Thanksgiving Day",
// "last Easter", "New Year's Day", "Valentine's Day", "Halloween".
func (f *finder) parseHoliday(i int) (match, bool) {
	p := f.readPrefix(i)
	j := p.j
	t := f.at(j)
	if t.kind != kWord || t.e.cl != clHoliday || !t.upper || p.approx {
		return match{}, false
	}
	h := int(t.e.val)
	k := j + 1
	switch h {
	case hNewYear: // "New Year's Day", "New Year's Eve", "New Year"
		if !f.is(k, "year") || !f.at(k).upper {
			return match{}, false
		}
		k++
		if f.apostrophe(k) && f.is(k+1, "s") {
			k += 2
		}
	case hValentine: // "Valentine's Day"
		if !(f.apostrophe(k) && f.is(k+1, "s") && f.is(k+2, "day")) {
			return match{}, false
		}
		k += 2
	}
	eve := false
	switch {
	case f.is(k, "day") && f.at(k).upper:
		k++
	case f.is(k, "eve") && f.at(k).upper && (h == hChristmas || h == hNewYear):
		eve = true
		k++
	case f.is(k, "sunday") && h == hEaster:
		k++
	}
	e := Expr{Type: "DATE", Part: edgeParts[p.edge]}
	y := 0
	if n, yv, ok := f.yearAt(k, true); ok {
		y, k = yv, n
	}
	switch {
	case y != 0:
		f.setDay(&e, holidayDay(h, y, eve))
	case !f.anchorOK():
		return match{}, false // no calendar value to give without a year
	default:
		e.Relative, e.Anchor = true, AnchorPublication
		py := f.pub.Year()
		this := holidayDay(h, py, eve)
		switch {
		case p.rel == mLast || p.rel == mPast:
			if !this.Before(f.pub) {
				py--
			}
		case p.rel == mNext || p.rel == mComing:
			if !this.After(f.pub) {
				py++
			}
		case p.rel == mThis || p.rel == 0:
			d := holidayDay(h, py, eve)
			py = f.inferYear(int(d.Month()), d.Day(), f.tense(i, k))
		default:
			return match{}, false
		}
		f.setDay(&e, holidayDay(h, py, eve))
	}
	return match{spanStart(i, p, false), k, e}, true
}
