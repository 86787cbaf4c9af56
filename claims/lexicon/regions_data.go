package lexicon

// regionTable lists first-level administrative regions of large
// federations and the nations of the United Kingdom, one per line:
//
//	name | other spellings and abbreviations | ISO alpha-2 country | kind
//
// US state abbreviations are the AP-style ones and the postal codes that
// are not English words in capitals ("IN", "OR", "ME", "OK", "HI" are left
// out). A name two countries share ("Punjab") matches nothing.
const regionTable = `
Alabama|Ala.;AL|US|state
Alaska|AK|US|state
Arizona|Ariz.;AZ|US|state
Arkansas|Ark.;AR|US|state
California|Calif.;Cal.;CA|US|state
Colorado|Colo.|US|state
Connecticut|Conn.;CT|US|state
Delaware|Del.|US|state
Florida|Fla.;FL|US|state
Georgia|Ga.;GA|US|state
Hawaii|Hawai'i|US|state
Idaho||US|state
Illinois|Ill.;IL|US|state
Indiana|Ind.|US|state
Iowa|IA|US|state
Kansas|Kan.;Kans.;KS|US|state
Kentucky|Ky.;KY|US|state
Louisiana|La.|US|state
Maine||US|state
Maryland|Md.|US|state
Massachusetts|Mass.|US|state
Michigan|Mich.;MI|US|state
Minnesota|Minn.;MN|US|state
Mississippi|Miss.|US|state
Missouri|Mo.|US|state
Montana|Mont.;MT|US|state
Nebraska|Neb.;Nebr.;NE|US|state
Nevada|Nev.;NV|US|state
New Hampshire|N.H.;NH|US|state
New Jersey|N.J.;NJ|US|state
New Mexico|N.M.;N.Mex.;NM|US|state
New York|N.Y.;NY;New York State|US|state
North Carolina|N.C.;NC|US|state
North Dakota|N.D.;N.Dak.;ND|US|state
Ohio||US|state
Oklahoma|Okla.|US|state
Oregon|Ore.;Oreg.|US|state
Pennsylvania|Pa.;Penn.;PA|US|state
Rhode Island|R.I.;RI|US|state
South Carolina|S.C.;SC|US|state
South Dakota|S.D.;S.Dak.;SD|US|state
Tennessee|Tenn.;TN|US|state
Texas|Tex.;TX|US|state
Utah|UT|US|state
Vermont|Vt.;VT|US|state
Virginia|Va.;VA|US|state
Washington|Wash.;Washington State|US|state
West Virginia|W.Va.;W.V.;WV|US|state
Wisconsin|Wis.;Wisc.;WI|US|state
Wyoming|Wyo.;WY|US|state
District of Columbia|D.C.;DC|US|federal district
Ontario|Ont.|CA|province
Quebec||CA|province
British Columbia|B.C.;BC|CA|province
Alberta|Alta.|CA|province
Manitoba|Man.|CA|province
Saskatchewan|Sask.|CA|province
Nova Scotia|N.S.|CA|province
New Brunswick|N.B.|CA|province
Newfoundland and Labrador|Newfoundland;N.L.|CA|province
Prince Edward Island|P.E.I.;PEI|CA|province
Northwest Territories|N.W.T.;NWT|CA|territory
Yukon|Yukon Territory|CA|territory
Nunavut||CA|territory
New South Wales|NSW;N.S.W.|AU|state
Victoria||AU|state
Queensland|Qld|AU|state
Western Australia||AU|state
South Australia||AU|state
Tasmania||AU|state
Australian Capital Territory|ACT;A.C.T.|AU|territory
Northern Territory|NT;N.T.|AU|territory
Andhra Pradesh||IN|state
Arunachal Pradesh||IN|state
Assam||IN|state
Bihar||IN|state
Chhattisgarh||IN|state
Goa||IN|state
Gujarat||IN|state
Haryana||IN|state
Himachal Pradesh||IN|state
Jharkhand||IN|state
Karnataka||IN|state
Kerala||IN|state
Madhya Pradesh||IN|state
Maharashtra||IN|state
Manipur||IN|state
Meghalaya||IN|state
Mizoram||IN|state
Nagaland||IN|state
Odisha|Orissa|IN|state
Punjab||IN|state
Rajasthan||IN|state
Sikkim||IN|state
Tamil Nadu||IN|state
Telangana||IN|state
Tripura||IN|state
Uttar Pradesh||IN|state
Uttarakhand|Uttaranchal|IN|state
West Bengal||IN|state
Andaman and Nicobar Islands||IN|union territory
Chandigarh||IN|union territory
Dadra and Nagar Haveli and Daman and Diu||IN|union territory
Delhi|National Capital Territory of Delhi;NCT of Delhi|IN|union territory
Jammu and Kashmir|Jammu & Kashmir|IN|union territory
Ladakh||IN|union territory
Lakshadweep||IN|union territory
Puducherry|Pondicherry|IN|union territory
Anhui||CN|province
Fujian|Fukien|CN|province
Gansu||CN|province
Guangdong|Kwangtung|CN|province
Guizhou||CN|province
Hainan||CN|province
Hebei||CN|province
Heilongjiang||CN|province
Henan||CN|province
Hubei||CN|province
Hunan||CN|province
Jiangsu||CN|province
Jiangxi||CN|province
Jilin||CN|province
Liaoning||CN|province
Qinghai||CN|province
Shaanxi||CN|province
Shandong||CN|province
Shanxi||CN|province
Sichuan|Szechuan;Szechwan|CN|province
Yunnan||CN|province
Zhejiang||CN|province
Guangxi|Guangxi Zhuang Autonomous Region|CN|autonomous region
Inner Mongolia|Nei Mongol|CN|autonomous region
Ningxia|Ningxia Hui Autonomous Region|CN|autonomous region
Tibet|Xizang;Tibet Autonomous Region|CN|autonomous region
Xinjiang|Xinjiang Uygur Autonomous Region;Xinjiang Uyghur Autonomous Region|CN|autonomous region
Beijing||CN|municipality
Chongqing||CN|municipality
Shanghai||CN|municipality
Tianjin||CN|municipality
Punjab||PK|province
Sindh|Sind|PK|province
Khyber Pakhtunkhwa|KP;K-P;North-West Frontier Province|PK|province
Balochistan|Baluchistan|PK|province
Gilgit-Baltistan||PK|territory
England||GB|country
Scotland||GB|country
Wales||GB|country
Northern Ireland|Ulster|GB|province
`
