"""Hand-written word lists for hold-out set 6 (no packaged or downloaded lists).

Every name, place, street and facility here was typed by hand for this set. They are ordinary-looking,
invented combinations; any match with a real person is chance. Facilities and streets mix invented and
well-known public ones, since clients do name the big hospital or the main road.
"""

LOCALES = ["IE", "GB-LON", "GB-NTH", "CA-QC", "CA-ON", "SG", "PH", "NG", "KE", "JM", "US-NE", "US-W"]

# First names: mixed genders; several are ordinary English words ("Blessing", "Sunday", "Hope", "River").
FIRST = {
    "IE": ["Niamh", "Aoife", "Caoimhe", "Siobhan", "Oisin", "Cian", "Darragh", "Saoirse", "Ciara", "Padraig",
           "Eimear", "Ronan", "Sinead", "Declan", "Grainne", "Tadhg", "Orla", "Fionn", "Dawn", "Frank", "Rose",
           "Bridget", "Jamie", "Shauna", "Dermot", "Mairead"],
    "GB-LON": ["Amara", "Tyrese", "Priya", "Kwame", "Zainab", "Callum", "Ellie", "Dev", "Shanice", "Marcus",
               "Yusuf", "Chantelle", "Tomasz", "Ayesha", "Kemi", "Reece", "Fatima", "Jordan", "Precious", "Arjun",
               "Hope", "Leon", "Nadia", "Ola", "Bea"],
    "GB-NTH": ["Kayleigh", "Jack", "Liam", "Bethany", "Imran", "Saima", "Connor", "Jade", "Gary", "Tracey",
               "Bilal", "Courtney", "Ryan", "Nasreen", "Dean", "Stacey", "Aaliyah", "Lewis", "Sandra", "Mo",
               "Bill", "Joy", "Harvey", "Ruby", "Kieran"],
    "CA-QC": ["Maxime", "Élodie", "Jean-Philippe", "Geneviève", "Mathieu", "Rosalie", "Karim", "Nadège", "Samuel",
              "Ophélie", "Étienne", "Amina", "Félix", "Chloé", "Marc-André", "Josée", "Wilner", "Myriam",
              "Gabrielle", "Sylvain", "Yasmine", "Jérémie", "Lou", "Émile"],
    "CA-ON": ["Aiden", "Harpreet", "Gurjit", "Mackenzie", "Tariq", "Olivia", "Jaspreet", "Brayden", "Kaitlyn",
              "Sanjay", "Destiny", "Ahmed", "Taylor", "Brooke", "Nathaniel", "Chidi", "Hunter", "Raina", "Owen",
              "Meera", "Sky", "Dylan", "Navdeep", "Wren"],
    "SG": ["Wei Ling", "Jun Jie", "Hui Min", "Darren", "Nur Aisyah", "Muhammad Hafiz", "Priya", "Karthik",
           "Shu Fen", "Xin Yi", "Bryan", "Siti", "Rajesh", "Jia Hui", "Zhi Hao", "Farah", "Kumar", "Sherlyn",
           "Ming", "Aloysius", "Irfan", "Mei"],
    "PH": ["Jhon Rey", "Princess", "Angel", "Mark Anthony", "Lovely", "Kristine", "Jerome", "Maricel", "Rhea",
           "Bong", "Honey", "Jun-Jun", "Joy", "Rowena", "Carlo", "Liezl", "Marvin", "Precious", "Arnel",
           "Mylene", "Dindo", "Cherry", "Paolo", "Baby"],
    "NG": ["Chinedu", "Ngozi", "Oluwaseun", "Temitope", "Blessing", "Godswill", "Aisha", "Ibrahim", "Funmilayo",
           "Emeka", "Sunday", "Favour", "Goodluck", "Patience", "Tunde", "Kemi", "Adaeze", "Musa", "Yetunde",
           "Gift", "Chiamaka", "Obinna", "Halima", "Femi"],
    "KE": ["Wanjiru", "Otieno", "Achieng", "Kipchoge", "Njeri", "Mwangi", "Faith", "Mercy", "Memory", "Brian",
           "Wafula", "Akinyi", "Chebet", "Kamau", "Auma", "Ian", "Moraa", "Nyambura", "Hope", "Charity",
           "Kiprono", "Wairimu", "Baraka", "Zawadi"],
    "JM": ["Shanique", "Tajay", "Kemar", "Shelly-Ann", "Rohan", "Tashana", "Dwayne", "Nordia", "Odane", "Jhenelle",
           "Garfield", "Shackera", "Romaine", "Kerry-Ann", "Damion", "Trudy-Ann", "Andre", "Sasha-Gaye", "Delroy",
           "Precious", "Everton", "Latoya", "Junior", "Sanya"],
    "US-NE": ["Brendan", "Kaitlyn", "Xiomara", "DeShawn", "Bridget", "Marisol", "Tyler", "Nguyen Anh", "Colleen",
              "Jamal", "Esperanza", "Sean", "Yolanda", "Mike", "Dominique", "Keisha", "Aidan", "Luz", "Rocco",
              "Tiffany", "Will", "Summer", "Shaniqua", "Eamon"],
    "US-W": ["River", "Dakota", "Guadalupe", "Jaxon", "Makana", "Leilani", "Trinh", "Hunter", "Skyler", "Alejandro",
             "Kiana", "Marisa", "Bao", "Cody", "Ximena", "Autumn", "Wyatt", "Noelani", "Reza", "Sunny", "Journey",
             "Tate", "Yesenia", "Koa"],
}

LAST = {
    "IE": ["Ni Bhriain", "O'Sullivan", "Mac Giolla Phadraig", "Brennan", "Kavanagh", "Fitzgerald", "Dunne",
           "Ó Murchú", "Cullinane", "Moriarty", "Hegarty", "Mulcahy", "Doherty", "Keogh", "Power", "Bird",
           "Greene", "Nolan", "Costigan", "Furlong"],
    "GB-LON": ["Mensah", "Okafor", "Patel", "Begum", "Kowalski", "Osei", "Hussain", "Campbell", "Adeyemi", "Shah",
               "Nowak", "Baptiste", "Rahman", "Wood", "Fairweather", "Achterberg", "Oyelaran", "Kaur", "Hope"],
    "GB-NTH": ["Hargreaves", "Sutcliffe", "Akhtar", "Butterworth", "Ramsbottom", "Iqbal", "Pickles", "Holroyd",
               "Mahmood", "Fletcher", "Lord", "Bottomley", "Ackroyd", "Shaw", "Whitworth", "Baker", "Kershaw",
               "Haworth", "Swallow"],
    "CA-QC": ["Tremblay", "Gagnon", "Bouchard", "Pierre-Louis", "Côté", "Lévesque", "Nguyen", "Benali", "Bélanger",
              "Ouellet", "Joseph", "Desrosiers", "Lapointe", "Paquette", "Haddad", "St-Onge", "Fortin", "Lachance"],
    "CA-ON": ["Sandhu", "MacDonald", "Grewal", "Wilson", "Okonkwo", "Chen", "Van der Berg", "Dhillon", "Fraser",
              "Ahmadi", "Gill", "Kowalczyk", "Thompson", "Bains", "Ramsaroop", "Young", "Singh", "McKinnon"],
    "SG": ["Tan", "Lim", "Ng", "Goh", "Teo", "bin Rahman", "Ramasamy", "Chua", "Koh", "binte Ismail", "Pillai",
           "Ong", "Sim", "Chin", "Lee", "Subramaniam", "Yeo", "Loh"],
    "PH": ["Dela Cruz", "Reyes", "Santos", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan", "Pascual",
           "Manalo", "Cruz", "Ocampo", "Magbanua", "Soriano", "Tolentino", "Dizon", "Aquino", "Lacson", "Panganiban"],
    "NG": ["Okonkwo", "Adeyemi", "Bello", "Eze", "Olawale", "Nwosu", "Abubakar", "Okoro", "Balogun", "Ogunleye",
           "Uche", "Danjuma", "Afolabi", "Ibekwe", "Yusuf", "Oyebanji", "Chukwu", "Adekunle"],
    "KE": ["Kamau", "Otieno", "Wanjiku", "Kiptoo", "Ochieng", "Mutua", "Njoroge", "Wekesa", "Kariuki", "Onyango",
           "Chepkemoi", "Mwangi", "Odhiambo", "Kimani", "Nyaga", "Barasa", "Rotich", "Omondi"],
    "JM": ["Campbell", "Brown", "Williams", "McKenzie", "Reid", "Grant", "Thompson", "Francis", "Blake", "Clarke",
           "Wright", "Hinds", "Gayle", "Morgan", "Bailey", "Lindo", "Samuels", "Powell"],
    "US-NE": ["Sullivan", "Rodriguez", "Kowalski", "DiNapoli", "Washington", "Nguyen", "Feldman", "O'Brien",
              "Pereira", "Santiago", "Goldberg", "Murphy", "Jackson", "Castellano", "Brooks", "Rivera", "Lombardi",
              "Fox"],
    "US-W": ["Hernandez", "Kealoha", "Tran", "Begay", "Whitehorse", "Nakamura", "Gutierrez", "Yazzie", "Petersen",
             "Ramirez", "Kahananui", "Delgado", "Okada", "Lopez", "Stone", "Rivers", "Nguyen", "Hale"],
}

# ASR misspellings of first names (canonical -> what Whisper wrote).
MISHEARD = {
    "Niamh": "Neeve", "Aoife": "Eefa", "Caoimhe": "Keeva", "Siobhan": "Shivawn", "Saoirse": "Sersha",
    "Tadhg": "Tiger", "Grainne": "Grawnya", "Sinead": "Shinade", "Padraig": "Pawdrig", "Eimear": "Eemer",
    "Oluwaseun": "Oluwa Seun", "Temitope": "Temi Tope", "Chinedu": "Chinaydu", "Funmilayo": "Funmi Layo",
    "Xiomara": "See Omara", "Guadalupe": "Guadaloupe", "Wanjiru": "Wanjeeru", "Achieng": "Achien",
    "Nyambura": "Nyam Bura", "Geneviève": "Genevieve", "Élodie": "Elodie", "Jérémie": "Jeremy",
    "Shanique": "Shaneek", "Tajay": "T Jay", "Jhenelle": "Janelle", "Harpreet": "Harpreat", "Makana": "McCana",
    "Leilani": "Lay Lani", "Noelani": "Noel Ani", "Kiprono": "Kip Rono", "Jhon Rey": "John Ray", "Liezl": "Lisel",
    "Xin Yi": "Shin Yee", "Zhi Hao": "Jee How", "Trinh": "Chin", "Ximena": "He Mena", "Dindo": "Dino",
}

NICKNAMES = ["Bunso", "Kuya Jun", "Ate Len", "Tito Boy", "Lolo Ben", "Nana Kezia", "Auntie Folake", "Uncle Segun",
             "Mama Njeri", "Cucu Wambui", "Granny Pearl", "Miss Ivy", "Nan Bernie", "Gran Moira", "Our Kelly",
             "Big Mike", "Lil Tay", "Tata Ahmed", "Mémère Lise", "Ah Ma", "Ah Gong", "Pops", "Tito Ramon",
             "Mamadou the younger", "Baba Tunde", "Nonna Rosa", "Abuela Chela", "Tutu Malia", "Aunty Bev"]

TITLES = ["Dr", "Mrs", "Mr", "Ms", "Miss", "Pastor", "Father", "Sister", "Sergeant", "Officer", "Imam", "Rabbi",
          "Coach", "Professor", "Auntie", "Uncle", "Chief", "Deaconess", "Tita", "Lola", "Corporal", "Bishop"]

# Places: towns and cities; neighbourhoods, estates, barangays; counties, regions, parishes.
TOWNS = {
    "IE": ["Ballinasloe", "Portlaoise", "Mullingar", "Ennis", "Tralee", "Cavan", "Dundalk", "Navan",
           "Clonakilty", "Castlebar", "Carrick-on-Shannon", "Athy", "Gorey", "Letterkenny"],
    "GB-LON": ["Croydon", "Walthamstow", "Peckham", "Harrow", "Ilford", "Lewisham", "Tottenham", "Southall",
               "Brixton", "Barking", "Wembley", "Stratford"],
    "GB-NTH": ["Huddersfield", "Rochdale", "Batley", "Dewsbury", "Oldham", "Hebden Bridge", "Blackburn", "Keighley",
               "Wigan", "Todmorden", "Morecambe", "Bury", "Halifax", "Barnsley"],
    "CA-QC": ["Longueuil", "Trois-Rivières", "Saint-Jérôme", "Laval", "Rimouski", "Drummondville", "Gatineau",
              "Sherbrooke", "Saguenay", "Terrebonne", "Saint-Hyacinthe", "Repentigny"],
    "CA-ON": ["Brampton", "Mississauga", "Sudbury", "Thunder Bay", "Kitchener", "Oshawa", "Barrie", "Peterborough",
              "Sault Ste. Marie", "Cornwall", "Timmins", "Guelph"],
    "SG": ["Woodlands", "Tampines", "Jurong West", "Ang Mo Kio", "Bukit Batok", "Sengkang", "Punggol", "Yishun",
           "Toa Payoh", "Pasir Ris", "Bedok", "Choa Chu Kang"],
    "PH": ["Marikina", "Tacloban", "Iloilo City", "Cabanatuan", "Dumaguete", "Antipolo", "Calamba", "Bacolod",
           "Tuguegarao", "San Fernando", "Malolos", "General Santos"],
    "NG": ["Ibadan", "Enugu", "Onitsha", "Abeokuta", "Ilorin", "Kaduna", "Owerri", "Port Harcourt", "Ogbomosho",
           "Jos", "Benin City", "Ikorodu", "Nsukka", "Ado-Ekiti"],
    "KE": ["Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Nyeri", "Kakamega", "Kitale", "Naivasha", "Meru",
           "Malindi", "Kericho", "Embu"],
    "JM": ["Spanish Town", "May Pen", "Mandeville", "Montego Bay", "Ocho Rios", "Savanna-la-Mar", "Port Antonio",
           "Linstead", "Old Harbour", "Black River", "Falmouth", "Morant Bay"],
    "US-NE": ["Worcester", "Lowell", "Paterson", "Yonkers", "New Haven", "Pawtucket", "Scranton", "Bangor",
              "Burlington", "Springfield", "Fall River", "Utica", "Schenectady"],
    "US-W": ["Fresno", "Bakersfield", "Spokane", "Salem", "Eugene", "Boise", "Hilo", "Modesto", "Tacoma",
             "Flagstaff", "Gallup", "Stockton", "Reno", "Yakima"],
}

HOODS = {
    "IE": ["Tallaght", "Ballymun", "Finglas", "Knocknaheeny", "Moyross", "Clondalkin", "Darndale", "Ballyfermot",
           "Mayfield", "Southill", "Cherry Orchard", "Togher"],
    "GB-LON": ["Broadwater Farm", "the Aylesbury estate", "Thamesmead", "Kilburn", "Stonebridge", "Deptford",
               "Edmonton Green", "Hackney Wick", "Gospel Oak", "Canning Town", "Poplar"],
    "GB-NTH": ["Moss Side", "Harehills", "Seacroft", "Wythenshawe", "Chapeltown", "Longsight", "Gipton",
               "Beeston", "Manningham", "Collyhurst", "Belle Isle", "Chorlton"],
    "CA-QC": ["Hochelaga", "Montréal-Nord", "Saint-Michel", "Verdun", "Parc-Extension", "Côte-des-Neiges",
              "Limoilou", "Pointe-Saint-Charles", "Rosemont", "Villeray", "Ahuntsic", "Saint-Henri"],
    "CA-ON": ["Jane and Finch", "Regent Park", "Malvern", "Rexdale", "Vanier", "Flemingdon Park", "Lawrence Heights",
              "Parkdale", "Thorncliffe Park", "Dundas West", "Scarborough Village"],
    "SG": ["Marsiling", "Boon Lay", "Geylang Bahru", "Kampong Ubi", "Bukit Merah", "Chai Chee", "Telok Blangah",
           "Kallang Bahru", "MacPherson", "Hougang", "Teck Ghee"],
    "PH": ["Barangay Malanday", "Barangay San Isidro", "Barangay Commonwealth", "Payatas", "Barangay Holy Spirit",
           "Tondo", "Barangay Bagong Silang", "Barangay Pinagbuhatan", "Sitio Bato", "Barangay Lahug",
           "Barangay Poblacion"],
    "NG": ["Ajegunle", "Mushin", "Agege", "Surulere", "Bodija", "Gwarinpa", "Rumuokoro", "Ogbaku", "Ketu",
           "Ojuelegba", "Ikeja GRA", "Trans-Amadi"],
    "KE": ["Kibera", "Mathare", "Kawangware", "Githurai 45", "Kayole", "Umoja", "Kariobangi", "Rongai",
           "Kangemi", "Huruma", "Mlolongo", "Pipeline"],
    "JM": ["August Town", "Tivoli Gardens", "Waterhouse", "Greenwich Town", "Portmore", "Mountain View",
           "Grants Pen", "Duhaney Park", "Olympic Gardens", "Seaview Gardens", "Hellshire"],
    "US-NE": ["Dorchester", "Mattapan", "the South Bronx", "Kensington", "Fishtown", "Washington Heights",
              "Fair Haven", "Brownsville", "Jamaica Plain", "Olneyville", "Southie"],
    "US-W": ["Boyle Heights", "the Tenderloin", "Rainier Valley", "Kalihi", "Barrio Logan", "Lents", "Maryvale",
             "White Center", "Fruitvale", "East Palo Alto", "Waianae"],
}

REGIONS = {
    "IE": ["County Leitrim", "County Offaly", "Connemara", "the Burren", "County Donegal", "West Cork", "Co. Mayo",
           "the Midlands", "County Wexford"],
    "GB-LON": ["Essex", "Kent", "Hertfordshire", "Surrey", "south east London", "the Medway towns"],
    "GB-NTH": ["Calderdale", "Kirklees", "West Yorkshire", "Greater Manchester", "Lancashire", "Teesside",
               "the Fylde", "Tameside"],
    "CA-QC": ["the Gaspé", "Abitibi", "Lanaudière", "the Eastern Townships", "Saguenay–Lac-Saint-Jean", "Outaouais",
              "the Laurentides"],
    "CA-ON": ["Peel Region", "Durham Region", "Muskoka", "Simcoe County", "Northern Ontario", "Haliburton",
              "Essex County"],
    "SG": ["the East Coast", "the northeast", "Jurong", "the CBD"],
    "PH": ["Samar", "Pampanga", "Batangas", "Benguet", "Leyte", "Bukidnon", "Camarines Sur", "Nueva Ecija",
           "Cotabato"],
    "NG": ["Ogun State", "Kwara", "Anambra", "Imo", "Benue", "Ekiti State", "Kogi", "Plateau", "Delta State"],
    "KE": ["Kiambu County", "Kakamega County", "Turkana", "Nyandarua", "Bungoma", "Kisii", "Murang'a",
           "Machakos County", "Uasin Gishu"],
    "JM": ["St Catherine", "Clarendon", "St Elizabeth", "Westmoreland", "Trelawny", "St Thomas", "Manchester parish",
           "St Ann"],
    "US-NE": ["Hampden County", "Westchester", "the Berkshires", "Cape Cod", "Bucks County", "Aroostook County",
              "the Poconos", "Hudson County"],
    "US-W": ["the Central Valley", "Kern County", "the Inland Empire", "Maui", "the Big Island", "Navajo Nation",
             "Yakima Valley", "Marin County", "the Olympic Peninsula"],
}

STREETS = {
    "IE": ["Kilmore Avenue", "Tolka Road", "Ashgrove Terrace", "Castle Street", "Fairgreen Road", "Bóthar na Trá",
           "Lios na Mara", "Meadowbrook Lawn", "Cois Abhann", "Oliver Plunkett Street", "Glenview Park"],
    "GB-LON": ["Coldharbour Lane", "Rye Lane", "Lordship Lane", "Kingsland Road", "Tulse Hill", "Mare Street",
               "Green Lanes", "Chalk Farm Road", "Commercial Road", "Woolwich Road"],
    "GB-NTH": ["Oxford Road", "Roundhay Road", "Ladybarn Lane", "Dewsbury Road", "Cheetham Hill Road", "Marsh Lane",
               "Stanningley Road", "Moorside Close", "Ribble Street", "Wakefield Road"],
    "CA-QC": ["rue Ontario Est", "boulevard Saint-Laurent", "rue Jarry", "avenue du Mont-Royal", "rue Beaubien",
              "chemin de la Côte-Sainte-Catherine", "boulevard Pie-IX", "rue Fleury Ouest", "rue de la Montagne"],
    "CA-ON": ["Jane Street", "Finch Avenue West", "Dundas Street", "Queen Street East", "Kipling Avenue",
              "Eglinton Avenue", "Lakeshore Road", "Bramalea Road", "Hurontario Street", "Sherbourne Street"],
    "SG": ["Ang Mo Kio Avenue 10", "Tampines Street 81", "Jurong West Street 52", "Yishun Ring Road",
           "Marsiling Drive", "Bedok North Avenue 3", "Toa Payoh Lorong 4", "Sengkang East Way", "Punggol Field"],
    "PH": ["Rizal Street", "Mabini Street", "Aurora Boulevard", "Katipunan Avenue", "General Luna Street",
           "Magsaysay Avenue", "Bonifacio Street", "Quezon Avenue", "Sampaguita Street", "Ilang-Ilang Street"],
    "NG": ["Allen Avenue", "Ikorodu Road", "Adeniran Ogunsanya Street", "Awolowo Way", "Ogui Road", "Aba Road",
           "Herbert Macaulay Way", "Ring Road", "Adeola Odeku Street", "Agbani Road"],
    "KE": ["Ngong Road", "Jogoo Road", "Moi Avenue", "Kenyatta Avenue", "Thika Road", "Oginga Odinga Street",
           "Langata Road", "Outering Road", "Kimathi Street", "Ronald Ngala Street"],
    "JM": ["Spanish Town Road", "Molynes Road", "Hope Road", "Constant Spring Road", "Barbican Road",
           "Mountain View Avenue", "Red Hills Road", "Windward Road", "Hagley Park Road", "Maxfield Avenue"],
    "US-NE": ["Blue Hill Avenue", "Grand Concourse", "Dorchester Avenue", "Frankford Avenue", "Elm Street",
              "Chestnut Street", "Broad Street", "Washington Street", "Maple Avenue", "Columbus Avenue"],
    "US-W": ["Whittier Boulevard", "Rainier Avenue South", "International Boulevard", "Cesar Chavez Avenue",
             "Kamehameha Highway", "Sandy Boulevard", "Division Street", "Mission Street", "Camelback Road",
             "Foothill Boulevard"],
}

# Facilities said by clients: workplaces, schools, churches, clinics, shelters, shops.
FACILITIES = {
    "IE": ["St. Luke's Hospital", "Scoil Mhuire", "Coláiste Bríde", "Cuan Alainn", "the Cedar House hostel",
           "Midland Regional Hospital", "Holy Family Parish", "Ballinasloe Mart", "Mulcahy's hardware",
           "Knockmore Community Centre", "the Rotunda", "Kerins meat plant", "Gael Scoil Eoin"],
    "GB-LON": ["King's College Hospital", "Kingsdale Academy", "the Maudsley", "Peckham Rye Mosque",
               "Brixton Recovery Hub", "Hollybush Women's Refuge", "St Giles Trust office",
               "Ebenezer Pentecostal Church",
               "Tottenham Hale Day Centre", "the Whittington", "Harris Academy Morden", "Lewisham Foodbank"],
    "GB-NTH": ["Leeds General Infirmary", "Manchester Royal", "Fir Tree Primary", "Bradford Central Mosque",
               "Ashworth Hospital", "St Anne's Shelter", "Hargreaves Mill", "Kirkgate Market", "Calderdale Royal",
               "Oldham Sixth Form", "Wythenshawe Hospital", "Holroyd's bakery"],
    "CA-QC": ["CLSC Hochelaga", "Hôpital Sainte-Justine", "Cégep du Vieux Montréal", "Maison du Père",
              "l'Église Saint-Jean-Baptiste", "Polyvalente Henri-Bourassa", "Carrefour Jeunesse-Emploi",
              "Dépanneur Chez Ti-Jean", "CHSLD Vigi", "Hôpital Douglas", "Mission Old Brewery"],
    "CA-ON": ["Sunnybrook", "CAMH", "Humber River Hospital", "Westview Centennial Secondary",
              "Gurdwara Sahib Malton", "Covenant House", "Sault Area Hospital",
              "Sandhu Trucking", "Seaton House", "St. Michael's", "Brampton Civic"],
    "SG": ["Khoo Teck Puat Hospital", "IMH", "Woodgrove Secondary", "Masjid Sultan", "Kong Meng San temple",
           "Jurong Point", "Tan Tock Seng", "New Hope shelter", "Changi General", "Ngee Ann Poly",
           "Sree Narayana Mission"],
    "PH": ["East Avenue Medical Center", "PGH", "San Isidro Elementary School", "Iglesia ni Cristo chapel",
           "Quiapo Church", "Amang Rodriguez hospital", "Bahay Kalinga shelter", "Marikina Science High",
           "Tindahan ni Aling Nena", "Marikina Heights High School", "Vicente Sotto Memorial"],
    "NG": ["LUTH", "UCH Ibadan", "Federal Neuropsychiatric Hospital Yaba", "Queen's College",
           "RCCG Throne of Grace parish", "Redeemed camp", "Mama Cass canteen", "Balogun market",
           "Aro hospital", "Kings College Lagos",
           "Living Faith Church Ikorodu"],
    "KE": ["Kenyatta National Hospital", "Mathari hospital", "Moi Girls Eldoret", "Jamia Mosque",
           "Kibera Slum Education Centre", "Gikomba market", "Mater hospital", "Alliance High School",
           "St. Teresa's Catholic Church", "Thika Level 5 Hospital", "Chiromo Lane"],
    "JM": ["Bellevue Hospital", "UHWI", "Kingston Public Hospital", "Jamaica College", "Holy Trinity Cathedral",
           "Coronation Market", "St Jago High", "Cornwall Regional", "Mustard Seed Communities",
           "Half Way Tree Transport Centre", "Boys' Town"],
    "US-NE": ["Boston Medical Center", "McLean", "Bellevue", "Our Lady of Good Voyage", "Pine Street Inn",
              "Madison Park High", "Lowell General", "Lynn Shelter", "Yale New Haven", "Faxon Mills",
              "Temple Beth Shalom"],
    "US-W": ["Harborview", "LAC+USC", "Queen's Medical Center", "Roosevelt High", "Our Lady of Guadalupe parish",
             "Union Gospel Mission", "Fresno Pacific", "Joint Base Lewis-McChord", "Lents Community Garden",
             "Navajo Technical University", "Central City Concern"],
}

EMAIL_DOMAINS = {
    "IE": ["gmail.com", "eircom.net", "hotmail.ie", "hse.ie", "icloud.com", "tcd.ie", "yahoo.ie"],
    "GB-LON": ["gmail.com", "hotmail.co.uk", "btinternet.com", "nhs.net", "outlook.com", "kcl.ac.uk"],
    "GB-NTH": ["gmail.com", "yahoo.co.uk", "sky.com", "talktalk.net", "leeds.ac.uk", "nhs.net"],
    "CA-QC": ["videotron.ca", "gmail.com", "hotmail.ca", "umontreal.ca", "outlook.com", "sympatico.ca"],
    "CA-ON": ["rogers.com", "gmail.com", "yahoo.ca", "utoronto.ca", "bell.net", "outlook.com"],
    "SG": ["gmail.com", "singnet.com.sg", "hotmail.com", "u.nus.edu", "yahoo.com.sg"],
    "PH": ["gmail.com", "yahoo.com.ph", "ymail.com", "up.edu.ph", "outlook.ph"],
    "NG": ["gmail.com", "yahoo.com", "unilag.edu.ng", "outlook.com", "ymail.com"],
    "KE": ["gmail.com", "yahoo.com", "uonbi.ac.ke", "students.ku.ac.ke", "safaricom.co.ke"],
    "JM": ["gmail.com", "yahoo.com", "uwimona.edu.jm", "hotmail.com", "cwjamaica.com"],
    "US-NE": ["gmail.com", "verizon.net", "comcast.net", "bu.edu", "aol.com", "optonline.net"],
    "US-W": ["gmail.com", "yahoo.com", "sbcglobal.net", "uw.edu", "hawaii.rr.com", "icloud.com"],
}

SUFFIX = {"IE": ".ie", "GB-LON": ".co.uk", "GB-NTH": ".org.uk", "CA-QC": ".ca", "CA-ON": ".ca", "SG": ".sg",
          "PH": ".ph", "NG": ".com.ng", "KE": ".co.ke", "JM": ".com.jm", "US-NE": ".org", "US-W": ".com"}

# Words for invented site names ("harbourlight counselling", "kemi bakes").
SITE_WORDS = ["harbourlight", "tamarind", "bluebird", "lantern", "greenshoots", "riverstone", "kindred", "bamboo",
              "mustardseed", "saltmarsh", "northstar", "hummingbird", "ubuntu", "bayanihan", "sunflower", "pathway",
              "openroad", "seedling", "breakwater", "kalinaw"]
SITE_TAILS = ["counselling", "bakes", "fits", "support", "collective", "recovery", "clips", "gaming", "designs",
              "braids", "kitchen", "foundation", "hub", "prints", "sounds"]
SOCIAL = ["instagram.com", "tiktok.com", "facebook.com", "x.com", "youtube.com", "linktr.ee", "twitch.tv",
          "gofundme.com/f", "linkedin.com/in", "soundcloud.com"]

# Hard negatives: words and phrases that look like identifiers but are not labelled.
NEG_BRANDS = ["Tim Hortons", "Jollibee", "Greggs", "Penneys", "Safaricom", "Digicel", "Shoprite", "Grab",
              "Dr Pepper", "Mr Kipling", "Ben and Jerry's", "Jack Daniel's", "Uncle Ben's", "Netflix", "Ikea",
              "Red Rooster", "Tusker", "Red Stripe", "Milo", "Indomie", "Costco", "Dunkin'", "Tiger balm",
              "Mr Muscle", "Lady Gaga's new album", "Captain Morgan"]
NEG_PUBLIC = ["Taylor Swift", "Burna Boy", "Bob Marley", "Celine Dion", "Drake", "Michael D Higgins",
              "King Charles", "Obama", "Manny Pacquiao", "Eliud Kipchoge", "Usain Bolt", "Lewis Hamilton",
              "Beyoncé", "Wizkid", "Justin Trudeau", "Marcus Rashford", "Oprah", "Lee Kuan Yew"]
NEG_EPONYMS = ["Parkinson's", "Alzheimer's", "Crohn's", "Hashimoto's", "Tourette's", "Asperger's", "Bell's palsy",
               "Graves' disease", "Down syndrome", "Raynaud's", "Cushing's", "Huntington's"]
NEG_MODELS = ["CBT", "DBT", "EMDR", "the Gottman method", "the Maudsley approach", "Satir", "the Duluth model",
              "motivational interviewing", "ACT", "Bowen theory", "the Tree of Life exercise", "Narrative therapy"]
NEG_IDIOMS = ["Jekyll and Hyde", "Murphy's law", "Bob's your uncle", "a Romeo", "a doubting Thomas",
              "Peter Pan syndrome", "Nosy Parker", "keeping up with the Joneses", "a Good Samaritan",
              "Tom, Dick and Harry", "Johnny-come-lately", "a Karen", "Sod's law", "the real McCoy"]
NEG_WORDS = ["I felt blue", "will power", "mark my words", "I rose from the chair", "no hope left", "said grace",
             "no joy", "up till dawn", "to be frank", "a pat on the back", "a robin at the window",
             "a precious little thing", "a blessing in disguise", "patience wearing thin", "sunny spells",
             "a real gift", "I'm in a bind", "keep the faith", "mercy me", "summer holidays", "a bird in the hand",
             "the law is the law", "a baker's dozen", "shades of green", "a stone in my shoe", "honey in my tea",
             "a ruby wedding", "the king of the castle", "an angel of a nurse",
             "we'll cross that bridge", "high hopes", "good luck with that"]
NEG_ROLES = ["my GP", "the social worker", "my key worker", "the nurse", "my probation officer", "the interpreter",
             "the case manager", "my sponsor", "the chaplain", "the head teacher", "my line manager", "the CO",
             "the duty solicitor", "the pharmacist", "my tutor", "the barangay captain", "the landlord",
             "the caseworker", "my psychiatrist", "the guidance counsellor"]
NEG_PLACES_GENERIC = ["down the road", "the end of the road", "easy street", "the high street", "up north",
                      "the corner shop", "the chipper", "the sari-sari store", "the matatu stage", "the bodega",
                      "the hawker centre", "the back garden", "the chapel", "the yard", "the estate agent",
                      "the town hall", "the market", "the bush"]
NEG_FOODS = ["Yorkshire pudding", "a Cornish pasty", "Victoria sponge", "a Jamaican patty", "Hainanese chicken rice",
             "a Boston cream", "Peking duck", "Buffalo wings", "a Philly cheesesteak", "Brussels sprouts",
             "Irish stew", "Hawaiian pizza", "a Scotch egg", "Swiss roll"]
NEG_COUNTRIES = ["Ireland", "Nigeria", "Kenya", "Jamaica", "the Philippines", "Singapore", "Canada", "England",
                 "Syria", "Eritrea", "Afghanistan", "Ukraine", "Somalia", "Venezuela", "Congo", "Sudan",
                 "Ontario", "Quebec", "California", "Massachusetts", "Scotland", "Wales"]
NEG_NATIONALITIES = ["Irish", "Nigerian", "Kenyan", "Jamaican", "Filipino", "Singaporean", "Canadian", "Eritrean",
                     "Afghan", "Syrian", "Yoruba", "Igbo", "Kikuyu", "Luo", "Tagalog", "Cantonese", "Punjabi",
                     "Québécois", "Somali", "Polish"]
NEG_PETS = ["Biscuit", "Max", "Bella", "Oreo", "Peanut", "Simba", "Coco", "Shadow", "Tiger", "Whiskey"]
NEG_HOLIDAYS = ["Christmas", "Eid", "Diwali", "Easter", "Hallowe'en", "Thanksgiving", "Chinese New Year",
                "Paddy's Day", "Canada Day", "Emancipation Day", "Mashujaa Day", "Simbang Gabi", "Hari Raya",
                "Fourth of July", "Ramadan", "Pride month"]
NEG_MEDS = [("sertraline", 50, "mg"), ("mirtazapine", 15, "mg"), ("quetiapine", 25, "mg"), ("methadone", 60, "ml"),
            ("buprenorphine", 8, "mg"), ("lorazepam", 1, "mg"), ("fluoxetine", 20, "mg"), ("naltrexone", 50, "mg"),
            ("olanzapine", 10, "mg"), ("lithium", 400, "mg"), ("Valium", 5, "mg"), ("propranolol", 40, "mg")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
