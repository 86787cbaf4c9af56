package claims

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimcheck/claimcheck/claims/lexicon"
	"github.com/claimcheck/claimcheck/claims/text"
)

// Entity kinds.
const (
	EntPerson  = "person"
	EntOrg     = "org"
	EntPlace   = "place"
	EntCountry = "country" // a country named, or implied by a demonym ("Italian")
	EntName    = "name"    // a proper name not yet known to be a person, org or place
)

// Entity is a proper name found in a sentence.
type Entity struct {
	Kind       string
	Text       string // the name as written, without title or possessive
	Start, End int
	Title      string
	// Key identifies the entity across the batch ("person:jane doe",
	// "country:IT"); the batch resolver rewrites it when an alias resolves.
	Key string
	// Demonym is true for an adjective such as "Italian" in "Italian air force".
	Demonym bool
	// Possessive is true for "Smith's".
	Possessive bool
	// Capital is true for a place that is a national capital, or for the
	// generic "the capital".
	Capital bool
	// Generic is true for a place named by a common noun ("the capital").
	Generic bool
	// Country is the ISO code of the country the entity is or lies in.
	Country string
	// Level says what kind of place a place is, for containment checks.
	Level string
	// Aside is true inside parentheses ("(Nasdaq: ABC)"): a gloss, never
	// the one who speaks or acts.
	Aside bool
}

// Place levels.
const (
	LevelCountry = "country"
	LevelRegion  = "region" // a province, state, county or other area
	LevelCity    = "city"   // a city the lexicon knows
	LevelTown    = "town"   // a place name the lexicon does not know
	LevelSite    = "site"   // a square, stadium, airport, street
)

// regionHeads end the names of areas that may contain towns.
var regionHeads = toSet(`province region county district state governorate prefecture oblast department
municipality territory valley mountains coast island islands peninsula regency borough canton`)

// settlementHeads end the names of towns ("Palu City", "Poso Town").
var settlementHeads = toSet(`city town village`)

// entityStage finds proper names in every sentence.
type entityStage struct{}

func (entityStage) Name() string { return "entities" }

func (entityStage) Run(d *Doc) { entityStage{}.runWith(d, &wordScratch{}) }

// runWith cuts the names from x's buffers when it has them.
func (entityStage) runWith(d *Doc, x *wordScratch) {
	b := x.bufs
	named := b.namedList()
	openers := map[string]bool{}
	cache := runCaches.Get().(*runCache)
	defer runCaches.Put(cache)
	buf := b.entityBuffer()
	all := (*buf)[:0]
	ends := b.endList(len(d.Sentences))
	for _, s := range d.Sentences {
		if s.Duplicate || s.Headline || isTitleCase(s.Words) {
			continue // Title Case Headlines Make Every Word Look Like A Name
		}
		mark := len(all)
		all = appendEntities(all, d.Source.Text, s.Words, cache)
		named = append(named, s)
		ends = append(ends, len(all))
		if w, ok := commonOpener(all[mark:], s); ok {
			openers[w] = false
		}
	}
	if b == nil {
		shareEntities(named, ends, all)
		releaseEntityScratch(buf, all)
	} else {
		// The document goes before the Scratch's next one: its sentences
		// may hold their names where they were found.
		cutEntities(named, ends, all)
		*buf = all
		b.named = named
		b.keepEnds(ends)
	}
	writtenLower(d, openers)
	for _, s := range named {
		s.Entities = dropCommonOpeners(s.Entities, s, openers)
		markAsides(d.Source.Text, s)
	}
}

// shareEntities gives each named sentence its entities, all[ends[k-1]:ends[k]],
// cut from one copy of all: a sentence's entities live until the report,
// and one allocation per article instead of one per sentence was about a
// tenth of the stage. Each sentence's slice is capped at its own length, so
// an append by a later stage cannot write into the next sentence's.
func shareEntities(named []*Sentence, ends []int, all []Entity) {
	var own []Entity
	if len(all) > 0 {
		own = make([]Entity, len(all))
		copy(own, all)
	}
	cutEntities(named, ends, own)
}

// cutEntities gives each named sentence its entities, all[ends[k-1]:ends[k]].
func cutEntities(named []*Sentence, ends []int, all []Entity) {
	start := 0
	for k, s := range named {
		s.Entities = nil // a sentence without names has none, as before
		if end := ends[k]; end > start {
			s.Entities = all[start:end:end]
			start = end
		}
	}
}

// releaseEntityScratch clears the scratch over what was written (so the
// pool keeps no article's text alive) and returns it to the pool.
func releaseEntityScratch(buf *[]Entity, used []Entity) {
	clear(used)
	*buf = used[:0]
	entityScratch.Put(buf)
}

// writtenLower sets words[w] for each word w of the set that the document
// writes in lower case somewhere. Only the few words asked about are kept:
// a set of every lower-case word of every article was a tenth of all the
// bytes extraction allocated.
func writtenLower(d *Doc, words map[string]bool) {
	if len(words) == 0 {
		return
	}
	// Most words are none of the few asked about: a mask of their
	// lengths and one of their first bytes settle nearly every word
	// without hashing it.
	var lengths uint64
	var firsts [4]uint64 // the words' first bytes, one bit each
	for w := range words {
		lengths |= lengthBit(len(w))
		if w != "" {
			firsts[w[0]>>6] |= 1 << (w[0] & 63)
		}
	}
	for _, s := range d.Sentences {
		// By index, not by value: a range copy of each 40-byte word was
		// most of the loop.
		for i := range s.Words {
			w := &s.Words[i]
			t := w.Text()
			if w.Cap() || w.Punct() || lengths&lengthBit(len(t)) == 0 || t != "" && firsts[t[0]>>6]&(1<<(t[0]&63)) == 0 {
				continue
			}
			if _, asked := words[t]; asked {
				words[t] = true
			}
		}
	}
}

// lengthBit is the bit of a length in a 64-bit mask; lengths of 63 bytes
// and more share the last bit.
func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// commonOpener is the lower-case form of the one-word name that opens the
// sentence, if one does: the word dropCommonOpeners asks about.
func commonOpener(es []Entity, s *Sentence) (string, bool) {
	if len(es) == 0 || len(s.Words) == 0 {
		return "", false
	}
	first, w := es[0], s.Words[0]
	if first.Start == w.Start() && first.End <= w.End() && first.Kind == EntName {
		return lowerTrimmed(&w), true
	}
	return "", false
}

// dropCommonOpeners removes a one-word name that opens the sentence when
// the article writes the same word in lower case elsewhere ("Turnout was
// high", "Troops moved in"): it is capitalised by position only. lower
// holds the openers the article writes in lower case (writtenLower).
func dropCommonOpeners(es []Entity, s *Sentence, lower map[string]bool) []Entity {
	if w, ok := commonOpener(es, s); ok && lower[w] {
		return es[1:]
	}
	return es
}

// markAsides flags entities inside parentheses. src is the article's
// text, which the sentence's words are slices of.
func markAsides(src string, s *Sentence) {
	if len(s.Entities) == 0 || !hasOpening(src, s.Words) {
		return // nothing is inside parentheses
	}
	depth := 0
	open := map[int]bool{}
	for _, w := range s.Words {
		switch w.Text() {
		case "(", "[":
			depth++
		case ")", "]":
			depth = max(0, depth-1)
		default:
			if depth > 0 {
				open[w.Start()] = true
			}
		}
	}
	for k := range s.Entities {
		if open[s.Entities[k].Start] {
			s.Entities[k].Aside = true
		}
	}
}

// hasOpening reports whether a word opens a parenthesis or bracket. The
// words are slices of src: when their span holds no '(' or '[' byte (the
// common case, settled by a fast byte search), no word can be one.
func hasOpening(src string, words []text.Word) bool {
	if len(words) == 0 {
		return false
	}
	if span := src[words[0].Start():words[len(words)-1].End()]; strings.IndexByte(span, '(') < 0 && strings.IndexByte(span, '[') < 0 {
		return false
	}
	for _, w := range words {
		if w.Punct() && (w.Text() == "(" || w.Text() == "[") {
			return true
		}
	}
	return false
}

// connectors may sit inside a capitalised name ("Government of National
// Unity", "Omar al Rashid").
var connectors = map[string]bool{"of": true, "for": true, "de": true, "al": true, "el": true, "bin": true,
	"van": true, "von": true, "da": true, "del": true, "la": true, "le": true, "du": true, "der": true, "dos": true}

// isConnector is connectors[w]; every connector has two or three letters,
// so longer words are settled without hashing them.
func isConnector(w string) bool { return len(w) <= 3 && connectors[w] }

// nameParticles are connectors that belong to personal names.
var nameParticles = map[string]bool{"al": true, "el": true, "bin": true, "van": true, "von": true, "de": true,
	"da": true, "del": true, "la": true, "le": true, "du": true, "der": true, "dos": true, "Al": true, "El": true}

// findEntities groups runs of capitalised words and classifies each run,
// through cache when it is not nil.
func findEntities(src string, words []text.Word, cache *runCache) []Entity {
	buf := entityScratch.Get().(*[]Entity)
	out := appendEntities((*buf)[:0], src, words, cache)
	var found []Entity
	if len(out) > 0 {
		found = make([]Entity, len(out))
		copy(found, out)
	}
	// Drop the scratch's references to names and keys. Only the entities
	// found are cleared: clearing the whole capacity for every sentence
	// was a tenth of the stage. A run dropped after classification may
	// leave a stale entity past them, holding one article's text until
	// the slot is written again or the pool is emptied at GC.
	releaseEntityScratch(buf, out)
	return found
}

// appendEntities appends to out the entities findEntities finds.
func appendEntities(out []Entity, src string, words []text.Word, cache *runCache) []Entity {
	for i := 0; i < len(words); {
		if !isNameWord(&words[i]) || isWeekdayWord(&words[i]) {
			if !mayBeCapital(words[i].Lower()) {
				i++
				continue
			}
			if e, ok := genericPlace(src, words, i); ok {
				out = append(out, e)
			}
			i++
			continue
		}
		j := i + 1
		for j < len(words) {
			if isPossessiveWord(words[j-1].Text()) {
				break // "Bucharest's Victory Square" is a city and a square
			}
			if isNameWord(&words[j]) && !isWeekdayWord(&words[j]) {
				j++
				continue
			}
			if isConnector(words[j].Lower()) && j+1 < len(words) && isNameWord(&words[j+1]) {
				j += 2
				continue
			}
			break
		}
		mark := len(out)
		out = cache.classify(out, src, words[i:j], i == 0 || startsClause(words, i))
		if i > 0 {
			titleFromBefore(out[mark:], words, i)
		}
		if len(out) > mark && numberedName(&out[len(out)-1], src, words, j) {
			j++
		}
		i = j
	}
	return out
}

// numberedHeads are names that take a number to say which one: "Gate 4",
// "Terminal 2", "Ward 14". Without the number, Gate 4 and Gate 9 would be
// one place.
var numberedHeads = toSet(`gate gates terminal platform pier berth route highway runway hall block ward shaft
stand section unit reactor line track camp sector zone lane exit door building district precinct level`)

// numberedName extends an entity that ends in a numbered head with the
// number after it (words[j]), and reports whether it did.
func numberedName(e *Entity, src string, words []text.Word, j int) bool {
	if j >= len(words) || j == 0 || e.End != words[j-1].End() {
		return false
	}
	// The number first: it is a byte test, the head a map lookup.
	n := words[j]
	if n.Punct() || n.End()-n.Start() > 5 || n.Text()[0] < '0' || n.Text()[0] > '9' || !numberedHeads[words[j-1].Lower()] {
		return false
	}
	e.End = n.End()
	e.Text = src[e.Start:e.End]
	e.Key += " " + strings.ToLower(n.Text())
	return true
}

// entityScratch holds the growing entity buffers of findEntities: the
// entities of a sentence are collected there and copied once into a slice
// of the exact length, since a sentence's entities live until the report.
var entityScratch = sync.Pool{New: func() any { return new([]Entity) }}

// startsClause reports whether word i opens a sentence or a quotation, where
// ordinary words are capitalised too.
func startsClause(words []text.Word, i int) bool {
	p := words[i-1].Text()
	return p == "“" || p == "\"" || p == ":" || p == "(" || p == "—" || p == "–" || p == "-"
}

// isNameWord: capitalised words, acronyms, and names such as "deMilliano".
// It takes a pointer, as isWeekdayWord does: asked of every word, a copy
// of the 40-byte record per call was most of appendEntities' own time.
func isNameWord(w *text.Word) bool {
	if w.Punct() || w.Text() == "" {
		return false
	}
	if w.Cap() {
		return true
	}
	// Fast path for ASCII: most words are plain lower-case.
	if c := w.Text()[0]; c < utf8.RuneSelf {
		if c < 'a' || c > 'z' {
			return false // unicode.IsLower is false for every other ASCII byte
		}
		for i := 1; i < len(w.Text()); i++ {
			switch b := w.Text()[i]; {
			case b >= utf8.RuneSelf:
				return hasInnerCapital(w.Text())
			case b >= 'A' && b <= 'Z':
				return !strings.ContainsAny(w.Text(), "-")
			}
		}
		return false
	}
	return isNameWordSlow(w.Text())
}

// isNameWordSlow is isNameWord for a word that starts with a non-ASCII
// letter.
func isNameWordSlow(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLower(r) {
		return false
	}
	return hasInnerCapital(t)
}

// hasInnerCapital: past its first byte, t has an upper-case letter and no
// hyphen ("deMilliano", not "e-Mail").
func hasInnerCapital(t string) bool {
	for _, c := range t[1:] {
		if unicode.IsUpper(c) {
			return !strings.ContainsAny(t, "-")
		}
	}
	return false
}

// isNameWordOld is the former isNameWord, kept for the test that the fast
// path answers as it did.
func isNameWordOld(w text.Word) bool {
	if w.Punct() || w.Text() == "" {
		return false
	}
	if w.Cap() {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w.Text())
	if !unicode.IsLower(r) {
		return false
	}
	for _, c := range w.Text()[1:] {
		if unicode.IsUpper(c) {
			return !strings.ContainsAny(w.Text(), "-") // "deMilliano", not "e-Mail"
		}
	}
	return false
}

// mayBeCapital is a cheap test that w may be "capital" or "capital's",
// the only words genericPlace takes: it spares every other word a call
// that returns a whole Entity.
func mayBeCapital(w string) bool {
	return (len(w) == 7 || len(w) == 9 || len(w) == 11) && w[0] == 'c'
}

// genericPlace recognises "the capital" as a place that is compatible with
// any named capital.
func genericPlace(src string, words []text.Word, i int) (Entity, bool) {
	w := words[i].Lower()
	if (w == "capital" || w == "capital's") && i > 0 && strings.EqualFold(words[i-1].Text(), "the") {
		return Entity{Kind: EntPlace, Text: words[i].Text(), Start: words[i].Start(), End: words[i].End(),
			Key: "place:the capital", Capital: true, Generic: true, Level: LevelCity}, true
	}
	return Entity{}, false
}

// classifyRun turns one run of capitalised words into entities, appended
// to dst: a leading title, countries and demonyms, places, organisations
// and people.
func classifyRun(dst []Entity, src string, run []text.Word, sentenceStart bool) []Entity {
	// Sentence-initial function words are capitalised by position only.
	for len(run) > 0 && (isStopwordWord(run[0]) || sentenceStart && (isCommonWordWord(run[0]) || isAdverb(run[0].Text()) && !isPlaceName(run[0].Text()))) {
		run = run[1:]
		sentenceStart = false
	}
	if len(run) == 0 {
		return dst
	}
	// A person name at the end of a run: "... Affairs Jane Doe",
	// "General John Smith", "Gen. Smith".
	if definesAcronym(src, run) {
		name, _ := runText(src, run)
		return append(dst, Entity{Kind: EntOrg, Text: name, Start: run[0].Start(), End: run[len(run)-1].End(), Key: orgKey(name)})
	}
	if p, rest, ok := trailingPerson(src, run); ok {
		dst = classifyRest(dst, src, rest)
		return append(dst, p)
	}
	return classifyRest(dst, src, run)
}

// classifyRest classifies a run that holds no person name, appending its
// entities to dst.
func classifyRest(dst []Entity, src string, run []text.Word) []Entity {
	if len(run) == 0 || isWholeTitle(run) {
		return dst
	}
	if len(run) == 1 && isCompoundAdjective(run[0].Text()) {
		return dst // "Eindhoven-based", "UN-backed": a modifier, not a name
	}
	for len(run) > 0 && lexicon.IsTitleWord(trimPossessive(run[0].Text())) && len(run) > 1 && !hasOrgHead(run) {
		run = run[1:]
	}
	if run = stripTitlePrefix(run); len(run) == 0 {
		return dst
	}
	name, poss := runText(src, run)
	e := Entity{Text: name, Start: run[0].Start(), End: run[len(run)-1].End(), Possessive: poss}
	if poss {
		e.End -= len(run[len(run)-1].Text()) - len(trimPossessive(run[len(run)-1].Text()))
	}
	switch {
	case isPlaceHeadWord(trimPossessive(run[len(run)-1].Text())) && len(run) > 1 && !isOrgWord(trimPossessive(run[len(run)-1].Text())):
		e.Kind, e.Key, e.Level = EntPlace, "place:"+normKey(name), LevelSite
		if inLower(regionHeads, trimPossessive(run[len(run)-1].Text())) {
			e.Level = LevelRegion
		}
		return append(dst, e)
	case hasOrgHead(run):
		e.Kind, e.Key = EntOrg, orgKey(name)
		if c, ok := lexicon.CountryByDemonym(trimPossessive(run[0].Text())); ok {
			e.Country = c.Code
		} else if c, ok := lexicon.CountryByName(trimPossessive(run[0].Text())); ok {
			e.Country = c.Code
		}
		return append(dst, e)
	}
	if c, ok := lexicon.CountryByName(name); ok {
		e.Kind, e.Key, e.Country, e.Level = EntCountry, "country:"+c.Code, c.Code, LevelCountry
		return append(dst, e)
	}
	if c, ok := lexicon.CountryByDemonym(name); ok {
		e.Kind, e.Key, e.Country, e.Demonym = EntCountry, "country:"+c.Code, c.Code, true
		return append(dst, e)
	}
	if c, ok := lexicon.CityByName(name); ok {
		e.Kind, e.Key, e.Country, e.Capital, e.Level = EntPlace, "place:"+normKey(c.Name), c.Country, c.Capital, LevelCity
		return append(dst, e)
	}
	if r, ok := lexicon.RegionByName(name); ok {
		e.Kind, e.Key, e.Country, e.Level = EntPlace, "place:"+normKey(name), r.Country, LevelRegion
		return append(dst, e)
	}
	if len(run) > 1 {
		// Split mixed runs such as "US State Department" handled above;
		// here a run of several unknown words whose parts are countries:
		// "U.S. Embassy" is caught by the org head, "Senior U.S." below.
		mark := len(dst)
		for k := range run {
			dst = classifyRest(dst, src, run[k:k+1])
		}
		if hasKnown(dst[mark:]) {
			return dst
		}
		dst = dst[:mark]
		if head := trimPossessive(run[len(run)-1].Text()); lexicon.IsPlaceHead(head) {
			e.Kind, e.Key, e.Level = EntPlace, "place:"+normKey(name), LevelSite
			if inLower(regionHeads, head) {
				e.Level = LevelRegion
			}
			return append(dst, e)
		}
		e.Kind, e.Key = EntName, "name:"+normKey(name)
		return append(dst, e)
	}
	w := trimPossessive(run[0].Text())
	if isStopword(w) || isCommonWord(w) || isCalendarWord(w) || lexicon.IsTitleWord(w) || isPortfolioOrHonorific(w) {
		return dst
	}
	if isAcronym(w) {
		e.Kind, e.Key = EntOrg, "org:"+normKey(w)
		return append(dst, e)
	}
	e.Kind, e.Key = EntName, "name:"+normKey(name)
	return append(dst, e)
}

// stripTitlePrefix drops what a name's run opens with that is not the
// name: honorifics and titles ("Excellency Dr. Khalid Al-Marri") and, after
// a title, its field ("of State for Foreign Affairs Khalid Al-Marri", left
// by "Minister" dropped before; "for Internationalisation Ines Moura"). It
// drops them only when a name of two capitalised words or more is left,
// or the whole run when it is nothing but such words ("of Foreign
// Affairs", left by "Secretary General" before a person).
func stripTitlePrefix(run []text.Word) []text.Word {
	i := titlePrefixLen(run)
	switch {
	case i == len(run) && !hasOrgHead(run):
		return nil
	case i == 0 || len(run)-i < 2 || !run[i].Cap() || !run[len(run)-1].Cap() || hasOrgHead(run[i:]):
		return run
	}
	return run[i:]
}

// titlePrefixLen counts the words of titles, honorifics and a title's
// field that open run.
func titlePrefixLen(run []text.Word) int {
	titled, afterPrep := false, false
	for i, w := range run {
		t := strings.TrimSuffix(trimPossessive(w.Text()), ".")
		lw := strings.ToLower(t)
		prep := lw == "of" || lw == "for"
		switch {
		case honorifics[lw] || lexicon.IsTitleWord(t):
		case prep && (titled || i == 0): // a run opening with "of": its title was dropped before
		case titled && (lw == "the" || lw == "and" || lw == "state" || portfolioWords[lw] || t == ""):
		case afterPrep && len(run)-i > 2:
			// the word a title's "for" or "of" leads to is its field
		default:
			return i
		}
		titled, afterPrep = true, prep
	}
	return len(run)
}

func hasKnown(es []Entity) bool {
	for _, e := range es {
		if e.Kind == EntCountry || e.Kind == EntPlace || e.Kind == EntOrg {
			return true
		}
	}
	return false
}

// trailingPerson finds a personal name at the end of a run: after a title
// ("Ambassador Jane Doe", "Gen. Smith"), or two or three name words
// that are not lexicon words ("John Smith", "Omar Al Rashid").
func trailingPerson(src string, run []text.Word) (Entity, []text.Word, bool) {
	n := len(run)
	last := trimPossessive(run[n-1].Text())
	if !isPersonWord(last) {
		return Entity{}, nil, false
	}
	// Count name words from the end.
	k := n - 1
	for k > 0 && n-k < 3 && (isPersonWord(trimPossessive(run[k-1].Text())) || nameParticles[run[k-1].Text()]) {
		k--
	}
	for k < n-1 && nameParticles[run[k].Text()] {
		k++
	}
	if k > 0 && connectors[run[k-1].Text()] && !nameParticles[run[k-1].Text()] {
		return Entity{}, nil, false // "Minister for Foreign Affairs", "Advisor for Middle Eastern"
	}
	hasTitle := k > 0 && lexicon.IsTitleWord(strings.TrimSuffix(run[k-1].Text(), "."))
	if n-k == 1 && !hasTitle {
		return Entity{}, nil, false
	}

	name, poss := runText(src, run[k:])
	e := Entity{Kind: EntPerson, Text: name, Start: run[k].Start(), End: run[n-1].End(), Possessive: poss}
	if poss {
		e.End -= len(run[n-1].Text()) - len(last)
	}
	if hasTitle {
		e.Title = titleBefore(run[:k])
	}
	e.Key = "person:" + normKey(name)
	return e, run[:k], true
}

// titleBefore returns the longest title that ends right before a name:
// "Deputy Foreign Minister" in "... Deputy Foreign Minister Rui Tembe".
func titleBefore(run []text.Word) string {
	words := wordTexts(run)
	for i := 0; i < len(words); i++ {
		if n, ok := lexicon.Title(words[i:]); ok && i+n == len(words) {
			return strings.Join(words[i:], " ")
		}
	}
	return words[len(words)-1]
}

func wordTexts(run []text.Word) []string {
	out := make([]string, len(run))
	for i, w := range run {
		out[i] = w.Text()
	}
	return out
}

// isWholeTitle: a run that is only a title ("Foreign Minister") names no
// one by itself.
func isWholeTitle(run []text.Word) bool {
	n, ok := lexicon.Title(wordTexts(run))
	return ok && n == len(run)
}

func isInitial(w string) bool { return len(w) == 2 && w[1] == '.' }

// isPersonWord: a capitalised word that is no lexicon word (title, org or
// place head, country, demonym, city, calendar word, common word).
func isPersonWord(w string) bool {
	if v, ok := personWordCache.Load(w); ok {
		return v.(bool)
	}
	v := isPersonWordUncached(w)
	if len(w) < 40 {
		// A copy: the word is a slice of an article's text, which the
		// cache would otherwise keep alive to the end of the run.
		personWordCache.Store(strings.Clone(w), v)
	}
	return v
}

// personWordCache remembers isPersonWord per word: names repeat through a
// batch, and each answer costs a dozen lexicon lookups. It is shared by the
// extraction workers; the answer depends on the word alone.
var personWordCache sync.Map

func isPersonWordUncached(w string) bool {
	if inLower(roleNouns, w) {
		return false
	}
	if w == "" || isAcronym(w) || isStopword(w) || isCommonWord(w) || isCalendarWord(w) || isPortfolioOrHonorific(w) {
		return false
	}
	if lexicon.IsTitleWord(strings.TrimSuffix(w, ".")) || isOrgWord(w) || lexicon.IsPlaceHead(w) {
		return false
	}
	if _, ok := lexicon.CountryByName(w); ok {
		return false
	}
	if _, ok := lexicon.CountryByDemonym(w); ok {
		return false
	}
	if _, ok := lexicon.CityByName(w); ok {
		return false
	}
	if strings.ContainsAny(w, ".#0123456789") || isCompoundAdjective(w) || hyphenCapitalised(w) {
		return false // "Jae-won" is a name; "Una-Una" may be a place, "Eindhoven-based" a modifier
	}
	return true
}

func hasOrgHead(run []text.Word) bool {
	for _, w := range run {
		if isOrgWord(trimPossessive(w.Text())) {
			return true
		}
	}
	return false
}

// runText is the run's text; possessive "'s" on the last word is dropped.
func runText(src string, run []text.Word) (string, bool) {
	s := src[run[0].Start():run[len(run)-1].End()]
	t := trimPossessive(s)
	return t, t != s
}

func trimPossessive(w string) string {
	// Every suffix ends in 's', '\'' or the last byte of '’' (0x99): most
	// words end in none of them and need no suffix comparison.
	if n := len(w); n == 0 || w[n-1] != 's' && w[n-1] != '\'' && w[n-1] != 0x99 {
		return w
	}
	return trimPossessiveSuffix(w)
}

// trimPossessiveSuffix drops the first of "'s", "’s", "'", "’" that w ends
// in and is longer than, comparing bytes from the end ("’" is E2 80 99).
func trimPossessiveSuffix(w string) string {
	n := len(w)
	endsQuote := func(at int) (int, bool) { // the mark ending at byte at, and its length
		switch {
		case at >= 1 && w[at-1] == '\'':
			return 1, true
		case at >= 3 && w[at-3] == 0xE2 && w[at-2] == 0x80 && w[at-1] == 0x99:
			return 3, true
		}
		return 0, false
	}
	if w[n-1] == 's' {
		if m, ok := endsQuote(n - 1); ok && n > m+1 {
			return w[:n-m-1]
		}
	}
	if m, ok := endsQuote(n); ok && n > m {
		return w[:n-m]
	}
	return w
}

func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// normKey folds case, dots and a leading "the" so aliases compare equal.
func normKey(s string) string {
	if k, ok := normKeyASCII(s); ok {
		return k
	}
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.ReplaceAll(s, ".", "")
	return strings.Join(strings.Fields(s), " ")
}

func isPlaceName(w string) bool {
	if _, ok := lexicon.CountryByName(w); ok {
		return true
	}
	_, ok := lexicon.CityByName(w)
	return ok
}

func isPossessiveWord(w string) bool { return trimPossessive(w) != w }

// definesAcronym: "Nagrik Vikas Aghadi (NVA)": a name followed by the
// acronym of its initials is an organisation.
func definesAcronym(src string, run []text.Word) bool {
	end := run[len(run)-1].End()
	rest := src[end:min(len(src), end+acronymReach)]
	if !strings.HasPrefix(rest, " (") || len(run) < 2 {
		return false
	}
	close := strings.IndexByte(rest, ')')
	if close < 0 {
		return false
	}
	acr := rest[2:close]
	var initials []byte
	for _, w := range run {
		if w.Text()[0] >= 'A' && w.Text()[0] <= 'Z' {
			initials = append(initials, w.Text()[0])
		}
	}
	return len(acr) >= 2 && strings.HasPrefix(string(initials), acr) || string(initials) == acr
}

// isTitleCase: a line of four or more words, most of them capitalised.
func isTitleCase(ws []text.Word) bool {
	words, caps := 0, 0
	for i := range ws { // by index: no copy of each word
		w := &ws[i]
		if w.Punct() {
			continue
		}
		words++
		if w.Cap() {
			caps++
		} else if (words-caps)*10 > len(ws)*3 {
			return false // more than 3 in 10 of all tokens are lower-case words
		}
	}
	return words >= 4 && caps*10 >= words*7
}

func isCompoundAdjective(w string) bool {
	return hasLowerSuffix(w, "-based", "-backed", "-led", "-born", "-made", "-owned", "-run", "-style", "-funded", "-supported")
}

// isPlaceHeadWord: the lexicon's place heads, and the names of areas.
func isPlaceHeadWord(w string) bool {
	return lexicon.IsPlaceHead(w) || inLowerEither(regionHeads, settlementHeads, w)
}

// titleFromBefore gives a lower-case title standing right before a run to
// the person opening it: "company president Lee Dong-hoon".
func titleFromBefore(es []Entity, words []text.Word, i int) {
	prev := words[i-1]
	if prev.Cap() || prev.Punct() {
		return
	}
	// The title lookup is the dear part: ask it only when a person
	// without a title opens the run.
	asked, isTitle := false, false
	for k := range es {
		if es[k].Kind == EntPerson && es[k].Title == "" && es[k].Start == words[i].Start() {
			if !asked {
				asked, isTitle = true, lexicon.IsTitleWord(prev.Text())
			}
			if isTitle {
				es[k].Title = prev.Text()
			}
		}
	}
}

// hyphenCapitalised: "Una-Una", "Jean-Pierre": a hyphen followed by a
// capital, which place names have as often as given names.
func hyphenCapitalised(w string) bool {
	i := strings.IndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && w[i+1] >= 'A' && w[i+1] <= 'Z'
}
