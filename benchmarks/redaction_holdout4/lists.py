"""Word lists for the fourth hold-out set, all written by hand for this set (no package lists).

Real towns, counties and regions appear as place names only; every person, street, facility, domain and number
built from these lists is a random combination, so it identifies nobody.
"""

# --- people -----------------------------------------------------------------------------------------------------

FEMALE_FIRST: list[str] = [
    "Abena", "Adaeze", "Aisling", "Aoife", "Beatriz", "Bronwen", "Caoimhe", "Chiamaka", "Clodagh", "Dagny",
    "Delphine", "Dorota", "Eilidh", "Esi", "Farida", "Fenella", "Gulnaz", "Hadiza", "Halima", "Ines", "Ingrid",
    "Isolde", "Jadwiga", "Jasleen", "Kalinda", "Keziah", "Laila", "Lowri", "Maeve", "Marisol", "Meera", "Mirela",
    "Nadia", "Nkechi", "Noor", "Oksana", "Olamide", "Orla", "Priya", "Radhika", "Rosalind", "Rukhsana", "Saoirse",
    "Sunniva", "Tamsin", "Thandiwe", "Ulrika", "Valentina", "Wanjiru", "Ximena", "Yasmin", "Yetunde", "Zainab",
    "Zofia", "Sarah", "Emma", "Rachel", "Laura", "Claire", "Megan", "Chloe", "Hannah", "Nicole", "Michelle",
    "Lisa", "Karen", "Donna", "Paula", "Tracy", "Gemma", "Kirsty", "Siobhan", "Niamh", "Roisin", "Grainne",
    "Deirdre", "Beverley", "Lorraine", "Shauna", "Ashleigh", "Kayleigh", "Tanisha", "Latoya", "Guadalupe",
    "Consuelo", "Mei", "Hana", "Yuki", "Thuy", "Linh", "Anjali", "Deepa", "Sunita", "Parveen", "Shabnam", "Aaliyah",
    "Imani", "Nia", "Ebony", "Katherine", "Elizabeth", "Margaret", "Patricia", "Rebecca", "Jennifer", "Samantha",
    "Deborah", "Victoria", "Alexandra", "Josephine", "Abigail", "Francesca", "Gabriella", "Dorothy", "Susan",
    "Olufunmilayo", "Aleksandra", "Malgorzata",
]

MALE_FIRST: list[str] = [
    "Adebayo", "Aled", "Anselm", "Arjun", "Bartosz", "Benedikt", "Callum", "Cathal", "Chidi", "Ciaran", "Cormac",
    "Darius", "Declan", "Dmitri", "Eamon", "Emeka", "Eoin", "Faisal", "Fergal", "Florin", "Gareth", "Gustavo",
    "Hamish", "Hamza", "Idris", "Ifeanyi", "Ivo", "Jakub", "Jarrah", "Kazuki", "Kwame", "Lachlan", "Leandro",
    "Lorcan", "Mateusz", "Mehmet", "Naveen", "Niall", "Obinna", "Oisin", "Osagie", "Padraig", "Piotr", "Quentin",
    "Rafferty", "Rahul", "Rhodri", "Ruairi", "Sanjay", "Seamus", "Tadhg", "Tariq", "Tendai", "Thabo", "Tomasz",
    "Ugo", "Vikram", "Wojciech", "Xavier", "Yusuf", "Zoltan", "James", "David", "Daniel", "Paul", "Steven",
    "Kevin", "Jason", "Brian", "Gary", "Darren", "Wayne", "Craig", "Liam", "Connor", "Tyler", "Brandon", "Marcus",
    "Andre", "Tyrone", "Luis", "Carlos", "Miguel", "Jorge", "Hiroshi", "Wei", "Minh", "Tuan", "Rajesh", "Imran",
    "Bilal", "Omar", "Kofi", "Kwabena", "Sean", "William", "Robert", "Jonathan", "Christopher", "Nicholas",
    "Benjamin", "Theodore", "Michael", "Anthony", "Frederick", "Harold", "Edward", "Leonard", "Matthew",
    "Zachary", "Siddharth", "Oluwaseun",
]

# first names that are also ordinary English words (the hard part of name detection)
FEMALE_WORD_NAMES: list[str] = [
    "Hope", "Rose", "Faith", "Grace", "Joy", "Amber", "Dawn", "Ruby", "Holly", "Ivy", "Hazel", "Daisy", "Iris",
    "Summer", "Penny", "April", "June", "Heather", "Pearl", "Poppy", "Violet", "Willow", "Olive", "Crystal",
    "Autumn", "Charity", "Patience", "Destiny", "Misty", "Sunny", "Honey", "Star", "Robin", "Sandy",
]
MALE_WORD_NAMES: list[str] = [
    "Bill", "Mark", "Frank", "Will", "Jack", "Chase", "Hunter", "Guy", "Art", "Drew", "Wade", "Reed", "Rusty",
    "Cliff", "Dean", "Earl", "Glen", "Ray", "Rich", "Bob", "Sonny", "Buck", "Miles", "Grant", "Lance", "Forrest",
    "Heath", "Rocky", "Pat", "Bud", "Duke", "Norman", "Gene",
]

# canonical first name -> shortened forms a speaker may use
NICKNAMES: dict[str, list[str]] = {
    "Katherine": ["Kate", "Katie", "Kath"], "William": ["Will", "Billy", "Liam"],
    "Elizabeth": ["Liz", "Lizzie", "Beth"], "Margaret": ["Maggie", "Peggy", "Meg"], "Robert": ["Rob", "Bobby"],
    "Jonathan": ["Jon", "Jonny"], "Alexandra": ["Alex", "Sasha", "Lexi"], "Christopher": ["Chris", "Kit"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue", "Suzie"], "Rebecca": ["Becca", "Becky"],
    "Nicholas": ["Nick", "Nicky"], "Josephine": ["Jo", "Josie"], "Benjamin": ["Ben", "Benji"],
    "Theodore": ["Theo", "Teddy"], "Abigail": ["Abby"], "Jennifer": ["Jen", "Jenny"],
    "Michael": ["Mike", "Mikey"], "Samantha": ["Sam", "Sammy"], "Anthony": ["Tony", "Ant"],
    "Deborah": ["Debbie", "Deb"], "Frederick": ["Fred", "Freddie"], "Gabriella": ["Gabby", "Ella"],
    "Oluwaseun": ["Seun"], "Olufunmilayo": ["Funmi"], "Adebayo": ["Bayo"], "Siddharth": ["Sid"],
    "Wojciech": ["Wojtek"], "Malgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Francesca": ["Fran", "Frankie"],
    "Harold": ["Harry", "Hal"], "Edward": ["Ed", "Eddie", "Ted"], "Dorothy": ["Dot", "Dottie"],
    "Leonard": ["Len", "Lenny"], "Victoria": ["Vicky", "Tori"], "Matthew": ["Matt", "Matty"],
    "Zachary": ["Zach"], "Daniel": ["Dan", "Danny"], "Jasleen": ["Jas"], "Tamsin": ["Tam"],
    "Rosalind": ["Roz"], "Valentina": ["Val"], "Sebastian": ["Seb"],
}

# canonical spelling -> how a speech recogniser tends to write the spoken name
ASR_SPELLINGS: dict[str, list[str]] = {
    "Siobhan": ["Shivon", "Shivaun"], "Niamh": ["Neve", "Neeve"], "Saoirse": ["Seersha", "Sersha"],
    "Aoife": ["Eefa", "Eva"], "Caoimhe": ["Keeva", "Kweeva"], "Tadhg": ["Tige", "Teig"], "Oisin": ["Osheen"],
    "Ruairi": ["Rory"], "Cathal": ["Cahal"], "Grainne": ["Grania"], "Wojciech": ["Voytek"],
    "Padraig": ["Porrig"], "Eilidh": ["Ailey", "Aylee"], "Clodagh": ["Cloda"], "Deirdre": ["Deardra"],
    "Sean": ["Shaun", "Shawn"], "Roisin": ["Rosheen"], "Chiamaka": ["Chiamaka"], "Ifeanyi": ["Ifeani"],
    "Jadwiga": ["Yadviga"], "Malgorzata": ["Margoshata"],
}

SURNAMES: list[str] = [
    "Abara", "Achterberg", "Adeyemi", "Alderton", "Antonelli", "Asante", "Bakshi", "Balogun", "Barraclough",
    "Belmonte", "Birtwistle", "Blanchard", "Boateng", "Brannigan", "Brzezinski", "Calloway", "Castellanos",
    "Chaudhry", "Cheung", "Coughlan", "Czarnecki", "Dabrowski", "Delgado", "Devlin", "Dimitriou", "Duggan",
    "Eastwood", "Ekwueme", "Fairbairn", "Farrelly", "Fitzgerald", "Flanagan", "Fonseca", "Galbraith", "Garside",
    "Greenhalgh", "Hadley", "Haldane", "Halloran", "Hargreaves", "Hashemi", "Holloway", "Horvath", "Ibekwe",
    "Iqbal", "Jablonski", "Jaramillo", "Kaczmarek", "Kavanagh", "Kerrigan", "Khumalo", "Kowalczyk", "Lindqvist",
    "Llewellyn", "Lombardi", "Lundgren", "MacAskill", "Madueke", "Mahlangu", "McCandless", "McGarry", "Mensah",
    "Moriarty", "Mukherjee", "Nakamura", "Nwachukwu", "Oduya", "O'Flaherty", "Okonjo", "Oyelaran", "Pemberton",
    "Petrakis", "Pillai", "Quigley", "Rahman", "Rasmussen", "Ravindran", "Rowntree", "Sandoval", "Scanlon",
    "Sherwood", "Siddiqui", "Sokolov", "Stavrou", "Sutcliffe", "Szymanski", "Tanaka", "Thistlewood", "Thornbury",
    "Treacy", "Udeh", "Vasquez", "Venkatesan", "Wainwright", "Whitlock", "Wojcik", "Yilmaz", "Yoshida",
    "Zaragoza", "Zielinski", "Smith", "Jones", "Taylor", "Walsh", "Murphy", "Kelly", "Johnson", "Williams",
    "Garcia", "Nguyen", "Patel", "Khan", "Ali", "Okafor", "Campbell", "Robinson", "Clarke", "Lewis", "Hughes",
    "Reid", "Byrne", "Ryan", "O'Brien", "Doyle", "Lynch", "Martinez", "Hernandez", "Lopez", "Kim", "Lee", "Chen",
    "Wong", "Singh", "Sharma", "Ahmed", "Hussain", "Osei", "Okonkwo", "Mwangi", "Tran", "Novak",
]

# surnames that are also ordinary words
WORD_SURNAMES: list[str] = [
    "Baker", "Cook", "Fisher", "Shepherd", "Mason", "Hunter", "Young", "King", "White", "Green", "Black", "Gray",
    "Wood", "Hill", "Marsh", "Bird", "Fox", "Lamb", "Frost", "Price", "Bell", "Page", "Moss", "Sharp", "Swift",
    "Wise", "Banks", "Rivers", "Mills", "Ford", "Stone", "Brook", "Little", "Short", "Love",
]

# titles that belong to the name they precede ("Auntie Folake", "Father Tadhg")
KIN_TITLES_F: list[str] = ["Auntie", "Aunt", "Nana", "Nan", "Granny", "Grandma", "Nanny", "Cousin"]
KIN_TITLES_M: list[str] = ["Uncle", "Grandad", "Grandpa", "Papa", "Cousin"]
CLERIC_TITLES: list[str] = ["Father", "Pastor", "Imam", "Rabbi", "Reverend", "Sister", "Brother", "Deacon"]
SURNAME_TITLES_F: list[str] = ["Mrs", "Ms", "Miss"]
SURNAME_TITLES_M: list[str] = ["Mr"]
OTHER_TITLES: list[str] = ["Coach", "Professor", "Judge", "Officer", "Sergeant", "Nurse", "Doctor", "Dr"]

# --- places -----------------------------------------------------------------------------------------------------

TOWNS: dict[str, list[str]] = {
    "UK": [
        "Leeds", "Sheffield", "Bradford", "Huddersfield", "Halifax", "Wakefield", "Rotherham", "Doncaster",
        "Stockport", "Oldham", "Rochdale", "Bolton", "Wigan", "Preston", "Blackburn", "Burnley", "Carlisle",
        "Kendal", "Penrith", "Sunderland", "Gateshead", "Darlington", "Middlesbrough", "Hartlepool", "Scarborough",
        "Whitby", "Harrogate", "Ilkley", "Skipton", "Grimsby", "Chesterfield", "Loughborough", "Northampton",
        "Coventry", "Walsall", "Dudley", "Wolverhampton", "Telford", "Shrewsbury", "Hereford", "Gloucester",
        "Cheltenham", "Swindon", "Slough", "Luton", "Ipswich", "Norwich", "Colchester", "Chelmsford", "Maidstone",
        "Margate", "Folkestone", "Hastings", "Crawley", "Guildford", "Portsmouth", "Bournemouth", "Exeter",
        "Plymouth", "Truro", "Taunton", "Yeovil", "Swansea", "Cardiff", "Wrexham", "Aberystwyth", "Paisley",
        "Dundee", "Inverness", "Stirling", "Falkirk", "Kilmarnock", "Lisburn", "Newry", "Stroud", "Stevenage",
        "Milton Keynes", "Peterborough", "Banbury", "Kettering", "Hexham", "Morpeth", "Barnsley", "Dewsbury",
        "Keighley", "Todmorden", "Hebden Bridge", "Reading", "Bath", "Bury", "Deal", "Wells", "Rugby",
        "Thornwick", "Kettleby", "Upper Sallow", "Millharrow", "Brindlecombe", "Larchfield", "Whitcombe Market",
    ],
    "IE": [
        "Athlone", "Tullamore", "Mullingar", "Ennis", "Tralee", "Killarney", "Castlebar", "Ballina", "Sligo",
        "Letterkenny", "Dundalk", "Drogheda", "Navan", "Naas", "Carlow", "Kilkenny", "Wexford", "Waterford",
        "Clonmel", "Thurles", "Nenagh", "Limerick", "Galway", "Mallow", "Bandon", "Skibbereen", "Portlaoise",
        "Longford", "Cavan", "Monaghan", "Bray", "Greystones", "Swords", "Tallaght", "Blanchardstown", "Ballyfarran",
        "Carrickmoyle", "Dunmore Bay", "Kilcrean",
    ],
    "US": [
        "Akron", "Toledo", "Dayton", "Fort Wayne", "Lansing", "Kalamazoo", "Duluth", "Fargo", "Sioux Falls",
        "Topeka", "Wichita", "Tulsa", "Amarillo", "Lubbock", "El Paso", "Tucson", "Flagstaff", "Boise", "Spokane",
        "Tacoma", "Eugene", "Fresno", "Bakersfield", "Modesto", "Reno", "Provo", "Ogden", "Pueblo", "Boulder",
        "Albuquerque", "Santa Fe", "Little Rock", "Shreveport", "Baton Rouge", "Mobile", "Macon", "Savannah",
        "Asheville", "Roanoke", "Scranton", "Allentown", "Erie", "Syracuse", "Albany", "Buffalo", "Hartford",
        "Providence", "Burlington", "Trenton", "Camden", "Chattanooga", "Knoxville", "Louisville", "Evansville",
        "Peoria", "Joliet", "Green Bay", "Des Moines", "Cedar Rapids", "Omaha", "Cedar Hollow", "Fenwick Springs",
        "Marlow Heights", "Port Ellery",
    ],
    "CA": [
        "Moncton", "Fredericton", "Sudbury", "Thunder Bay", "Kingston", "Barrie", "Guelph", "Kitchener", "Oshawa",
        "Saskatoon", "Regina", "Red Deer", "Lethbridge", "Kelowna", "Kamloops", "Nanaimo", "Victoria", "Brandon",
        "Sherbrooke", "Peterborough", "Halifax", "Pine Hollow", "Elk Narrows",
    ],
}

# counties and regions (smaller than a state); a leading "the" is said but stays outside the span
COUNTIES: dict[str, list[str]] = {
    "UK": [
        "Yorkshire", "West Yorkshire", "Lancashire", "Cumbria", "Northumberland", "Norfolk", "Suffolk", "Kent",
        "Devon", "Cornwall", "Somerset", "Dorset", "Shropshire", "Cheshire", "Derbyshire", "Fife", "Lanarkshire",
        "Gwynedd", "County Durham", "the Lake District", "the Peak District", "the Cotswolds", "the Highlands",
        "the Midlands", "the Fens", "the Wirral", "the Black Country", "the Dales",
    ],
    "IE": [
        "County Mayo", "County Clare", "Kerry", "Donegal", "Connemara", "the Burren", "West Cork", "Wicklow",
        "County Meath", "Roscommon", "Leitrim", "the Midlands",
    ],
    "US": [
        "Orange County", "Cook County", "Marin County", "the Bay Area", "the Upper Peninsula", "the Panhandle",
        "the Outer Banks", "Cape Cod", "Long Island", "the Finger Lakes", "Hampden County", "the Iron Range",
    ],
    "CA": [
        "the Okanagan", "Muskoka", "the Annapolis Valley", "Cape Breton", "the Kootenays", "the Niagara Region",
        "Simcoe County",
    ],
}

# street stems and suffixes; streets are random pairings
STREET_STEMS: list[str] = [
    "Larkspur", "Tannery", "Wharfedale", "Copperfield", "Heron", "Bramble", "Foundry", "Quarry", "Kingfisher",
    "Orchard", "Sycamore", "Ferncliffe", "Bishopsgate", "Maple", "Cedar", "Elm", "Juniper", "Harbour", "Lime Kiln",
    "Paradise", "Victoria", "Albert", "Hope", "Rose", "Mill", "Station", "Chapel", "Weavers", "Ropewalk",
    "Beacon", "Thistle", "Aspen", "Linden", "Hawthorn", "Saddler", "Cobden", "Ashgrove", "Brunswick", "Fountain",
    "Pinfold", "Cowgate", "Tenter", "Nightingale", "Wren", "Clover", "Meadowbank", "Oakley", "Sandringham",
    "Glenview", "Lakeview", "Ridgecrest", "Hollybush", "Fairview", "Birchwood", "Marlborough", "Cromwell",
    "Primrose", "Dunmore", "Carrick", "Magnolia", "Sumac", "Hickory", "Willowbrook", "Grace", "Faith",
]
STREET_SUFFIXES: dict[str, list[str]] = {
    "UK": ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent", "Terrace", "Court", "Grove",
           "Place", "Gardens", "Rise", "Walk", "Row", "Mews", "Fold"],
    "IE": ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Park", "Crescent", "Terrace", "Grove", "Heights",
           "View", "Lawn"],
    "US": ["Street", "Avenue", "Road", "Drive", "Lane", "Boulevard", "Court", "Way", "Place", "Parkway", "Circle",
           "Trail", "Terrace"],
    "CA": ["Street", "Avenue", "Road", "Drive", "Crescent", "Court", "Way", "Boulevard", "Lane", "Place"],
}

# UK postcode areas and Irish Eircode routing keys (the rest of each code is random)
UK_POSTCODE_AREAS: list[str] = [
    "LS", "HD", "BD", "HX", "WF", "S", "M", "B", "L", "NE", "SR", "CF", "G", "EH", "AB", "BT", "OX", "CB", "NR",
    "IP", "EX", "PL", "TR", "BS", "BA", "SO", "PO", "BN", "CT", "ME", "TN", "RG", "SL", "LU", "MK", "NN", "LE",
    "NG", "DE", "ST", "WV", "WS", "DY", "CV", "GL", "HR", "SY", "LL", "SA", "NP", "YO", "HU", "DN", "HG", "LA",
    "CA", "DL", "TS", "PR", "BB", "BL", "OL", "SK", "WN", "WA", "CH", "CW",
]
EIRCODE_KEYS: list[str] = [
    "D04", "D08", "D12", "D15", "D24", "A98", "A92", "A63", "F91", "F94", "H91", "H65", "V94", "V92", "T12",
    "T23", "P72", "R95", "X91", "Y35", "N37", "K78", "W91", "E91",
]
CA_POSTAL_FIRST: str = "ABCEGHJKLMNPRSTVXY"

# facilities: all invented; a leading "the" is said but stays outside the span
HOSPITALS: list[str] = [
    "St Aldhelm's Hospital", "Riverside General", "Northgate Royal Infirmary", "Hollins Park Hospital",
    "Mercy Ridge Medical Center", "Kingsmead Hospital", "Fairhaven Community Hospital", "Westbrook General",
    "Ashworth Royal", "Cedar Vale Hospital", "St Fintan's Hospital", "Lakeshore Regional", "Brookhaven Medical Center",
    "Pinecrest Behavioral Health", "Glenmore University Hospital", "Harrowby Infirmary", "St Columba's",
    "Saint Ita's Hospital", "the Beaumont Unit", "Calder Valley Hospital", "Marlow Heights Medical Center",
    "Holy Redeemer Hospital", "Tamarack General", "the Larches Mental Health Unit",
]
CLINICS: list[str] = [
    "Northside Medical Centre", "Wharf Street Surgery", "Orchard Lane Health Centre", "Kestrel Family Practice",
    "Beacon Hill Surgery", "Cedar Hollow Family Medicine", "the Meadowbank Practice", "Bridgefoot Health Centre",
    "Parkview Primary Care", "Lakeside Urgent Care", "Hawthorn Medical Group", "Tullow Road Clinic",
]
PRACTICES: list[str] = [
    "the Quiet Room Counselling", "Harbourlight Therapy", "Northside Psychological Services", "Tamarind Therapy",
    "Willowbank Counselling", "Clearwater Behavioral Health", "the Lantern Clinic", "Fernhill Family Therapy",
    "Oakleaf Psychology", "Stillwater Counselling Centre", "Brightside Wellbeing", "Kindle Street Therapy",
]
SCHOOLS: list[str] = [
    "Millbrook Primary", "Ashcombe Academy", "Oakfield High", "Thornhill Primary School", "Brambleside Juniors",
    "Lindenwood Elementary", "Queensbury Grammar", "Castlegate Academy", "St Bernadette's", "Holy Family Primary",
    "Scoil Bhríde", "Gaelscoil na Mara", "Westfield Middle School", "Pinecrest High School",
    "Riverbend Community College", "Harrowgate College", "Sandhill Secondary", "Juniper Ridge Elementary",
    "Kingsway Infants", "St Malachy's College", "Larchfield Academy", "Cedar Hollow High",
]
EMPLOYERS: list[str] = [
    "Halvorsen Logistics", "Kestrel Insurance", "Northwind Foods", "Ardent Engineering", "Copperleaf Care Homes",
    "Blackthorn Distribution", "Meridian Bay Bakery", "Tolland Print", "Greystone Dental", "Vantage Point Solutions",
    "Harbourside Motors", "Pennine Haulage", "Calder Credit Union", "Brightline Call Centre", "Ravensworth Packaging",
    "Fairley and Sons", "Oxbow Hotel", "Silverline Taxis", "Mackie's Garage", "Lowther Accountants",
    "Tallis Electrical", "Summit Ridge Warehousing", "Bluewater Fisheries", "Hollis and Crane",
]
SHOPS: list[str] = [
    "Pattinson's Hardware", "the Copper Kettle", "Barnaby's Books", "Blue Heron Bakery", "Dolan's Pharmacy",
    "Mehta's corner shop", "Sullivan's butchers", "the Green Teapot", "Kowalski Deli", "Fennimore's Florist",
    "the Hungry Heron", "Lucky Star takeaway", "Rosa's cafe", "Nightingale Launderette", "Bramble and Thyme",
    "O'Hare's newsagents", "the Little Pantry", "Delgado's Tacos",
]
CHURCHES: list[str] = [
    "St Brendan's", "Grace Community Church", "Holy Cross", "Bethel Pentecostal", "Al-Noor Mosque",
    "Beth Shalom", "Mount Zion Baptist", "St Kentigern's", "Emmanuel Fellowship", "Sri Murugan Temple",
    "Guru Nanak Gurdwara", "Our Lady of Lourdes", "New Hope Chapel", "Madina Masjid", "Kingdom Life Church",
]
GYMS: list[str] = [
    "Ironworks Gym", "Peak Fitness", "Redline Boxing Club", "Hollow Oak Leisure Centre", "Kestrel Swim Club",
    "Brightwater Yoga", "Forgeworks CrossFit", "the Granary Climbing Wall", "Eastside Boxing",
    "Ridgeway Leisure Centre",
]
PUBS: list[str] = [
    "the Fox and Hounds", "the Red Lion", "the Nag's Head", "the Weavers Arms", "the Crooked Billet",
    "Molloy's", "the Anchor", "the Dog and Gun", "Flanagan's bar", "the Packhorse",
]
SERVICES: list[str] = [
    "Harbour House", "Pathways Recovery", "the Lantern Refuge", "Northside Food Bank", "Crossroads Day Centre",
    "Sunnyside Care Home", "Elmfield Nursing Home", "Rowan Lodge", "Meadowview Assisted Living", "Oak Tree Hospice",
    "St Clare's Hospice", "Cedarwood Residential",
]

# --- contact details ----------------------------------------------------------------------------------------------

EMAIL_DOMAINS: dict[str, list[str]] = {
    "UK": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "icloud.com", "btinternet.com", "live.co.uk"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.com", "icloud.com", "live.ie"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "protonmail.com"],
    "CA": ["gmail.com", "hotmail.ca", "yahoo.ca", "outlook.com", "icloud.com", "shaw.ca", "rogers.com"],
}
WORK_DOMAINS: list[str] = [
    "halvorsen-logistics.co.uk", "kestrelinsurance.com", "northwindfoods.ie", "ardent-eng.com", "copperleafcare.org",
    "meridianbay.co.uk", "greystonedental.com", "calderunion.co.uk", "tallis-electrical.com", "oxbowhotel.ie",
]
PRACTICE_DOMAINS: list[tuple[str, ...]] = [
    ("quiet", "room", "counselling"), ("harbourlight", "therapy"), ("tamarind", "therapy"),
    ("willowbank", "counselling"), ("clearwater", "behavioral"), ("lantern", "clinic"), ("fernhill", "family"),
    ("oakleaf", "psychology"), ("stillwater", "counselling"), ("brightside", "wellbeing"), ("kindle", "street"),
]
ORG_DOMAINS: list[tuple[str, ...]] = [
    ("brightwater", "families"), ("kindling", "circle"), ("second", "wind", "support"), ("grief", "lantern"),
    ("the", "carers", "kitchen"), ("open", "door", "peer", "support"), ("mothers", "on", "the", "mend"),
    ("northside", "recovery"), ("safe", "harbour", "network"), ("little", "steps", "parents"),
]
TLDS: dict[str, list[str]] = {
    "UK": ["co.uk", "org.uk", "org", "com", "uk"], "IE": ["ie", "com", "org"],
    "US": ["com", "org", "net", "us"], "CA": ["ca", "com", "org"],
}
URL_PATHS: list[str] = [
    "support", "groups", "book", "contact", "resources", "family", "referral", "events", "forms", "login",
    "parents", "wellbeing",
]
HANDLE_WORDS: list[str] = [
    "sunny", "moon", "wild", "blue", "little", "queen", "king", "gym", "bakes", "art", "paws", "wolf", "star",
    "chaos", "coffee", "dreamer", "vibes", "rose", "fox", "ink",
]

# --- hard negatives ---------------------------------------------------------------------------------------------

COUNTRIES: list[str] = [
    "Poland", "Nigeria", "Spain", "Jamaica", "Pakistan", "India", "Portugal", "Greece", "Mexico", "the Philippines",
    "Vietnam", "Ghana", "Romania", "Lithuania", "Turkey", "Chile", "Jordan", "Kenya", "Brazil", "Italy", "Germany",
    "Australia", "Scotland", "Wales", "Canada", "Morocco", "Thailand", "Zimbabwe",
]
STATES: list[str] = [
    "Ohio", "Texas", "Florida", "Georgia", "Virginia", "Arizona", "Oregon", "Michigan", "Nevada", "Kentucky",
    "Tennessee", "Colorado", "Maine", "Montana",
]
PROVINCES: list[str] = ["Ontario", "Alberta", "Manitoba", "Nova Scotia", "Quebec", "British Columbia"]
NATIONALITIES: list[str] = [
    "Polish", "Nigerian", "Irish", "Scottish", "Welsh", "Jamaican", "Ghanaian", "Italian", "Greek", "Filipino",
    "Turkish", "Mexican", "Punjabi", "Somali", "Vietnamese", "Romanian",
]
PUBLIC_FIGURES: list[str] = [
    "Beyoncé", "Taylor Swift", "Brené Brown", "Oprah", "Adele", "Michelle Obama", "David Attenborough",
    "Marcus Rashford", "Serena Williams", "Lady Gaga", "Dolly Parton", "Simone Biles", "Gordon Ramsay",
    "Bruce Springsteen", "Eckhart Tolle", "Mel Robbins", "Shakespeare", "Freud", "Jung", "Joe Wicks",
]
FICTIONAL: list[str] = [
    "Peppa Pig", "Bluey", "Harry Potter", "Elsa", "Spider-Man", "Sonic", "Mario", "Paddington", "Winnie the Pooh",
    "Eeyore", "Bart Simpson", "Shrek", "Sherlock", "Hermione", "Buzz Lightyear",
]
BRANDS: list[str] = [
    "Netflix", "Spotify", "Zoom", "WhatsApp", "TikTok", "Google", "Amazon", "Uber", "Deliveroo", "Tesco", "Aldi",
    "Lidl", "Walmart", "Target", "Costco", "Starbucks", "Greggs", "Primark", "Ikea", "Xbox", "PlayStation", "Fitbit",
    "Kindle", "iPhone", "Lego", "Headspace",
]
NAMED_BRANDS: list[str] = [
    "Dr Pepper", "Mr Kipling", "Ben and Jerry's", "Jack Daniels", "Tim Hortons", "Uncle Ben's", "McDonald's",
    "Wendy's", "Sainsbury's", "Marks and Spencer", "Captain Morgan", "Johnnie Walker", "Baileys", "Papa John's",
    "Mr Muscle", "a Mars bar", "Jim Beam", "Ronseal",
]
MEDICATIONS: list[str] = [
    "sertraline", "fluoxetine", "citalopram", "escitalopram", "mirtazapine", "venlafaxine", "duloxetine",
    "quetiapine", "olanzapine", "aripiprazole", "lithium", "lamotrigine", "propranolol", "pregabalin", "zopiclone",
    "diazepam", "lorazepam", "melatonin", "methylphenidate", "Concerta", "Adderall", "Xanax", "Valium", "Prozac",
    "Zoloft", "Wellbutrin", "Lexapro", "Ritalin", "Seroquel",
]
DOSES_MG: list[int] = [5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150, 200, 225, 300]
QUESTIONNAIRES: list[tuple[str, int]] = [
    ("PHQ nine", 27), ("GAD seven", 21), ("CORE ten", 40), ("PCL five", 80), ("EPDS", 30), ("AUDIT", 40),
    ("Beck", 63), ("ORS", 40),
]
THERAPY_MODELS: list[str] = [
    "CBT", "DBT", "ACT", "EMDR", "internal family systems", "schema therapy", "the Gottman method",
    "compassion focused therapy", "motivational interviewing", "narrative therapy", "mentalisation",
    "psychodynamic work", "person centred counselling", "the Socratic method", "Maslow's hierarchy",
    "the Karpman triangle",
]
EPONYMOUS: list[str] = [
    "Parkinson's", "Alzheimer's", "Crohn's", "Hashimoto's", "Asperger's", "Tourette's", "Huntington's",
    "Addison's", "Raynaud's", "Bell's palsy",
]
NAME_IDIOMS: list[str] = [
    "a proper Jekyll and Hyde", "Murphy's law", "a bit of a Romeo", "Peter Pan syndrome",
    "robbing Peter to pay Paul", "a doubting Thomas", "keeping up with the Joneses", "Bob's your uncle",
    "a good Samaritan", "no Einstein", "a nosy parker", "a right Debbie Downer", "sod's law", "a smart Alec",
    "every Tom, Dick and Harry", "a jack of all trades", "Mother Nature", "Father Christmas", "a real Scrooge",
]
PLACE_FOODS: list[str] = [
    "Yorkshire pudding", "Cornish pasty", "Brussels sprouts", "Bakewell tart", "Victoria sponge", "Swiss roll",
    "buffalo wings", "Cheddar", "Eccles cakes", "Bombay mix", "Danish pastries", "Turkish delight", "Scotch eggs",
    "beef Wellington", "Boston cream donuts", "Chelsea buns", "Irish stew", "Black Forest gateau",
]
ROAD_IDIOMS: list[str] = [
    "down the road", "the end of the road", "easy street", "the high street", "up north", "down south",
    "the middle of nowhere", "the road to recovery", "a trip down memory lane", "on the street", "main street",
    "across the road", "off the beaten track",
]
HOLIDAYS: list[str] = [
    "Christmas", "Easter", "Eid", "Diwali", "Thanksgiving", "New Year's Eve", "Mother's Day", "Father's Day",
    "Halloween", "bonfire night", "Valentine's Day", "Hanukkah", "Saint Patrick's Day", "Boxing Day",
]
SUPERMARKETS: dict[str, list[str]] = {
    "UK": ["Tesco", "Aldi", "Lidl", "Asda", "Sainsbury's", "Morrisons", "the Co-op"],
    "IE": ["Tesco", "Dunnes", "Aldi", "Lidl", "SuperValu"],
    "US": ["Walmart", "Target", "Costco", "Kroger", "Trader Joe's"],
    "CA": ["Walmart", "Costco", "Loblaws", "Sobeys", "No Frills"],
}
WEEKDAYS: list[str] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS: list[str] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]
