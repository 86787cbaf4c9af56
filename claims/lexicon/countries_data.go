package lexicon

// countryTable lists every UN member and observer state and a few often
// reported territories, one per line:
//
//	alpha-2 | alpha-3 | common name | aliases | demonyms | capitals | UN M49 sub-region
//
// Lists are ';'-separated. The first capital is the official one; others are
// seats of government or of parliament that news also calls the capital.
// A capital may carry other spellings after '=' ("Kyiv=Kiev").
// Spellings may carry the markers '^' (capitalised input only) and '~' (kept
// for display, not indexed). Abbreviations written in capitals ("US",
// "U.A.E.") match capitalised input only. For the Americas, the M49
// intermediate regions (Caribbean, Central America, South America) are used,
// and likewise the four African ones below Sub-Saharan Africa.
const countryTable = `
AF|AFG|Afghanistan|Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan|Kabul|Southern Asia
AL|ALB|Albania|Republic of Albania|Albanian|Tirana=Tirane|Southern Europe
DZ|DZA|Algeria|People's Democratic Republic of Algeria|Algerian|Algiers|Northern Africa
AD|AND|Andorra|Principality of Andorra|Andorran|Andorra la Vella|Southern Europe
AO|AGO|Angola|Republic of Angola|Angolan|Luanda|Middle Africa
AG|ATG|Antigua and Barbuda|Antigua|Antiguan;Barbudan|St. John's=Saint John's=St John's|Caribbean
AR|ARG|Argentina|Argentine Republic|Argentine;Argentinian;Argentinean|Buenos Aires|South America
AM|ARM|Armenia|Republic of Armenia|Armenian|Yerevan|Western Asia
AU|AUS|Australia|Commonwealth of Australia|Australian|Canberra|Australia and New Zealand
AT|AUT|Austria|Republic of Austria|Austrian|Vienna|Western Europe
AZ|AZE|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri|Baku|Western Asia
BS|BHS|Bahamas|The Bahamas;Commonwealth of The Bahamas|Bahamian|Nassau|Caribbean
BH|BHR|Bahrain|Kingdom of Bahrain|Bahraini|Manama|Western Asia
BD|BGD|Bangladesh|People's Republic of Bangladesh|Bangladeshi|Dhaka=Dacca|Southern Asia
BB|BRB|Barbados||Barbadian;Bajan|Bridgetown|Caribbean
BY|BLR|Belarus|Republic of Belarus;Byelorussia;Belorussia|Belarusian;Belarusan;Byelorussian|Minsk|Eastern Europe
BE|BEL|Belgium|Kingdom of Belgium|Belgian|Brussels|Western Europe
BZ|BLZ|Belize||Belizean|Belmopan|Central America
BJ|BEN|Benin|Republic of Benin|Beninese;Beninois|Porto-Novo;Cotonou|Western Africa
BT|BTN|Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu|Southern Asia
BO|BOL|Bolivia|Plurinational State of Bolivia|Bolivian|Sucre;La Paz|South America
BA|BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;BiH|Bosnian;Herzegovinian|Sarajevo|Southern Europe
BW|BWA|Botswana|Republic of Botswana|Motswana;Batswana;Botswanan|Gaborone|Southern Africa
BR|BRA|Brazil|Federative Republic of Brazil;Brasil|Brazilian|Brasilia|South America
BN|BRN|Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan|South-eastern Asia
BG|BGR|Bulgaria|Republic of Bulgaria|Bulgarian|Sofia|Eastern Europe
BF|BFA|Burkina Faso|Burkina|Burkinabe;Burkinabè|Ouagadougou|Western Africa
BI|BDI|Burundi|Republic of Burundi|Burundian|Gitega|Eastern Africa
CV|CPV|Cabo Verde|Cape Verde;Republic of Cabo Verde|Cape Verdean;Cabo Verdean|Praia|Western Africa
KH|KHM|Cambodia|Kingdom of Cambodia;Kampuchea|Cambodian|Phnom Penh|South-eastern Asia
CM|CMR|Cameroon|Republic of Cameroon|Cameroonian|Yaounde|Middle Africa
CA|CAN|Canada||Canadian|Ottawa|Northern America
CF|CAF|Central African Republic|CAR;C.A.R.|Central African|Bangui|Middle Africa
TD|TCD|Chad|Republic of Chad;Tchad|Chadian|N'Djamena=Ndjamena|Middle Africa
CL|CHL|Chile|Republic of Chile|Chilean|Santiago|South America
CN|CHN|China|People's Republic of China;PRC;P.R.C.;Mainland China|Chinese|Beijing|Eastern Asia
CO|COL|Colombia|Republic of Colombia|Colombian|Bogota|South America
KM|COM|Comoros|Union of the Comoros;Comoro Islands|Comorian;Comoran|Moroni|Eastern Africa
CG|COG|Republic of the Congo|Congo;Congo-Brazzaville;Congo Brazzaville;Republic of Congo|~Congolese|Brazzaville|Middle Africa
CD|COD|Democratic Republic of the Congo|Congo;DR Congo;D.R. Congo;DRC;D.R.C.;Congo-Kinshasa;Congo Kinshasa;Democratic Republic of Congo;~Zaire|~Congolese|Kinshasa|Middle Africa
CR|CRI|Costa Rica|Republic of Costa Rica|Costa Rican|~San Jose|Central America
CI|CIV|Cote d'Ivoire|Ivory Coast;Republic of Cote d'Ivoire|Ivorian;Ivoirian|Yamoussoukro|Western Africa
HR|HRV|Croatia|Republic of Croatia;Hrvatska|Croatian;Croat|Zagreb|Southern Europe
CU|CUB|Cuba|Republic of Cuba|Cuban|Havana=La Habana|Caribbean
CY|CYP|Cyprus|Republic of Cyprus|Cypriot|Nicosia|Western Asia
CZ|CZE|Czechia|Czech Republic|Czech|Prague|Eastern Europe
DK|DNK|Denmark|Kingdom of Denmark|Danish;Dane|Copenhagen|Northern Europe
DJ|DJI|Djibouti|Republic of Djibouti|Djiboutian|Djibouti|Eastern Africa
DM|DMA|Dominica|Commonwealth of Dominica|~Dominican|Roseau|Caribbean
DO|DOM|Dominican Republic|Dominican Rep|Dominican|Santo Domingo|Caribbean
EC|ECU|Ecuador|Republic of Ecuador|Ecuadorian;Ecuadorean|Quito|South America
EG|EGY|Egypt|Arab Republic of Egypt|Egyptian|Cairo|Northern Africa
SV|SLV|El Salvador|Republic of El Salvador|Salvadoran;Salvadorean;Salvadorian|San Salvador|Central America
GQ|GNQ|Equatorial Guinea|Republic of Equatorial Guinea|Equatorial Guinean;Equatoguinean|Malabo|Middle Africa
ER|ERI|Eritrea|State of Eritrea|Eritrean|Asmara|Eastern Africa
EE|EST|Estonia|Republic of Estonia|Estonian|Tallinn|Northern Europe
SZ|SWZ|Eswatini|Swaziland;Kingdom of Eswatini|Swazi;Emaswati|Mbabane;Lobamba|Southern Africa
ET|ETH|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian|Addis Ababa|Eastern Africa
FJ|FJI|Fiji|Republic of Fiji|Fijian|Suva|Melanesia
FI|FIN|Finland|Republic of Finland;Suomi|Finnish;Finn|Helsinki|Northern Europe
FR|FRA|France|French Republic|French;Frenchman;Frenchwoman;Frenchmen;Frenchwomen|Paris|Western Europe
GA|GAB|Gabon|Gabonese Republic|Gabonese|Libreville|Middle Africa
GM|GMB|Gambia|The Gambia;Republic of The Gambia|Gambian|Banjul|Western Africa
GE|GEO|Georgia|Sakartvelo|Georgian|Tbilisi|Western Asia
DE|DEU|Germany|Federal Republic of Germany;Deutschland|German|Berlin|Western Europe
GH|GHA|Ghana|Republic of Ghana|Ghanaian|Accra|Western Africa
GR|GRC|Greece|Hellenic Republic;Hellas|Greek;Hellenic|Athens|Southern Europe
GD|GRD|Grenada||Grenadian|St. George's=Saint George's=St Georges|Caribbean
GT|GTM|Guatemala|Republic of Guatemala|Guatemalan|Guatemala City|Central America
GN|GIN|Guinea|Republic of Guinea;Guinea-Conakry;Guinea Conakry|Guinean|Conakry|Western Africa
GW|GNB|Guinea-Bissau|Republic of Guinea-Bissau|Bissau-Guinean|Bissau|Western Africa
GY|GUY|Guyana|Co-operative Republic of Guyana|Guyanese|Georgetown|South America
HT|HTI|Haiti|Republic of Haiti|Haitian|Port-au-Prince|Caribbean
VA|VAT|Holy See|Vatican;Vatican City State;Vatican City|Vatican|Vatican City|Southern Europe
HN|HND|Honduras|Republic of Honduras|Honduran|Tegucigalpa|Central America
HU|HUN|Hungary|Magyarorszag|Hungarian|Budapest|Eastern Europe
IS|ISL|Iceland||Icelandic;Icelander|Reykjavik|Northern Europe
IN|IND|India|Republic of India;Bharat|Indian|New Delhi|Southern Asia
ID|IDN|Indonesia|Republic of Indonesia|Indonesian|Jakarta|South-eastern Asia
IR|IRN|Iran|Islamic Republic of Iran;Persia|Iranian|Tehran=Teheran|Southern Asia
IQ|IRQ|Iraq|Republic of Iraq|Iraqi|Baghdad|Western Asia
IE|IRL|Ireland|Republic of Ireland;Eire|Irish;Irishman;Irishwoman;Irishmen;Irishwomen|Dublin|Northern Europe
IL|ISR|Israel|State of Israel|Israeli|Jerusalem|Western Asia
IT|ITA|Italy|Italian Republic;Italia|Italian|Rome|Southern Europe
JM|JAM|Jamaica||Jamaican|Kingston|Caribbean
JP|JPN|Japan|Nippon;Nihon|Japanese|Tokyo|Eastern Asia
JO|JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman|Western Asia
KZ|KAZ|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani|Astana|Central Asia
KE|KEN|Kenya|Republic of Kenya|Kenyan|Nairobi|Eastern Africa
KI|KIR|Kiribati|Republic of Kiribati|I-Kiribati|South Tarawa=Tarawa|Micronesia
KP|PRK|North Korea|Democratic People's Republic of Korea;DPRK;D.P.R.K.|North Korean|Pyongyang|Eastern Asia
KR|KOR|South Korea|Republic of Korea;ROK;R.O.K.|South Korean;Korean|Seoul|Eastern Asia
KW|KWT|Kuwait|State of Kuwait|Kuwaiti|Kuwait City|Western Asia
KG|KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani|Bishkek|Central Asia
LA|LAO|Laos|Lao People's Democratic Republic;Lao PDR|Lao;Laotian|Vientiane|South-eastern Asia
LV|LVA|Latvia|Republic of Latvia|Latvian|Riga|Northern Europe
LB|LBN|Lebanon|Lebanese Republic|Lebanese|Beirut|Western Asia
LS|LSO|Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Maseru|Southern Africa
LR|LBR|Liberia|Republic of Liberia|Liberian|Monrovia|Western Africa
LY|LBY|Libya|State of Libya;Libyan Arab Jamahiriya|Libyan|Tripoli|Northern Africa
LI|LIE|Liechtenstein|Principality of Liechtenstein|Liechtensteiner|Vaduz|Western Europe
LT|LTU|Lithuania|Republic of Lithuania|Lithuanian|Vilnius|Northern Europe
LU|LUX|Luxembourg|Grand Duchy of Luxembourg|Luxembourger;Luxembourgish|Luxembourg|Western Europe
MG|MDG|Madagascar|Republic of Madagascar|Malagasy|Antananarivo|Eastern Africa
MW|MWI|Malawi|Republic of Malawi|Malawian|Lilongwe|Eastern Africa
MY|MYS|Malaysia||Malaysian|Kuala Lumpur;Putrajaya|South-eastern Asia
MV|MDV|Maldives|Republic of Maldives;Maldive Islands|Maldivian|Male|Southern Asia
ML|MLI|Mali|Republic of Mali|Malian|Bamako|Western Africa
MT|MLT|Malta|Republic of Malta|Maltese|Valletta|Southern Europe
MH|MHL|Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro|Micronesia
MR|MRT|Mauritania|Islamic Republic of Mauritania|Mauritanian|Nouakchott|Western Africa
MU|MUS|Mauritius|Republic of Mauritius|Mauritian|Port Louis|Eastern Africa
MX|MEX|Mexico|United Mexican States;Estados Unidos Mexicanos|Mexican|Mexico City|Central America
FM|FSM|Micronesia|Federated States of Micronesia|Micronesian|Palikir|Micronesia
MD|MDA|Moldova|Republic of Moldova|Moldovan|Chisinau|Eastern Europe
MC|MCO|Monaco|Principality of Monaco|Monegasque;Monacan|Monaco|Western Europe
MN|MNG|Mongolia||Mongolian|Ulaanbaatar=Ulan Bator|Eastern Asia
ME|MNE|Montenegro|Crna Gora|Montenegrin|Podgorica|Southern Europe
MA|MAR|Morocco|Kingdom of Morocco|Moroccan|Rabat|Northern Africa
MZ|MOZ|Mozambique|Republic of Mozambique|Mozambican|Maputo|Eastern Africa
MM|MMR|Myanmar|Burma;Republic of the Union of Myanmar|Burmese;Myanmar|Naypyidaw=Nay Pyi Taw=Naypyitaw|South-eastern Asia
NA|NAM|Namibia|Republic of Namibia|Namibian|Windhoek|Southern Africa
NR|NRU|Nauru|Republic of Nauru|Nauruan|Yaren|Micronesia
NP|NPL|Nepal|Federal Democratic Republic of Nepal|Nepalese;Nepali|Kathmandu|Southern Asia
NL|NLD|Netherlands|Holland;Kingdom of the Netherlands;Nederland|Dutch;Dutchman;Dutchwoman;Dutchmen;Dutchwomen;Netherlander|Amsterdam;The Hague|Western Europe
NZ|NZL|New Zealand|NZ;N.Z.;Aotearoa|New Zealander|Wellington|Australia and New Zealand
NI|NIC|Nicaragua|Republic of Nicaragua|Nicaraguan|Managua|Central America
NE|NER|Niger|Republic of the Niger;Republic of Niger|Nigerien|Niamey|Western Africa
NG|NGA|Nigeria|Federal Republic of Nigeria|Nigerian|Abuja|Western Africa
MK|MKD|North Macedonia|Macedonia;Republic of North Macedonia;FYROM|Macedonian;North Macedonian|Skopje|Southern Europe
NO|NOR|Norway|Kingdom of Norway;Norge|Norwegian|Oslo|Northern Europe
OM|OMN|Oman|Sultanate of Oman|Omani|Muscat|Western Asia
PK|PAK|Pakistan|Islamic Republic of Pakistan|Pakistani|Islamabad|Southern Asia
PW|PLW|Palau|Republic of Palau;Belau|Palauan|Ngerulmud|Micronesia
PS|PSE|Palestine|State of Palestine;Palestinian Territories;Occupied Palestinian Territories;Palestinian Authority|Palestinian|East Jerusalem;Ramallah|Western Asia
PA|PAN|Panama|Republic of Panama|Panamanian|Panama City|Central America
PG|PNG|Papua New Guinea|PNG;Independent State of Papua New Guinea|Papua New Guinean|Port Moresby|Melanesia
PY|PRY|Paraguay|Republic of Paraguay|Paraguayan|Asuncion|South America
PE|PER|Peru|Republic of Peru|Peruvian|Lima|South America
PH|PHL|Philippines|Republic of the Philippines;Pilipinas|Filipino;Filipina;Philippine|Manila|South-eastern Asia
PL|POL|Poland|Republic of Poland;Polska|Polish;^Pole|Warsaw|Eastern Europe
PT|PRT|Portugal|Portuguese Republic|Portuguese|Lisbon|Southern Europe
QA|QAT|Qatar|State of Qatar|Qatari|Doha|Western Asia
RO|ROU|Romania|Rumania;Roumania|Romanian|Bucharest|Eastern Europe
RU|RUS|Russia|Russian Federation|Russian|Moscow|Eastern Europe
RW|RWA|Rwanda|Republic of Rwanda|Rwandan;Rwandese|Kigali|Eastern Africa
KN|KNA|Saint Kitts and Nevis|St. Kitts and Nevis;St Kitts and Nevis;Federation of Saint Christopher and Nevis;St Kitts|Kittitian;Nevisian|Basseterre|Caribbean
LC|LCA|Saint Lucia|St. Lucia;St Lucia|Saint Lucian;St. Lucian|Castries|Caribbean
VC|VCT|Saint Vincent and the Grenadines|St. Vincent and the Grenadines;St Vincent and the Grenadines;Saint Vincent;St. Vincent|Vincentian|Kingstown|Caribbean
WS|WSM|Samoa|Independent State of Samoa;Western Samoa|Samoan|Apia|Polynesia
SM|SMR|San Marino|Republic of San Marino|Sammarinese|San Marino|Southern Europe
ST|STP|Sao Tome and Principe|Democratic Republic of Sao Tome and Principe;Sao Tome|Sao Tomean;Santomean|Sao Tome|Middle Africa
SA|SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA;K.S.A.|Saudi;Saudi Arabian|Riyadh|Western Asia
SN|SEN|Senegal|Republic of Senegal|Senegalese|Dakar|Western Africa
RS|SRB|Serbia|Republic of Serbia|Serbian;Serb|Belgrade|Southern Europe
SC|SYC|Seychelles|Republic of Seychelles|Seychellois|~Victoria|Eastern Africa
SL|SLE|Sierra Leone|Republic of Sierra Leone|Sierra Leonean|Freetown|Western Africa
SG|SGP|Singapore|Republic of Singapore|Singaporean|Singapore|South-eastern Asia
SK|SVK|Slovakia|Slovak Republic|Slovak;Slovakian|Bratislava|Eastern Europe
SI|SVN|Slovenia|Republic of Slovenia|Slovenian;Slovene|Ljubljana|Southern Europe
SB|SLB|Solomon Islands|Solomons|Solomon Islander|Honiara|Melanesia
SO|SOM|Somalia|Federal Republic of Somalia|Somali;Somalian|Mogadishu|Eastern Africa
ZA|ZAF|South Africa|Republic of South Africa;RSA|South African|Pretoria;Cape Town;Bloemfontein|Southern Africa
SS|SSD|South Sudan|Republic of South Sudan|South Sudanese|Juba|Eastern Africa
ES|ESP|Spain|Kingdom of Spain;Espana|Spanish;Spaniard|Madrid|Southern Europe
LK|LKA|Sri Lanka|Democratic Socialist Republic of Sri Lanka;Ceylon|Sri Lankan|Sri Jayawardenepura Kotte;Colombo|Southern Asia
SD|SDN|Sudan|Republic of the Sudan;Republic of Sudan;The Sudan|Sudanese|Khartoum|Northern Africa
SR|SUR|Suriname|Republic of Suriname;Surinam|Surinamese;Surinamer|Paramaribo|South America
SE|SWE|Sweden|Kingdom of Sweden;Sverige|Swedish;Swede|Stockholm|Northern Europe
CH|CHE|Switzerland|Swiss Confederation;Schweiz;Suisse|Swiss|Bern=Berne|Western Europe
SY|SYR|Syria|Syrian Arab Republic|Syrian|Damascus|Western Asia
TJ|TJK|Tajikistan|Republic of Tajikistan|Tajik;Tajikistani|Dushanbe|Central Asia
TZ|TZA|Tanzania|United Republic of Tanzania|Tanzanian|Dodoma|Eastern Africa
TH|THA|Thailand|Kingdom of Thailand;Siam|Thai|Bangkok|South-eastern Asia
TL|TLS|Timor-Leste|East Timor;Democratic Republic of Timor-Leste|Timorese;East Timorese|Dili|South-eastern Asia
TG|TGO|Togo|Togolese Republic|Togolese|Lome|Western Africa
TO|TON|Tonga|Kingdom of Tonga|Tongan|Nuku'alofa|Polynesia
TT|TTO|Trinidad and Tobago|Trinidad;Republic of Trinidad and Tobago|Trinidadian;Tobagonian|Port of Spain|Caribbean
TN|TUN|Tunisia|Republic of Tunisia|Tunisian|Tunis|Northern Africa
TR|TUR|Turkey|Turkiye;Republic of Turkey;Republic of Turkiye|Turkish;Turk|Ankara|Western Asia
TM|TKM|Turkmenistan||Turkmen|Ashgabat=Ashkhabad|Central Asia
TV|TUV|Tuvalu||Tuvaluan|Funafuti|Polynesia
UG|UGA|Uganda|Republic of Uganda|Ugandan|Kampala|Eastern Africa
UA|UKR|Ukraine||Ukrainian|Kyiv=Kiev|Eastern Europe
AE|ARE|United Arab Emirates|UAE;U.A.E.;Emirates;the Emirates|Emirati|Abu Dhabi|Western Asia
GB|GBR|United Kingdom|UK;U.K.;Britain;Great Britain;GB;United Kingdom of Great Britain and Northern Ireland|British;Briton|London|Northern Europe
US|USA|United States|US;U.S.;USA;U.S.A.;America;United States of America;U.S. of A.|American|Washington=Washington DC=Washington D.C.=D.C.|Northern America
UY|URY|Uruguay|Oriental Republic of Uruguay|Uruguayan|Montevideo|South America
UZ|UZB|Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbekistani|Tashkent|Central Asia
VU|VUT|Vanuatu|Republic of Vanuatu|Ni-Vanuatu;Vanuatuan|Port Vila|Melanesia
VE|VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan|Caracas|South America
VN|VNM|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi|South-eastern Asia
YE|YEM|Yemen|Republic of Yemen|Yemeni|Sanaa=Sana'a|Western Asia
ZM|ZMB|Zambia|Republic of Zambia|Zambian|Lusaka|Eastern Africa
ZW|ZWE|Zimbabwe|Republic of Zimbabwe|Zimbabwean|Harare|Eastern Africa
TW|TWN|Taiwan|Republic of China;ROC;Chinese Taipei|Taiwanese|Taipei|Eastern Asia
HK|HKG|Hong Kong|Hong Kong SAR;Hongkong|Hongkonger;Hong Konger|Hong Kong|Eastern Asia
MO|MAC|Macau|Macao;Macau SAR;Macao SAR|Macanese|Macau=Macao|Eastern Asia
XK|XKX|Kosovo|Republic of Kosovo|Kosovar;Kosovan|Pristina=Prishtina|Southern Europe
PR|PRI|Puerto Rico|Commonwealth of Puerto Rico|Puerto Rican|San Juan|Caribbean
GL|GRL|Greenland|Kalaallit Nunaat|Greenlandic;Greenlander|Nuuk|Northern America
EH|ESH|Western Sahara|Sahrawi Arab Democratic Republic|Sahrawi;Saharawi;Western Saharan|Laayoune=El Aaiun=Layoune|Northern Africa
BM|BMU|Bermuda||Bermudian|~Hamilton|Northern America
GI|GIB|Gibraltar||Gibraltarian|Gibraltar|Southern Europe
FO|FRO|Faroe Islands|Faroes;Faeroe Islands|Faroese|Torshavn|Northern Europe
NC|NCL|New Caledonia|Kanaky|New Caledonian|Noumea|Melanesia
PF|PYF|French Polynesia|Tahiti|French Polynesian|Papeete|Polynesia
GU|GUM|Guam||Guamanian|Hagatna|Micronesia
`
