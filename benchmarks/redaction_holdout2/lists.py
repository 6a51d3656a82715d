"""Word lists for the second blind redaction set, written from the author's own knowledge.

Nothing here was copied from privacy/, benchmarks/redaction_data/ or benchmarks/redaction_holdout/ (none of them
was opened). Each name entry is (canonical spelling, [ways an ASR system tends to write it]).
"""

from __future__ import annotations

# --- given names and surnames by origin: (canonical, [asr variants]) --------------------------------------------
GIVEN = {
    "vietnamese": [("Linh", ["lin"]), ("Thao", ["tao"]), ("Minh", ["min"]), ("Huong", ["hoong", "hung"]),
                   ("Quang", ["kwang"]), ("Duc", ["duke", "duck"]), ("Phuong", ["fong", "foong"]),
                   ("Trang", ["chang"]), ("Tuan", ["twan", "tuan"]), ("Bao", ["bow"]), ("Khanh", ["karn"])],
    "yoruba": [("Adebayo", ["ade bayo"]), ("Oluwaseun", ["oluwa shay un", "olu seun"]), ("Folake", ["fo lake"]),
               ("Temitope", ["temi tope", "temmy"]), ("Babatunde", ["baba tunde"]), ("Kehinde", ["kay hinde"]),
               ("Adeola", ["adey ola"]), ("Yetunde", ["yeh tunde"]), ("Funmilayo", ["fumi layo"]),
               ("Olumide", ["olu meeday"])],
    "igbo": [("Chidi", ["chiddy"]), ("Ngozi", ["en gozi", "gozi"]), ("Chiamaka", ["chi amaka"]),
             ("Obinna", ["obi na"]), ("Ifeoma", ["ify oma"])],
    "polish": [("Łukasz", ["wookash", "lukas"]), ("Agnieszka", ["ag nieszka", "agnes ka"]), ("Gosia", ["gosha"]),
               ("Wojciech", ["voy check", "voytek"]), ("Katarzyna", ["kasha", "kata zina"]),
               ("Krzysztof", ["kshishtof", "christoph"]), ("Zofia", ["sofia"]), ("Piotr", ["pyotr", "peter"]),
               ("Bartosz", ["bar tosh"])],
    "gaelic": [("Siobhán", ["shivon", "shavon"]), ("Niamh", ["neeve", "neve"]), ("Aoife", ["eefa", "ee fa"]),
               ("Caoimhe", ["keeva", "kweeva"]), ("Saoirse", ["sear sha", "sersha"]), ("Oisín", ["usheen", "osheen"]),
               ("Ciarán", ["keer on", "kieran"]), ("Tadhg", ["tige", "tiger"]), ("Eilidh", ["aylee", "ailey"]),
               ("Ruairidh", ["rory"]), ("Mairéad", ["ma raid", "muraid"])],
    "punjabi": [("Gurpreet", ["gur preet"]), ("Harjit", ["har jit"]), ("Manpreet", ["man preet"]),
                ("Jaswinder", ["jas winder"]), ("Simranjeet", ["simran jeet"]), ("Baljit", ["bal jeet"]),
                ("Navdeep", ["nav deep"]), ("Amardeep", ["amar deep"])],
    "somali": [("Abdirahman", ["abdi rahman"]), ("Hodan", ["ho dan"]), ("Ayaan", ["ayan"]),
               ("Farhiya", ["far hiya"]), ("Sahra", ["sara"]), ("Liban", ["lee ban"]), ("Nimco", ["nimo"])],
    "portuguese": [("João", ["joao", "jwow"]), ("Conceição", ["con say son"]), ("Gonçalo", ["gonsalo"]),
                   ("Inês", ["ee nesh", "ines"]), ("Thiago", ["chago", "tiago"]), ("Luana", ["lu ana"]),
                   ("Rafaela", ["rafa ella"])],
    "maori": [("Aroha", ["a roha"]), ("Wiremu", ["wee remu"]), ("Mere", ["merry"]), ("Tāne", ["tarny", "tahne"]),
              ("Rawiri", ["ra wiri"]), ("Hemi", ["hemmy"]), ("Ngaio", ["nye oh"]), ("Kahurangi", ["ka hurangi"])],
    "hebrew": [("Avital", ["avi tal"]), ("Yael", ["yah el"]), ("Eitan", ["a tan", "ethan"]), ("Noa", ["noah"]),
               ("Shira", ["sheera"]), ("Yosef", ["yo sef"]), ("Tzvi", ["tsvee", "svee"])],
    "welsh": [("Siân", ["shan"]), ("Rhys", ["reese"]), ("Dafydd", ["daffith", "david"]), ("Gwenllian", ["gwen lian"]),
              ("Iolo", ["yolo"]), ("Cerys", ["kerris"])],
    "ghanaian": [("Kwame", ["kwami"]), ("Akosua", ["a kosua"]), ("Ama", ["amma"]), ("Kofi", ["coffee"]),
                 ("Efua", ["ef wa"])],
    "east_asian": [("Xiaoling", ["shao ling"]), ("Jun", ["june"]), ("Ji-woo", ["jee woo"]), ("Seo-yeon", ["so yun"]),
                   ("Haruto", ["ha ruto"]), ("Yui", ["yewy"]), ("Wei", ["way"])],
    "tamil": [("Thenmozhi", ["then mozhi"]), ("Karthik", ["kartik"]), ("Meenakshi", ["mee nakshi"]),
              ("Senthil", ["sent hill"])],
    "arabic": [("Yusra", ["yus ra"]), ("Khalid", ["kaled"]), ("Mariam", ["maryam"]), ("Tariq", ["tarik"]),
               ("Rania", ["rahnia"])],
    "greek_turkish": [("Eleni", ["ellen e"]), ("Nikos", ["nico's"]), ("Emre", ["em ray"]), ("Elif", ["ellif"])],
    "filipino_romanian": [("Maricel", ["mari sell"]), ("Rodel", ["row dell"]), ("Ionuț", ["yo nuts"]),
                          ("Andreea", ["andrea"])],
    "anglo": [("Catherine", ["kathrine", "cathryn"]), ("Stephen", ["steven"]), ("Geoffrey", ["jeffrey"]),
              ("Delroy", ["del roy"]), ("Marcia", ["marsha"]), ("Bernadette", ["berna dette"]),
              ("Callum", ["calum"]), ("Kayleigh", ["kaylee"]), ("Jayden", ["jaden"]), ("Lorraine", ["loraine"]),
              ("Winston", ["winston"]), ("Dolores", ["delores"])],
    # names that are also ordinary English words
    "wordlike": [("Grace", ["grace"]), ("Hope", ["hope"]), ("Joy", ["joy"]), ("Rose", ["rose"]), ("Mark", ["mark"]),
                 ("Frank", ["frank"]), ("Will", ["will"]), ("Amber", ["amber"]), ("Dawn", ["dawn"]),
                 ("Faith", ["faith"]), ("Robin", ["robin"]), ("Hazel", ["hazel"]), ("Ivy", ["ivy"]),
                 ("Holly", ["holly"]), ("Ruby", ["ruby"]), ("Rowan", ["rowan"]), ("Sunny", ["sunny"]),
                 ("Pearl", ["pearl"]), ("Heather", ["heather"]), ("Summer", ["summer"])],
}

SURNAMES = {
    "vietnamese": [("Nguyen", ["win", "new yen"]), ("Tran", ["tran"]), ("Pham", ["farm", "fam"]), ("Le", ["lay"]),
                   ("Hoang", ["hwang"]), ("Vu", ["voo"]), ("Dang", ["dung"])],
    "yoruba": [("Adeyemi", ["ade yemi"]), ("Ogunleye", ["ogun leye"]), ("Adekunle", ["ade kunle"]),
               ("Oyelaran", ["oye laran"]), ("Bankole", ["ban kole"]), ("Ogundipe", ["ogun dipay"])],
    "igbo": [("Okafor", ["oka for"]), ("Eze", ["ez eh"]), ("Nwosu", ["new so"]), ("Okonkwo", ["o conquer"])],
    "polish": [("Kowalczyk", ["kovalchik", "kowal chick"]), ("Wiśniewski", ["vish nevski"]),
               ("Zieliński", ["zelinski"]), ("Nowak", ["novak"]), ("Lewandowska", ["levan dofska"]),
               ("Szymański", ["shimanski"]), ("Grabowski", ["gra bowski"])],
    "gaelic": [("O'Sullivan", ["o sullivan", "o'sullivan"]), ("McAllister", ["mc allister", "mack alister"]),
               ("MacLeod", ["mc cloud", "mcleod"]), ("Donnelly", ["donnelly"]), ("Ní Bhriain", ["nee breen"]),
               ("Fitzgerald", ["fitz gerald"]), ("McDonagh", ["mc donna"]),
               ("Mac Giolla Phádraig", ["mac gilla fawrig"])],
    "punjabi": [("Sandhu", ["sandu"]), ("Dhillon", ["dillon"]), ("Grewal", ["grey wall"]), ("Sidhu", ["sidoo"]),
                ("Bains", ["banes"]), ("Kaur", ["core"]), ("Singh", ["sing"])],
    "somali": [("Warsame", ["war sama"]), ("Abdi", ["abdi"]), ("Jama", ["jamma"]), ("Hersi", ["hersey"]),
               ("Osman", ["oz man"]), ("Yusuf", ["yousef"])],
    "portuguese": [("Gonçalves", ["gon salves"]), ("Ferreira", ["fur era"]), ("Carvalho", ["car valyo"]),
                   ("Rodrigues", ["rod reegues"]), ("Magalhães", ["maga lyens"])],
    "maori": [("Ngata", ["nata"]), ("Parata", ["pa rata"]), ("Tipene", ["tip any"]), ("Te Whata", ["te fata"]),
              ("Rangihuna", ["rangi huna"])],
    "hebrew": [("Ben-David", ["ben david"]), ("Shapiro", ["sha peero"]), ("Katz", ["cats"]),
               ("Goldfarb", ["gold farb"]), ("Mizrahi", ["mizz rahi"])],
    "welsh": [("Llewellyn", ["lou ellen"]), ("Pritchard", ["pritchard"]), ("ap Gwilym", ["ap gwillum"]),
              ("Rees", ["reese"])],
    "ghanaian": [("Mensah", ["mensa"]), ("Owusu", ["o whoosu"]), ("Asante", ["a santay"]), ("Boateng", ["bwa teng"])],
    "east_asian": [("Zhang", ["chang"]), ("Takahashi", ["taka hashi"]), ("Park", ["park"]), ("Liu", ["lee you"])],
    "tamil": [("Subramaniam", ["subra maniam"]), ("Rajendran", ["raj endran"]), ("Pillai", ["pill eye"])],
    "arabic": [("Al-Amin", ["al amin"]), ("Haddad", ["had dad"]), ("Mansour", ["man sour"])],
    "greek_turkish": [("Papadopoulos", ["papa dopoulos"]), ("Yılmaz", ["yil maz"]), ("Demir", ["deh meer"])],
    "filipino_romanian": [("dela Cruz", ["della cruise"]), ("Bautista", ["bough tista"]), ("Popescu", ["po pesku"])],
    "anglo": [("McDonald", ["mc donald", "macdonald"]), ("Featherstone", ["feather stone"]),
              ("Whitlock", ["whit lock"]),
              ("Braithwaite", ["breath wait"]), ("Thwaites", ["twaits"]), ("Ashworth", ["ash worth"])],
    "wordlike": [("Baker", ["baker"]), ("Cook", ["cook"]), ("Young", ["young"]), ("White", ["white"]),
                 ("Long", ["long"]), ("Hill", ["hill"]), ("Wood", ["wood"]), ("Stone", ["stone"]), ("Price", ["price"]),
                 ("Day", ["day"]), ("May", ["may"]), ("Cash", ["cash"]), ("Bird", ["bird"]), ("Fish", ["fish"])],
}

TITLES_PRO = ["Dr", "Mr", "Mrs", "Ms", "Miss", "Professor", "Nurse", "Pastor", "Imam", "Rabbi", "Father", "Sister",
              "Coach", "Judge"]
KIN_TITLES = ["Auntie", "Aunty", "Uncle", "Nana", "Granny", "Grandad"]
KIN = ["my sister", "my brother", "my mum", "my dad", "my nan", "my cousin", "my son", "my daughter", "my ex",
       "my stepdad", "my partner", "my husband", "my wife", "my boyfriend", "my girlfriend", "my best mate",
       "my aunt", "my uncle", "my granddaughter", "my grandson", "my flatmate", "my boss", "my neighbour",
       "my foster carer", "my social worker", "my probation officer", "my key worker", "my sponsor"]

# --- places smaller than a country -----------------------------------------------------------------------------
TOWNS = {
    "uk": ["Rotherham", "Wolverhampton", "Llanelli", "Kirkcaldy", "Barnsley", "Harlow", "Grimsby", "Dundee",
           "Merthyr Tydfil", "Luton", "Slough", "Southall", "Bradford", "Toxteth", "Hackney", "Handsworth",
           "Moss Side", "Govan", "Stoke-on-Trent", "Walthamstow", "Middlesbrough", "Kettering"],
    "us": ["Dearborn", "Minneapolis", "Tulsa", "Fresno", "Paterson", "Lowell", "Chattanooga", "Bakersfield", "Flint",
           "the Bronx", "Queens", "Hialeah", "Albuquerque", "Spokane", "Worcester, Massachusetts"],
    "ie": ["Ballymun", "Tallaght", "Mullingar", "Letterkenny", "Dún Laoghaire", "Clonmel", "Athlone", "Carlow",
           "County Mayo", "Connemara", "Drogheda", "Ennis"],
    "au": ["Parramatta", "Footscray", "Cabramatta", "Dandenong", "Townsville", "Wagga Wagga", "Toowoomba",
           "Geelong", "Fremantle", "Queensland", "New South Wales", "Alice Springs"],
    "nz": ["Ōtāhuhu", "Porirua", "Rotorua", "Whanganui", "Papatoetoe", "Gisborne", "Kaitaia", "South Auckland"],
    "in": ["Jalandhar", "Ludhiana", "Amritsar", "Koramangala", "Lajpat Nagar", "Andheri", "Punjab", "Kerala",
           "Bengaluru", "Chandigarh", "Madurai"],
    "abroad": ["Ibadan", "Ikeja", "Surulere", "Abeokuta", "Lagos", "Hargeisa", "Mogadishu", "Kismayo", "Da Nang",
               "Hue", "Ho Chi Minh City", "Hanoi", "Gdańsk", "Łódź", "Wrocław", "Kraków", "Porto", "Braga",
               "Recife", "Belo Horizonte", "Haifa", "Be'er Sheva", "Tel Aviv", "Kumasi", "Cebu", "Cluj"],
    # towns that are ordinary words
    "wordlike": ["Reading", "Bath", "Wells", "Deal", "Sandwich", "Mobile, Alabama", "Battle", "March", "Hope Valley",
                 "Nelson", "Normal, Illinois"],
}
TOWN_ASR = {"Dún Laoghaire": "dun leery", "Łódź": "woodge", "Wrocław": "vrots waff", "Gdańsk": "gdansk",
            "Ōtāhuhu": "o tahu hu", "Whanganui": "wanganui", "Merthyr Tydfil": "merthyr tidfil",
            "Hue": "hway", "Be'er Sheva": "beer sheva", "Kirkcaldy": "kirk coddy", "Llanelli": "clan ethly",
            "Parramatta": "para matta", "Toowoomba": "two woomba", "Albuquerque": "albu kirky"}

FACILITIES = {
    "hospital": ["Northgate General Hospital", "the Royal Alexandra", "Beaumont Hospital", "Westmead Hospital",
                 "Middlemore Hospital", "Mount Sinai", "St Bartholomew's", "the Maudsley", "Whipps Cross",
                 "Tallaght University Hospital", "Princess Royal Hospital", "Christian Medical College Vellore",
                 "Queen Elizabeth University Hospital", "Lakeview Psychiatric Unit"],
    "school": ["Holy Family Catholic Primary", "Ridgeway Academy", "Coláiste Íde", "Burnside High",
               "Lincoln Middle School", "Our Lady of Lourdes", "St Aidan's Comprehensive", "Penrhos Primary",
               "Kingsmead Sixth Form", "Westfield College", "Ulster University", "Monash", "Te Kura o Tāwhiti"],
    "surgery": ["the Elms Medical Centre", "Parkside Surgery", "Riverbank Family Practice", "Cedar Street Clinic",
                "Millbrook Health Centre", "Harbour View GP"],
    "care home": ["Meadowbank care home", "Sunnyside Lodge", "Oakhaven Nursing Home", "Rosewood Court",
                  "Bethany House", "Larchfield"],
    "worship": ["Guru Nanak Gurdwara", "the Sri Murugan Temple", "Abu Bakr Mosque", "St Columba's",
                "Beth Shalom Synagogue", "Chùa Linh Sơn pagoda", "Redeemed Christian Church of God in Peckham",
                "Ratana Pā"],
    "work": ["Dhillon Cash and Carry", "Harbourside Logistics", "Kowalski's Bakery", "Greenleaf Garden Centre",
             "Bright Futures Nursery", "Castlegate Call Centre", "Northway Bus Depot", "the Crown and Anchor",
             "Pho Saigon Kitchen", "Ashby and Rudd Solicitors", "Mersey Tyres", "Sunrise Cleaning Services"],
    "other": ["HMP Wandsworth", "Ballymun Kickhams", "Cherry Tree Refuge", "Holloway Road Job Centre",
              "Wetherby Young Offenders", "Lakeside Leisure Centre", "Fairfield Foodbank"],
}

STREETS = {
    "uk": ["Marlowe Road", "Cranbrook Avenue", "Victoria Terrace", "Albion Street", "Larkspur Close",
           "Hawthorn Crescent", "Mill Lane", "Coronation Way", "Brackenbury Gardens", "Station Approach"],
    "us": ["West Fifty Third Street", "Maple Avenue", "Kedzie Boulevard", "Elm Drive", "Route 9", "Pine Ridge Court",
           "Lakeshore Drive", "East Colfax"],
    "ie": ["Seville Place", "Ballyfermot Road", "Ard na Gréine", "Castle Park", "the Crescent, Ennis Road"],
    "au": ["Banksia Crescent", "Wattle Street", "Jacaranda Avenue", "Parramatta Road", "Bottlebrush Way"],
    "nz": ["Great South Road", "Kowhai Street", "Te Atatū Road", "Pōhutukawa Drive"],
    "in": ["MG Road", "fourth cross", "Nehru Nagar main road", "Sector 15", "eighteenth main"],
}
STATES_US = ["Ohio", "New Jersey", "Minnesota", "Texas", "Michigan", "Oregon"]

# --- hard negatives ---------------------------------------------------------------------------------------------
PUBLIC_FIGURES = ["Taylor Swift", "Barack Obama", "Beyoncé", "Marcus Rashford", "Freud", "Billie Eilish",
                  "Oprah", "David Attenborough", "Shah Rukh Khan", "Princess Diana", "Elon Musk", "Joe Rogan"]
FICTION = ["Harry Potter", "Peppa Pig", "Homer Simpson", "Sherlock", "Bluey", "Shrek", "Eeyore", "Hermione"]
BRANDS = ["McDonald's", "Greggs", "Nando's", "Ben and Jerry's", "Tommy Hilfiger", "Calvin Klein", "a Ford Fiesta",
          "Domino's", "Lidl", "Primark", "Netflix", "Spotify", "PlayStation", "Red Bull", "Jameson", "Tim Tams",
          "Vegemite", "Maggi noodles", "Deliveroo", "Uber", "WhatsApp", "Duolingo"]
COUNTRIES = ["Nigeria", "Poland", "Vietnam", "Somalia", "Portugal", "Brazil", "India", "Israel", "Ghana",
             "the Philippines", "Romania", "Turkey", "New Zealand", "Australia", "Ireland", "America", "Canada",
             "Pakistan", "Greece", "Korea"]
NATIONALITIES = ["Nigerian", "Polish", "Vietnamese", "Somali", "Portuguese", "Brazilian", "Indian", "Israeli",
                 "Ghanaian", "Filipino", "Romanian", "Turkish", "Kiwi", "Aussie", "Irish", "American", "Punjabi",
                 "Yoruba", "Māori", "Greek", "Korean"]
REGIONS_BIG = ["Europe", "Africa", "West Africa", "the Middle East", "South Asia", "Scandinavia", "the Caribbean",
               "Latin America", "the Pacific Islands"]
HOLIDAYS = ["Eid", "Diwali", "Christmas", "Tết", "Hanukkah", "Vaisakhi", "Matariki", "Passover", "Thanksgiving",
            "St Patrick's Day", "Boxing Day", "Anzac Day", "Ramadan", "Rosh Hashanah", "New Year's Eve", "Easter"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SEASONS = ["spring", "summer", "autumn", "winter", "the fall"]
DRUGS = ["sertraline", "mirtazapine", "quetiapine", "lithium", "propranolol", "fluoxetine", "venlafaxine",
         "diazepam", "olanzapine", "zopiclone", "methadone", "buprenorphine", "pregabalin", "metformin"]
CONDITIONS = ["Asperger's", "Tourette's", "Down syndrome", "Bell's palsy", "Graves' disease", "Huntington's",
              "Parkinson's", "Lyme disease", "Stockholm syndrome", "Munchausen's"]
ORGS = ["the council", "social services", "CAMHS", "Centrelink", "the HSE", "Medicaid", "Universal Credit",
        "the DWP", "Work and Income", "the Home Office", "Tusla", "the police", "the housing association",
        "the NDIS", "Alcoholics Anonymous", "Weight Watchers", "the Samaritans", "the crisis team"]
