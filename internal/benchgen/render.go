package benchgen

import (
	"math/rand/v2"
	"strings"
	"time"
)

// expand fills the {slot}s of a template. Slots named r... draw a fresh
// random value at every use; unknown slots are dropped.
func expand(r *rand.Rand, tmpl string, slot map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		j := strings.IndexByte(tmpl[i+1:], '}')
		if i < 0 || j < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		key := tmpl[i+1 : i+1+j]
		if v, ok := randomSlot(r, key); ok {
			b.WriteString(v)
		} else {
			b.WriteString(slot[key])
		}
		tmpl = tmpl[i+2+j:]
	}
	out := b.String()
	if out != "" && out[0] >= 'a' && out[0] <= 'z' {
		out = strings.ToUpper(out[:1]) + out[1:]
	}
	return out
}

// expandOnce fills slots that need no randomness (organisation names).
func expandOnce(tmpl string, slot map[string]string) string { return expand(nil, tmpl, slot) }

func randomSlot(r *rand.Rand, key string) (string, bool) {
	if r == nil || len(key) < 2 || key[0] != 'r' || key[1] < 'A' || key[1] > 'Z' {
		return "", false
	}
	switch key {
	case "rYear":
		return itoa(1995 + r.IntN(25)), true
	case "rN":
		return grouped(20 + r.IntN(50000)), true
	case "rSmall":
		return itoa(2 + r.IntN(12)), true
	case "rPct":
		return itoa(3 + r.IntN(40)), true
	case "rMonth":
		return monthNames[r.IntN(12)], true
	case "rWeekday":
		return time.Weekday(r.IntN(7)).String(), true
	}
	return "", false
}

// quoteForms attribute a quotation to person {who} in the ways news copy
// does.
var quoteForms = []string{
	"\"{q},\" {who} said.",
	"\"{q},\" said {who}, the {whot}.",
	"{Whot} {who} said: \"{q}.\"",
	"\"{q},\" {who} told reporters in {city}.",
	"\"{q},\" the {whot} said in a statement, adding that more details would follow.",
}

// render writes one article of the story in the given outlet style.
func (s *story) render(r *rand.Rand, style string, outlet, pubOff int, plant *plantSpec, explicit bool) *Article {
	pub := s.date.AddDate(0, 0, pubOff)
	slot := s.articleSlots(r, pub, plant, explicit)
	name := outletNames[style][outlet]
	if style == "release" {
		name = slot["org0"] // the story's own institution issues its release
	}
	head, foot := furniture(r, style, outlet, name, pub, slot)
	headline := expand(r, s.kind.headlines[r.IntN(len(s.kind.headlines))], slot)
	lead := expand(r, s.kind.leads[r.IntN(len(s.kind.leads))], slot)
	var b strings.Builder
	b.WriteString(head.before)
	b.WriteString(headline + "\n\n")
	b.WriteString(head.after)
	b.WriteString(head.leadPrefix + lead + "\n\n")
	target := 2400 + r.IntN(3500)
	budget := target - len(foot)
	for par := range s.paragraphs(r, slot) {
		if b.Len() >= budget {
			break
		}
		if b.Len()+len(par)+2+len(foot) > MaxArticleBytes {
			continue
		}
		b.WriteString(par + "\n\n")
	}
	b.WriteString(foot)
	return &Article{Name: slugify(name), Story: s.no, Style: style, Text: []byte(b.String())}
}

// paragraphs yields the story's facts, quotes and background in random
// order, then endless filler, one or two sentences a paragraph.
func (s *story) paragraphs(r *rand.Rand, slot map[string]string) func(yield func(string) bool) {
	k := s.kind
	var pool []string
	pool = append(pool, k.facts...)
	pool = append(pool, k.background...)
	for _, q := range k.quotes {
		who := 1 + r.IntN(len(s.people)-1)
		form := quoteForms[r.IntN(len(quoteForms))]
		n := string(rune('0' + who))
		form = strings.NewReplacer("{q}", q, "{who}", "{p"+n+"}", "{whot}", "{p"+n+"t}", "{Whot}", "{P"+n+"t}").Replace(form)
		pool = append(pool, form)
	}
	r.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	return func(yield func(string) bool) {
		for i := 0; i < len(pool); {
			n := min(1+r.IntN(2), len(pool)-i)
			if !yield(joinExpanded(r, pool[i:i+n], slot)) {
				return
			}
			i += n
		}
		fill := r.Perm(len(fillers))
		for i := 0; i+1 < len(fill); i += 2 {
			if !yield(joinExpanded(r, []string{fillers[fill[i]], fillers[fill[i+1]]}, slot)) {
				return
			}
		}
		for {
			if !yield(joinExpanded(r, []string{s.statement(r), s.statement(r)}, slot)) {
				return
			}
		}
	}
}

// statement attributes a random clause to a random person or body of the
// story.
func (s *story) statement(r *rand.Rand) string {
	n := string(rune('0' + r.IntN(len(s.people))))
	o := string(rune('0' + r.IntN(len(s.kind.orgs))))
	return strings.NewReplacer("{c}", clauses[r.IntN(len(clauses))], "{who}", "{p"+n+"}", "{whot}", "{p"+n+"t}",
		"{Whot}", "{P"+n+"t}", "{org}", "{org"+o+"}").Replace(sayers[r.IntN(len(sayers))])
}

func joinExpanded(r *rand.Rand, tmpls []string, slot map[string]string) string {
	parts := make([]string, len(tmpls))
	for i, t := range tmpls {
		parts[i] = expand(r, t, slot)
	}
	return strings.Join(parts, " ")
}

// page holds the furniture around an article's text.
type page struct {
	before, after, leadPrefix string
}

// furniture builds the outlet style's header and footer.
func furniture(r *rand.Rand, style string, outlet int, name string, pub time.Time, slot map[string]string) (page, string) {
	city := slot["city"]
	reporter := givenNames[r.IntN(len(givenNames))] + " " + surnames[r.IntN(len(surnames))]
	date := monthNames[pub.Month()-1] + " " + itoa(pub.Day()) + ", " + itoa(pub.Year())
	switch style {
	case "wire":
		abbr := monthAbbr[pub.Month()-1] + " " + itoa(pub.Day())
		return page{leadPrefix: strings.ToUpper(city) + ", " + abbr + " (" + wireCodes[outlet] + ") - "},
			"(Reporting by " + reporter + "; editing by the world desk)\n"
	case "release":
		return page{
				before: name + "\nPress Office\n\nFOR IMMEDIATE RELEASE\n" + city + ", " + itoa(pub.Day()) + " " + monthNames[pub.Month()-1] + " " + itoa(pub.Year()) + "\n\n",
			},
			"Media contact: " + reporter + ", press office\n\n###\n"
	case "blog":
		return page{
				before: name + "\nHome | News | World | Weather | About | Contact\n\n",
				after:  "Posted on " + date + " by " + reporter + "\n\n",
			},
			"Tags: " + slot["country"] + ", " + city + ", news\n\nRelated Stories\n- Ten things to know before visiting " + city + "\n- Our readers' photos of the week\n\n" +
				"Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment\nName *\nEmail *\nPost Comment\n"
	case "translated":
		return page{
				before:     name + "\nWorld | " + slot["region"] + "\n\n",
				after:      twoDigits(pub.Day()) + "-" + twoDigits(int(pub.Month())) + "-" + twoDigits(pub.Year()%100) + ", " + twoDigits(7+r.IntN(14)) + ":" + twoDigits(r.IntN(60)) + "\n\nPowered by automated translation\n\n",
				leadPrefix: strings.ToUpper(city) + " - ",
			},
			""
	default:
		return page{
				before: name + "\n\n",
				after:  "By " + reporter + "\nPublished " + pub.Weekday().String() + ", " + date + "\n\n",
			},
			reporter + " is a correspondent for " + name + ".\n"
	}
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}
