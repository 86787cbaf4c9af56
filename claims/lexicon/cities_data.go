package lexicon

// cityTable lists the world's largest and most reported cities besides the
// capitals (which come from countryTable and are indexed first), one per
// line:
//
//	name | other spellings | ISO alpha-2 country | state or province (optional)
//
// A line naming a capital adds spellings and the province to it. Where two
// cities share a name, the first listed wins in CityByName (capitals of UN
// members come before everything here); CitiesByName returns them all.
// Markers: '^' capitalised input only ("Nice"), '~' not indexed.
const cityTable = `
Kyiv|Kiev|UA|
Beijing|Peking|CN|Beijing
New Delhi|Delhi|IN|Delhi
Washington|Washington DC;Washington D.C.;D.C.|US|District of Columbia
Mexico City|Ciudad de Mexico;CDMX|MX|
Buenos Aires||AR|
Brasilia||BR|Federal District
Canberra||AU|Australian Capital Territory
Ottawa||CA|Ontario
Moscow|Moskva|RU|
Tokyo||JP|Tokyo
Seoul||KR|
Jerusalem|Al-Quds|IL|
Sanaa|Sana'a|YE|
Damascus||SY|
Cairo||EG|
Riyadh||SA|
Ankara||TR|
Bern|Berne|CH|
Amsterdam||NL|North Holland
The Hague|Den Haag|NL|South Holland
Pretoria|Tshwane|ZA|Gauteng
Cape Town||ZA|Western Cape
Bloemfontein||ZA|Free State
Kuala Lumpur|KL|MY|
Colombo||LK|Western Province
Cotonou||BJ|
La Paz||BO|La Paz
Ramallah||PS|West Bank
Panama City||PA|
Guatemala City||GT|
Kuwait City||KW|
Singapore||SG|
Hong Kong||HK|
Ho Chi Minh City|Saigon;HCMC|VN|
New York|New York City;NYC;N.Y.C.|US|New York
Los Angeles|LA;L.A.|US|California
Chicago||US|Illinois
Houston||US|Texas
Phoenix||US|Arizona
Philadelphia|Philly|US|Pennsylvania
San Antonio||US|Texas
San Diego||US|California
Dallas||US|Texas
San Jose||US|California
Austin||US|Texas
Jacksonville||US|Florida
Fort Worth||US|Texas
Columbus||US|Ohio
Charlotte||US|North Carolina
San Francisco||US|California
Indianapolis||US|Indiana
Seattle||US|Washington
Denver||US|Colorado
Boston||US|Massachusetts
El Paso||US|Texas
Nashville||US|Tennessee
Detroit||US|Michigan
Oklahoma City||US|Oklahoma
Portland||US|Oregon
Las Vegas||US|Nevada
Memphis||US|Tennessee
Louisville||US|Kentucky
Baltimore||US|Maryland
Milwaukee||US|Wisconsin
Albuquerque||US|New Mexico
Tucson||US|Arizona
Fresno||US|California
Sacramento||US|California
Kansas City||US|Missouri
Atlanta||US|Georgia
Miami||US|Florida
Omaha||US|Nebraska
Raleigh||US|North Carolina
Minneapolis||US|Minnesota
Saint Paul|St. Paul;St Paul|US|Minnesota
Cleveland||US|Ohio
Tulsa||US|Oklahoma
New Orleans||US|Louisiana
Tampa||US|Florida
Orlando||US|Florida
Honolulu||US|Hawaii
Anchorage||US|Alaska
Pittsburgh||US|Pennsylvania
Cincinnati||US|Ohio
St. Louis|Saint Louis;St Louis|US|Missouri
Salt Lake City||US|Utah
Buffalo||US|New York
Newark||US|New Jersey
Jersey City||US|New Jersey
Richmond||US|Virginia
Boise||US|Idaho
Des Moines||US|Iowa
Hartford||US|Connecticut
Providence||US|Rhode Island
Santa Fe||US|New Mexico
Harrisburg||US|Pennsylvania
Albany||US|New York
Tallahassee||US|Florida
Baton Rouge||US|Louisiana
Charleston||US|South Carolina
Savannah||US|Georgia
Little Rock||US|Arkansas
Topeka||US|Kansas
Annapolis||US|Maryland
Trenton||US|New Jersey
Juneau||US|Alaska
Birmingham||GB|England
Manchester||GB|England
Liverpool||GB|England
Leeds||GB|England
Sheffield||GB|England
Bristol||GB|England
Newcastle|Newcastle upon Tyne|GB|England
Nottingham||GB|England
Leicester||GB|England
Southampton||GB|England
Oxford||GB|England
Cambridge||GB|England
Brighton||GB|England
Dover||GB|England
Glasgow||GB|Scotland
Edinburgh||GB|Scotland
Aberdeen||GB|Scotland
Cardiff||GB|Wales
Belfast||GB|Northern Ireland
Londonderry|Derry|GB|Northern Ireland
Cork||IE|
Galway||IE|
Limerick||IE|
Marseille|Marseilles|FR|Provence-Alpes-Cote d'Azur
Lyon|Lyons|FR|Auvergne-Rhone-Alpes
Toulouse||FR|Occitanie
^Nice||FR|Provence-Alpes-Cote d'Azur
Nantes||FR|Pays de la Loire
Strasbourg||FR|Grand Est
Bordeaux||FR|Nouvelle-Aquitaine
Lille||FR|Hauts-de-France
Montpellier||FR|Occitanie
Rennes||FR|Brittany
Calais||FR|Hauts-de-France
Cannes||FR|Provence-Alpes-Cote d'Azur
Grenoble||FR|Auvergne-Rhone-Alpes
Hamburg||DE|Hamburg
Munich|Munchen|DE|Bavaria
Cologne|Koln|DE|North Rhine-Westphalia
Frankfurt|Frankfurt am Main|DE|Hesse
Stuttgart||DE|Baden-Wurttemberg
Dusseldorf|Duesseldorf|DE|North Rhine-Westphalia
Dortmund||DE|North Rhine-Westphalia
Essen||DE|North Rhine-Westphalia
Leipzig||DE|Saxony
Dresden||DE|Saxony
Hanover|Hannover|DE|Lower Saxony
Nuremberg|Nurnberg|DE|Bavaria
Bremen||DE|Bremen
Bonn||DE|North Rhine-Westphalia
Magdeburg||DE|Saxony-Anhalt
Mannheim||DE|Baden-Wurttemberg
Milan|Milano|IT|Lombardy
Naples|Napoli|IT|Campania
Turin|Torino|IT|Piedmont
Palermo||IT|Sicily
Genoa|Genova|IT|Liguria
Bologna||IT|Emilia-Romagna
Florence|Firenze|IT|Tuscany
Venice|Venezia|IT|Veneto
Bari||IT|Apulia
Catania||IT|Sicily
Verona||IT|Veneto
Lampedusa||IT|Sicily
Barcelona||ES|Catalonia
Valencia||ES|Valencia
Seville|Sevilla|ES|Andalusia
Zaragoza|Saragossa|ES|Aragon
Malaga||ES|Andalusia
Bilbao||ES|Basque Country
Palma|Palma de Mallorca|ES|Balearic Islands
Las Palmas|Las Palmas de Gran Canaria|ES|Canary Islands
Granada||ES|Andalusia
Cordoba||ES|Andalusia
Alicante||ES|Valencia
Porto|Oporto|PT|
Rotterdam||NL|South Holland
Utrecht||NL|Utrecht
Eindhoven||NL|North Brabant
Antwerp|Antwerpen|BE|Flanders
Ghent|Gent|BE|Flanders
Liege||BE|Wallonia
Bruges|Brugge|BE|Flanders
Zurich||CH|Zurich
Geneva|Geneve;Genf|CH|Geneva
Basel|Basle|CH|Basel-Stadt
Lausanne||CH|Vaud
Davos||CH|Graubunden
Salzburg||AT|Salzburg
Graz||AT|Styria
Innsbruck||AT|Tyrol
Linz||AT|Upper Austria
Krakow|Cracow|PL|Lesser Poland
Lodz||PL|Lodz
Wroclaw||PL|Lower Silesia
Poznan||PL|Greater Poland
Gdansk|Danzig|PL|Pomerania
Szczecin||PL|West Pomerania
Lublin||PL|Lublin
Rzeszow||PL|Subcarpathia
Brno||CZ|South Moravia
Ostrava||CZ|Moravia-Silesia
Debrecen||HU|
Cluj-Napoca|Cluj|RO|
Timisoara||RO|
Iasi||RO|
Constanta||RO|
Plovdiv||BG|
Varna||BG|
Thessaloniki|Salonika|GR|Central Macedonia
Piraeus||GR|Attica
Patras||GR|Western Greece
Heraklion|Iraklion|GR|Crete
Novi Sad||RS|Vojvodina
Nis||RS|
Dubrovnik||HR|
^Split||HR|
Rijeka||HR|
Banja Luka||BA|Republika Srpska
Mostar||BA|
Srebrenica||BA|Republika Srpska
Mitrovica||XK|
Gothenburg|Goteborg|SE|
Malmo||SE|
Bergen||NO|
Stavanger||NO|
Aarhus|Arhus|DK|
Tampere||FI|
Turku||FI|
Kaunas||LT|
Tartu||EE|
Narva||EE|
Gomel|Homel|BY|
Grodno|Hrodna|BY|
Vitebsk|Viciebsk|BY|
Tiraspol||MD|Transnistria
Saint Petersburg|St. Petersburg;St Petersburg;Leningrad|RU|
Yekaterinburg|Ekaterinburg|RU|
Novosibirsk||RU|
Kazan||RU|Tatarstan
Nizhny Novgorod||RU|
Rostov-on-Don|Rostov|RU|
Volgograd||RU|
Vladivostok||RU|
Belgorod||RU|
Kursk||RU|
Bryansk||RU|
Grozny||RU|Chechnya
Samara||RU|
Omsk||RU|
Chelyabinsk||RU|
Krasnodar||RU|
Murmansk||RU|
Kaliningrad||RU|
Irkutsk||RU|
Sevastopol||UA|Crimea
Simferopol||UA|Crimea
Kharkiv|Kharkov|UA|
Odesa|Odessa|UA|
Lviv|Lvov;Lwow|UA|
Dnipro|Dnipropetrovsk|UA|
Zaporizhzhia|Zaporizhia;Zaporozhye|UA|
Mykolaiv|Nikolaev|UA|
Mariupol||UA|Donetsk
Kherson||UA|
Donetsk||UA|Donetsk
Luhansk|Lugansk|UA|Luhansk
Bakhmut|Artemivsk|UA|Donetsk
Kramatorsk||UA|Donetsk
Avdiivka||UA|Donetsk
Sumy||UA|
Chernihiv||UA|
Zhytomyr||UA|
Bucha||UA|Kyiv
Shanghai||CN|Shanghai
Guangzhou|Canton|CN|Guangdong
Shenzhen||CN|Guangdong
Chongqing|Chungking|CN|Chongqing
Tianjin|Tientsin|CN|Tianjin
Wuhan||CN|Hubei
Chengdu||CN|Sichuan
Nanjing|Nanking|CN|Jiangsu
Xi'an|Xian|CN|Shaanxi
Hangzhou||CN|Zhejiang
Shenyang||CN|Liaoning
Harbin||CN|Heilongjiang
Dalian||CN|Liaoning
Qingdao||CN|Shandong
Zhengzhou||CN|Henan
Jinan||CN|Shandong
Changsha||CN|Hunan
Kunming||CN|Yunnan
Fuzhou||CN|Fujian
Xiamen|Amoy|CN|Fujian
Urumqi||CN|Xinjiang
Lhasa||CN|Tibet
Hefei||CN|Anhui
Nanning||CN|Guangxi
Shijiazhuang||CN|Hebei
Taiyuan||CN|Shanxi
Dongguan||CN|Guangdong
Suzhou||CN|Jiangsu
Ningbo||CN|Zhejiang
Foshan||CN|Guangdong
Hohhot||CN|Inner Mongolia
Guiyang||CN|Guizhou
Lanzhou||CN|Gansu
Nanchang||CN|Jiangxi
Changchun||CN|Jilin
Osaka||JP|Osaka
Yokohama||JP|Kanagawa
Nagoya||JP|Aichi
Sapporo||JP|Hokkaido
Kobe||JP|Hyogo
Kyoto||JP|Kyoto
Fukuoka||JP|Fukuoka
Hiroshima||JP|Hiroshima
Sendai||JP|Miyagi
Nagasaki||JP|Nagasaki
Kawasaki||JP|Kanagawa
Naha||JP|Okinawa
Busan|Pusan|KR|
Incheon|Inchon|KR|
Daegu||KR|
Gwangju||KR|
Daejeon||KR|
Kaesong||KP|
Kaohsiung||TW|
Taichung||TW|
Tainan||TW|
Mumbai|Bombay|IN|Maharashtra
Kolkata|Calcutta|IN|West Bengal
Chennai|Madras|IN|Tamil Nadu
Bengaluru|Bangalore|IN|Karnataka
Hyderabad||IN|Telangana
Ahmedabad||IN|Gujarat
Pune|Poona|IN|Maharashtra
Surat||IN|Gujarat
Jaipur||IN|Rajasthan
Lucknow||IN|Uttar Pradesh
Kanpur||IN|Uttar Pradesh
Nagpur||IN|Maharashtra
Indore||IN|Madhya Pradesh
Bhopal||IN|Madhya Pradesh
Patna||IN|Bihar
Varanasi|Benares|IN|Uttar Pradesh
Agra||IN|Uttar Pradesh
Srinagar||IN|Jammu and Kashmir
Jammu||IN|Jammu and Kashmir
Amritsar||IN|Punjab
Chandigarh||IN|Chandigarh
Kochi|Cochin|IN|Kerala
Thiruvananthapuram|Trivandrum|IN|Kerala
Guwahati||IN|Assam
Bhubaneswar||IN|Odisha
Ranchi||IN|Jharkhand
Raipur||IN|Chhattisgarh
Dehradun||IN|Uttarakhand
Shimla||IN|Himachal Pradesh
Visakhapatnam|Vizag|IN|Andhra Pradesh
Coimbatore||IN|Tamil Nadu
Madurai||IN|Tamil Nadu
Mysuru|Mysore|IN|Karnataka
Imphal||IN|Manipur
Gurugram|Gurgaon|IN|Haryana
Noida||IN|Uttar Pradesh
Ludhiana||IN|Punjab
Vadodara|Baroda|IN|Gujarat
Prayagraj|Allahabad|IN|Uttar Pradesh
Ayodhya||IN|Uttar Pradesh
Karachi||PK|Sindh
Lahore||PK|Punjab
Faisalabad||PK|Punjab
Rawalpindi||PK|Punjab
Peshawar||PK|Khyber Pakhtunkhwa
Quetta||PK|Balochistan
Multan||PK|Punjab
Hyderabad||PK|Sindh
Gwadar||PK|Balochistan
Sialkot||PK|Punjab
Muzaffarabad||PK|Azad Kashmir
Chittagong|Chattogram|BD|
Khulna||BD|
Sylhet||BD|
Cox's Bazar||BD|
Kandy||LK|
Jaffna||LK|
Pokhara||NP|
Kandahar||AF|
Herat||AF|
Mazar-i-Sharif|Mazar-e-Sharif|AF|
Jalalabad||AF|
Kunduz||AF|
Mashhad||IR|
Isfahan|Esfahan|IR|
Tabriz||IR|
Shiraz||IR|
Qom||IR|
Ahvaz|Ahwaz|IR|
Karaj||IR|
Kermanshah||IR|
Bandar Abbas||IR|
Basra|Basrah|IQ|
Mosul||IQ|
Erbil|Arbil;Irbil|IQ|Kurdistan Region
Kirkuk||IQ|
Najaf||IQ|
Karbala||IQ|
Fallujah|Falluja|IQ|
Ramadi||IQ|
Sulaymaniyah|Sulaimaniya;Slemani|IQ|Kurdistan Region
Tikrit||IQ|
Aleppo|Halab|SY|
Homs||SY|
Hama||SY|
Latakia||SY|
Idlib||SY|
Deir ez-Zor|Deir el-Zour;Deir al-Zor;Deir Ezzor|SY|
Raqqa|Raqqah|SY|
Daraa|Deraa|SY|
Tartus||SY|
Douma||SY|
Qamishli||SY|
Palmyra|Tadmur|SY|
Tripoli||LB|North Governorate
Sidon|Saida|LB|
Tyre||LB|
Baalbek||LB|
Tel Aviv|Tel Aviv-Yafo|IL|
Haifa||IL|
Eilat||IL|
Beersheba|Beer Sheva;Be'er Sheva|IL|
Ashkelon||IL|
Ashdod||IL|
Sderot||IL|
Netanya||IL|
Nazareth||IL|
Gaza City|Gaza|PS|Gaza Strip
Khan Younis|Khan Yunis|PS|Gaza Strip
Rafah||PS|Gaza Strip
Jabalia|Jabaliya|PS|Gaza Strip
Deir al-Balah||PS|Gaza Strip
Hebron|Al-Khalil|PS|West Bank
Nablus||PS|West Bank
Jenin||PS|West Bank
Bethlehem||PS|West Bank
Jericho||PS|West Bank
Tulkarm||PS|West Bank
Zarqa||JO|
Irbid||JO|
Aqaba||JO|
Jeddah|Jidda|SA|
Mecca|Makkah|SA|
Medina|Madinah|SA|
Dammam||SA|
Dhahran||SA|
Aden||YE|
Taiz||YE|
Hodeidah|Hudaydah;Hodeida|YE|
Mukalla||YE|
Marib||YE|
Salalah||OM|
Dubai||AE|Dubai
Sharjah||AE|Sharjah
Istanbul||TR|
Izmir||TR|
Bursa||TR|
Antalya||TR|
Adana||TR|
Gaziantep||TR|
Konya||TR|
Diyarbakir||TR|
Kahramanmaras||TR|
Antakya||TR|Hatay
Malatya||TR|
Trabzon||TR|
Erzurum||TR|
Limassol||CY|
Larnaca||CY|
Famagusta||CY|
Batumi||GE|Adjara
Kutaisi||GE|
Gyumri||AM|
Stepanakert|Khankendi|AZ|
Almaty|Alma-Ata|KZ|
Shymkent||KZ|
Samarkand||UZ|
Bukhara||UZ|
Osh||KG|
Da Nang|Danang|VN|
Haiphong|Hai Phong|VN|
Yangon|Rangoon|MM|
Mandalay||MM|
Chiang Mai||TH|
Phuket||TH|
Pattaya||TH|
Siem Reap||KH|
Surabaya||ID|East Java
Bandung||ID|West Java
Medan||ID|North Sumatra
Denpasar||ID|Bali
Makassar||ID|South Sulawesi
Yogyakarta|Jogjakarta|ID|
Semarang||ID|Central Java
Banda Aceh||ID|Aceh
George Town|Georgetown|MY|Penang
Johor Bahru||MY|Johor
Kota Kinabalu||MY|Sabah
Cebu City|Cebu|PH|
Davao City|Davao|PH|
Quezon City||PH|
Marawi||PH|
Zamboanga City|Zamboanga|PH|
Luang Prabang||LA|
Alexandria||EG|
Giza||EG|
Luxor||EG|
Aswan||EG|
Port Said||EG|
Suez||EG|
Sharm el-Sheikh|Sharm El Sheikh|EG|
Ismailia||EG|
Benghazi||LY|
Misrata|Misurata|LY|
Sirte||LY|
Sabha|Sebha|LY|
Derna||LY|
Tobruk||LY|
Zawiya||LY|
Sfax||TN|
Sousse||TN|
Oran||DZ|
Annaba||DZ|
Casablanca||MA|
Marrakesh|Marrakech|MA|
Fez|Fes|MA|
Tangier|Tangiers|MA|
Agadir||MA|
Omdurman||SD|Khartoum
Port Sudan||SD|Red Sea
El Fasher|Al-Fashir;El-Fasher|SD|North Darfur
Nyala||SD|South Darfur
Wad Madani||SD|Gezira
El Obeid||SD|North Kordofan
El Geneina|Geneina|SD|West Darfur
Malakal||SS|
Mekelle|Mekele|ET|Tigray
Bahir Dar||ET|Amhara
Gondar||ET|Amhara
Dire Dawa||ET|
Hargeisa||SO|Somaliland
Kismayo||SO|
Baidoa||SO|
Mombasa||KE|
Kisumu||KE|
Nakuru||KE|
Eldoret||KE|
Dar es Salaam||TZ|
Arusha||TZ|
Zanzibar|Zanzibar City|TZ|Zanzibar
Mwanza||TZ|
Entebbe||UG|
Gulu||UG|
Bujumbura||BI|
Goma||CD|North Kivu
Lubumbashi||CD|Haut-Katanga
Kisangani||CD|
Bukavu||CD|South Kivu
Mbuji-Mayi||CD|
Lagos||NG|Lagos
Kano||NG|Kano
Ibadan||NG|Oyo
Port Harcourt||NG|Rivers
Kaduna||NG|Kaduna
Maiduguri||NG|Borno
Benin City||NG|Edo
Enugu||NG|Enugu
^Jos||NG|Plateau
Sokoto||NG|Sokoto
Kumasi||GH|
Abidjan||CI|
Bouake||CI|
Touba||SN|
Timbuktu|Tombouctou|ML|
Gao||ML|
Mopti||ML|
Kidal||ML|
Bobo-Dioulasso||BF|
Agadez||NE|
Douala||CM|
Bamenda||CM|
Huambo||AO|
Beira||MZ|
Nampula||MZ|
Bulawayo||ZW|
Ndola||ZM|
Johannesburg|Joburg;Jozi|ZA|Gauteng
Durban||ZA|KwaZulu-Natal
Gqeberha|Port Elizabeth|ZA|Eastern Cape
Soweto||ZA|Gauteng
Pietermaritzburg||ZA|KwaZulu-Natal
Toamasina|Tamatave|MG|
Toronto||CA|Ontario
Montreal||CA|Quebec
Vancouver||CA|British Columbia
Calgary||CA|Alberta
Edmonton||CA|Alberta
Winnipeg||CA|Manitoba
Quebec City||CA|Quebec
Hamilton||CA|Ontario
Halifax||CA|Nova Scotia
Victoria||CA|British Columbia
Mississauga||CA|Ontario
Saskatoon||CA|Saskatchewan
Guadalajara||MX|Jalisco
Monterrey||MX|Nuevo Leon
Puebla||MX|Puebla
Tijuana||MX|Baja California
Ciudad Juarez|Juarez|MX|Chihuahua
Cancun||MX|Quintana Roo
Acapulco||MX|Guerrero
Culiacan||MX|Sinaloa
Merida||MX|Yucatan
Oaxaca||MX|Oaxaca
Veracruz||MX|Veracruz
Chihuahua||MX|Chihuahua
Hermosillo||MX|Sonora
Mazatlan||MX|Sinaloa
Matamoros||MX|Tamaulipas
Nuevo Laredo||MX|Tamaulipas
Reynosa||MX|Tamaulipas
San Pedro Sula||HN|
Santiago de Cuba||CU|
Montego Bay||JM|
Cap-Haitien||HT|
Santiago de los Caballeros||DO|
Punta Cana||DO|
Sao Paulo||BR|Sao Paulo
Rio de Janeiro|Rio|BR|Rio de Janeiro
Salvador||BR|Bahia
Fortaleza||BR|Ceara
Belo Horizonte||BR|Minas Gerais
Manaus||BR|Amazonas
Curitiba||BR|Parana
Recife||BR|Pernambuco
Porto Alegre||BR|Rio Grande do Sul
Belem||BR|Para
Goiania||BR|Goias
Cordoba||AR|Cordoba
Rosario||AR|Santa Fe
Mendoza||AR|Mendoza
La Plata||AR|Buenos Aires
Mar del Plata||AR|Buenos Aires
Ushuaia||AR|Tierra del Fuego
Valparaiso||CL|
Concepcion||CL|
Antofagasta||CL|
Medellin||CO|Antioquia
Cali||CO|Valle del Cauca
Barranquilla||CO|Atlantico
Cartagena||CO|Bolivar
Cucuta||CO|Norte de Santander
Maracaibo||VE|Zulia
Valencia||VE|Carabobo
Barquisimeto||VE|Lara
Guayaquil||EC|Guayas
Cuenca||EC|Azuay
Arequipa||PE|
Cusco|Cuzco|PE|
Trujillo||PE|
Santa Cruz de la Sierra|Santa Cruz|BO|Santa Cruz
Cochabamba||BO|
El Alto||BO|La Paz
Ciudad del Este||PY|
Punta del Este||UY|
Sydney||AU|New South Wales
Melbourne||AU|Victoria
Brisbane||AU|Queensland
Perth||AU|Western Australia
Adelaide||AU|South Australia
Hobart||AU|Tasmania
Darwin||AU|Northern Territory
Gold Coast||AU|Queensland
Cairns||AU|Queensland
Auckland||NZ|
Christchurch||NZ|
Hamilton||NZ|
`
