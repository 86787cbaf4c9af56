package benchgen

// place is a real city with its country; stories happen in them.
type place struct{ city, country, region string }

// places lists cities world-wide; every country has at least two, so that a
// planted location disagreement can move a story within its country.
var places = []place{
	{"Jakarta", "Indonesia", "Java"}, {"Surabaya", "Indonesia", "East Java"}, {"Makassar", "Indonesia", "South Sulawesi"},
	{"Manila", "the Philippines", "Luzon"}, {"Cebu", "the Philippines", "the Visayas"}, {"Davao", "the Philippines", "Mindanao"},
	{"Tokyo", "Japan", "Kanto"}, {"Osaka", "Japan", "Kansai"}, {"Sendai", "Japan", "Tohoku"},
	{"Mumbai", "India", "Maharashtra"}, {"Chennai", "India", "Tamil Nadu"}, {"Kolkata", "India", "West Bengal"}, {"Pune", "India", "Maharashtra"},
	{"Karachi", "Pakistan", "Sindh"}, {"Lahore", "Pakistan", "Punjab"},
	{"Dhaka", "Bangladesh", "Dhaka Division"}, {"Chittagong", "Bangladesh", "Chittagong Division"},
	{"Istanbul", "Turkey", "Marmara"}, {"Izmir", "Turkey", "the Aegean region"}, {"Ankara", "Turkey", "Central Anatolia"},
	{"Athens", "Greece", "Attica"}, {"Thessaloniki", "Greece", "Central Macedonia"},
	{"Naples", "Italy", "Campania"}, {"Milan", "Italy", "Lombardy"}, {"Turin", "Italy", "Piedmont"},
	{"Valencia", "Spain", "the Valencian Community"}, {"Seville", "Spain", "Andalusia"}, {"Bilbao", "Spain", "the Basque Country"},
	{"Lyon", "France", "Auvergne-Rhone-Alpes"}, {"Marseille", "France", "Provence"}, {"Lille", "France", "Hauts-de-France"},
	{"Hamburg", "Germany", "northern Germany"}, {"Munich", "Germany", "Bavaria"}, {"Cologne", "Germany", "North Rhine-Westphalia"},
	{"Rotterdam", "the Netherlands", "South Holland"}, {"Utrecht", "the Netherlands", "Utrecht province"},
	{"Krakow", "Poland", "Lesser Poland"}, {"Gdansk", "Poland", "Pomerania"},
	{"Gothenburg", "Sweden", "Vastra Gotaland"}, {"Malmo", "Sweden", "Skane"},
	{"Porto", "Portugal", "the north"}, {"Lisbon", "Portugal", "the Lisbon region"},
	{"Manchester", "Britain", "north-west England"}, {"Glasgow", "Britain", "Scotland"}, {"Bristol", "Britain", "south-west England"},
	{"Toronto", "Canada", "Ontario"}, {"Calgary", "Canada", "Alberta"}, {"Montreal", "Canada", "Quebec"},
	{"Houston", "the United States", "Texas"}, {"Denver", "the United States", "Colorado"}, {"Atlanta", "the United States", "Georgia"},
	{"Monterrey", "Mexico", "Nuevo Leon"}, {"Guadalajara", "Mexico", "Jalisco"}, {"Puebla", "Mexico", "Puebla state"},
	{"Medellin", "Colombia", "Antioquia"}, {"Cali", "Colombia", "Valle del Cauca"},
	{"Lima", "Peru", "the coast"}, {"Arequipa", "Peru", "the south"},
	{"Santiago", "Chile", "the Metropolitan Region"}, {"Valparaiso", "Chile", "the Valparaiso region"},
	{"Recife", "Brazil", "Pernambuco"}, {"Porto Alegre", "Brazil", "Rio Grande do Sul"}, {"Salvador", "Brazil", "Bahia"},
	{"Cordoba", "Argentina", "Cordoba province"}, {"Rosario", "Argentina", "Santa Fe province"},
	{"Lagos", "Nigeria", "the south-west"}, {"Kano", "Nigeria", "the north"}, {"Ibadan", "Nigeria", "Oyo state"},
	{"Nairobi", "Kenya", "the central highlands"}, {"Mombasa", "Kenya", "the coast"},
	{"Accra", "Ghana", "Greater Accra"}, {"Kumasi", "Ghana", "Ashanti"},
	{"Durban", "South Africa", "KwaZulu-Natal"}, {"Cape Town", "South Africa", "the Western Cape"},
	{"Blantyre", "Malawi", "the Southern Region"}, {"Lilongwe", "Malawi", "the Central Region"},
	{"Casablanca", "Morocco", "the Atlantic coast"}, {"Marrakesh", "Morocco", "the south"},
	{"Alexandria", "Egypt", "the Nile Delta"}, {"Aswan", "Egypt", "Upper Egypt"},
	{"Hanoi", "Vietnam", "the north"}, {"Da Nang", "Vietnam", "central Vietnam"},
	{"Chiang Mai", "Thailand", "the north"}, {"Bangkok", "Thailand", "central Thailand"},
	{"Busan", "South Korea", "the south-east"}, {"Incheon", "South Korea", "the north-west"},
	{"Christchurch", "New Zealand", "Canterbury"}, {"Wellington", "New Zealand", "the North Island"},
	{"Perth", "Australia", "Western Australia"}, {"Brisbane", "Australia", "Queensland"},
}

// Invented given names and surnames from many languages; people in stories
// are built from them, never taken from real news.
var givenNames = []string{
	"Amara", "Tomas", "Leilani", "Oskar", "Priya", "Mateo", "Ingrid", "Kwame", "Sofia", "Hiroshi",
	"Fatima", "Lukas", "Ana", "Dmitri", "Chloe", "Rafael", "Nadia", "Joon", "Elena", "Samuel",
	"Ayesha", "Pieter", "Marisol", "Kofi", "Yuki", "Henrik", "Lucia", "Arjun", "Beatriz", "Emeka",
	"Clara", "Tariq", "Greta", "Wanjiru", "Paolo", "Mei", "Jonas", "Adaeze", "Vikram", "Isabel",
	"Nikos", "Ines", "Ravi", "Hana", "Sebastian", "Zanele", "Marco", "Leona", "Bao", "Teodora",
}

var surnames = []string{
	"Okonkwo", "Lindqvist", "Marchetti", "Tanaka", "Haddad", "Kowalczyk", "Ferreira", "Novak", "Achebe", "Moreau",
	"Castellanos", "Brandt", "Mensah", "Ishikawa", "Petrov", "Van Dijk", "Oyelaran", "Santoro", "Kaur", "Esposito",
	"Delgado", "Nakamura", "Abubakar", "Larsen", "Papadakis", "Wojcik", "Mwangi", "Quispe", "Rahman", "Halvorsen",
	"Ortega", "Banerjee", "Kimura", "Duarte", "Nkosi", "Falk", "Rinaldi", "Sato", "Adeyemi", "Cardenas",
	"Vasquez", "Osei", "Bergstrom", "Mahlangu", "Teixeira", "Hoang", "Szabo", "Chaudhry", "Lemaire", "Aguilar",
}

// Outlet names per style; the slug of the name ends each file name.
var outletNames = map[string][]string{
	"wire":       {"Meridian News Agency", "Continental Press Wire", "Atlas Newswire", "Pacific Report Service", "Northstar Wire"},
	"release":    {"Ministry of the Interior", "National Disaster Management Office", "Office of the Governor", "Regional Police Command", "Corporate Communications"},
	"blog":       {"Field Notes", "The Daily Rambler", "Citizen Desk", "Harbour Watch", "Backstreet Journal"},
	"translated": {"Diario del Puerto", "Gazeta Regional", "Le Courrier du Soir", "Tageblatt Nord", "Il Corriere Cittadino"},
	"paper":      {"The Morning Ledger", "Evening Standard Post", "The Civic Herald", "Valley Tribune", "The Coastal Times"},
}

// wireCodes are the agency tags of wire datelines, by outlet name order.
var wireCodes = []string{"Meridian", "CPW", "Atlas", "PRS", "Northstar"}

var styles = []string{"wire", "release", "blog", "translated", "paper"}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var monthAbbr = []string{"Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"}

var numberWords = []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
