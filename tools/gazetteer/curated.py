"""Curated gazetteer content: news usage of country names, places, organisations and titles."""

# Territories with no news presence of their own.
EXCLUDED_COUNTRIES = {"UM", "BV", "HM", "TF", "IO", "AQ", "GS", "SJ", "BQ", "CC", "CX", "PN"}

# name: canonical short name as news uses it; variants/extra_demonyms added; demonyms replace mledoze's;
# drop removes derived phrases that are ambiguous or wrong in news.
COUNTRY_OVERRIDES = {
    "US": {"variants": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America", "U.S.A"],
           "demonyms": ["American"], "extra_demonyms": ["African American", "African Americans", "Native American", "Native Americans"],
           "capital": "Washington, D.C."},
    "GB": {"variants": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
           "demonyms": ["British"], "extra_demonyms": ["Briton", "Britons", "Brit", "Brits"]},
    "RU": {"variants": ["Russian Federation"], "extra_demonyms": []},
    "UA": {"variants": ["the Ukraine"], "drop": ["the Ukraine"]},
    "CZ": {"name": "Czech Republic", "variants": ["Czechia"], "extra_demonyms": ["Czechs"]},
    "TR": {"name": "Turkey", "variants": ["Türkiye", "Turkiye", "Republic of Turkey"], "extra_demonyms": ["Turk", "Turks"]},
    "CI": {"name": "Ivory Coast", "variants": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"], "demonyms": ["Ivorian"]},
    "CD": {"name": "Democratic Republic of Congo", "variants": ["DR Congo", "DRC", "D.R.C.", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo", "Zaire"],
           "demonyms": ["Congolese"]},
    "CG": {"name": "Republic of Congo", "variants": ["Republic of the Congo", "Congo-Brazzaville"], "demonyms": [], "drop": ["Congo"]},
    "DO": {"demonyms": ["Dominican"]},
    "DM": {"demonyms": []},
    "KR": {"variants": ["Republic of Korea", "ROK", "S. Korea", "Korea"], "demonyms": ["South Korean"]},
    "KP": {"variants": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"], "demonyms": ["North Korean"]},
    "CN": {"variants": ["People's Republic of China", "PRC", "P.R.C.", "mainland China"], "drop": ["mainland China"]},
    "TW": {"variants": ["Republic of China", "Chinese Taipei"]},
    "IR": {"variants": ["Islamic Republic of Iran", "Persia"], "extra_demonyms": ["Persian", "Persians"], "drop": ["Persian", "Persians"]},
    "SY": {"variants": ["Syrian Arab Republic"]},
    "AE": {"name": "United Arab Emirates", "variants": ["UAE", "U.A.E.", "Emirates"], "extra_demonyms": ["Emiratis"]},
    "SA": {"variants": ["Kingdom of Saudi Arabia", "KSA"], "demonyms": ["Saudi", "Saudi Arabian"]},
    "NL": {"name": "Netherlands", "variants": ["Holland", "The Netherlands"], "demonyms": ["Dutch"], "extra_demonyms": ["Dutchman", "Dutchmen", "Dutchwoman"]},
    "FR": {"extra_demonyms": ["Frenchman", "Frenchmen", "Frenchwoman"]},
    "MM": {"variants": ["Burma"], "demonyms": ["Burmese"]},
    "VA": {"name": "Vatican", "variants": ["Vatican City", "Holy See", "Vatican City State"], "demonyms": []},
    # The annotation guidelines: a people or territory that is not a state ("Palestinians", "the Palestinian territories") is
    # not a country; "Palestine", "the State of Palestine" and its adjective ("Palestinian President X") are.
    "PS": {"name": "Palestine", "variants": ["State of Palestine"], "demonyms": ["Palestinian"], "drop": ["Palestinians"]},
    "IL": {},
    "PH": {"demonyms": ["Filipino", "Philippine"], "extra_demonyms": ["Filipinos", "Filipina", "Filipinas"]},
    "TL": {"name": "East Timor", "variants": ["Timor-Leste"], "drop": ["Timor"]},
    "CV": {"variants": ["Cabo Verde"], "demonyms": ["Cape Verdean"]},
    "MK": {"variants": ["Macedonia", "Republic of North Macedonia"], "demonyms": ["Macedonian", "North Macedonian"]},
    "SZ": {"variants": ["Swaziland"], "drop": ["weSwatini", "Swatini", "Ngwane"]},
    "TJ": {"demonyms": ["Tajik", "Tajikistani"]},
    "UZ": {"demonyms": ["Uzbek", "Uzbekistani"]},
    "KZ": {"demonyms": ["Kazakh", "Kazakhstani"]},
    "KG": {"variants": ["Kyrgyz Republic", "Kirghizia"], "demonyms": ["Kyrgyz", "Kyrgyzstani"]},
    "TM": {"demonyms": ["Turkmen", "Turkmenistani"]},
    "AZ": {"extra_demonyms": ["Azeri", "Azeris"]},
    "BY": {"variants": ["Belorussia", "Byelorussia"], "extra_demonyms": ["Belarussian", "Belarusians"]},
    "AR": {"demonyms": ["Argentine", "Argentinian"]},
    "EC": {"demonyms": ["Ecuadorian", "Ecuadorean"]},
    "IS": {"drop": ["Island"], "extra_demonyms": ["Icelandic"]},
    "DK": {"extra_demonyms": ["Dane", "Danes"]},
    "SE": {"extra_demonyms": ["Swede", "Swedes"]},
    "FI": {"extra_demonyms": ["Finn", "Finns"]},
    "PL": {"extra_demonyms": ["Pole", "Poles"]},
    "ES": {"extra_demonyms": ["Spaniard", "Spaniards"]},
    "IE": {"extra_demonyms": ["Irishman", "Irishmen", "Irishwoman"]},
    "NZ": {"extra_demonyms": ["Kiwi", "Kiwis"]},
    "RS": {"extra_demonyms": ["Serb", "Serbs"]},
    "HR": {"extra_demonyms": ["Croat", "Croats"]},
    "SI": {"demonyms": ["Slovenian", "Slovene"]},
    "SK": {"demonyms": ["Slovak", "Slovakian"]},
    "BA": {"demonyms": ["Bosnian"], "variants": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"]},
    "LA": {"variants": ["Lao PDR"], "demonyms": ["Laotian"], "extra_demonyms": ["Lao"]},
    "XK": {"demonyms": ["Kosovar", "Kosovan"]},
    "TT": {"variants": ["Trinidad"]},
    "AG": {"demonyms": ["Antiguan"]},
    "ST": {"variants": ["Sao Tome"]},
    "GB-": {},
    "GM": {"variants": ["The Gambia", "the Gambia"], "drop": ["the Gambia"]},
    "BS": {"variants": ["The Bahamas"]},
    "VN": {"variants": ["Viet Nam"]},
    "BN": {"variants": ["Brunei Darussalam"], "drop": ["Nation of Brunei"]},
    "MO": {"name": "Macau", "variants": ["Macao"]},
    "GR": {"extra_demonyms": ["Hellenic"]},
    "BO": {"variants": ["Plurinational State of Bolivia"], "capital": "La Paz"},
    "ZA": {"variants": ["RSA"], "capital": "Pretoria"},
    "FM": {"variants": ["Federated States of Micronesia"]},
    "EH": {"variants": ["Sahrawi Arab Democratic Republic"]},
    "TZ": {"variants": ["United Republic of Tanzania"]},
    "MN": {"capital": "Ulaanbaatar"},
    "YE": {"capital": "Sanaa"},
    "KW": {},
    "LB": {},
    "NE": {"demonyms": ["Nigerien"]},
    "GN": {"demonyms": ["Guinean"]},
    "GW": {"demonyms": ["Bissau-Guinean"]},
    "GQ": {"demonyms": ["Equatorial Guinean"]},
    "KM": {"demonyms": ["Comoran", "Comorian"]},
    "BF": {"demonyms": ["Burkinabe", "Burkinabè"]},
    "PG": {"variants": ["PNG"]},
    "PA": {},
    "NP": {"demonyms": ["Nepali", "Nepalese"]},
    "LK": {},
    "GE": {},
    "JO": {},
    "TD": {},
    "MV": {"demonyms": ["Maldivian"]},
    "DJ": {"demonyms": ["Djiboutian"]},
    "KN": {"variants": ["St. Kitts and Nevis", "St Kitts and Nevis"], "demonyms": ["Kittitian"]},
    "LC": {"variants": ["St. Lucia", "St Lucia"]},
    "VC": {"variants": ["St. Vincent and the Grenadines"]},
    "MG": {"demonyms": ["Malagasy"]},
    "KI": {"demonyms": ["I-Kiribati"]},
    "VU": {"demonyms": ["Ni-Vanuatu"]},
    "LS": {"demonyms": ["Basotho", "Mosotho"]},
    "BW": {"demonyms": ["Botswanan", "Motswana", "Batswana"]},
}
COUNTRY_OVERRIDES.pop("GB-")

# Capitals of dependent territories left out: most are also common names ("Hamilton", "Douglas", "Stanley", "The Valley").
TERRITORIES_WITHOUT_CAPITAL = {"AI", "AS", "AW", "AX", "BL", "BM", "CK", "CW", "FK", "FO", "GF", "GG", "GI", "GP", "GU", "IM", "JE", "KY",
                               "MF", "MO", "MP", "MQ", "MS", "NF", "NU", "PM", "RE", "SH", "SX", "TC", "TK", "VG", "VI", "WF", "YT"}

# States mledoze does not mark independent (partly recognised); news and the guidelines treat them as states.
STATES_NOT_INDEPENDENT_IN_DATA = {"PS", "TW", "XK"}

# Phrases that are common words or person names far more often than places ("Male", the folded Malé; "Victoria").
DROPPED_PHRASES = {"Male", "Victoria", "Seychelloiss"}

HISTORICAL_COUNTRIES = [
    {"iso2": "SU", "iso3": "SUN", "name": "Soviet Union", "capital": "Moscow",
     "variants": ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], "demonyms": ["Soviet", "Soviets"]},
    {"iso2": "YU", "iso3": "YUG", "name": "Yugoslavia", "capital": "Belgrade",
     "variants": ["Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia"], "demonyms": ["Yugoslav", "Yugoslavs", "Yugoslavian"]},
    {"iso2": "CS", "iso3": "CSK", "name": "Czechoslovakia", "capital": "Prague",
     "variants": [], "demonyms": ["Czechoslovak", "Czechoslovakian"]},
    {"iso2": "DD", "iso3": "DDR", "name": "East Germany", "capital": "East Berlin",
     "variants": ["German Democratic Republic", "GDR"], "demonyms": ["East German", "East Germans"]},
]


# US states: name, then variants. Georgia is left to the country; Washington and New York name the cities.
US_STATES = [
    ("Alabama",), ("Alaska",), ("Arizona",), ("Arkansas",), ("California",), ("Colorado",), ("Connecticut",),
    ("Delaware",), ("Florida",), ("Hawaii",), ("Idaho",), ("Illinois",), ("Indiana",), ("Iowa",), ("Kansas",),
    ("Kentucky",), ("Louisiana",), ("Maine",), ("Maryland",), ("Massachusetts",), ("Michigan",), ("Minnesota",),
    ("Mississippi",), ("Missouri",), ("Montana",), ("Nebraska",), ("Nevada",), ("New Hampshire",), ("New Jersey",),
    ("New Mexico",), ("New York State", "New York state"), ("North Carolina",), ("North Dakota",), ("Ohio",),
    ("Oklahoma",), ("Oregon",), ("Pennsylvania",), ("Rhode Island",), ("South Carolina",), ("South Dakota",),
    ("Tennessee",), ("Texas",), ("Utah",), ("Vermont",), ("Virginia",), ("Washington State", "Washington state"),
    ("West Virginia",), ("Wisconsin",), ("Wyoming",),
]
