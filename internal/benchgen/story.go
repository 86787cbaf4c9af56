package benchgen

import (
	"maps"
	"math/rand/v2"
	"strings"
	"time"
)

// person is an invented participant of a story.
type person struct{ name, surname, title string }

// story is one event, told by several articles.
type story struct {
	no     int
	kind   *eventKind
	slug   string
	date   time.Time // the event's day
	place  place
	alt    place // where a location plant moves the event
	people []person
	slot   map[string]string // story-wide slot values
	plant  *plantSpec
}

// plantSpec says which article of a story disagrees with which.
type plantSpec struct {
	Plant
	base, odd int
}

func newStory(r *rand.Rand, no int, plantRate float64) *story {
	k := &kinds[r.IntN(len(kinds))]
	s := &story{no: no, kind: k, slot: map[string]string{}}
	s.place = places[r.IntN(len(places))]
	s.alt = sameCountry(r, s.place)
	s.date = time.Date(2016+r.IntN(10), time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(365))
	s.slug = k.name + "-" + slugify(s.place.city)
	for _, title := range k.roles {
		sur := surnames[r.IntN(len(surnames))]
		s.people = append(s.people, person{givenNames[r.IntN(len(givenNames))] + " " + sur, sur, title})
	}
	k.figures(r, s.slot)
	s.fillStorySlots(r)
	if r.Float64() < plantRate {
		s.plant = s.newPlant(r)
	}
	return s
}

// sameCountry picks another city of p's country.
func sameCountry(r *rand.Rand, p place) place {
	var same []place
	for _, q := range places {
		if q.country == p.country && q.city != p.city {
			same = append(same, q)
		}
	}
	if len(same) == 0 {
		return places[r.IntN(len(places))]
	}
	return same[r.IntN(len(same))]
}

func (s *story) fillStorySlots(r *rand.Rand) {
	s.slot["country"], s.slot["region"] = s.place.country, s.place.region
	for i, p := range s.people {
		n := string(rune('0' + i))
		s.slot["p"+n], s.slot["s"+n], s.slot["p"+n+"t"], s.slot["P"+n+"t"] = p.name, p.surname, p.title, titleCase(p.title)
	}
	for i, o := range s.kind.orgs {
		s.slot["org"+string(rune('0'+i))] = expandOnce(o, s.slot)
	}
	s.slot["pastYear"] = itoa(1990 + r.IntN(25))
	s.slot["pastToll"] = itoa(5 + r.IntN(300))
	s.slot["datePlus"] = monthDay(s.date.AddDate(0, 0, 2+r.IntN(10)))
	s.slot["trialStart"] = monthDay(s.date.AddDate(0, -2-r.IntN(6), 0))
}

func (s *story) newPlant(r *rand.Rand) *plantSpec {
	kindsOf := []string{"date", "location"}
	if s.kind.tollWord != "" {
		kindsOf = append(kindsOf, "count")
	}
	p := &plantSpec{base: 0, odd: 1 + r.IntN(2)}
	p.Story, p.Kind = s.no, kindsOf[r.IntN(len(kindsOf))]
	switch p.Kind {
	case "date":
		p.Want, p.Got = s.date.Weekday().String(), s.date.AddDate(0, 0, -1).Weekday().String()
	case "location":
		p.Want, p.Got = s.place.city, s.alt.city
	case "count":
		n := atoi(s.slot["toll"])
		p.Want, p.Got = s.slot["toll"], itoa(n+max(3, n/2))
	}
	return p
}

// articles renders the story's 3 to 8 articles.
func (s *story) articles(r *rand.Rand) []*Article {
	n := 3 + r.IntN(6)
	if s.plant != nil && s.plant.odd >= n {
		s.plant.odd = n - 1
	}
	names := r.Perm(len(outletNames["wire"]))
	basePub := r.IntN(2)
	out := make([]*Article, n)
	for i := range n {
		style := styles[r.IntN(len(styles))]
		pub := r.IntN(2)
		var plant *plantSpec
		explicit := false // the two articles of a plant name the day outright
		if s.plant != nil && i == s.plant.odd {
			plant, pub, explicit = s.plant, basePub, true
		}
		if s.plant != nil && i == s.plant.base {
			pub, explicit = basePub, true
		}
		out[i] = s.render(r, style, names[i%len(names)], pub, plant, explicit)
	}
	return out
}

// articleSlots are the slots one article fills its own way: when the event
// happened relative to publication, where and how many, after any plant.
func (s *story) articleSlots(r *rand.Rand, pub time.Time, plant *plantSpec, explicit bool) map[string]string {
	// Copying a map is order-free: output never depends on map order.
	slot := maps.Clone(s.slot)
	event, city := s.date, s.place.city
	if plant != nil {
		switch plant.Kind {
		case "date":
			event = event.AddDate(0, 0, -1)
		case "location":
			city = s.alt.city
		case "count":
			slot["toll"] = plant.Got
		}
	}
	slot["city"] = city
	slot["when"] = whenPhrase(r, event, pub, explicit)
	return slot
}

// whenPhrase says when the event happened as an article published on pub
// would: a weekday, a date, or "yesterday".
func whenPhrase(r *rand.Rand, event, pub time.Time, explicit bool) string {
	day := event.Weekday().String()
	options := []string{"on " + day, "on " + day + " morning", "early on " + day, "on " + day + ", " + monthDay(event)}
	if pub.Sub(event) == 24*time.Hour && !explicit {
		options = append(options, "yesterday", "late yesterday")
	}
	if pub.Equal(event) && !explicit {
		options = append(options, "this morning", "today")
	}
	return options[r.IntN(len(options))]
}

func monthDay(t time.Time) string { return monthNames[t.Month()-1] + " " + itoa(t.Day()) }

func slugify(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteRune(c)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w == "of" || w == "the" {
			continue
		}
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
		}
	}
	return n
}
