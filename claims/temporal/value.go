package temporal

// ValidValue reports whether v is a TIMEX3 value of the forms this package
// writes: a reference (PRESENT_REF), a duration (P3D, PT15S, PXY), or a
// date or time with X's for unknown digits (2019-11-24, 2019-W47-WE,
// 2019-Q3, 199, XXXX-WXX-1, 2019-11-24T09:45, XXXX-XX-XXTMO).
func ValidValue(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	case "":
		return false
	}
	if v[0] == 'P' {
		return validDuration(v[1:])
	}
	return validPoint(v)
}

func isDX(c byte) bool { return isDigit(c) || c == 'X' }

// validDuration checks the part of a duration after "P".
func validDuration(s string) bool {
	inTime, parts := false, 0
	for len(s) > 0 {
		if s[0] == 'T' {
			if inTime {
				return false
			}
			inTime = true
			s = s[1:]
			continue
		}
		n := 0
		for n < len(s) && isDX(s[n]) {
			n++
		}
		if n == 0 || n == len(s) {
			return false
		}
		s = s[n:]
		units := "YMWDQHLE"
		if inTime {
			units = "HMS"
		}
		switch {
		case !inTime && len(s) >= 2 && (s[:2] == "DE" || s[:2] == "CE"):
			s = s[2:]
		case indexByte(units, s[0]):
			s = s[1:]
		default:
			return false
		}
		parts++
	}
	return parts > 0
}

func indexByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// validPoint checks a calendar value: a year part of 2..4 digits or X's,
// then optional calendar fields and an optional time.
func validPoint(s string) bool {
	n := 0
	for n < len(s) && isDX(s[n]) {
		n++
	}
	if n < 2 || n > 4 {
		return false
	}
	rest := s[n:]
	if n < 4 {
		return rest == "" // century or decade
	}
	time := ""
	for i := 0; i < len(rest); i++ {
		if rest[i] == 'T' {
			rest, time = rest[:i], rest[i+1:]
			if time == "" {
				return false
			}
			break
		}
	}
	if !validFields(rest) {
		return false
	}
	return time == "" || validClock(time)
}

// validFields checks "", "-MM", "-MM-DD", "-Www", "-Www-N", "-Www-WE",
// "-Qn", "-Hn", "-SP" (and SU, FA, WI).
func validFields(s string) bool {
	if s == "" {
		return true
	}
	if s[0] != '-' || len(s) < 3 {
		return false
	}
	s = s[1:]
	switch {
	case s[0] == 'W' && len(s) >= 3 && isDX(s[1]) && isDX(s[2]):
		rest := s[3:]
		if len(s) >= 2 && len(rest) > 0 && isDX(rest[0]) { // W1..W9 written with one digit is not produced
			return false
		}
		return rest == "" || rest == "-WE" || len(rest) == 2 && rest[0] == '-' && (rest[1] >= '1' && rest[1] <= '7' || rest[1] == 'X')
	case (s[0] == 'Q' || s[0] == 'H') && len(s) == 2 && isDX(s[1]):
		return true
	case s == "SP" || s == "SU" || s == "FA" || s == "WI":
		return true
	case len(s) >= 2 && isDX(s[0]) && isDX(s[1]):
		rest := s[2:]
		return rest == "" || len(rest) == 3 && rest[0] == '-' && isDX(rest[1]) && isDX(rest[2])
	}
	return false
}

// validClock checks "hh", "hh:mm", "hh:mm:ss" or a day part (MO, AF, EV, NI).
func validClock(s string) bool {
	switch s {
	case "MO", "AF", "EV", "NI", "DT":
		return true
	}
	if len(s) != 2 && len(s) != 5 && len(s) != 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i%3 == 2 {
			if s[i] != ':' {
				return false
			}
		} else if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
