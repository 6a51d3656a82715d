"""Hand-written word lists for the fifth blind redaction hold-out set.

Every entry was typed by hand for this set; nothing here comes from Faker, a packaged list or a web list.
Locales: en-AU, en-NZ, en-GB-SCT (Scotland), en-IN, en-ZA, en-US-South, en-US-Midwest, en-GB-WLS (Wales).
All tuples and dicts (insertion ordered), so iteration order never depends on PYTHONHASHSEED.
"""

LOCALES = ("en-AU", "en-NZ", "en-GB-SCT", "en-IN", "en-ZA", "en-US-South", "en-US-Midwest", "en-GB-WLS")

# --------------------------------------------------------------------------------------------------- people
FIRST = {
    "en-AU": ("Brodie", "Kylie", "Shane", "Tahlia", "Jarrod", "Leanne", "Dimitri", "Sophia", "Thanh", "Linh", "Bilal",
              "Rania", "Kirra", "Jedda", "Mitchell", "Chantelle", "Darcy", "Nikolaos", "Tegan", "Rhett"),
    "en-NZ": ("Aroha", "Wiremu", "Mere", "Tama", "Ngaire", "Hemi", "Kahu", "Manaia", "Sione", "Losa", "Ruby",
              "Cody", "Anahera", "Rawiri", "Tui", "Mele", "Hamish", "Kiri", "Tevita", "Moana"),
    "en-GB-SCT": ("Mairi", "Callum", "Eilidh", "Ruaridh", "Fraser", "Kirsty", "Iona", "Lachlan", "Morag", "Euan",
                  "Catriona", "Alasdair", "Shona", "Gregor", "Isla", "Ewan", "Fiona", "Calum", "Seonaid", "Murdo"),
    "en-IN": ("Priya", "Arjun", "Lakshmi", "Venkatesh", "Ananya", "Rohan", "Meenakshi", "Suresh", "Kavya", "Imran",
              "Farah", "Deepak", "Gurpreet", "Harpreet", "Sneha", "Aditya", "Revathi", "Joseph", "Nandini", "Karthik"),
    "en-ZA": ("Thabo", "Nomvula", "Sipho", "Lerato", "Zanele", "Pieter", "Annelie", "Bongani", "Thandeka", "Kagiso",
              "Refilwe", "Lwazi", "Ayanda", "Johan", "Marelize", "Nosipho", "Tshepo", "Yusuf", "Fatima", "Mpho"),
    "en-US-South": ("Bobby Ray", "Mary Beth", "Darnell", "LaToya", "Earl", "Tammy", "Jolene", "Dewayne", "Shaniqua",
                    "Beau", "Lurleen", "Travis", "Kendrick", "Ashlyn", "Rhonda", "Cletus", "Tonya", "Jamal", "Dolores",
                    "Wyatt"),
    "en-US-Midwest": ("Gunnar", "Kristin", "Dale", "Brenda", "Sven", "Ingrid", "Kyle", "Heather", "Dustin", "Marcy",
                      "Lars", "Jolie", "Tanner", "Becca", "Mohamed", "Hodan", "Pa Houa", "Tou", "Ryan", "Lindsey"),
    "en-GB-WLS": ("Rhys", "Cerys", "Dafydd", "Bethan", "Gethin", "Sioned", "Owain", "Ffion", "Iwan", "Nia", "Gwion",
                  "Angharad", "Carys", "Huw", "Eleri", "Llinos", "Aled", "Mali", "Geraint", "Tegwen"),
}

SURNAME = {
    "en-AU": ("Nguyen", "Papadopoulos", "Walsh", "Fitzgerald", "Haddad", "Tran", "Kowalczyk", "McAllister", "Rossi",
              "Costa", "Pham", "Whitehurst", "Dunstan", "Hollingsworth", "Atkins", "Bui", "Karagiannis", "Doyle"),
    "en-NZ": ("Ngata", "Parata", "Tipene", "Te Whare", "Walker", "Tuhiwai", "Fonoti", "Faleolo", "Tupou", "McKenzie",
              "Rangihau", "Pomare", "Horomona", "Tamihana", "Vaifale", "Ruawai", "Harrison", "Waaka"),
    "en-GB-SCT": ("MacLeod", "Sinclair", "Buchanan", "Drummond", "Urquhart", "MacKinnon", "Gillies", "Gallacher",
                  "Robertson", "Menzies", "Laing", "Cowie", "Stoddart", "McInally", "Baird", "Fairbairn", "Nicol",
                  "Souter"),
    "en-IN": ("Iyer", "Reddy", "Chatterjee", "Bhattacharya", "Nair", "Menon", "Kulkarni", "Deshpande", "Qureshi",
              "Sandhu", "Gill", "Pillai", "Banerjee", "Subramanian", "D'Souza", "Fernandes", "Rao", "Hegde"),
    "en-ZA": ("Dlamini", "Nkosi", "van der Merwe", "Botha", "Mokoena", "Naidoo", "Khumalo", "Mahlangu", "Pretorius",
              "Sithole", "Ndlovu", "Govender", "Mthembu", "Molefe", "Jacobs", "Adams", "Steenkamp", "Zulu"),
    "en-US-South": ("Boudreaux", "Thibodeaux", "Hollis", "Pettigrew", "Tillman", "Broussard", "McCrory", "Gaines",
                    "Whitlock", "Dupree", "Hatfield", "Odom", "Strickland", "LeBlanc", "Washington", "Puckett",
                    "Rutledge", "Beasley"),
    "en-US-Midwest": ("Lindqvist", "Kowalski", "Schmidt", "Olson", "Halvorsen", "Vang", "Xiong", "Nyberg", "Hanson",
                      "Schroeder", "Warsame", "Abdi", "Koenig", "Gustafson", "Brandt", "Mueller", "Ostrowski",
                      "Pederson"),
    "en-GB-WLS": ("Pritchard", "Llewellyn", "Bowen", "Vaughan", "Price", "Parry", "Prosser", "Griffiths", "Howells",
                  "ap Gwilym", "Rees", "Jenkins", "Morgan", "Powell", "Bevan", "Lloyd", "Meredith", "Rowlands"),
}

# names that are also ordinary words (used as first names, said in running text)
WORD_NAMES = ("Hope", "Faith", "Grace", "Rose", "Summer", "Hunter", "Mason", "Will", "Frank", "Sunny", "Dusty",
              "Chance", "River", "Joy", "Autumn", "Skye", "Brook", "Heath", "Robin", "Ivy", "Carol", "Penny",
              "Rusty", "Misty")
WORD_NAMES_LOCAL = {
    "en-ZA": ("Precious", "Gift", "Lucky", "Patience", "Innocent", "Goodness", "Blessing", "Beauty", "Justice"),
    "en-US-South": ("Bubba", "Junior", "Sissy", "Scooter", "Precious", "Honey"),
    "en-IN": ("Pooja", "Asha", "Shanti", "Sunil", "Anand", "Vijay"),
    "en-NZ": ("Aroha", "Tui", "Moana", "Rangi"),
    "en-AU": ("Honey", "Sky", "Storm", "Bindi"),
    "en-GB-SCT": ("Heather", "Lachie", "Bonnie"),
    "en-GB-WLS": ("Bryn", "Eirlys", "Glyn", "Haf"),
    "en-US-Midwest": ("Dakota", "Cheyenne", "Harmony"),
}

NICKNAMES = {
    "en-AU": ("Bazza", "Shazza", "Macca", "Robbo", "Davo", "Tommo", "Jonesy", "Gazza"),
    "en-NZ": ("Bro Hemi", "Aunty Mere", "Nanny Ngaire", "Koro Tama", "Uncle Sione", "Whaea Kiri"),
    "en-GB-SCT": ("Wee Tam", "Big Shug", "Rab", "Jinty", "Wullie", "Senga"),
    "en-IN": ("Ravi uncle", "Sharma ji", "Lakshmi akka", "Anil bhaiya", "Pinky", "Bunty", "Chotu", "Meena aunty"),
    "en-ZA": ("Gogo Nkosi", "Oom Piet", "Tannie Annelie", "Mama Dlamini", "Bra Sipho", "Sisi Zanele", "Ouma Botha"),
    "en-US-South": ("Miss Lurleen", "Big Earl", "Meemaw Tillman", "Pastor Hollis", "Brother Darnell", "Uncle T-Bone",
                    "Aunt Dot"),
    "en-US-Midwest": ("Grandma Olson", "Coach Brandt", "Big Lars", "Nana Schmidt", "Uncle Gus"),
    "en-GB-WLS": ("Dai Bread", "Nain Pritchard", "Taid Huw", "Bopa Rees", "Auntie Glenys", "Wil Ffaro"),
}

TITLES = ("Dr", "Mrs", "Mr", "Ms", "Miss", "Nurse", "Sister", "Father", "Pastor", "Coach", "Officer", "Auntie")
TITLES_LOCAL = {
    "en-NZ": ("Whaea", "Matua", "Koro", "Nanny", "Aunty"),
    "en-IN": ("Dr", "Mrs", "Madam", "Sir", "Father"),
    "en-ZA": ("Gogo", "Mama", "Ntate", "Tannie", "Oom", "Sisi", "Pastor", "Imam"),
    "en-US-South": ("Miss", "Brother", "Sister", "Deacon", "Pastor", "Coach", "Sheriff"),
    "en-GB-WLS": ("Nain", "Taid", "Mrs", "Dr", "Reverend"),
    "en-GB-SCT": ("Granny", "Auntie", "Dr", "Mrs", "Father"),
    "en-AU": ("Aunty", "Uncle", "Dr", "Sarge", "Coach"),
    "en-US-Midwest": ("Pastor", "Coach", "Grandma", "Dr", "Officer"),
}

# canonical spelling -> how Whisper tends to write it
ASR_SPELLINGS = {
    "Eilidh": "Ailey", "Ruaridh": "Rory", "Seonaid": "Shona", "Catriona": "Katrina", "Dafydd": "Davith",
    "Cerys": "Kerris", "Sioned": "Shoned", "Ffion": "Fion", "Llinos": "Clinos", "Ngaire": "Nyree",
    "Wiremu": "Wiremoo", "Rawiri": "Rawiti", "Anahera": "Anna Hera", "Nomvula": "Nom Voola", "Thandeka": "Tandeka",
    "Lwazi": "Lawazi", "Refilwe": "Refiloe", "Venkatesh": "Venkatash", "Meenakshi": "Minakshi", "Gwion": "Gwyon",
    "Thibodeaux": "Tibbido", "Boudreaux": "Boudro", "Lindqvist": "Lindquist", "Urquhart": "Erkert",
    "Bhattacharya": "Bata Charya", "Horomona": "Horo Mona", "Tuhiwai": "Too He Why", "Xiong": "Shong",
    "Vang": "Vong", "Lurleen": "Lureen", "Angharad": "Anharad", "Gallacher": "Gallagher", "Mahlangu": "Mashlangu",
    "Pa Houa": "Pahua", "Hodan": "Hoden",
}

# --------------------------------------------------------------------------------------------------- places
TOWNS = {
    "en-AU": ("Wagga Wagga", "Dubbo", "Toowoomba", "Mount Druitt", "Campbelltown", "Frankston", "Broadmeadows",
              "Bendigo", "Mildura", "Kalgoorlie", "Logan", "Ipswich", "Blacktown", "Moe", "Orange", "Katherine",
              "Coober Pedy", "Elizabeth", "Tamworth", "Emerald", "Mount Isa", "Cabramatta", "Gosford", "Morwell"),
    "en-NZ": ("Otara", "Porirua", "Wainuiomata", "Whanganui", "Gisborne", "Kaitaia", "Hokitika", "Tokoroa",
              "Masterton", "Invercargill", "Te Awamutu", "Opotiki", "Huntly", "Levin", "Kawerau", "Mangere",
              "Flaxmere", "Cannons Creek", "Naenae", "Dargaville", "Ruatoria", "Papakura"),
    "en-GB-SCT": ("Cumbernauld", "Kirkcaldy", "Motherwell", "Paisley", "Irvine", "Dingwall", "Stornoway", "Oban",
                  "Fort William", "Auchterarder", "Easterhouse", "Drumchapel", "Leith", "Lochgelly", "Milngavie",
                  "Coatbridge", "Methil", "Wick", "Buckie", "Larkhall", "Alloa", "Peterhead", "Cowdenbeath"),
    "en-IN": ("Thrissur", "Kozhikode", "Dharavi", "Koramangala", "Jayanagar", "Whitefield", "Ghatkopar",
              "Malleshwaram", "Nagpur", "Hubli", "Indore", "Tirunelveli", "Salt Lake", "Ernakulam", "Mysore",
              "Dombivli", "Kalyan", "Howrah", "Thane", "Vellore", "Udupi", "Chembur"),
    "en-ZA": ("Soweto", "Khayelitsha", "Mitchells Plain", "Umlazi", "Tembisa", "Mamelodi", "Soshanguve",
              "Potchefstroom", "Stellenbosch", "Benoni", "Boksburg", "Pietermaritzburg", "Mthatha", "Bloemfontein",
              "Gqeberha", "Alexandra", "Atlantis", "Paarl", "Witbank", "Kimberley", "Upington", "Chatsworth"),
    "en-US-South": ("Hattiesburg", "Tupelo", "Natchitoches", "Opelousas", "Dothan", "Muscle Shoals", "Valdosta",
                    "Texarkana", "Chattanooga", "Bossier City", "Biloxi", "Houma", "Meridian", "Florence", "Paris",
                    "Greenwood", "Pikeville", "Hazard", "Clarksdale", "Lafayette", "Tuscaloosa"),
    "en-US-Midwest": ("Fargo", "Sioux Falls", "Dubuque", "Kalamazoo", "Oshkosh", "Eau Claire", "Mankato",
                      "Terre Haute", "Peoria", "Ames", "Muncie", "Duluth", "Kenosha", "Bemidji", "Waterloo",
                      "Marshalltown", "Worthington", "Rochester", "Moorhead", "Decorah", "Bismarck", "Grand Forks"),
    "en-GB-WLS": ("Merthyr Tydfil", "Ebbw Vale", "Tonypandy", "Pontypridd", "Llanelli", "Aberystwyth",
                  "Caernarfon", "Bangor", "Rhyl", "Porthmadog", "Blaenau Ffestiniog", "Ystradgynlais", "Treorchy",
                  "Bridgend", "Maesteg", "Pwllheli", "Machynlleth", "Tredegar", "Ammanford", "Holyhead", "Barry",
                  "Neath"),
}

# sub-state regions, counties, districts (PLACE); states/provinces/countries are negatives (NEG_STATES)
REGIONS = {
    "en-AU": ("the Riverina", "the Hunter Valley", "the Wheatbelt", "Gippsland", "the Sunshine Coast", "the Pilbara",
              "the Mallee", "Arnhem Land"),
    "en-NZ": ("the East Cape", "the Hutt Valley", "the Hokianga", "South Auckland", "the Kapiti Coast"),
    "en-GB-SCT": ("Fife", "Lanarkshire", "the Borders", "Ayrshire", "the Western Isles", "Caithness", "Angus",
                  "Lewis"),
    "en-IN": ("Thrissur district", "the Nilgiris", "Vidarbha", "Dakshina Kannada", "Marathwada", "Wayanad"),
    "en-ZA": ("the Karoo", "the Cape Flats", "the West Rand", "the Vaal", "the Transkei", "Zululand"),
    "en-US-South": ("Jefferson Parish", "Harlan County", "Tunica County", "the Delta", "Acadiana", "the Panhandle"),
    "en-US-Midwest": ("Cass County", "Polk County", "the Iron Range", "Door County", "the Quad Cities"),
    "en-GB-WLS": ("Gwynedd", "Powys", "Ceredigion", "Rhondda Cynon Taf", "the Valleys", "Anglesey", "the Gower",
                  "Pembrokeshire"),
}

ASR_PLACES = {
    "Toowoomba": "Towoomba", "Natchitoches": "Nakitish", "Opelousas": "Oppaloosas", "Milngavie": "Mulguy",
    "Kirkcaldy": "Kirkoddy", "Machynlleth": "Mahuncleth", "Pwllheli": "Pulleli", "Llanelli": "Clanethly",
    "Whanganui": "Wanganui", "Thrissur": "Trissur", "Gqeberha": "Kaberha", "Ystradgynlais": "Istrad Ganless",
    "Wainuiomata": "Wine Omata", "Kozhikode": "Kojikode", "Auchterarder": "Ochterarder", "Mthatha": "Umtata",
    "Soshanguve": "Soshangoovey", "Houma": "Homa", "Bemidji": "Bemidgy", "Tokoroa": "Tokaroa",
}

FACILITIES = {
    "en-AU": ("Westmead Hospital", "Odyssey House", "the Campbelltown headspace", "St Brigid's Primary",
              "Dubbo Meatworks", "Tamworth Base Hospital", "Our Lady of Lourdes in Seven Hills",
              "Cessnock Correctional", "the Orange Aboriginal Medical Service", "Bendigo TAFE", "Ipswich Grammar",
              "the Holsworthy barracks"),
    "en-NZ": ("Middlemore", "Te Puna Ora marae", "Porirua College", "Kaitaia Hospital", "the Hutt Valley DHB clinic",
              "Kawerau mill", "Rimutaka prison", "Papakura Marae", "Wellington Free Ambulance depot",
              "the Salvation Army Bridge programme in Hamilton", "St Joseph's in Otara", "Linton Camp"),
    "en-GB-SCT": ("the Royal Edinburgh", "Gartnavel", "St Ninian's Primary", "Carstairs", "Ninewells",
                  "Stornoway Free Church", "Castle Huntly", "Raigmore", "the Kirkcaldy Job Centre",
                  "Lochgelly High", "Polmont", "Craigentinny Health Centre"),
    "en-IN": ("NIMHANS", "St John's Medical College", "the Prerana de-addiction centre", "Kasturba Hospital",
              "Sacred Heart Convent in Thrissur", "Infosys Whitefield campus", "the Ghatkopar municipal school",
              "Amrita hospital", "the Chembur Gurudwara", "Ernakulam General Hospital", "Holy Family in Bandra",
              "the Vellore CMC"),
    "en-ZA": ("Chris Hani Baragwanath", "Groote Schuur", "Sterkfontein", "the Tembisa clinic", "Lentegeur",
              "the Regina Mundi church", "Pollsmoor", "Weskoppies", "Morris Isaacson High", "the Umlazi mosque",
              "SANCA in Benoni", "Valkenberg"),
    "en-US-South": ("First Baptist of Tupelo", "the Jackson VA", "Fort Campbell", "Ochsner in Houma",
                    "Bossier Parish jail", "Pine Grove rehab", "Hattiesburg High", "Mount Zion AME",
                    "the Tyson plant in Forest", "Keesler", "Ole Miss", "the Harlan County health department"),
    "en-US-Midwest": ("Hazelden", "the Fargo VA", "Prairie Ridge", "St Olaf", "the Hormel plant",
                      "Lutheran Social Services in Sioux Falls", "Mayo", "Oshkosh North High",
                      "Our Savior's Lutheran", "the Kenosha county jail", "Fort Leonard Wood", "Bemidji State"),
    "en-GB-WLS": ("Ysbyty Gwynedd", "Prince Charles Hospital", "Ysgol Glan Clwyd", "Capel Bethel", "Hafan y Coed",
                  "Ysbyty Glan Clwyd", "Parc prison", "the Ebbw Vale Tesco depot", "Ysgol Bro Hyddgen",
                  "the Merthyr Jobcentre", "Brecon barracks", "St Cadoc's"),
}

# streets said without a number are street addresses (author's choice, as in the first hold-out)
STREETS = {
    "en-AU": ("Banksia Street", "Wattle Crescent", "Kurrajong Parade", "Bottlebrush Close", "Macquarie Road",
              "Hume Highway service road", "Jacaranda Avenue", "Pacific Parade", "Gum Tree Lane", "Lachlan Street"),
    "en-NZ": ("Tui Street", "Kowhai Road", "Pohutukawa Drive", "Te Rapa Road", "Rimu Street", "Kahikatea Lane",
              "Bader Drive", "Tamaki Road", "Manuka Crescent", "Atiawa Street"),
    "en-GB-SCT": ("Dumbarton Road", "Kirkgate", "Cathcart Road", "Keith Street", "Lochside Crescent",
                  "Castlemilk Drive", "Bank Street", "Ferry Brae", "Cowgate", "Gallowgate"),
    "en-IN": ("3rd Cross, 5th Main", "MG Road", "Linking Road", "Brigade Road", "Netaji Subhash Road",
              "Nehru Nagar", "Gandhi Bazaar", "Old Madras Road", "Shanti Nagar", "Ring Road"),
    "en-ZA": ("Vilakazi Street", "Jan Smuts Avenue", "Voortrekker Road", "Mandela Drive", "Khumalo Street",
              "Klipfontein Road", "Lansdowne Road", "Church Street", "Main Reef Road", "Protea Street"),
    "en-US-South": ("Magnolia Drive", "Old Highway 61", "County Road 9", "Pecan Lane", "Dixie Avenue",
                    "Bayou Road", "Cotton Gin Road", "Hardy Street", "Martin Luther King Drive", "Shady Oak Lane"),
    "en-US-Midwest": ("Prairie Lane", "County Highway K", "Elm Street", "Lake Avenue", "N 5th Street",
                      "Cedar Ridge Road", "Lincolnway", "Old Farm Road", "Hiawatha Drive", "Main Street East"),
    "en-GB-WLS": ("Heol y Nant", "Bryn Terrace", "Stryd Fawr", "Heol Las", "Commercial Street", "Cae Glas",
                  "Ffordd Penrhos", "Station Terrace", "Llys Gwyn", "Tan y Bryn"),
}

# --------------------------------------------------------------------------------------------------- e-mail / web
EMAIL_DOMAINS = {
    "en-AU": ("bigpond.com", "optusnet.com.au", "outlook.com.au", "gmail.com", "health.nsw.gov.au", "iinet.net.au"),
    "en-NZ": ("xtra.co.nz", "slingshot.co.nz", "gmail.com", "orcon.net.nz", "hotmail.co.nz"),
    "en-GB-SCT": ("btinternet.com", "sky.com", "hotmail.co.uk", "nhs.scot", "gmail.com", "virginmedia.com"),
    "en-IN": ("rediffmail.com", "yahoo.co.in", "gmail.com", "outlook.in", "nimhans.ac.in"),
    "en-ZA": ("mweb.co.za", "telkomsa.net", "webmail.co.za", "gmail.com", "uct.ac.za", "vodamail.co.za"),
    "en-US-South": ("aol.com", "att.net", "bellsouth.net", "yahoo.com", "gmail.com", "va.gov"),
    "en-US-Midwest": ("charter.net", "midco.net", "gmail.com", "yahoo.com", "umn.edu", "icloud.com"),
    "en-GB-WLS": ("outlook.com", "talktalk.net", "wales.nhs.uk", "btinternet.com", "gmail.com", "hotmail.co.uk"),
}

# words for made-up web sites and handles, joined by the generator
SITE_WORDS = ("recovery", "healing", "circle", "hope", "journey", "rise", "family", "kitchen", "pantry", "crafts",
              "fitness", "mums", "dads", "support", "wellness", "motors", "landscaping", "plumbing", "nails",
              "photography", "bakes", "tutoring", "garage", "farm", "vets", "collective", "project", "house")
SITE_TLDS = {
    "en-AU": ("com.au", "org.au", "net.au"), "en-NZ": ("co.nz", "org.nz", "nz"),
    "en-GB-SCT": ("co.uk", "scot", "org.uk"),
    "en-IN": ("in", "co.in", "org"), "en-ZA": ("co.za", "org.za", "africa"), "en-US-South": ("com", "org", "net"),
    "en-US-Midwest": ("com", "org", "us"), "en-GB-WLS": ("cymru", "co.uk", "wales"),
}
SOCIAL_SITES = ("instagram.com", "facebook.com", "tiktok.com", "youtube.com", "linktr.ee", "gofundme.com/f",
                "x.com", "twitch.tv", "onlyfans.com", "reddit.com/user", "snapchat.com/add", "venmo.com/u")
URL_PATHS = ("contact", "about", "book-now", "our-team", "referrals", "shop", "blog/my-story", "events",
             "donate", "members/login")

# --------------------------------------------------------------------------------------------------- hard negatives
NEG_STATES = {
    "en-AU": ("Queensland", "Victoria", "Tasmania", "New South Wales", "the Northern Territory", "WA"),
    "en-NZ": ("the North Island", "the South Island", "Aotearoa", "the Pacific Islands"),
    "en-GB-SCT": ("Scotland", "England", "the UK", "the Highlands and Islands", "Ireland"),
    "en-IN": ("Kerala", "Maharashtra", "Karnataka", "Tamil Nadu", "Punjab", "West Bengal", "the Gulf", "Dubai"),
    "en-ZA": ("Gauteng", "KwaZulu-Natal", "the Western Cape", "Limpopo", "Zimbabwe", "Lesotho"),
    "en-US-South": ("Mississippi", "Louisiana", "Alabama", "Kentucky", "Texas", "Georgia", "Tennessee"),
    "en-US-Midwest": ("Minnesota", "Iowa", "Wisconsin", "North Dakota", "Ohio", "Michigan", "Somalia", "Laos"),
    "en-GB-WLS": ("Wales", "England", "Cymru", "Ireland", "the UK"),
}
NATIONALITIES = ("Kiwi", "Aussie", "Scottish", "Welsh", "Indian", "Zulu", "Xhosa", "Afrikaans", "Somali", "Hmong",
                 "Norwegian", "Polish", "Samoan", "Tongan", "Malayali", "Punjabi", "Cajun", "Greek", "Vietnamese",
                 "Lebanese", "Irish", "Filipino", "Bengali", "Maori", "Karen", "Afghan", "Eritrean", "Congolese")
HOLIDAYS = {
    "en-AU": ("Anzac Day", "Australia Day", "the Melbourne Cup", "Easter", "the Queen's birthday weekend"),
    "en-NZ": ("Waitangi Day", "Matariki", "Labour Weekend", "Guy Fawkes", "Christmas"),
    "en-GB-SCT": ("Hogmanay", "Burns Night", "St Andrew's Day", "the Glasgow Fair", "Christmas"),
    "en-IN": ("Diwali", "Onam", "Holi", "Eid", "Pongal", "Durga Puja", "Christmas"),
    "en-ZA": ("Heritage Day", "Freedom Day", "Youth Day", "Mandela Day", "Christmas", "Eid"),
    "en-US-South": ("Thanksgiving", "Mardi Gras", "the Fourth of July", "Juneteenth", "Easter Sunday"),
    "en-US-Midwest": ("Thanksgiving", "Labor Day", "the Fourth", "Memorial Day", "deer opener", "Christmas"),
    "en-GB-WLS": ("St David's Day", "the Eisteddfod", "Christmas", "Easter", "Calan Gaeaf"),
}
PUBLIC_FIGURES = {
    "en-AU": ("Steve Irwin", "Cathy Freeman", "Kylie Minogue", "Bluey", "John Farnham", "Ash Barty"),
    "en-NZ": ("Jacinda Ardern", "Richie McCaw", "Lorde", "Taika Waititi", "Stan Walker", "Sir Ed Hillary"),
    "en-GB-SCT": ("Billy Connolly", "Andy Murray", "Lewis Capaldi", "Robert Burns", "Nicola Sturgeon", "Oor Wullie"),
    "en-IN": ("Shah Rukh Khan", "Sachin Tendulkar", "Gandhi", "A R Rahman", "Virat Kohli", "Mother Teresa"),
    "en-ZA": ("Nelson Mandela", "Siya Kolisi", "Trevor Noah", "Desmond Tutu", "Brenda Fassie", "Black Coffee"),
    "en-US-South": ("Dolly Parton", "Elvis", "Johnny Cash", "Oprah", "BB King", "Dr Phil", "Saint Jude"),
    "en-US-Midwest": ("Prince", "Bob Dylan", "Garrison Keillor", "Oprah", "Abe Lincoln", "Bruce Springsteen"),
    "en-GB-WLS": ("Tom Jones", "Catherine Zeta-Jones", "Gareth Bale", "Dylan Thomas", "Max Boyce", "Nye Bevan"),
}
BRANDS = {
    "en-AU": ("Woolies", "Bunnings", "Tim Tams", "Vegemite", "Uncle Tobys", "Maccas", "Kmart", "Centrelink app"),
    "en-NZ": ("Pak'nSave", "the Warehouse", "Whittaker's", "Milo", "L&P", "Countdown", "Trade Me"),
    "en-GB-SCT": ("Irn-Bru", "Tunnock's", "Greggs", "Buckfast", "Tennent's", "Lidl", "Mr Kipling"),
    "en-IN": ("Amul", "Maggi", "Swiggy", "Zomato", "Paytm", "Parle-G", "Old Monk", "Royal Enfield"),
    "en-ZA": ("Nando's", "Checkers", "Pick n Pay", "Shoprite", "Castle Lager", "Savanna", "Mr Price", "Capitec app"),
    "en-US-South": ("Cracker Barrel", "Piggly Wiggly", "Waffle House", "Dr Pepper", "Jim Beam", "Dollar General",
                    "Popeyes"),
    "en-US-Midwest": ("Culver's", "Kwik Trip", "Hy-Vee", "Casey's", "Menards", "Target", "Leinenkugel's"),
    "en-GB-WLS": ("Brains", "Tesco", "Greggs", "Penderyn", "Welsh cakes from Aldi", "Ty Nant"),
}
EPONYMS = ("Korsakoff's", "Asperger's", "Tourette's", "Huntington's", "Lewy body dementia", "Graves' disease",
           "Addison's", "Cushing's", "Bell's palsy", "Raynaud's", "Meniere's", "Crohn's", "Parkinson's",
           "Alzheimer's", "Wernicke's", "Hashimoto's", "Down syndrome", "Capgras")
MODELS = ("the Maudsley approach", "the Duluth model", "the Minnesota model", "the Newcastle model",
          "Te Whare Tapa Wha", "Linehan's DBT", "Gottman stuff", "Bowen family systems", "Circle of Security",
          "the Matrix model", "Marlatt's relapse prevention", "Kubler-Ross's stages", "Maslow's hierarchy",
          "the Socratic questions", "Satir's iceberg", "Ellis's ABC", "the Tidal model", "Safewards")
ROLES = ("my GP", "the social worker", "my sponsor", "the health visitor", "the school counsellor", "my CO",
         "the midwife", "the Plunket nurse", "my key worker", "the ASHA worker", "the sangoma", "the chaplain",
         "my caseworker", "the duty psychiatrist", "the crisis team", "my probation officer", "the nurse",
         "the psych registrar", "my case manager", "the pastor", "the counsellor at school", "the dietitian")
PETS = (("dog", "Biscuit"), ("cat", "Luna"), ("dog", "Bluey"), ("budgie", "Kevin"), ("dog", "Max"),
        ("cat", "Mr Whiskers"), ("horse", "Duchess"), ("dog", "Blue"), ("cat", "Gandalf"), ("dog", "Rambo"),
        ("goat", "Shirley"), ("dog", "Dolly"))
MEDS = ("sertraline [[50|fifty]] milligrams", "quetiapine [[25|twenty five]]", "Suboxone [[8|eight]] mg",
        "methadone [[60|sixty]] mils", "lithium [[800|eight hundred]]", "Ritalin [[10|ten]]",
        "Lexapro [[10|ten]] mg", "olanzapine [[5|five]]", "naltrexone [[50|fifty]]", "prazosin [[2|two]] mg",
        "mirtazapine [[30|thirty]]", "donepezil [[10|ten]] milligrams", "fluoxetine [[20|twenty]]",
        "Antabuse [[250|two fifty]]")
SCORES = ("an EPDS of [[14|fourteen]]", "a PHQ nine of [[17|seventeen]]", "a K10 of [[32|thirty two]]",
          "an AUDIT score of [[22|twenty two]]", "a MoCA of [[19|nineteen]] out of [[30|thirty]]",
          "a PCL five of [[48|forty eight]]", "a GAD seven of [[15|fifteen]]", "an MMSE of [[22|twenty two]]",
          "an EDE-Q global of [[4.2|four point two]]", "a [[6|six]] out of [[10|ten]] on the distress scale",
          "a positive Columbia screen", "[[16|sixteen]] on the Edinburgh scale")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONEY = {
    "en-AU": ("[[$300|three hundred bucks]]", "[[$40|forty dollars]] a week", "the [[$750|seven fifty]] bond"),
    "en-NZ": ("[[$200|two hundred dollars]]", "[[$25|twenty five bucks]] a week"),
    "en-GB-SCT": ("[[£40|forty quid]]", "[[£250|two hundred and fifty pound]] a month"),
    "en-IN": ("[[5000|five thousand]] rupees", "[[2 lakh|two lakh]]", "[[500|five hundred]] rupees a day"),
    "en-ZA": ("[[R350|three hundred and fifty rand]]", "[[R2000|two thousand rand]]", "[[R50|fifty rand]]"),
    "en-US-South": ("[[$600|six hundred dollars]]", "[[$20|twenty bucks]]", "[[$1,200|twelve hundred]] a month"),
    "en-US-Midwest": ("[[$40|forty bucks]]", "[[$900|nine hundred]] a month", "[[$15|fifteen dollars]] an hour"),
    "en-GB-WLS": ("[[£60|sixty quid]]", "[[£10|a tenner]]", "[[£400|four hundred pound]]"),
}
EMERGENCY = {
    "en-AU": ("triple zero", "Lifeline on thirteen eleven fourteen"),
    "en-NZ": ("one one one", "one seven three seven, need to talk"),
    "en-GB-SCT": ("nine nine nine", "NHS twenty four on one one one", "Samaritans on one one six one two three"),
    "en-IN": ("one one two", "the Tele MANAS line, fourteen four one six"),
    "en-ZA": ("ten one one one", "the SADAG line"),
    "en-US-South": ("nine one one", "nine eight eight"),
    "en-US-Midwest": ("nine one one", "nine eight eight"),
    "en-GB-WLS": ("nine nine nine", "the C.A.L.L. helpline", "one one one press two"),
}
# street-like idioms, TV shows and soaps with street names
STREET_IDIOMS = ("the end of the road", "a two-way street", "easy street", "the high street", "down the road",
                 "up north", "Shortland Street", "Coronation Street", "Sesame Street", "Ramsay Street on Neighbours",
                 "Wall Street", "middle of the road", "on the street")
# ordinary words that look like names or places, in a phrase
WORDLIKE = ("I felt really blue", "a bit of grace", "no hope left", "my faith took a knock", "she was frank with me",
            "a sunny day", "summer holidays", "he is a real hunter", "the will to keep going", "out of patience",
            "a rose bush in the garden", "I just drew a blank", "mark my words", "it was a real joy",
            "a brook near the house", "the heath fire", "a robin on the fence", "carol singing",
            "a penny dropped", "bill for the power", "a rusty old ute", "the ivy on the wall", "china cups",
            "turkey for dinner", "jersey and gumboots", "a real paddy", "a bit of a mission", "I was chuffed",
            "it went west", "the bishop's move", "the gift of time", "just lucky really", "beauty sleep",
            "innocent until proven guilty", "justice for once", "it was precious")
IDIOM_NAMES = ("Jekyll and Hyde", "Murphy's law", "a real Romeo", "Peter Pan", "Bob's your uncle",
               "a Good Samaritan", "a Jack of all trades", "Nosey Parker", "Doubting Thomas", "Mrs Doubtfire",
               "Sod's law", "happy as Larry", "a Karen", "Billy no mates", "Hobson's choice")

# clients of interpreter-mediated sessions (refugee and migrant backgrounds), any locale
REFUGEE_FIRST = ("Amina", "Abdirahman", "Hawa", "Farhad", "Zarmina", "Nay Htoo", "Paw Say", "Mariam", "Ahmad",
                 "Khadija", "Eh Moo", "Dilnoza", "Yonas", "Tigist", "Shukria", "Mahmoud", "Nour", "Gatluak",
                 "Nyakim", "Bahati", "Esperance", "Hamid", "Soraya", "Thein")
REFUGEE_SURNAME = ("Haidari", "Mohammadi", "Hussaini", "Osman", "Tesfaye", "Gebremariam", "Al-Khatib", "Karimi",
                   "Hassan", "Nkurunziza", "Mugisha", "Deng", "Koang", "Rahimi", "Sultani", "Aung", "Htoo", "Jama")
LANGUAGES = ("Dari", "Tigrinya", "Karen", "Pashto", "Arabic", "Swahili", "Kinyarwanda", "Nuer", "Burmese",
             "Somali", "Farsi", "Amharic")
