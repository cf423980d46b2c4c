"""Hand-written parts of the gazetteer: French forms the open data lacks,
named areas, and the stop lists that keep noisy alternate names out.
Written for depeche; public domain / same licence as the project."""

# Keys (as generate.norm makes them) that are never place names, whatever the
# data says: French function words and frequent words that GeoNames lists as
# alternate names of some town, and English words used as names.
NEVER = set("""
des com ont est sud nord ouest centre le la les un une de du en au aux et ou
the of new city san santa saint sainte port fort mont mount lake river bay
grand grande petit petite haut haute bas basse vieux nouveau nouvelle
ville village commune union republique republic royaume kingdom empire etat state
president prefet police armee paix guerre liberte victoire espoir esperance
centrale central national nationale internationale
mais pour avec sans sous sur vers chez depuis pendant selon apres avant
lundi mardi mercredi jeudi vendredi samedi dimanche
janvier fevrier avril mai juin juillet aout septembre octobre novembre decembre
matignon kremlin gare picpus roquette lac
islam allah dieu jesus christ marie
europa america africa asia
""".split())

NEVER |= {"maison blanche", "la maison blanche", "sud ouest", "sud est", "nord ouest", "nord est"}

# Subdivision names that are compass points or common geographic words in
# French ("Sud-Ouest" of Burkina Faso, "Atlantique" of Benin): left out.
SUBDIVISION_NEVER = [
    "Nord", "Sud", "Est", "Ouest", "Centre", "Nord-Est", "Nord-Ouest", "Sud-Est",
    "Sud-Ouest", "Centre-Est", "Centre-Ouest", "Centre-Nord", "Centre-Sud", "Extrême-Nord",
    "Hauts-Bassins", "Atlantique", "Littoral", "Plateau", "Plateaux", "Lacs", "Savanes",
    "Maritime", "Mer", "Capitale", "Île", "Îles", "Montagnes", "Lagunes", "Cascades",
]

# Keys that may stay as the name of an area but never as an alternate city name.
NOT_CITY = set("""
france europe afrique asie amerique orient occident
""".split())
# GeoNames spellings of a town that are another town's name: "Mambasa"
# (Mombasa, Kenya) is the Ituri town of the hand list.
NOT_CITY |= {"mambasa"}

# Words treated as common French words in addition to the word list.
COMMON_WORDS = """
orange nice tours mali vienne sens foix bar pau dole gap vire agde niort
""".split()

# Countries whose towns of 1,000+ inhabitants are kept (as weak names: they
# need "à", "de la commune de"... in front to count): the French-speaking
# ones, and France's overseas departments and territories, which GeoNames
# lists under codes of their own (La Réunion's "Sainte-Rose", New
# Caledonia's "Païta", Mayotte's "Bandrélé").
WEAK_COUNTRIES = {"FR", "BE", "CH", "LU", "HT",
                  "RE", "YT", "GP", "MQ", "GF", "NC", "PF", "WF", "PM", "BL", "MF"}
# Regions (country, GeoNames admin1 code) whose towns of 1,000+ inhabitants
# are kept the same way: Quebec, whose local French-language press names its
# small towns ("Baie-Saint-Paul", "Lac-Mégantic").
WEAK_REGIONS = {("CA", "10")}
# Names of churches and devotions that are also small towns of those regions.
CHURCH_NAMES = {"sacre coeur", "notre dame", "saint esprit", "sainte famille",
                "saint sacrement", "saint coeur de marie"}

# Canonical French name of a country where world-countries has another form.
COUNTRY_NAME = {
    "CD": "République démocratique du Congo",
    "CG": "République du Congo",
    "CV": "Cap-Vert",
    "MU": "Maurice",
    "PW": "Palaos",
    "SZ": "Eswatini",
    "AX": "Åland",
    "VA": "Vatican",
    "NG": "Nigeria",
    # The country's own spelling, now the usual French one too.
    "SR": "Suriname",
    "LR": "Liberia",
    "VN": "Viêt Nam",
    "ST": "Sao Tomé-et-Principe",
    "SV": "Salvador",
    "TL": "Timor oriental",
    "PS": "Palestine",
    "RE": "La Réunion",
    "BQ": "Pays-Bas caribéens",
    "EH": "Sahara occidental",
    "MK": "Macédoine du Nord",
    # The Dutch part of the island: world-countries gives it the island's
    # French name, "Saint-Martin", which the French press keeps for the
    # French collectivity (MF).
    "SX": "Sint Maarten",
}

# French common names of world-countries that are not the country's own in
# French usage: left out (see "SX" above).
COUNTRY_NOT_FRENCH = {
    "SX": "Saint-Martin",
}

# Other names that point to the country: printed under the canonical name.
COUNTRY_ALIASES = {
    "US": ["États-Unis d'Amérique", "USA", "Etats Unis"],
    "GB": ["Grande-Bretagne", "UK", "Royaume Uni"],
    "CN": ["République populaire de Chine", "RPC"],
    "CD": ["RDC", "RD Congo", "Congo-Kinshasa", "Congo Kinshasa", "République démocratique du Congo", "Zaïre"],
    "CG": ["Congo-Brazzaville", "Congo Brazzaville", "République du Congo"],
    "CZ": ["République tchèque"],
    "SR": ["Surinam"],
    "CF": ["RCA"],
    "AE": ["Émirats", "EAU"],
    "KR": ["Corée du Sud"],
    "KP": ["Corée du Nord"],
    "VA": ["Saint-Siège", "Cité du Vatican"],
    "SA": ["Arabie saoudite"],
    "MK": ["Macédoine"],
    "GQ": ["Guinée équatoriale"],
    "CI": ["Cote d'Ivoire"],
    "SZ": ["Swaziland"],
    "TR": ["Türkiye"],
    "PS": ["État de Palestine"],
    "DE": ["RFA"],
    "GN": ["Guinée-Conakry", "Guinée Conakry"],
    "MM": ["Union de Birmanie"],
    "SS": ["Sud-Soudan"],
    "TW": ["Taiwan"],
    "BA": ["Bosnie"],
    "DO": ["Saint-Domingue"],
    "IR": ["Perse"],
    "LY": ["Lybie"],
    "GE": ["Géorgie"],
    "NZ": ["Nouvelle Zélande"],
    "SX": ["Sint-Maarten"],
}

# Other French names of a country, printed as written (both are French usage).
COUNTRY_FRENCH = {
    "MM": ["Birmanie", "Myanmar"],
    "BY": ["Biélorussie", "Bélarus", "Belarus"],
    "CZ": ["Tchéquie", "République tchèque"],
    "NG": ["Nigeria", "Nigéria"],
    "LR": ["Liberia", "Libéria"],
    "BF": ["Burkina Faso", "Burkina-Faso", "Burkina"],
    "VN": ["Viêt Nam", "Vietnam", "Viet Nam"],
    "MD": ["Moldavie", "Moldova"],
    "KG": ["Kirghizistan", "Kirghizstan"],
    "IQ": ["Irak", "Iraq"],
    "IL": ["Israël"],
    "SZ": ["Eswatini", "eSwatini"],
    "TL": ["Timor-Leste", "Timor oriental"],
    "CV": ["Cap-Vert", "Cabo Verde"],
    "PS": ["Palestine", "Territoires palestiniens"],
    "YE": ["Yémen"],
    "BJ": ["Bénin"],
    "KZ": ["Kazakhstan"],
    "AZ": ["Azerbaïdjan"],
    "MU": ["Maurice", "Île Maurice"],
    "ST": ["Sao Tomé-et-Principe", "São Tomé-et-Príncipe"],
    "SV": ["Salvador", "El Salvador"],
    "CF": ["Centrafrique", "République centrafricaine"],
}

# Subdivision types of ISO 3166-2 kept as regions.
SUBDIVISION_TYPES = {
    "Province", "Region", "State", "Department", "Governorate", "Prefecture",
    "Metropolitan department", "Metropolitan region", "Republic", "Autonomous region",
    "Autonomous community", "Land", "Voivodship", "Regional state", "Union territory",
    "Oblast", "Emirate", "Autonomous province", "Territory", "Administrative region",
    "Country", "Canton", "Autonomous republic", "Autonomous district", "Federal district",
    "Overseas departmental collectivity", "Overseas region", "Overseas territorial collectivity",
    "European collectivity", "Metropolitan collectivity with special status",
    "Overseas unique territorial collectivity", "Overseas collectivity", "Territorial unit",
    "Federal territory", "Capital territory", "Capital district", "Special administrative region",
}

# French names for subdivisions the translations lack, by ISO 3166-2 code.
SUBDIVISION_NAME = {
    # pycountry's French catalogue misspells it ("Sôo Paulo").
    "BR-SP": "São Paulo",
    # pycountry's French catalogue writes "Trentin- Haut Adige"; the
    # province of Bolzano is the "Haut-Adige" of the French press.
    "IT-32": "Trentin-Haut-Adige",
    "IT-BZ": "Haut-Adige",
    # pycountry's French catalogue has the Spanish "Litoral"; the French
    # name is "Littoral", kept (as a common word, after "région du")
    # though it is a compass-like word of SUBDIVISION_NEVER, as is
    # Cameroon's "Extrême-Nord", named so in every dispatch from there.
    "CM-LT": "Littoral",
    "BJ-LI": "Littoral",
    "GQ-LI": "Littoral",
    "CM-EN": "Extrême-Nord",
    # Nigeria's Plateau State ("l'État du Plateau"), a common word too.
    "NG-PL": "Plateau",
    # pycountry's French catalogue writes "Rhénanie du Nord-Westfalie".
    "DE-NW": "Rhénanie-du-Nord-Westphalie",
    "PK-SD": "Sind",
    "PK-PB": "Pendjab",
    "IN-PB": "Pendjab",
    "GB-ENG": "Angleterre",
    "GB-SCT": "Écosse",
    "GB-WLS": "pays de Galles",
    "GB-NIR": "Irlande du Nord",
    # Haiti's department is "Grand'Anse"; pycountry writes "Grande'Anse".
    "HT-GA": "Grand'Anse",
    "RU-CE": "Tchétchénie",
    "RU-DA": "Daghestan",
    "RU-IN": "Ingouchie",
    # Russia's republics, Kazakhstan's compass-named regions, Karakalpakstan
    # and the Pamirs, as the French press writes them (pycountry's French
    # catalogue has the local forms, kept as other names).
    "RU-KB": "Kabardino-Balkarie",
    "RU-SE": "Ossétie du Nord",
    "RU-SA": "Iakoutie",
    "RU-BU": "Bouriatie",
    "RU-TY": "Touva",
    "RU-KR": "Carélie",
    "RU-KO": "Komi",
    "RU-UD": "Oudmourtie",
    "RU-MO": "Mordovie",
    "RU-KL": "Kalmoukie",
    "RU-AD": "Adyguée",
    "RU-KK": "Khakassie",
    "RU-ME": "Mari El",
    "KZ-27": "Kazakhstan-Occidental",
    "KZ-63": "Kazakhstan-Oriental",
    "KZ-59": "Kazakhstan-Septentrional",
    "UZ-QR": "Karakalpakstan",
    "TJ-GB": "Haut-Badakhchan",
    "UA-43": "Crimée",
    "US-FL": "Floride",
    "US-CA": "Californie",
    "US-NC": "Caroline du Nord",
    "US-SC": "Caroline du Sud",
    "US-GA": "Géorgie",
    "US-LA": "Louisiane",
    "US-PA": "Pennsylvanie",
    "US-VA": "Virginie",
    "US-WV": "Virginie-Occidentale",
    "US-NM": "Nouveau-Mexique",
    "US-NY": "État de New York",
    "US-HI": "Hawaï",
    "US-AK": "Alaska",
    "US-TX": "Texas",
    "CN-XJ": "Xinjiang",
    "CN-XZ": "Tibet",
    "IN-JK": "Jammu-et-Cachemire",
    "SY-HL": "Alep",
    "JP-28": "Hyogo",
    "JP-43": "Kumamoto",
    "NG-BO": "Borno",
    # Ethiopia's regional states and Greece's regions, as the French press
    # writes them (pycountry's French catalogue has the local forms).
    "ET-AM": "Amhara",
    "ET-GA": "Gambela",
    "ET-HA": "Harari",
    "GR-I": "Attique",
    "GR-E": "Thessalie",
    "GR-D": "Épire",
    "GR-J": "Péloponnèse",
    "GR-B": "Macédoine-Centrale",
    "GR-C": "Macédoine-Occidentale",
    "GR-A": "Macédoine-Orientale-et-Thrace",
    "GR-G": "Grèce-Occidentale",
    "GR-H": "Grèce-Centrale",
    "GR-F": "Îles Ioniennes",
    "GR-K": "Égée-Septentrionale",
    "GR-L": "Égée-Méridionale",
    "GR-69": "Mont Athos",
    "BR-RR": "Roraima",
}

# Named areas: (name, country or None, kind, lat, lon, variants, flags).
# flags "l": the name may start with a lower-case word.
AREAS = [
    # continents and large areas
    ("Afrique", None, "region", 2, 16, [], ""),
    ("Europe", None, "region", 50, 10, [], ""),
    ("Asie", None, "region", 35, 90, [], ""),
    ("Amérique", None, "region", 10, -80, [], ""),
    ("Océanie", None, "region", -20, 150, [], ""),
    ("Antarctique", None, "region", -80, 0, ["Antarctide"], ""),
    ("Amérique latine", None, "region", -10, -60, [], ""),
    ("Amérique du Nord", None, "region", 45, -100, [], ""),
    ("Amérique du Sud", None, "region", -15, -60, [], ""),
    ("Amérique centrale", None, "region", 13, -86, [], ""),
    ("Afrique de l'Ouest", None, "region", 12, -5, ["Afrique occidentale"], ""),
    ("Afrique de l'Est", None, "region", 2, 37, ["Afrique orientale"], ""),
    ("Afrique du Nord", None, "region", 28, 10, ["Afrique septentrionale"], ""),
    ("Afrique centrale", None, "region", 2, 20, [], ""),
    ("Afrique australe", None, "region", -22, 25, [], ""),
    ("Afrique subsaharienne", None, "region", 0, 20, [], ""),
    ("Corne de l'Afrique", None, "region", 8, 45, [], ""),
    ("Asie centrale", None, "region", 43, 65, [], ""),
    ("Asie du Sud-Est", None, "region", 10, 110, [], ""),
    ("Asie du Sud", None, "region", 22, 78, [], ""),
    ("Asie de l'Est", None, "region", 35, 115, [], ""),
    ("Europe de l'Est", None, "region", 52, 30, ["Europe orientale"], ""),
    ("Europe de l'Ouest", None, "region", 48, 5, ["Europe occidentale"], ""),
    ("Europe centrale", None, "region", 49, 15, [], ""),
    ("Proche-Orient", None, "region", 32, 36, [], ""),
    ("Moyen-Orient", None, "region", 29, 45, [], ""),
    ("Extrême-Orient", None, "region", 35, 125, [], ""),
    ("Maghreb", None, "region", 32, 3, [], ""),
    ("Machrek", None, "region", 33, 38, [], ""),
    ("Sahel", None, "region", 15, 5, [], ""),
    ("Sahara", None, "region", 23, 13, [], ""),
    ("Balkans", None, "region", 43, 21, [], ""),
    ("Caucase", None, "region", 42, 45, [], ""),
    ("Caucase du Nord", "RU", "region", 43.5, 45, [], ""),
    ("Scandinavie", None, "region", 62, 15, [], ""),
    ("Caraïbes", None, "region", 17, -72, ["Antilles"], ""),
    ("Pacifique", None, "other", 0, -160, [], ""),
    ("Arctique", None, "region", 80, 0, [], ""),
    ("Kurdistan", None, "region", 37, 43, [], ""),
    ("Kurdistan irakien", "IQ", "region", 36.2, 44, [], ""),
    ("Cachemire", None, "region", 34, 76, [], ""),
    ("Cisjordanie", "PS", "region", 31.9, 35.2, [], ""),
    ("Liban-Sud", "LB", "region", 33.27, 35.4, ["Sud-Liban", "Liban Sud"], ""),
    ("Ghouta orientale", "SY", "region", 33.57, 36.40, ["Ghouta"], ""),
    ("bande de Gaza", "PS", "region", 31.4, 34.4, ["Bande de Gaza"], "l"),
    ("Gaza", "PS", "city", 31.5, 34.47, [], ""),
    ("Jérusalem-Est", "PS", "city", 31.78, 35.23, [], ""),
    ("plateau du Golan", "SY", "region", 33, 35.8, ["Golan"], "l"),
    ("Sinaï", "EG", "region", 29.5, 33.8, [], ""),
    ("Donbass", "UA", "region", 48, 38, ["Donbas"], ""),
    ("Darfour", "SD", "region", 13, 24, [], ""),
    ("Kordofan", "SD", "region", 12, 30, [], ""),
    ("Casamance", "SN", "region", 12.8, -15.5, [], ""),
    ("Kivu", "CD", "region", -2, 28.5, [], ""),
    ("Nord-Kivu", "CD", "region", -0.8, 29, [], ""),
    ("Sud-Kivu", "CD", "region", -3, 28.3, [], ""),
    ("Ituri", "CD", "region", 1.5, 29.5, [], ""),
    ("Tigré", "ET", "region", 14, 39, ["Tigray"], ""),
    ("Ogaden", "ET", "region", 7, 44, [], ""),
    ("Azawad", "ML", "region", 18, 0, [], ""),
    ("Liptako-Gourma", None, "region", 14, 0, [], ""),
    ("Cyrénaïque", "LY", "region", 31, 22, [], ""),
    ("Tripolitaine", "LY", "region", 32, 13, [], ""),
    ("Fezzan", "LY", "region", 26, 14, [], ""),
    ("Kabylie", "DZ", "region", 36.5, 4.5, [], ""),
    ("Rif", "MA", "region", 35, -4, [], ""),
    ("Baloutchistan", "PK", "region", 28, 65, [], ""),
    ("Anatolie", "TR", "region", 39, 34, [], ""),
    ("Patagonie", None, "region", -45, -69, [], ""),
    ("Amazonie", None, "region", -5, -60, [], ""),
    ("Sibérie", "RU", "region", 60, 100, [], ""),
    ("Tchétchénie", "RU", "region", 43.4, 45.7, [], ""),
    # Somalia's federal member states, Kenya's northern counties,
    # Madagascar's regions, Ethiopia's Welega zones (not ISO subdivisions).
    ("Hirshabelle", "SO", "region", 3.5, 45.5, [], ""),
    ("Jubaland", "SO", "region", 0.5, 42.0, ["Djoubaland"], ""),
    ("Galmudug", "SO", "region", 5.5, 47.0, [], ""),
    ("Puntland", "SO", "region", 8.5, 49.0, [], ""),
    ("Somaliland", "SO", "region", 9.5, 45.0, [], ""),
    ("Turkana", "KE", "region", 3.3, 35.6, [], ""),
    ("Samburu", "KE", "region", 1.2, 37.0, [], ""),
    ("Baringo", "KE", "region", 0.8, 36.0, [], ""),
    ("Sava", "MG", "region", -14.3, 50.0, [], ""),
    ("Analamanga", "MG", "region", -18.9, 47.5, [], ""),
    ("Atsimo-Andrefana", "MG", "region", -22.5, 44.5, [], ""),
    ("Atsinanana", "MG", "region", -18.5, 49.0, [], ""),
    ("Androy", "MG", "region", -25.0, 45.8, [], ""),
    ("Anosy", "MG", "region", -24.5, 46.8, [], ""),
    ("Menabe", "MG", "region", -20.0, 44.6, [], ""),
    ("Boeny", "MG", "region", -16.2, 46.5, [], ""),
    # (Split in 2021: the older name is a region of its own.)
    ("Vatovavy", "MG", "region", -21.2, 47.9, [], ""),
    ("Fitovinany", "MG", "region", -21.9, 47.6, [], ""),
    ("Vatovavy-Fitovinany", "MG", "region", -21.5, 47.8, [], ""),
    ("Alaotra-Mangoro", "MG", "region", -18.0, 48.3, [], ""),
    # The other regions of 2004 named in the news of cyclones (not "Diana"
    # nor "Sofia": a first name, and Bulgaria's capital).
    ("Haute Matsiatra", "MG", "region", -21.5, 47.0, ["Haute-Matsiatra"], ""),
    ("Amoron'i Mania", "MG", "region", -20.5, 47.0, [], ""),
    ("Analanjirofo", "MG", "region", -16.5, 49.5, [], ""),
    ("Betsiboka", "MG", "region", -16.9, 46.4, [], ""),
    ("Melaky", "MG", "region", -18.0, 44.3, [], ""),
    ("Bongolava", "MG", "region", -18.6, 46.0, [], ""),
    ("Itasy", "MG", "region", -19.1, 46.6, [], ""),
    ("Vakinankaratra", "MG", "region", -19.8, 47.0, [], ""),
    ("Ihorombe", "MG", "region", -22.4, 46.1, [], ""),
    ("Atsimo-Atsinanana", "MG", "region", -23.0, 47.3, [], ""),
    ("Welega", "ET", "region", 9.0, 36.0, ["Wollega", "Wellega"], ""),
    ("Ouest-Welega", "ET", "region", 9.5, 35.2, ["Welega-Ouest", "Wollega occidental"], ""),
    ("Est-Welega", "ET", "region", 9.2, 36.6, ["Welega-Est", "Wollega oriental"], ""),
    # Townships and suburbs the cities' data lacks.
    ("Umlazi", "ZA", "city", -29.97, 30.88, [], ""),
    ("KwaMashu", "ZA", "city", -29.74, 30.98, [], ""),
    ("Inanda", "ZA", "city", -29.70, 30.95, [], ""),
    # Towns of the news below GeoNames' 15,000 inhabitants or missing from
    # its list: Port-au-Prince's Cité Soleil, Iraq's Hawija, the Valais's
    # Zinal.
    ("Cité Soleil", "HT", "city", 18.58, -72.33, ["Cité-Soleil"], ""),
    ("Hawija", "IQ", "city", 35.33, 43.77, ["Hawijah", "al-Hawija"], ""),
    ("Zinal", "CH", "city", 46.13, 7.63, [], ""),
    # Towns of the wars in Ituri, North Kivu and Darfur (Mambasa is also a
    # GeoNames spelling of Kenya's Mombasa, left out there: see NOT_CITY).
    ("Mambasa", "CD", "city", 1.36, 29.05, [], ""),
    # Port-au-Prince's communes and quarters that its gangs' news names.
    ("Tabarre", "HT", "city", 18.58, -72.27, [], ""),
    ("Martissant", "HT", "city", 18.53, -72.36, [], ""),
    ("Carrefour-Feuilles", "HT", "city", 18.53, -72.33, [], ""),
    ("Solino", "HT", "city", 18.56, -72.32, [], ""),
    ("Ganthier", "HT", "city", 18.53, -72.07, [], ""),
    # Ski resorts of the Italian Alps, named in avalanche news.
    ("Courmayeur", "IT", "city", 45.79, 6.97, [], ""),
    ("Cervinia", "IT", "city", 45.93, 7.63, ["Breuil-Cervinia"], ""),
    ("Bormio", "IT", "city", 46.47, 10.37, [], ""),
    ("Livigno", "IT", "city", 46.54, 10.13, [], ""),
    ("Kasindi", "CD", "city", 0.03, 29.71, [], ""),
    ("Tawila", "SD", "city", 13.53, 24.63, [], ""),
    ("Khayelitsha", "ZA", "city", -34.04, 18.68, [], ""),
    ("Budiriro", "ZW", "city", -17.89, 30.93, [], ""),
    ("Mbare", "ZW", "city", -17.86, 31.04, [], ""),
    ("Vorukh", "TJ", "city", 39.85, 70.58, [], ""),
    # Abidjan's communes, named in every dispatch from there.
    ("Yopougon", "CI", "city", 5.33, -4.08, [], ""),
    ("Cocody", "CI", "city", 5.36, -3.99, [], ""),
    ("Treichville", "CI", "city", 5.29, -4.01, [], ""),
    ("Adjamé", "CI", "city", 5.36, -4.02, [], ""),
    ("Koumassi", "CI", "city", 5.30, -3.95, [], ""),
    ("Port-Bouët", "CI", "city", 5.25, -3.93, [], ""),
    # Iraqi Kurdistan's and the Nineveh plain's towns under 15,000.
    ("Akré", "IQ", "city", 36.74, 43.89, ["Akre", "Aqra"], ""),
    ("Qaraqosh", "IQ", "city", 36.27, 43.38, ["Bakhdida"], ""),
    ("Crimée", "UA", "region", 45, 34, [], ""),
    ("Transnistrie", "MD", "region", 47.2, 29.4, [], ""),
    ("Haut-Karabakh", "AZ", "region", 39.8, 46.7, ["Nagorny-Karabakh", "Karabakh"], ""),
    ("Abkhazie", "GE", "region", 43, 41, [], ""),
    ("Ossétie du Sud", "GE", "region", 42.3, 44, [], ""),
    ("Xinjiang", "CN", "region", 41, 85, [], ""),
    ("Tibet", "CN", "region", 31, 88, [], ""),
    ("Mindanao", "PH", "region", 8, 125, [], ""),
    ("Luçon", "PH", "region", 16.0, 121.0, ["Luzon"], ""),
    ("Kyushu", "JP", "region", 33, 131, ["Kyūshū"], ""),
    ("Hokkaido", "JP", "region", 43.2, 142.8, [], ""),
    ("Corse", "FR", "region", 42.15, 9.1, [], ""),
    ("Bretagne", "FR", "region", 48.2, -2.9, [], ""),
    ("Normandie", "FR", "region", 49.1, 0.1, [], ""),
    ("Alsace", "FR", "region", 48.3, 7.4, [], ""),
    ("Lorraine", "FR", "region", 48.8, 6.2, [], ""),
    ("Provence", "FR", "region", 43.9, 6, [], ""),
    ("Côte d'Azur", "FR", "region", 43.5, 7, [], ""),
    ("Île-de-France", "FR", "region", 48.7, 2.5, [], ""),
    ("région parisienne", "FR", "region", 48.8, 2.4, [], "l"),
    ("Pays basque", "FR", "region", 43.3, -1.3, [], ""),
    ("Catalogne", "ES", "region", 41.8, 1.5, [], ""),
    ("Andalousie", "ES", "region", 37.5, -4.6, [], ""),
    # Spanish autonomous communities whose French names the subdivision
    # data lacks.
    ("Estrémadure", "ES", "region", 39.2, -6.2, [], ""),
    ("Galice", "ES", "region", 42.8, -8.0, [], ""),
    ("Asturies", "ES", "region", 43.3, -5.9, [], ""),
    ("Cantabrie", "ES", "region", 43.2, -4.0, [], ""),
    ("Communauté valencienne", "ES", "region", 39.4, -0.6, [], ""),
    ("Algarve", "PT", "region", 37.2, -8.1, [], ""),
    ("Transylvanie", "RO", "region", 46.5, 24.0, [], ""),
    ("Silésie", "PL", "region", 50.3, 18.9, [], ""),
    ("Galilée", "IL", "region", 32.9, 35.4, [], ""),
    ("Frioul-Vénétie Julienne", "IT", "region", 46.1, 13.1, ["Frioul"], ""),
    ("Sicile", "IT", "region", 37.5, 14, [], ""),
    ("Sardaigne", "IT", "region", 40, 9, [], ""),
    ("Lombardie", "IT", "region", 45.6, 9.8, [], ""),
    ("Bavière", "DE", "region", 48.9, 11.4, [], ""),
    ("Flandre", "BE", "region", 51, 4, ["Flandres"], ""),
    ("Wallonie", "BE", "region", 50.4, 4.8, [], ""),
    # Belgium's third region, under its official name ("la Région de
    # Bruxelles-Capitale").
    ("Région de Bruxelles-Capitale", "BE", "region", 50.84, 4.36, ["Bruxelles-Capitale"], ""),
    ("Québec", "CA", "region", 52, -72, [], ""),
    ("Ontario", "CA", "region", 50, -85, [], ""),
    # Quebec's administrative regions, as its press names them ("en
    # Chaudière-Appalaches", "dans le Bas-Saint-Laurent").
    ("Chaudière-Appalaches", "CA", "region", 46.5, -70.8, [], ""),
    ("Montérégie", "CA", "region", 45.4, -73.1, [], ""),
    ("Estrie", "CA", "region", 45.4, -71.9, [], ""),
    ("Mauricie", "CA", "region", 47.0, -73.0, [], ""),
    ("Outaouais", "CA", "region", 46.3, -76.0, [], ""),
    ("Lanaudière", "CA", "region", 46.3, -73.7, [], ""),
    ("Abitibi-Témiscamingue", "CA", "region", 48.0, -78.5, ["Abitibi"], ""),
    ("Côte-Nord", "CA", "region", 50.5, -65.0, [], ""),
    ("Saguenay-Lac-Saint-Jean", "CA", "region", 48.6, -71.5, [], ""),
    ("Bas-Saint-Laurent", "CA", "region", 48.2, -68.5, [], ""),
    ("Gaspésie", "CA", "region", 48.8, -65.5, ["Gaspésie-Îles-de-la-Madeleine"], ""),
    ("Capitale-Nationale", "CA", "region", 47.2, -71.5, [], ""),
    ("Centre-du-Québec", "CA", "region", 46.0, -72.3, [], ""),
    ("Nord-du-Québec", "CA", "region", 53.0, -75.0, [], ""),
    ("Charlevoix", "CA", "region", 47.6, -70.4, [], ""),
    ("Hong Kong", "HK", "city", 22.3, 114.2, [], ""),
    ("Lampedusa", "IT", "other", 35.51, 12.6, [], ""),
    # islands and archipelagos in the news under their French names
    ("Açores", "PT", "region", 38.5, -28.0, ["archipel des Açores"], ""),
    ("Madère", "PT", "region", 32.75, -16.95, [], ""),
    ("Baléares", "ES", "region", 39.5, 2.9, ["îles Baléares"], ""),
    ("Majorque", "ES", "region", 39.6, 2.95, [], ""),
    ("Minorque", "ES", "region", 39.95, 4.05, [], ""),
    ("Crète", "GR", "region", 35.2, 24.9, [], ""),
    ("Cyclades", "GR", "region", 37.0, 25.2, [], ""),
    ("Lesbos", "GR", "region", 39.2, 26.3, [], ""),
    ("Samos", "GR", "region", 37.75, 26.8, [], ""),
    ("Sumatra", "ID", "region", -0.5, 101.5, [], ""),
    ("Java", "ID", "region", -7.3, 110.0, [], ""),
    ("Bornéo", None, "region", 1.0, 114.0, [], ""),
    # The French press now writes Sulawesi; Célèbes is the older name.
    ("Sulawesi", "ID", "region", -2.0, 121.0, ["Célèbes"], ""),
    ("Lombok", "ID", "region", -8.6, 116.3, [], ""),
    ("Papouasie", "ID", "region", -4.0, 138.0, [], ""),
    ("Malouines", "FK", "region", -51.75, -59.0, ["îles Malouines", "Falklands"], ""),
    ("Kouriles", "RU", "region", 46.0, 151.0, ["îles Kouriles"], ""),
    ("Spitzberg", "SJ", "region", 78.7, 16.0, [], ""),
    ("Anjouan", "KM", "region", -12.2, 44.4, [], ""),
    ("Honshu", "JP", "region", 36.0, 138.0, ["Honshū"], ""),
    ("Gozo", "MT", "region", 36.04, 14.24, [], ""),
    ("Tahiti", "PF", "region", -17.65, -149.45, [], ""),
    ("Ossétie du Nord", "RU", "region", 43.0, 44.2, [], ""),
    ("Westminster", "GB", "other", 51.4975, -0.1357, [], ""),
    ("Pyeongchang", "KR", "city", 37.37, 128.39, ["PyeongChang"], ""),
    ("Auschwitz", "PL", "other", 50.027, 19.204, [], ""),
    # seas, oceans, rivers, lakes, mountains
    ("Méditerranée", None, "other", 35, 18, ["mer Méditerranée"], "l"),
    ("mer Noire", None, "other", 43, 35, [], "l"),
    ("mer Rouge", None, "other", 20, 38, [], "l"),
    ("mer Baltique", None, "other", 58, 20, ["Baltique"], "l"),
    ("mer du Nord", None, "other", 56, 3, [], "l"),
    ("mer Caspienne", None, "other", 42, 51, ["Caspienne"], "l"),
    ("mer Égée", None, "other", 39, 25, [], "l"),
    ("mer Adriatique", None, "other", 43, 15, ["Adriatique"], "l"),
    ("mer Ionienne", None, "other", 38, 19, [], "l"),
    ("mer d'Azov", None, "other", 46, 36.5, [], "l"),
    ("mer de Chine méridionale", None, "other", 12, 113, [], "l"),
    ("mer de Chine orientale", None, "other", 29, 125, [], "l"),
    ("mer du Japon", None, "other", 40, 135, [], "l"),
    ("mer des Caraïbes", None, "other", 15, -75, [], "l"),
    ("mer d'Oman", None, "other", 20, 65, [], "l"),
    ("mer Tyrrhénienne", None, "other", 40, 12, [], "l"),
    ("Manche", None, "other", 50.2, -1, [], ""),
    ("océan Atlantique", None, "other", 0, -30, ["Atlantique"], "l"),
    ("océan Pacifique", None, "other", 0, -160, [], "l"),
    ("océan Indien", None, "other", -20, 80, [], "l"),
    ("océan Arctique", None, "other", 85, 0, [], "l"),
    ("golfe Persique", None, "other", 27, 51, [], "l"),
    ("golfe d'Aden", None, "other", 12, 48, [], "l"),
    ("golfe de Guinée", None, "other", 2, 3, [], "l"),
    ("golfe du Mexique", None, "other", 25, -90, [], "l"),
    ("golfe du Bengale", None, "other", 15, 88, [], "l"),
    ("golfe de Thaïlande", None, "other", 9.5, 101.5, [], "l"),
    ("golfe d'Oman", None, "other", 24.5, 58.5, [], "l"),
    ("golfe de Gascogne", None, "other", 45, -4, [], "l"),
    ("golfe du Lion", "FR", "other", 43, 4, [], "l"),
    ("golfe de Finlande", None, "other", 60, 26, [], "l"),
    ("golfe d'Aqaba", None, "other", 28.8, 34.8, [], "l"),
    ("golfe de Suez", "EG", "other", 28.9, 33, [], "l"),
    ("golfe de Tadjourah", "DJ", "other", 11.7, 43, [], "l"),
    ("golfe de Syrte", "LY", "other", 31.5, 18, [], "l"),
    ("golfe de Gabès", "TN", "other", 34, 10.5, [], "l"),
    ("golfe du Saint-Laurent", "CA", "other", 48, -62, [], "l"),
    ("golfe de Californie", "MX", "other", 28, -112, [], "l"),
    ("golfe du Bénin", None, "other", 5.5, 2.5, [], "l"),
    ("golfe de Botnie", None, "other", 63, 20, [], "l"),
    ("golfe de Corinthe", "GR", "other", 38.2, 22.5, [], "l"),
    ("golfe de Naples", "IT", "other", 40.7, 14.2, [], "l"),
    ("golfe du Tonkin", None, "other", 20, 108, [], "l"),
    ("mer d'Arabie", None, "other", 15, 65, [], "l"),
    ("mer d'Andaman", None, "other", 10, 96, [], "l"),
    ("mer de Java", "ID", "other", -5, 111, [], "l"),
    ("mer de Sulu", None, "other", 8, 120, [], "l"),
    ("mer des Philippines", None, "other", 20, 130, [], "l"),
    ("mer de Célèbes", None, "other", 3, 122, [], "l"),
    ("mer Jaune", None, "other", 35, 123, [], "l"),
    ("mer de Béring", None, "other", 58, -178, [], "l"),
    ("mer de Barents", None, "other", 74, 40, [], "l"),
    ("mer Blanche", "RU", "other", 65.5, 38, [], "l"),
    ("mer d'Irlande", None, "other", 53.8, -5, [], "l"),
    ("mer Celtique", None, "other", 51, -7, [], "l"),
    ("mer de Marmara", "TR", "other", 40.7, 28.2, [], "l"),
    ("mer Morte", None, "other", 31.5, 35.5, [], "l"),
    ("mer Ligure", None, "other", 43.5, 9, [], "l"),
    ("mer d'Alboran", None, "other", 36, -3.5, [], "l"),
    ("mer de Norvège", None, "other", 69, 2, [], "l"),
    ("mer d'Okhotsk", None, "other", 55, 150, [], "l"),
    ("mer de Corail", None, "other", -18, 155, [], "l"),
    ("mer de Tasman", None, "other", -40, 160, [], "l"),
    ("mer d'Aral", None, "other", 45, 60, [], "l"),
    ("détroit de Gibraltar", None, "other", 35.97, -5.5, [], "l"),
    ("détroit de Bab-el-Mandeb", None, "other", 12.6, 43.3, ["Bab-el-Mandeb"], "l"),
    ("détroit de Malacca", None, "other", 2.5, 101.5, [], "l"),
    ("détroit de Taïwan", None, "other", 24, 119.5, [], "l"),
    ("détroit de Kertch", None, "other", 45.3, 36.5, [], "l"),
    ("détroit de Messine", "IT", "other", 38.2, 15.6, [], "l"),
    ("détroit de Béring", None, "other", 65.8, -169, [], "l"),
    ("détroit du Pas-de-Calais", None, "other", 51, 1.5, [], "l"),
    ("canal de Sicile", None, "other", 37.2, 11.2, ["détroit de Sicile"], "l"),
    ("Bosphore", "TR", "other", 41.1, 29.05, ["détroit du Bosphore"], "l"),
    ("Dardanelles", "TR", "other", 40.2, 26.4, ["détroit des Dardanelles"], "l"),
    ("canal de Mozambique", None, "other", -18, 41, ["canal du Mozambique"], "l"),
    ("canal de Panama", "PA", "other", 9.1, -79.7, [], "l"),
    ("détroit d'Ormuz", None, "other", 26.6, 56.3, [], "l"),
    ("canal de Suez", "EG", "other", 30.5, 32.3, [], "l"),
    ("lac Tchad", None, "other", 13, 14, [], "l"),
    ("lac Victoria", None, "other", -1, 33, [], "l"),
    ("lac Léman", None, "other", 46.4, 6.5, ["Léman"], "l"),
    # Lakes of the news, named as a whole ("lac Kivu", not the Kivu region;
    # "lac Albert", not a first name). Shared lakes have no country.
    ("lac Kivu", None, "other", -2, 29.2, [], "l"),
    ("lac Tanganyika", None, "other", -6, 29.5, [], "l"),
    ("lac Albert", None, "other", 1.7, 31, [], "l"),
    ("lac Édouard", None, "other", -0.4, 29.6, [], "l"),
    ("lac Malawi", None, "other", -12, 34.5, ["lac Nyassa"], "l"),
    ("lac Turkana", None, "other", 3.6, 36.1, [], "l"),
    ("lac Titicaca", None, "other", -15.8, -69.4, [], "l"),
    ("lac Baïkal", "RU", "other", 53.5, 108, [], "l"),
    ("lac Majeur", None, "other", 45.9, 8.6, [], "l"),
    ("lac de Côme", "IT", "other", 46, 9.26, [], "l"),
    ("lac de Garde", "IT", "other", 45.6, 10.6, [], "l"),
    ("lac d'Annecy", "FR", "other", 45.85, 6.17, [], "l"),
    ("lac du Bourget", "FR", "other", 45.73, 5.87, [], "l"),
    ("lac Saint-Jean", "CA", "other", 48.6, -72.05, [], "l"),
    ("lac Nasser", "EG", "other", 22.7, 32.5, [], "l"),
    ("lac Volta", "GH", "other", 7.5, -0.2, [], "l"),
    ("lac Balaton", "HU", "other", 46.85, 17.7, [], "l"),
    ("lac de Tibériade", "IL", "other", 32.8, 35.6, [], "l"),
    # Parts of the Mediterranean that migration news names.
    ("Méditerranée centrale", None, "other", 35, 15, [], ""),
    ("Méditerranée orientale", None, "other", 34, 30, [], ""),
    ("Méditerranée occidentale", None, "other", 39, 3, [], ""),
    ("monts Mandara", None, "other", 10.8, 13.7, [], "l"),
    ("Alpes", None, "other", 46, 9, [], ""),
    ("Pyrénées", None, "other", 42.7, 0.5, [], ""),
    ("Himalaya", None, "other", 28, 84, [], ""),
    ("Oural", "RU", "other", 60, 60, [], ""),
    ("Seine", "FR", "other", 49, 1.5, [], ""),
    ("Loire", "FR", "other", 47.3, 0.5, [], ""),
    # The département, not the river (which it would be, without a country):
    # "à Feyzin (Rhône)", "dans le Rhône" in the French press; where the
    # river is meant, it flows in France for most of its length.
    ("Rhône", "FR", "region", 45.88, 4.6, [], ""),
    ("Rhin", None, "other", 50, 7.6, [], ""),
    ("Danube", None, "other", 45, 25, [], ""),
    ("Nil", None, "other", 25, 32.5, [], ""),
    ("Euphrate", None, "other", 34, 41, [], ""),
    ("Tigre", None, "other", 34, 44, [], ""),
    ("Mississippi", "US", "other", 35, -90, [], ""),
    ("Amazone", None, "other", -3, -60, [], ""),
    # Rivers of flood and border news; one that crosses countries has none.
    ("Brahmapoutre", None, "other", 26.2, 91.7, [], ""),
    ("Gange", None, "other", 25.3, 83, [], ""),
    ("Indus", None, "other", 27, 68, [], ""),
    ("Mékong", None, "other", 15, 105.8, ["Mekong"], ""),
    ("Yangzi", "CN", "other", 30.6, 114.3, ["Yangtsé", "Yang-Tsé", "Yangtsé-Kiang"], ""),
    ("fleuve Jaune", "CN", "other", 36, 112, [], "l"),
    ("Irrawaddy", "MM", "other", 21, 95.5, [], ""),
    ("Zambèze", None, "other", -16, 30, [], ""),
    ("Limpopo", None, "other", -22.4, 30, [], ""),
    ("Orénoque", None, "other", 8, -64, [], ""),
    ("Oubangui", None, "other", 4.3, 18.6, [], ""),
    ("Volga", "RU", "other", 48.7, 44.5, [], ""),
    ("Dniepr", None, "other", 47, 33, ["Dnipro"], ""),
    ("Garonne", "FR", "other", 44.8, -0.55, [], ""),
    ("Escaut", None, "other", 51, 3.7, [], ""),
    ("Jourdain", None, "other", 32, 35.55, [], ""),
    ("Ourthe", "BE", "other", 50.4, 5.6, [], ""),
    ("Vesdre", "BE", "other", 50.6, 5.8, [], ""),
    # Volcanoes of eruption news.
    ("Etna", "IT", "other", 37.75, 15, [], ""),
    ("Vésuve", "IT", "other", 40.82, 14.43, [], ""),
    ("Stromboli", "IT", "other", 38.79, 15.21, [], ""),
    ("Merapi", "ID", "other", -7.54, 110.45, [], ""),
    ("Marapi", "ID", "other", -0.38, 100.47, [], ""),
    ("Semeru", "ID", "other", -8.11, 112.92, [], ""),
    ("Sinabung", "ID", "other", 3.17, 98.39, [], ""),
    ("Krakatoa", "ID", "other", -6.1, 105.42, ["Krakatau", "Anak Krakatau"], ""),
    ("Fuego", "GT", "other", 14.47, -90.88, [], ""),
    ("Popocatépetl", "MX", "other", 19.02, -98.62, [], ""),
    ("Nyiragongo", "CD", "other", -1.52, 29.25, [], ""),
    ("Kilauea", "US", "other", 19.42, -155.29, [], ""),
    ("Pinatubo", "PH", "other", 15.14, 120.35, [], ""),
    ("Mayon", "PH", "other", 13.26, 123.69, [], ""),
    ("piton de la Fournaise", "FR", "other", -21.24, 55.71, [], "l"),
    ("Cumbre Vieja", "ES", "other", 28.57, -17.84, [], ""),
    ("Eyjafjallajökull", "IS", "other", 63.63, -19.62, [], ""),
    # landmarks and districts often named as places in the news
    ("Champs-Élysées", "FR", "other", 48.8698, 2.3075, ["Champs-Elysées", "Champs Élysées"], ""),
    ("Arc de Triomphe", "FR", "other", 48.8738, 2.295, ["Arc de triomphe"], ""),
    ("place de la Concorde", "FR", "other", 48.8656, 2.3212, [], "l"),
    ("place de la République", "FR", "other", 48.8674, 2.3636, [], "l"),
    ("place de la Bastille", "FR", "other", 48.8532, 2.3692, [], "l"),
    ("tour Eiffel", "FR", "other", 48.8584, 2.2945, ["Tour Eiffel"], "l"),
    ("Trocadéro", "FR", "other", 48.8625, 2.2876, [], ""),
    ("Montmartre", "FR", "other", 48.8867, 2.3431, [], ""),
    ("La Défense", "FR", "other", 48.8918, 2.2362, [], ""),
    ("Croisette", "FR", "other", 43.5513, 7.0228, [], ""),
    ("Promenade des Anglais", "FR", "other", 43.6947, 7.2653, [], ""),
    ("Manhattan", "US", "other", 40.7831, -73.9712, [], ""),
    ("Brooklyn", "US", "other", 40.6782, -73.9442, [], ""),
    ("Times Square", "US", "other", 40.758, -73.9855, [], ""),
    ("Capitole", "US", "other", 38.8899, -77.0091, [], ""),
    ("place Tahrir", "EG", "other", 30.0444, 31.2357, [], "l"),
    ("place Tian'anmen", "CN", "other", 39.9055, 116.3976, ["place Tiananmen", "Tiananmen"], "l"),
    ("Maïdan", "UA", "other", 50.4501, 30.5234, [], ""),
    ("Élysée", "FR", "other", 48.8704, 2.3167, ["palais de l'Élysée"], ""),
    ("Louvre", "FR", "other", 48.8606, 2.3376, [], ""),
    ("place de l'Étoile", "FR", "other", 48.8738, 2.295, [], "l"),
    ("Wall Street", "US", "other", 40.7064, -74.0094, [], ""),
    # former French regions, still named in the news
    ("Haute-Normandie", "FR", "region", 49.4, 1, [], ""),
    ("Basse-Normandie", "FR", "region", 49, -0.5, [], ""),
    ("Auvergne", "FR", "region", 45.5, 3, [], ""),
    ("Limousin", "FR", "region", 45.8, 1.6, [], ""),
    ("Poitou-Charentes", "FR", "region", 46, 0, [], ""),
    ("Aquitaine", "FR", "region", 44.5, 0, [], ""),
    ("Midi-Pyrénées", "FR", "region", 43.7, 1.5, [], ""),
    ("Languedoc-Roussillon", "FR", "region", 43.6, 3.5, [], ""),
    ("Languedoc", "FR", "region", 43.6, 3.5, [], ""),
    ("Rhône-Alpes", "FR", "region", 45.5, 5, [], ""),
    ("Champagne-Ardenne", "FR", "region", 49, 4.5, [], ""),
    ("Champagne", "FR", "region", 49, 4, [], ""),
    ("Picardie", "FR", "region", 49.7, 2.7, [], ""),
    ("Nord-Pas-de-Calais", "FR", "region", 50.5, 2.7, [], ""),
    ("Franche-Comté", "FR", "region", 47, 6, [], ""),
    ("Bourgogne", "FR", "region", 47, 4.5, [], ""),
    ("Savoie", "FR", "region", 45.5, 6.4, [], ""),
    ("Dauphiné", "FR", "region", 45, 5.5, [], ""),
    ("Camargue", "FR", "region", 43.5, 4.5, [], ""),
    ("Cévennes", "FR", "region", 44.2, 3.7, [], ""),
    # Alpine valleys and massifs of mountain news.
    ("Tarentaise", "FR", "region", 45.55, 6.7, [], ""),
    ("Maurienne", "FR", "region", 45.25, 6.4, [], ""),
    ("Haute-Maurienne", "FR", "region", 45.25, 6.9, [], ""),
    ("Oisans", "FR", "region", 45.05, 6.1, [], ""),
    ("Vercors", "FR", "region", 45, 5.45, [], ""),
    ("Queyras", "FR", "region", 44.75, 6.8, [], ""),
    ("Chablais", "FR", "region", 46.3, 6.6, [], ""),
    ("Eubée", "GR", "region", 38.5, 23.9, ["île d'Eubée"], ""),
    ("Vallée d'Aoste", "IT", "region", 45.7, 7.4, [], ""),
    # the Earth and its neighbours
    ("Terre", None, "other", None, None, [], ""),
    ("Lune", None, "other", None, None, [], ""),
    ("Soleil", None, "other", None, None, [], ""),
    ("Mars", None, "other", None, None, [], "c"),
    ("Vénus", None, "other", None, None, [], ""),
    ("Jupiter", None, "other", None, None, [], ""),
    ("Saturne", None, "other", None, None, [], ""),
    ("Neptune", None, "other", None, None, [], ""),
    ("Uranus", None, "other", None, None, [], ""),
    ("Pluton", None, "other", None, None, [], ""),
    ("système solaire", None, "other", None, None, ["Système solaire"], "l"),
    ("Voie lactée", None, "other", None, None, [], ""),
]

# French names of cities: (GeoNames name, country, canonical French name,
# other French forms printed as written). Every other alternate name of the
# city is printed under the canonical name.
CITY_FRENCH = [
    ("Moscow", "RU", "Moscou", []),
    ("Beijing", "CN", "Pékin", ["Beijing"]),
    ("London", "GB", "Londres", []),
    ("The Hague", "NL", "La Haye", []),
    ("Astana", "KZ", "Astana", ["Nur-Sultan", "Nour-Soultan"]),
    ("Warsaw", "PL", "Varsovie", []),
    # Swiss towns GeoNames names in German.
    ("Sitten", "CH", "Sion", []),
    # French towns known by the first part of their name.
    ("Chamonix-Mont-Blanc", "FR", "Chamonix", ["Chamonix-Mont-Blanc"]),
    # Haiti's and Syria's towns under their French spelling.
    ("Pétionville", "HT", "Pétion-Ville", ["Pétionville"]),
    # Somalia's and Myanmar's towns as the French press spells them.
    ("Jawhar", "SO", "Jowhar", []),
    ("Afgooye", "SO", "Afgoye", ["Afgooye"]),
    ("Hpākān", "MM", "Hpakant", ["Hpakan"]),
    ("Khān Shaykhūn", "SY", "Khan Cheikhoun", ["Khan Chaykhoun"]),
    ("Chur", "CH", "Coire", []),
    # The Caucasus, Central Asia, Ukraine and Belarus in French
    # transliteration.
    ("Nalchik", "RU", "Naltchik", []),
    ("Kizlyar", "RU", "Kizliar", []),
    ("Buynaksk", "RU", "Bouïnaksk", []),
    ("Kaspiysk", "RU", "Kaspiisk", []),
    ("Khasavyurt", "RU", "Khassaviourt", []),
    ("Yekaterinburg", "RU", "Iekaterinbourg", ["Ekaterinbourg"]),
    ("Nizhniy Novgorod", "RU", "Nijni Novgorod", []),
    ("Prokop’yevsk", "RU", "Prokopievsk", []),
    ("Kiselëvsk", "RU", "Kisselevsk", []),
    ("Oral", "KZ", "Ouralsk", ["Oral"]),
    ("Ust-Kamenogorsk", "KZ", "Oust-Kamenogorsk", ["Öskemen"]),
    ("Zhanaozen", "KZ", "Janaozen", ["Zhanaozen"]),
    ("Osh", "KG", "Och", ["Osh"]),
    ("Uzgen", "KG", "Ouzgen", []),
    ("Khujand", "TJ", "Khodjent", ["Khoudjand", "Khujand"]),
    ("Khorugh", "TJ", "Khorog", ["Khorugh"]),
    ("Kŭlob", "TJ", "Kouliab", ["Kulob"]),
    ("Qo‘qon", "UZ", "Kokand", []),
    ("Marg‘ilon", "UZ", "Marguilan", []),
    ("Lysychansk", "UA", "Lyssytchansk", []),
    ("Zugdidi", "GE", "Zougdidi", []),
    ("Mahilyow", "BY", "Moguilev", []),
    ("Bobruysk", "BY", "Babrouïsk", ["Bobrouïsk"]),
    ("Vienna", "AT", "Vienne", []),
    ("Munich", "DE", "Munich", []),
    ("Köln", "DE", "Cologne", []),
    ("Frankfurt am Main", "DE", "Francfort", ["Francfort-sur-le-Main"]),
    ("Hamburg", "DE", "Hambourg", []),
    ("Bremen", "DE", "Brême", []),
    ("Dresden", "DE", "Dresde", []),
    ("Nuremberg", "DE", "Nuremberg", []),
    ("Aachen", "DE", "Aix-la-Chapelle", []),
    ("Mainz", "DE", "Mayence", []),
    ("Basel", "CH", "Bâle", []),
    ("Geneva", "CH", "Genève", []),
    ("Zürich", "CH", "Zurich", []),
    ("Bern", "CH", "Berne", []),
    ("Antwerp", "BE", "Anvers", []),
    ("Brussels", "BE", "Bruxelles", []),
    ("Gent", "BE", "Gand", []),
    ("Brugge", "BE", "Bruges", []),
    ("Leuven", "BE", "Louvain", []),
    ("Mechelen", "BE", "Malines", []),
    ("Liège", "BE", "Liège", []),
    # Flemish towns under their French names, as the Belgian French-language
    # press writes them.
    ("Kortrijk", "BE", "Courtrai", []),
    ("Ostend", "BE", "Ostende", []),
    ("Tongeren", "BE", "Tongres", []),
    ("Sint-Truiden", "BE", "Saint-Trond", []),
    ("Aalst", "BE", "Alost", []),
    ("Dendermonde", "BE", "Termonde", []),
    ("Roeselare", "BE", "Roulers", []),
    ("Oudenaarde", "BE", "Audenarde", []),
    ("Tienen", "BE", "Tirlemont", []),
    ("Vilvoorde", "BE", "Vilvorde", []),
    ("Ieper", "BE", "Ypres", []),
    ("Ronse", "BE", "Renaix", []),
    ("Veurne", "BE", "Furnes", []),
    ("Geraardsbergen", "BE", "Grammont", []),
    ("Menen", "BE", "Menin", []),
    ("De Panne", "BE", "La Panne", []),
    ("Thun", "CH", "Thoune", []),
    ("Biel/Bienne", "CH", "Bienne", []),
    ("Martigny-Ville", "CH", "Martigny", []),
    ("Bellinzona", "CH", "Bellinzone", []),
    ("Trier", "DE", "Trèves", []),
    ("Koblenz", "DE", "Coblence", []),
    ("Hannover", "DE", "Hanovre", []),
    ("Würzburg", "DE", "Wurtzbourg", []),
    ("Augsburg", "DE", "Augsbourg", []),
    ("Nijmegen", "NL", "Nimègue", []),
    ("'s-Hertogenbosch", "NL", "Bois-le-Duc", []),
    ("Donostia / San Sebastián", "ES", "Saint-Sébastien", ["San Sebastián"]),
    ("A Coruña", "ES", "La Corogne", []),
    ("Santiago de Compostela", "ES", "Saint-Jacques-de-Compostelle", []),
    ("Prague", "CZ", "Prague", []),
    ("Kraków", "PL", "Cracovie", []),
    ("Lisbon", "PT", "Lisbonne", []),
    ("Sevilla", "ES", "Séville", []),
    ("Zaragoza", "ES", "Saragosse", []),
    ("Barcelona", "ES", "Barcelone", []),
    ("Valencia", "ES", "Valence", []),
    ("Córdoba", "ES", "Cordoue", []),
    ("Granada", "ES", "Grenade", []),
    ("Milan", "IT", "Milan", []),
    ("Turin", "IT", "Turin", []),
    ("Genoa", "IT", "Gênes", []),
    ("Venice", "IT", "Venise", []),
    ("Florence", "IT", "Florence", []),
    ("Rome", "IT", "Rome", []),
    ("Naples", "IT", "Naples", []),
    ("Palermo", "IT", "Palerme", []),
    ("Verona", "IT", "Vérone", []),
    ("Padua", "IT", "Padoue", []),
    ("Bologna", "IT", "Bologne", []),
    ("Athens", "GR", "Athènes", []),
    ("Thessaloníki", "GR", "Thessalonique", ["Salonique"]),
    ("Cairo", "EG", "Le Caire", []),
    ("Alexandria", "EG", "Alexandrie", []),
    ("Algiers", "DZ", "Alger", []),
    ("Tripoli", "LY", "Tripoli", []),
    ("Fes", "MA", "Fès", []),
    ("Tangier", "MA", "Tanger", []),
    ("Marrakesh", "MA", "Marrakech", []),
    ("Baghdad", "IQ", "Bagdad", []),
    ("Basrah", "IQ", "Bassora", []),
    ("Mosul", "IQ", "Mossoul", []),
    ("Damascus", "SY", "Damas", []),
    ("Aleppo", "SY", "Alep", []),
    ("Beirut", "LB", "Beyrouth", []),
    ("Jerusalem", "IL", "Jérusalem", []),
    ("Riyadh", "SA", "Riyad", ["Ryad"]),
    ("Makkah", "SA", "La Mecque", []),
    ("Madinah", "SA", "Médine", []),
    ("Jeddah", "SA", "Djeddah", []),
    ("Tehran", "IR", "Téhéran", []),
    ("Isfahan", "IR", "Ispahan", []),
    ("Kabul", "AF", "Kaboul", []),
    ("Mumbai", "IN", "Bombay", ["Mumbai"]),
    ("Kolkata", "IN", "Calcutta", ["Kolkata"]),
    ("Chennai", "IN", "Madras", ["Chennai"]),
    ("New Delhi", "IN", "New Delhi", []),
    ("Guangzhou", "CN", "Canton", ["Guangzhou"]),
    ("Nanjing", "CN", "Nankin", []),
    ("Seoul", "KR", "Séoul", []),
    ("Hanoi", "VN", "Hanoï", []),
    ("Ho Chi Minh City", "VN", "Hô Chi Minh-Ville", ["Saïgon"]),
    ("Singapore", "SG", "Singapour", []),
    ("Jakarta", "ID", "Jakarta", ["Djakarta"]),
    ("Manila", "PH", "Manille", []),
    ("Saint Petersburg", "RU", "Saint-Pétersbourg", []),
    ("Kyiv", "UA", "Kiev", ["Kyiv"]),
    ("Kharkiv", "UA", "Kharkiv", ["Kharkov"]),
    ("Odesa", "UA", "Odessa", []),
    ("Copenhagen", "DK", "Copenhague", []),
    ("Edinburgh", "GB", "Édimbourg", []),
    ("Dover", "GB", "Douvres", []),
    ("Bucharest", "RO", "Bucarest", []),
    ("Nicosia", "CY", "Nicosie", []),
    ("Valletta", "MT", "La Valette", []),
    ("Cape Town", "ZA", "Le Cap", []),
    ("Addis Ababa", "ET", "Addis-Abeba", []),
    ("Mogadishu", "SO", "Mogadiscio", []),
    ("N'Djamena", "TD", "N'Djaména", ["Ndjamena", "N'Djamena"]),
    ("Timbuktu", "ML", "Tombouctou", []),
    ("Mexico City", "MX", "Mexico", []),
    ("Havana", "CU", "La Havane", []),
    ("Bogotá", "CO", "Bogota", ["Bogotá"]),
    ("Rio de Janeiro", "BR", "Rio de Janeiro", ["Rio"]),
    ("Dunkirk", "FR", "Dunkerque", []),
    ("New York City", "US", "New York", []),
    ("New Orleans", "US", "La Nouvelle-Orléans", []),
    ("Philadelphia", "US", "Philadelphie", []),
    ("Washington", "US", "Washington", []),
    ("Montréal", "CA", "Montréal", ["Montreal"]),
    ("Québec", "CA", "Québec", []),
    ("Sanaa", "YE", "Sanaa", []),
    ("Aden", "YE", "Aden", []),
    ("Al Ḩudaydah", "YE", "Hodeïda", ["Hodeida", "Hodeidah", "Al-Hodeïda"]),
    ("Ma'rib", "YE", "Marib", ["Maarib"]),
    ("‘Ayn al ‘Arab", "SY", "Kobané", ["Kobani", "Aïn al-Arab"]),
    ("El Fasher", "SD", "El-Facher", ["El Facher", "El-Fasher", "Al-Facher"]),
    ("Mazār-e Sharīf", "AF", "Mazar-i-Charif", ["Mazar-e-Charif", "Mazar-i-Sharif", "Mazar-e Charif"]),
    ("Kuwait City", "KW", "Koweït", []),
    ("Abu Dhabi", "AE", "Abou Dabi", ["Abu Dhabi", "Abou Dhabi"]),
    ("Tadmur", "SY", "Palmyre", []),
    ("Dubai", "AE", "Dubaï", []),
    ("Tunis", "TN", "Tunis", []),
    ("Homs", "SY", "Homs", []),
    ("Ar Raqqah", "SY", "Raqqa", []),
    # Lebanon and Iran under their French names.
    ("Sidon", "LB", "Saïda", ["Sidon"]),
    ("Tyre", "LB", "Tyr", []),
    ("Nabatîyé et Tahta", "LB", "Nabatiyé", ["Nabatiye", "Nabatieh"]),
    ("Khorramshahr", "IR", "Khorramchahr", ["Khorramshahr"]),
    ("Ankara", "TR", "Ankara", []),
    ("Istanbul", "TR", "Istanbul", []),
    ("İzmir", "TR", "Izmir", ["Smyrne"]),
    ("Tbilisi", "GE", "Tbilissi", []),
    ("Yerevan", "AM", "Erevan", []),
    ("Baku", "AZ", "Bakou", []),
    ("Tashkent", "UZ", "Tachkent", []),
    ("Almaty", "KZ", "Almaty", ["Alma-Ata"]),
    ("Bishkek", "KG", "Bichkek", []),
    ("Dushanbe", "TJ", "Douchanbé", []),
    ("Ashgabat", "TM", "Achgabat", []),
    ("Minsk", "BY", "Minsk", []),
    ("Belgrade", "RS", "Belgrade", []),
    ("Taipei", "TW", "Taipei", []),
    ("Macau", "MO", "Macao", []),
    ("Dhaka", "BD", "Dacca", ["Dhaka"]),
    ("Kathmandu", "NP", "Katmandou", []),
    ("Yangon", "MM", "Rangoun", ["Yangon"]),
    ("Phnom Penh", "KH", "Phnom Penh", []),
    ("Ulan Bator", "MN", "Oulan-Bator", []),
    ("Pyongyang", "KP", "Pyongyang", []),
    ("Karachi", "PK", "Karachi", []),
    ("Peshawar", "PK", "Peshawar", []),
    ("Kandahār", "AF", "Kandahar", []),
    ("Herāt", "AF", "Hérat", []),
    ("Nairobi", "KE", "Nairobi", []),
    ("Khartoum", "SD", "Khartoum", []),
    ("Bamako", "ML", "Bamako", []),
    ("Ouagadougou", "BF", "Ouagadougou", []),
    ("Niamey", "NE", "Niamey", []),
    ("Conakry", "GN", "Conakry", []),
    ("Freetown", "SL", "Freetown", []),
    ("Abidjan", "CI", "Abidjan", []),
    ("Accra", "GH", "Accra", []),
    ("Yaoundé", "CM", "Yaoundé", []),
    ("Kinshasa", "CD", "Kinshasa", []),
    ("Brazzaville", "CG", "Brazzaville", []),
    ("Antananarivo", "MG", "Antananarivo", ["Tananarive"]),
    ("Luxembourg", "LU", "Luxembourg", ["Luxembourg-Ville"]),
    ("Brasília", "BR", "Brasilia", []),
    ("São Paulo", "BR", "São Paulo", ["Sao Paulo"]),
    ("Lima", "PE", "Lima", []),
    ("Quito", "EC", "Quito", []),
    ("Tel Aviv", "IL", "Tel Aviv", ["Tel-Aviv"]),
    ("Gaza", "PS", "Gaza", []),
    ("Ramallah", "PS", "Ramallah", []),
    ("Hebron", "PS", "Hébron", []),
    ("Bethlehem", "PS", "Bethléem", []),
    ("Nablus", "PS", "Naplouse", []),
    ("Janīn", "PS", "Jénine", []),
    ("Benghazi", "LY", "Benghazi", []),
    ("Misratah", "LY", "Misrata", []),
    ("Sirte", "LY", "Syrte", []),
    ("Al Fallūjah", "IQ", "Falloujah", []),
    ("Kirkuk", "IQ", "Kirkouk", []),
    ("Erbil", "IQ", "Erbil", []),
    ("Tikrīt", "IQ", "Tikrit", []),
    ("Ramadi", "IQ", "Ramadi", []),
    ("Deir ez-Zor", "SY", "Deir ez-Zor", []),
    ("Idlib", "SY", "Idleb", ["Idlib"]),
    ("Latakia", "SY", "Lattaquié", []),
    ("Dar‘ā", "SY", "Deraa", ["Daraa"]),
    ("Saraqib", "SY", "Saraqeb", ["Saraqib"]),
    ("Ḩarastā", "SY", "Harasta", []),
    ("Peshawar", "PK", "Peshawar", []),
    ("Quetta", "PK", "Quetta", []),
    ("Donetsk", "UA", "Donetsk", []),
    ("Luhansk", "UA", "Louhansk", ["Lougansk"]),
    ("Mariupol", "UA", "Marioupol", []),
    ("Lviv", "UA", "Lviv", ["Lvov"]),
    ("Grozny", "RU", "Grozny", []),
    ("Volgograd", "RU", "Volgograd", []),
    ("Vorkuta", "RU", "Vorkouta", []),
    ("Argun", "RU", "Argoun", []),
    # European towns with a French name of their own.
    ("Piacenza", "IT", "Plaisance", []),
    ("Aosta", "IT", "Aoste", []),
    ("Regensburg", "DE", "Ratisbonne", []),
    ("Gdańsk", "PL", "Gdańsk", ["Gdansk", "Dantzig"]),
    ("Poznań", "PL", "Poznań", ["Poznan", "Posnanie"]),
    ("'s-Hertogenbosch", "NL", "Bois-le-Duc", []),
    # The Middle East and South Asia in French transliteration.
    ("Dihok", "IQ", "Dohouk", ["Duhok", "Dahouk"]),
    ("Mashhad", "IR", "Machhad", ["Mechhed", "Mashhad"]),
    ("Varanasi", "IN", "Varanasi", ["Bénarès"]),
]

STREET_WORDS = ()

# French nationality adjectives: "masculine feminine CC" (feminine "=" when it
# is made by the rule: -ien -> -ienne, -éen -> -éenne, -e unchanged, else +e).
# Plurals are made by rule (+s unless -s/-x). Ethnic groups without a state
# (kurde, touareg, peul) are left out on purpose: they set no country.
NATIONALITIES = """
afghan = AF
albanais = AL
algérien = DZ
allemand = DE
américain = US
andorran = AD
angolais = AO
argentin = AR
arménien = AM
australien = AU
autrichien = AT
azerbaïdjanais = AZ
azéri = AZ
bahreïni = BH
bahreïnien = BH
bangladais = BD
bangladeshi = BD
belge = BE
béninois = BJ
biélorusse = BY
bélarusse = BY
birman = MM
bolivien = BO
bosnien = BA
bosniaque = BA
botswanais = BW
brésilien = BR
britannique = GB
anglais = GB
écossais = GB
gallois = GB
nord-irlandais = GB
bulgare = BG
burkinabé burkinabée BF
burkinabè burkinabè BF
burundais = BI
cambodgien = KH
khmer = KH
camerounais = CM
canadien = CA
québécois = CA
cap-verdien = CV
capverdien = CV
centrafricain = CF
chilien = CL
chinois = CN
chypriote = CY
colombien = CO
comorien = KM
congolais = CD
nord-coréen = KP
sud-coréen = KR
coréen = KR
costaricien = CR
costaricain = CR
ivoirien = CI
croate = HR
cubain = CU
danois = DK
djiboutien = DJ
dominicain = DO
égyptien = EG
émirati = AE
émirien = AE
équatorien = EC
érythréen = ER
espagnol = ES
estonien = EE
éthiopien = ET
fidjien = FJ
finlandais = FI
français = FR
gabonais = GA
gambien = GM
géorgien = GE
ghanéen = GH
grec grecque GR
guatémaltèque = GT
guinéen = GN
bissau-guinéen = GW
équato-guinéen = GQ
haïtien = HT
hondurien = HN
hongrois = HU
indien = IN
indonésien = ID
irakien = IQ
iraquien = IQ
iranien = IR
irlandais = IE
islandais = IS
israélien = IL
italien = IT
jamaïcain = JM
japonais = JP
jordanien = JO
kazakh kazakhe KZ
kazakhstanais = KZ
kényan = KE
kenyan = KE
kirghiz kirghize KG
kirghize = KG
kosovar = XK
kosovien = XK
koweïtien = KW
laotien = LA
letton = LV
lettonien = LV
libanais = LB
libérien = LR
libyen = LY
liechtensteinois = LI
lituanien = LT
luxembourgeois = LU
macédonien = MK
malgache = MG
malaisien = MY
malawite = MW
maldivien = MV
malien = ML
maltais = MT
marocain = MA
mauritanien = MR
mauricien = MU
mexicain = MX
moldave = MD
monégasque = MC
mongol = MN
monténégrin = ME
mozambicain = MZ
namibien = NA
népalais = NP
nicaraguayen = NI
nigérien = NE
nigérian = NG
nigeran = NG
norvégien = NO
néo-zélandais = NZ
omanais = OM
ougandais = UG
ouzbek ouzbèke UZ
ouzbèke = UZ
pakistanais = PK
palestinien = PS
panaméen = PA
paraguayen = PY
néerlandais = NL
hollandais = NL
péruvien = PE
philippin = PH
polonais = PL
portugais = PT
portoricain = PR
qatari = QA
qatarien = QA
roumain = RO
russe = RU
rwandais = RW
salvadorien = SV
saoudien = SA
sénégalais = SN
serbe = RS
sierra-léonais = SL
singapourien = SG
slovaque = SK
slovène = SI
somalien = SO
soudanais = SD
sud-soudanais = SS
sri-lankais = LK
srilankais = LK
sud-africain = ZA
suédois = SE
suisse = CH
surinamais = SR
syrien = SY
tadjik tadjike TJ
taïwanais = TW
tanzanien = TZ
tchadien = TD
tchèque = CZ
thaïlandais = TH
thaï = TH
togolais = TG
tunisien = TN
turkmène = TM
turc turque TR
ukrainien = UA
uruguayen = UY
vénézuélien = VE
vietnamien = VN
yéménite = YE
zambien = ZM
zimbabwéen = ZW
tchétchène = RU
catalan = ES
basque = ES
corse = FR
breton = FR
alsacien = FR
sahraoui = EH
tibétain = CN
ouïghour = CN
""".strip()
