package lexicon

// titlePhrases are complete titles that take no modifiers: honorifics,
// ranks with their abbreviations, nobility, clergy, and fixed compounds.
// Matching folds case and drops dots, so "Lt. Gen." and "LT GEN" are one
// entry; entries in capitals ("PM", "CEO") need capitals in the text, and
// short ones that read as other words in capitals ("HE", "PC", "DC") are
// left out. '^' marks a title that is also a common word and so counts only
// when capitalised ("Father", "Major").
var titlePhrases = []string{
	// Honorifics and forms of address.
	"Mr", "Mrs", "Ms", "Mx", "^Miss", "Messrs", "Mme", "Mlle", "Dr", "Doctor", "Prof", "Professor",
	"Sir", "Dame", "^Lord", "^Lady", "Madam", "Madame", "Monsieur", "Herr", "^Frau", "Senor", "Senora",
	"Hon", "Honourable", "Honorable", "The Honourable", "The Honorable", "Rt Hon", "Right Honourable", "The Right Honourable",
	"His Excellency", "Her Excellency", "His Majesty", "Her Majesty", "His Royal Highness", "Her Royal Highness",
	"HRH", "His Highness", "Her Highness", "His Holiness", "His Eminence", "His Beatitude",
	"Comrade", "Ustaz", "Ustadh", "Haji", "Hajji", "Sayyid", "Sayed", "Shri", "Sri", "Smt", "Shrimati",

	// Royalty and nobility.
	"King", "Queen", "Prince", "Princess", "Crown Prince", "Crown Princess", "Emir", "Amir", "Sultan",
	"Sheikh", "Sheik", "Shaikh", "Sheikha", "Emperor", "Empress", "Tsar", "Czar", "Shah", "Maharaja", "Rajah",
	"Duke", "Duchess", "Earl", "^Baron", "Baroness", "Marquess", "Marquis", "Viscount", "^Count", "Countess",
	"King Emeritus", "Queen Mother", "Queen Consort", "Prince Consort", "Heir Apparent", "Grand Duke", "Grand Duchess",

	// Heads of state and government without portfolio.
	"Prime Minister", "PM", "Premier", "Chancellor", "First Minister", "Chief Minister", "Taoiseach", "Tanaiste",
	"First Lady", "First Gentleman", "Head of State", "Head of Government", "Supreme Leader", "Supreme Guide",
	"Caliph", "Chief Executive", "Chief Executive Officer", "Governor-General", "Governor General",
	"President-elect", "President elect", "Vice President-elect", "Prime Minister-designate", "Prime Minister designate",
	"Vice Chancellor", "Lieutenant Governor", "Lt Gov", "Lt Governor", "Lord Mayor",
	"Minister without Portfolio", "Minister of State", "Minister-President", "State Counsellor", "State Councilor",

	// Legislators and local office.
	"Senator", "Sen", "Representative", "Rep", "Congressman", "Congresswoman", "Congressperson",
	"Assemblyman", "Assemblywoman", "Assemblymember", "Councillor", "Councilor", "Councilman", "Councilwoman",
	"Alderman", "Alderwoman", "MP", "MEP", "MLA", "MSP", "lawmaker", "legislator", "parliamentarian",
	"Deputy", "Speaker", "Majority Leader", "Minority Leader", "Senate Majority Leader", "Senate Minority Leader",
	"House Speaker", "Speaker of the House", "Whip", "Chief Whip", "Majority Whip", "Minority Whip",
	"Gov", "Governor", "Mayor", "Deputy Mayor", "Sheriff", "Selectman", "Reeve", "Provost",

	// Diplomats and international officials.
	"Ambassador", "Amb", "Ambassador-at-large", "Ambassador at Large", "Envoy", "Special Envoy", "Consul", "Consul General",
	"Consul-General", "Vice Consul", "Charge d'Affaires", "Attache", "High Commissioner", "Commissioner",
	"Secretary-General", "Secretary General", "Under-Secretary-General", "Under Secretary General",
	"Assistant Secretary-General", "Assistant Secretary General", "Deputy Secretary-General", "Deputy Secretary General",
	"Director-General", "Director General", "Deputy Director-General", "Deputy Director General",
	"Emissary", "Nuncio", "Apostolic Nuncio", "Plenipotentiary", "First Secretary", "Second Secretary", "Third Secretary",
	"Counsellor", "Counselor", "Minister-Counsellor", "Minister Counselor", "Political Counselor", "Head of Mission",
	"Deputy Chief of Mission", "Chief of Mission", "Special Representative", "Special Rapporteur", "Rapporteur",
	"Mediator", "Chief Negotiator", "Negotiator",

	// Advisers, officials, staff.
	"National Security Advisor", "National Security Adviser", "Homeland Security Advisor", "Homeland Security Adviser",
	"Chief of Staff", "Press Secretary", "Cabinet Secretary",
	"Permanent Secretary", "Permanent Representative", "Under Secretary", "Undersecretary", "Under-Secretary",
	"Secretary", "Minister", "Advisor", "Adviser", "Counsel", "Special Counsel", "General Counsel", "Coordinator",
	"Administrator", "Commissioner", "Inspector General", "Inspector-General", "Surgeon General", "Comptroller",
	"Comptroller General", "Auditor General", "Auditor-General", "Ombudsman", "Registrar", "Treasurer",
	"Spokesman", "Spokeswoman", "Spokesperson", "Spokespeople", "Press Officer", "Press Attache",
	"Director", "Deputy Director", "Executive Director", "Managing Director", "Head", "Chief", "Leader",
	"Party Leader", "Opposition Leader", "Leader of the Opposition", "Chairman", "Chairwoman", "Chairperson", "Chair",
	"Chairman of the Joint Chiefs of Staff", "Chair of the Joint Chiefs of Staff", "Chairman of the Board",
	"President", "Vice President", "VP", "Veep", "Founder", "Co-founder", "Cofounder", "Editor",
	"Editor-in-Chief", "Editor in Chief",

	// Corporate.
	"CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CSO", "Chief Financial Officer", "Chief Operating Officer",
	"Chief Technology Officer", "Chief Information Officer", "Chief Marketing Officer", "Chief Strategy Officer",
	"Chief Economist", "Chief Scientist", "Chief Investment Officer", "Chief Legal Officer", "Chief Risk Officer",
	"Chief People Officer", "Chief Medical Officer", "General Manager", "Manager", "Managing Partner",
	"Board Member", "Director of Communications", "Communications Director", "Executive Vice President", "EVP", "SVP",
	"Senior Vice President", "Group Chief Executive", "Non-Executive Chairman", "Non-Executive Director",

	// Judiciary and law.
	"Judge", "Justice", "Chief Justice", "Associate Justice", "Lord Chief Justice", "Chief Judge", "Presiding Judge",
	"Magistrate", "Chief Magistrate", "Investigating Judge", "Examining Magistrate", "Judge Advocate General",
	"Prosecutor", "Public Prosecutor", "Chief Prosecutor", "Prosecutor General", "Prosecutor-General", "State Prosecutor",
	"Special Prosecutor", "Attorney General", "Attorney-General", "AG", "District Attorney", "DA", "State Attorney",
	"US Attorney", "U.S. Attorney", "United States Attorney", "Solicitor General", "Solicitor-General", "Advocate General",
	"Barrister", "Solicitor", "Attorney", "Lawyer", "Defence Lawyer", "Defense Lawyer", "Defense Attorney",
	"Coroner", "Medical Examiner", "Justice of the Peace", "Qadi", "Kadi",

	// Police and security services.
	"Police Chief", "Chief of Police", "Police Commissioner", "Chief Constable", "Deputy Chief Constable",
	"Superintendent", "Supt", "Chief Superintendent", "Chief Supt", "Inspector", "Insp", "Chief Inspector",
	"Detective", "Det", "Detective Sergeant", "Det Sgt", "Detective Inspector", "Det Insp", "Detective Chief Inspector",
	"DCI", "Detective Chief Superintendent", "Detective Constable", "Constable", "^Officer", "Police Officer",
	"Trooper", "State Trooper", "^Agent", "Special Agent", "Special Agent in Charge", "Marshal", "US Marshal",
	"Deputy Sheriff", "Warden", "^Ranger",

	// Military ranks, with abbreviations.
	"Field Marshal", "Marshal of the Air Force", "Air Chief Marshal", "Air Marshal", "Air Vice Marshal", "Air Vice-Marshal",
	"Air Commodore", "Group Captain", "Wing Commander", "Squadron Leader", "Flight Lieutenant", "Flying Officer",
	"Pilot Officer", "General", "Gen", "Lieutenant General", "Lt Gen", "Lt-Gen", "Lieut Gen", "Major General", "Maj Gen",
	"Maj-Gen", "Brigadier General", "Brig Gen", "Brig-Gen", "Brigadier", "Brig", "Colonel", "Col", "Lieutenant Colonel",
	"Lt Col", "Lt-Col", "^Major", "Maj", "Captain", "Capt", "Cpt", "Lieutenant", "Lt", "Lieut", "First Lieutenant",
	"1st Lt", "1Lt", "Second Lieutenant", "2nd Lt", "2Lt", "Sub-Lieutenant", "Sub Lieutenant", "Second-Lieutenant",
	"Officer Cadet", "Cadet", "Warrant Officer", "Chief Warrant Officer", "CWO",
	"Sergeant", "Sgt", "Staff Sergeant", "Staff Sgt", "SSgt", "Sergeant First Class", "SFC", "Master Sergeant",
	"Master Sgt", "MSgt", "First Sergeant", "1st Sgt", "Sergeant Major", "Sgt Maj", "Command Sergeant Major",
	"Command Sgt Maj", "Sergeant Major of the Army", "Gunnery Sergeant", "Gunnery Sgt", "Gunny", "Lance Sergeant",
	"Corporal", "Cpl", "Lance Corporal", "Lance Cpl", "LCpl", "Lance-Corporal", "Bombardier", "Lance Bombardier",
	"^Private", "Pvt", "Pte", "Private First Class", "Pfc", "^Specialist", "Spc", "Airman", "Senior Airman",
	"Airman First Class", "Seaman", "Able Seaman", "Rifleman", "Trooper", "^Gunner", "Sapper", "Guardsman",
	"Fusilier", "^Ranger", "Sepoy", "Havildar", "Naik", "Subedar", "Jemadar",
	"Admiral", "Adm", "Fleet Admiral", "Admiral of the Fleet", "Vice Admiral", "Vice Adm", "Vice-Admiral",
	"Rear Admiral", "Rear Adm", "Rear-Admiral", "Commodore", "Cdre", "Commander", "Cmdr", "Cdr", "Lieutenant Commander",
	"Lt Cmdr", "Lt Cdr", "Lieutenant-Commander", "Ensign", "Midshipman", "Petty Officer", "Chief Petty Officer",
	"Master Chief Petty Officer", "Senior Chief Petty Officer", "Petty Officer First Class", "Petty Officer Second Class",
	"Petty Officer Third Class", "Chief of General Staff", "Chief of the General Staff", "Chief of Defence Staff",
	"Chief of Defense Staff", "Chief of the Defence Staff", "Chief of the Defense Staff", "Chief of Army Staff",
	"Chief of the Army Staff", "Chief of Naval Staff", "Chief of the Naval Staff", "Chief of Air Staff",
	"Chief of the Air Staff", "Chief of Naval Operations", "Army Chief of Staff", "Air Force Chief of Staff",
	"Joint Chiefs Chairman", "Commander-in-Chief", "Commander in Chief", "Supreme Commander", "Supreme Allied Commander",
	"Army Chief", "Military Chief", "Field Commander", "Militia Leader", "Militia Commander", "Warlord",
	"Chief Commander", "Commanding Officer", "Battalion Commander", "Brigade Commander", "Division Commander",
	"Regional Commander", "Theater Commander", "Combatant Commander",

	// Religion.
	"Pope", "Pontiff", "Cardinal", "Archbishop", "Bishop", "Auxiliary Bishop", "Patriarch", "Metropolitan",
	"Archimandrite", "Monsignor", "Msgr", "Mgr", "Reverend", "Rev", "Revd", "The Reverend", "The Rev", "Very Reverend",
	"Most Reverend", "Right Reverend", "Pastor", "Vicar", "Rector", "Chaplain", "Deacon", "Archdeacon",
	"^Father", "Fr", "^Brother", "^Sister", "^Mother", "Mother Superior", "Abbot", "Abbess",
	"Imam", "Grand Imam", "Mufti", "Grand Mufti", "Sheikh al-Azhar", "Ayatollah", "Grand Ayatollah", "Hojatoleslam",
	"Hojjatoleslam", "Mullah", "Maulana", "Mawlana", "Allamah", "Rabbi", "Chief Rabbi", "Cantor", "Lama", "Dalai Lama",
	"Venerable", "Ven", "Swami", "Guru", "Sadhguru",

	// Academia, medicine, sport.
	"Vice-Chancellor", "Rector", "Provost",
	"Head Coach", "Coach", "Assistant Coach", "Manager", "Captain", "Skipper", "Referee",
}

// modifiableTitles are the cores that ranks of deputies, assistants and
// special appointees attach to: "Deputy Assistant Secretary", "Acting
// Director", "Vice Chairman", "Special Envoy". Portfolio titles ("Foreign
// Minister", "Secretary of State") are added to these.
var modifiableTitles = []string{
	"Minister", "Secretary", "Prime Minister", "PM", "Chief Minister", "President", "Premier", "Chancellor", "Chairman",
	"Chairwoman", "Chairperson", "Chair", "Director", "Director General", "Director-General", "Governor", "Mayor",
	"Commissioner", "High Commissioner", "Ambassador", "Envoy", "Representative", "Advisor", "Adviser",
	"National Security Advisor", "National Security Adviser", "Administrator", "Speaker", "Chief of Staff",
	"Attorney General", "Attorney-General", "Solicitor General", "Inspector General", "Spokesman", "Spokeswoman",
	"Spokesperson", "Press Secretary", "Head", "Leader", "Prosecutor", "Counsel", "Coordinator", "Commander",
	"Editor", "Manager", "Undersecretary", "Under Secretary", "Under-Secretary", "Consul", "Consul General",
	"Judge", "Registrar", "Auditor", "Treasurer", "Chief Executive", "Chief Executive Officer", "Secretary-General",
	"Secretary General", "Executive Director", "Managing Director", "General Manager", "Vice President",
	"Vice Chairman", "Permanent Representative", "Special Representative", "Permanent Secretary", "Cabinet Secretary",
	"Officer", "Staff Director", "Principal", "Chief of Mission", "Head Coach", "Coach", "Lawyer",
	"Counselor", "Counsellor", "Negotiator", "Mediator", "Diplomat",
}

// titleModifiers are the words that stack before a modifiable title, in
// any order: "Principal Deputy Assistant Secretary", "Acting Vice
// President". They are not titles on their own (except Deputy, listed in
// titlePhrases).
var titleModifiers = []string{
	"Deputy", "Assistant", "Principal", "Acting", "Vice", "Senior", "Under", "Associate", "Special", "First",
	"Second", "Executive", "Interim", "Joint", "Co", "Junior", "Chief", "Adjunct", "Provisional", "Caretaker",
	"Regional", "Lead", "Top", "Presidential", "Personal",
}

// portfolios are the fields a minister or secretary is in charge of. Each
// yields "Foreign Minister", "Minister of Foreign", "Minister of the
// Interior", "Minister for Health", "Foreign Secretary", "Secretary of
// State", "Foreign Ministry spokesman" and the like: forms that never occur
// cost nothing.
var portfolios = []string{
	"Foreign", "Foreign Affairs", "External Affairs", "Foreign and Commonwealth Affairs", "Interior", "Internal Affairs",
	"Home", "Home Affairs", "Defence", "Defense", "National Defence", "National Defense", "War", "Finance", "Economy",
	"Economic Affairs", "Economy and Finance", "Justice", "Health", "Public Health", "Health and Human Services",
	"Education", "Higher Education", "Energy", "Oil", "Petroleum", "Oil and Gas", "Gas", "Mines", "Mining",
	"Trade", "Foreign Trade", "Commerce", "Industry", "Industry and Trade", "Agriculture", "Labour", "Labor",
	"Transport", "Transportation", "Culture", "Tourism", "Environment", "Climate", "Information", "Communications",
	"Media", "Planning", "Treasury", "State", "Homeland Security", "Public Security", "State Security", "Security",
	"National Security", "Intelligence", "Veterans Affairs", "Housing", "Housing and Urban Development",
	"Water", "Water Resources", "Electricity", "Power", "Youth", "Sports", "Youth and Sports", "Social Affairs",
	"Immigration", "Migration", "Local Government", "Public Works", "Religious Affairs", "Endowments", "Awqaf",
	"Science", "Technology", "Science and Technology", "Digital", "Women", "Women's Affairs", "Family", "Social Security",
	"Fisheries", "Infrastructure", "Development", "International Development", "International Cooperation",
	"Cooperation", "Budget", "Legal Affairs", "Parliamentary Affairs", "Refugees", "Displaced", "Reconciliation",
	"Aviation", "Civil Aviation", "Railways", "Shipping", "Telecommunications", "Telecom", "Irrigation",
	"Natural Resources", "Land", "Lands", "Forestry", "Food", "Welfare", "Social Welfare", "Employment", "Work",
	"Heritage", "Arts", "Communities", "Business", "Enterprise", "Investment", "Privatization", "Privatisation",
	"Army", "Navy", "Air Force", "Emergency Situations", "Emergencies", "Civil Defence", "Civil Defense",
	"European Affairs", "Europe", "Brexit", "Northern Ireland", "Scotland", "Wales", "Levelling Up", "Equalities",
	"Culture, Media and Sport", "Environment, Food and Rural Affairs", "Cabinet Office", "Public Administration",
	"Solidarity", "Hajj",
}

// portfolioHeads are the office words that portfolios attach to.
var portfolioHeads = []string{"Minister", "Secretary", "Commissioner", "Spokesman", "Spokeswoman", "Spokesperson",
	"Ministry spokesman", "Ministry spokeswoman", "Ministry spokesperson", "Ministry Secretary",
	"Department spokesman", "Department spokeswoman", "Department spokesperson", "Czar", "Tsar", "Chief"}

// portfolioOf are the heads that take a portfolio after "of", "for" or
// "of the": "Minister of Foreign Affairs", "Secretary of State".
var portfolioOf = []string{"Minister", "Secretary", "Commissioner", "Ministry spokesman", "Director"}

// spokesOrgs are the bodies a spokesperson speaks for in the common form
// "army spokesman".
var spokesOrgs = []string{"Government", "Military", "Army", "Police", "Presidential", "Presidency", "Palace",
	"Ministry", "Party", "Company", "Hospital", "Embassy", "Court", "Campaign", "Navy", "Air Force", "Coalition",
	"Militia", "Rebel", "Opposition", "Cabinet", "Kremlin", "Pentagon",
	"Foreign Office", "Home Office", "UN", "U.N.", "EU", "NATO", "Agency", "Department", "Prosecutor's Office",
	"Prosecutors' Office", "Fire Department", "Fire Service", "Rescue", "Civil Defence", "Civil Defense",
	"Health Ministry", "Interior Ministry", "Foreign Ministry", "Defence Ministry", "Defense Ministry"}
