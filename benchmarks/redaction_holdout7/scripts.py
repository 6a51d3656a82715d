"""Hand-written turns for hold-out 7.

A template is a string of turns separated by " | ", each "S: words", S one of T (therapist), C (client),
P (partner or parent, the second consented participant), G (another group member). Slots in braces:

names   {C} client, {C_FULL}, {C_SPELL} (surname then spelled), {P}, {T}, {T_SELF} (therapist introducing
        self), {G} a group member by name, {F} / {M} a woman / man, {X} anyone, {XFULL} / {MFULL} first and last name,
        {KIN_F} / {KIN_M} kin or respect title + name, {DR} doctor, {WORD} a name that is an ordinary word,
        {NICK} a nickname
places  {TOWN} {SUBURB} {DISTRICT} {HOSP} {PRISON} {WORSHIP} {CLUB} {WORK} {FARM} {SCHOOL} {CLINIC}
        {NURSING} {SHOP} {STREET}
dates   {DATE} an event date, {BDAY} a birthday (date of birth), {AGE90} an age over 89
hard negatives (never labelled) {STATE} {COUNTRY} {NAT} {MONEY} {DOSE} {SCORE} {TIME} {DUR} {AGEU} {YEAR}
        {WEEKDAY} {MONTH} {PET} {BRAND} {FIG} {HOLIDAY} {EPONYM} {MODEL} {IDIOM} {ROOM} {HELPLINE}
"""

ROLES = {
    "aged": "from the dementia carers' service",
    "prison": "from the in-reach mental health team",
    "disability": "your psychologist through the plan",
    "gambling": "the gambling help counsellor",
    "sport": "the club's sport psychologist",
    "perinatal": "with the perinatal and infant mental health team",
    "sexrel": "a sex and relationship therapist",
    "farm": "from the rural support service",
    "dv": "the counsellor here at the refuge",
    "group": "and I'll be running the group tonight",
    "school": "the wellbeing counsellor",
    "rehab": "your rehab psychologist for the claim",
    "hospice": "one of the chaplains on the ward",
}

GREETINGS = {
    "au": ["G'day", "Morning", "Hi there"], "nz": ["Kia ora", "Morena", "Tena koe"],
    "za": ["Sawubona", "Hi", "Molo"], "in": ["Namaste", "Hello", "Good morning"],
    "pk": ["Assalam o alaikum", "Hello", "Salaam"], "gh": ["Good morning", "Akwaaba", "Hello"],
    "sco": ["Hiya", "Morning", "Hello there"], "wal": ["Shwmae", "Bore da", "Hiya"],
    "tt": ["Good morning", "Afternoon", "Hello"], "hk": ["Jo san", "Hello", "Hi"],
    "uss": ["Hey there", "Morning", "Hi, how y'all doing"], "ush": ["Hola", "Buenos dias", "Hi"],
    "my": ["Selamat pagi", "Hi", "Good morning"],
}

OPEN_NAMED = [
    "T: {GREET} {C}, I'm {T_SELF}, {ROLE}. Is it okay if I record today, like we talked about?",
    "T: {GREET}. So it's {C_FULL}? Great. My name's {T_SELF}, {ROLE}. Have a seat wherever you like.",
    "T: {GREET} {C}, thanks for coming in. For the recording, I'm {T_SELF}, {ROLE}, and it's our third "
    "session.",
]
OPEN_ANON = [
    "T: {GREET} {C}, come on in. How has the week been since we last spoke?",
    "T: {GREET}. Just so the recording has it, this is {C_FULL}, and we're picking up from last time.",
    "T: {GREET} {C}, sit wherever is comfy. Where would you like to start today?",
]
REPLY_NAMED = [
    "C: Thanks {T}. Yeah, it's been a rough week, to be honest.",
    "C: Yeah that's fine. Hi {T}. I nearly didn't come, I'll be honest.",
    "C: Okay. Um, it's been up and down, {T}, mostly down.",
]
REPLY_ANON = [
    "C: Honestly it's been a bit of a week. I don't even know where to start.",
    "C: Up and down. Mostly down if I'm being straight with you.",
    "C: Okay I suppose. Tired. I didn't sleep much.",
]
CLOSE = [
    "T: We'll stop there. Same time next {WEEKDAY}? | C: Yeah, that works.",
    "T: I've got you booked for {DATE}, if that still suits. | C: Should be fine, I'll put it in my phone.",
    "T: Let's leave it there for today. Look after yourself, {C}. | C: Thanks. See you next time.",
    "C: Can we do {DATE} instead of the usual? | T: Of course, I'll move it.",
    "T: Before you go, the next session is {DATE} at {TIME}. | C: Righto.",
]

SETTINGS = {
    "aged": [
        "C: It's {KIN_F}. She's {AGE90} now and the {EPONYM} is getting worse. Last week she walked out at "
        "night and the police found her down by {SHOP}.",
        "T: How's the respite at {NURSING} going? | C: Better than I thought. {F} on the night shift is lovely "
        "with her, but Mum keeps asking for {KIN_M}, and he died back in {YEAR}.",
        "C: Dad thinks it's still {YEAR} and he's due at {WORK} for his shift. He'll be {AGE90} on {BDAY}, if "
        "you can believe it, and he still knows every word of the national anthem.",
        "C: We moved him from {TOWN} to our place in {SUBURB} after the fall on {DATE}. The geriatrician, {DR}, "
        "thinks it's mixed, vascular and {EPONYM}.",
        "T: Who else is helping? | C: My brother {M} is over in {COUNTRY}, so it's really me and {KIN_F} from "
        "{WORSHIP}. She sits with him on {WEEKDAY}s so I can do the shopping.",
        "C: The memory clinic at {HOSP} did the test again on {DATE}. Nineteen out of thirty, down from twenty "
        "four. {DR} was kind about it but I cried in the car park.",
        "C: She was a teacher at {SCHOOL} for thirty years. Now she calls me {WORD} half the time, that was her "
        "sister, and I just go along with it.",
        "C: I'm {AGEU} myself, I've got a bad hip, and I'm lifting a grown man in and out of the shower at "
        "{TIME} every morning. {NICK} says I should put him in a home but I promised him.",
    ],
    "prison": [
        "C: I've been in {PRISON} since {DATE}. Before that it was remand at {PRISON}, and the transfer was "
        "the worst night of my life, chained up in the van for {DUR}.",
        "C: My girl {F} is nine. Her nana, {KIN_F}, brings her up from {TOWN} once a month, but the visits "
        "got cancelled in {MONTH} because of the lockdown.",
        "T: What's the parole plan looking like? | C: The board's on {DATE}. If I get it I'm meant to live "
        "with {KIN_M} in {SUBURB}, but my co-accused {XFULL} lives two streets over.",
        "C: The officer on our unit, {M}, he's alright. The rest of them, the screws, they don't care if you "
        "hang yourself as long as it's not on their shift.",
        "C: I done my first lag at {PRISON} when I was {AGEU}. Came out, worked at {WORK} for a bit, then "
        "started using again after my brother {M} passed.",
        "C: The chaplain, {KIN_M}, he comes on {WEEKDAY}s. I'm not religious but he's the only one who asks "
        "about my kids by name. He asked about {WORD} last week.",
        "C: They've got me on {DOSE} now. The doctor here, {DR}, he changed it on {DATE} without even seeing "
        "me, just off the file.",
        "C: I grew up in {SUBURB}, near {SHOP}. Everyone knew my old man, {MFULL}. That name opens doors in "
        "here and it shuts them too.",
    ],
    "disability": [
        "C: My support worker {F} comes {WEEKDAY}, {WEEKDAY} and Friday. The new one, {WORD}, doesn't know "
        "how I like my wheelchair set up and I have to explain it every time.",
        "P: I'm {C}'s mum. We had the plan review on {DATE} and they cut the core supports by a third. The "
        "planner said capacity building isn't reasonable and necessary, whatever that means.",
        "C: I want to move out of home. There's a place at {STREET} in {SUBURB}, shared living, two other "
        "guys, one of them is {M} from {SCHOOL}.",
        "C: I work two days at {WORK}, packing. My boss {MFULL} is good to me, he doesn't rush me.",
        "P: {C} had a seizure at {CLUB} on {DATE}, in front of everyone, and now he won't go back. That was "
        "his one night out.",
        "C: The OT from {CLINIC}, {F}, she said I need a hoist. My mum can't keep lifting me, she's {AGEU} "
        "and her back's stuffed.",
        "C: I get the taxi to {HOSP} for physio on {WEEKDAY}s. The driver {M} is the only person who asks "
        "how my weekend was.",
        "P: Since his dad left in {YEAR} it's just been the two of us in {TOWN}. My sister {KIN_F} helps when "
        "she can, but she's got her own troubles.",
    ],
    "gambling": [
        "C: It started with the pokies at {CLUB}. Then it was {BRAND} on my phone, in the toilet at work, at "
        "{TIME} in the morning. I lost {MONEY} on {DATE} alone.",
        "C: My wife {F} found the statements. She took the kids to her mum's in {TOWN} and she's not answering.",
        "T: Have you looked at self-exclusion? | C: I signed the form at {CLUB} on {DATE}. The manager, "
        "{XFULL}, still waved at me when I walked in two weeks later.",
        "C: I borrowed from {KIN_M}, from my mate {M}, even from the church fund at {WORSHIP}. {MONEY}. "
        "Nobody knows the whole number except you.",
        "C: My PGSI was nineteen when I started here. {F} at {CLINIC} says that's the top band.",
        "C: The horses were my grandad's thing. He took me to the track near {SUBURB} when I was {AGEU} and I "
        "thought he was a king. I still hear him, {IDIOM}, every time I back a long shot.",
        "C: I sold my brother's ute to cover it. {M} still thinks it was stolen outside {SHOP}.",
        "C: I've been clean since {DATE}. Forty one days. I put the {MONEY} I would have spent in a jar.",
    ],
    "sport": [
        "C: Coach {M} dropped me for the final at {CLUB} on {DATE}. He told the whole team before he told me.",
        "C: I did my hamstring at {TOWN} in the second half. Since then I've got this voice in my head every "
        "time I sprint. The physio, {F}, says it's healed but my body doesn't believe her.",
        "T: What happens before a big race? | C: I throw up. Every time. At nationals in {MONTH} I threw up "
        "in the car park of {SCHOOL} where the heats were.",
        "C: My dad, {MFULL}, played for {CLUB} in the eighties. Everyone in {SUBURB} expects me to be him.",
        "C: The selectors meet on {DATE}. If I don't make the squad I don't know who I am without it, honestly.",
        "C: My scores were down, like a two hundred and eighty out of three hundred, and {KIN_M} said I was "
        "choking. He's not even my coach.",
        "C: We do the mental skills stuff with {F}, visualisation, box breathing, {MODEL}. It helps at "
        "training. On the day it all goes out the window.",
        "C: I moved from {TOWN} to board at {SCHOOL} on a scholarship when I was {AGEU}. I was homesick for "
        "two years and never told anyone.",
    ],
    "perinatal": [
        "C: She came at twenty eight weeks, on {DATE}. We weren't even packed. {P} drove us to {HOSP} at {TIME} "
        "with the hazards on.",
        "P: I'm {P}, I'm the dad. Nobody asks how I'm going. The nurses ask {C} and then they ask me where the "
        "car's parked.",
        "C: Baby {WORD} is in {ROOM} in NICU. Her Apgar was three at one minute. I can't stop hearing the alarms.",
        "C: The midwife, {F}, picked up my EPDS was eighteen. I didn't even know what that was.",
        "P: My mum {KIN_F} flew in from {TOWN} to help, but she keeps saying back in her day they just got on "
        "with it.",
        "C: We had a loss before, in {YEAR}. A little boy. We'd named him {M}. Nobody says his name.",
        "C: The consultant, {DR}, said she might come home by {DATE} if she keeps feeding. We're at {SUBURB}, "
        "it's forty minutes each way.",
        "P: We haven't slept, not properly, since {MONTH}. {C} does the night feeds and I do the pumping "
        "runs to {HOSP} before work at {WORK}.",
    ],
    "sexrel": [
        "C: Since the baby, sex has just stopped. {P} thinks I don't fancy him. It's not that, it's {EPONYM}, "
        "I'm exhausted and I hurt.",
        "P: I found messages to {F} from her old job at {WORK}. She says it was nothing. It didn't read like "
        "nothing.",
        "T: Let's try the sensate focus homework. No intercourse this week, just touch. | P: Okay. | C: I "
        "can do that.",
        "C: We met at {CLUB} in {YEAR}. {P} was doing karaoke, terribly, and I thought, him.",
        "P: I went to {CLINIC} about the erections. {DR} gave me tablets and said it's probably stress, "
        "not the plumbing.",
        "C: My family, {KIN_F} especially, they'd die if they knew we were seeing a sex therapist. We told "
        "them it's marriage counselling at {WORSHIP}.",
        "C: We had a date night on {DATE}. It went fine until {P} checked the cricket score during dinner.",
        "P: When I was {AGEU} my uncle {M} told me real men don't talk about this. So I didn't, for twenty "
        "years.",
    ],
    "farm": [
        "C: Third year of drought. We've destocked down to four hundred head at {FARM}. Dad built that place "
        "from nothing after the war.",
        "C: The bank manager in {TOWN}, {MFULL}, he rang on {DATE}. I knew what it was before he said it.",
        "C: My neighbour {M} shot himself in {MONTH}. Found in the shearing shed. We went to school together "
        "at {SCHOOL}.",
        "T: Who do you talk to? | C: {KIN_M}, at the pub, {CLUB}. Over a beer. We don't talk about feelings, "
        "we talk about rain.",
        "C: The floods came through {DISTRICT} on {DATE} and took the fences, the pumps, the lot. The "
        "insurance bloke said act of God.",
        "C: My wife {F} works in town now at {HOSP}, nights, just so we have money coming in. I'm on the "
        "farm with {PET} and my thoughts.",
        "C: I'm selling the stock at {TOWN} saleyards on {DATE}. Four generations. I'll be the one who lost it.",
        "C: We took over the lease on {FARM} out past {SUBURB} in {YEAR}. It's hard country, stony, but it "
        "was ours.",
    ],
    "dv": [
        "C: I came in on {DATE} with the kids and two bags. The police brought us from {SUBURB}.",
        "C: He's got a mate, {M}, who works at {WORK}. He can find anyone, he says. That's why I'm scared "
        "to even go to {SHOP}.",
        "T: Is the protection order in place? | C: The hearing's on {DATE} at the court in {TOWN}. My "
        "advocate, {F}, is coming with me.",
        "C: My sister {KIN_F} lives in {SUBURB}. I can't go there, it's the first place he'd look.",
        "C: He took my phone, my bank card, my passport. He'd check the car mileage when I got back from "
        "{HOSP}.",
        "C: His name is {MFULL}. I haven't said it out loud in three weeks.",
        "C: My daughter {WORD} asked if Daddy's going to jail. She's {AGEU}. What do I say to that?",
        "C: The school, {SCHOOL}, has the order on file. {F} in the office knows not to let him near the "
        "kids.",
    ],
    "group": [
        "T: Let's go round. {G}, do you want to start? | G: Sure. I'm {G}, and this week I went back to "
        "{CLUB}, just for a lemonade. I stayed an hour.",
        "G: I'm {G}. I want to say something to {C}. What you said last week about your dad, about {TOWN}, "
        "that stuck with me.",
        "C: Thanks {G}. Yeah, it's been a hard week. {KIN_F} went into {HOSP} on {DATE} and nobody told me "
        "until the Sunday.",
        "T: {G}, you've been quiet. | G: Yeah. My son {M} didn't show up at {SHOP} when we'd arranged. I "
        "sat there two hours.",
        "G: Can I just say, I nearly didn't come tonight. I was in the car park of {WORSHIP} for {DUR}.",
        "C: I relapsed on {DATE}. I'm telling you all because {G} said honesty is the whole point.",
        "T: Remember the group agreement: what's said here stays here. No names outside, not even {C}'s. | "
        "G: Course.",
        "G: I'm {G}, I moved down from {TOWN} for work at {WORK}, and I don't know a soul here except you lot.",
    ],
    "school": [
        "C: Everyone at {SCHOOL} has seen the video. {F} sent it to the whole year group chat.",
        "C: {MR} in maths, he's alright. He lets me go to the library at lunch so I don't have to be in "
        "the quad.",
        "P: I'm {C}'s mum. The deputy rang me on {DATE}, said {C} hadn't been in class for eleven days and "
        "I had no idea.",
        "C: I'm sixteen. I work at {SHOP} on weekends. My manager, {M}, is the only adult who doesn't lecture "
        "me.",
        "C: My best friend {F} moved to {TOWN} in {MONTH}. Since then I just eat lunch in the toilets.",
        "P: His dad's in {COUNTRY} for work. {C} won't talk to him on the phone, he won't talk to me.",
        "C: I'm doing my exams in {MONTH}. Mum thinks I'll be a doctor like {KIN_M}. I just want to do art.",
        "C: I got suspended on {DATE} for the fight with {M}. He called my mum a name. I'm not sorry.",
    ],
    "rehab": [
        "C: I fell off the scaffold at {WORK} on {DATE}. Crushed two vertebrae. The foreman, {XFULL}, "
        "said I wasn't clipped on, which is a lie.",
        "C: The case manager from the insurer, {F}, wants me back on light duties by {DATE}. I can't sit for "
        "more than {DUR}.",
        "C: The surgeon at {HOSP}, {DR}, says the fusion took. The pain says otherwise. I'm on {DOSE}.",
        "C: My mates from {CLUB} don't ring anymore. I was their front row for twelve years.",
        "T: What does a normal day look like now? | C: Up at {TIME}, physio at {CLINIC}, then I sit in the "
        "ute outside {SHOP} because I don't want {F} to see me like this.",
        "C: The independent medical examiner saw me for eighteen minutes. Eighteen. On {DATE}.",
        "C: I've worked since I was {AGEU}. I don't know who I am if I'm not working. My dad, {KIN_M}, never "
        "took a sick day in his life.",
        "C: We had to move from {SUBURB} to a rental in {TOWN} because the income protection ran out in "
        "{MONTH}.",
    ],
    "hospice": [
        "C: Mum's in {ROOM}. She's {AGE90}. She asked for {KIN_M} from {WORSHIP} to come and pray with her.",
        "C: I'm {C}, her youngest. My brother {M} is flying in from {COUNTRY} but I don't think he'll make it.",
        "T: What matters most to her now? | C: Going home. Back to {TOWN}. She wants to see the house on "
        "{STREET} one more time.",
        "C: {DR} said days, maybe a week. The palliative nurse, {F}, showed us the mouth care.",
        "C: Dad died here too, on {DATE}, in this same corridor. I didn't think I'd be back so soon.",
        "C: She keeps talking about {WORD}, her sister, who died when they were girls in {DISTRICT}.",
        "C: The funeral's booked for {DATE} at {WORSHIP}, pending. Is that awful, booking it before?",
        "C: I'm angry with God, if I'm honest. {KIN_F} says that's allowed. {IDIOM}, she says.",
    ],
}

# Filler turns: no identifiers, used to reach the length target. Some carry hard negatives.
FILLERS = [
    "T: What did you notice in your body when that happened? | C: Tight chest. Hot face. Like I wanted to "
    "run out of the room.",
    "C: I know what you're going to say. That I need to be kinder to myself. I've heard it.",
    "T: That sounds exhausting, carrying all of that on your own. | C: It is. It really is.",
    "T: On a scale of zero to ten, how strong is that urge right now? | C: A four maybe. It was an eight "
    "on {WEEKDAY}.",
    "C: Some days I feel fine and then out of nowhere it's like a wave. I'm back at the start.",
    "T: Can we slow down for a second and just breathe together? In for four, hold, out for six.",
    "C: I didn't tell anyone. Not my family, not my friends. You're the first.",
    "T: What would you say to a friend who told you the same story? | C: I'd tell them it wasn't their "
    "fault. Which, yeah, I know.",
    "C: I've been sleeping about four hours a night. Up at {TIME}, staring at the ceiling.",
    "T: You mentioned guilt a few times. Where does that come from, do you think?",
    "C: Honestly I just want one week where nothing goes wrong. One week.",
    "T: Let's write that down as something to work on between now and next time.",
    "C: I tried the breathing thing. It helped on the {ROOM} bus but not at night.",
    "T: That takes a lot of courage to say out loud. | C: Didn't feel like courage. Felt like throwing up.",
    "C: I keep thinking if I'd just done one thing differently, everything would be different.",
    "T: It sounds like part of you wants to change and part of you is really scared to.",
]

# Negative turns: hard negatives only, typed by hand; nothing here is a gold span.
NEGATIVES = [
    "C: I've been on {DOSE} since {MONTH}. The pharmacist said give it {DUR} before judging it.",
    "C: My K10 was thirty two at intake. Last week it was twenty six, so, progress I guess.",
    "C: I spent {MONEY} on scratchies last month. That's rent, basically.",
    "C: It was a Tuesday. It's always a Tuesday, isn't it?",
    "T: What helps you feel grounded? | C: Walking {PET}. Rain or shine.",
    "C: I watched {BRAND} till {TIME} again. Three episodes of something I don't even remember.",
    "C: Grandma always said have faith and keep your chin up. Easier said than done.",
    "C: I try to look on the sunny side but honestly the sunny side's been closed for a while.",
    "C: It was by the grace of God I got out of the car that night.",
    "C: I'm not a doubting Thomas, I just need to see it to believe it.",
    "C: The warden on our wing, the chaplain, my case manager, they all say the same thing.",
    "C: My support coordinator and the plan manager don't talk to each other. I'm the go-between.",
    "C: Christmas is the worst. And {HOLIDAY}. Everyone's together and I'm not.",
    "C: I'm {AGEU}. Too old for this, too young to give up.",
    "T: How old is your son now? | C: {AGEU}. And he acts it.",
    "C: Back in {YEAR} I had a good job, a car, all of it.",
    "C: We went to {COUNTRY} for my cousin's wedding. Three days of dancing and I was miserable the whole "
    "time.",
    "C: My people are {NAT}. We don't talk about this stuff. You just get on with it.",
    "C: The nurse, the physio, the social worker, the lot, they all came in at once.",
    "C: It's {IDIOM}, isn't it. Whatever can go wrong will.",
    "C: My mum has {EPONYM}, so I'm scared it's me next.",
    "T: We've been using {MODEL} as a frame. Does that still fit for you? | C: Sort of.",
    "C: He's a bit of {IDIOM}. Charming one minute, nasty the next.",
    "C: I read something {FIG} said in an interview, about getting back up. It stuck with me.",
    "C: Mum watched {FIG} every afternoon. I still can't hear that theme tune without crying.",
    "C: The appointment's in {ROOM}, up on level three. I always get lost.",
    "C: The bus is the three seventy. It's late every single day.",
    "C: We moved up from {STATE} when I was a kid. Never really fit in.",
    "C: I drink about {MONEY} worth of coffee a week. And {BRAND}. Too much of that.",
    "C: It's been {DUR}. Feels longer.",
    "C: Every {WEEKDAY} I tell myself this is the week. Then it's {WEEKDAY} again.",
    "C: Since {MONTH} I haven't been able to face the supermarket.",
    "C: May I ask something? Does everyone cry in here or is it just me?",
    "C: I got a seven out of ten on the quiz, which is good for me.",
    "C: My score on the depression one was fourteen. The anxiety one was eleven.",
    "T: If you're not safe tonight, call {HELPLINE}. | C: I know. I've got it saved.",
    "C: The doctor said I'm at the end of the road with that medication. Time for something new.",
    "C: I've been on easy street compared to some of the people in here, I know that.",
    "C: It's a Jekyll and Hyde thing with him. You never know which one's coming home.",
    "C: I had the kids on {HOLIDAY} and we made a Victoria sponge, badly.",
    "C: Page forty six of the workbook, the one about thinking traps. I did that one.",
    "C: Step three of the program. Still stuck on it.",
    "C: My ex is a real Romeo. Charm the pants off anyone except the people he lives with.",
    "C: I gave {PET} a long walk instead of going to the pub. Small win.",
    "C: Mark my words, I'll be back at work by spring.",
    "C: I'm {AGEU} and I've never once been asked how I'm feeling. Not once.",
    "C: It's the anniversary in {MONTH}. {YEAR} feels like yesterday.",
    "C: Grace before meals, every night, even when there was no food. That's my family.",
    "C: We call it Murphy's law in our house. If it can break, it breaks.",
    "C: Rocky road ice cream and a sad film, that was my weekend.",
    "C: A robin was sitting on the fence this morning and for some reason I just cried.",
    "C: Lucky number seven, my dad used to say. He wasn't lucky.",
    "C: I felt blue all week. Not sad exactly. Flat.",
    "C: Mercy, that's what I want. Just a bit of mercy from the world.",
    "C: I've got faith in the process. Mostly. Some days.",
    "C: I'm ninety percent sure I'm going to cancel next week. Ten percent hopeful.",
    "C: The rent's gone up {MONEY}. The landlord didn't even say sorry.",
    "C: I walk about five k a day now, usually around half six in the morning.",
    "C: He's in his nineties, and still sharper than me.",
    "C: She's nearly ninety. Still does the crossword in pen.",
    "C: I was doing ninety on the highway when I realised I'd missed the exit. Ninety.",
    "C: Room twelve, bed four. That's where I was for {DUR}.",
    "C: I'm a {NAT} girl at heart, even though I've lived away longer than I lived there.",
    "C: We watched the rugby, the whole family. When we lost, nobody spoke for an hour.",
    "C: My phone's old, an iPhone eight, and the battery dies at lunch.",
    "C: They've put me on the waiting list. Number two hundred and six.",
    "C: The court gave him a two year order. Two years. Then what?",
    "C: I sleep with the lamp on. Like a kid.",
    "C: Chapter nine of the book you gave me. I read it twice.",
    "C: We used to go to the coast every {HOLIDAY}. Just down the road, really, but it felt like a world "
    "away.",
    "C: She's got {EPONYM} and the specialist is booked out till {MONTH}.",
    "C: Down the road there's a bloke who sells eggs, and honestly seeing him is the best part of my week.",
    "C: I voted for the first time this year. In {COUNTRY} I never could.",
]

HELPLINES = ["Lifeline on thirteen eleven fourteen", "000", "111", "1737", "10111", "999", "988", "nine one one",
             "one one six one two three", "the helpline", "triple zero", "the crisis team", "1800 RESPECT",
             "Befrienders", "the Samaritans"]

ROOMS = ["ward 7B", "room twelve", "bay three", "cot six", "room 14", "bed two", "pod C", "ward nine",
         "level four", "the 370", "bay 2", "room four"]

MONEY = {
    "au": ["two hundred bucks", "$350 a fortnight", "forty grand", "$1,200", "fifty dollars"],
    "nz": ["three hundred bucks", "$80", "twelve grand", "$45 a week", "a hundred and twenty dollars"],
    "za": ["R2 000", "five hundred rand", "R350", "thirty thousand rand", "a hundred rand"],
    "in": ["fifteen thousand rupees", "Rs 500", "two lakh", "ten thousand", "fifty thousand rupees"],
    "pk": ["twenty thousand rupees", "Rs 5,000", "a lakh and a half", "five hundred rupees", "eight thousand"],
    "gh": ["two hundred cedis", "GH 500", "a thousand cedis", "fifty cedis", "three thousand cedis"],
    "sco": ["forty quid", "£250", "a grand", "twenty pound", "£1,800"],
    "wal": ["thirty quid", "£120", "two grand", "£45", "five hundred pound"],
    "tt": ["four hundred TT", "TT$1,500", "two thousand dollars", "a hundred dollars", "fifty dollars"],
    "hk": ["HK$3,000", "five hundred dollars", "twenty thousand", "$800", "a few thousand bucks"],
    "uss": ["two hundred dollars", "$1,500", "forty bucks", "five grand", "$300 a month"],
    "ush": ["$400", "three hundred dollars", "a thousand bucks", "$60", "eight grand"],
    "my": ["fifty ringgit", "RM2,000", "five hundred ringgit", "RM80", "ten thousand"],
}
DOSES = ["sertraline fifty", "quetiapine 25 mg", "donepezil ten milligrams", "methadone 60 mils", "Endone",
         "mirtazapine fifteen", "Panadol Osteo", "fluoxetine twenty", "lithium 400", "pregabalin seventy five",
         "Suboxone eight mg", "zopiclone 7.5", "olanzapine five", "escitalopram 10 mg", "tramadol"]
DURATIONS = ["three weeks", "six months", "eighteen months", "a fortnight", "two hours", "forty minutes",
             "about a year", "ten days", "four hours", "twenty minutes", "eight weeks", "a month"]
TIMES = ["half past six", "7:30", "four a.m.", "3am", "quarter to nine", "midnight", "5:15", "ten past two",
         "six in the morning", "oh six hundred", "9 pm", "noon"]
YEARS = ["2011", "ninety eight", "2019", "the nineties", "twenty fifteen", "'04", "2020", "nineteen seventy",
         "the eighties", "2008", "twenty twenty one", "2016"]
AGES_UNDER = ["forty two", "67", "thirty", "fifty eight", "twenty three", "eighty nine", "seventy six", "45",
              "eighty eight", "thirty nine", "sixty one", "fourteen", "nineteen", "eighty one"]

# ---- identifier formats: (cue, pattern). '#' digit, '%' non-zero digit, '&' capital letter, '^' hex digit;
# everything else literal. The cue stays outside the span.
ID_FORMATS = {
    "au": {
        "phone": [("my mobile's", "04%# ### ###"), ("the home phone is", "(02) 69%# ####"),
                  ("you can ring my sister on", "04## ### ###"), ("the farm landline is", "08 90%# ####")],
        "fax": [("the plan manager's fax is", "(02) 6884 ####"), ("their fax number is", "07 46%# ####")],
        "mrn": [("my UR number at the base is", "%######"), ("the MRN on the discharge letter is", "MR%######")],
        "hp": [("my Medicare number is", "%### ##### #"), ("the NDIS number is", "43# ### ###"),
               ("the HCF member number is", "%#######")],
        "ssn": [("my tax file number is", "%## ### ###"), ("my Centrelink CRN is", "%## ### ###&")],
        "acct": [("the BSB and account are", "06#-### 1#### ####"), ("my TAB account is", "%######"),
                 ("the WorkCover claim number is", "WC%#######"), ("his MIN is", "%#######")],
        "lic": [("my licence number is", "%#######"), ("my Working with Children number is", "WWC%######E"),
                ("the firearms licence is", "%#######&&"), ("her AHPRA number is", "PSY000#######")],
        "veh": [("the ute's rego is", "&&& ##&"), ("his plate was", "%&& #&&"), ("the trailer rego is", "T& ####")],
        "pc": ["2650", "2830", "3500", "4350", "0850", "6430", "2880", "5290", "4720"],
    },
    "nz": {
        "phone": [("my cell's", "02% ### ####"), ("the landline is", "(07) 8## ####"),
                  ("ring Nana's on", "06 8## ####"), ("my number is", "027 ### ####")],
        "fax": [("the marae office fax is", "(06) 86# ####"), ("the fax for the trust is", "09 2## ####")],
        "mrn": [("my NHI is", "&&&####"), ("his NHI number is", "&&&####")],
        "hp": [("my Southern Cross member number is", "%#######"),
               ("the Community Services Card number is", "%## ### ###")],
        "ssn": [("my IRD number is", "%##-###-###"), ("her IRD is", "%# ### ###")],
        "acct": [("the bank account is", "##-####-#######-##"), ("my ACC claim number is", "%#########"),
                 ("my TAB account number is", "%######")],
        "lic": [("my licence number is", "&&######"), ("his firearms licence is", "F%#####")],
        "veh": [("the plate is", "&&&###"), ("the quad bike rego is", "%&&##"), ("the rego was", "&&&###")],
        "pc": ["3010", "4010", "0410", "3400", "9810", "5810", "3200", "0420"],
    },
    "za": {
        "phone": [("my cell is", "08% ### ####"), ("my number is", "07% ### ####"),
                  ("the landline at home is", "021 ### ####"), ("you can call my gogo on", "031 ### ####")],
        "fax": [("the lawyer's fax is", "086 ### ####"), ("the clinic fax is", "021 938 ####")],
        "mrn": [("my folder number at the hospital is", "%#######"), ("the hospital number is", "%#######&")],
        "hp": [("my Discovery number is", "%########"), ("the medical aid number is", "%#######"),
               ("the GEMS membership number is", "%#######")],
        "ssn": [("my ID number is", "######%###08#"), ("his ID number is", "######%###18#")],
        "acct": [("my Capitec account is", "1#########"), ("the FNB account is", "62#########"),
                 ("my Betway account number is", "%#######")],
        "lic": [("my driver's licence number is", "####%#######&"), ("my PSIRA number is", "%#######")],
        "veh": [("the car's registration is", "CA ###-###"), ("the taxi's plate was", "&& ## && GP"),
                ("the bakkie's reg is", "ND ###-###")],
        "pc": ["7100", "0152", "1818", "4001", "5200", "7784", "0699", "6139", "1459"],
    },
    "in": {
        "phone": [("my mobile is", "+91 9%### #####"), ("my number is", "98### #####"),
                  ("the landline is", "022 2### ####"), ("the office number is", "080 4### ####")],
        "fax": [("the office fax is", "022 2### ####"), ("the hospital's fax is", "080 26## ####")],
        "mrn": [("my UHID is", "%#########"), ("the IP number on the file is", "IP%#######")],
        "hp": [("my ABHA number is", "%#-####-####-####"), ("the Star Health policy is", "P/######/01/2024/######"),
               ("my ESIC number is", "%#########")],
        "ssn": [("my Aadhaar is", "%### #### ####"), ("my PAN is", "&&&&&####&")],
        "acct": [("my SBI account number is", "%##########"), ("my UPI ID is", "UPI"),
                 ("the HDFC account is", "5010#########")],
        "lic": [("my driving licence is", "MH## ###########"), ("my passport number is", "&#######")],
        "veh": [("the bike's number is", "MH 0% && ####"), ("the car number is", "KA 0% && ####"),
                ("the auto's number was", "MH0%&&####")],
        "pc": ["400 050", "560 034", "400 071", "560 066", "400 017", "560 003", "411 001"],
    },
    "pk": {
        "phone": [("my mobile is", "030% #######"), ("my number is", "0321-#######"),
                  ("the house number is", "042-3###-####"), ("my brother's number is", "+92 3## #######")],
        "fax": [("the office fax is", "042-3#######"), ("their fax is", "051-2######")],
        "mrn": [("my MR number is", "%######"), ("the hospital MR number is", "MR-%######")],
        "hp": [("my Sehat card number is", "%####-#######-#"), ("the State Life policy number is", "%########")],
        "ssn": [("my CNIC is", "3####-#######-#"), ("his CNIC number is", "3####-#######-#")],
        "acct": [("my IBAN is", "PK## &&&& #### #### #### ####"), ("my JazzCash account is", "03## #######"),
                 ("the HBL account is", "####-########-##")],
        "lic": [("my driving licence number is", "%#####-##"), ("the arms licence number is", "%#####")],
        "veh": [("the car is", "&&& ####"), ("the bike number is", "&&&-###"), ("the plate was", "ICT &&-###")],
        "pc": ["54000", "46000", "38000", "75500", "44000", "60000"],
    },
    "gh": {
        "phone": [("my number is", "024 ### ####"), ("call my auntie on", "055 ### ####"),
                  ("my other line is", "020 ### ####"), ("the house phone is", "030 2## ####")],
        "fax": [("the office fax is", "030 27# ####"), ("the lawyer's fax is", "032 20# ####")],
        "mrn": [("my folder number is", "KBTH/##/######"), ("my hospital number is", "%#######")],
        "hp": [("my NHIS number is", "%#######"), ("the NHIS card number is", "%#########")],
        "ssn": [("my Ghana Card number is", "GHA-%########-#"), ("my SSNIT number is", "&%##########")],
        "acct": [("my MoMo number is", "024 ### ####"), ("the GCB account is", "%############"),
                 ("my susu account is", "%#####")],
        "lic": [("my licence number is", "&##########"), ("my passport number is", "G#######")],
        "veh": [("the car number is", "GR ####-2#"), ("the trotro's number was", "AS ####-1#"),
                ("the okada number is", "M-2#-GR ####")],
        "pc": ["GA-###-####", "AK-###-####", "GT-###-####", "CC-###-####", "VH-###-####"],
    },
    "sco": {
        "phone": [("my mobile's", "07700 900###"), ("the house phone is", "0141 496 0###"),
                  ("my mum's landline is", "01851 7#####"), ("call me on", "07### ######")],
        "fax": [("the solicitor's fax is", "0131 496 0###"), ("the fax at the surgery is", "01463 7#####")],
        "mrn": [("my hospital number is", "&#######"), ("the unit number on the letter is", "%######&")],
        "hp": [("my CHI number is", "%##### ####"), ("his CHI is", "%#########")],
        "ssn": [("my National Insurance number is", "&& ## ## ## &"), ("my NI number is", "&&######&")],
        "acct": [("the sort code is", "8#-##-## and the account is ########"),
                 ("my Universal Credit reference is", "%#########"), ("the bookies account is", "%#######")],
        "lic": [("my driving licence number is", "&&&&&%#####&&#&&"), ("my passport's", "%########")],
        "veh": [("his reg is", "S&## &&&"), ("the van was", "&&%# &&&"), ("the tractor reg is", "&&## &&&")],
        "pc": ["G41 2&&", "AB10 1&&", "IV2 3&&", "HS1 2&&", "PA34 4&&", "KW1 4&&", "DD3 8&&", "G34 9&&"],
    },
    "wal": {
        "phone": [("my mobile is", "07700 900###"), ("the house phone is", "029 2018 0###"),
                  ("ring my nain on", "01970 ######"), ("my number's", "07### ######")],
        "fax": [("the surgery fax is", "01267 ######"), ("the solicitor's fax is", "029 2018 1###")],
        "mrn": [("my hospital number is", "&%#####"), ("the hospital number on the letter is", "&#######")],
        "hp": [("my NHS number is", "%## ### ####"), ("her NHS number is", "%#########")],
        "ssn": [("my National Insurance is", "&& ## ## ## &"), ("his NI number is", "&&######&")],
        "acct": [("the sort code is", "30-##-## and account ########"), ("my PIP reference is", "&&%#######"),
                 ("the bookies account is", "%#######")],
        "lic": [("my licence number is", "&&&&&%#####&&#&&"), ("my HCPC number is", "PYL#####")],
        "veh": [("the car reg is", "C&## &&&"), ("the van's reg is", "C&%# &&&"), ("the quad's reg is", "&&## &&&")],
        "pc": ["CF10 3&&", "SA31 1&&", "LL55 4&&", "SY23 2&&", "CF37 1&&", "SA13 1&&", "NP23 6&&", "LL23 7&&"],
    },
    "tt": {
        "phone": [("my cell is", "868-7##-####"), ("the house phone is", "(868) 6##-####"),
                  ("call my tantie on", "868 3##-####"), ("my number is", "1 868 4##-####")],
        "fax": [("the office fax is", "(868) 62#-####"), ("the lawyer's fax is", "868-65#-####")],
        "mrn": [("my file number at the hospital is", "%######"), ("the hospital number is", "&%#####")],
        "hp": [("my Sagicor policy is", "%#######"), ("the CDAP card number is", "%#########")],
        "ssn": [("my NIS number is", "%########"), ("my national ID number is", "19######%##")],
        "acct": [("my Republic Bank account is", "%##########"), ("the Unit Trust account is", "%#######"),
                 ("the credit union number is", "%#####")],
        "lic": [("my driver's permit number is", "%######"), ("my passport is", "&#######")],
        "veh": [("the car is", "P&& ####"), ("the maxi taxi was", "H&& ####"), ("the truck is", "T&& ###")],
        "pc": ["500234", "610512", "120125", "540218", "320101", "900822"],
    },
    "hk": {
        "phone": [("my mobile is", "9### ####"), ("my number is", "6### ####"), ("the home phone is", "2### ####"),
                  ("call my popo on", "3### ####")],
        "fax": [("the office fax is", "2### ####"), ("the centre's fax is", "27## ####")],
        "mrn": [("my HN number is", "HN%#######"), ("the hospital number is", "HN%#######")],
        "hp": [("my AIA policy number is", "%#########"), ("the voucher account is", "%#######")],
        "ssn": [("my ID card is", "&%#####(#)"), ("my HKID is", "&%#####(#)")],
        "acct": [("my HSBC account is", "%##-######-###"), ("my Jockey Club betting account is", "%#######"),
                 ("my Octopus card number is", "%######## (#)")],
        "lic": [("my driving licence is", "&%#####"), ("my security permit is", "SP-%#####")],
        "veh": [("the taxi number was", "&& ####"), ("his car is", "&& ###"), ("the van plate is", "&& %##")],
        "pc": [],
    },
    "uss": {
        "phone": [("my cell is", "(205) 555-01##"), ("my number's", "601-555-01##"),
                  ("call my mama at", "(985) 555-01##"), ("the house phone is", "334 555 01##")],
        "fax": [("the lawyer's fax is", "(205) 555-01##"), ("the VA fax is", "601-555-01##")],
        "mrn": [("my MRN is", "%#######"), ("the medical record number is", "%########")],
        "hp": [("my Medicaid ID is", "%############"), ("my Medicare number is", "%&&#-&&#-&&##"),
               ("my Blue Cross ID is", "&&&%########")],
        "ssn": [("my social is", "%##-##-####"), ("his Social Security number is", "%## ## ####")],
        "acct": [("the routing number is", "06####### and the account is ##########"),
                 ("my AIS number is", "%#####"), ("the casino players card is", "%########")],
        "lic": [("my driver's license is", "%######"), ("my CDL number is", "%#######")],
        "veh": [("the truck's tag is", "%#&&###"), ("his tag was", "&&& ###"), ("the VIN is", "VIN")],
        "pc": ["35203", "38801", "36301", "70360", "39401", "36830", "70570", "35660-####"],
    },
    "ush": {
        "phone": [("my cell is", "(956) 555-01##"), ("my number is", "305-555-01##"),
                  ("call my tia at", "(786) 555-01##"), ("the house phone is", "361 555 01##")],
        "fax": [("the lawyer's fax is", "(956) 555-01##"), ("the clinic fax is", "305-555-01##")],
        "mrn": [("my MRN is", "%#######"), ("the medical record number is", "M%#######")],
        "hp": [("my Medicaid number is", "%########"), ("my Ambetter member ID is", "U%#######"),
               ("the CHIP number is", "%#########")],
        "ssn": [("my social is", "%##-##-####"), ("his Social Security is", "%## ## ####")],
        "acct": [("the routing number is", "11####### and the account is #########"),
                 ("my TDCJ number is", "0%######"), ("the Western Union MTCN is", "%#########")],
        "lic": [("my license number is", "%#######"), ("my Florida license is", "&###-###-##-###-#")],
        "veh": [("the truck's plate is", "&&&-####"), ("his plate was", "&&& &%#"), ("the VIN is", "VIN")],
        "pc": ["78501", "78520", "33135", "78040", "33010", "34142", "78572", "33012-####"],
    },
    "my": {
        "phone": [("my handphone is", "01%-### ####"), ("my number is", "012-### ####"),
                  ("the house phone is", "03-2### ####"), ("call my mak cik at", "05-2## ####")],
        "fax": [("the office fax is", "03-7### ####"), ("the clinic fax is", "04-2## ####")],
        "mrn": [("my RN number is", "RN%#######"), ("the hospital number is", "%#######")],
        "hp": [("my AIA policy number is", "U%#######"), ("the mySalam number is", "%#########")],
        "ssn": [("my IC number is", "######-##-####"), ("my MyKad is", "######-##-####")],
        "acct": [("my Maybank account is", "1%### ########"), ("my KWSP number is", "%#######"),
                 ("my Touch 'n Go eWallet is", "01# ### ####")],
        "lic": [("my licence number is", "%#######"), ("my GDL is", "D%######")],
        "veh": [("the car is", "W&& ####"), ("his plate was", "P&& ###"), ("the lorry is", "J&& ####")],
        "pc": ["50450", "31400", "10200", "68000", "81300", "25200", "47301"],
    },
}

DEVICE = [("the serial on her hearing aid is", "SN ####-####"), ("his insulin pump serial is", "NG%######&"),
          ("the CPAP serial number is", "22%##########"), ("the IMEI on my phone is", "35 ###### ###### #"),
          ("the ankle monitor number is", "EM-%#####"), ("the pendant alarm ID is", "PA %#####"),
          ("the MAC address of the tracker is", "^^:^^:^^:^^:^^:^^"), ("the pacemaker serial is", "PJN%######"),
          ("the baby monitor's MAC is", "^^-^^-^^-^^-^^-^^"), ("the cochlear processor serial is", "CP9##-%#####"),
          ("the wheelchair's serial number is", "WC-%######"), ("the apnoea monitor is number", "AM-%####"),
          ("the Libre sensor serial is", "0M000&&&#&")]

ID_ASK = {
    "phone": ["T: What's the best number to reach you on?", "T: Can I grab a contact number for the file?",
              "T: Who should we call if we can't reach you?"],
    "fax": ["T: Where should I fax the report?", "T: Is there a fax for the referral?"],
    "mrn": ["T: Do you have your hospital number handy? It speeds things up.",
            "T: I need the record number off that letter."],
    "hp": ["T: For the billing, I need the health cover details.", "T: What's the number on the card?"],
    "ssn": ["T: The form asks for the national number, sorry, it's a long form.",
            "T: They need the ID number for the application."],
    "acct": ["T: For the financial counsellor's referral, what account are we talking about?",
             "T: Which account was it?"],
    "lic": ["T: The insurer wants the licence details.", "T: What number is on the permit?"],
    "veh": ["T: Do you remember anything about the car?", "T: Which vehicle was it?"],
    "dev": ["T: The supplier needs the serial to fix it.", "T: Is there a number on the device?"],
    "ip": ["T: What did the statement from the site actually show?", "T: How did they know where you were?"],
}
ID_TAIL = ["", "", ", if you need it", ", that's on the form", ", I think", ", I know it off by heart",
           ", it's on the card here"]

IP_CUES = ["the last login came from", "the router's IP address is", "the betting site had me logged in at",
           "the school wifi logged the device at", "his laptop's IP was", "the tracking app showed"]

AGE_LINES = [
    "C: {KIN_F} turned {AGE} in {MONTH}. She still does her own garden.",
    "C: My grandfather is {AGE} and he still drives to the shop, which terrifies me.",
    "C: {KIN_M}'s {AGE} now. Sharp as a tack, deaf as a post.",
    "C: She's {AGE} years young, she says. And she says it to everyone.",
    "C: He'll be {AGE} next birthday, God willing.",
    "C: When Nana hit {AGE} the whole family came home for the party.",
    "C: The oldest lady in the unit, she's {AGE}, and she's the one who checks on me.",
    "C: Dad's {AGE} and living alone on the farm, which is madness.",
]
AGES_OVER = ["ninety", "ninety one", "ninety two", "ninety-three", "ninety four", "ninety five", "ninety six",
             "ninety seven", "ninety eight", "ninety nine", "a hundred", "a hundred and one", "one hundred and three",
             "ninety-nine", "a hundred and four"]

DOB_LINES = [
    "T: And your date of birth, just for the file? | C: {DOB}.",
    "T: Can you confirm your date of birth? | C: Yeah, it's {DOB}.",
    "C: I was born on {DOB}, in the middle of a storm, Mum says.",
    "C: My son's birthday is {BDAY}. I missed it last year.",
    "T: Date of birth for the baby? | C: {DOB}. Early.",
    "C: Mum's date of birth is {DOB}, they always ask me, I never remember.",
]

EMAIL_LINES = [
    "T: What's the best e-mail for the letters? | C: It's {EMAIL}.",
    "C: Send it to my e-mail, {EMAIL}.",
    "T: Where should the report go? | C: My personal one, {EMAIL}, not the work one.",
    "C: He made a new e-mail to contact me, {EMAIL}, after I blocked the old one.",
]
URL_LINES = [
    "C: My sister set up a fundraising page, it's {URL}.",
    "C: I post my training on Instagram, {URL}, but I'm thinking of deleting it.",
    "C: He keeps commenting on my page, {URL}, under a fake name.",
    "C: The farm's got a website, {URL}, my daughter did it.",
    "C: You can find the memorial page at {URL} if you want to see photos.",
]
HANDLE_LINES = [
    "C: He follows me on TikTok, I'm at {HANDLE}.",
    "C: My account is at {HANDLE} on Instagram, it's private now.",
    "C: My son's gaming name, he's at {HANDLE}, that's how the man found him.",
]
ADDRESS_LINES = [
    "C: I'm staying at {ADDR} now, in {PLACE}.",
    "T: What's the address for the letters? | C: {ADDR}, {PLACE}.",
    "C: The house was {ADDR}, out in {PLACE}. I grew up there.",
    "C: Send it to {ADDR}, {PLACE}, that's my mum's.",
]
POSTCODE_LINES = [
    "T: And the postcode? | C: {PC}.",
    "C: It's {PLACE}, {PC}.",
    "C: The postcode's {PC}, if that helps with the referral.",
]
