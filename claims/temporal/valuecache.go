package temporal

// concatCache keeps the values the finder writes by joining two strings
// (a day and a day part, "2024-11-24" + "TMO"; a year and a month; a
// day and a clock), direct mapped by a hash of both: an article names the
// same few days, parts and clock times again and again, and each join
// was an allocation. A slot is a hit only when both strings are equal to
// its own, so the cache is a function of its inputs and may be kept from
// article to article (the scratch holds it). Values are never cut from
// an article's text (they are written from tables and numbers), so the
// cache keeps no text alive; the strings it hands out are never written.
type concatCache [128]struct{ a, b, v string }

// concat returns a + b; c may be nil.
func (c *concatCache) concat(a, b string) string {
	if c == nil || len(a) < 2 || len(b) < 2 {
		return a + b
	}
	h := uint32(len(a))<<8 ^ uint32(len(b))
	h = (h ^ uint32(a[len(a)-1])) * 16777619
	h = (h ^ uint32(a[len(a)-2])) * 16777619
	h = (h ^ uint32(b[len(b)-1])) * 16777619
	h = (h ^ uint32(b[1])) * 16777619
	s := &c[h>>7&127]
	if s.a != a || s.b != b || s.v == "" {
		s.a, s.b, s.v = a, b, a+b
	}
	return s.v
}

// clockStr is a TIMEX3 clock suffix, "T09:45"; those of every hour 00..24
// and minute are cut from one table.
func clockStr(hh, mm int) string {
	if hh >= 0 && hh <= 24 && mm >= 0 && mm < 60 {
		i := 6 * (hh*60 + mm)
		return clocks[i : i+6]
	}
	return "T" + pad(hh, 2) + ":" + pad(mm, 2)
}

var clocks = func() string {
	b := make([]byte, 0, 6*25*60)
	for hh := 0; hh <= 24; hh++ {
		for mm := 0; mm < 60; mm++ {
			b = append(b, 'T', byte('0'+hh/10), byte('0'+hh%10), ':', byte('0'+mm/10), byte('0'+mm%10))
		}
	}
	return string(b)
}()

// monthSuffixes are "-01" .. "-12", the month part of a month value.
var monthSuffixes = func() (v [13]string) {
	for m := 1; m <= 12; m++ {
		v[m] = "-" + pad(m, 2)
	}
	return v
}()

// partSuffixes are the day parts' value suffixes, "TMO" for partCodes' "MO".
var partSuffixes = func() (v [len(partCodes)]string) {
	for i, c := range partCodes {
		if c != "" {
			v[i] = "T" + c
		}
	}
	return v
}()
