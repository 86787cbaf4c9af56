package claims

import (
	"maps"
	"slices"
	"strings"

	"github.com/claimcheck/claimcheck/claims/text"
)

// Trigger classes: the kinds of event claimcheck compares. The lexicon is
// generic English; adding a class means adding lines here.
var triggerLexicon = map[string][]string{
	"meet":        {"met", "meet", "meets", "meeting", "meetings", "talks", "summit", "convened", "discussions", "hosted", "negotiations"},
	"visit":       {"visited", "visit", "visits", "toured"},
	"attack":      {"attacked", "attack", "attacks", "airstrike", "airstrikes", "shelled", "shelling", "bombed", "bombing", "raided", "stormed", "ambushed", "ambush"},
	"shootdown":   {"downed", "shot down", "shoot down", "shooting down", "lost"},
	"declare":     {"declared", "declare", "declares", "proclaimed", "imposed", "announced", "announces", "announcement"},
	"kill":        {"killed", "kill", "kills", "killing", "died", "dead", "deaths", "death toll", "fatalities", "lives"},
	"injure":      {"injured", "wounded", "hurt", "injuries", "injuring"},
	"missing":     {"missing"},
	"damage":      {"destroyed", "damaged", "razed", "flattened", "gutted", "buried", "burying"},
	"collapse":    {"collapsed", "collapse", "gave way", "caved in", "crumbled", "came down", "come down", "comes down"},
	"cyberattack": {"cyberattack", "cyber-attack", "cyberattacks", "ransomware", "hack", "hacked", "hackers", "breach", "intrusion"},
	"detect":      {"detected", "spotted", "discovered", "noticed"},
	"landing":     {"brought ashore", "disembarked", "landed", "came ashore", "emergency landing", "touched down"},
	// claim: who claimed an attack ("claimed responsibility for").
	"claim": {"claimed responsibility", "claimed the attack", "claimed the hack"},
	// results: a company reporting its figures ("reported third-quarter
	// revenue"); the figures themselves span periods and stay unattached.
	"results":  {"reported", "reports", "posted", "announced results"},
	"arrest":   {"arrested", "detained", "arrests", "detentions", "arresting"},
	"charge":   {"charged", "indicted", "charges"},
	"sentence": {"sentenced", "jailed", "convicted", "acquitted", "verdict", "sentence", "guilty"},
	"sign":     {"signed", "signing", "sealed", "inked"},
	"acquire":  {"acquire", "acquired", "acquires", "acquisition", "buy", "bought", "buys", "takeover", "purchase", "purchased", "merger", "paying", "pays", "paid", "pay"},
	"win":      {"won", "win", "wins", "beat", "beating", "defeated", "defeating", "victory", "clinched", "triumphed"},
	"elect":    {"elected", "re-elected", "election", "elections", "vote", "votes", "ballots"},
	"quake":    {"earthquake", "quake", "tremor", "earthquakes", "epicentre", "epicenter"},
	"storm":    {"landfall", "came ashore", "typhoon", "hurricane", "cyclone", "storm", "tornado", "flooding", "floods", "flooded", "inundated", "inundating"},
	"fire":     {"fire", "blaze", "explosion", "blast", "exploded", "explosions", "caught fire", "inferno"},
	"crash":    {"crashed", "crash", "derailed", "derailment", "collision", "collided", "accident", "crashes", "ran aground", "run aground"},
	"protest":  {"protest", "protests", "protested", "rally", "rallied", "marched", "demonstration", "demonstrations", "demonstrators", "protesters", "march", "gathered"},
	"launch":   {"launched", "offensive"},
	"resign":   {"resigned", "resignation", "quit"},
	// lead: who led a delegation, presided over a court, chaired a meeting.
	"lead": {"led", "headed", "presided", "chaired", "mediated", "brokered"},
	// decider: who delivered "the winner", "the equaliser", "the opener" of
	// a match (only after "the": "a winner" decides nothing).
	"decider": {"winner", "winning goal", "equaliser", "equalizer", "opener"},
	// demand: what strikers, kidnappers or hackers ask for ("demanding an
	// 8.2% raise", "demanded $8 million"); the noun "demand" of markets is
	// left out.
	"demand": {"demanded", "demanding", "demands"},
	// shoot: who fired on whom ("police fired tear gas", "opened fire").
	"shoot": {"opened fire", "fired tear gas", "fired teargas", "fired shots", "fired rubber bullets", "fired live rounds", "fired warning shots"},
	// crush: a crowd disaster.
	"crush": {"crush", "stampede", "crowd crush"},
	// eruption: a volcano's ("erupted early Sunday", "the eruption").
	"eruption": {"eruption", "eruptions", "erupted", "erupts"},
	// theft: a robbery, heist or burglary ("thieves stole jewels worth €62m").
	"theft": {"stole", "stolen", "theft", "thefts", "heist", "robbery", "robbed", "burglary", "break-in", "looted", "broke into", "made off with"},
	// escape: inmates breaking out of a prison or camp ("eleven inmates
	// escaped", "the breakout"); "escaped injury" is no event of this
	// kind, but it names no count, place or day to compare either.
	"escape": {"escaped", "escape", "escapes", "broke out of", "breakout", "break-out", "jailbreak", "prison break"},
	// confirm: a case of a disease confirmed ("the first case was
	// confirmed on 14 January"); only passive, after a case noun
	// (caseConfirmed): "officials confirmed" is a verb of saying.
	"confirm": {"confirmed"},
	// liftoff: a rocket's launch, set where it lifted off from
	// (departureClasses).
	"liftoff": {"lifted off", "liftoff", "lift-off", "blasted off", "blastoff"},
	// effect: a ceasefire, law or tariff coming into force ("the truce
	// took effect at midnight").
	"effect": {"took effect", "take effect", "takes effect", "came into force", "come into force", "comes into force",
		"went into effect", "entered into force", "came into effect", "goes into effect"},
	// release: hostages or prisoners set free.
	"release": {"freed", "released", "release", "handover", "handed over", "handing over", "handing them over", "liberated", "liberates", "frees"},
}

// needsPrice lists triggers that count only before a price and "for"
// ("is paying €2.8bn for X", not "paid bribes").
var needsPrice = map[string]bool{"paying": true, "pays": true, "paid": true, "pay": true}

// needsAircraft lists triggers that count only with an aircraft-like
// patient ("lost a drone", not "lost the election").
var needsAircraft = map[string]bool{"lost": true}

// financialNouns must follow "reported" or "posted" for a results event.
var financialNouns = toSet(`results revenue revenues profit profits loss losses earnings sales turnover
quarterly third-quarter second-quarter first-quarter fourth-quarter annual half-year full-year net operating`)

// particles end phrasal triggers whose object may stand inside them:
// "brought them ashore", "shot the drone down", "handed them over".
var particles = toSet(`ashore down over out off up`)

// objectPronouns may stand between a verb and its particle.
var objectPronouns = toSet(`them him her it us`)

// triggerSpan matches a trigger's words at word i and returns how many
// words the match covers: the trigger's own, or for a verb and particle
// one object between them (a pronoun, or "the"/"a" and a noun).
func triggerSpan(ws []text.Word, i int, words []string) (int, bool) {
	if wordsAt(ws, i, words) {
		return len(words), true
	}
	if len(words) != 2 || !particleSet.has(words[1]) || i+2 >= len(ws) || !strings.EqualFold(ws[i].Text(), words[0]) {
		return 0, false
	}
	gap := 0
	switch lw := ws[i+1].Lower(); {
	case objectPronounSet.has(lw):
		gap = 1
	case (lw == "the" || lw == "a") && i+3 < len(ws) && !ws[i+2].Punct() && !ws[i+2].Cap():
		gap = 2
	default:
		return 0, false
	}
	if !strings.EqualFold(ws[i+1+gap].Text(), words[1]) {
		return 0, false
	}
	return gap + 2, true
}

// mountainNouns near "summit" make it a mountain's top.
var mountainNouns = toSet(`volcano volcanoes volcanic mountain mountains mount crater craters peak peaks ridge slope slopes
climber climbers ascent glacier eruption erupted lava ash metres meters feet altitude`)

func mountainWithin(ws []text.Word, i, n int) bool {
	for j := max(0, i-n); j < len(ws) && j <= i+n; j++ {
		if mountainNounSet.has(ws[j].Lower()) {
			return true
		}
	}
	return false
}

// needsStructure lists triggers that count only before a building or
// another structure ("buried 17 houses", not "was buried on Friday";
// "flooded five villages", not "fans flooded the square").
var needsStructure = map[string]bool{"buried": true, "burying": true,
	"flooded": true, "inundated": true, "inundating": true}

// needsStructureSubject lists triggers that count only after a building
// or another structure ("the apartment block came down", not "prices came
// down" or "the plane came down in a field").
var needsStructureSubject = map[string]bool{"came": true, "come": true, "comes": true}

// collapsingNouns are what comes down: structures that stand.
var collapsingNouns = toSet(`house houses home homes building buildings apartments apartment block blocks tower towers
roof roofs ceiling ceilings bridge bridges wall walls stand stands structure structures complex hall mall factory
school schools span storey storeys floor floors`)

// structureBefore: a structure noun in the words before word i, back to
// the sentence's start or a clause break (";", ":"), at most 14 words
// ("The five-storey apartments in the east of the city came down").
func structureBefore(ws []text.Word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-14; j-- {
		if ws[j].Text() == ";" || ws[j].Text() == ":" {
			return false
		}
		if collapsingNounSet.has(ws[j].Lower()) {
			return true
		}
	}
	return false
}

// objectStops end the object of a verb: prepositions and the like.
var objectStops = toSet(`on in at near by with under beneath from to for of after before during`)

// structureNouns are what a slide, flood or blast buries or sweeps away.
var structureNouns = toSet(`house houses home homes building buildings dwelling dwellings hut huts shop shops
school schools road roads village villages vehicle vehicles car cars bus buses truck trucks structure structures`)

// structureWithin: a structure noun as the object, within n words after
// word i and before any preposition ("buried 17 houses", "buried the
// lower village", not "buried on Friday in the village cemetery").
func structureWithin(ws []text.Word, from, n int) bool {
	for j := from; j < len(ws) && j < from+n; j++ {
		if ws[j].Punct() || objectStopSet.has(ws[j].Lower()) {
			return false
		}
		if structureNounSet.has(ws[j].Lower()) {
			return true
		}
	}
	return false
}

// caseNouns are what a laboratory confirms.
var caseNouns = toSet(`case cases infection infections`)

// caseConfirmed: "confirmed" at i is passive ("was confirmed") and a case
// noun stands within five words before it.
func caseConfirmed(ws []text.Word, i int) bool {
	if i == 0 || !beFormSet.has(ws[i-1].Lower()) {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		if caseNounSet.has(ws[j].Lower()) {
			return true
		}
	}
	return false
}

var aircraftNouns = toSet(`drone drones aircraft plane planes jet jets helicopter helicopters uav uavs airplane`)

type triggerDef struct {
	class string
	words []string // the whole trigger, for multi-word ones
}

var triggers = buildTriggers()

func buildTriggers() map[string][]triggerDef {
	m := map[string][]triggerDef{}
	// Classes in name order, so a form two classes share ("came ashore":
	// landing, storm) resolves the same way in every run; ranging over the
	// map made the grouping, and so the report, differ between runs.
	for _, class := range slices.Sorted(maps.Keys(triggerLexicon)) {
		for _, f := range triggerLexicon[class] {
			ws := strings.Fields(f)
			m[ws[0]] = append(m[ws[0]], triggerDef{class: class, words: ws})
		}
	}
	// Longest form first so "shot down" wins over a shorter reading.
	for k, defs := range m {
		for i := 1; i < len(defs); i++ {
			for j := i; j > 0 && len(defs[j].words) > len(defs[j-1].words); j-- {
				defs[j], defs[j-1] = defs[j-1], defs[j]
			}
		}
		m[k] = defs
	}
	return m
}

// countLabels are the classes whose bare figures are head counts ("killed
// 12", "arrested 40", "43 homes destroyed"), with the word that says what
// was counted.
var countLabels = map[string]string{"kill": "killed", "injure": "injured", "arrest": "arrested",
	"missing": "missing", "damage": "destroyed or damaged", "release": "freed", "escape": "escaped"}

// countClasses is countLabels as a set.
var countClasses = func() map[string]bool {
	m := map[string]bool{}
	for k := range countLabels {
		m[k] = true
	}
	return m
}()

// CountLabel says what a class's bare figures count ("killed"), or "" for
// classes whose figures need a noun.
func CountLabel(class string) string { return countLabels[class] }

// startVerbs begin an event whose kind their subject names: "the fire
// broke out", "the protest began", "the trial started".
var startVerbs = map[string][]string{"broke": {"broke", "out"}, "began": {"began"}, "started": {"started"},
	"erupted": {"erupted"}, "begun": {"begun"}}

// pastParticiples that form passives with "was/were": used to find the
// agent after "by".
var beForms = toSet(`was were been being is are be`)

// actorNouns are common nouns that can be an agent or owner ("police fired",
// "protesters threw").
var actorNouns = toSet(`police protesters demonstrators troops soldiers army forces rebels militants militia militias
insurgents government officials authorities guards gunmen attackers fans players team navy airforce coalition
regime opposition separatists fighters officers protester demonstrator soldier rebel militant gunman attacker
stewards agents`)
