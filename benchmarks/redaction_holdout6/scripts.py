"""Session templates for hold-out set 6.

A turn is "T|..." (therapist) or "C|..." (client; partners, parents, interpreters are diarised as client too).
Slots: {client} {therapist} {partner} {parent} {kin} {friend} {boss} {officer} {interp} {child} {sibling} {ex}
{doctor} {deceased} {peer} (names; _full, _first and _spell variants), {town} {hood} {region} {facility}
(places), {street} {postcode} {date} {dob} {age90} {phone} {fax} {email} {url} {ip} {mrn} {health} {ssn}
{account} {licence} {plate} {device} (identifiers; {x_label} is what the client calls ID x, never labelled),
and {n_*} hard negatives (never labelled).
"""

SETTINGS = ["family_teen", "couples", "eap_workplace", "probation", "child_parent", "palliative_bereavement",
            "lgbtq_youth", "refugee_interpreter", "university", "military_family", "substance_use", "telehealth"]

ID_SLOTS = ["street", "postcode", "date", "dob", "phone", "fax", "email", "url", "ip", "mrn", "health", "ssn",
            "account", "licence", "plate", "device", "age90"]

# Which cast roles are consented participants, per setting ("client" is always the first).
PARTICIPANT_ROLES = {"family_teen": ["client", "parent"], "couples": ["client", "partner"],
                     "child_parent": ["client", "parent"]}

OPENINGS = {
    "family_teen": [
        ["T|Right, so, {client} and {parent}, thanks for coming in together again, I know Thursdays are hard.",
         "C|Yeah well Mum made me come, I had football and everything, so like, whatever."],
        ["T|Hi both. {client}, do you want to start, or should your mum or dad kick us off this week?",
         "C|I'll start I suppose. It's been a rubbish week to be honest, nobody listens in our house."]],
    "couples": [
        ["T|Welcome back, {client}, {partner}. Last time we ended on the argument about money, is that still live?",
         "C|It is. {partner} thinks I'm exaggerating but I'm not, I really am not exaggerating this time."],
        ["T|So where would the two of you like to begin today? Who's been carrying the heavier load?",
         "C|Honestly, me. I'm {client}, I'm the one who does everything, and {partner} knows it."]],
    "eap_workplace": [
        ["T|Hi {client}, I'm {therapist} from the employee assistance programme. Everything here stays confidential.",
         "C|Okay. Good. Because I really don't want my manager or HR finding out I called you lot."],
        ["T|Thanks for calling the EAP line, my name's {therapist}. Can I take your first name to start?",
         "C|It's {client}. {client_spell}. People always get it wrong on the rota at work."]],
    "probation": [
        ["T|Morning {client}. This is your fortnightly appointment, and {officer} asked me to go over a few things.",
         "C|Yeah, yeah, I know the drill by now, I've been signing on for nearly a year."],
        ["T|Before we start, {client}, I have to remind you this session isn't fully confidential, given the order.",
         "C|I know. {officer} said the same. I've got nothing to hide anyway, I've been doing good."]],
    "child_parent": [
        ["T|Hello {client}! Do you want to sit on the beanbag today? And mum, you can take the big chair.",
         "C|She's been excited all morning, {therapist}, she kept asking when we were coming to see you."],
        ["T|Hi {parent}, hi {client}. I've got the sand tray out again, because last time went really well.",
         "C|Yeah, {client} has been talking about the little dinosaurs all week, haven't you love?"]],
    "palliative_bereavement": [
        ["T|Hello {client}, it's {therapist} from the hospice team. Is now still a good time to talk?",
         "C|It is, yes. The house is quiet now. Too quiet, if I'm honest with you."],
        ["T|{client}, thank you for coming in. How have the weeks been since the funeral?",
         "C|Up and down. Some days I'm grand, and some days I can't get out of the bed at all."]],
    "lgbtq_youth": [
        ["T|Hey {client}, welcome to the drop-in. I'm {therapist}, my pronouns are they and them.",
         "C|Hi. I'm {client}, he him. Well, that's the name I use here. Not at home yet."],
        ["T|Good to see you again, {client}. You mentioned last week that things got tense at home.",
         "C|Yeah. My mum found my binder and it all kicked off. It was a lot, honestly."]],
    "refugee_interpreter": [
        ["T|Good afternoon. I'm {therapist}, and this is {interp}, who will interpret for us today. Is that okay?",
         "C|He says yes, it is okay, and he thanks you. He says his name is {client}."],
        ["T|Thank you both. {interp}, could you let {client} know that I will pause so you can translate?",
         "C|Yes. She understands. She says she wants to tell you about the journey today, if possible."]],
    "university": [
        ["T|Hi {client}, welcome to student counselling. I'm {therapist}. What brings you in this week?",
         "C|Um, my tutor suggested it. I've got deadlines piling up and I just haven't been sleeping."],
        ["T|So {client}, you filled in the intake form online. You said exams are a big worry right now?",
         "C|Yeah. Finals are in a few weeks and I've basically stopped going to lectures. It's bad."]],
    "military_family": [
        ["T|Hi {client}. How are you holding up with {partner} away on deployment?",
         "C|Honestly, barely. The kids are acting out and I'm doing bedtime on my own every night."],
        ["T|Welcome, {client}. You said on the phone that your husband's just come home after the tour?",
         "C|Yeah, {partner} got back three weeks ago, and he's not the same, he's just not the same person."]],
    "substance_use": [
        ["T|Hi {client}, good to see you. How many days is it now since you last used?",
         "C|Eleven. Eleven days. Which sounds like nothing but it's the longest I've done since my twenties."],
        ["T|Alright {client}, before we start I'll just check the urine screen and your script with you.",
         "C|Sure, go ahead. It'll be clean. I've been going to the meetings like {therapist} said."]],
    "telehealth": [
        ["T|Hi {client}, can you hear me? You're a little frozen. There we go, I can see you now.",
         "C|Sorry, sorry, the Wi-Fi here is terrible. Can you hear me okay? I'm in the car."],
        ["T|Hello? {client}? I think you're on mute. Okay, got you now. Is the video working your end?",
         "C|It keeps cutting out, {therapist}. I'll turn the camera off if that's alright, it might help."]],
}

BODY = {
    "family_teen": [
        "C|She never lets me go to {friend}'s house in {hood}, and everyone else is allowed.",
        "C|That's because last time you came home at two in the morning and {friend}'s mum rang me.",
        "T|{client}, how did it feel when your mum said that just now, in front of me?",
        "C|Embarrassing. Like, I'm sixteen, not a baby. Even {sibling} gets more freedom and she's younger.",
        "C|We moved up from {town} so the kids could go to {facility}, and now they hate it there.",
        "C|My dad lives in {region} now with his girlfriend. I see him like once a month, maybe.",
        "T|What would a good week at home look like, for each of you? Just one small thing.",
        "C|Honestly? Dinner without shouting. Just one dinner where nobody storms off upstairs.",
        "C|My nan, {kin}, she's the only one who gets me. I stay at hers in {hood} at weekends.",
        "C|The school rang again about {client}. Mr {n_pet} the year head, no, sorry, I mean {prof}.",
    ],
    "couples": [
        "C|We met at {facility} eleven years ago. {partner} was working the till and I kept going back.",
        "C|The problem is {partner}'s mother, {kin}. She's round every single day, with opinions.",
        "T|{partner}, I noticed you went quiet when {client} mentioned your mum. What's happening for you?",
        "C|I just, I feel like I'm always the bad guy. I work nights at {facility} to pay for everything.",
        "C|We had the big fight on the drive back from {town}, and the kids were in the back seat.",
        "T|Let's try the exercise from last week. {client}, tell {partner} one thing you appreciated.",
        "C|Okay. Um. I appreciated that you picked up {child} from training without me asking.",
        "C|My ex, {ex}, still texts about the house in {hood}, and that's where a lot of this started.",
        "C|We want to renew our vows, maybe in {region}, where we had the honeymoon.",
    ],
    "eap_workplace": [
        "C|I've worked at {facility} for nine years and the new manager, {boss}, has it in for me.",
        "C|There was an incident on the floor, a colleague, {peer}, got hurt, and I was the one who found him.",
        "T|That sounds really frightening. Have you been back on site since it happened?",
        "C|Once. I drove to the depot in {town} and sat in the car park and couldn't go in.",
        "C|HR told me to ring you. {boss} said, and I quote, get your head sorted or get out.",
        "T|Is there anyone at work you trust, someone you could have in your corner?",
        "C|Maybe {peer}. We started the same week. She covers for me when I'm struggling.",
        "C|They're moving the whole team to the office in {town}, which is an hour and a half each way.",
        "C|The union rep, {friend}, says I've got a case for stress leave, but I'm scared to push it.",
    ],
    "probation": [
        "C|I've been staying at my cousin {kin}'s flat in {hood} but I'm not supposed to be there past ten.",
        "C|The tag's been going off for no reason. I was just in the garden, I swear down.",
        "T|Let's talk about the victim awareness work. What did you think about after last session?",
        "C|I thought about the fella in {town}. I didn't think about him before, honestly, not once.",
        "C|{officer} wants me doing the course at {facility} on Tuesdays, but that clashes with work.",
        "T|And the curfew? Any breaches since I saw you last, {client}?",
        "C|One. I was late back from {facility} because the bus broke down, I've got the ticket to prove it.",
        "C|My solicitor, {friend}, says if I keep my head down the order could end early.",
        "C|I don't go near {hood} any more. That's where all the trouble was. Different crowd now.",
    ],
    "child_parent": [
        "C|This one's the mummy dinosaur and this one's the baby, and the baby is lost in the sand.",
        "T|Oh no, the baby's lost. What does the mummy dinosaur do when the baby is lost?",
        "C|She's been wetting the bed again since her dad moved to {town}. It's every night now.",
        "C|Her teacher at {facility}, {boss}, says she hides under the table when it's loud.",
        "C|I want {kin} to come to my party. And {friend}. And the dog, Biscuit, because he's a good boy.",
        "T|{client}, can you show me with the faces which one is how you felt at school today?",
        "C|The angry one. Because {peer} took my crayons and said I smell. That's not nice.",
        "C|We're on the list for a house in {hood}, but the waiting list is years long.",
        "C|My sister {sibling} minds her after school, but she's only seventeen herself.",
    ],
    "palliative_bereavement": [
        "C|{deceased} was my husband for fifty-one years. We met at a dance in {town}, can you imagine.",
        "C|The nurses at {facility} were wonderful with him at the end. I can't fault them.",
        "T|What do you miss most, when you think about {deceased} now?",
        "C|The noise of him. He whistled all day. Terrible whistler, but I'd give anything for it.",
        "C|We scattered the ashes in {region}, up on the hill where we used to bring the children.",
        "C|My daughter {kin} wants me to move in with her in {town} but I don't want to be a burden.",
        "T|Grief doesn't keep a timetable. There's no right way to do this, {client}.",
        "C|{priest} from the parish calls in on a Sunday, which helps. He's a kind man.",
        "C|The consultant, {doctor}, said it could be weeks. He said it very gently, but still.",
    ],
    "lgbtq_youth": [
        "C|My best mate {friend} came out last year and her parents were amazing. Mine are not like that.",
        "C|There's a group that meets at {facility} on Fridays. It's the only place I feel normal.",
        "T|What name would you like me to use when I write up the notes, {client}?",
        "C|{client}, please. Not my deadname. My mum still uses it, and {sibling} does it to wind me up.",
        "C|Someone at {facility} outed me in the group chat. Everyone from {hood} saw it.",
        "T|That's a real violation of your privacy. How did you cope that night?",
        "C|I went to {friend}'s and we watched films till dawn. I didn't want to go home.",
        "C|I'm thinking about moving to {town} for college, somewhere nobody knows the old me.",
        "C|The youth worker, {peer}, said she could help me change my name on the school system.",
    ],
    "refugee_interpreter": [
        "C|He says he left {town} in the night, with his brother {kin}, and they walked for nine days.",
        "C|She says the camp was near {region}, and she was there almost three years with the children.",
        "T|Please tell him he does not have to share anything he is not ready to share.",
        "C|He says thank you. He says the hardest part is not knowing where {kin} is now.",
        "C|She says the hostel at {facility} is noisy and she cannot sleep, there are men shouting.",
        "C|He says his solicitor, {friend}, told him the interview is soon, and he is very afraid.",
        "T|{interp}, could you ask her what helps her feel safe, even for a short moment?",
        "C|She says praying helps, and the church at {facility}, the women there are kind to her.",
        "C|He says his son started at {facility} and he is learning English very fast, faster than him.",
    ],
    "university": [
        "C|I'm from {town} originally, so living in halls in {hood} is a massive change for me.",
        "C|My flatmate, {peer}, is lovely but she parties every night and I can't study.",
        "T|You mentioned your supervisor. How are things with {boss} at the moment?",
        "C|{prof} said my dissertation draft was the worst he's read this year. In an email.",
        "C|I work weekends at {facility} to pay rent, so I'm basically never not working.",
        "T|What did you used to enjoy, before all this pressure built up?",
        "C|Running. I used to run with {friend} along the canal. I haven't done that since first year.",
        "C|My parents think I'm doing medicine. I switched to history in October. They don't know.",
        "C|The disability office at {facility} said I could get extra time, but the form is a nightmare.",
    ],
    "military_family": [
        "C|{partner} is at the base in {region} and then they're shipping out again in spring.",
        "C|Our son {child} keeps asking if Daddy's going to die. He's seven. What do I say to that?",
        "T|That's such a hard question. What have you told him so far?",
        "C|We've moved four times in six years. {town}, then {town}, and now married quarters in {hood}.",
        "C|The welfare officer, {officer}, is useful but she's got two hundred families on her list.",
        "C|He wakes up shouting. Last night he thought he was back out there. I had to hold him down.",
        "T|Has {partner} been offered any support through the service, or through a veterans group?",
        "C|There's a group at {facility}, for partners. {friend} from next door dragged me along.",
        "C|My mother-in-law {kin} thinks I should just get on with it. That's what her generation did.",
    ],
    "substance_use": [
        "C|I used to score off a lad called {friend} outside {facility}. I've deleted his number now.",
        "C|The script's at the chemist in {hood}, so I'm up there every morning before work.",
        "T|What were the triggers last time you slipped? Can we map them out together?",
        "C|Payday, mostly. And going back to {town}. All my old mates are still in {town}.",
        "C|My sponsor, {peer}, says to ring him whenever. Even three in the morning. He means it too.",
        "T|You said your daughter, {child}, wants to see you. How does that feel?",
        "C|Terrifying. Good, but terrifying. Her mum, {ex}, says only if I stay clean till summer.",
        "C|I did detox at {facility} in the spring. Twenty eight days. Longest month of my life.",
        "C|I'm on the waiting list for supported housing in {hood}. Probably months away.",
    ],
    "telehealth": [
        "C|Sorry, you cut out. Can you say that again? The last bit didn't come through at all.",
        "T|No problem. I was asking how the move to {town} went, with the new job and everything.",
        "C|It's fine. Lonely. I don't know anyone in {hood} yet apart from my landlord, {friend}.",
        "C|Hold on, my screen's frozen. Okay, you're back. Sorry, the connection up here is awful.",
        "T|If we drop again I'll ring you on the phone. Shall we keep going for now?",
        "C|Yeah. I had a panic attack in the queue at {facility} on Saturday. First one in months.",
        "C|My sister {sibling} lives in {region}, which is miles away. We mostly just text.",
        "C|I'm sitting in the car park at {facility} because it's the only place with signal.",
        "C|My doctor, {doctor}, upped my dose, but I'm not sure it's doing anything yet.",
    ],
}

# One exchange (one or two turns) per identifier slot.
ID_TURNS = {
    "street": [
        ["C|We're at {street} now, {hood}. It's the one with the blue door and the broken gate."],
        ["T|Has your address changed since the referral?", "C|Yeah, it's {street} now. Since the summer."],
        ["C|The new place is on {street}, just past the petrol station, second house on the left."],
        ["C|Post still goes to my old address, {street}, in {town}, so I miss half my letters."],
        ["C|She's staying with her gran at {street}, near the church, until things calm down."],
    ],
    "postcode": [
        ["C|The form wanted a postcode, and I put {postcode}, but the system keeps rejecting it."],
        ["T|And the postcode there, for the letters?", "C|Yeah, it's {postcode}. I think. Let me check my phone."],
        ["C|The taxi app couldn't find us so I gave the driver {postcode} and he still got lost."],
        ["C|We're in {town}, {postcode}, which is outside the catchment apparently, so no service."],
    ],
    "date": [
        ["C|The next court date is {date}, and I'm absolutely dreading it, to be honest with you."],
        ["T|When did things start to get worse, roughly?",
         "C|It was {date}. I remember because it was the day after payday."],
        ["C|He passed on {date}, in the early hours. I was holding his hand when he went."],
        ["C|My appointment with the consultant got moved to {date}, which is ages away."],
        ["C|Last relapse was {date}. I wrote it in my diary in red pen so I wouldn't forget it."],
        ["C|We moved in on {date}, and the heating's been broken since the first week."],
        ["T|So I'll see you on {date}, same time?", "C|Yeah, that works, as long as the bus is on time."],
    ],
    "dob": [
        ["T|Can I just confirm your date of birth for the file?", "C|Yeah, it's {dob}, same as on the letter."],
        ["C|I was born {dob}, so I'm older than I look, everyone says that."],
        ["C|My birthday's {dob}. Nobody remembered it this year. Not one person in the house."],
        ["T|And the date of birth on the referral, is that right?",
         "C|No, that's wrong, it should be {dob}, they've mixed it up."],
        ["C|Her date of birth is {dob}, they always need it at the pharmacy when I collect for her."],
    ],
    "phone": [
        ["C|If you need me you can ring me on {phone}. That's my new number, the old one got cut off."],
        ["T|What's the best number to reach you on now?", "C|Text me on {phone}, I don't always pick up calls."],
        ["C|My sister's number is {phone}, put her down as next of kin instead of him, please."],
        ["C|The housing officer gave me a number, {phone}, but nobody ever answers it."],
        ["C|It's {phone}, that's the WhatsApp one. The other phone is broken."],
    ],
    "fax": [
        ["C|The GP surgery said you can fax the letter to {fax}, apparently they still use fax."],
        ["T|Do you know the fax for the solicitor's office?", "C|It's on the letterhead, fax {fax}."],
        ["C|The insurance want it faxed to {fax}. Fax! In this day and age, can you believe it?"],
        ["C|I have the fax number for the clinic here, {fax}, if that helps you send the report."],
    ],
    "email": [
        ["C|Just email me at {email}, I check that one more than the work one."],
        ["T|Which e-mail should the appointment letters go to?", "C|Use {email}, please, not the shared family one."],
        ["C|Her email is {email}, she said it's fine to copy her in on the plan."],
        ["C|I made a new email, {email}, because my ex knows the password to the old one."],
    ],
    "url": [
        ["C|I post my drawings on my page, {url}, it's the only thing that calms me down at night."],
        ["C|My cousin set up a fundraiser, {url}, to help with the funeral costs back home."],
        ["T|Where did you find the support group you mentioned?",
         "C|Online. It's {url}, they meet on Zoom on Wednesdays, mostly people my age."],
        ["C|Someone made a fake account, {url}, using my photos. I reported it three times."],
        ["C|You can follow me if you want, it's {url}. Actually no, maybe that's weird, forget I said that."],
        ["C|My brother's whole business is online now, {url}, he does alright out of it, fair play."],
    ],
    "ip": [
        ["C|The IT guy at work said my laptop's IP was {ip} and that they could see everything I browse."],
        ["T|The platform's saying your connection is unstable.",
         "C|It says I'm on {ip}, does that mean anything to you?"],
        ["C|The router page says {ip}, and then a load of other numbers, I don't understand any of it."],
        ["C|Someone logged into my account from {ip}, it showed up in the security email."],
    ],
    "mrn": [
        ["C|My {mrn_label} at the hospital is {mrn}, they told me to always have it ready."],
        ["T|Do you have the {mrn_label} from the discharge letter?",
         "C|Yeah, hang on, let me find it. It's {mrn}."],
        ["C|It's on the wristband, {mrn}, I kept it in my purse for some reason."],
        ["C|They kept asking for his {mrn_label}, {mrn}, every single time we went to the ward."],
    ],
    "health": [
        ["C|My {health_label} is {health}, if you need it for the referral."],
        ["T|Have you got your {health_label} with you today?", "C|I do, yeah, it's {health}, here on the card."],
        ["C|The pharmacy wouldn't give me the meds till I read out my {health_label}, {health}."],
        ["C|Her {health_label}'s {health}, I've got it written on the back of my hand."],
    ],
    "ssn": [
        ["C|They asked for my {ssn_label}, so I gave them {ssn}, and then they lost the form anyway."],
        ["T|For the benefits form I'll need your {ssn_label}, if you have it.",
         "C|Okay, yeah, hang on, it's {ssn}, I think that's right."],
        ["C|Somebody used my {ssn_label}, {ssn}, to open a loan. That's the whole reason I'm stressed."],
        ["C|My {ssn_label} is {ssn}. I know it off by heart from all the forms."],
    ],
    "account": [
        ["C|The money goes into my {account_label}, {account}, but it bounced again this month."],
        ["T|Do you have the reference for the complaint?", "C|It's the {account_label}, {account}."],
        ["C|The bill says {account_label} {account}, and they want four hundred by Friday."],
        ["C|He had me send it to {account}, that's his account, and then he just vanished."],
    ],
    "licence": [
        ["C|They suspended my licence. The {licence_label} is {licence}, if the solicitor needs it."],
        ["T|What ID did you bring for the housing application?", "C|My {licence_label}. It's {licence}."],
        ["C|My {licence_label} is {licence}, and it expires next year, which is a whole other headache."],
        ["C|The agency kept my {licence_label}, {licence}, and they won't give it back."],
    ],
    "plate": [
        ["C|He drives a silver Corolla, the {plate_label} is {plate}. If you see it outside, that's him."],
        ["C|Someone keyed my car, {plate}, right outside the house. I know who it was, too."],
        ["T|Did you report the car to the police?", "C|Yeah, I gave them the {plate_label}, {plate}."],
        ["C|The tow company has my van, {plate}, and they want a fortune to release it."],
    ],
    "device": [
        ["C|The {device_label} is {device}, the company needs it for the replacement."],
        ["T|Did the supplier ask for anything else?",
         "C|Just the {device_label}, {device}. It's on a sticker on the back."],
        ["C|My phone was stolen. The {device_label} was {device}, I got it off the box."],
        ["C|They swapped the {device_label} thing, it's {device} now, and it still beeps at night."],
    ],
    "age90": [
        ["C|My nan's {age90} and she's still sharper than all of us put together."],
        ["C|Granddad turned {age90} in the home in March. He didn't know who I was."],
        ["T|How old is your grandmother now?", "C|She's {age90}. Can you believe it? Still does her own shopping."],
        ["C|The oldest lady in the church is {age90} years old and she walks there every Sunday."],
        ["C|Mum's looking after her aunt, who's {age90}, on top of everything else."],
    ],
}

NEG_TURNS = [
    "C|I've been on {n_med} since {n_month}, and the GP wants to go up, but I'm not sure.",
    "T|On a scale of one to ten, where are you today? Last time you said {n_score}.",
    "C|I'm on call {n_rating} basically, my phone never stops. I did {n_duration} straight without a day off.",
    "C|We watched {n_public} on the telly and for a minute I forgot everything. It was nice.",
    "C|I had a {n_brand} on the way here, which is my little treat, don't judge me.",
    "C|My dad's got {n_eponym} now, so that's another thing on my plate, on top of everything.",
    "T|We could try some {n_model} techniques this week, if you're open to it, nothing too heavy.",
    "C|Honestly he's like {n_idiom}, one minute lovely, next minute you don't know what you're getting.",
    "C|I'll be honest, {n_word}. That's the truth of it, this whole week.",
    "C|I rang {n_role} and got nowhere, and then {n_role} said it wasn't their job either.",
    "C|I walked {n_placegen} and back twice just to clear my head. It didn't help much.",
    "C|Mum made {n_food} for the first time in years. It was awful, but it was the thought.",
    "C|My family's from {n_country}, originally, so it's a very {n_nat} house, if you know what I mean.",
    "C|The only one who listens is the dog, {n_pet}. Honestly, {n_pet} is the best therapist I've had.",
    "C|{n_holiday} is coming and I'm dreading it. Everyone together in one room. Nightmare.",
    "C|It costs {n_money} a week just for the bus and the childminder. I can't keep it up.",
    "C|I was up till {n_clock} every night this week, just scrolling, not even enjoying it.",
    "C|I'm {n_age} years old and I still feel like a kid when she talks to me like that.",
    "C|Back in {n_year}, when it first happened, nobody talked about mental health at all.",
    "T|Can you turn to {n_step} in the workbook? We'll pick up where we left off.",
    "C|Every {n_weekday} I go to the meeting. It's the one thing I never miss.",
    "C|The nurse said I'm a bit low on iron, so I'm taking {n_med} and some tablets as well.",
    "C|I got {n_score} on the quiz thing at the GP. He said that's moderate, whatever that means.",
    "C|She's only {n_age}, she shouldn't be dealing with this, it's not fair on her.",
    "C|I think I'm a bit of a {n_nat} mammy, you know, always worrying, always feeding people.",
    "C|I did the step work with my sponsor, {n_step} now, and it's the hardest so far.",
    "C|In {n_month} we're going to my aunt's, which I'm looking forward to, weirdly.",
    "C|We watch {n_brand} adverts and he goes mad for them. He's obsessed, honestly.",
    "T|That sounds like a lot to carry. What would you say to a friend in the same spot?",
    "C|I'd tell them to be kind to themselves, but I can't do that for me. Funny that.",
    "C|Mark my words, it'll all blow up again at {n_holiday}. It always does in our house.",
    "C|I'm not one for church, but I said a prayer. Will power alone wasn't cutting it.",
    "C|To be frank, I've no hope that the council will sort it. No joy with them so far.",
    "C|Murphy's law, the one day I leave early, the boss comes looking. Typical.",
    "C|Grace, that's the name of the dog next door, barked all night. I didn't sleep a wink.",
    "C|I'm reading a book by {n_public} about resilience. It's a bit cheesy but it helps.",
    "C|I ate a Yorkshire pudding and a Cornish pasty and felt sick. Stress eating, I suppose.",
    "T|Your PHQ score has come down, which is really encouraging. How does that land?",
    "C|Since {n_country} we've been living out of suitcases, basically. It's not a life.",
    "C|Room {n_age}, bed four. That's where they put him. No, sorry, I mean the ward number.",
]

# Extra turns, one or two per session: spelled names, places, dates in passing.
EXTRA_TURNS = [
    "C|It's {kin_full}, that's {kin_spell}, nobody ever spells it right, not even the school.",
    "T|Sorry, could you spell the surname for me? I want to get it right on the form.",
    "C|Her name's {friend}, spelled {friend_spell}, she's the one I told you about last time.",
    "C|I grew up in {hood}, over in {region}, but we moved to {town} when I was eleven.",
    "C|It all started around {date}, just before {n_holiday}, and it's been downhill since.",
    "C|{kin_full} from {town} rang me out of the blue, first time in years, on {date}.",
    "C|The referral came from {facility}, from a nurse called {friend}, she was lovely.",
    "C|We used to go to {region} every summer, to my uncle {kin}'s place by the water.",
    "C|I met {peer_full} at {facility} and we've been inseparable since, honestly.",
    "C|My cousin {kin} works at {facility} in {town}, she might be able to get me in.",
]

CLOSINGS = [
    ["T|We're nearly out of time. Same time next week, {client}? Look after yourself till then.",
     "C|Yeah. Thanks. This actually helped a bit more than I thought it would, to be honest."],
    ["T|Okay, let's stop there. I'll send the summary through, and remember the crisis line if you need it.",
     "C|I will. Thanks, {therapist}. See you next time, hopefully with better news, fingers crossed."],
    ["T|Thank you for being so open today. That took real courage, it really did.",
     "C|Thanks. I'm wrecked now, to be honest. I think I'll go home and sleep for a week."],
]


def cast_participants(ctx, person) -> list[str]:
    """Create the consented people for the setting; returns their roles."""
    roles = PARTICIPANT_ROLES.get(ctx.setting, ["client"])
    for role in roles:
        person(ctx, role)
    person(ctx, "therapist")
    return roles


def _est(block: list[str]) -> float:
    return sum(len(t.split()) + 1.8 * t.count("{") for t in block) * 1.06


def plan_session(ctx, id_slots: list[str], target: int) -> list[tuple[str, str]]:
    """Opening, identifier exchanges, negatives and setting turns in a shuffled middle, then a closing."""
    rng = ctx.rng
    opening = rng.choice(OPENINGS[ctx.setting])
    closing = rng.choice(CLOSINGS)
    middle: list[list[str]] = [rng.choice(ID_TURNS[s]) for s in id_slots]
    middle += [[t] for t in rng.sample(NEG_TURNS, rng.randint(2, 4))]
    middle += [[t] for t in rng.sample(EXTRA_TURNS, rng.randint(1, 2))]
    total = _est(opening) + _est(closing) + sum(_est(b) for b in middle)
    body = BODY[ctx.setting][:]
    rng.shuffle(body)
    for turn in body:
        if total >= target:
            break
        middle.append([turn])
        total += _est([turn])
    extra = [t for t in NEG_TURNS if t not in [b[0] for b in middle]]
    while total < target:
        turn = rng.choice(extra)
        middle.append([turn])
        total += _est([turn])
    rng.shuffle(middle)
    plan = []
    for block in [opening] + middle + [closing]:
        for turn in block:
            who, text = turn.split("|", 1)
            plan.append(("therapist" if who == "T" else "client", text))
    return plan
