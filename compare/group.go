package compare

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// Grouping event mentions into events, within one story.
//
// A story's mentions of one trigger class start from a prior that they are
// one event (a batch is about one story), and earn or lose score by what
// they share: named participants, the patient, the sentence's words and
// figures, agreeing or disagreeing dates and places, articles about the
// same people. Some pairs can never be one event: dates or publication
// dates weeks apart, one source setting them in two places or on two dates
// (a source rarely contradicts itself, so it is speaking of two events),
// different defendants or delegations, or an explicitly previous, planned
// or numbered other event. Links are taken strongest first; two groups
// merge when the mean score of all pairs across them is high enough
// (average linkage, so one vague mention cannot chain two events) and no
// pair may not be joined. So an undated "Monday" meeting joins the group it
// shares most with, not a meeting in another city a month later.

// personalClasses are events defined by the one person they happen to.
var personalClasses = map[string]bool{"sentence": true, "charge": true, "resign": true, "elect": true}

// Tolerances for grouping.
const (
	linkThreshold   = 0.7
	mergeThreshold  = 0.6 // mean pair score for two groups to merge
	sameStoryPrior  = 0.4
	strongLink      = 1.6 // a pair this close may merge groups below the mean
	maxEventSpread  = 14  // days: dates further apart are different events
	maxPublishedGap = 21  // days between publication dates
)

// entityWeight: how much a shared argument says that two mentions are of
// one event. Countries and groups are shared by too many events to count
// much.
var entityWeight = map[string]float64{
	claims.EntPerson: 1.0, claims.EntOrg: 0.7, claims.EntName: 0.7, claims.EntCountry: 0.3, "group": 0.2,
}

// EventGroup is one event: mentions from one or more sources.
type EventGroup struct {
	ID       string
	Class    string
	Mentions []*claims.Mention
	// Strength is the weakest mean link that joined the group, for
	// confidence.
	Strength float64
	// increments remembers, per mention, which figures incrementFigure
	// found to add to another (incrementAt); set by checkStoryWith while
	// the comparators run, nil otherwise.
	increments []incrementMemo
}

// Sources lists the ids of the sources that mention the event, sorted.
func (g *EventGroup) Sources() []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range g.Mentions {
		if !seen[m.Source()] {
			seen[m.Source()] = true
			out = append(out, m.Source())
		}
	}
	sort.Strings(out)
	return out
}

// twoSources: at least two sources mention the event (len(Sources()) >=
// 2, without the set and the sorted list: every group is asked, and most
// single-source groups are dropped by it).
func (g *EventGroup) twoSources() bool {
	for _, m := range g.Mentions {
		if m.Source() != g.Mentions[0].Source() {
			return true
		}
	}
	return false
}

// mentionInfo caches what grouping needs of a mention. Names and words
// are the story's interned numbers (storyWords), kept as sorted lists:
// comparing two mentions is then a walk over two short lists, not string
// hashing.
type mentionInfo struct {
	m    *claims.Mention
	keys []mentionKey // sorted by id, one per key
	doc  int
	// words are the content words of the mention's sentence: two reports
	// of one event tend to reuse its words ("sentenced", "prison", "bribes").
	words []uint32
	// figures are the exact numbers of the sentence, a strong shared cue.
	figures []float64
	// window, when, otherEvent and datedFuture depend on the mention
	// alone; mustSeparate and linkScore read them for every pair.
	window      window
	when        dayConstraint // constraintOf the mention's date, if it has one
	otherEvent  bool          // "the previous election", "last year's quake"
	datedFuture bool
	named       bool // a person or an organisation among the keys
	// placeless: the mention names no place in a known country (its
	// article's lead countries, docProfile, may then tell where it was).
	placeless bool
	// offLead: the mention sets its event in a place that cannot be one of
	// its article's lead places ("a tornado near Pruitt, Alabama" in an
	// article led by a tornado in Mississippi): background, another event.
	offLead bool
	// personalClass (personalClasses), personObject (the object is a
	// person) and counted (a class whose tolls are counted,
	// claims.CountLabel) are looked up once per mention: mustSeparate
	// asked the class's maps again for every pair.
	personalClass, personObject, counted bool
	// roleClass ("lead", "decider"), storyClass ("story") and
	// phrasePatient (the patient holds a space or hyphen) are what
	// linkScore asked of the class and patient strings for every pair.
	roleClass, storyClass, phrasePatient bool
}

// mentionKey is one named argument of a mention: its key's number and
// its kind.
type mentionKey struct {
	id     uint32
	kind   string
	weight float64 // entityWeight of the kind
}

type docProfile struct {
	keys      []uint32 // names' numbers, sorted
	published time.Time
	// publishedSec is published's Unix second, set (with plainPublished)
	// when published is known and has no monotonic reading: mustSeparate
	// then settles most pairs' publication gap on whole seconds instead of
	// time.Time.Sub, which was half of its own cost.
	publishedSec   int64
	plainPublished bool
	// leadCountries are the countries the lead sentence's places lie in,
	// where news says where its story happened.
	leadCountries []string
	// leadPlaces are the places the lead sentence names.
	leadPlaces []*claims.Entity
	// similar caches the name overlap of pairs of the story's documents.
	similar *docSimilarity
}

// groupMentions groups the comparable mentions of all documents.
func groupMentions(docs []*claims.Doc) []*EventGroup { return groupMentionsWithin(docs, recentDays) }

// groupMentionsWithin groups mentions with an event window of days.
// Its working memory is a pooled storyScratch, given back when the
// groups are made: they hold the documents' mentions only.
func groupMentionsWithin(docs []*claims.Doc, days int) []*EventGroup {
	sc := storyScratches.Get().(*storyScratch)
	defer sc.release()
	st := sc.prepare(docs, days)
	var groups []*EventGroup
	for _, c := range st.classes {
		groups = append(groups, sc.groupClass(st.byClass[c], st.profiles, st.words)...)
	}
	return groups
}

// storyMentions is what grouping knows of a story: its documents'
// profiles, and its comparable mentions by class.
type storyMentions struct {
	profiles []docProfile
	words    *storyWords
	byClass  map[string][]*mentionInfo
	classes  []string // sorted
}

// prepareStory is prepare with a scratch of its own.
func prepareStory(docs []*claims.Doc, days int) storyMentions {
	return newStoryScratch().prepare(docs, days)
}

// prepare profiles a story's documents and lists its comparable mentions
// by class, in the scratch's memory.
func (sc *storyScratch) prepare(docs []*claims.Doc, days int) storyMentions {
	n := 0
	for _, d := range docs {
		n += len(d.Mentions)
	}
	sc.infos = slices.Grow(sc.infos[:0], n) // newInfo's pointers must not move
	sc.profiles = grown(sc.profiles, len(docs))
	similar := sc.similarityFor(sc.profiles)
	sw := &sc.words
	for i, d := range docs {
		sc.profiles[i] = profileDoc(d, sw)
		sc.profiles[i].similar = similar
		for _, m := range d.Mentions {
			if m.Negated || m.Irrealis {
				continue // what did not or has not yet happened is not compared
			}
			in := sc.newInfo()
			sc.keys, sc.figures = fillMentionInfo(in, m, i, days, sw, sc.keys, sc.figures)
			_, _, in.offLead = placeClash(m.Places, sc.profiles[i].leadPlaces)
			sc.classList(m.Class, in)
		}
	}
	sort.Strings(sc.classes)
	return storyMentions{profiles: sc.profiles, words: sw, byClass: sc.byClass, classes: sc.classes}
}

// fillMentionInfo fills in for m, cutting its keys and figures from the
// ends of keys and figs, which it returns grown.
func fillMentionInfo(in *mentionInfo, m *claims.Mention, doc, days int, sw *storyWords, keys []mentionKey, figs []float64) ([]mentionKey, []float64) {
	start := len(keys)
	keys = appendMentionKeys(keys, m, sw)
	fstart := len(figs)
	figs = appendFigures(figs, m.Sentence)
	*in = mentionInfo{m: m, keys: cut(keys, start), doc: doc,
		words: sw.contentWords(m.Doc, m.Sentence), figures: cut(figs, fstart),
		window: eventWindow(m, days), otherEvent: m.Prior || pastPeriod(m.Time), datedFuture: datedFuture(m)}
	if m.Time != nil {
		in.when = constraintOf(m.Time)
	}
	for _, k := range in.keys {
		in.named = in.named || k.kind == claims.EntPerson || k.kind == claims.EntOrg
	}
	in.placeless = !inCountry(m.Places) && !inCountry(m.Participants)
	in.personalClass, in.personObject = personalClasses[m.Class], strings.HasPrefix(m.Object, "person:")
	in.counted = claims.CountLabel(m.Class) != ""
	in.roleClass, in.storyClass = m.Class == "lead" || m.Class == "decider", m.Class == "story"
	in.phrasePatient = strings.ContainsAny(m.Patient, " -")
	return keys, figs
}

// cut is buf[start:] as a list of its own capacity, nil when empty (as
// the lists appended from nil were).
func cut[T any](buf []T, start int) []T {
	if len(buf) == start {
		return nil
	}
	return buf[start:len(buf):len(buf)]
}

// inCountry: one of the places among es lies in a known country.
func inCountry(es []*claims.Entity) bool {
	for _, e := range es {
		if countryOf(e) != "" {
			return true
		}
	}
	return false
}

// countryOf is the country a named place lies in, "" for anything else.
func countryOf(e *claims.Entity) string {
	if !isPlace(e) || e.Generic {
		return ""
	}
	return e.Country
}

// leadCountries lists the countries the lead's named places (of its
// leadPlaces, the places proper) lie in.
func leadCountries(places []*claims.Entity) []string {
	var out []string
	for _, e := range places {
		if c := countryOf(e); e.Kind == claims.EntPlace && c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// offLeadApart: a is set off its article's lead and b names no place: b
// tells of its own article's lead event, a of another ("destroyed 40
// homes" near Pruitt, Alabama, in an article led by a tornado in
// Mississippi, against another article's "412 homes destroyed"). Only the
// classes whose tolls are counted are asked, as in leadCountriesApart:
// asked of every class it split meetings and storms that their articles'
// leads set in one of several places.
func offLeadApart(a, b *mentionInfo) bool {
	return a.offLead && len(b.m.Places) == 0 && a.counted
}

// leadPlaces lists the places the article's lead sentence names.
func leadPlaces(d *claims.Doc) []*claims.Entity {
	lead := leadSentence(d)
	if lead == nil {
		return nil
	}
	var out []*claims.Entity
	for k := range lead.Entities {
		if e := &lead.Entities[k]; e.Kind == claims.EntPlace || e.Kind == claims.EntCountry && !e.Demonym {
			out = append(out, e)
		}
	}
	return out
}

// leadSentence is the article's first sentence of its own (no headline,
// no repeat), or nil.
func leadSentence(d *claims.Doc) *claims.Sentence {
	for _, s := range d.Sentences {
		if !s.Headline && !s.Duplicate {
			return s
		}
	}
	return nil
}

// leadCountriesApart: a mention that names no place of its own, in an
// article whose lead sets its story in other countries than the other
// article's lead ("boat sank off Tunisia's Kerkennah Islands ... Three
// people were still missing" against a lead on a boat that capsized
// "south-west of the Italian island of Lampedusa" after leaving North Africa),
// tells of another event. Leads that share a country (a flight from one
// country diverted to another) say nothing; only the classes whose tolls
// are counted are asked, since a deal's or a summit's leads name several
// countries for one event.
func leadCountriesApart(a, b *mentionInfo, profiles []docProfile) bool {
	if !a.counted {
		return false // only tolls of the dead, hurt, missing, arrested...: a deal's leads name buyer's and seller's countries
	}
	la, lb := profiles[a.doc].leadCountries, profiles[b.doc].leadCountries
	if a.doc == b.doc || !a.placeless && !b.placeless || len(la) == 0 || len(lb) == 0 {
		return false
	}
	for _, c := range la {
		if slices.Contains(lb, c) {
			return false
		}
	}
	return true
}

func profileDoc(d *claims.Doc, sw *storyWords) docProfile {
	places := leadPlaces(d)
	p := docProfile{published: d.Source.Published, leadCountries: leadCountries(places), leadPlaces: places}
	setPublished(&p)
	start := len(sw.arena)
	for _, s := range d.Sentences {
		for k := range s.Entities {
			if e := &s.Entities[k]; e.Kind == claims.EntPerson || e.Kind == claims.EntOrg || e.Kind == claims.EntName {
				sw.arena = append(sw.arena, sw.id(e.Key))
			}
		}
	}
	p.keys = sw.cutSet(start)
	return p
}

// setPublished sets p's publishedSec from its publication date, when it
// has one without a monotonic reading (whose Sub would differ).
func setPublished(p *docProfile) {
	if pub := p.published; !pub.IsZero() && pub == pub.Round(0) {
		p.publishedSec, p.plainPublished = pub.Unix(), true
	}
}

// mentionKeys are the keys of a mention's participants, agent and owner;
// a key named twice keeps the kind it was given last.
// appendMentionKeys appends mentionKeys to dst (its own keys only are
// looked through and sorted).
func appendMentionKeys(dst []mentionKey, m *claims.Mention, sw *storyWords) []mentionKey {
	start := len(dst)
	add := func(e *claims.Entity) {
		id := sw.id(e.Key)
		for i := start; i < len(dst); i++ {
			if dst[i].id == id {
				dst[i].kind, dst[i].weight = e.Kind, entityWeight[e.Kind]
				return
			}
		}
		dst = append(dst, mentionKey{id: id, kind: e.Kind, weight: entityWeight[e.Kind]})
	}
	for _, e := range m.Participants {
		add(e)
	}
	for _, e := range [...]*claims.Entity{m.Agent, m.Owner} {
		if e != nil {
			add(e)
		}
	}
	slices.SortFunc(dst[start:], func(x, y mentionKey) int { return cmp.Compare(x.id, y.id) })
	return dst
}

// link is a candidate pair of mentions (a, b) and its score. Its
// indexes are 32-bit (a class holds far fewer mentions) so that a link
// is 24 bytes, not 32: sorting the links moves them about, and it was a
// sixth of grouping.
type link struct {
	score   float64
	a, b, n int32 // n: the order candidateLinks found it in
}

// groupClass clusters the mentions of one class. A group's members are
// a list linked through sc.next (head: the root, sc.tail its last), in the
// order appending one group's list to the other's gave them.
func (sc *storyScratch) groupClass(ms []*mentionInfo, profiles []docProfile, sw *storyWords) []*EventGroup {
	scores := sc.pairScoresFor(ms, profiles)
	buf := linkBuffers.Get().(*[]link)
	defer putLinkBuffer(buf)
	links := candidateLinks((*buf)[:0], ms, profiles, scores, sw)
	*buf = links
	// Strongest first, ties in candidate order (strongerLink's order).
	sc.linkTmp = sortLinks(links, sc.linkTmp)
	n := len(ms)
	parent, next, tail := grown(sc.parent, n), grown(sc.next, n), grown(sc.tail, n)
	strength := grown(sc.strength, n)
	sc.parent, sc.next, sc.tail, sc.strength = parent, next, tail, strength
	for i := range n {
		parent[i], next[i], tail[i], strength[i] = int32(i), -1, int32(i), 10
	}
	find := func(i int) int {
		for parent[i] != int32(i) {
			parent[i] = parent[parent[i]]
			i = int(parent[i])
		}
		return i
	}
	for _, l := range links {
		ra, rb := find(int(l.a)), find(int(l.b))
		if ra == rb {
			continue
		}
		avg, lo, ok := averageLinkOf(scores, next, ra, rb)
		if !ok || avg < mergeThreshold && (l.score < strongLink || lo < 0) {
			continue
		}
		parent[rb] = int32(ra)
		next[tail[ra]], tail[ra] = int32(rb), tail[rb]
		strength[ra] = min(strength[ra], strength[rb], avg)
	}
	var out []*EventGroup
	for i := range n {
		if find(i) != i {
			continue
		}
		g := &EventGroup{Class: ms[i].m.Class, Strength: strength[i]}
		members := sc.members[:0]
		for k := int32(i); k >= 0; k = next[k] {
			members = append(members, int(k))
		}
		slices.Sort(members)
		g.Mentions = make([]*claims.Mention, len(members))
		for j, k := range members {
			g.Mentions[j] = ms[k].m
		}
		sc.members = members
		out = append(out, g)
	}
	return out
}

// strongerLink orders links strongest first, ties in candidate order:
// the order sortLinks gives links numbered in candidate order.
// Scores are compared directly (cmp.Compare's NaN tests were half of
// sorting); a NaN, which no score should be, is ordered as cmp.Compare
// orders it.
func strongerLink(x, y link) int {
	switch {
	case x.score > y.score:
		return -1
	case x.score < y.score:
		return 1
	case x.score == y.score:
		return cmp.Compare(x.n, y.n)
	}
	if c := cmp.Compare(y.score, x.score); c != 0 {
		return c
	}
	return cmp.Compare(x.n, y.n)
}

// candidateLinks scores the pairs of mentions that share a key, a patient
// or a source. Pairs sharing nothing are never scored, so cost grows with
// the size of each story, not with the square of the batch.
//
// Keys are taken in the order of their names (see indexKey), and pairs in
// the order first found, as links of equal score are merged in that order.
//
// The links are appended to dst, a buffer groupClass reuses: a big class
// has tens of thousands, and growing a new slice for each class was a
// tenth of grouping.
func candidateLinks(dst []link, ms []*mentionInfo, profiles []docProfile, scores *pairScores, sw *storyWords) []link {
	if len(ms) <= maxKeyMentions && classKeyFirst(ms, sw) {
		return appendAllLinks(dst, len(ms), scores)
	}
	return append(dst, indexedLinks(ms, profiles, scores, sw)...)
}

// linkBuffers holds the link buffers of groupClass.
var linkBuffers = sync.Pool{New: func() any { return new([]link) }}

// maxPooledLinks: a larger buffer is left to the collector rather than
// kept (24 bytes a link: 1.5 MB).
const maxPooledLinks = 1 << 16

func putLinkBuffer(buf *[]link) {
	if cap(*buf) <= maxPooledLinks {
		linkBuffers.Put(buf)
	}
}

// indexedLinks is candidateLinks by the keys' lists, one after another.
func indexedLinks(ms []*mentionInfo, profiles []docProfile, scores *pairScores, sw *storyWords) []link {
	ix := newCandidateIndex(ms, profiles, sw)
	var links []link
	var list []int
	for _, n := range ix.order() {
		list = ix.list(n, list[:0])
		if len(list) > maxKeyMentions {
			continue // a key shared by hundreds of mentions says nothing
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				a, b := list[x], list[y]
				if scores.seen(a, b) {
					continue
				}
				if s := scores.get(a, b).score; s >= linkThreshold {
					links = append(links, link{a: int32(a), b: int32(b), score: s, n: int32(len(links))})
				}
			}
		}
	}
	return links
}

// maxKeyMentions: a key shared by more mentions says nothing about which
// of them are one event.
const maxKeyMentions = 400

// classKeyFirst: the "class" key, which lists every mention, is the first
// key in order, so candidateLinks finds every pair under it first, in
// order: no name of a mention sorts before it. Names are kind-prefixed
// ("country:", "person:") and so do; a bare or odd key may not.
func classKeyFirst(ms []*mentionInfo, sw *storyWords) bool {
	for _, in := range ms {
		for _, k := range in.keys {
			if sw.strs[k.id] <= nsPrefix[nsClass] {
				return false
			}
		}
	}
	return true
}

// allLinks is candidateLinks when the "class" key comes first: every pair
// of the n mentions, in order, that scores a link.
func allLinks(n int, scores *pairScores) []link { return appendAllLinks(nil, n, scores) }

// appendAllLinks is allLinks appending to links.
func appendAllLinks(links []link, n int, scores *pairScores) []link {
	for a := range n {
		for b := a + 1; b < n; b++ {
			if s := scores.get(a, b).score; s >= linkThreshold {
				links = append(links, link{a: int32(a), b: int32(b), score: s, n: int32(len(links))})
			}
		}
	}
	return links
}

// linkScore says how likely two mentions that mustSeparate lets through
// are of one event.
func linkScore(a, b *mentionInfo, profiles []docProfile) float64 {
	score := 0.0
	shared := sharedWeight(a.keys, b.keys)
	score += min(shared, 2.0)
	if a.roleClass {
		if a.m.Object == b.m.Object {
			score += 0.8 // one role: who held it is what is compared
		}
	} else if shared == 0 && a.named && b.named {
		score -= 0.5 // both name who took part, and no one in common
	}
	if a.m.Patient != "" && a.m.Patient == b.m.Patient {
		score += 0.6
		if a.phrasePatient {
			score += 0.4
		}
	}
	if a.storyClass {
		score += 1.0 // each article's story: one per article, all about one story
	}
	if a.doc == b.doc {
		score += 0.8
		if a.m.Definite && a.m.Time == nil || b.m.Definite && b.m.Time == nil {
			score += 0.8 // "the quake" refers back to the article's quake
		}
	} else {
		// A batch is about one story: the same kind of event in two of its
		// articles is, without evidence to the contrary, the same event.
		score += sameStoryPrior
		score += 1.5*docJaccard(profiles, a.doc, b.doc) + 1.5*jaccard(a.words, b.words)
		if shareFigure(a.figures, b.figures) {
			score += 0.3
		}
	}
	if a.m.Time != nil && b.m.Time != nil {
		switch v := compareConstrained(a.m.Time, b.m.Time, a.when, b.when, false); {
		case v.compatible && v.sameDay:
			score += 1.0
		case v.compatible:
			score += 0.3
		default:
			// Reports of one event rarely miss its day by more than a day
			// or two; a week apart is more likely a second event.
			switch gap := constraintsApart(a.when, b.when); {
			case gap >= 7:
				score -= 1.2
			case gap >= 3:
				score -= 0.6
			default:
				score -= 0.2
			}
		}
	}
	if len(a.m.Places) > 0 && len(b.m.Places) > 0 {
		if _, _, clash := placeClash(a.m.Places, b.m.Places); clash {
			score -= 1.0
		} else {
			score += 0.3
		}
	}
	return score
}

// mustSeparate: pairs that can never be one event.
func mustSeparate(a, b *mentionInfo, profiles []docProfile) bool {
	if profilesPublishedApart(&profiles[a.doc], &profiles[b.doc]) {
		return true
	}
	if a.m.Time != nil && b.m.Time != nil && constraintsApart(a.when, b.when) > maxEventSpread {
		return true
	}
	if windowsApart(a.window, b.window) > maxEventSpread {
		return true
	}
	if a.m.Class == "lead" && a.m.Object != b.m.Object {
		return true // leading one delegation is not leading the other
	}
	if a.personalClass && a.personObject && b.personObject && a.m.Object != b.m.Object {
		return true // sentencing one defendant is not sentencing another
	}
	if a.otherEvent != b.otherEvent || a.datedFuture != b.datedFuture || a.m.Ordinal != "" && b.m.Ordinal != "" && a.m.Ordinal != b.m.Ordinal {
		return true // "the previous election", "the first round": another event by its own words
	}
	if a.doc == b.doc {
		if a.m.Time != nil && b.m.Time != nil && !compareConstrained(a.m.Time, b.m.Time, a.when, b.when, false).compatible {
			return true
		}
		if sameArticlePlaceClash(a.m.Places, b.m.Places) {
			return true
		}
	}
	if leadCountriesApart(a, b, profiles) {
		return true
	}
	if a.doc != b.doc && (offLeadApart(a, b) || offLeadApart(b, a)) {
		return true // a placeless mention tells of its own article's lead event
	}
	return a.m.Aggregate != b.m.Aggregate && (len(a.m.Counts) > 0 || len(b.m.Counts) > 0)
}

// profilesPublishedApart: the two documents were published more than
// maxPublishedGap days apart (absDays of the difference of the dates).
// Whole seconds settle it unless the gap lies within two seconds of
// maxPublishedGap+1 days: the nanoseconds, under a second either way,
// cannot carry it across that line.
func profilesPublishedApart(pa, pb *docProfile) bool {
	if pa.plainPublished && pb.plainPublished {
		const line = (maxPublishedGap + 1) * 86400 // the least gap, in seconds, absDays puts past the limit
		gap := pa.publishedSec - pb.publishedSec
		if gap < 0 {
			gap = -gap
		}
		switch {
		case gap > line:
			return true
		case gap < line-1:
			return false
		}
	}
	return !pa.published.IsZero() && !pb.published.IsZero() && absDays(pa.published.Sub(pb.published)) > maxPublishedGap
}

// averageLinkOf scores a merge of two groups by the mean score of all pairs
// across them (average linkage), so that two events cannot be chained
// together through one vague mention that fits both; ok is false when a
// pair must stay apart.
//
// A very strong single link (the same article's "the quake" twice) may
// merge below the mean, as long as no pair across the groups speaks
// against it: the mean alone would favour joining small groups.
//
// The groups are given by the heads a and b of their member lists,
// linked through next (groupClass); pairs are summed in list order.
func averageLinkOf(scores *pairScores, next []int32, a, b int) (avg, lowest float64, ok bool) {
	sum := 0.0
	lowest = 1e9
	na, nb := 0, 0
	// A pair already in the dense table is read there rather than through
	// get: it is asked about five times for every pair computed, and the
	// call (too large to inline) was half of what asking cost.
	dense, n := scores.dense, scores.n
	for x := int32(a); x >= 0; x = next[x] {
		na++
		nb = 0
		row := int(x) * n
		for y := int32(b); y >= 0; y = next[y] {
			nb++
			var ps pairScore
			if k := row + int(y); k < len(dense) && dense[k].known {
				ps = dense[k]
			} else {
				ps = scores.get(int(x), int(y))
			}
			if ps.separate {
				return 0, 0, false
			}
			s := ps.score
			sum += s
			lowest = min(lowest, s)
		}
	}
	return sum / float64(na*nb), lowest, true
}

func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d.Hours() / 24)
}

// recentDays is how far back an event that a dated article tells without a
// date of its own is taken to lie: news reports what just happened, and
// background from further back comes with its own date ("last year", "in
// 2012").
const recentDays = 10

// window is an inclusive range of days an event can lie in.
type window struct{ lo, hi time.Time }

// eventWindow is the range of days a mention's event can lie in: its own
// date when it has one on the calendar, else the days just before its
// article's publication; zero when neither is known.
func eventWindow(m *claims.Mention, days int) window {
	if t := m.Time; t != nil && !dayOnlyImplied(t) {
		if !t.Lo.IsZero() && !t.Hi.IsZero() {
			return window{t.Lo, t.Hi}
		}
		if isDated(t) {
			return window{} // a weekday or a month and day in an undated article
		}
	}
	if p := m.Doc.Source.Published; !p.IsZero() {
		return window{p.AddDate(0, 0, -days), p}
	}
	return window{}
}

// windowsApart is the number of days between two windows, 0 when either is
// unknown or they overlap.
func windowsApart(a, b window) int {
	if a.lo.IsZero() || b.lo.IsZero() {
		return 0
	}
	switch {
	case a.hi.Before(b.lo):
		return int(b.lo.Sub(a.hi) / day)
	case b.hi.Before(a.lo):
		return int(a.lo.Sub(b.hi) / day)
	}
	return 0
}

// figures are the exact values of a sentence's counts and quantities.
// appendFigures appends figures to dst.
func appendFigures(dst []float64, s *claims.Sentence) []float64 {
	for _, n := range s.Numbers {
		if n.Lo == n.Hi && n.Lo > 2 && n.Kind != "year" && n.Kind != "time" && n.Kind != "ordinal" {
			dst = append(dst, n.Lo)
		}
	}
	return dst
}

// shareFigure: the two sentences give one exact figure.
func shareFigure(a, b []float64) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// datedFuture: a plan with its own date ("will visit in April") is another
// event than what already happened; "will buy X" with no date of its own is
// how deals are reported.
func datedFuture(m *claims.Mention) bool { return m.Future && m.Time != nil }

// sameArticlePlaceClash: one article that sets two events of a kind in two
// differently named towns, cities or sites is telling two events, even where
// the lexicon cannot say the places are apart ("in Piata Victoriei" and "in
// Cluj-Napoca"); areas and countries may hold either.
func sameArticlePlaceClash(as, bs []*claims.Entity) bool {
	if _, _, clash := placeClash(as, bs); clash {
		return true
	}
	for _, a := range as {
		for _, b := range bs {
			if isPoint(a) && isPoint(b) && a.Key != b.Key {
				return true
			}
		}
	}
	return false
}

func isPoint(e *claims.Entity) bool {
	return isPlace(e) && !e.Generic && (e.Level == claims.LevelCity || e.Level == claims.LevelTown)
}
