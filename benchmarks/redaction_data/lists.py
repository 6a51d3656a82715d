"""Names, places and fillers for the generated redaction sets, written for them alone: privacy/ never reads this.

Three disjoint sets: TUNE (the only one rules were tuned on), DEV (run once mid-way, then only reported) and TEST
(written last and run only for the report in benchmarks/redaction.md).
"""

DEV = {
    "first": "Aaliyah Bartholomew Chiamaka Dmitri Eleanor Fergus Giulia Hamish Ifeoma Jovana Kenji Lucinda Mateo "
             "Niamh Oluwaseun Pavel Quentin Rosalind Siobhan Tariq Ulrike Valentina Wojciech Ximena Yusuf Zofia "
             "Anouk Bronwyn Cormac Dagny Emeka Florian Gwendolyn Hiroshi Isolde Jarrah Katarzyna Leopold Marisol "
             "Nkechi Orla Priyanka Ravindra Saoirse Thaddeus Ugo Vesna Wilhelmina Yevgenia Zainab Alasdair Beatrix "
             "Caoimhe Delphine Esperanza Fintan Gideon Henrietta Ingrid Jolene Kwame Lorcan Magdalena Nikolai "
             "Ottilie Perpetua Radhika Sven Tamsin Ursula Vikram Winifred Xavier Yolanda Zbigniew".split(),
    "last": "Abernathy Bhattacharya Castellanos Dziedzic Ekwueme Fairweather Gallagher Haraldsen Iwasaki "
            "Jablonski Kowalczyk Lindqvist Mbeki Nakamura Oyelaran Pemberton Quiroga Rasmussen Szymanski Thistlewood "
            "Umarov Vasquez-Ortega Whitcombe Yilmaz Zielinski Achterberg Bjornsson Cholmondeley Dunleavy Esposito "
            "Fitzgerald Gunawardena Hollingsworth Ilunga Jankowski Kaczmarek Lacroix Moriarty Nwachukwu O'Rourke "
            "Papadopoulos Quigley Rautenbach Sandoval Tremblay Urquhart Vanterpool Wetherby Xiong Yamamoto".split(),
    "city": "Aberystwyth|Bratislava|Chattanooga|Dunfermline|Eindhoven|Fort Lauderdale|Gateshead|Harrogate|"
            "Inverness|Jacksonville|Kalamazoo|Llandudno|Milton Keynes|Northampton|Oklahoma City|Peterborough|"
            "Scunthorpe|Tallahassee|Ulverston|Vancouver|Wolverhampton|Yellowknife|Albuquerque|Bournemouth|Cheltenham|"
            "Des Moines|Eastbourne|Folkestone|Grand Rapids|Huddersfield|Ipswich|Kilmarnock|Lowestoft|Middlesbrough|"
            "Sacramento|Spokane|Tucson|Worcester|Stoke-on-Trent|Poughkeepsie".split("|"),
    "region": "Cornwall|Vermont|Saskatchewan|County Kerry|Northumberland|Tasmania|Nebraska|Pembrokeshire|"
              "Bavaria|Andalusia|Ohio|the Scottish Borders|Yorkshire|Queensland|Montana|Galway".split("|"),
    "street": "Juniper|Marlborough|Sycamore|Kingfisher|Buttercup|Wellesley|Foxglove|Ravensworth|Cobblestone|"
              "Larkspur|Ashdown|Beechwood|Primrose|Thornbury|Willowbrook|Fenwick|Mulberry|Harcourt|Brambling|"
              "Ellesmere|Pinecrest|Ridgeway|Chestnut|Saxon|Clover".split("|"),
    "street_type": "Street|Road|Avenue|Lane|Drive|Close|Crescent|Way|Court|Terrace|Boulevard|Place|Gardens".split("|"),
    "facility": "St Bartholomew's Hospital|Riverside Medical Centre|Oakfield Primary School|Greenacre Academy|"
                "Whitmore Clinic|Holy Trinity Church|Kingsway Community Centre|"
                "Saint Jude's Infirmary|"
                "Brookside Secondary School|Marston Road Surgery|Hillcrest University|"
                "Meadowbank Prison|"
                "Lakeview Rehab Centre|Elmwood Care Home".split("|"),
    "domain": "gmail.com|outlook.com|yahoo.co.uk|hotmail.com|protonmail.com|icloud.com|btinternet.com|"
              "aol.com".split("|"),
    "site": "brightpathcounselling.org|mymoodjournal.com|thewellnesshub.net|recoveryroad.org.uk|calmcircle.io|"
            "griefnotes.com|sobersteps.org|familyfirst.co.uk".split("|"),
    "postcode": "LS6 2QT|BS8 1TH|M14 5RX|EH3 9DP|CF10 3AT|SW9 8JX|NE1 4LP|G12 8QQ".split("|"),
    "zip": "30301|60614|94110|02139|73301|98101|85004|10027".split("|"),
}

TUNE = {
    "first": "Abigail Benedict Cressida Desmond Evangeline Florence Gareth Hortense Ignatius Juniper Kasimir "
             "Leontyne Mortimer Nanette Octavia Percival Rowena Sebastian Theodora Ulysses Veronique Wendell "
             "Yasmin Zachariah Adebayo Bogdan Consuelo Dario Efua Faisal Grzegorz Hyun Imelda Joaquin Kofi "
             "Ludmila Mirela Naveen Olamide Pilar Rustam Sunita Tomasz Uchenna Vasilisa Wanjiru Yaroslav "
             "Zeynep".split(),
    "last": "Ashcroft Brzezinski Cartwright Delacroix Eriksen Featherstone Grimaldi Hargreaves Ivanova Jaramillo "
            "Kovalenko Lockwood Mensah Nightingale Okonjo Pankhurst Radcliffe Sokolowski Tennyson Underwood "
            "Valentino Warrington Yeboah Zamora Adeyemi Blackwood Cavanagh Donoghue Ellingham Farquharson".split(),
    "city": "Basingstoke|Carlisle|Dundee|Exeter|Galveston|Hartlepool|Kettering|Lancaster|Macclesfield|Norwich|"
            "Omaha|Plymouth|Rotherham|Shrewsbury|Swindon|Telford|Wakefield|Yeovil|Boise|Fresno|Halifax|Tulsa|"
            "Rotterdam|Ljubljana|Tampere|Bydgoszcz|Salt Lake City|Bury St Edmunds|Newcastle-under-Lyme|"
            "Chelmsford|"
            "Pensacola|Kirkcaldy|Wrexham|Saginaw|Tauranga|Ballarat|Gdansk|Lausanne|Aarhus|Winnipeg|Poznan|"
            "Malmo|Skegness|Llandudno|Truro|Keswick|Stornoway|Athlone|Tralee|Kamloops|Flagstaff|Duluth".split("|"),
    "region": "Devon|Oregon|Manitoba|County Cork|Cumbria|Idaho|Kent|Suffolk|Alberta|Wyoming|the Lake District|"
              "Brittany|Lombardy|Silesia|the Highlands|Nova Scotia|Ceredigion|Moravia|Anglesey|Tuscany|"
              "Northumberland|Hampshire|County Mayo|Bavaria|Andalusia|Queensland|Pembrokeshire|the Cotswolds|"
              "Saskatchewan|Galicia".split("|"),
    "street": "Oakleigh|Rosebank|Hawthorne|Meadowsweet|Cranbourne|Elderberry|Grantham|Lavender|Penrose|Ashgrove|"
              "Birchfield|Hollybush|Quarry|Station".split("|"),
    "street_type": "Street|Road|Avenue|Lane|Drive|Row|Mews|Grove|Walk|Parade".split("|"),
    "facility": "Royal Victoria Infirmary|Ashworth Medical Practice|Hillside Junior School|St Anne's College|"
                "Greenway Day Centre|Parkview Hospice|Fernlea Care Home|Broadmoor Hospital|Copperfield Sixth Form|"
                "Ravenscraig Nursing Home|Sunnyside Surgery".split("|"),
    "domain": "gmail.com|live.co.uk|mail.com|yahoo.com".split("|"),
    "site": "hopefulhearts.org|dailycalm.net|mindfulmums.co.uk|griefcafe.ie|carers-circle.org.uk|"
            "sobermornings.blog|anxietyhub.info|peerspace.health".split("|"),
    "postcode": "OX4 1BY|L8 7SF|B29 6BD|DD1 4HN|SW1A 1AA|NE6 5LP|G12 8QQ|CF24 3AA|M5V 3L9|T2P 1J9|D02 X285|"
                "H91 E2K3".split("|"),
    "zip": "55401|33139|80202|20009|07030|48104|55401-2210|97205".split("|"),
}

TEST = {
    "first": "Adaora Branwen Casimir Dervla Eamon Fenella Guillermo Halldora Isaias Jurgita Keziah Lysander Mairead "
             "Nnamdi Oisin Philippa Ruairi Solveig Temitope Umberto Vivienne Wiremu Xiadani Yannick Zuzana "
             "Anselm Bethan Cathal Dorottya Emrys Fiadh Gervase Hadewych Ines Jaroslava Kaveh Liesel Mihaela "
             "Nuala Osric Pradeep Rhiannon Sibusiso Tancredi Unni Verity Wolfgang Yevgeny Zdenka".split(),
    "last": "Abernethy Bergstrom Cieslak Drummond Egwu Foulkes Grzybowski Hetherington Ibekwe Juszczak Kilbride "
            "Lombardi Mwangi Nowicki Osei-Bonsu Prendergast Quinlivan Rosenqvist Strachan Tarrant Uwimana "
            "Villeneuve Wojcik Yardley Zapata Antonelli Brannigan Chukwuma Dabrowski Etherington".split(),
    "city": "Accrington|Bideford|Coatbridge|Dewsbury|Enniskillen|Falkirk|Grimsby|Hinckley|Kendal|Lichfield|"
            "Mansfield|Nuneaton|Oldham|Penzance|Redruth|Stirling|Truro|Uttoxeter|Warrington|Bakersfield|"
            "Cedar Rapids|Duluth|Eugene|Flagstaff|Gainesville|Lubbock|Missoula|Olympia|Reno|Scranton|Tacoma|"
            "Trondheim|Utrecht|Gothenburg|Wroclaw|Leuven|Porto|Graz".split("|"),
    "region": "Dorset|Shropshire|Fife|County Donegal|Herefordshire|Connecticut|Maine|New Brunswick|Limburg|"
              "Asturias|Carinthia|the Peak District|Snowdonia|Kansas|Lapland".split("|"),
    "street": "Acacia|Bluebell|Copperbeech|Dovecote|Elmhurst|Falconer|Glebe|Heathfield|Ivydene|Jubilee|"
              "Kestrel|Lindisfarne|Nightingale|Orchard|Pelham|Redwood|Swallowfield|Tennyson|Wychwood".split("|"),
    "street_type": "Street|Road|Avenue|Lane|Drive|Close|Crescent|Way|Court|Terrace|Place|Grove|Mews".split("|"),
    "facility": "Ashfield General Hospital|Bramley Park Surgery|St Cuthbert's Primary School|Harlow Grange Care Home|"
                "Northgate Medical Practice|Westbrook High School|Our Lady of Lourdes Church|"
                "Thornton Lodge Nursing Home|Beacon Hill Day Centre|Kingsmead College".split("|"),
    "domain": "gmail.com|outlook.com|yahoo.com|hotmail.co.uk|sky.com|virginmedia.com|me.com".split("|"),
    "site": "quietmindsforum.org|ourcarersgroup.co.uk|gentlesteps.net|bereavementcircle.com|panicfree.io".split("|"),
    "postcode": "PL4 8AA|YO10 5DD|CB2 1TN|NR2 4AB|BT7 1NN|SA1 8PP".split("|"),
    "zip": "49503|97403|59801|18503|93301|52402".split("|"),
}
