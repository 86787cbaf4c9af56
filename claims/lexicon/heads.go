package lexicon

import "sync"

// orgHeads are the words that make a capitalised phrase an organisation:
// "Kenya Defence Forces", "Ministry of Defence", "Acme Corp", "Manchester
// United", "Associated Press". They are matched case-insensitively with dots
// dropped, so "Inc." and "Co." count.
var orgHeads = []string{
	// Government and politics.
	"Army", "Navy", "Marines", "Guard", "Guards", "Ministry", "Department", "Dept", "Directorate", "Administration",
	"Government", "Govt", "Cabinet", "Presidency", "Secretariat", "Council", "Party", "Court", "Tribunal", "Police",
	"Gendarmerie", "Militia", "Militias", "Brigade", "Brigades", "Battalion", "Battalions", "Regiment", "Division",
	"Corps", "Forces", "Force", "Command", "Movement", "Front", "Alliance", "Coalition", "Bloc", "Caucus",
	"Parliament", "Congress", "Senate", "Assembly", "Legislature", "Duma", "Knesset", "Majlis", "Diet", "Bundestag",
	"Commission", "Committee", "Authority", "Board", "Bureau", "Office", "Service", "Services", "Agency",
	"Embassy", "Consulate", "Mission", "Delegation", "Nations", "Federation", "Confederation", "League", "Union",
	"Organization", "Organisation", "Association", "Society", "Institute", "Institution", "Foundation", "Fund",
	"Trust", "Center", "Centre", "Council", "Network", "Initiative", "Watch", "International", "Group", "Team",
	"Taskforce", "Panel", "Chamber", "Junta", "Regime",
	// Business.
	"Bank", "Inc", "Incorporated", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "LLP", "PLC",
	"Plc", "AG", "SA", "SAS", "SpA", "GmbH", "NV", "BV", "AB", "ASA", "Oyj", "KK", "Bhd", "Pty", "Holdings",
	"Holding", "Industries", "Enterprises", "Technologies", "Systems", "Motors", "Airlines", "Airways", "Air",
	"Railways", "Railway", "Rail", "Lines", "Shipping", "Logistics", "Telecom", "Telecommunications",
	"Communications", "Pharmaceuticals", "Pharma", "Petroleum", "Energy", "Partners", "Capital", "Ventures",
	"Securities", "Insurance", "Exchange", "Labs", "Laboratories", "Studios", "Entertainment", "Brands", "Foods",
	"Stores", "Markets", "Media", "Resources", "Mining", "Steel", "Electric", "Electronics", "Software",
	// Education, health, religion.
	"University", "College", "School", "Academy", "Hospital", "Clinic", "Church", "Diocese", "Synod", "Mosque",
	"Caliphate", "Order",
	// Sport.
	"Club", "FC", "CF", "SC", "AFC", "United", "Rovers", "Wanderers", "Athletic", "Athletico", "Hotspur",
	// News.
	"News", "Times", "Post", "Press", "Herald", "Tribune", "Journal", "Gazette", "Telegraph", "Chronicle",
	"Observer", "Monitor", "Review", "Daily", "Weekly", "Magazine", "Wire", "Broadcasting", "Broadcast",
	"Television", "TV", "Radio", "Channel", "Agence",
}

// placeHeads are the words that make a capitalised phrase a place: "Tahrir
// Square", "Cape Canaveral", "Heathrow Airport", "Nineveh Province".
var placeHeads = []string{
	"Square", "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Highway",
	"Hwy", "Motorway", "Freeway", "Expressway", "Bridge", "Tunnel", "Airport", "Airbase", "Base", "Port",
	"Harbour", "Harbor", "Seaport", "Spaceport", "Cosmodrome", "Station", "Terminal", "Stadium", "Arena", "Park", "Gardens", "Garden",
	"Palace", "Castle", "Fort", "Citadel", "Hotel", "Mall", "Market", "Bazaar", "Souk", "Plaza", "Quarter",
	"District", "Districts", "Province", "Provinces", "Region", "County", "Municipality", "Prefecture",
	"Governorate", "State", "Oblast", "Krai", "Raion", "Canton", "Territory", "Territories", "Emirate",
	"Borough", "Ward", "Township", "Village", "Town", "City", "Suburb", "Neighbourhood", "Neighborhood",
	"Camp", "Checkpoint", "Crossing", "Border", "Island", "Islands", "Isle", "Isles", "Atoll", "Archipelago",
	"Peninsula", "Cape", "Coast", "Shore", "Beach", "Bay", "Gulf", "Sea", "Ocean", "Strait", "Straits", "Channel",
	"Canal", "River", "Lake", "Lagoon", "Delta", "Basin", "Valley", "Gorge", "Canyon", "Pass", "Mountain",
	"Mountains", "Mount", "Mt", "Range", "Hills", "Hill", "Heights", "Highlands", "Plateau", "Plain", "Plains",
	"Desert", "Oasis", "Forest", "Falls", "Glacier", "Volcano", "Reef", "Corridor", "Strip", "Zone", "Enclave",
	"Oilfield", "Field", "Refinery", "Dam", "Reservoir", "Prison", "Jail", "Compound", "Complex", "Tower",
	"Towers", "Building", "Cathedral", "Temple", "Shrine", "Monument", "Memorial", "Cemetery",
}

var (
	orgHeadSet   = sync.OnceValue(func() map[string]bool { return foldSet(orgHeads) })
	placeHeadSet = sync.OnceValue(func() map[string]bool { return foldSet(placeHeads) })
)

// foldSet indexes words by their folded key.
func foldSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		if key, ok := foldKey(nil, w); ok && len(key) > 0 {
			m[string(key)] = true
		}
	}
	return m
}

// inFoldSet reports whether w, folded, is in set.
func inFoldSet(set map[string]bool, w string) bool {
	var buf [maxKey + 8]byte
	key, ok := foldKey(buf[:0], w)
	return ok && set[string(key)]
}

// IsOrgHead reports whether w is a word that makes a capitalised phrase an
// organisation (Army, Ministry, Council, Party, Bank, Inc, FC, News...).
// The caller decides where in the phrase it must stand: last ("Kenya
// Defence Forces") or first before "of" ("Ministry of Defence").
func IsOrgHead(w string) bool { return inFoldSet(orgHeadSet(), w) }

// IsPlaceHead reports whether w is a word that makes a capitalised phrase a
// place (Square, Street, Airport, Province, River, Island...).
func IsPlaceHead(w string) bool { return inFoldSet(placeHeadSet(), w) }
