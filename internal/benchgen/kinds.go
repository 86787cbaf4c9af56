package benchgen

import (
	"math/rand/v2"
	"strconv"
)

// eventKind is one type of story with the sentences that tell it. Templates
// name slots in braces (see expand); p0..p3 are the story's people in the
// roles listed, {toll} is the head count a count plant changes.
type eventKind struct {
	name       string
	roles      []string // titles of p0..p3, lower case
	orgs       []string // organisations; {s0} is p0's surname, {country} the country
	headlines  []string
	leads      []string
	facts      []string
	quotes     []string
	background []string
	// tollWord is what {toll} counts ("" when the kind has no head count a
	// count plant can change).
	tollWord string
	// figures fills the kind's numeric slots.
	figures func(r *rand.Rand, slot map[string]string)
}

func itoa(n int) string { return strconv.Itoa(n) }

// grouped writes n with thousands separators, as news copy does.
func grouped(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

var kinds = []eventKind{
	{
		name:     "earthquake",
		roles:    []string{"head of the national disaster agency", "provincial governor", "police spokesman", "seismologist"},
		orgs:     []string{"National Disaster Management Agency", "Geophysics Institute of {country}", "Red Cross"},
		tollWord: "killed",
		headlines: []string{
			"Strong earthquake near {city} kills at least {toll}",
			"Magnitude {mag} quake shakes {region}, dozens hurt",
			"Death toll from {city} earthquake climbs to {toll}",
		},
		leads: []string{
			"A magnitude {mag} earthquake struck near {city} in {country} {when}, killing at least {toll} people and injuring more than {injured}, officials said.",
			"At least {toll} people were killed and {injured} injured when a strong earthquake hit {region} {when}, the {org0} said.",
		},
		facts: []string{
			"The quake struck at a depth of {depth} kilometres, about {dist} km from {city}, the {org1} said.",
			"More than {houses} houses were damaged and about {evac} residents spent the night in tents.",
			"Rescuers pulled {rescued} people alive from the rubble of a collapsed market building.",
			"At least {aftershocks} aftershocks were recorded, the strongest of magnitude {after}.",
			"Schools in {city} will stay closed until {datePlus}, the education office said.",
			"{P2t} {p2} said {missing} people were still missing.",
			"The {org2} sent {teams} teams and {trucks} trucks of supplies to {region}.",
		},
		quotes: []string{
			"The shaking lasted maybe fifteen seconds, but it felt like a minute",
			"We are still searching the villages the roads cannot reach",
			"Everyone ran outside; the wall of the school fell onto the road",
			"We expect the number of victims to rise as rescuers reach cut-off areas",
		},
		background: []string{
			"{country} sits on a belt of active faults where earthquakes are frequent.",
			"A quake in the same area in {pastYear} killed {pastToll} people.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			s["mag"] = itoa(5+r.IntN(3)) + "." + itoa(r.IntN(10))
			s["after"] = itoa(4) + "." + itoa(r.IntN(10))
			s["depth"], s["dist"] = itoa(5+r.IntN(60)), itoa(10+r.IntN(90))
			s["houses"], s["evac"] = grouped(200+r.IntN(4000)), grouped(1000+r.IntN(30000))
			s["rescued"], s["aftershocks"], s["missing"] = itoa(3+r.IntN(40)), itoa(5+r.IntN(60)), itoa(2+r.IntN(20))
			s["teams"], s["trucks"] = itoa(4+r.IntN(30)), itoa(10+r.IntN(90))
			s["toll"], s["injured"] = itoa(8+r.IntN(200)), itoa(40+r.IntN(900))
		},
	},
	{
		name:  "verdict",
		roles: []string{"former regional transport director", "presiding judge", "public prosecutor", "defence lawyer"},
		orgs:  []string{"Provincial Court of {city}", "Public Prosecutor's Office", "{s0} Consulting"},
		headlines: []string{
			"{city} court jails former official {s0} for {years} years",
			"Former official {p0} convicted of bribery in {city}",
		},
		leads: []string{
			"A court in {city} {when} sentenced {p0}, a {p0t}, to {years} years in prison for embezzlement and bribery.",
			"The {org0} {when} found {p0} guilty of taking bribes worth {bribe} euros and sentenced the {p0t} to {years} years in prison.",
		},
		facts: []string{
			"The court also ordered {s0} to repay {repay} euros and barred him from public office for {ban} years.",
			"Prosecutors had asked for {asked} years, saying contracts worth {contracts} million euros were rigged between {y1} and {y2}.",
			"The trial opened on {trialStart} and heard {witnesses} witnesses over {hearings} hearings.",
			"A second defendant reached a deal with prosecutors and will be tried separately.",
			"The verdict can be appealed to the Supreme Court within {appeal} days.",
		},
		quotes: []string{
			"The evidence of the payments is overwhelming",
			"My client has always maintained his innocence and we will appeal",
			"Public money was treated as a private account",
		},
		background: []string{
			"The case came to light after a tax audit in {y2}.",
			"Corruption cases against officials in {country} rarely end in prison terms.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			y := 2010 + r.IntN(6)
			s["years"], s["asked"], s["ban"] = itoa(3+r.IntN(6)), itoa(9+r.IntN(5)), itoa(5+r.IntN(10))
			s["bribe"], s["repay"], s["contracts"] = grouped(100000+1000*r.IntN(900)), grouped(500000+1000*r.IntN(3000)), itoa(5+r.IntN(80))
			s["y1"], s["y2"] = itoa(y), itoa(y+2+r.IntN(3))
			s["witnesses"], s["hearings"], s["appeal"] = itoa(12+r.IntN(60)), itoa(6+r.IntN(30)), itoa(10+r.IntN(20))
		},
	},
	{
		name:  "election",
		roles: []string{"mayoral candidate", "incumbent mayor", "chairman of the electoral commission", "political analyst"},
		orgs:  []string{"Civic Renewal Party", "People's Alliance", "Electoral Commission"},
		headlines: []string{
			"{p0} wins {city} mayoral race with {share} percent",
			"{org0} takes {city} as turnout falls to {turnout} percent",
		},
		leads: []string{
			"{p0} of the {org0} won the mayoral election in {city} held {when}, taking {share} percent of the vote, the {org2} said.",
			"Voters in {city} {when} elected {p0} as mayor, ending {tenure} years of rule by the {org1}.",
		},
		facts: []string{
			"{p1}, the {p1t}, took {rival} percent and conceded late in the evening.",
			"Turnout was {turnout} percent, down from {oldTurnout} percent at the last election in {lastYear}.",
			"The {org0} also won {seats} of the {council} council seats.",
			"Counting of {ballots} ballots ended shortly after midnight.",
			"{p2}, the {p2t}, said {complaints} complaints had been filed and none would change the result.",
		},
		quotes: []string{
			"This city voted for change and we will deliver it",
			"I congratulate my opponent and wish the city well",
			"The count was calm and the result is clear",
		},
		background: []string{
			"{city} is the largest city in {region}.",
			"The {org1} had governed the city since {lastYear}.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			share := 42 + r.IntN(20)
			s["share"], s["rival"] = itoa(share), itoa(100-share-3-r.IntN(8))
			s["turnout"], s["oldTurnout"] = itoa(38+r.IntN(25)), itoa(50+r.IntN(20))
			s["lastYear"], s["tenure"] = itoa(2005+r.IntN(12)), itoa(8+r.IntN(20))
			council := 31 + 2*r.IntN(20)
			s["council"], s["seats"] = itoa(council), itoa(council/2+1+r.IntN(5))
			s["ballots"], s["complaints"] = grouped(80000+r.IntN(900000)), itoa(3+r.IntN(40))
		},
	},
	{
		name:     "train-crash",
		roles:    []string{"transport minister", "railway company spokeswoman", "fire chief", "surgeon"},
		orgs:     []string{"{country} Railways", "Transport Safety Board", "fire brigade"},
		tollWord: "killed",
		headlines: []string{
			"Train derails near {city}, at least {toll} dead",
			"Passenger train crash near {city} kills {toll}",
		},
		leads: []string{
			"At least {toll} people were killed and {injured} injured when a passenger train derailed near {city} {when}, officials said.",
			"A train carrying about {passengers} passengers left the tracks outside {city} in {country} {when}, killing at least {toll} people, the {org0} said.",
		},
		facts: []string{
			"The train was travelling at about {speed} km/h when {coaches} of its {cars} coaches left the rails.",
			"{p2}, the {p2t}, said {critical} of the injured were in a critical condition.",
			"The {org1} opened an investigation and recovered the data recorder.",
			"The line between {city} and the coast will stay closed until {datePlus}.",
			"Rescuers worked through the night to free {trapped} passengers trapped in the wreckage.",
		},
		quotes: []string{
			"There was a loud bang and then the carriage was on its side",
			"We will find out what happened and who is responsible",
			"Our thoughts are with the families of the victims",
		},
		background: []string{
			"The line was modernised in {pastYear} at a cost of {cost} million euros.",
			"It is the deadliest rail accident in {country} since {pastYear}.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			s["toll"], s["injured"], s["passengers"] = itoa(4+r.IntN(60)), itoa(20+r.IntN(200)), itoa(150+r.IntN(600))
			s["speed"], s["coaches"], s["cars"] = itoa(60+r.IntN(100)), numberWords[2+r.IntN(3)], itoa(6+r.IntN(6))
			s["critical"], s["trapped"], s["cost"] = itoa(3+r.IntN(20)), itoa(5+r.IntN(30)), itoa(40+r.IntN(400))
		},
	},
	{
		name:     "protest",
		roles:    []string{"police chief", "protest organiser", "interior minister", "human rights lawyer"},
		orgs:     []string{"Workers' Union Federation", "city police", "Ministry of the Interior"},
		tollWord: "arrested",
		headlines: []string{
			"Police arrest {toll} as thousands march in {city}",
			"Clashes at {city} fuel protest, {toll} detained",
		},
		leads: []string{
			"Police in {city} arrested {toll} people {when} as tens of thousands marched against rising fuel prices, the {org1} said.",
			"Tens of thousands of people protested in {city} {when}, and police arrested {toll} demonstrators after clashes near the parliament, the {org2} said.",
		},
		facts: []string{
			"Organisers put the crowd at {crowd}, while police estimated {policeCrowd}.",
			"{injuredPolice} police officers and {injured} protesters were injured, {P0t} {p0} said.",
			"The {org0} called a general strike for {datePlus}.",
			"Fuel prices have risen {rise} percent since {month}.",
			"Shops along the main avenue stayed shut and {buses} bus lines were suspended.",
		},
		quotes: []string{
			"People cannot afford to drive to work any more",
			"Peaceful protest is a right, but violence will not be tolerated",
			"We will be back on the streets every week until the decision is reversed",
		},
		background: []string{
			"The government raised fuel taxes in {month} to cut the budget deficit.",
			"Protests over living costs have spread to {n2} cities in {country}.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			s["toll"], s["injured"], s["injuredPolice"] = itoa(20+r.IntN(300)), itoa(10+r.IntN(80)), itoa(5+r.IntN(40))
			s["crowd"], s["policeCrowd"] = grouped(50000+1000*r.IntN(100)), grouped(12000+1000*r.IntN(30))
			s["rise"], s["buses"], s["n2"] = itoa(10+r.IntN(40)), itoa(3+r.IntN(20)), itoa(4+r.IntN(12))
			s["month"] = monthNames[r.IntN(12)]
		},
	},
	{
		name:  "company-deal",
		roles: []string{"chief executive", "chief financial officer", "union representative", "industry analyst"},
		orgs:  []string{"{s0} Industries", "{s1} Systems", "Competition Authority"},
		headlines: []string{
			"{org0} buys {org1} for {price} billion euros",
			"{city}-based {org1} sold in {price} billion euro deal",
		},
		leads: []string{
			"{org0} agreed {when} to buy {org1}, a maker of industrial sensors based in {city}, for {price} billion euros in cash, the companies said.",
			"{org1} of {city} will be taken over by {org0} for {price} billion euros, the two companies announced {when}.",
		},
		facts: []string{
			"The offer values {org1} at {premium} percent above its closing share price.",
			"{org1} employs about {staff} people, {local} of them in {city}.",
			"The deal is expected to close in the {quarter} quarter, subject to approval by the {org2}.",
			"{p1}, the {p1t}, said the combination would save {savings} million euros a year by {saveYear}.",
			"Shares in {org1} rose {jump} percent in early trading.",
		},
		quotes: []string{
			"The name stays, the factory stays, the people stay",
			"Together we can offer customers one complete system",
			"We want written guarantees about jobs",
		},
		background: []string{
			"{org1} was founded in {founded} as a university spin-off.",
			"Industrial automation has seen a wave of takeovers since {pastYear}.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			s["price"] = itoa(1+r.IntN(9)) + "." + itoa(r.IntN(10))
			s["premium"], s["staff"], s["local"] = itoa(15+r.IntN(40)), grouped(800+r.IntN(9000)), grouped(200+r.IntN(700))
			s["quarter"] = []string{"first", "second", "third", "fourth"}[r.IntN(4)]
			s["savings"], s["saveYear"], s["jump"] = itoa(20+r.IntN(200)), itoa(2027+r.IntN(3)), itoa(5+r.IntN(30))
			s["founded"] = itoa(1985 + r.IntN(30))
		},
	},
	{
		name:  "talks",
		roles: []string{"foreign minister", "visiting foreign minister", "ambassador", "trade envoy"},
		orgs:  []string{"Ministry of Foreign Affairs", "Joint Trade Commission", "Chamber of Commerce"},
		headlines: []string{
			"Foreign ministers meet in {city}, sign {deals} agreements",
			"{country} and partner sign trade deals at {city} talks",
		},
		leads: []string{
			"{P0t} {p0} hosted {p1}, the {p1t}, in {city} {when} for talks on trade and energy, the {org0} said.",
			"The foreign ministers of {country} and a neighbouring state met in {city} {when} and signed {deals} agreements, officials said.",
		},
		facts: []string{
			"The talks lasted about {hours} hours and ended with a joint statement.",
			"Trade between the two countries reached {trade} million dollars last year, up {growth} percent.",
			"{p2}, the {p2t}, said a follow-up meeting of the {org1} would be held in {month}.",
			"The ministers agreed to open {consulates} new consulates and to ease visas for students.",
		},
		quotes: []string{
			"Our relations have never been stronger",
			"We agreed on concrete steps, not just words",
			"Energy and trade are at the heart of this partnership",
		},
		background: []string{
			"It was the first visit of a foreign minister to {city} since {pastYear}.",
			"The two countries restored full diplomatic relations in {pastYear}.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			s["deals"], s["hours"], s["consulates"] = itoa(3+r.IntN(9)), itoa(2+r.IntN(6)), numberWords[2+r.IntN(3)]
			s["trade"], s["growth"] = grouped(200+r.IntN(5000)), itoa(3+r.IntN(30))
			s["month"] = monthNames[r.IntN(12)]
		},
	},
	{
		name:     "storm",
		roles:    []string{"head of the weather service", "mayor", "civil protection director", "hospital director"},
		orgs:     []string{"National Weather Service", "Civil Protection Agency", "power utility"},
		tollWord: "killed",
		headlines: []string{
			"Storm batters {region}, at least {toll} dead",
			"{toll} killed as storm floods {city}",
		},
		leads: []string{
			"At least {toll} people were killed as a powerful storm swept across {region} {when}, flooding streets in {city} and cutting power to {homes} homes, the {org1} said.",
			"A storm with winds of up to {wind} km/h hit {city} in {country} {when}, killing at least {toll} people and injuring {injured}, officials said.",
		},
		facts: []string{
			"The {org0} said {rain} millimetres of rain fell in {hoursRain} hours, more than a month's average.",
			"About {evac} people were evacuated from low-lying districts of {city}.",
			"{p1}, the {p1t}, said {missing} people were missing after a river burst its banks.",
			"The {org2} said power had been restored to {restored} percent of customers by {datePlus}.",
			"Schools and the airport in {city} were closed.",
		},
		quotes: []string{
			"The water rose in minutes; we had no time to take anything",
			"This is the worst storm this city has seen in decades",
			"Our teams are working day and night to restore power",
		},
		background: []string{
			"Storms of this strength have become more frequent in {region}, forecasters say.",
			"A storm in {pastYear} killed {pastToll} people in {country}.",
		},
		figures: func(r *rand.Rand, s map[string]string) {
			s["toll"], s["injured"], s["missing"] = itoa(3+r.IntN(50)), itoa(10+r.IntN(300)), itoa(2+r.IntN(15))
			s["wind"], s["rain"], s["hoursRain"] = itoa(90+r.IntN(120)), itoa(80+r.IntN(250)), itoa(6+r.IntN(30))
			s["homes"], s["evac"], s["restored"] = grouped(10000+100*r.IntN(3000)), grouped(2000+r.IntN(40000)), itoa(40+r.IntN(55))
		},
	},
}

// fillers are story-neutral sentences that pad articles to length; their
// {r...} slots draw fresh values at every use so padding never repeats.
var fillers = []string{
	"Officials in {region} said a full assessment would take until {datePlus}.",
	"In {rYear}, a similar event in {country} left {rN} people in need of help, according to government figures.",
	"Local media reported that {rN} families had asked the authorities for assistance.",
	"The {org0} said it would publish updated figures on {datePlus}.",
	"A spokesman for the {org1} declined to comment on the figures.",
	"{country}'s parliament is due to debate the matter in {rMonth}.",
	"About {rN} people live in {city} and the surrounding district.",
	"Neighbouring governments offered help, and {rSmall} countries had sent experts by the evening.",
	"The regional budget for emergencies was cut by {rPct} percent in {rYear}.",
	"Residents said they had been warned on {rWeekday} but few expected the scale of what followed.",
	"Television footage showed crowds outside the town hall in {city}.",
	"The government has promised a report within {rSmall} weeks.",
	"Independent observers counted {rN} people at the scene by mid-afternoon.",
	"A commission of {rSmall} members will review how the authorities responded.",
}

// clauses are reported statements; attributed to a person or body with a
// verb of saying, they give padding the density of quotes, figures and
// dates that real copy has.
var clauses = []string{
	"about {rN} people had been affected across {region}",
	"{rSmall} emergency shelters had been opened in {city} by {rWeekday} evening",
	"the first estimate of the cost, {rN} million euros, was likely to rise",
	"aid flights would resume on {rWeekday} if the weather allowed",
	"a hotline had received {rN} calls since the morning",
	"{rPct} percent of the district's roads were still blocked",
	"the authorities had learned lessons from {rYear}",
	"the situation in {city} was stable but serious",
	"{rSmall} ministers would visit {region} later in the week",
	"an inquiry would report by the end of {rMonth}",
	"the figures would be checked against hospital records",
	"volunteers from {rSmall} towns had arrived to help",
	"the budget for the response had been raised by {rPct} percent",
	"a memorial service was planned for {rWeekday}",
	"{rN} households had been visited by social workers",
	"the port of {city} had reopened after {rSmall} days",
	"nobody should travel to the area unless it was necessary",
	"there was no sign of foul play",
	"a second meeting was scheduled for {rMonth}",
	"insurers expected claims from about {rN} customers",
	"the army had deployed {rSmall} helicopters",
	"it was too early to say what had caused it",
	"the government would cover funeral costs",
	"the last comparable case, in {rYear}, took {rSmall} months to resolve",
	"{rN} leaflets had been handed out in {city}",
}

// sayers introduce a clause; {who} is a person of the story, {org} one of
// its organisations.
var sayers = []string{
	"{who}, the {whot}, said {c}.",
	"{who} told local radio that {c}.",
	"According to the {org}, {c}.",
	"{Whot} {who} added that {c}.",
	"A spokeswoman for the {org} said {c}.",
	"Officials in {region} said on {rWeekday} that {c}.",
}
