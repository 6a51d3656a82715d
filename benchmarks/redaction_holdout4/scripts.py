"""Session scripts for the fourth hold-out set, written as templates.

A block is a short exchange; blocks are separated by blank lines. A turn starts with `C:` (a client: the client,
a partner, a parent or child, a group member) or `T:` (the therapist or intake worker); indented lines continue
the turn above. `{SLOT}` is filled by `generate.Session.fill`: participants `{C}`, `{T}`, `{O}`, `{O2}`, `{O3}`
(with `_first`, `_nick`, `_full`, `_sur`, `_title`, `_spell`), new people `{F}` `{M}` `{FW}` `{MW}` `{FN}` `{MN}`
`{DR}` `{MRS}` `{MR}` `{KIN_F}` `{CLERIC}`..., places, addresses, dates, contacts and identifiers (a `{X_CUE}` names
the identifier `{X}` that follows it), and hard negatives (`{NUM:n}`, `{DOSE}`, `{SCORE}`, `{WEEKDAY}`...) that get
no span. `#k` repeats the same filling within a block; `{LX:word}` is the locale's word for a UK word.
"""


def blocks(text: str) -> list[tuple[str, ...]]:
    """Parse blank-line separated blocks of `C:`/`T:` turns (indented lines continue a turn)."""
    out: list[tuple[str, ...]] = []
    for chunk in text.strip().split("\n\n"):
        turns: list[str] = []
        for raw in chunk.splitlines():
            line = raw.strip()
            if not line:
                continue
            if raw[:2] in ("C:", "T:"):
                turns.append(line)
            elif turns and raw.startswith(" "):
                turns[-1] += " " + line
            else:
                raise ValueError(f"script line neither a turn nor a continuation: {raw!r}")
        out.append(tuple(turns))
    return out


# --- openings -----------------------------------------------------------------------------------------------------

OPENINGS: dict[str, list[tuple[str, ...]]] = {
    "individual": blocks("""
T: Hi {C}, come on in, take a seat wherever you like. How have things been since we last met on {DATE}?
C: Honestly, up and down. The first week was okay, but then it all sort of unravelled again at the weekend.

T: Okay, we're recording now, as we agreed, for the notes. This is session six with {C_full}, and I'm {T_full}.
C: Yeah, that's fine. I don't mind the recording, it's easier than you writing everything down.

C: Sorry I'm late, the traffic coming in from {TOWN} was a nightmare, and then the car park was full.
T: No problem at all, {C}, we've still got most of the hour. Get your breath back first.

T: Morning, {C}. Before we start, your GP letter came through from {CLINIC}, so that's on file now.
C: Oh good, because I wasn't sure they'd actually sent it. They're terrible with paperwork over there.

T: Last time you said you wanted to talk about what happened on {DATE_Y}. Is that still where you'd like to start?
C: Yeah. I've been thinking about it all week, so it's probably best to just get it out.

C: Hiya, {T}. Is it okay if I keep my coat on? I'm frozen, the heating's been broken at home since {DATE}.
T: Of course, whatever's comfortable for you. I can turn the heater up in here as well.

T: Welcome, {C_title}. Or would you prefer I call you {C_first}?
C: {C_nick}, please. Nobody calls me {C_title} except the bank and the dentist.
T: {C_nick} it is. So, this is our first session together. What brings you here today?
"""),
    "couples": blocks("""
T: Welcome back, both of you. {C}, {O}, where would you like to start this week?
C: I think I'll start, if that's okay, because the last fortnight has been really hard and I don't think {O}
  sees it.

T: Since this is our first joint session, could you each tell me the name you'd like me to use?
C: I'm {C_full}, but everybody calls me {C_nick}, so that's fine.
C: And I'm {O_full}. Just {O} is fine, honestly.

T: Hi {C}, hi {O}. Thanks for rearranging from {DATE}. I know it wasn't easy with work.
C: Thanks for fitting us in. It's been a week, to be honest, we nearly cancelled altogether.

T: So last time, you agreed to try a weekly check-in on Sunday evenings. How did that go?
C: We managed it once. The second Sunday {O} was at {WORK} doing overtime until gone nine.
C: That's not fair, I told you about that shift two weeks before.
"""),
    "family": blocks("""
T: Hi {C}, and you must be {O}. I've heard lots about you. Do you want the beanbag or the big chair?
C: Go on, {O}, say hello. Sorry, they're a bit shy with new people.
C: Hello. I want the beanbag. Is that a real fish tank over there?

T: So today we've got {C}, {O} and {O2}. Thank you all for coming, I know getting everyone in one room isn't easy.
C: It's not. {O2} had football and {O} had a meltdown in the car, so we're doing well to be here at all.

C: We came straight from {SCHOOL}, so {O} is starving. Sorry about the crisp packets everywhere.
T: That's absolutely fine. {O}, help yourself to some water there if you want some.

T: Let's start with a quick check-in. {O2}, how has your week been, on a scale from one to five?
C: A three. I got a merit at school but {O} broke my Xbox controller on purpose.
"""),
    "group": blocks("""
T: Okay everyone, let's make a start. We've got someone new tonight, so a quick round of names. {O}, would you
  start us off?
C: Hi, I'm {O}. I've been coming since about {MONTH}, and this week's been alright, actually.
C: I'm {C}. First time. A bit nervous, so I might just listen today, if that's okay with everyone.

T: Welcome back to week {NUM:4} of the group. A reminder of the ground rules: what's said in the room stays in
  the room.
C: Can I say something first? I wanted to thank {O2} for the message last week, it really helped.

T: Evening, everyone. {FN} has sent apologies, so it's a smaller group tonight. Who'd like to check in first?
C: Me, please, {T}. I've had a rubbish week and I need to get it off my chest.

T: Hi all, welcome to the carers' group at {SERVICE}. Let's go round and say who we care for.
C: I'm {O}. I look after my dad, he's {AGE90} and he's got dementia.
C: I'm {O2}, and I care for my husband, {MW}. He had a stroke back in {MONTH}.
"""),
    "intake": blocks("""
T: Good morning, you're through to the intake line at {PRACTICE}, my name's {T_first}. Can I take your full
  name, please?
C: Hi, yes, it's {C_full}. The surname is spelled {C_spell}, if that helps.

T: Hello, is that {C_full}? It's {T_full} calling back from the referrals team about the form you sent in.
C: Yes, speaking. Thanks for ringing back, I wasn't sure if anyone had actually got it.

T: Thank you for calling {PRACTICE}, this is {T_first} on the intake team. Who am I speaking with today?
C: Hi, my name's {C_full}. My doctor gave me this number and said you do the therapy appointments.

T: Hi, it's {T_first} from {PRACTICE}. Is now still a good time for the initial phone assessment?
C: Yes, it's fine, I've just put the kids to bed. Sorry if you hear the dog barking.
"""),
    "telehealth": blocks("""
T: Can you hear me okay? You froze for a second there, {C}.
C: Yeah, sorry, the wifi in this {LX:flat} is terrible. I'm in the kitchen because it's the only place it works.

T: Hi {C}, I think you're on mute. There we go. Are you somewhere private where you can talk?
C: Yeah, I'm in the car outside {WORK}, on my lunch break. It's the only private place I've got really.

T: Hello {C}, welcome to our first video session. Just to check, can you see and hear me clearly?
C: Yes, I can see you. Sorry, my camera's a bit dark, I'm at my {LX:mum}'s in {TOWN} this week.

C: Hi {T}, sorry, I had to click the link about five times. It kept saying the meeting hadn't started.
T: That's okay, you're here now. That link can be temperamental. How are you doing today?
"""),
}

# --- closings -----------------------------------------------------------------------------------------------------

CLOSINGS: dict[str, list[tuple[str, ...]]] = {
    "individual": blocks("""
T: We're nearly out of time. Same time next week, so that's {DATE}. Does that still work for you?
C: Yeah, that's fine. Actually, can we make it a bit later? I've got {F}'s hospital appointment in the morning.
T: Of course, let's say {TIME}. I'll pop it in the diary now.

T: Before you go, if things get really bad this week, you've got the crisis line and my work {LX:mobile},
  {MOBILE}.
C: Yeah, I've got them saved. Thanks. I'll probably be fine, but it's good to know they're there.
T: Take care of yourself, {C}. See you next week.

T: I'll email the worksheet tonight. Is {EMAIL} still the best address?
C: Yeah, that's the one. Or use my work one, {EMAIL_W}, I check that more often, to be honest.
T: Perfect. I'll see you on {DATE}, then.

T: Thank you for today, {C}. I know that was a hard session.
C: Thanks, {T}. It was. But I feel lighter, kind of. I'll see you in two weeks.
T: Two weeks. Look after yourself in the meantime.

C: Oh, before I forget, my address has changed. It's {ADDR} now, and the {LX:postcode} is {POST}.
T: Thanks, I'll update that with reception. Anything else before we finish?
C: No, that's it. Thank you, {T}. See you next week.

T: So the plan for this week is the sleep diary, and one phone call to {F#1}. Does that feel doable?
C: The diary, yes. The call to {F#1}, maybe. I'll try.
T: Trying is enough. We'll look at how it went on {DATE}.
"""),
    "couples": blocks("""
T: Okay, we'll stop there. For homework, I'd like you both to try one ten minute check-in before {DATE}.
C: Ten minutes, no phones. I think we can manage that.
C: Thanks, {T}. See you in a fortnight, then.

T: Thank you both. {C}, {O}, I know today was difficult. You both showed up, and that matters.
C: Thanks. Is it the same time next month, or is it different?
T: It'll be {DATE}, I'm away the week before. I'll email you both the confirmation.

T: I'll send the invoice to the email on file, {EMAIL}. Is that still right for both of you?
C: Yes, that's our joint one, we both check it. Thanks, {T}.
T: Great. Take care of each other this week.
"""),
    "family": blocks("""
T: {O}, thank you for all your hard work today. You can choose a sticker on the way out.
C: Can I have two? One for {O2}, because they did good listening too?
T: Of course you can. We'll see you all on {DATE}.

T: I'll write to {DR} at {CLINIC} with a summary, if that's okay with you.
C: Yes, that's fine. Can you copy the school in? {MRS} is the SENCo there.
T: I'll need your written consent for the school, but yes, we can do that.

C: Say thank you to {T}, {O}, before we go.
C: Thank you, {T}. Can I come back next week and do the sand tray again?
T: You can. Next {WEEKDAY}, same time. Bye for now, {O2}, bye {O}.
"""),
    "group": blocks("""
T: Okay, let's close with the usual round. One thing you're taking away tonight. {O2}?
C: That I'm not the only one who feels like this. Thanks, everyone.
T: Thank you. Next week we're back in the hall at {CHURCH}, same time. Take care, everyone.

T: Just a reminder, there's no group on {DATE} because of the bank holiday. We'll be back the week after.
C: Is the coffee morning still on at {SHOP} though?
T: It is, {O}, but that's separate from group. Thanks, everyone, safe home.

T: If anyone needs support before next week, the duty line is {LANDLINE}, weekdays nine till five.
C: Can you put that in the group email as well? I never have a pen.
T: I will, {O3}. Thanks everyone, see you next {WEEKDAY}.
"""),
    "intake": blocks("""
T: Lovely, so I've booked your assessment for {DATE} with one of our clinicians, {DR}. You'll get a
  confirmation by email.
C: Brilliant, thank you so much. Sorry I was a bit all over the place.
T: Not at all. If anything changes, you can ring this number back, {LANDLINE}.

T: That's everything I need for now. You're on the waiting list, and someone will be in touch within about six
  weeks.
C: Six weeks. Okay. And what if I get worse before then?
T: Then ring your GP, or the crisis line, or {LX:nine nine nine} if you're in danger. Please don't wait for us.

T: Thanks, {C}. I'll send the forms to {EMAIL} today. If you could fill them in before the appointment, that'd be
  great.
C: Will do. Thanks for being so patient with me.
T: You're welcome. Take care, and we'll see you on {DATE}.
"""),
    "telehealth": blocks("""
T: Okay, I'll send next week's link to {EMAIL}. Same time as today?
C: Same time works. Hopefully the wifi behaves itself.
T: Fingers crossed. Take care of yourself, {C}, and see you then.

T: We're at time. If we get cut off next week, I'll ring you on {MOBILE} straight away.
C: Okay, that's fine. Thanks, {T}, I'll speak to you next week.
T: Speak then. Be kind to yourself this week.

T: Before you go, our client portal is at {URL}, and you can rebook there if you need to.
C: Great, I'll have a look. Thanks for today, it really helped.
T: I'm glad. Take care, and speak soon.
"""),
}

# --- general blocks (any setting, said by a client) ------------------------------------------------------------

GENERAL: list[tuple[str, ...]] = blocks("""
C: My sister {F#1} rang me on {DATE} out of nowhere. We hadn't spoken properly since {HOLIDAY}.
T: How was it, hearing from {F#1} after all that time?
C: Weird. Nice, I suppose. She's moved to {TOWN} with her partner and she wants me to go and stay for a weekend.

C: I've honestly lost all hope with the job hunt. My niece {FW#1} keeps sending me listings though, bless her.
T: It sounds like {FW#1} is really in your corner at the moment.
C: She is. She's only {AGE:19-24} and she's got more sense than the rest of the family put together.

C: Work has been awful. My manager, {FN}, pulled me into the office on {DATE} and told me I'm on a final warning.
T: That's a lot to carry. What was the warning about?
C: Lateness, mostly. But the buses from {TOWN} out to {WORK} are a joke, the number {NUM:42} never turns up
  before eight.

C: My nan turned {AGE90} on {BDAY}, so we had a little party for her at {SERVICE} with all the staff.
T: That's a real milestone. How is she doing in herself?
C: Sharp as a tack. She still does the crossword every morning, she just can't manage the stairs any more.

C: Dad's back in {HOSP} again. They gave me his {MRN_CUE} so I can ring the ward, it's {MRN}, I've got it
  written on my hand.
T: That sounds really frightening. How long has he been in this time?
C: Since {DATE}. They think it's his heart again, but nobody tells you anything, you just sit in that corridor
  drinking vending machine tea.

C: We finally got the keys to the new {LX:flat}. It's {ADDR}, just round the corner from {SHOP}.
T: How does it feel, having your own place after everything?
C: Strange. Quiet. I keep checking the door's locked, like three or four times a night, which I know is something
  we need to look at.

C: The {LX:council} sent the letter to the old address, {FULLADDR}, even though I told them twice that we'd moved.
T: So the letter about the hearing never reached you?
C: No. I only found out because the new tenant brought it round to my {LX:mum}'s, which was mortifying.

T: Who could you call if it got that bad again?
C: Probably {F#1}. She's my oldest friend, we were at {SCHOOL} together. Her number's {MOBILE}, I know it off by
  heart.
T: Good. Let's put {F#1} on the safety plan with that number, so it's there in black and white.

C: I emailed my old tutor, {DR}, at {EMAIL:last}, to ask about going back and finishing the course.
T: That took real courage. Have you heard anything back yet?
C: Not yet. It's been five days, which in my head means they hate me, but I know that's the catastrophising thing
  again.

C: I've started going to {GYM} with my mate {MW#1}, three mornings a week before work.
T: And how has that been for your mood?
C: Better, actually. {MW#1} won't let me skip. He just turns up outside at six and beeps the horn until I come out.

C: I went back to {CHURCH} on Sunday for the first time in about a year. {CLERIC} came over after the service and
  just held my hand.
T: What was that like for you?
C: I cried in the car park for twenty minutes. Good crying, though, if that makes sense. Like something finally
  loosened.

C: I finally got my {LX:licence} back from {LX:the DVLA}. The insurance woman made me read out the
  {LIC_CUE:driving}, {LIC}, and my hands were shaking the whole time.
T: It sounds like even that small bit of admin brought a lot up.
C: It did. It's the first time I've driven since the crash on {DATE_Y}.

C: Someone keeps parking across our drive. I took a photo of the {PLATE_CUE:plate}, {PLATE}, and reported it,
  but nothing's happened.
T: How has that been affecting you day to day?
C: It's stupid, but it sets me off every single morning. I stand at the window at {TIME} just waiting for that car.

C: The court date for the protection order is {DATE_Y}. My {LX:solicitor}, {MRS}, says I won't have to be in the
  same room as {M#1}.
T: How are you feeling about the hearing?
C: Sick. Every time I think about {M#1} sitting there in a suit, acting all reasonable, I just want to run.

C: Then I got scammed on top of everything. They took {MONEY} out of my account, and I had to read the
  {ACCT_CUE:bank}, {ACCT}, to the fraud team three times.
T: That's a horrible thing to happen when you're already stretched.
C: I keep replaying the call. She sounded so nice, she knew my name and everything.

C: The {LX:benefits office} rang and wanted my {SSN_CUE} again, so I read it out, {SSN}, and then they cut me off
  anyway.
T: That sounds incredibly frustrating.
C: Four times now. Four times I've sat on hold for an hour listening to the same tinny music.

C: The new {LX:surgery} couldn't find me on the system, even with my {HPN_CUE}, which is {HPN}. So I've got no
  prescription until they sort it.
T: Have you got enough of your {MED} to last until then?
C: About four days. I've been cutting them in half, which I know I shouldn't.

C: My pump failed at three in the morning. I had to ring the helpline and read them the {DEV_CUE:pump}, {DEV},
  while my sugars were dropping.
T: That must have been terrifying, being on your own with that.
C: It was. {FW} from next door came round in her dressing gown and sat with me until the paramedics came.

C: Someone got into my Facebook. The security email said the login came from {IP}, which isn't anywhere near me.
T: How did that leave you feeling?
C: Exposed. Like someone had been reading over my shoulder. I changed every password I've got that night.

T: How old is your grandad now?
C: He's {AGE90}. Still drives, which terrifies all of us. My {LX:mum}'s {AGE:55-70} and she's the one looking
  after him full time.
T: That's a lot for your {LX:mum} to be carrying on her own.

C: Oh, and I put the photos from my cousin's wedding up on my page, it's {PROFILE}, if you ever want to see
  what everyone looks like.
T: That's kind of you, but I tend to keep our work to the room. Tell me about the wedding, though.
C: It was in {TOWN}, at this big hotel. First time the whole family's been together since the funeral.

C: {KIN_F} always used to say I was the sensible one. I don't feel very sensible at the moment.
T: What would she say if she could see you now?
C: She'd put the kettle on and tell me to stop being so hard on myself. She died on {DATE_Y}, in {HOSP}.

C: I've been messaging this guy from the app. {M#1}. He lives over in {TOWN}, he's a paramedic, and he seems,
  I don't know, normal.
T: You sound a bit surprised by that.
C: I am. After the last one, normal feels like a luxury. We're meeting at {PUB} on {WEEKDAY}.

C: {MRS} from the school rang me at work. Apparently my son's been hiding in the toilets at lunch again.
T: How did you respond when she told you?
C: I went straight down to {SCHOOL} and sat in the car outside. I didn't even go in, I just needed to be near him.

C: My landlord, {MN}, is threatening to put the rent up again. He's already at {MONEY} a month and the damp's
  getting worse.
T: Have you been able to get any advice about it?
C: They said to write to him. I did, I sent it to his place on {STREET}, but he just ignores anything in writing.

C: I've been walking a lot, up round {COUNTY}, because it's the only time my head goes quiet.
T: What is it about being out there that helps?
C: Nobody needs anything from me. It's just me and the sheep. And no phone signal, which is bliss.

C: We're thinking of moving back to {TOWN} to be nearer my {LX:mum}. The house on {STREET} has been empty since
  my dad went into {SERVICE}.
T: That's a big decision. What's pulling you towards it?
C: Guilt, mostly. And money, if I'm honest. But I grew up there, and it still feels like home.

C: My brother {M#1} sent me a voicemail on my birthday, which is {BDAY}. First contact in three years.
T: Have you listened to it?
C: About fifty times. I haven't replied though. I don't know what I'd even say to {M#1} after everything.

T: Last time you mentioned your friend {F#1}. How are things between you two now?
C: Better, actually. We went for coffee at {SHOP} and I told her about the panic attacks. She just said, me too.
T: What was it like to hear that from {F#1}?

C: I've got an appointment at the memory clinic at {HOSP} on {DATE}, for my {LX:mum}. She's {AGE90} and she keeps
  leaving the gas on.
T: How are you feeling about the assessment?
C: Scared of what they'll say. Relieved that someone's finally looking, too. Both at the same time.

C: My old boss, {MR}, wrote me a reference, which was decent of him considering how I left.
T: How did you leave, if you don't mind me asking?
C: I walked out in the middle of a shift at {WORK}. Just took my apron off and went home and didn't answer the
  phone for a week.

C: I started volunteering at {SERVICE} on Thursdays. Just making tea and chatting, nothing fancy.
T: How has that felt for you?
C: Really good. There's a lady there, {FW}, who's {AGE90} and honestly funnier than anyone I know.

C: My daughter's set up one of those fundraising pages for the funeral, {URL_P}, and it's already passed the
  target.
T: How does it feel to see people rally round like that?
C: Overwhelming. People I haven't heard from in years have put money in.

C: I looked up that support group you mentioned. Their website's {URL}, and they meet in {TOWN} on the first
  {WEEKDAY} of the month.
T: What do you think about giving it a try?
C: I might. I'd want to sit at the back, though, and not say anything the first time.

C: {DR} at the pain clinic wants me to try another injection, on {DATE}. I said I'd think about it.
T: What's making you hesitate?
C: The last one made it worse for a fortnight. And I had to take time off from {WORK}, which didn't go down well.

C: My ex texted again last night, from a new number, {MOBILE}. I've blocked the last three.
T: Have you been keeping a record of the messages like we talked about?
C: Yeah, I screenshot all of them. The officer who came out, {TITLED:police}, said to keep everything.

C: I've got a new counsellor for the drinking side of things, at {SERVICE}. Her name's {FN}, and she's lovely.
T: How does it feel having two of us in your corner?
C: A bit weird. Like I'm cheating on you. But she's got the addiction side down, so.

C: I keep a blog about it, actually. Recovery stuff. It's {URL_P}, though I don't really advertise it.
T: What does writing it give you?
C: A place to put it. When I write it down I stop going round in circles at three in the morning.

C: My hearing aid went in the washing machine. I had to ring audiology with the {DEV_CUE:hearing}, {DEV}, and
  beg for a new one.
T: Oh no. How have you been managing without it?
C: Badly. I just nod at everything. I think I agreed to host Christmas without realising.

C: Dad's CPAP machine keeps beeping, so I rang the company and read out the {DEV_CUE:cpap}, {DEV}. They're
  sending an engineer.
T: It sounds like you're the one everyone calls when something breaks.
C: Always. Since I was about twelve. My brothers live in {COUNTY} and just send thumbs up emojis.

C: I sold his car in the end. The buyer wanted the {PLATE_CUE:vin}, {PLATE}, and the logbook, and then he drove
  it away and that was it.
T: How did it feel to let it go?
C: Like losing him all over again. It was his car. It still smelled of his aftershave.

C: My {LX:mum} was born on {DOB:old}, so she'll be {AGE90} this year. We're trying to plan something small.
T: What would she enjoy, do you think?
C: Honestly, a fish supper and her grandchildren in one room. That's all she ever asks for.

C: The insurance finally came through for the flood. It was under {ACCT_CUE:claim} {ACCT}, and it took them seven
  months.
T: Seven months is a long time to be living with that.
C: In my {LX:mum}'s spare room, with two kids and a dog. Nobody's been sleeping properly.

C: My mate {MW#1} runs a little business, {URL_P:last}. He's offered me some shifts.
T: How do you feel about going back to work with your hands?
C: Nervous. But {MW#1}'s a good lad. He knows about everything and he won't make a thing of it.

C: I went to my cousin {F#1}'s in {TOWN} for the weekend. Her husband, {MW}, cooked a massive roast.
T: How was it, being around family for a whole weekend?
C: Exhausting, but nice. {F#1} gets it. She's been through her own stuff.

C: The nurse at {CLINIC} said my blood pressure was through the roof, so she's referred me to {DR}.
T: How are you feeling about that?
C: Worried. My dad had his first heart attack at {AGE:48-58}. I'm not far off that.

C: I had a panic attack in {SHOP} on {DATE}. Right by the tills. A woman called {FW} sat me down and got me a
  glass of water.
T: That's a very frightening thing to go through in public.
C: It was. But she was so kind about it. She said her son gets them too.

C: We had a meeting with {MR} and the head of year at {SCHOOL} about the bullying.
T: How did the meeting go?
C: Better than I expected. They've moved the other boy out of his form group, at least.

C: My {LX:mum}'s carer, {F}, noticed the bruises before I did. I feel awful about that.
T: It sounds like you're carrying a lot of guilt.
C: I should have seen it. I was there every {WEEKDAY}. I just didn't look properly.

C: The locksmith came round to {ADDR} and changed all the locks. I paid for it out of my savings.
T: How do you feel now that's done?
C: Safer. Not safe, but safer. I still sleep with the hall light on.

C: I posted about it on Instagram, I'm {HANDLE} on there, and loads of people messaged me saying they'd been
  through the same thing.
T: How was it, getting those messages?
C: Weirdly comforting. Strangers being kinder than my own family.

C: I've been staying at my auntie's in {TOWN}. It's {ADDR}, if you need it for the file, and the {LX:postcode} is
  {POST}.
T: Thanks, I'll update that. How long do you think you'll be there?
C: Until the {LX:council} sorts something out. Could be weeks, could be months, nobody knows.

C: I've been seeing a physio, {F} something, at {CLINIC}. She's really good with my back.
T: Has the pain been affecting your sleep?
C: Massively. I'm up at four most nights. I've been listening to those sleep stories on {BRAND}.

C: They've given me a new keyworker, {M}, because the last one left. He's nice, but I'm sick of starting over.
T: It's exhausting, retelling your story again and again.
C: That's exactly it. Every new person wants the whole thing from the beginning.

C: My daughter {FW#1} starts at {SCHOOL} in September. I'm more nervous than she is.
T: What are you most nervous about?
C: That she'll be like me. Anxious. Hiding in the library at lunch. But {FW#1} is braver than me, she always has
  been.

C: The {LX:solicitor} needs the medical letter, and they only take it by fax, would you believe. Their fax is {FAX}.
T: I can ask our admin team to send it across this afternoon.
C: Thank you. I didn't even know fax machines still existed, to be honest.

C: My GP faxed the referral to the wrong place. It was meant to go to {FAX}, and it went to some dentist in
  {TOWN}.
T: That's infuriating after waiting so long.
C: Six weeks for nothing. I had to ring them three times to even find that out.

C: My {LX:mum}'s in {SERVICE} now. Her room number is {NUM:14}, on the first floor, looking over the garden.
T: How often are you able to visit her?
C: Every {WEEKDAY}. Some days she knows me, some days she calls me by my sister's name, {F}.

C: My grandad's {AGE90} and he still goes to {PUB} every {WEEKDAY} for his pint and his dominoes.
T: He sounds like quite a character.
C: He is. He's the only one in the family who never judged me, not once.

C: There's this older guy at the allotment, {MW}, who's taught me loads. He's {AGE90}, you wouldn't believe it.
T: What does it give you, spending time with him?
C: Patience, I think. He does everything slowly. It makes me slow down too.

C: I rang {DR}'s secretary to chase the results. She gave me her direct line, {LANDLINE}, which never happens.
T: Did you get the results in the end?
C: Not yet. She said {DATE} at the latest. So more waiting.

C: I looked at my passport for the trip, and it expired on {DATE_Y}. I had to read the {LIC_CUE:passport},
  {LIC}, to the travel agent.
T: So the trip might need to be pushed back?
C: Maybe. Which honestly, part of me is relieved about.

C: I'm a nurse, or I was. The regulator has my {LIC_CUE:pro}, {LIC}, on hold until the investigation is finished.
T: That must feel like your whole identity is on hold.
C: It is. Twenty years at {HOSP} and now I'm just waiting for a letter.

C: I drive a cab now, nights mostly, for {WORK}. My {LIC_CUE:taxi} is {LIC}, I know it better than my own birthday.
T: How is that for you, the nights?
C: Lonely. But I like the quiet bits. I sit in the rank outside {HOSP} with a flask and just think.

C: I've set up an email just for the divorce stuff, {EMAIL}, so I don't have to see his name every time I open my
  inbox.
T: That sounds like a really protective step.
C: It was your idea, kind of. The boundaries thing from a few weeks ago.

C: My son moved to {TOWN} for {LX:uni}. He rings me every {WEEKDAY}, which I know is more than most.
T: How has the house felt without him?
C: Too quiet. I keep cooking for three.

C: The man who sold us the car, {MN}, has stopped answering. The {PLATE_CUE:plate} is {PLATE} and apparently it's
  still registered to someone else.
T: That sounds like another thing you didn't need.
C: I know. Everything that can go wrong this year has.

C: My brother-in-law {MW} is a police officer in {TOWN}, and he keeps telling me to report it. But I'm not ready.
T: What would being ready look like?
C: I don't know. Not shaking every time I hear a car door.

C: I met with the debt advisor, {FN}, at {SERVICE}. My {ACCT_CUE:customer} with the energy company is {ACCT},
  and she's going to ring them for me.
T: How does it feel to hand some of that over?
C: Like I can breathe. It's been sitting on my chest for months.

C: I went to see my dad's grave in {TOWN} on {DATE}, which would have been his birthday.
T: How was that?
C: Quiet. I talked to him for ages. Told him about the job and about you, actually.

C: {FW} from the choir drove me home after rehearsal and we sat in the car talking until midnight.
T: It sounds like the choir is becoming important to you.
C: It's the only two hours a week when I'm not thinking. You can't panic and sing at the same time.

C: I did the online course the GP recommended, on {URL}. Six weeks of modules.
T: What did you make of it?
C: Some of it was useful. The breathing stuff. But it's not the same as talking to a person.

C: My daughter's partner, {M#1}, turned up drunk on {DATE}. I had to ring the police.
T: That must have been a very frightening night.
C: It was. The kids were asleep upstairs. {M#1} was banging on the door for half an hour.

C: My uncle left me his old house, {ADDR}, in {TOWN}, and honestly I don't know what to do with it.
T: What comes up when you picture yourself there?
C: Summers, mostly. Before everything went wrong. I spent every summer in that house.

C: I had my review at {WORK} with the new manager, {F}. It went better than I thought.
T: What made the difference, do you think?
C: I actually said what I needed. Like we practised. Shorter shifts and no weekends for a bit.

C: The GP changed my {MED} to something else, I can't remember what, and I've felt like a zombie since {DATE}.
T: Have you been able to let the GP know how it's been?
C: I rang {CLINIC} and they said wait two weeks. So I'm waiting.

C: {CLERIC} has been visiting my {LX:mum} every week since the diagnosis. It means the world to her.
T: And to you?
C: To me too, even though I don't really believe any of it any more.

C: My best friend {F#1}'s wedding is on {DATE}, up in {COUNTY}. I'm supposed to be giving a speech.
T: How are you feeling about the speech?
C: Terrified. I've written it about ten times. {F#1} says just be myself, which is the worst advice in the world.

C: I've applied for a job at {WORK}. Warehouse, nights. The interview's on {DATE}.
T: That's a big step. How are you feeling about it?
C: Sick. But in a good way, maybe. I want something to get up for.

C: I got a message from an old school friend, {FN}, on Facebook. Her profile's {PROFILE:last}, she's living in
  {TOWN} now.
T: How did it feel to hear from her?
C: Like being fourteen again, in a good way. We're going to meet up.

C: My {LX:mum} rang from {HOSP}. They wanted her {HPN_CUE}, {HPN}, and she couldn't remember it, so I had to.
T: That must be hard, becoming the one who remembers for her.
C: It is. It used to be the other way round.

C: They've put my son on a glucose monitor. The {DEV_CUE:cgm} is {DEV}, and I've got it saved in three places,
  just in case.
T: It sounds like you're on high alert a lot of the time.
C: All the time. I check his numbers at two in the morning. I don't remember the last time I slept through.

C: My phone was stolen at the train station, so I had to give the police the {DEV_CUE:imei}, {DEV}, which I'd never
  even heard of before.
T: How are you doing after that?
C: Shaken. It was my whole life on there. All the photos of my dad.

C: My {LX:GP}, {DR}, has been brilliant, to be fair. She's the one who pushed me to come here.
T: What did she say that made the difference?
C: She said, you'd make your friend go, wouldn't you? And I thought, yeah. I would.

C: I went back to my hometown, {TOWN}, for the first time in ten years. Walked past the old house on {STREET}.
T: What was that like?
C: Smaller than I remember. Someone's painted the door red. I stood there like an idiot for ages.

C: {FN#1} from the support group gave me her number, {MOBILE}, and said text any time.
T: Have you used it?
C: Once. At one in the morning. She replied straight away, which made me cry.

C: The bank finally opened an account in just my name. They made me read out the {ACCT_CUE}, {ACCT}, twice,
  because I kept mixing the numbers up.
T: Having your own account sounds like a big step.
C: It is. He always did all the money. I didn't even know what our mortgage payment was.

C: I've been sober since {DATE_Y}. It'll be a year next month, if I make it.
T: You've made it this far. What's helped the most?
C: The meetings at {CHURCH}. And {MW}, my sponsor. He answers the phone at any hour.

C: My grandmother's {AGE90} and she's just moved in with us. She's in the box room.
T: How is everyone adjusting?
C: She's fine. She watches quiz shows all day. It's me who's struggling, with the noise and no space.

C: My ex-husband's new wife, {FN}, rang me out of the blue to apologise. I didn't know what to say.
T: What did you say?
C: I said thank you. And then I sat on the stairs for an hour.

C: I was meant to start at {WORK} on {DATE}, but I rang in sick on the first day. I just couldn't get out of the
  car.
T: That sounds like a lot of fear came up.
C: It did. I drove all the way there and sat in the car park and then drove home again.

C: The last therapist I saw was {DR} at {HOSP}. We only got six sessions before the funding ran out.
T: How did that ending feel?
C: Abrupt. Like being dropped halfway through a sentence.

C: My sister {FW#1} has been posting about me on her TikTok, {HANDLE:last}. Stuff about the family.
T: How did you find out?
C: A girl at work showed me. I wanted the ground to swallow me up. {FW#1} says it's her story too.

C: My dad's ninety next week. Well, {AGE90}, actually, I always forget he's older than he looks.
T: How are you feeling about the celebration?
C: Mixed. Every birthday now I wonder if it's the last one.

C: I saw {DR#1} again, the psychiatrist. {DR#1} wants to try me on {DOSE} from {DATE}.
T: How do you feel about a change of medication?
C: Hopeful, a bit. The old one made me feel like I was underwater.

C: My cousin {M} works at {HOSP} and he got me an appointment with {MRS} in the fracture clinic.
T: How is the wrist healing?
C: Slowly. I can't open jars. I had to ask a stranger in {SUPER} to open a jar of pickles for me.

C: I called my old house mate {P} on {DATE}. We used to live together on {STREET} when we were students.
T: What made you reach out?
C: I was looking at old photos and I just missed who I was back then.

C: The letter from {HOSP} had my {MRN_CUE} on it, {MRN}, and somebody else's results. I nearly had a heart
  attack on the doormat.
T: That sounds like a real shock. What did you do?
C: Rang them, shaking. They said it was a printing error. I don't trust a word they say now.

C: My employer messed up my tax. They had the wrong {SSN_CUE} on file, so I had to ring and read mine out, {SSN}.
T: How did you feel dealing with that on top of everything?
C: Like I was drowning in admin. It's always the small things that tip me over.

C: The ward wouldn't tell me anything about Dad until I gave his date of birth, {DOB:old}. I had to look it up on
  my phone, which felt awful.
T: That sounds like it brought up a lot of guilt.
C: It did. What kind of daughter doesn't know her dad's birthday off by heart?

C: My ex keeps getting into my accounts. The last alert said someone logged in from {IP} at two in the morning.
T: That sounds frightening. Have you been able to report it?
C: I've told the police. They said to change everything and keep screenshots.

C: The delivery drivers can never find us. The satnav sends everyone with our {LX:postcode}, {POST}, to the
  wrong end of the village.
T: It sounds like a small thing that's become a big irritation.
C: It is. I lost a whole morning waiting for a parcel that went to the farm.

C: The housing office said I had to fax the form. Fax! Their number is {FAX}, and the library's machine was
  broken, of course.
T: How did you manage in the end?
C: My neighbour's son did it from his work. I bought him a box of chocolates.

C: When I rang {HOSP} about the scan they asked for my {MRN_CUE}. It's {MRN}. It's on a post-it on the fridge
  now, next to the takeaway menus.
T: It sounds like there's a lot of waiting on other people at the moment.
C: Waiting and chasing. That's all this year has been.

C: Somebody scraped my car in the car park at {WORK}. I wrote down the other car's {PLATE_CUE:plate}, {PLATE},
  but they'd gone by the time I came out.
T: How did you react when you saw the damage?
C: I just sat in the car and cried. Over a scratch. It wasn't about the scratch, obviously.

C: I sell candles online, and someone keeps putting in fake orders. The dashboard says they all come from
  {IP}, every single one.
T: How has that been affecting you?
C: I check it fifty times a day. It's become another thing my brain can't leave alone.

C: The hospital letter had my name spelled wrong again. It's {C_sur}, {C_spell}, it's not that hard.
T: How did it feel, seeing it wrong again?
C: Like nobody's actually looking at me. Like I'm just a number on a list.

C: The care home rang about {KIN_M}. He's {AGE90} and he had a fall in the night.
T: How is he now?
C: Bruised and grumpy, but alright. I drove over to {TOWN} straight away. He told me off for fussing.
""")

# --- setting-specific blocks ------------------------------------------------------------------------------------

COUPLES: list[tuple[str, ...]] = blocks("""
C: We met at {WORK}, actually. {O} was in accounts and I was on the tills. Fifteen years ago on {DATE}.
C: And you asked me out at the Christmas do. I said no twice.
T: And the third time?

C: The problem is {O} never puts the phone down. We'll be at dinner and it's just scroll, scroll, scroll.
C: That's because your {LX:mum} messages me forty times a day.
T: I'm noticing you both move to blame quite quickly. Can we slow it down a little?

C: We had a massive row on {DATE} about money. {O} spent {MONEY} on a bike without telling me.
C: It was my bonus. I didn't think I needed permission.
T: It sounds like there are some different ideas about what's shared and what isn't.

C: I found messages on {O}'s phone from someone called {P#1}. Nothing physical, apparently, but still.
C: Nothing happened with {P#1}. It was just someone to talk to when you weren't talking to me.
T: That's a painful thing to say and to hear. Can we stay with it for a moment?

C: We went to {O}'s parents in {TOWN} for the weekend and it was awful. {O}'s dad, {MW}, barely said two words to
  me.
C: He's like that with everyone. It's not personal.
T: What would you need from {O} in those moments?

C: We've got our anniversary coming up, on {DATE}. {O} booked the place from our first date, {SHOP}.
C: I thought it might help. Remind us of who we were back then.
T: That's a lovely gesture. How does it land for you, hearing that?

C: The thing with {O} is, when we argue, they go silent for days. Like, {NUM:3} days once.
C: Because you shout. I shut down when you shout.
T: So one of you gets louder and the other gets quieter. That's a really common pattern.

C: We've been trying for a baby for two years. The clinic at {HOSP} has us down for a consultation on {DATE}.
C: And I'm terrified it'll be another no.
T: That's a lot of hope and fear sitting in the same place.

C: {O}'s ex, {P#1}, still rings about the kids at all hours. Last night it was gone eleven.
C: What am I supposed to do, not answer? They're my kids too.
T: Let's think together about what boundaries might work for all of you.

C: We did the exercises from the book you gave us. The love maps thing from {MODEL}.
C: I learned {O}'s favourite thing as a kid was {FICTION}. Fifteen years and I never knew.
T: What did it feel like, learning something new about each other?

C: My {LX:mum} is moving in with us in {MONTH}. {O} isn't happy about it.
C: I never said I wasn't happy. I said we should have talked about it first.
T: It sounds like the decision matters, and so does how it was made.

C: We're both on the mortgage for {ADDR}, so even if we split, neither of us can afford to move out.
C: Which is partly why we're here, to be honest.
T: Thank you for being so open about that. Money can keep people stuck.

C: {O} wants to move to {TOWN} for the new job at {WORK}. I'd be leaving everyone I know.
C: It's a two year contract. It's not forever.
T: Let's hear what that move means to each of you.

C: We did the date night like you said. We went to {PUB} and tried really hard not to talk about the kids.
C: We lasted about twenty minutes. But they were a good twenty minutes.
T: That's a real start. What was different in those twenty minutes?

C: Can you send the homework sheet to both of us? Mine is {EMAIL}, and {O}'s is {EMAIL:O}.
C: Actually, use my work one, it's {EMAIL_W:O}. I never check the other one.
T: Of course, I'll send it to both tonight.

C: My sister {F#1} says we should just divorce and stop wasting money on therapy.
C: {F#1} has never liked me. Not since the wedding.
T: It sounds like there are other voices in the room with us, even when they're not here.

C: {O} didn't come home until four on {DATE}. No text, nothing. I rang {O}'s best mate, {M}, at two in the
  morning.
C: My phone died. I was at {PUB} and then back at {M}'s, I told you.
T: Let's slow down and look at what that night was like for each of you.
""")

FAMILY: list[tuple[str, ...]] = blocks("""
C: {O} has been refusing school since {DATE}. Every morning it's the same, tummy ache, headache, crying in the car
  outside {SCHOOL}.
T: {O}, what's it like for you in the mornings?
C: I just feel sick. Like there's a washing machine in my tummy.

C: The teacher, {MRS}, thinks it might be about the new girl in class, {F}. They used to be friends.
C: She's not my friend any more. She told everyone I smell.
T: That sounds really hurtful, {O}. Thank you for telling us.

T: {O}, can you tell me how old you are now?
C: I'm {KIDAGE}. And my birthday is {BDAY}, so I'm nearly the next one.
T: Nearly the next one! What are you hoping to do for your birthday?

C: We were referred by {DR} at {CLINIC}. {O}'s {HPN_CUE} is {HPN}, if you need it for the forms.
T: Thank you, I'll add that to {O}'s file.
C: Sorry, I've got everything in this folder. I'm a bit obsessive with the paperwork now.

C: The social worker, {FN}, comes every other {WEEKDAY}. {O} gets very anxious the day before.
C: Because she asks loads of questions and writes everything down.
T: That sounds like a lot of questions. Shall we make this room a place with fewer questions?

C: {O} and {O2} share a room at the moment, which is part of the problem.
C: {O2} snores. And talks in their sleep about {FICTION}.
T: That sounds like it makes bedtime tricky for everyone.

C: Grandad's {AGE90} now and {O} is really worried he's going to die.
C: He's really old. He has a stick and a special chair that goes up and down the stairs.
T: It sounds like you love your grandad a lot, {O}.

C: We moved from {TOWN} to {ADDR} in the summer, so {O} had to change schools.
C: I miss my old school. I miss {F}. She was my best friend.
T: Moving can mean losing a lot of things all at once.

C: {O}'s dad, {MN}, has them every other weekend. He lives over in {TOWN} now.
C: Dad lets us stay up late and have McDonald's for tea.
T: That sounds like a treat. What's it like coming home afterwards?

C: The paediatrician at {HOSP}, {DR}, wants to assess {O} for ADHD. The appointment is {DATE}.
C: Will there be needles?
T: No needles, {O}. It's mostly talking and playing some games.

C: There's an account that keeps messaging {O} on TikTok, {HANDLE:new}. We don't know who it is.
C: It's just a boy from year {NUM:7}. It's fine.
T: It's good that your grown-ups are keeping an eye on things. Can we talk about what feels safe online?

T: {O2}, you've been very quiet. What's it like at home at the moment?
C: Loud. Everyone shouts. I go in my room and play Minecraft with my headphones on.
C: That's not fair, {O2}. We don't shout all the time.

C: Their nan, {KIN_F}, looks after them after school at her place on {STREET}.
C: Nana makes the best Yorkshire puddings in the world.
T: Nana sounds like a very important person.

C: The school nurse said {O} should see someone, so {MRS} gave us your number.
C: I didn't want to come. But it's alright here. I like the sand tray.
T: I'm glad you like the sand tray. Lots of people tell stories with it.

C: {O}'s date of birth is {DOB:kid}, and {O2}'s is {DOB:kid}. Sorry, the form asked for both.
T: That's perfect, thank you. And who else lives at home with you?
C: Just us three, and the dog, Biscuit. And their grandad stays some weekends.

C: We had a really bad night on {DATE}. {O} smashed the bathroom mirror.
C: I didn't mean to. I just got so angry and my hands did it.
T: Thank you for being honest, {O}. Angry hands can be really scary.

C: The family support worker from {SERVICE}, {MW}, has been brilliant with {O}.
C: He plays football with me. He supports {COUNTRY} in the World Cup.
T: It sounds like you two have a good connection.

T: And is {O}'s surname the same as yours, for the file?
C: No, they've got their dad's name, {O_sur}. That's {O_spell}.
T: Thank you. I'll make sure the letters go out with the right names on.

C: {O}'s teacher, {MR}, emailed me from {EMAIL:last} about the fighting at break.
C: It wasn't my fault. {M} started it, he always starts it.
T: It sounds like break time is hard. Let's draw what happens at break.
""")

GROUP: list[tuple[str, ...]] = blocks("""
T: {O}, you said last week you'd try calling your sister. How did that go?
C: I did it. I rang her on {DATE}. We talked for nearly an hour, first time since the funeral.
C: That's massive, {O}. Well done, honestly.

C: Can I go next? I've had a rough week. My ex turned up at {SHOP} where I work.
T: Of course, {O2}. Take your time.
C: I hid in the stockroom for twenty minutes until my manager, {FN}, told him to leave.

T: Welcome, {C}. Would you like to tell the group a little about what brought you here?
C: My husband died on {DATE_Y}. My daughter found this group online, at {URL}, and sort of made me come.
C: We're glad she did. I'm {O3}, by the way. I lost my wife three years ago.

C: I relapsed. On {WEEKDAY}. I was doing so well, {NUM:63} days.
T: Thank you for telling us, {O}. That takes real courage.
C: We've all been there, mate. The count doesn't wipe out what you learned.

C: I want to thank {O2}. That thing you said about {MODEL} really helped me this week.
C: Ah, it's just what my counsellor at {SERVICE} told me.
T: It's lovely to see the group supporting each other like this.

C: Some of us go for a coffee at {SHOP} after group, if anyone wants to come.
C: I'd like that. I don't really know anyone in {TOWN} yet.
T: That's a lovely offer, {O}. Just a reminder that what's said here stays here, even at the cafe.

T: Let's do a check-in round. One word for how your week has been. {O3}?
C: Tired. My {LX:mum}'s back in {HOSP} and I'm doing the visiting every day.
C: Mine's hopeful. I got the interview at {WORK}.

C: I made a WhatsApp group for us, if that's okay. Just add yourself, my number's {MOBILE}.
T: Thanks {O2}. Just remember nobody has to join, and the group rules still apply there.
C: Course. It's just for, you know, the bad nights.

C: My sponsor, {MW}, says I should share more here. So, I've been struggling with the weekends.
T: Thank you for sharing, {O}. What's hard about the weekends?
C: No structure. Nobody expects me anywhere. That's when the thinking starts.

C: I went to my son's grave in {TOWN} on his birthday, {BDAY}. He'd have been {AGE:20-40}.
T: Thank you for bringing him into the room with us, {O3}.
C: I think about my girl on her birthday too. It doesn't get easier, does it.

C: I'm {O}, I've been coming since {MONTH}. This week was alright, actually. I went to {GYM} twice.
C: Good on you. I can't even get off the sofa some days.
T: Both of those are real, and both are welcome here.

C: The course runs at {CHURCH} on {WEEKDAY} nights, if anyone wants the details. The organiser is {FN}.
C: Is it the one with the free soup?
T: Let's keep the information sharing to the end, if that's okay, {O2}.

C: My grandma is {AGE90} and she's the only one who knows I come here. She says good for you, love.
C: Grandmas are the best. Mine used to make {FOOD} every Sunday.
T: It sounds like these people give you something really important.

T: Before we finish, {O3}, you mentioned the court date. Do you want to share anything with the group?
C: It's on {DATE}. At the family court in {TOWN}. I'm terrified they'll give him the kids.
C: We'll all be thinking of you that day, {O3}.

C: I'm new. I'm {C_full}. I got your details from {DR} at {CLINIC}.
C: Welcome, {C}. I'm {O2}. It gets easier, honestly.
T: Thanks, {O2}. {C}, you can share as much or as little as you like tonight.

T: {O2}, can you spell your surname for the sign-in sheet? I don't want to get it wrong again.
C: Sure, it's {O2_spell}. Everyone puts an extra letter in somewhere.
T: Thank you. And {O3}, yours is on the sheet from last week.

C: My daughter's started a petition about the unit closing, at {URL_P}. Please sign it if you can.
T: Thanks, {O}. We'll put it on the noticeboard rather than passing it round, if that's alright.
C: That's fine. Sorry, I know we're not supposed to do adverts.
""")

INTAKE: list[tuple[str, ...]] = blocks("""
T: Can I take your date of birth, please?
C: Yes, it's {DOB}. Sorry, I always have to think about it.
T: Thank you. And what's your current address, including the {LX:postcode}?
C: It's {FULLADDR}. I only moved in a few weeks ago, so some post still goes to my old place.

T: And what's the best number to reach you on?
C: My {LX:mobile} is best, {MOBILE}. Please don't ring the landline, my {LX:mum} answers it.
T: No problem, I'll make a note to only use the {LX:mobile}. Is it okay to leave a voicemail?
C: Yes, that's fine, just don't say where you're calling from, if that's alright.

T: Do you have an email address we can send the appointment letter and forms to?
C: Yeah, it's {EMAIL#1}. Everything's in lower case.
T: So that's {EMAIL#1}? Lovely, I'll send the forms there today.

T: Who is your {LX:GP}, and where are you registered?
C: {DR} at {CLINIC}. Although I've only seen them once, I usually get whoever's free.
T: That's fine. Do you happen to know your {HPN_CUE}?
C: I think so, hang on, it's on my app. Yes, it's {HPN}.

T: For the insurance side, can I take your {HPN_CUE}?
C: It's {HPN}. The group number's on the card somewhere, but I can't read it, it's worn off.
T: That's okay, the number you gave me is usually enough for us to verify the plan.

T: And for our records, your {SSN_CUE}, please.
C: Is that definitely needed? I'm always a bit wary of giving it out over the phone.
T: Completely understandable. It's only used for billing and it's stored securely.
C: Okay, fair enough. It's {SSN}, and my card's in the drawer if I've got that wrong.

T: Have you had any previous mental health treatment?
C: I was under the crisis team at {HOSP} in {YEAR}. My {MRN_CUE} there was {MRN}, I think.
T: That's really helpful, I'll request those records with your consent.

T: Is there an emergency contact we can put on the file?
C: My sister, {FN}. Her number is {PHONE}.
T: And is she aware you're being referred to us?
C: Yes, she's the one who made me ring, to be honest.

T: Can I just confirm the spelling of your surname?
C: It's {C_sur#1}, {C_spell}. Everyone gets it wrong, so don't worry.
T: Thank you, {C_title}. And is {C_first} how you'd like us to address you?
C: Actually, just {C_nick} is fine. Only my {LX:mum} calls me {C_first}.

T: How did you hear about us?
C: My friend {F} saw you on the website, {URL}, and then my GP mentioned you as well.
T: That's good to hear. And what's prompted you to reach out now?
C: I had a really bad week. I ended up in {LX:A and E} on {DATE}, and they said I should get some proper support.

T: Are you currently working?
C: Yeah, part time, at {WORK}. Although I've been signed off since {DATE}.
T: Would it be okay for us to contact your occupational health team if needed?
C: I'd rather you didn't. My manager, {MN}, doesn't know the details and I'd like to keep it that way.

T: And do you drive? We ask because some of our clinics are out of town.
C: I do, yeah. I'd need a parking permit though. The {PLATE_CUE:plate} is {PLATE}.
T: Perfect, I'll pass that to reception for the permit.

T: We also need some ID. A {LIC_CUE:driving} is fine if you've got one to hand.
C: Hang on, it's in my purse. Right, it's {LIC}.
T: Thank you, that's all verified now.

T: Can I take a fax number for your GP surgery so we can send them the assessment?
C: Oh gosh. I think it's on the letter. Yes, the fax is {FAX}.
T: Lovely. And their phone number, while you've got the letter there?
C: That's {LANDLINE}. Though good luck getting through before ten.

T: How are you paying for the sessions? Insurance, or self-funding?
C: Self-funding for now. I'll pay by transfer, if that's alright. I think I need your details.
T: We'll email them. We'll also need your {ACCT_CUE:bank} for the direct debit.
C: Okay, it's {ACCT}. I read that off the card, so hopefully it's right.

T: Is there anyone else living at your address?
C: My partner, {PN}, and my {LX:mum}, who's {AGE90}. She's been with us since her fall.
T: Thank you. Are you her main carer, or does someone else help out?

T: Do you have any medical devices or conditions our clinicians should know about?
C: I've got a pacemaker. They told me always to carry the card. The {DEV_CUE:pacemaker} is {DEV}.
T: Thanks, I'll add that to the notes. Any medication?
C: Just {DOSE} in the morning and my heart tablets.

T: We offer sessions in person or by video. Do you have a preference?
C: Video, if possible. I'm out in {COUNTY}, it's a forty minute drive to {TOWN}.
T: That's fine. We'll send a link to your email. Is it still {EMAIL}?
C: Yes, that's the one. Or my partner's, {EMAIL:new}, if mine doesn't work.

T: Thanks for holding. So I've found your referral from {DR}. It came in on {DATE}.
C: Oh great, because I rang last week and they couldn't find it.
T: It was filed under your maiden name, {SUR}. Is that right?
C: Yes, I went back to it after the divorce, actually, so it should be that one anyway.

T: Before we book, can I check your {LX:postcode}? Our service only covers certain areas.
C: It's {POST}. Is that in your area?
T: Yes, that's one of ours, so you'd be seen at our {TOWN} clinic.

T: Can you tell me a bit about what's been going on?
C: Since my dad died in {MONTH} I haven't really been sleeping. My GP put me on {DOSE} but it's not touching it.
T: I'm so sorry about your dad. How are you managing day to day?

T: Last thing, can I check you're happy for us to share information with your GP, {DR}?
C: Yes, that's fine. The practice is {CLINIC}, on {STREET}.
T: Perfect. You'll get a letter within about ten working days.

T: If you need to reach us before the appointment, the number is {LANDLINE}, or email {EMAIL_T}.
C: Great, thank you. Sorry, can you say the email again? I didn't have a pen.
T: Of course. It's also on our website, {URL}, under contact us.

T: Our online form flagged your referral because it came from an unusual location. The log shows {IP}. Were
  you away?
C: Oh, that'll be the hotel wifi. I was at my brother's wedding in {COUNTRY} when I filled it in.
T: That explains it. Thanks, I'll clear the flag on the system.

T: Can I take the name of your next of kin?
C: That would be my son, {MN#1}. He lives in {TOWN}, his number's {MOBILE}.
T: Thank you. Does {MN#1} know about the referral?
C: Not yet. I'd rather tell him myself, in my own time.

T: Our referral form also asks for your previous address, if you've moved in the last three years.
C: I was at {ADDR} in {TOWN} before this. The {LX:postcode} was {POST}, I think.
T: That's fine, thank you. And any other names you've been known by?
C: Just {C_nick}. Nobody uses {C_first} except the doctor.

T: And for the insurance, whose name is the policy under?
C: My husband's, {MN}. His date of birth is {DOB}, if they ask for it.
T: Thank you. And do you know your {HPN_CUE}?
C: I've got the card here. It's {HPN}.
""")

TELEHEALTH: list[tuple[str, ...]] = blocks("""
C: Sorry, the video keeps dropping. My broadband's been rubbish since the storm.
T: That's okay. If it drops again I'll ring you on {MOBILE}, is that still right?
C: Yeah, that's still my number. Sorry about all this.

T: The system is saying your connection is blocked. Our IT team asked me to check your IP address, could you
  read it out from that page?
C: Erm, okay, it says {IP}. Is that what they need?
T: That's perfect, I'll pass that on and they'll let it through.

C: I'm on my laptop instead of my phone. The IT guy at work said to give you the {DEV_CUE:mac} if it didn't
  connect, it's {DEV}.
T: Thank you, hopefully we won't need it now that you're through.
C: Fingers crossed. Technology hates me, I swear.

T: I'll send the link for next week to your email. Is it {EMAIL}?
C: Yes. Actually no, can you use my new one? It's {EMAIL}. I got locked out of the old one.
T: No problem, I'll update it on our system now.

C: I'm at my sister's in {TOWN} this week, so sorry about the background noise.
T: That's fine. Are you somewhere you can talk privately?
C: Yeah, I'm in the spare room. My niece {FW} keeps knocking though, she's obsessed with {FICTION}.

T: For safety on video sessions, we need your current address in case of an emergency. Where are you today?
C: I'm at home, {FULLADDR}.
T: Thanks. And if we got cut off and I was worried, who's nearby?
C: My neighbour, {FN}, she's got a key and she's usually in.

C: The app asked for my {HPN_CUE} before it would let me in. {HPN}. Took me ages to find the card.
T: Sorry about that, it's a new system and it's a bit fussy.
C: It's fine. I got there in the end.

T: Let me share my screen. Can you see the worksheet? It's on our website too, {URL}.
C: Yeah, I can see it. The one with the thought columns.
T: That's the one. Let's fill it in together for the situation on {WEEKDAY}.

C: I'm in the car outside {WORK}, on my lunch break. It's the only private place I've got.
T: That's completely fine. Are you parked somewhere safe?
C: Yeah, in the staff car park. If anyone knocks I'll just pretend I'm on a work call.

T: You froze there for a second, {C}. Can you hear me now?
C: Yeah, you're back. Sorry, my {LX:mum}'s using the wifi for {BRAND} in the other room.
T: No problem. You were telling me about the appointment with {DR}.

C: I'm wearing the heart monitor today, sorry if it beeps. The nurse said if it plays up, ring the company with
  the {DEV_CUE:pacemaker}, {DEV}.
T: Thank you for letting me know. Let's go at whatever pace feels right.
C: Thanks. It's mostly just a nuisance, to be honest with you.

T: Before we start, just to confirm, you're {C_full} and your date of birth is {DOB}?
C: That's right. You always check, don't you?
T: Every time, I'm afraid. It's part of the video session protocol.

C: I've put the breathing exercise on my phone. The link you sent, {URL}, didn't work on the tablet.
T: Sorry about that. I'll send it as an attachment next time.
C: That would be great, thank you, it's much easier that way.

C: My internet provider said they'd changed my IP to {IP}, if that helps with the blocking thing.
T: It might. I'll forward that to our IT team after the session.
C: Thanks. I'm sorry, I know it's a pain.

T: If the video fails, I'll ring your landline instead. Is it still {LANDLINE}?
C: Yeah, but let it ring, it takes me a while to get down the stairs with my knee.
T: Of course, I'll let it ring for a good while.

C: Can you email the letter for my employer to {EMAIL_W}? They need it by {DATE}.
T: Yes, I'll do that today. Do you want me to include the dates of our sessions?
C: Just the start date, {DATE}, that's all they've asked for.

C: My video's off because I'm using my work phone. The {DEV_CUE:imei} is {DEV}, IT said you might need it to
  let me in.
T: We don't usually need that, but thank you. Audio's fine for today.
C: Good, because honestly I look like I've been dragged through a hedge.

C: The portal says my device isn't recognised. It's showing my IP as {IP}, and then a load of error codes.
T: Don't worry, we can carry on here. I'll ask IT to look at it after we finish.
C: Thanks. I was so stressed trying to get in, I nearly gave up.

T: Our new booking system has your surname down wrong, I think. Could you spell it for me?
C: Sure, it's {C_spell}. People always get it wrong, don't worry.
T: Thank you, {C_title}. I'll get that fixed before next week.

T: Just so you know, the session link is personal to you. It's {URL}, so please don't share it.
C: I won't. I only use it on my own laptop.
T: Perfect. Now, where would you like to start today?
""")

BODY: dict[str, list[tuple[str, ...]]] = {
    "individual": [], "couples": COUPLES, "family": FAMILY, "group": GROUP, "intake": INTAKE,
    "telehealth": TELEHEALTH,
}

# --- hard negatives: no identifier in these blocks --------------------------------------------------------------

NEGATIVES: list[tuple[str, ...]] = blocks("""
C: Will you be here next week, or are you off for {HOLIDAY}?
T: I'll be here. We're in room {NUM:4} again, the one at the end of the corridor.
C: Oh good. I like that room, it's got the comfy chair and the window.

C: I had a Mars bar for breakfast, which tells you how the week's been going.
T: It sounds like you've been running on empty. How's your sleep been?
C: Four hours a night, maybe. Five minutes here and there on the sofa.

C: My dad drinks Jack Daniels like water. Always has, every night at seven, sat in his chair.
T: What was it like growing up around that?
C: Normal, at the time. You don't know it isn't normal until you're older.

C: Like Beyoncé says, I'm a survivor. I keep telling myself that in the mirror.
T: How does it feel when you say it?
C: Daft, mostly. But a little bit true, on a good day.

T: Let's look at step two on the worksheet, page {NUM:10}. Identifying the hot thought.
C: The hot thought was, I'm going to get sacked. Same as always.
T: And out of a hundred, how much did you believe it at the time?

T: Your {SCORE} this week, which is lower than last month.
C: Is that good? It doesn't feel like much has changed.
T: It's a shift in the right direction. The numbers don't tell the whole story, though.

C: The GP put me on {DOSE} last month. It's taken the edge off, I think.
T: Any side effects you've noticed?
C: Dry mouth and weird dreams. Really vivid ones, about being back at school.

C: I've been reading a lot. That book by {CELEB}, the one everyone's always talking about.
T: What's stayed with you from it?
C: The bit about shame. How it hides. I underlined about half the book.

C: Honestly, hindsight is twenty twenty. I should have left years ago.
T: It's easy to judge your past self with what you know now.
C: I know. I'm working on it. Slowly.

C: My {LX:mum} has {EPONYM}, so some days she's fine and some days she's really not.
T: That uncertainty can be so draining.
C: It is. You never know which version of her you're going to get.

C: He's a proper Jekyll and Hyde. Lovely in public, a nightmare at home.
T: That must be confusing, living with two versions of the same person.
C: It is. Everyone thinks he's great. Nobody would believe me.

C: It's Murphy's law, isn't it? The minute things start going well, the boiler breaks.
T: It sounds like you're always bracing for the next thing.
C: Always. Waiting for the other shoe to drop.

T: We've done about five minutes of the breathing. How's your body feeling now?
C: Calmer. My shoulders have come down from my ears, at least.
T: Good. Let's do two more rounds, four in, hold for seven, out for eight.

C: I grew up in {COUNTRY}, we moved here when I was {KIDAGE}. I still think in my first language when I'm upset.
T: What happens in your body when the words come in that language?
C: It's faster. Angrier. Like I'm a kid again.

C: Grace is something I'm trying to show myself. That's what the vicar said at my nan's funeral, anyway.
T: What would showing yourself grace look like this week?
C: Not calling myself an idiot every five minutes, probably.

C: I rose at six every day this week. Went for a walk before it got light.
T: That's a real change from a month ago.
C: I know. Some days I just want to lie there, but I've been making myself get up.

C: To be frank, I don't think the tablets are doing anything.
T: Thank you for being honest about that. What makes you think so?
C: I feel exactly the same as I did in {MONTH}. Flat. Grey. Nothing.

C: I felt so blue on {WEEKDAY}. Just stayed in bed and watched Netflix all day.
T: What was going on for you that day?
C: Nothing, really. That's the worst part. Nothing happened and I still couldn't move.

C: I said grace at dinner for the first time in years. My {LX:mum} nearly fell off her chair.
T: What made you want to do that?
C: I don't know. Gratitude, I suppose. For still being here.

C: I've been drinking about fourteen units a week, which I know is right on the limit.
T: How does that compare with a few months ago?
C: Much less. I was on a bottle of wine a night back in {YEAR}.

T: On a scale of one to ten, where would you put your mood today?
C: A six, maybe a six and a half. Better than last week's three.
T: That's a real jump. What do you think has helped?

C: I went to {SUPER} at eleven at night just to be around people. Walked up and down the aisles for an hour.
T: What was it like, being around people without having to talk to them?
C: Safe. Like I was part of something without anyone needing anything from me.

C: My daughter's obsessed with {FICTION}. We've watched the same episodes about a thousand times.
T: It sounds like there's some comfort in the repetition for her.
C: For both of us, honestly. I know all the words.

C: I've been doing some {MODEL} stuff from a book. The thought records, mostly.
T: How have you been finding them?
C: Useful, when I remember to do them. Which is about once a week.

C: It's been a rollercoaster since {MONTH}. Up, down, up, down.
T: What's been happening at the top of the ride, and at the bottom?
C: The top is when I'm busy. The bottom is {WEEKDAY} nights, when the house is empty.

C: I keep thinking about what Freud would say about my dreams. I had the one about my teeth falling out again.
T: Teeth dreams are really common when people feel out of control.
C: That fits. Everything feels out of control at the moment.

C: Mark my words, he'll be back in a month asking for money. He always is.
T: What would you like to say to him when he does?
C: No. Just no. But I never manage it.

C: It's like being stuck in Groundhog Day. Same row, same words, every {WEEKDAY}.
T: What usually starts it?
C: The bins, honestly. It always starts with the bins.

C: I had a long bath, lit a candle, the whole self-care thing. Felt a bit daft, but it helped.
T: What helped about it?
C: Being warm. Nobody needing me for an hour.

T: Let's think about the bill. The electric bill you mentioned, how much is outstanding?
C: About {MONEY}. I've been putting it off for months because I can't face opening the letters.
T: That avoidance makes total sense. Shall we look at one small step?

C: There's no joy in anything at the moment. Even the things I used to love.
T: That loss of pleasure is one of the hardest parts of depression.
C: I used to paint. Now the brushes just sit there in a jar.

C: I watched the sun come up at dawn on {WEEKDAY}. Couldn't sleep, so I just sat on the back step.
T: What was that like, being up at that time on your own?
C: Peaceful, actually. The birds were going mad. For once my head was quiet.

C: My {LX:mum}'s side is {NATION} and my dad's side is {NATION}, so family parties were always loud.
T: What was it like growing up between those two families?
C: Brilliant and confusing. Two sets of rules about everything.

C: We went to {COUNTRY} for a week in {MONTH}. First {LX:holiday} in five years.
T: How was it to be away?
C: Hot. Relaxing for the first time in ages. Then we came home and it all hit again.

C: My {LX:mum}'s family are from {STATE}. We went there every summer when I was a kid.
T: What was it like there?
C: Big skies, and loads of cousins. It felt like freedom, looking back.

T: How was {HOLIDAY} for you this year?
C: Hard. First one without Dad. We had a quiet one, watched telly and ate too much {FOOD}.
T: Quiet can be exactly what's needed.

C: My whole job is to chase people up. Chase, chase, chase, all day, and nobody ever replies.
T: How does that leave you feeling by the end of the day?
C: Invisible. Like I'm shouting into a well.

C: I got a pat on the back from the manager, which honestly made my week.
T: What did that recognition mean to you?
C: That I'm not useless. That somebody sees it.

C: There was an amber warning for wind, so I stayed in all weekend and cleaned.
T: How was that, a whole weekend at home?
C: Fine until {WEEKDAY} night. Then the walls started closing in.

C: I saw a robin in the garden this morning. My nan always said that means someone's visiting.
T: Did it feel like a visit?
C: A bit. I talked to it, which is daft.

C: I'm {AGE:30-60} next month and I feel like I've got nothing to show for it.
T: What would you hope to have to show for it?
C: A house. A family. Something that's mine.

T: How old were you when your parents split up?
C: {AGE:5-12}? Maybe younger. I remember the removal van, and that's about it.
T: That's a very specific memory to hold onto, isn't it.

C: I take the {NUM:38} bus into town, it's about forty minutes, and I just put my headphones in.
T: Is that time on the bus useful, or hard?
C: Useful. It's the only time nobody can get hold of me.

C: The therapist I had before did {MODEL}, but it felt too much like homework.
T: What would you like to be different here?
C: More talking, fewer worksheets, if that's okay.

C: Oh my God, I forgot to tell you, I passed my driving test! Third time lucky.
T: Congratulations! How did it feel?
C: Unreal. I screamed in the car. The examiner looked terrified.

C: My dad always said Bob's your uncle whenever he fixed anything. I said it to my son yesterday and nearly cried.
T: It sounds like he's still with you in those little phrases.
C: He is. In the worst jokes, mostly.

C: {HOLIDAY} is in six weeks and I'm already dreading it. {NUM:12} people at my {LX:mum}'s.
T: What's the hardest part of it for you?
C: Pretending. Smiling for ten hours straight while everyone asks when I'm getting a proper job.

C: I was on the waiting list for {NUM:18} months to get here. And now I'm here I don't know what to say.
T: That's okay. We can start wherever you are today.
C: Okay. Maybe with the sleep. That's the worst bit.

T: On the CORE ten you scored {NUM:19} this time, and last time it was {NUM:24}.
C: So I'm getting better, on paper at least.
T: On paper, yes. How does it feel off the paper?

C: I'm reading Harry Potter to my little one at bedtime. We're on chapter {NUM:7}.
T: It sounds like a lovely bit of the day for you both.
C: It is. It's the only time he sits still.

C: I'm a proper Peter Pan, my ex used to say. Never wanting to grow up.
T: How did that land when they said it?
C: It stung. Mostly because there was a bit of truth in it.

C: It feels like everyone and their dog has an opinion on my marriage. Every Tom, Dick and Harry.
T: Whose opinion do you actually want to hear?
C: Mine, I suppose. I just don't know what it is yet.

C: It feels like the end of the road, honestly. Like there's nowhere left to go with the job.
T: That sounds really hard. When you say end of the road, are you having any thoughts of ending your life?
C: No. Not like that. I mean with work. I'm not in that place, I promise.

C: I grew up up north, moved down south for {LX:uni}, and never really fitted in either place.
T: Where does feel like home?
C: Nowhere. Maybe my car, with the radio on.

C: I went to {SUPER} for a Victoria sponge and came back with nothing, because the queue was out the door.
T: What happened for you in that queue?
C: My chest went tight. I just put the basket down and walked out.

C: I had a whole tub of Ben and Jerry's to myself last night. No regrets.
T: No regrets is a nice place to be.
C: A few regrets this morning, to be honest. But worth it.

C: My son keeps quoting Spider-Man at me. With great power comes great responsibility. He's seven.
T: Sounds like he's taking it seriously.
C: He is. He says it when I ask him to tidy his room.

C: {LX:nine nine nine}. That's who I rang, in the end. I didn't know what else to do.
T: That was the right thing to do. What happened after that?
C: They were kind. They stayed on the phone until the ambulance came.

T: Let's pause there. It's ten past, so we've got about twenty minutes left.
C: Already? It always goes so quickly once I get going.
T: It does. What feels most important to use the time for?

C: I've been praying. I don't even know if I believe in God, but I've been praying.
T: What do you pray for?
C: To feel something. Anything other than this grey.

C: My friend's a massive Taylor Swift fan and dragged me to the concert. I actually loved it.
T: What did you love about it?
C: Forty thousand people singing. I forgot about myself for three hours.

C: It was like something out of Sherlock, the way my boss worked out I'd been crying.
T: How did it feel, being seen like that?
C: Horrible and nice at the same time.

C: I've got a Dr Pepper habit again. Four cans a day.
T: What do you notice about when you reach for one?
C: Three o'clock, every day. When the slump hits.

C: I went to Ikea with my sister and we didn't argue once. That's a first.
T: What was different this time?
C: I didn't take the bait. I just said, let's get meatballs.

C: He's always been a bit of a Romeo, my brother. Third girlfriend this year.
T: How do you feel about that?
C: Jealous, a bit. He makes it look so easy.

C: I'm trying the Headspace app. Ten minutes every morning before the kids wake up.
T: How is it going so far?
C: I fell asleep twice. But the other days were nice.

C: The nurse said my blood pressure was one forty over ninety, which is apparently high.
T: How are you feeling about that news?
C: Like my body is keeping score. Like the stress is finally showing.

C: I worked nine to five for twenty years and now I don't know what to do with my days.
T: Retirement can be a big loss as well as a gain.
C: That's it. Nobody tells you that bit.

C: Is it okay if I have a biscuit? I skipped lunch.
T: Of course, help yourself, they're there for you.
C: Thanks. I'll take two, actually. It's been a day.

C: The penny finally dropped, I think. I can't keep fixing everyone else.
T: What made it drop this week?
C: I was holding three people's problems and none of mine.

C: I've been volunteering at a charity shop on Saturdays. I've got more patience than I thought.
T: What's that been like?
C: Good. Sorting jumpers is very calming, it turns out.

C: I had a cup of Earl Grey, sat in the garden and watched the daisies. Felt almost normal.
T: Almost normal sounds like something to hold onto.
C: It is. I'm writing them down, the almost normal moments.

C: We've hit a rocky patch, that's all. Nothing we can't get through.
T: What does getting through it look like to you?
C: Talking more. Shouting less. Maybe a weekend away.

C: I had to wade through about fifty emails this morning before I could even start on my actual work.
T: How did your body feel by the end of them?
C: Tight. Like a fist. Right here in my stomach.

C: I drew a picture for the first time in years. Just the view from my window. Art was the only subject I was
  good at.
T: What was it like, drawing again?
C: Lovely. I lost an hour without noticing.

C: I'm miles away half the time. People talk to me and I'm just not there.
T: Where do you go, when you're miles away?
C: Back there, mostly. Back to that night.

C: I've applied for a grant for the course. Fingers crossed.
T: That's a real step forward. How do you feel about it?
C: Scared it won't come through. Scared it will.

C: It was crystal clear to me, in that moment, that I had to leave.
T: What made it so clear?
C: He looked at me like I was nothing. And I believed him, for a second.

C: I nipped it in the bud, like we practised. Said no before I could talk myself into it.
T: How did it feel to say no?
C: Terrifying. Then amazing. Then guilty. Then fine.

C: There's a guy at work who keeps making comments. Not nice ones.
T: Have you been able to tell anyone there?
C: Not yet. He's friends with everyone. I'd be the problem.

C: The dean of the college wrote to me about my attendance. Very polite, very scary.
T: How did you feel, reading it?
C: Like I was twelve and in trouble again.

C: My faith has really helped. Without it I don't think I'd still be here.
T: What does your faith give you on the hard days?
C: Hope. Or at least a reason to get up and try.

C: Summer's always hard for me. The long evenings. Everyone's out having fun.
T: What's the hardest part of the long evenings?
C: The light. It makes the loneliness more obvious, somehow.

C: I put some lavender oil in one of those reed diffusers by the bed. Sleeping a bit better.
T: That's good to hear. What else has helped?
C: No phone after ten. That's been the big one.

C: I felt like I was standing on a cliff edge, just about to fall.
T: What helped you step back from the edge?
C: My dog, honestly. She needed walking. So I walked her.

C: The new puppy has been a real ray of sunshine. We called her Biscuit.
T: What has Biscuit brought into the house?
C: Mess, mainly. But also laughing. We hadn't laughed in months.

C: It's my own fault, I'm no Einstein when it comes to money. Never have been.
T: I'm noticing how quickly you put yourself down there.
C: Yeah. Habit. I've been doing it since school.

C: I did ten thousand steps yesterday for the first time. My watch did a little firework.
T: Congratulations. How did your body feel afterwards?
C: Tired, but the good kind of tired.

C: The kids want to go to {COUNTRY} next summer, but honestly I can't afford a day out, let alone that.
T: How does it feel having to say no to them?
C: Like I've failed them. Even though I know it's just money.

C: My {LX:mum}'s {AGE:70-89} and she's never once said she's proud of me.
T: What would it mean if she did?
C: Everything. And nothing, probably. I'd think she didn't mean it.

C: My son's in year {NUM:9} now and he's taller than me. He barely speaks, just grunts.
T: How is that for you?
C: Lonely. I miss the little boy who told me everything.

C: Last {WEEKDAY} I managed to go into town on my own. First time since {MONTH}.
T: That's a big deal. What helped you do it?
C: The breathing, and telling myself I could turn round at any point.
""")
