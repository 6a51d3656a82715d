# ruff: noqa: E501  (one spoken turn per line reads better than wrapped turns)
"""Session scripts for the third redaction hold-out set, written by hand for this set.

Speakers: T therapist; C client; P the client's parent (family and child sessions); G and H two other group
members. Every speaker but T is rendered as "client". {placeholders} are filled by generate.py: people,
places, identifiers and dates are labelled; {wd}, {med}, {celeb} and the like are planted negatives and are
never labelled. [a|b] picks one of a few wordings. ^word may come out with a stray capital in cased output.
Every turn has at least seven words, so that every Whisper-like segment can have seven.
"""

SCENARIO_TEXT = r"""
== cbt
@open
T: Okay {C}, so last week we agreed you'd try the thought record at least three times. How did that go?
C: Better than I expected, honestly. I did four, maybe five, and I've brought the sheet with me{prt}.
|
T: Hi {C}, come in, sit wherever you like. Before we start, where has your mood been this week, zero to ten?
C: Probably {score} most days, which for me is actually not bad. {wd} was rough though.
|
T: Good to see you again. Shall we start with the homework and then set an agenda from there?
C: Yeah, that's fine. I've got the worksheet here, I did most of it on the bus this morning.
@core
C: The first one was on {wd} at work. My manager {f:boss} called me into the office at {work:job} and straight away I thought, that's it, I'm getting sacked.
T: So the hot thought was I'm getting sacked. How much did you believe it in the moment, as a percentage?
C: Ninety percent, easily. And the anxiety was about {score}, my hands were actually shaking.
|
C: So the main one happened at {work:job} on {wd}. {f:boss} walked past my desk and didn't say hello, and my head went straight to, she's going to get rid of me.
T: And what emotions came with that, and how strong were they?
C: Anxious, maybe eighty percent. A bit of shame as well, I went red and I couldn't look at anybody.
@core
T: Let's look at the evidence column. What did you write under evidence that doesn't support the thought?
C: Well, {f:boss} only wanted me to cover {m:cow}'s shifts at the {town:branch} branch while he's off. It had nothing to do with me at all.
|
T: What did you put down in the balanced thought column in the end?
C: That {f:boss} is busy and stressed, and that one missed hello doesn't mean anything. I believe that about sixty percent now.
@core
C: I did the behavioural experiment as well. I walked to the library on {road:lib} without going back to check the cooker, I only checked it twice before I left.
T: That's a real step. What did you predict would happen, and what actually happened?
C: I predicted I'd have to turn round halfway. I didn't, I stayed out the full {short} and nothing burned down{prt}.
|
C: The experiment was going into the shopping centre in {hood:h} without my sunglasses on. I honestly thought everyone would stare at me.
T: And did anyone stare? What did you notice when you were actually in there?
C: Nobody even looked up. A woman asked me where the oat milk was, and that was it, that was the whole disaster.
@beat
C: I put three things in the activity diary. Swimming at the leisure centre in {hood:h}, coffee with {f:friend} and ringing my {mum}.
T: How many of those actually happened in the end?
C: Two out of three. {f:friend} cancelled because her little one had a temperature, so we moved it to {date}.
|
T: How did the activity scheduling go? Last time you said the weekends were the worst part.
C: Better. I went to the car boot sale with my neighbour {n:nbr} on {wd}, and {f:friend} came round for a takeaway.
@beat
T: That sounds a bit like mind reading. You're assuming you know what {f:sis} was thinking when she didn't reply.
C: Yeah, I know. My sister {f:sis} just doesn't text back, she never has. {m:bil} says she's like that with everyone, even him.
|
C: anyway {f:sis} thinks I'm overreacting about the whole thing, and maybe she's right, I don't know anymore.
T: What would you say to {f:sis} if she'd had exactly the same thought about you?
C: I'd tell her she's being daft. It's always easier when it's somebody else's head.
@beat
C: It's my dad's voice, really. He was deputy head at {school:dad} for thirty years and nothing I did was ever good enough for him.
T: So the core belief might be something like, I'm not good enough. Where else does that show up for you?
C: Everywhere. At work, with {m:ex}, even at the gym. It's like a filter on everything I see.
@beat
C: {f:friend} reckons I should just quit and go travelling. Easy for her to say, she's got savings and no kids.
T: What do you make of {f:friend}'s advice, underneath the eye rolling?
C: Part of me wants to. I work down at {work:job} on the high street, on the tills, and I'm bored out of my mind.
@beat
C: The worry time thing I found hard. I set an alarm for {tod} but I kept worrying outside it, mostly about money.
T: That's very common at the start. What did you do when a worry popped up outside the slot?
C: I wrote it in my phone like you said. By {tod} half of them didn't even seem important anymore.
@beat
T: For next week, I'd like you to keep going with the thought records and add one exposure. Could you get the bus into {town:centre} on your own?
C: The number {bus}? I could try that on {wd}, it's quieter then. Maybe {n:buddy} can meet me at the other end.
|
T: For homework, let's try one more experiment. What would be a manageable next step up the ladder?
C: Maybe going to {f:friend}'s birthday at {pub:pub}. Not for long, just {short}, and I'll drive so I can leave.
@beat
C: Oh and I forgot to say, {f:friend}'s mum died last week. The funeral's at {church:ch} on {date}, and I'm already dreading it.
T: That's a lot to carry on top of everything else. Let's hold that and come back to it before we finish.
@beat
C: My partner {n:partner} has been brilliant, actually. They've started doing the shopping on {wd} so I don't have to face the queues.
T: It's good that {n:partner} is supporting you. Is there a risk it becomes a kind of avoidance, though?
C: Probably, yeah. I know, I know. Step {step} on the ladder was the supermarket and I've been dodging it.
@close
T: Okay, we're nearly out of time. I'll email you the new worksheet tonight, and I'll see you same time next week.
C: Thanks, {T}. That actually helped, I feel a bit lighter than when I came in.
|
T: Let's stop there. Remember the thought records, and one small experiment, nothing heroic this week.
C: Nothing heroic, got it. Thanks {T}, I'll see you on {wd}.

== grief
@open
T: Hi {C}. Last time we talked about the anniversary coming up. How have the last couple of weeks been?
C: Up and down. It'll be a year on {date} and I can feel it coming, like weather{prt}.
|
T: Come in, {C}. You said on the phone that this week had been hard. Where would you like to start?
C: With my {mum}, I think. I found her handwriting in a recipe book and I just sat on the kitchen floor and cried.
@core
C: Her name was {ff:dec}, but everyone on our road called her {nick:dec}. She knew every single person on {road:home}.
T: Tell me a bit about her. What was she like when you were growing up?
C: Loud, funny, bossy. She ran the tuck shop at {school:kid} for years, and all the kids adored her.
|
C: My {mum}, {f:dec}. She died in {hosp:hosp} after the second stroke. I was holding her hand, and then she just wasn't there.
T: You were with her at the end. What is it like to say that out loud here?
C: Heavy. But I need to say it, I think. I haven't said it to anyone, not even {n:partner}.
@core
C: The nurses at {hosp:hosp} were so kind. One nurse, {f:nurse}, sat with me at three in the morning and made me toast.
T: It sounds like {f:nurse} really mattered to you in that moment.
C: She did. I keep meaning to write to her, but I don't even know her surname.
@core
C: Dad's still in {care:care} in {town:dadtown}. He's {age90} now and he keeps asking when she's coming to visit.
T: That must be so painful, having to answer that question again and again.
C: The staff said just to tell him she's at the shops. {f:carer} on the night shift says it's kinder than telling him every time.
|
C: My {nan} is {age90} and she outlived her own daughter. She said to me, it's the wrong order, {C}, it's all the wrong order.
T: What did you say to her when she said that?
C: Nothing. I just held her hand. She lives out in {village:gran} now, in the bungalow by the church.
@beat
C: I still have her voicemail on my phone. Her old number was {phone:dec} and I can't bring myself to cancel the contract.
T: There's no rush to cancel anything. Some people keep those things for years, and that's okay.
@beat
C: My cousin {f:cousin} set up a fundraiser for the headstone, it's {fund}, and people I haven't seen in years have been giving money.
T: How does it feel to see people come forward like that?
C: Strange. Comforting, but strange. A man from her old work at {work:mumwork} gave {money}, I didn't even know him.
@beat
C: The funeral was at {church:ch}. {rev:rev} did the service and got her name wrong twice, which she would have found hilarious.
T: It sounds like you can almost hear her laughing about it.
C: I can. She'd have said, typical, and then told everyone about it at the wake.
@beat
C: She died on {datey}, around {tod}. I know the time because the clock in the room was ten minutes fast and it annoyed me.
T: Those small details often stay very sharp. What else do you remember from that day?
C: The car park. The machine wouldn't take my card and I stood there crying at a parking machine.
@beat
C: I keep thinking I should have pushed the {gp} harder. {dr:gp} said it was probably nothing and to come back in {dur}.
T: That's a heavy piece of guilt to carry. What would you say to a friend who told you that?
C: I'd say it's not their fault. But it's different when it's you{prt}.
@beat
T: Some people find it helps to keep a connection with the person who died. Do you talk to her at all?
C: At the grave in {town:grave}, yeah. I tell her about the kids, about {m:son}'s football, about the daft things {n:partner} says.
@beat
C: {wd} would have been her birthday, {bday:dec}. We used to go for a curry every year, just the two of us.
T: How do you imagine you might spend that day this year?
C: Maybe I'll still go for the curry. Take {f:daughter} with me, she was close to her nan.
@beat
C: My brother {m:bro} hasn't cried once. He just went back to work at {work:browork} the day after the funeral.
T: People grieve in very different ways. How do you read what {m:bro} is doing?
C: I think if he stops, he'll fall apart. He's {adult} and he still can't talk about feelings.
@beat
C: Her house on {road:home}, {pc:dec}, goes on the market next month. Clearing it out has been awful.
T: What has it been like going through her things?
C: I found every birthday card I ever gave her, in a shoebox, in order. I had to sit down.
@beat
C: {m:bro} wants to sell the house straight away. {f:sis} wants to keep it. I'm stuck in the middle, as usual.
T: What do you want, if you take your brother and sister out of it for a moment?
C: I want it to stay exactly the same forever, which I know isn't an option.
@close
T: We're coming to the end. Be gentle with yourself over the anniversary, and ring the service if it gets too much.
C: I will. Thank you, {T}. I didn't think I'd be able to talk about her today.
|
T: Let's stop there for today. You did a lot of remembering, which is hard work in itself.
C: It is. I'm going to go and sit in the car for a bit before I drive home.

== family
@open
T: Thanks for both coming in. Last time we agreed each of you would get a turn without being interrupted. {P}, do you want to start?
P: Okay. This week was better until {wd}, when {C} didn't come home until gone midnight and wasn't answering {his} phone.
C: Because my phone died! I told you, I was at {n:bff}'s house on {road:bff}, you could have just rung their {mum}.
|
T: Welcome back, both of you. How has the week been at home, somewhere between calm and war zone?
C: War zone. My {par} reads my messages and then acts like {C} is some kind of criminal. It's so unfair.
P: I read them once, once, because a boy called {m:bf} was messaging at two in the morning.
@core
T: {C}, what do you wish your {par} understood about the nights out?
C: That I'm not doing anything bad. We just sit in the park by {hood:park} and talk. {n:bff} and {n:friend2} are always there.
P: I just want a text. One text. That's all I've ever asked for, {C}, one text.
@core
P: The school rang again on {wd}. Attendance is down to sixty percent, and {tf:teacher} says {C} has been skipping maths.
C: Because {tf:teacher} hates me! She made me stand up in front of everyone and read my test score out.
T: It sounds like something happened in that class that felt really humiliating. Can you tell us more?
|
P: We had a meeting at {school:school} with the head of year, {tm:hoy}, and he thinks there might be some bullying going on.
C: It's not bullying, it's just {n:bully} and {his} mates being idiots. I can handle it myself.
T: I notice you both went quiet just then. What's happening for each of you right now?
@core
C: And {par} won't let me see my {opar}. {op} lives in {town:optown} now and I'm only allowed every other weekend.
P: That's the court order, {C}, that's not me. I don't make the rules about {op}.
T: This sounds like a place where you're both stuck, and neither of you chose it.
@beat
P: I found a second account on {his} phone, {handle:C}, and there were photos on it that I'd never seen.
C: It's a private account! It's for my friends. Everyone has a finsta, it's literally normal.
T: Can we slow down? I think there are two different worries here, privacy and safety, and both matter.
@beat
P: {His} {nan} lives with us now, she's {age90}, and the house is so cramped that nobody gets any space.
C: I share a room with {n:sib} now because Gran has my old room. I can't even get changed in peace.
T: That's a big change for everyone. How was it decided that {nan} would move in?
@beat
P: Could the letters from you come to me directly, at {email:P}? Not to {his} {opar}, please.
T: Of course. I'll check with {C} what's shared in them as well, so nothing is a surprise.
C: Thanks. I don't want {op} reading about my feelings, honestly.
@beat
C: I got a job at {work:job} on Saturdays and {par} still treats me like a baby. I'm {kidage}, not five.
P: I'm proud of the job, I am. I just worry when you're getting the bus home from {hood:work} in the dark.
@beat
C: {n:bff} gets to stay out till eleven. {n:friend2} doesn't even have a curfew, and nothing bad ever happens to them.
P: I'm not {n:bff}'s {par}, I'm yours. Other families can do what they like.
T: I hear two people who both want to feel trusted. Can we stay with that for a minute?
@beat
T: I'd like to try something. {P}, can you tell {C} one thing you appreciated about {him} this week?
P: When {he} made dinner on {wd} without being asked. Pasta, burnt a bit, but I nearly cried, honestly.
C: It wasn't burnt, it was crispy. But thanks, I suppose. That's actually quite nice to hear.
@beat
P: My sister {f:aunt} says I'm too soft and my husband's family say I'm too strict. I can't win with anyone.
T: It sounds like you're getting a lot of advice. What does your own gut tell you?
P: That {C} is a good kid who's having a hard year. Same as I had at {kidage}, to be fair.
@close
T: Let's finish there. For this week, one text when plans change, and one conversation at dinner with no phones.
C: Fine. One text. But {par} has to knock before coming in my room.
P: Deal. I can knock. I can definitely knock, {C}, that's a deal.
|
T: We're out of time. You both worked really hard today, and I noticed you listened to each other more than last time.
P: Thank you. Same time on {wd}? I'll have to swap a shift but that's fine.

== substance
@open
T: So, {C}, you said on the phone you'd had a slip on {wd}. Can we walk through what happened, without any judgement?
C: Yeah. I was {sober} sober. It was {m:mate}'s fortieth at {pub:pub} and I told myself I'd just have a lemonade.
|
T: How have the last two weeks been since we did the relapse prevention plan?
C: Mostly good. {num} days in a row now. But {wd} was close, really close, I'm not going to lie to you.
@core
C: I was fine until about {tod}, then somebody put a {drink} in front of me and I just, I didn't even think.
T: What was going through your head in the second before you picked it up?
C: That one wouldn't matter. That nobody would know. It's always the same lie, every single time.
|
C: It was payday. I walked past {pub:pub} on the way back from the {chemist} and the door was open and I could smell it.
T: So payday and that route are both triggers. Is there another way you could walk home?
C: Through {hood:hood}, but it's longer. Maybe that's the point though, isn't it, it's longer.
@core
C: I rang my sponsor, {m:sponsor}, on the Sunday morning. He just said, right, get to a meeting, and picked me up himself.
T: That's your plan working, even after a slip. How did it feel to make that call?
C: Horrible. But afterwards, lighter. His number's on a card in my wallet, {phone:sponsor}, I never take it out.
|
C: My sponsor {m:sponsor} has been sober twenty two years. He's {older} and he still goes to three meetings a week.
T: What do you take from {m:sponsor}'s example?
C: That it doesn't stop being work. Which is depressing and also weirdly comforting, you know.
@core
T: Where are the meetings you're going to at the moment?
C: There's one at {church:church} on {wd} nights, in the hall at the back, and a lunchtime one near {work:job}.
@beat
C: The secretary sends the meeting list out every week to {email:C}, so I always know where there's one.
T: That's a good safety net. Which meetings feel safest to you at the moment?
@beat
C: I deleted {nick:dealer}'s number. Well, I blocked it. {nick:dealer} kept texting, new number every week, {phone:dealer} was the last one.
T: That's a really protective step. How did it feel to block it?
C: Like losing a friend, which is messed up, because he was never a friend.
@beat
C: Then {nick:dealer} turns up at my door on {wd}, out of nowhere, like he could smell the payday.
T: What did you do when you saw him standing there?
C: I didn't open it. I sat on the stairs shaking and rang {m:sponsor} until he picked up.
@beat
C: I'm still picking up the {med} from the {chemist} on {road:chem}. {f:pharm} behind the counter always asks how I'm doing.
T: How is the medication going? Any side effects you've noticed this time?
C: Bit of nausea at first. I'm on {dose} now and it's fine, I think it takes the edge off.
@beat
C: I was at {rehab:rehab} for twenty eight days back in {yr}. My key worker there, {f:kw}, still sends me a message every {hol}.
T: It sounds like {rehab:rehab} gave you some important people. What did you learn there that still helps?
@beat
C: I've given my bank card to my sister {f:sis}. She gives me cash on {wd} for the week, like I'm a kid.
T: How do you feel about that arrangement, honestly?
C: Embarrassed. But it works. I'd have spent {money} on {wd} alone if I had the card.
@beat
T: Let's update the plan. People, places, things. Who do you need to keep away from for now?
C: {m:mate}, definitely, and the lads from {work:job}. And {nick:dealer}, obviously. And {hood:hood} after dark.
@beat
C: They took my licence after the drink driving on {road:crash}. I still get the bus past the spot where I hit the wall.
T: That's a daily reminder. What comes up for you when you pass it?
C: Shame, mostly. And that I could have killed someone. I was {young} and thought I was invincible.
@beat
C: I had a Shirley Temple at the wedding instead of champagne. {f:wife} clocked it and squeezed my hand under the table.
T: That sounds like a moment worth holding on to. What did that squeeze mean to you?
@close
T: Okay. We've updated the plan, and you know who to call. I'll see you next {wd}, same time.
C: Thanks. I'm going straight to the meeting from here, {m:sponsor} is giving me a lift.
|
T: Before you go, if the urge gets really strong, what's the first thing you'll do?
C: Ring {m:sponsor}. Then the helpline. Then get out of wherever I am, like you said.

== trauma
@open
T: Last week we agreed to start the narrative work, going slowly. How are you feeling about that today, {C}?
C: Nervous. My SUDs is already about sixty just sitting here, but I want to do it.
|
T: Before we begin, let's do the grounding exercise. Five things you can see in this room.
C: The clock, the plant, your blue mug, the rain on the window, and the poster about breathing.
@core
C: It was {datey}. I was driving home from {work:job} on {road:acc}, just past {hood:acc}, and a van came out of the junction without looking.
T: Take your time. Where are you in your body as you say that?
C: My chest. It's tight. I can still hear the noise, like a bin lorry dropped on the car.
|
C: I remember the plate, isn't that weird? {plate:van}. I'll never forget it, it's burned into my head.
T: Memory does that in moments of threat. It holds on to strange details. What happens next?
C: I was trapped. Someone kept saying, stay still, love, stay still, and I couldn't see who.
@core
C: The paramedics took me to {hosp:hosp}. I was there {stay}. {cop:cop} came to the ward to take a statement.
T: And what was it like being in {hosp:hosp}, looking back now?
C: Loud, and bright. I didn't sleep. Every time someone dropped something I nearly jumped out of the bed.
@core
T: Let's rate it. Right now, zero to a hundred, how distressing is the memory?
C: About seventy. Less than last week, which was like ninety.
T: That's movement. Let's notice your feet on the floor, and your back against the chair.
@beat
C: The driver's name was {mf:driver}. I saw it on the letter from the court. I don't know why, but having a name makes it worse.
T: What does the name bring up for you?
C: That he's a real person. He probably has kids. He probably went home and had his tea.
@beat
T: Let's go to your safe place for a moment. Where did you choose again?
C: My {nan}'s garden in {village:nan}. The smell of the tomatoes in the greenhouse and her radio on.
@beat
C: The nightmares are still bad. The {gp}, {dr:gp}, started me on {med} for them last month.
T: Have you noticed any difference in the nightmares since starting it?
C: Fewer, I think. Maybe three a week instead of every night. I still sleep with the landing light on.
@beat
C: My husband works nights at the {work:wh} warehouse in {town:wh}, so I'm alone in the house when it's dark.
T: Nights alone sound like a particularly hard time. What helps, even a little, when it's dark?
@beat
C: Sirens are the worst. There's an ambulance station on {road:amb} and I avoid that whole end of {town:home} now.
T: That makes sense as protection, but I wonder what it costs you to avoid that area.
C: My sister {f:sis} lives there. So I haven't been round to hers since {season}.
@beat
C: I couldn't go back to {work:job}. {tm:boss} was understanding, but I can't do that drive, not yet anyway.
T: Is returning to work something you'd like to work towards, eventually?
@beat
C: The insurance company keeps ringing. They want me to go over it all again for the claim, {ref}, and I just freeze.
T: Would it help if we planned what you'll say, so you're not going in unprepared?
@close
T: You did something really brave today. How are you feeling now, zero to a hundred?
C: Forty, maybe. Tired. Like I've run a marathon, but sitting down.
|
T: Let's finish with the breathing, and then you can sit in the waiting room for as long as you need.
C: Thanks. I'll text {n:partner} to come and get me, I don't want to drive today.

== child
@open
T: Hello {C}, it's nice to see you again. Your {par} is going to stay with us today, is that okay?
C: Yeah. Can I use the big pens? The green one is my favourite one.
P: {He} was asking about the pens all the way here in the car, honestly.
|
T: Hi {C}, hi {P}. Last time we made the worry monster. Did you feed it any worries this week?
C: Three worries. One about school, one about {pet:pet}, and one about my {nan}.
@core
P: So just for the new file, {his} date of birth is {dob:C}. The school changed {his} records and it's been a nightmare.
T: Thank you, I'll update that. And {he}'s still at {school:school}, in {year}?
P: Yes, still there. {tf:teacher} is {his} teacher this year and she's lovely with {him}.
@core
C: {n:bully} said I can't play football with them anymore because I'm rubbish. But I'm not rubbish.
T: That sounds like it really hurt. Where did you feel it in your body, when {n:bully} said that?
C: In my tummy. Like a stone. And then I cried in the toilets so nobody saw me crying.
@core
T: Who do you like to play with at school, {C}?
C: {n:bff}. {n:bff} has a dog called {pet:pet2} and we play {fict} at break time.
P: They've been inseparable since nursery. {n:bff}'s mum, {f:bffmum}, is a good friend of mine now too.
@beat
C: My grandad is {age90}. He's the oldest person in the whole world, probably, and he does magic tricks.
T: Wow, that is very old. What magic tricks does he do for you?
C: He finds coins behind my ear. Every single time. I don't know how he does it.
@beat
P: The paediatrician, {dr:paed} at {hosp:hosp}, wants to try {med} for the attention. I'm just not sure about it.
T: That's a big decision. What are your worries about the medication?
P: That {he} won't be {him}self. {He}'s funny and wild and I don't want that flattened out of {him}.
@beat
C: I'm {kidage} and three quarters. My birthday is on {bday:C} and I'm having a party at the trampoline place.
T: A trampoline party! Who are you going to invite to that?
C: Everybody in my class except {n:bully}. Well, maybe {n:bully} too, because Mum says I have to.
@beat
P: {His} dad is working in {country} for six months, so it's just us two, and bedtime has become a real battle.
T: That's a big change for both of you. {C}, what's bedtime like for you at the moment?
C: I don't like the dark. And I don't like that Daddy's phone calls are in the middle of my dinner.
@beat
P: If anything comes up, ring me on {phone:P}, not the landline. And emails to {email:P}, please.
T: I'll make a note of that. {C}, do you know your {par}'s phone number off by heart?
C: Yes! Mummy taught me a song for it. But I'm not singing it here, it's embarrassing.
@beat
T: Let's draw the feelings thermometer. Where's your worry today, at the bottom or the top?
C: In the middle. Like a seven. No, a five. It was a nine on {wd} at swimming.
@beat
C: I drew a picture of me and {n:bff} at the park, and {nick:bro} my big brother, and our dog.
T: That's a lovely picture. Tell me about everyone in it.
C: That's {n:bff}, that's me, and that's {nick:bro}, he's always on his phone, so I drew it.
@close
T: Well done today, {C}. You worked really hard. Would you like a sticker from the box?
C: The dinosaur one! Bye {T}. See you next week, I'll bring my drawing.
|
T: That's our time for today. {P}, I'll send you the sleep diary, and {C}, remember your brave breathing.
C: Smell the flower, blow out the candle. I remember. Bye!! See you next time.

== telehealth
@open
T: Hi {C}, can you hear me okay? You froze for a second there, the picture just went.
C: Sorry, can you hear me now? I'm on my phone's hotspot because the wifi's terrible here.
|
T: Hello, are you there? I can see you but I can't hear anything, I think you're on mute.
C: Sorry, sorry, I was on mute. Can you hear me now? This thing hates me, honestly.
@core
T: Just for safety, because we're online, can you confirm where you are right now, in case we get cut off?
C: I'm at home, {street:loc}, {town:loc}. In the spare room with the door shut.
|
T: Can you confirm your address today, so I know where to send help if the call drops and I'm worried?
C: Same as always. {street:loc}, {pc:loc}. I'm upstairs in the bedroom, the kids are at school.
|
T: Before we start, can you tell me your location today? It's something I have to check every session.
C: I'm at my sister's place this week, {street:loc} in {hood:loc}. She's at work, so it's private.
@core
T: If we drop again, I'll ring you. Is {phone:C} the best number for that?
C: Yeah, that's my mobile. Oh, the screen's gone pixelated again, can you still see me?
@core
C: I clicked the link you sent, {meet}, but it said waiting for host for ages, so I rejoined.
T: Sorry about that. The system has been slow all morning. You're here now, that's what matters.
@beat
C: The IT person from the clinic asked me to read out my IP address last time, it was {ip}, does that matter?
T: It's just so they can check the connection. It's stored securely, don't worry about it.
@beat
C: The clinic lent me this tablet. It's got a sticker on the back, device ID {dev}, and it keeps updating in the middle of sessions.
T: That's frustrating. I'll let the loan team know and see if they can send another one.
@beat
C: My daughter {f:dau} set all this up for me. She lives in {town:dautown} now, so she did it over the phone.
T: That was kind of her. How are things between you and {f:dau} at the moment?
C: Better. She rings every {wd}. She's {adult} and still worries about me more than I worry about her.
@beat
C: Hang on, sorry, my son's shouting. {m:kid}, I'm on a call! Go and ask your dad, please.
T: No problem at all. Take a second if you need it.
C: Sorry. School holidays. He wants [a Mars bar|Roblox|the iPad|Pringles|Fortnite] and I said no, and now I'm the worst mum in {town:loc}.
@beat
T: How has the week been, in terms of mood? Last time you said you were at about {score}.
C: Better, I think. I went for a walk by {region:reg} with my friend {f:walker} on {wd} and I actually enjoyed it.
@beat
T: I'll resend the link by email so you've got it for next time. Is it still {email:C}?
C: That's the one. Sometimes it goes to spam, so I'll check there as well this time.
@beat
C: The {gp} at {clinic:gp} wants to up my {med}. They said {dose} instead, but I'm not keen on it.
T: What are your worries about increasing it?
C: Weight, mostly. And feeling flat. I felt like a zombie on the higher dose in {yr}.
@close
T: The connection's getting worse, so let's stop there. Same link next week, and I'll ring you if it fails.
C: Okay. Thank you, {T}. Sorry about all the freezing, it's this house.
|
T: We're nearly at time. I'll send the worksheet by email, and the link for next {wd} will be the same.
C: Lovely. Thanks {T}. Bye, bye now, I'm pressing the red button.

== group
@open
T: Welcome everyone. Let's do our check-in round. Name, and one word for your week. Who'd like to start?
G: I'll go. I'm {n:g1}, and my word is tired. My youngest has been off school all week.
H: {n:g2}. Hopeful, I think. I've got an interview at {work:g2work} on {wd}, so fingers crossed.
C: I'm {C}. This is my third week. My word is, I don't know, wobbly. Wobbly's a word, right?
|
T: Okay everyone, welcome back to the group. A reminder that what's said in room {room:r} stays in room {room:r}.
G: Can I start? It's {n:g1}, for the new people. My word is angry, and I'll explain why in a minute.
C: I'm {C}, hi everyone. My word is okay. Genuinely okay, which is new for me.
@core
G: So the angry thing. My ex, {nf:g1ex}, turned up at the school gates at {school:g1school} on {wd} when he's not meant to.
T: That sounds really frightening, {n:g1}. Did you get support at the time?
G: The receptionist, {f:recep}, was brilliant. She called the police and took the kids inside.
@core
H: Like {n:g1} said last week, it's the mornings that get me. I wake up at {tod} and my brain just starts.
C: Same. Exactly the same. It's like the worry is waiting at the end of the bed for me.
T: {C}, that's a powerful image. Can you say more about the worry at the end of the bed?
@core
C: My {mum} moved back to {town:ctown} after Dad died, so I'm on my own in the house now, just me and {pet:pet}.
H: I did that for two years after my divorce. It gets easier, honestly. Or you just get used to it.
@beat
H: Can I ask, {C}, do you want to swap numbers? For the bad nights. Mine's {phone:g2}.
T: Just a reminder about the group agreement on contact outside sessions. It's your choice, but let's talk about it first.
@beat
G: I went back to {church:g1church} on {wd}, first time in a year. {rev:rev} came over and just hugged me.
T: How was that, {n:g1}, being back in that community?
G: I cried through the whole service. But I went. I'm going again next {wd}, I think.
@beat
G: {n:g2} texted me on {wd} just to say hello, and honestly, it made my whole day.
H: I nearly didn't send it. I thought you'd think I was weird, texting out of the blue.
T: It's lovely to hear the group supporting each other between sessions like that.
@beat
H: I relapsed on {wd}, I need to say it. {drink}, the whole bottle. My daughter {f:g2dau} found me on the kitchen floor.
T: Thank you for telling us, {n:g2}. That takes a lot of courage. How are you right now?
@beat
C: My manager at {work:cwork}, {m:cboss}, wants me back full time. I'm doing three days and it's already too much.
G: Get your {gp} to write you a fit note. Mine did, and occupational health had to listen.
@beat
T: Let's do the homework check. Who managed the gratitude list this week?
G: I did four days out of seven. The best one was my little one, {n:g1kid}, making me a card for no reason.
C: Only two days. But one of them was about this group, so that counts double, I think.
@beat
C: Can someone add me to the group chat? My email's {email:C}, or my number is {phone:C}.
T: Just remember the group agreement about sharing contact details. It's completely your choice.
@close
T: Let's close with a word each. How are you leaving today?
G: Lighter. Thanks everyone, and thanks {T}, see you all next {wd}.
C: Calmer. Thanks for listening to me waffle on for ages, everyone.
|
T: We're at time. Look after yourselves this week, and remember the crisis numbers are on the back of your sheet.
H: Thanks, everyone. {n:g1}, I'll see you at the bus stop, yeah? I'll wait for you.

== court
@open
T: This is your intake appointment for the anger management programme. First I need a few details for the court report. Can you give me your full name?
C: It's {Cfull}. {Cspell} for the first name, people always get it wrong.
|
T: Right, so you've been referred by the court. Before anything else, can you confirm your full name and date of birth for the form?
C: {Cfull}, date of birth {dob:C}. It should all be on the paperwork they sent over.
@core
T: And who is your {po} at the moment?
C: {tf:po}. She's based at the office in {town:po}, I see her every other {wd}, regular as clockwork.
|
T: I'll need to send a report to your {po}. Who should I address it to?
C: {tm:po}. He's alright, actually. Better than the last one I had, she had it in for me.
@core
T: Can you tell me, in your own words, what happened on the day of the offence?
C: It was a road rage thing on {road:inc}, near {hood:inc}. This bloke cut me up, I followed him, and I got out at the lights.
T: And what happened when you got out of the car?
C: I smashed his wing mirror. I didn't touch him, I want that on record, I didn't touch him.
|
T: Talk me through the incident that led to the charge. Take your time with it.
C: It was at {work:work}. My supervisor, {m:sup}, said something about my mum and I threw a chair. It hit the wall, not him.
@core
T: The court paperwork lists your driving licence as part of the conditions. Can you confirm the number for me?
C: It's {dl}. They've put points on it, but I can still drive for work, thank God.
|
T: The report asks about the vehicle involved in the incident. What's the registration?
C: {plate:car}. It's my brother's car, actually, so he's not happy with me either.
@beat
C: I'm wearing a tag as well. The number on it is {tag}, in case you need that for the report.
T: Thanks. How is the curfew going? Between what times are you meant to be in?
C: Seven till seven. It's fine. My missus says it's the most she's seen me in years.
@beat
T: Are there any orders in place about contact with anyone? A non-molestation order, anything like that?
C: With my ex, {ff:ex}. I'm not allowed near her house on {road:exhome}. The kids, {n:kid1} and {n:kid2}, I see at a contact centre.
@beat
C: The hearing's on {date} at {court:court}. It's {judge:judge} again, and he's already warned me once.
T: How are you feeling about going back in front of {judge:judge}?
@beat
T: For the assessment I need your {ssncue}, it goes on the funding form.
C: It's {ssn}. Do you need my {gp} details as well, or is that it?
@beat
T: When you feel the anger rising, where do you notice it first in your body?
C: My jaw. And my fists. By the time I notice, I'm already at about a nine out of ten.
T: That's useful. We'll work on catching it at a three or four, before it gets to nine.
@beat
T: And your current address, for the court report?
C: {street:home}, {town:home}, {pc:home}. It's my {mum}'s house, I'm staying there till the order finishes.
@beat
C: Can you send a copy of the report to my solicitor as well? {nf:sol}, at {email:sol}.
T: I can, once you've signed the consent form. I'll give it to you before you leave today.
@close
T: That's the intake done. The first group session is on {wd} at {appt}, room {room}. Try to get there ten minutes early.
C: Alright. I'll be there. I need this signed off or I'm back in front of the judge.
|
T: We'll finish there. I'll send the report to your {po} this week. Any questions for me before you go?
C: No. Just, thanks for not looking at me like I'm a monster. Most people do.

== student
@open
T: Hi {C}, welcome to the counselling service. What's brought you here today?
C: My personal tutor told me to come. I've been having panic attacks, mostly in lectures, and I've missed loads.
|
T: Thanks for filling in the form. I can see you've ticked anxiety and low mood. Where would you like to start?
C: Probably with the exams. I've got three in two weeks and I just cannot make myself revise.
@core
C: I'm in second year doing nursing at {uni:uni}. I live in {hall:hall}, with five other people on my corridor.
T: How are things with the people you live with?
C: {n:flat1} is lovely. {n:flat2} plays music till {tod} every night, and I can't say anything, I just lie there.
@core
C: I had my first panic attack in the exam hall, in room {room}, during the anatomy mock. I thought I was having a heart attack.
T: That sounds terrifying. What did you do in the moment?
C: The invigilator, {tf:invig}, took me outside and made me drink water. I didn't go back in.
@core
T: Have you been able to talk to anyone in your department about an extension?
C: {dr:tutor} said I can have until {date} for the essay if I get a note. That's partly why I'm here, if I'm honest.
@beat
C: I'm from {town:home} originally, so it's about four hours on the train. My {mum} rings every night at [half seven|eight o'clock|nine on the dot|about ten].
T: How do you feel about those calls?
C: Guilty. She thinks I'm doing great. I haven't told her I failed the module in {season}.
@beat
C: I work at {work:job} three nights a week. I need the money, the loan doesn't even cover the rent in {hood:rent}.
T: That's a lot to juggle on top of a nursing degree and placement.
@beat
C: My placement is at {hosp:place}, on the ward. My mentor there, {f:mentor}, is amazing, but the shifts are twelve and a half hours.
T: How are you managing sleep around the long shifts?
C: Badly. I live on [Pot Noodles|energy drinks|Red Bull|Milo|instant noodles] and toast. I know, I know, I'm training to be a nurse, it's ironic.
@beat
T: I'll email you the self-help links. Is your student address the best one?
C: Yeah, {email:C}. I check that one more than my personal one, because of the modules.
@beat
C: I'm an international student, I'm from {country}, and everyone here assumes I'm fine because my English is good.
T: It sounds lonely to be assumed to be fine. Who do you have here that you can be real with?
C: My cousin {f:cousin} in {town:cousintown}. We video call on {wd}, and she lets me cry.
@beat
C: {n:flat1} knocked on my door on {wd} and asked if I was okay, and I just burst into tears in front of her.
T: What was it like to let someone see you like that?
C: Embarrassing. But she made me a tea and sat on the floor with me, which was nice.
@beat
T: Can I check your term-time address and your home address, for the records?
C: Term time it's {street:term}, {pc:term}. At home I'm in {town:home}, at my parents' place.
@beat
C: My friend {f:uf} made me join the climbing club. Their page is {club}, they post every session.
T: How has it been, going along to something new with people you don't know?
@beat
C: There's a boy on my course, {m:boy}, and we sort of broke up, and now I have to sit next to him in seminars.
T: That sounds really awkward. How is it affecting your concentration?
@beat
C: I registered with the {gp} at {clinic:gp} like you said. They've put me on the waiting list for the mental health nurse.
T: Good, that's an important step. Did they talk about medication at all?
C: They mentioned {med}. I said I'd think about it. My dad thinks it's for weak people.
@close
T: Let's book another session. I'll see you in two weeks, and here's the number for the out of hours line.
C: Thank you. I feel a bit silly for crying, but thank you, {T}, really.
|
T: We're at time. Try the breathing before the exam, and remember you can email me if anything changes.
C: Okay. I will. Thanks for squeezing me in today, I know you're busy.
"""

ADMIN_TEXT = r"""
@admin date of birth
T: Before we get going, I just need to check a couple of details for the file. Can you confirm your date of birth for me?
C: Yeah, it's {dob:C}. Same as on the form I filled in at reception.
|
T: Sorry, the system's asking me to verify you again. Date of birth, and the first line of your address?
C: {dob:C}, and it's {street:home}. I swear I've told them this five times now{prt}.
|
T: The letter from the hospital had your date of birth wrong. Can you read me the right one?
C: It's {dob:C}. They've put the day and the month the wrong way round, I bet.
@admin name
T: And can I check the spelling of your surname? The letter from the referrer had it wrong.
C: It's {Csurspell}. Everyone always puts an extra letter in somewhere, it drives me mad.
|
C: My new key worker is {f:kw}, that's {spell:kw}, she started on {wd} and she's actually nice.
T: It's good to have someone you get on with. How often will you see {f:kw}?
|
T: Just so I've got it right for the letter, how do you spell your first name?
C: {Cspell}. My {mum} wanted it to be different, so of course nobody can ever spell it.
@admin phone
C: Oh, before I forget, I've got a new number. The old one got cut off. It's {phone:C}.
T: Thanks, I'll update that now. Is it okay to leave voicemails on that number?
C: Yeah, that's fine. It's just my phone, nobody else answers it.
|
T: Is {phone:C} still the best number to reach you on if I need to rearrange anything?
C: Yeah, that's still me. Or text, I don't always pick up unknown numbers.
|
T: Your emergency contact on the form is {nf:ec}. Is that still right, and is {phone:ec} still their number?
C: Yeah, that's right. We had a falling out in {season}, but they're still the one I'd want you to ring.
@admin fax
T: I'm going to send a summary to your {gp} at {clinic:gp}. Their fax number on the referral is {fax}, so I'll send it there this afternoon.
C: Okay. Can you make sure it doesn't go to the old surgery? I moved last year.
|
T: The psychiatrist at {hosp:h} has asked for the letter by fax, believe it or not. I've got it as {fax}.
C: Fax? I didn't know anyone still used those. That's fine, as long as it gets to them.
@admin e-mail
T: I'll send the worksheets by email. Is {email:C} still the best address to use?
C: Yeah, that's the one. The work one is monitored, so please don't use that.
|
C: Could you send the letter to my email instead of posting it? It's {email:C}.
T: Of course. I'll send it from our secure address, so it might land in your junk folder.
|
T: If you need to cancel, just email me directly on {temail}. I check it every morning before clinic.
C: Okay, I'll save that. I'm rubbish at remembering to cancel things, sorry in advance.
@admin health plan number
T: The insurer needs your {hpcue} again for the claim, sorry about this.
C: No worries, I've got the card right here. It's {hp}.
|
T: Can you read me your {hpcue}? The referral came through without it, for some reason.
C: Hang on, it's on the letter somewhere. Right, it's {hp}. Is that enough for them?
@admin medical record number
T: The hospital letter has your {mrncue} as {mrn}. I'll put that at the top so they can match it up.
C: Okay. They never seem to find anything unless you give them that number.
|
C: The discharge letter says {mrncue} {mrn}. Do you need a copy of it for your notes?
T: That would help, thank you. I'll scan it and give it straight back to you.
@admin social security number skip=
T: The assistance form asks for your {ssncue}. I know, I'm sorry, it's the funder that wants it, not us.
C: It's fine. It's {ssn}. I hate saying it out loud, honestly.
|
C: The benefits people wanted my {ssncue} again, {ssn}, and then they still lost the form.
T: That's so frustrating. Would it help if I wrote a letter confirming you're attending here?
@admin account number
C: Can the refund go straight into my account? The number's {acct}, and the {sortcue} is {sort}.
T: I'll pass that to the admin team. They'll email you when it's done.
|
C: The council wanted my customer reference for the rent arrears, {ref}. I wrote it on my hand so I wouldn't lose it.
T: Let's make sure that's written somewhere safer than your hand before you leave today.
|
T: The claim number for these sessions is {ref}. If the insurer calls you, just quote that and send them to me.
C: Okay. I'll put it in my phone notes with everything else, so I don't lose it.
|
C: I've set up a standing order to pay back my brother, from my account {acct}. A little bit every month.
T: That sounds like a plan that takes a weight off. How does it feel to have it in place?
@admin street address
C: We've moved, by the way. We're at {street:home} now, {pc:home}.
T: Thanks, I'll update the file. Is that still in {town:home}?
C: Yeah, just the other side of town, nearer my {mum}'s place.
|
T: Where should I post the appointment letter? I've still got your old address on here.
C: It's {street:home}, {town:home}, {pc:home}. The flat number's on the buzzer.
|
C: I've moved into a {flat} on {road:new}. It's tiny, but it's mine, and nobody shouts.
T: That sounds like a real change. What's it like coming home to somewhere quiet?
@admin date
T: So the next session is {date}, same time. Does that work with your shifts?
C: I think so. I'll double check the rota and text you if it doesn't.
|
T: The psychiatry appointment has come through for {date}, at {hosp:h}.
C: Finally. I've been waiting since {season}, I'd almost given up on it.
|
C: I've got the tribunal for my benefits on {date}. Could you write something for it?
T: Yes, I can write a short letter. I'll need your permission to mention the diagnosis.
@admin certificate/licence number
C: The insurance form wanted my driving licence number, so I put {dl}. Was that right?
T: That's fine. I'll leave the rest of that section blank, it's not needed for us.
|
C: I've got to renew my passport to go home for the funeral. The old one is {passport}, and it expired in {season}.
T: Do you need a letter from us to support an urgent appointment at the passport office?
|
C: My nursing registration is up for revalidation. My PIN is {pin}, and I'm terrified they'll see I've been off sick.
T: Being off sick isn't a fitness to practise issue in itself. Let's talk about what revalidation actually involves.
|
C: I finally got my security licence, number {pin}. I start on the doors next {wd}.
T: Congratulations. How do you feel about working nights, given the sleep stuff we talked about?
@admin vehicle identifier
C: Someone keeps parking across my drive, a silver car, {plate}. I've reported it twice and nothing happens.
T: That sounds like it's really winding you up. What goes through your mind when you see it there?
|
C: My car got clamped outside the clinic. The plate's {plate}. Do you know who I ring about it?
T: Reception has the number for the parking company. They deal with it all the time, don't worry.
|
C: The garage said the VIN is {vin} and it's flagged as written off. I paid {money} for that car.
T: That's a lot of money to lose. How are you managing the stress of it all?
@admin device identifier
C: My hearing aid from {hosp:h} keeps whistling. The serial on it is {dev}. I rang them but nobody called back.
T: Would it help if I mentioned it in the letter to the audiology team?
|
C: The insulin pump keeps alarming at night. The rep asked for the serial number, it's {dev}.
T: Sleep disruption like that will definitely affect your mood. Let's keep an eye on it together.
|
C: The CPAP machine they gave me has serial number {dev}, and it's so loud {n:partner} sleeps in the spare room now.
T: That's a lot of strain on both of you. Have you been able to talk to them about it?
|
C: My phone was stolen on the bus. The police wanted the IMEI, which is {imei}, and that's where it ends, probably.
T: Losing your phone can feel like losing a lifeline. How have you been coping without it?
|
C: My laptop's network address is {mac}, the college IT said to give it to you for the video thing.
T: Thanks. I'll pass that on to our IT so they can let it through the firewall.
@admin IP address
T: IT asked me to check, are you on the same connection as last time? They flagged a new IP, {ip}.
C: Oh, I'm at my friend's house today. The wifi at mine keeps dropping out.
|
C: Someone logged into my email from {ip}. It wasn't me. I'm so scared it's my ex.
T: That sounds really frightening. Let's think about what would help you feel safer online.
@admin web address
C: I started a little blog about my recovery, {blog}. You don't have to read it, I just wanted you to know.
T: Thank you for telling me. How does it feel putting your story out there?
|
C: My sister found my old account, {handle:C}, and screenshotted stuff from years ago.
T: How did that feel, having that old version of you shown back to you?
|
T: There are more worksheets on our website, {url}. They're free, you don't need a login.
C: Great, I'll have a look tonight. I prefer doing it on paper, but I'll print them out.
|
C: Someone made a fake profile of me, {profile}, with my photos. I've reported it five times.
T: That's a horrible violation. How has it been affecting you day to day?
@admin age over 89
C: My grandmother turned {age90} on {wd}. We had a party and she danced, can you believe it.
T: That sounds like a special day. What was it like for you, being there?
|
C: I'm caring for my great aunt, she's {age90}, and she won't let anybody else help her wash.
T: That's a lot of caring on your shoulders. How much time does it take each day?
"""

NEGATIVE_TEXT = r"""
T: How has your sleep been this week, compared with last?
C: Terrible until {wd}. I was up till {tod} most nights scrolling {brand} on my phone{prt}.
|
T: And the medication, are you still on the same dose as before?
C: Yeah, {med}, {dose}. The {gp} wants to review it after {hol}.
|
C: I'm feeling a bit ^blue today, to be honest. It's the weather, it's been grey since {mon}.
T: Will you tell me a bit more about what blue feels like for you today?
|
C: I had a Mars bar for breakfast and {food} for my tea, which isn't exactly the meal plan.
T: No judgement here. What was happening for you around food that day?
|
T: Last time your score was {score}. Where would you put yourself today?
C: Maybe {score}. Better than {yr}, that's for sure, that was the worst year of my life.
|
C: Like {celeb} says, you can't pour from an empty cup. I saw it on [Instagram|TikTok|YouTube] at two in the morning.
T: It sounds like that really landed for you. Whose cup have you been filling lately?
|
C: The dog, {pet:p}, is honestly the only reason I get out of bed. He needs walking at {tod}.
T: {pet:p} sounds like an important part of your routine. What's the walk like?
|
C: I had a hot bath on {wd} and read a book, an actual book, for the first time since {season}.
T: That's lovely. What made it possible to do that this week?
|
C: My family call me {idiom} because I always see the worst. It's a joke, but it stings a bit.
T: What would you like them to see in you instead?
|
C: We're going to {country} in {season} to see my husband's family, if we can afford the flights.
T: How are you feeling about the trip, apart from the money?
|
C: I watched the {team} game with the lads, we lost three nil and I didn't even care about it.
T: Not caring about something you used to love can be a sign of low mood. Is that familiar?
|
C: The {med} gives me a dry mouth, but it's better than the {med}, that one made me feel like a zombie.
T: Have you mentioned the dry mouth to your {gp} yet?
|
C: I walked for {short} on {wd}, ten thousand steps, and I had {food} as a treat afterwards.
T: That's great. How did your body feel during the walk?
|
T: Step two on the ladder was going to the supermarket. Where are you up to now?
C: Step {step}, I think. I did the big shop on {wd}, with the trolley and everything.
|
T: Let's do the breathing together. In for four, hold for seven, out for eight.
C: Okay. Four, seven, eight. I always get the numbers mixed up, sorry.
|
C: I'm {nat}, so in my family you don't talk about feelings, you just eat more rice.
T: So coming here and talking is quite different from what you grew up with.
|
C: My {gp} said I might have {eponym}, so that's another thing to worry about now.
T: That sounds like a lot of uncertainty. What do you know about it so far?
|
C: I spent {money} on scratch cards on {wd}. I know, I know, it's not a good coping strategy.
T: What was going on for you just before you bought them?
|
C: It's {hol} next week and I'm dreading it. Too many people in one small house.
T: What would make the day more bearable for you, even a little?
|
C: We had a meeting in room {room} and my manager kept saying going forward, going forward, like it was a spell.
T: It sounds like that meeting really wound you up. What was underneath the irritation?
|
C: Jack Daniels used to be my whole personality. Now it's [Red Bull|Monster|energy drinks|Lucozade], which is probably not much better.
T: It sounds like you're noticing a pattern of reaching for something. What does it give you?
|
C: My daughter is obsessed with {fict}. We've watched it about four hundred times this month.
T: Does she like you to watch with her, or does she watch on her own?
|
C: I'm {adult} and I still feel like a teenager when I go back to my parents' house.
T: What happens to you when you walk through that front door?
|
T: What number would you give the urge right now, out of ten?
C: Maybe a three. It was an eight on {wd} though, after the phone call with my brother.
|
C: Honestly, {drink} and a takeaway on a {wd} night was my whole life for years.
T: What does a {wd} night look like now, compared to then?
|
C: The hospital car park charged me {money} for two hours. Two hours! I nearly cried at the machine.
T: It sounds like that was the last straw on a long day.
|
C: I read a quote by {celeb} on [Instagram|TikTok|Facebook|Pinterest], something about being brave, and I actually cried at it.
T: What was it about the quote that moved you so much?
|
C: Since {mon} I've been doing [Headspace|the Calm app|Insight Timer] every morning, ten minutes of meditation before work.
T: That's consistent. What have you noticed since you started doing it?
|
C: My brother supports {team}, so we don't speak during the season, it's a family rule.
T: It sounds like there's some humour in your family, even when things are hard.
|
C: I was {kidage} when my parents split up, and I'm {adult} now, and I still think about it every day.
T: That's a long time to carry something. What stays with you most about it?
|
C: My appointment with the nurse is at {appt} on {wd}, in room {room}, for the blood tests.
T: Good. Let's make sure that doesn't clash with our session next week.
|
C: It's not like I have free will when the craving hits. It's like something else takes over.
T: That's a really common experience. Let's map out what happens in those first few minutes.
|
C: We had a frank conversation on {wd}, me and my partner, the first one in months.
T: How did it feel to have that kind of honesty between you?
|
C: I hope so. I really do hope so, but I've hoped before and been let down.
T: Hope can feel risky when you've been disappointed. That makes a lot of sense.
|
C: The psychiatrist said major depressive disorder, recurrent. It sounds so official when they say it.
T: How did it feel to hear it named like that?
|
C: It was sunny all weekend and I didn't leave the house once. That's how I know it's bad again.
T: Thank you for noticing that and telling me. That's an important early warning sign.
|
C: I looked at old photos and it was like looking through rose tinted glasses, everyone smiling.
T: What do you think the photos leave out?
|
C: I paid the gas bill and the phone bill on {wd}, and I felt like an actual adult for once.
T: That's worth noticing. Small tasks can feel huge when you're low.
|
C: My uncle's a hunter, deer and pheasant, and he takes me out at the crack of dawn to clear my head.
T: It sounds like being outdoors with him is good for you.
|
C: He says I'm a jack of all trades and master of none. It's meant to be a compliment, apparently.
T: How does it land for you, when he says it?
|
C: I got a gold star from my team leader, like actually a sticker, and I kept it on my lanyard all week.
T: It sounds like being recognised meant a lot to you this week.
|
C: I'm on the waiting list for the {eponym} clinic, and it's eighteen months, apparently, maybe more.
T: That's a long wait. What support do you have in the meantime?
|
C: I used to play rugby at school. I miss being part of a team more than I miss the actual rugby.
T: What was it about being part of a team that mattered to you?
|
C: I had a Shirley Temple and a plate of chips, and I left before it got messy, before ten.
T: That sounds like a plan you made and stuck to. How did leaving early feel?
|
C: The {gp} gave me leaflets about {helpline} and said to call {emerg} if it gets really bad.
T: Good. Let's put those numbers in your phone now, together, before you leave today.
|
C: In {decade} nobody talked about mental health. My dad would've laughed me out of the room.
T: Things have changed a lot. What's it like for you to be here, doing this?
|
C: Christmas is the worst. Everyone drinks, and Monday after is always the worst day of the year for me.
T: Let's plan ahead for it, then. What has helped in past years, even a little?
|
C: Back in 2019 I was doing really well, ten milligrams of {med} and running three times a week.
T: What else was different about your life back then?
|
C: Honestly I'd say eight out of ten for the week. Room 4 at the gym has a new spin class and I love it.
T: Eight out of ten. What made the difference this week?
|
C: My mate is a massive Taylor Swift fan, she's been to every single show, and I went along once.
T: How was it, being in a crowd that big?
|
C: I'm {adult}, my wife's {adult}, and the kids are {kidage} and {kidage}. It's a busy house, noisy.
T: Where do you get any space for yourself in a house like that?
|
C: I did a Duolingo lesson every day in {mon}. Small wins, like you said, small wins count.
T: They do count. What language are you learning?
|
C: The bus was late, the number {bus}, so I walked from the station in the pouring rain.
T: And you still made it here. How are you feeling after that walk?
|
C: My hay fever is awful this year, and there's mould on the bathroom ceiling again, so I'm sneezing constantly.
T: That sounds miserable. How is it affecting your sleep?
|
C: Sorry, I was miles away. I drew a little picture in the margin while you were talking.
T: That's okay. Where did your mind go, just then?
|
C: There was a sale on, so I got a king-size duvet and a wood burner catalogue for my dad's birthday.
T: It sounds like you were thinking about him. How are things between you two at the moment?
|
C: I lost my patience with the kids on {wd}. I shouted, and I know it's not a good look, I'm trying.
T: You noticed it and you named it. That matters. What was happening just before you shouted?
|
C: I had my wisdom tooth out, so I've been living on soup and ice cream all week.
T: Ouch. Has the pain been affecting your mood as well?
|
C: It was our ruby wedding anniversary, forty years, and he forgot. Again. Forty years.
T: That sounds really hurtful. What did you feel when you realised he'd forgotten?
|
C: I keep wanting to bury my head in the sand about the debts. The brown envelopes just pile up by the door.
T: Avoidance makes a lot of sense when something feels overwhelming. Shall we look at one envelope together?
|
C: There was a fox in the bins again at two in the morning, screaming like a baby, and I never got back to sleep.
T: Broken sleep makes everything harder. How did the next day go?
|
C: My son's doing his Duke of Edinburgh award, so he's off camping in the rain this weekend.
T: How do you feel when he's away from home like that?
|
C: My granddad was a lance corporal in the army and he never once talked about any of it.
T: It sounds like silence was a family habit. How has that shaped you?
|
C: The traffic light was amber and I just slammed the brakes, and the guy behind me went absolutely mad.
T: That sounds frightening. What happened in your body when he started shouting?
|
C: Dr Google told me it was something terrible, obviously, at three o'clock in the morning.
T: Searching symptoms at night is a very common trap. What did you do after reading it?
|
C: My friend says Mr Right is out there somewhere. I'd settle for someone who replies to texts.
T: It sounds like you're tired of waiting on other people. What would you want from someone?
|
C: Like Beyoncé says, you have to put yourself first sometimes. I've been really trying that this week.
T: What has putting yourself first looked like, in practice?
|
C: Will you be here next week, or is it the other counsellor? I'd rather it was you, honestly.
T: I'll be here. It's good to hear that having the same person matters to you.
|
C: It's a blessing in disguise, maybe. That's what my aunt keeps telling me, anyway, every single time.
T: And what do you think, when she says that to you?
|
C: I was so moody all week. There was frost on the car every morning, and everything felt like a fight.
T: It sounds like a heavy week. When in the day was it hardest for you?
|
C: It was a leap of faith coming here today. I sat in the car park for twenty minutes first.
T: I'm glad you came in. What helped you get out of the car in the end?
|
C: I had a beer at the barbecue, just the one. A normal beer, not the strong stuff, and then water.
T: How did it feel to stop at one, given everything we've talked about?
|
C: I said I'm innocent, I didn't do anything, and nobody listened. It felt like a miscarriage of justice.
T: Not being believed can stir up a lot of anger. Where do you feel it right now?
|
C: Mother Nature hates me. It rained every single day we were away, and the kids were climbing the walls.
T: It sounds like the break you needed didn't quite happen. What did you need from it?
|
C: My mobile's cracked and the screen's gone orange, and I can't afford a new one until {mon}.
T: Money worries on top of everything else. How are you managing with bills at the moment?
|
C: I'm a bit rusty at cooking, but I made a shepherd's pie on {wd} and it was actually edible.
T: That's a real achievement when your energy has been so low. How did it feel to eat it?
|
C: The doctor said the sharp pain is the tension, not my heart, which was a relief, honestly.
T: Anxiety can show up very physically. Where else do you notice it in your body?
"""


def parse_blocks(section: str) -> list:
    """Alternatives separated by lines with a single '|'; each a list of (speaker, template) turns."""
    alts, cur = [], []
    for line in section.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line == "|":
            alts.append(cur)
            cur = []
            continue
        spk, _, text = line.partition(": ")
        assert spk in ("T", "C", "P", "G", "H"), line
        cur.append((spk, text))
    if cur:
        alts.append(cur)
    return alts


def parse_scenarios(text: str) -> dict:
    out = {}
    for chunk in text.split("\n== ")[1:]:
        name, body = chunk.split("\n", 1)
        sc = {"open": [], "core": [], "beats": [], "close": []}
        for part in body.split("\n@")[0:]:
            part = part.lstrip("@")
            if not part.strip():
                continue
            head, rest = part.split("\n", 1)
            blocks = parse_blocks(rest)
            if head == "open":
                sc["open"] += blocks
            elif head == "close":
                sc["close"] += blocks
            elif head == "core":
                sc["core"].append(blocks)
            elif head == "beat":
                sc["beats"].append(blocks)
            else:
                raise ValueError(head)
        out[name.strip()] = sc
    return out


ADMIN_SKIP = {"social security number": [], "account number": []}


def parse_admin(text: str) -> list:
    out = []
    for part in text.split("\n@admin ")[1:]:
        head, rest = part.split("\n", 1)
        kind = head.split(" skip=")[0].strip()
        out.append({"kind": kind, "skip": [], "alts": parse_blocks(rest)})
    return out


def parse_negative(text: str) -> list:
    return parse_blocks(text)


SCENARIOS = parse_scenarios(SCENARIO_TEXT)
ADMIN = parse_admin(ADMIN_TEXT)
NEGATIVE = parse_negative(NEGATIVE_TEXT)
