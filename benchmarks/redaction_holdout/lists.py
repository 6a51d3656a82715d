"""Names, places, streets, domains and hard negatives for the hold-out set.

Written by the hold-out's author without reading privacy/ or benchmarks/redaction_data/. Everything here is
invented or public-domain geography; phone numbers use the ranges set aside for drama and examples (Ofcom 07700
900xxx, 01632 960xxx, 0113 496 0xxx; NANP 555-01xx; ACMA 0491 570xxx) and IP addresses the documentation blocks.
"""

# (first name, ASR spelling or None). Diverse origins; many are rare in English text.
FIRST = [
    # South Asian
    ("Priyanka", None), ("Arjun", None), ("Sanjeev", None), ("Deepika", None), ("Anjali", None), ("Farhan", None),
    ("Imran", None), ("Nusrat", None), ("Harpreet", None), ("Gurdeep", None), ("Kavya", None), ("Meera", None),
    ("Tanvir", None), ("Shreya", None), ("Venkatesh", "venkat esh"), ("Lakshmi", None), ("Rukhsana", "ruksana"),
    # West African
    ("Chidi", None), ("Ngozi", None), ("Adaeze", "ada eze"), ("Kwame", None), ("Ama", None), ("Kofi", None),
    ("Abena", None), ("Oluwaseun", "olu shay un"), ("Folake", None), ("Yaw", None), ("Efua", None),
    ("Emeka", None), ("Nkechi", None), ("Babajide", None), ("Mariama", None), ("Ousmane", "usman"),
    ("Fatoumata", None), ("Chiamaka", None), ("Temitope", None),
    # East and South-East Asian
    ("Wei", "way"), ("Mei Ling", None), ("Hiroshi", None), ("Yuki", None), ("Haruto", None), ("Min-jun", "min jun"),
    ("Seo-yeon", "so yeon"), ("Jia Hui", None), ("Thanh", "tan"), ("Linh", None), ("Xiaoming", "shao ming"),
    # Hispanic
    ("Alejandro", None), ("Guadalupe", None), ("Xiomara", "see oh mara"), ("Joaquín", "joaquin"), ("Marisol", None),
    ("Rodrigo", None), ("Itzel", None), ("Esperanza", None), ("Santiago", None), ("Yesenia", None),
    # Eastern European
    ("Bogdan", None), ("Oksana", None), ("Wojciech", "voytek"), ("Agnieszka", "ag nieszka"), ("Dragan", None),
    ("Milena", None), ("Radek", None), ("Zuzana", None), ("Vasile", None), ("Irina", None), ("Małgorzata", None),
    # Irish
    ("Siobhán", "shivawn"), ("Niamh", "neeve"), ("Oisín", "usheen"), ("Caoimhe", "keeva"), ("Cillian", None),
    ("Aoife", "eefa"), ("Ciarán", "kieran"), ("Saoirse", "seersha"), ("Donncha", None), ("Gráinne", "grawnya"),
    # Arabic
    ("Yousef", None), ("Layla", None), ("Khalid", None), ("Noor", None), ("Tariq", None), ("Samira", None),
    ("Hamza", None), ("Rania", None), ("Basma", None), ("Omar", None), ("Zainab", None),
    # English-language, some common
    ("Gareth", None), ("Bethany", None), ("Declan", None), ("Shirley", None), ("Trevor", None), ("Kayleigh", None),
]

# First names that are also ordinary English words: planted as names in context.
WORD_NAMES = ["Rose", "Grace", "Faith", "Hope", "Joy", "Amber", "Dawn", "Robin", "Frank", "Will", "Mark", "Bill",
              "Pat", "Sunny", "Summer", "June", "April", "Jack", "Chase", "Hunter", "Ivy", "Holly", "Violet", "Sky"]

# (full form, nickname) pairs.
NICKNAMES = [("Rebecca", "Bex"), ("Jonathan", "Jonno"), ("Deepika", "Deeps"), ("Babatunde", "Tunde"),
             ("Shivani", "Shiv"), ("Margaret", "Mags"), ("Karolina", "Kaz"), ("Guadalupe", "Lupe"),
             ("Małgorzata", "Gosia"), ("Oluwadamilare", "Dami"), ("Alejandro", "Ale"), ("Siobhán", "Shiv"),
             ("Mohammed", "Mo"), ("Christopher", "Kit"), ("Nkechinyere", "Nkechi"), ("Aleksandra", "Ola")]

SURNAMES = [
    ("Okonkwo", "okon quo"), ("Mensah", None), ("Boateng", None), ("Adeyemi", None), ("Diallo", None),
    ("Traoré", "traore"), ("Chaudhry", "chowdry"), ("Raghunathan", None), ("Bhattacharya", None), ("Sandhu", None),
    ("Iqbal", None), ("Nakamura", None), ("Takahashi", None), ("Nguyen", "win"), ("Tran", None), ("Choi", "choy"),
    ("Zhang", None), ("Liu", "leo"), ("Hernández", "hernandez"), ("Quispe", "keespay"), ("Castañeda", "castaneda"),
    ("Villalobos", None), ("Kowalczyk", "kovalchick"), ("Wiśniewski", "vishnevski"), ("Petrović", "petrovich"),
    ("Horvat", None), ("Popescu", None), ("Dvořák", "dvorak"), ("O'Sullivan", "o sullivan"), ("Nic Aodha", "nick ayda"),
    ("McGonigle", None), ("Brennan", None), ("Ó Murchú", "o murchu"), ("Al-Masri", "al masri"), ("Haddad", None),
    ("Nasser", None), ("Khoury", "curry"), ("Farouk", None), ("Oyelaran", None), ("Asante", None),
    ("Hargreaves", None), ("Pickering", None), ("Brown", None), ("Green", None), ("Young", None), ("Baker", None),
    ("Fox", None), ("Rivers", None), ("Stone", None), ("Waters", None), ("Thistlethwaite", None), ("Penhaligon", None),
]

CLINICIAN_TITLES = ["Dr", "Doctor", "Nurse", "Sister", "Professor", "Mr", "Mrs", "Ms", "Miss"]
OTHER_TITLES = ["Father", "Reverend", "Imam", "Pastor", "Rabbi", "Sheikh", "Coach", "Councillor"]
FAMILY_TITLES = ["Auntie", "Aunty", "Uncle", "Nana", "Grandma", "Cousin"]

RELATIONS = ["sister", "brother", "mum", "dad", "son", "daughter", "husband", "wife", "partner", "ex", "boyfriend",
             "girlfriend", "cousin", "nan", "grandad", "friend", "best friend", "flatmate", "neighbour", "stepdad",
             "mother-in-law", "boss", "manager", "key worker", "sponsor", "social worker", "niece", "nephew"]

# Towns and villages, small ones first; (name, ASR spelling or None).
TOWNS_UK = [("Tadcaster", None), ("Llanidloes", "clan idloes"), ("Bishop's Castle", None), ("Wetherby", None),
            ("Kirkby Stephen", None), ("Mevagissey", None), ("Holmfirth", None), ("Ballater", None),
            ("Pitlochry", None), ("Stornoway", None), ("Clitheroe", None), ("Ulverston", None),
            ("Market Drayton", None), ("Bungay", None), ("Wivenhoe", None), ("Much Wenlock", None),
            ("Todmorden", None), ("Great Ayton", None), ("Llandeilo", "clan dylo"), ("Portree", None),
            ("Reading", None), ("Bath", None), ("Hope", None), ("Sandwich", None), ("Wool", None),
            ("Dunoon", None), ("Amlwch", "amluck"), ("Brixham", None), ("Otley", None), ("Bridport", None)]
TOWNS_IE = [("Ballinasloe", None), ("Kilrush", None), ("Dungarvan", None), ("Clonakilty", None),
            ("Carrick-on-Shannon", "carrick on shannon"), ("Ennistymon", None), ("Bantry", None),
            ("Tullamore", None), ("Castlebar", None), ("Listowel", None)]
TOWNS_US = [("Chillicothe", None), ("Paducah", None), ("Yakima", None), ("Eau Claire", "oh claire"),
            ("Bozeman", None), ("Nacogdoches", None), ("Kalispell", None), ("Tupelo", None),
            ("Winnemucca", None), ("Bemidji", None), ("Opelousas", None), ("Keokuk", None)]
TOWNS_CA = [("Moose Jaw", None), ("Antigonish", None), ("Flin Flon", None), ("Kamloops", None),
            ("Rimouski", None), ("Yellowknife", None), ("Gander", None), ("Truro", None)]
TOWNS_AU = [("Wagga Wagga", None), ("Toowoomba", None), ("Mildura", None), ("Kalgoorlie", None), ("Dubbo", None),
            ("Bendigo", None), ("Katherine", None), ("Orange", None), ("Mount Isa", None), ("Bunbury", None)]
CITIES_ABROAD = [("Kumasi", "Ghana"), ("Enugu", "Nigeria"), ("Lahore", "Pakistan"), ("Sylhet", "Bangladesh"),
                 ("Osaka", "Japan"), ("Daegu", "South Korea"), ("Guadalajara", "Mexico"), ("Cusco", "Peru"),
                 ("Cluj", "Romania"), ("Kraków", "Poland"), ("Lviv", "Ukraine"), ("Aleppo", "Syria"),
                 ("Irbid", "Jordan"), ("Madurai", "India"), ("Hue", "Vietnam"), ("Ziguinchor", "Senegal")]

REGIONS_UK = ["Yorkshire", "the Peak District", "Cornwall", "the Highlands", "the West Midlands", "Cumbria",
              "Pembrokeshire", "the Lake District", "Fife", "Norfolk", "the Cotswolds", "Anglesey"]
COUNTIES_IE = ["Clare", "Mayo", "Kerry", "Offaly", "Leitrim", "Donegal", "Wexford"]
REGIONS_US = [("Ohio", "OH"), ("Kentucky", "KY"), ("Washington State", "WA"), ("Wisconsin", "WI"),
              ("Montana", "MT"), ("Texas", "TX"), ("Mississippi", "MS"), ("Nevada", "NV"), ("Minnesota", "MN")]
REGIONS_CA = [("Saskatchewan", "SK"), ("Nova Scotia", "NS"), ("Manitoba", "MB"), ("British Columbia", "BC"),
              ("Quebec", "QC"), ("Newfoundland", "NL")]
REGIONS_AU = [("New South Wales", "NSW"), ("Queensland", "QLD"), ("Victoria", "VIC"), ("Western Australia", "WA"),
              ("the Northern Territory", "NT")]
REGIONS_ABROAD = ["Punjab", "Kerala", "Andalusia", "Silesia", "Tuscany", "the Algarve", "Lagos State", "Oaxaca",
                  "Transylvania", "Hokkaido"]

HOSPITALS = ["St Columba's Hospital", "Ninewells", "Airedale General", "the Royal Brackenbury",
             "Mercy Regional Medical Center", "St Fiacre's", "Heathlands Psychiatric Unit", "the Linden Centre",
             "Furness General", "Saint Enda's Hospital", "Tamarack Behavioral Health", "Mount Carmel Women's"]
SCHOOLS = ["Saint Brigid's National School", "Holm Valley High", "Our Lady of Lourdes Primary",
           "Kingsmead Academy", "Greenhill Juniors", "Scoil Mhuire", "Bramley Park College", "Lincoln Elementary",
           "Riverbend Middle School", "Al-Noor Academy"]
WORSHIP = ["St Aidan's Church", "Masjid al-Furqan", "the Guru Nanak Gurdwara", "Bethel Pentecostal",
           "Shree Ram Mandir", "Christ the King", "Beth Shalom synagogue", "the Redeemed Christian Church on Mill Lane"]
WORKPLACES = ["Hargreaves Logistics", "Pickering and Sons", "the Kestrel Inn", "Oyelaran Cleaning Services",
              "Bayview Call Centre", "Thornbury Sawmill", "Mama Efua's Kitchen", "the Old Forge garage",
              "Lakeland Dairies depot", "Castañeda Landscaping"]
CARE_HOMES = ["Rosewood Lodge", "Willowbank House", "Sunnyside Manor", "the Laurels", "Ashgrove Court",
              "Meadowcroft Care Home"]
SURGERIES = ["Beech Tree Surgery", "Elm Park Medical Practice", "the Quayside Health Centre",
             "Bridge Street Surgery", "Harbourside Family Practice", "Westgate Medical Centre"]

STREET_NAMES = ["Kilbride", "Ashgrove", "Tamarind", "Mafeking", "Nkrumah", "Jubilee", "Lamplighter",
                "Cherry Orchard", "Quarry", "Bramblewood", "Tinker's", "Paddock", "Mill Race", "Chapel", "Sycamore",
                "Saltwell", "Derwent", "Wharf", "Kingfisher", "Boreen", "Fairgreen", "Oakapple", "Ropewalk",
                "Tanyard", "Cromwell", "Balaclava", "Larkspur", "Heron", "Coldharbour", "Whinmoor"]
STREET_SUFFIXES = ["Road", "Lane", "Close", "Crescent", "Avenue", "Street", "Drive", "Way", "Terrace", "Gardens",
                   "Grove", "Court", "Rise", "View", "Place", "Mews"]
US_STREET_SUFFIXES = ["Street", "Avenue", "Boulevard", "Drive", "Road", "Court", "Lane", "Parkway"]
US_STREET_NAMES = ["Magnolia", "Sycamore", "Cottonwood", "Pecan", "Juniper", "Elm", "Bluebonnet", "Walnut",
                   "Mesquite", "Hickory"]

# (UK postcode area letters) for towns; format only, not meant to match the town.
UK_AREAS = ["LS", "SY", "HD", "AB", "PH", "HS", "BB", "LA", "TF", "NR", "CO", "OL", "TS", "SA", "IV", "TQ", "DT"]
EIRCODE_KEYS = ["H91", "V15", "X35", "P85", "N41", "V95", "P75", "R35", "F23", "V31"]
CA_FSA = ["S6H", "B2G", "R8A", "V2C", "G5L", "X1A", "A1V", "B2N"]
AU_POST = {"New South Wales": ["2650", "2830", "2800"], "Queensland": ["4350", "4825"], "Victoria": ["3500", "3550"],
           "Western Australia": ["6430", "6230"], "the Northern Territory": ["0850"]}

MAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "proton.me",
                "kestrelmail.net", "shanachie.ie", "harbourview.ca", "quokka.com.au", "btinternet.com", "eircom.net"]
WEB_WORDS = ["tamarindtherapy", "amabakes", "kwamesnaps", "oksanadraws", "moosejawmetal", "bantrybees",
             "shreyasings", "clonakiltycrafts", "haddadjoinery", "thanhnails", "grainnepottery", "yawfitness"]
WEB_TLDS = ["co.uk", "com", "ie", "ca", "com.au", "org", "net", "photography", "shop"]
SOCIAL = ["instagram", "tiktok", "facebook", "twitter", "youtube", "linkedin", "snapchat", "twitch"]

# Hard negatives: said in a session, look personal, are not.
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
COUNTRIES = ["Nigeria", "Ghana", "Poland", "Pakistan", "Japan", "Mexico", "Canada", "Ireland", "Romania", "India",
             "the Philippines", "Jamaica", "Vietnam", "Syria", "Portugal", "Somalia", "Scotland", "Wales"]
NATIONALITIES = ["Nigerian", "Ghanaian", "Polish", "Pakistani", "Japanese", "Mexican", "Canadian", "Irish",
                 "Romanian", "Indian", "Filipino", "Jamaican", "Vietnamese", "Syrian", "Portuguese", "Somali",
                 "Scottish", "Welsh", "Kurdish", "Punjabi-speaking"]
DRUGS = ["sertraline", "citalopram", "fluoxetine", "mirtazapine", "quetiapine", "propranolol", "diazepam",
         "zopiclone", "lithium", "venlafaxine", "olanzapine", "aripiprazole", "Prozac", "Xanax", "Valium",
         "methadone", "pregabalin", "melatonin"]
DOSES = ["fifty milligrams", "twenty mg", "100mg", "two hundred milligrams", "seven point five", "15 mg",
         "a hundred and fifty", "ten mil", "half a tablet", "five mg"]
BRANDS = ["a Tesco meal deal", "my iPhone", "Netflix", "a Greggs sausage roll", "an Uber", "a Zoom call",
          "WhatsApp", "the Amazon parcel", "Primark", "a Lidl trolley", "a Tim Hortons coffee", "Dr Pepper",
          "Ben and Jerry's", "Mr Kipling cakes", "Jack Daniel's", "Captain Morgan", "Uncle Ben's rice", "Spotify",
          "a Big Mac", "Deliveroo", "Walmart", "Costa", "Ikea", "Lego"]
CONDITIONS = ["Parkinson's", "Alzheimer's", "Asperger's", "Tourette's", "Crohn's", "Down's syndrome",
              "Hashimoto's", "Huntington's", "Raynaud's"]
FOODS = ["Yorkshire pudding", "a Cornish pasty", "an Irish coffee", "Turkish delight", "a Victoria sponge",
         "French toast", "a Scotch egg", "Brussels sprouts", "a Bakewell tart", "Jersey Royals"]
HOLIDAYS = ["Christmas", "Eid", "Diwali", "Ramadan", "Easter", "Thanksgiving", "Lunar New Year", "Hanukkah",
            "New Year's Eve", "Mother's Day", "bonfire night", "Boxing Day"]
SEASONS = ["the summer", "the spring", "the winter", "autumn", "the school holidays", "half term"]
