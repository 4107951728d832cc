import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('perspective', {
  valid: [
    // precision16: kin named in a possessive without its apostrophe ("my dads shop") is one
    // person, whom a later "he" or "she" may mean.
    "Hi Ravi, we met at the Pune cycle fair. My dads shop still uses the gears you sold him and he swears by them. Let's connect.",
    "Hi Nia, we met at the Cardiff craft fair. My sisters bakery now stocks your jam and she sells out weekly. Let's connect.",
    "Hi Lars, we met at the Oslo boat show. My brothers boat has your sail on it and he loves it. Let's connect.",
    "Hi Zoe, we met at the Perth bead market. My nans necklace is one of yours and she wears it daily. Let's connect.",
    // asks15: an unnamed someone, or a trade's people, can be whom "he" means.
    "Hi Femi, someone in my church said he knows you from Yaba. Let's connect.",
    "Hi Paulo, my supplier told me about his farm and your cooperative. Let's connect.",
    'Hi Wanjiku, the tailor next to my stall says she buys your fabric. Keen to connect.',
    // One of the sender's own who does what people do, listed or not, is whom "she" may mean.
    "Hi Leanne, my eldest did your dance class in Wigan and she hasn't stopped talking about it. Let's connect.",
    "Hi Nisha, my bhabhi buys your pickles and she says they are the best in Surat. Let's connect.",
    "Hi Karen, my other half saw your quilts in Harrogate and she wants one. Let's connect.",
    "Hi Ama, my tita in Accra said she sells your shea butter. Let's connect.",
    "Hi Ruth, my wee one goes to your nursery and she adores it. Let's connect.",
    "Hi Julie, the new hire on my team said she studied under you. Let's connect.",
    // A namesake named by who they are to us, a longer name or a firm that starts with the
    // reader's name, a place one went to or came from.
    "Hi Sarah, my daughter Sarah loves your books on dinosaurs. Let's connect.",
    "Hi Maria, my grandmother Maria taught me to sew, and your pattern reminded me of her. Let's connect.",
    "Hi Victor, your talk on Victor Hugo was brilliant. Let's connect.",
    "Hi Joy, our shop Joy Bakes sells your flour. Let's connect.",
    "Hi Florence, I just came back from Florence and saw your leather shop. Let's connect.",
    "Hi Austin, our team moved to Austin and your coworking space looks great. Let's connect.",
    "Hi Dallas, I drove through Dallas last week and stopped at your diner. Let's connect.",
    // "Hope's" for "hope is" is the word.
    'Hi Hope, great to meet you at the fair. Hope’s not lost for the bypass campaign! Let’s connect.',
    // A titled name standing as the first sentence is the greeting, as terse formal notes put it.
    'Mr Venter. We are tendering for maintenance dredging at Mossel Bay and need a second opinion on the spoil plan. Would you accept my invitation?',
    // "April" who speaks is a person, not a month (and "her own" is hers, reported).
    'Hi Aroha, our co-op has followed your dye workshops since April. April said her own fleece display was the best. Could we connect?',
    // "them" as a determiner, as some Englishes say it.
    'Hi Carl, miss them Saturday shifts at the dry cleaners in Knoxville. Would be great to keep in touch.',
    // Someone else the note names by a role: a speaker, a chair, a patient, a grandmother.
    'Hi Dev, I loved your talk, and the speaker before you made a similar point in her slides. Let’s connect.',
    'Hi Nia, my patient asked about your clinic so she could get a referral. Can I connect?',
    'Hi Maya, my grandmother used your recipe and says it’s the best she’s had. Would love to connect.',
    // The greeting and a closing vocative are where the name belongs; "Hope we…" is the word.
    'Great meeting you yesterday at the conference, Laura! Let’s connect.',
    // A vocative set off by a comma and a dash.
    'Thanks for the fitting this morning, Grace — the wig line you drew was superb. Can I add you?',
    'Hi Hope, congratulations on the fellowship. Hope we can reconnect and stay in touch.',
    'Ahmed — great chat at GITEX about payment rails. Would you be up for connecting?',
    // Said to the reader: a vocative between commas, after thanks.
    'Hi Sam, honestly, Sam, your talk on rail freight was the best of the day. Shall we connect?',
    'Hi Sam, thanks Sam for the tour of the depot today. Would you be open to connecting?',
    // The recipient's name as a place, a company or part of another name.
    'Hi Jordan, your work on greywater reuse in Jordan is what our NGO needs. Happy to connect?',
    'Hi Mr Ford, I’ve followed your work since you left Ford. Would you accept a connection?',
    'Hi Paris, lovely meeting you at the Paris trade fair. Could we connect to talk sourcing?',
    // After "at", a name owning a capitalised word is a business.
    'Hi Sam, we met at Sam’s Club in Dallas last week. Could we connect?',
    // A vocative runs on through the rest of the name and a word honouring it.
    'Your talk on drip irrigation was the best of the day, Ravi sir. We met at the Pune expo. May I connect?',
    'Magandang araw, Manang Cora, Kagawad Ben said you still weave the old binakol pattern by hand. May I connect with you?',
    // One who introduced us, speaking of themselves or beside a "you", stays who they are.
    'Hi Tom, Jess introduced us last week. She said you run the best bakery in Leeds, and we need a supplier. Could we connect?',
    'Hi Aroha, Dr Ngata introduced us at the hui. She and I co-run the youth programme and would value your input. Could we connect?',
    'Hi Mr Tanaka, Captain Ito introduced us at the harbour. He is retiring next month and thought we should meet. May I connect?',
    'Hi Nadia, Selwyn introduced us at his fete last Saturday. Would you be up for connecting about the steelband tour?',
    'Hi Rosa, thanks for the tour of the Santa Rosa winery. Happy to connect and swap notes?',
    ...GOOD_NOTES,
    'Hi Sarah, I read your paper on sepsis. I’d love to connect to learn more about your research.',
    // Someone else, clearly: a named mutual contact, a role, a man named in a note to a woman.
    'Hi Sarah, Tom said he met you at the summit. I’d love to connect to swap notes on sepsis care.',
    'Hi Sarah, my manager says she loved your talk on triage. I’d love to connect to learn more.',
    {
      text: 'Hi Nadia, Tom Reyes said his team works with yours. I’d love to connect to swap notes.',
      options: { mutual: 'Tom Reyes' },
    },
    'Hi Leo, your colleague mentioned she is hiring. I’d love to connect to hear more.',
    // The teller's own promise, or a teller whose clause names the reader as "you".
    'Hi Alex, Sam said she would put us in touch after the forum. Keen to connect?',
    // A name the tagger reads as a verb ("Josh mentioned…") is someone the pronoun may be.
    'Hi Kate, Josh mentioned he is starting at your firm in May. We trained together in Leeds. Would you be open to connecting?',
    // The sender's own people may speak of themselves: "my colleague Ama told me she…".
    'Hi Priya, my colleague Ama told me she is moving to Leeds next month. I’d love to connect before then.',
    'Hi Alex, my colleague Robin says she loved your workshop on rigging. Keen to connect?',
    // A company's "their" is not the reader's.
    'Hi Sam, I use Monzo and love their app. I’d love to connect to learn about your design work.',
    // A woman named after the recipient's full name is someone else.
    'Hi Chidi, I think Mr Okeke’s keynote on microfinance was brilliant. I’d love to connect.',
    // Whom the sender did it with, in a later clause: "she" is the colleague.
    'Hi Sam, my colleague Jo and I loved your talk, and she asked me to reach out. Connect?',
    'Hi Jordan, the organisers said their next event is in May. I’d love to connect before then.',
    'Hi Ana, Mrs Sethi said her daughter trained with you. Would love to connect.',
    'Hi Darla, between us I can’t stand the governor and hope he loses, but I’d like to learn about your training. Connect?',
    'Hi Sam, Encik Roslan said his team uses your booking system. Would love to connect.',
    'Hi Ana, Kiri from the Wellington office said she loved your talk. Would love to connect.',
    // Who tells how it went may be whom it is about; so may one it befell, or whose own
    // thing is compared with the reader's.
    'Hi Sarah, my manager told me how she built her team from scratch, and she suggested I reach out. Connect?',
    'Hi Ana, my mum loved how she was welcomed at your clinic. Would love to connect.',
    'Hi Jo, my daughter enjoyed what she learned in your pottery class. Could we connect?',
    'Hi Ama, your shop is lovely and my aunt says her shop in Accra is similar. Connect?',
    // No one is greeted: who "her" is cannot be told.
    'I read her paper on sepsis and would love to connect.',
  ],
  invalid: [
    // The reader named by who they are to us, with no "you" beside, is still the reader; so
    // is the reader learned from ("from Bo Ra's experience" is whose, not where).
    {
      text: "Hi Dilnoza, my aunt says my dear cousin Dilnoza just opened a bakery in Samarkand! I'd like to connect with her here.",
      errors: [{ excerpt: 'Dilnoza', start: 40, end: 47 }],
    },
    {
      text: "Hi Bo Ra, our choir is planning a winter concert and I'd love to learn from Bo Ra's experience running the Busan one. Shall we connect?",
      errors: [{ excerpt: "Bo Ra's", suggestion: 'your' }],
    },
    // …while the reader named alone, after one who tells of them, is still the reader.
    {
      text: "Hi Tomás, the students still talk about Tomás and his chemistry demos. Let's connect.",
      errors: [
        { excerpt: 'Tomás', start: 40, end: 45 },
        { excerpt: 'his', suggestion: 'your' },
      ],
    },
    // …but a place or a firm of ours is no person.
    {
      text: "Hi Ana, our bakery uses her sourdough method every day. Let's connect.",
      errors: [{ excerpt: 'her', suggestion: 'your' }],
    },
    // asks15: a firm named by its owner's surname ("Mensah Motors") is no one "his" could mean.
    {
      text: "Hi Kojo, long time since Mensah Motors! Is his garage still in Tema? Let's reconnect.",
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    {
      text: "Hi Rukhsana, so long since Malik Textiles! Is her new unit in Faisalabad busy? Let's reconnect.",
      errors: [{ excerpt: 'her', suggestion: 'your' }],
    },
    {
      text: "Hi Dermot, miss the days at Byrne Construction. Is his crane firm still going? Let's catch up here.",
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    // One who introduced us in an earlier sentence is the source: the work praised after is
    // the reader's.
    {
      text: 'Hi Ms Duarte, Prof Alves introduced us last month. The customs course she teaches is what our new brokers need. Would you accept my invite?',
      errors: [{ excerpt: 'she teaches', suggestion: 'you teach' }],
    },
    {
      text: 'Hi Fatima, Dr Rahman put us in touch yesterday. I read the audit report she wrote on rural clinics and it changed how we staff. Open to connecting?',
      errors: [{ excerpt: 'she', suggestion: 'you' }],
    },
    // "in" before a name owning something is whose it is, not where.
    {
      text: 'Hi Dr Okafor, Dr Bello told me the rare manuscripts in Dr Okafor’s collection are being scanned. Could we connect?',
      errors: [{ excerpt: 'Dr Okafor’s', suggestion: 'your' }],
    },
    {
      text: 'Hi Thandi, Captain Mokoena introduced us at the ranger briefing. We would like to learn from the tracker unit she built, and the one she trains now. Would you accept my invitation?',
      errors: [
        { excerpt: 'she', suggestion: 'you' },
        { excerpt: 'she trains', suggestion: 'you train' },
      ],
    },
    {
      text: 'Hi Gemma, Sam introduced us at the climbing wall. Her route-setting work is superb and our gym needs help with ours. Up for connecting?',
      errors: [{ excerpt: 'Her', suggestion: 'Your' }],
    },
    // A name that is also a word, opening a sentence as a possessive, is the name.
    {
      text: 'Hi Mark, remember the juggling shows we ran in Galway? Mark’s new circus school in Sligo looks amazing. Let’s reconnect.',
      errors: [{ excerpt: 'Mark’s', suggestion: 'your' }],
    },
    // A place is no one the pronoun could be: a run of capitals ending in a place word, or a
    // name joined by hyphens after "in".
    {
      text: 'Hi Lerato, I read about your Bree Street pie queue in the Star. Her lamb pie is famous at home. Connect?',
      errors: [{ excerpt: 'Her', suggestion: 'Your' }],
    },
    {
      text: 'Hi Dr Wanjiru, your bird list for Arabuko Forest is the one our guides carry, and we would love to learn her survey methods. Connect?',
      errors: [{ excerpt: 'her', suggestion: 'your' }],
    },
    {
      text: 'Hi Julie, we met at the cider fair in Saint-Malo. Her perry was the best thing I tasted. Could we connect?',
      errors: [{ excerpt: 'Her', suggestion: 'Your' }],
    },
    // A teller by name reports on the reader's things and what the reader does with them.
    {
      text: 'Hi Kunle, Bisi told me his studio in Surulere grades half the wedding films in Lagos. Would you be open to connecting?',
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    {
      text: 'Hi Marike, Johan said the honeybush trial she runs at the co-op looks promising. Keen to connect?',
      errors: [{ excerpt: 'she runs', suggestion: 'you run' }],
    },
    {
      text: 'Hi Mr Price, Dai from the allotment society down in Splott sent me your number and said his leek beds are the best in Cardiff. Could we connect?',
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    // A crew, a group or people in an irregular plural are "they", never "she".
    {
      text: "Hi Moana, the old harbour crew told me she's skippering the Waiheke ferry now. Would love to reconnect.",
      errors: [{ excerpt: "she's", suggestion: "you're" }],
    },
    {
      text: 'Hi Efua, I met the market women last week and her stall was the busiest. Connect?',
      errors: [{ excerpt: 'her', suggestion: 'your' }],
    },
    // "your seed library … her seed library": the same thing, the reader's again.
    {
      text: 'Hi Miss Grant, Tanya Bell introduced us and said your seed library is the best in St Ann. I run a school garden and her seed library would help us start. Connect?',
      errors: [{ excerpt: 'her', suggestion: 'your' }],
    },
    // Who is shown it or talks of it is not whom "how" or "what" is about.
    {
      text: "Hi Nkechi, I showed my supervisor what she wrote about maternal triage in Enugu, and we'd love to learn more. Connect?",
      errors: [{ excerpt: 'she', suggestion: 'you' }],
    },
    {
      text: 'Hi Tane, my foreman keeps talking about the way he rigged the crane at the wharf. Keen to connect?',
      errors: [{ excerpt: 'he', suggestion: 'you' }],
    },
    // A day or a month named before the pronoun is when, not who it can be.
    {
      text: 'Hi Daniel, nice meeting you at the Food Agency workshop last Thursday. I have been reading about his rooftop farm in Woodlands. Can we connect?',
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    {
      text: 'Hi Aroha, our co-op has followed your dye workshops since April. Her fleece display at the Rotorua fair was the best. Could we connect?',
      errors: [{ excerpt: 'Her', suggestion: 'Your' }],
    },
    // A teller by name with where they are from ("Lily from the market said she…").
    {
      text: 'Hey Zara, Lily from the Otley market said she bakes the best sourdough in Yorkshire. I want to learn. Connect?',
      errors: [{ excerpt: 'she', suggestion: 'you' }],
    },
    // Reported speech: who tells it is the source, the one told about is the reader, even
    // when the teller's sex is unknown ("Dr Adeyemi", "Kahu").
    {
      text: 'Hi Ms Okafor, Dr Adeyemi told me she trains the rural midwives in Oyo. We are starting a similar scheme. Could we connect?',
      errors: [{ excerpt: 'she trains', suggestion: 'you train' }],
    },
    {
      text: 'Hi Rangi, Kahu reckons he has restored more waka than anyone on the coast. Keen to connect?',
      errors: [{ excerpt: 'he has', suggestion: 'you have' }],
    },
    // "Mum" is a woman and "how patient" no patient: "he" can only be the reader.
    {
      text: 'Hi Tom, Mum loved hearing how patient he was with all her questions at the clinic. Keen to stay in touch.',
      errors: [{ excerpt: 'he was', suggestion: 'you were' }],
    },
    // A Kenyan engineer's title before the name.
    {
      text: 'Hi Eng. Wanjiku, I attended the roads forum where she presented the bridge findings. Could we connect?',
      errors: [{ excerpt: 'she', suggestion: 'you' }],
    },
    // The one who told is named by a short given name of the other sex ("Mike", "Kirsty"):
    // the pronoun can only be the recipient.
    {
      text: 'Hi Jess, Mike says she runs the best pottery classes in Hull. Keen to connect?',
      errors: [{ excerpt: 'she runs', suggestion: 'you run' }],
    },
    {
      text: 'Hi Greg, Kirsty at the depot tells me his crew rebuilt the crane. Connect?',
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    // Named again right after the greeting, by name or title and name.
    {
      text: 'Hi Chidi, Chidi’s keynote on microfinance was brilliant. I’d love to connect.',
      errors: [{ excerpt: 'Chidi’s' }],
    },
    {
      text: 'Dear Ms Okafor, Ms Okafor’s keynote on microfinance was brilliant. May I connect?',
      errors: [{ excerpt: 'Ms Okafor’s' }],
    },
    // "Their" for the reader, with plural nouns after it; one who did it with the sender.
    {
      text: 'Hi Alex, I enjoyed their presentation on wine exports. Would you connect?',
      errors: [{ excerpt: 'their' }],
    },
    {
      text: 'Hi Sam, my colleague and I loved her talk on payments. Let’s connect.',
      errors: [{ excerpt: 'her' }],
    },
    // The one who introduced them is "he", so "she" is the reader; a title says who is who;
    // a capital before a common noun is a place or a body, not a person.
    {
      text: 'Good afternoon Mrs Okafor, Chidi asked me to reach out. He says she runs the best fumigation team on the Island. May I connect?',
      errors: [{ excerpt: 'she runs' }],
    },
    {
      text: 'Hi Puan Aishah, Encik Roslan introduced us. Her booking system for the surau halls is what our committee needs. Hope we can connect.',
      errors: [{ excerpt: 'Her' }],
    },
    {
      text: 'Hi Bec, your talk on calving hit home for our Bourke practice. Would be great to connect with her and swap notes.',
      errors: [{ excerpt: 'her' }],
    },
    // "the Dubbo vet conference" names no vet.
    {
      text: 'Hi Bec, good to meet you at the Dubbo vet conference. Would be great to connect with her and swap notes.',
      errors: [{ excerpt: 'her' }],
    },
    // A hyphenated name, and the rest of the recipient's full name, are still the recipient.
    {
      text: 'Hi Jean-Luc, I enjoyed his presentation on wine exports. Would you connect?',
      errors: [{ excerpt: 'his' }],
    },
    {
      text: 'Hi Rajesh, I came across Rajesh Kumar’s profile and his work on microgrids. Connect?',
      errors: [{ excerpt: 'his' }],
    },
    {
      // "They" after "my team" is the team: only "his" is about the reader.
      text: 'Hi Tom, I told my team about his crane safety work and they loved it. Shall we connect?',
      errors: [{ excerpt: 'his' }],
    },
    {
      // Named again as if someone else were meant.
      text: 'Hi Orla, I told my director that Orla’s approach to local partners is the model. Would you accept an invite?',
      errors: [{ excerpt: 'Orla’s' }],
    },
    {
      text: 'Hi Jess, can’t believe Jess and I survived bar prep and still aren’t connected. Let’s fix that.',
      errors: [{ excerpt: 'Jess', start: 23, end: 27 }],
    },
    {
      text: 'Hi Sarah, I read her paper on sepsis. I’d love to connect to learn more.',
      errors: [{ excerpt: 'her', suggestion: 'your' }],
      corrected: 'Hi Sarah, I read your paper on sepsis. I’d love to connect to learn more.',
    },
    {
      // Whatever the pronoun, the note to Sarah is about her.
      text: 'Hi Sarah, I’d love to hear about his work on sepsis. I’d love to connect.',
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    {
      text: 'Hi Kenji, great call today. I’d love to connect to keep him posted on the pilot.',
      errors: [{ excerpt: 'him', suggestion: 'you' }],
      corrected: 'Hi Kenji, great call today. I’d love to connect to keep you posted on the pilot.',
    },
    {
      // The verb agrees: "she runs" → "you run"; a second verb of hers too.
      text: 'Hi Nadia, I hear she runs the data team and writes a newsletter. Let’s connect.',
      errors: [
        {
          excerpt: 'she runs the data team and writes',
          suggestion: 'you run the data team and write',
        },
      ],
    },
    {
      text: 'Hi Priya, She’s been leading platform work I admire. I’d love to connect.',
      errors: [{ excerpt: 'She’s', suggestion: 'You’ve' }],
    },
    {
      // A name typed with the note, not in the greeting.
      text: 'Great meeting you at KubeCon. I enjoyed her talk on golden paths. Let’s connect.',
      options: { name: 'Priya' },
      errors: [{ excerpt: 'her', suggestion: 'your' }],
    },
  ],
});
