import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-context', {
  valid: [
    ...GOOD_NOTES,
    // A thanks for a meeting, with the name closing the sentence.
    {
      text: 'Thanks again for our lunch at Dishoom on Friday, Arnav! I would love to keep swapping notes on hiring chefs. Shall we connect?',
      options: { name: 'Arnav Shah', relationship: 'after-meeting' },
    },
    'Hi Camille, I came across your profile while researching social media specialists. I’d love to connect.',
    'Hi Jane, it’s been a few years since we worked at ABC Company together. Let’s reconnect.',
    'Hi Matt, I have fond memories of working with you at XYZ Company. Let’s reconnect to stay in touch.',
    "Hi Sara, it's been too long since our time at college. I'd love to reconnect and catch up.",
    'Hi Sara, it has been too long! I’d love to reconnect and catch up.',
    'Hi Sara, I miss our college days. Let’s connect to stay in touch.',
    'Hi Grace, Daniel Kim gave me your name. I’d love to connect to learn about WCAG testing.',
    'Hi Zoë, I get your newsletter every week. I’d love to connect to discuss your research.',
    // A shared past named by its place, and their work found.
    'Hi Fergal, since we left Gill Books I have moved into audio. Would be good to reconnect and catch up.',
    'Dear Ms Barnes, I noticed your firm won the NHS distribution contract. I would value your view on our routes; could we connect?',
    // A thanks for something just shared is how they know you.
    'Thanks again for the supplier audit today, Aleksandra! I’d like to stay in touch as we act on your findings. Shall we connect?',
    // Their work judged is how one found them; so is having served under them.
    // Something of theirs one used or admires, or their name come up, is how one found them.
    'Dear Dr Schmidt, I am a hospital pharmacist in Graz and we are rolling out the antibiotic stewardship protocol you published. I would welcome the connection.',
    'Hi Sana, your open-source Urdu OCR saved our archive project months of work. Would love to connect and say thanks properly.',
    'Good day Mrs Adebayo, I teach chemistry at a girls’ school in Ibadan and your STEM outreach club is what our principal wants to start. Kindly accept my request.',
    'Hi Joe, our clinic is about to open a second site in Boise and your name keeps coming up for rural staffing. Open to connecting?',
    'Hi Bea, huge fan of your ceramics glazes; I teach pottery to veterans in Ohio and we keep hitting the same crawling problem. Mind if I connect?',
    // Something of theirs one knows of, and a shared past told by its occasion.
    'Hi Abena, our transport team is modelling the bus gate you proposed for Kumasi. Would you be open to connecting so we can compare notes?',
    'Hi Bram, we were on the same canal boat tour of the Utrecht water works in May. I’m designing a similar tour for Leiden. Would you accept my invite?',
    // Their work known well enough to set beside ours.
    'Hi Connor, your team’s work on peat fires overlaps with a grant I’m writing. Up for connecting?',
    'Hello Dr Farouk, I am a final-year pharmacy student in Kano preparing a thesis on antimalarial resistance, and your 2021 survey is central to it. I would be grateful to connect.',
    'Dear Mr Haddad, your ruling summary on the Beirut port claims was remarkably thorough. Our firm is advising two of the families. May we connect?',
    'Dear Ms Achterberg, your commentary on the new tenancy ruling was the clearest I have read. We are drafting guidance for our housing charity. Might we connect?',
    'Hi Dayo, ur podcast episode on crop insurance was so helpful, im making one for poultry farmers. pls connect?',
    'Sgt Okoro, served under your command in Maiduguri. Now running a logistics firm in Abuja and keen to reconnect for your advice on hiring.',
    // Where the meeting happened, told after the pleasure of it or as a trip shared; common
    // ground in a school or group.
    'Hi Priya, it was a pleasure meeting you on the site visit to the Hinkley plant. I’d like to stay in touch about commissioning work.',
    'Hi Omar, we sat next to each other on the 7:40 train to Leeds and chatted about rail signalling. Would be good to connect.',
    'Hi Tom, fellow Trinity College Dublin alum here. I’d love to connect and hear how you moved into policy work.',
    'Hi Ada, I’m also an alumna of Spelman. I’d love to connect and hear about your work in biotech.',
    'Hi Kofi, we’re in the same WhatsApp group for Accra cocoa exporters. I’d like to connect and talk about shipping.',
    'Hi Ravi, we went to the same school in Pune, a few years apart. I’d like to connect and hear how you got into aerospace.',
    'Hi Lara, I’m a member of the same chamber of commerce. I’d like to connect and hear about your export work.',
    // Their work named as why one writes, or followed under their name.
    'Hi Ali, I’m on the other side of the Henley deal, working with your client’s lenders. I’d like to connect before the closing call.',
    'The market chase you cut in that Lagos thriller is why I’m writing, Tobi. I’m editing my first feature and would love to learn how you pace action. Would you accept my connection?',
    'Hi Vera, your episode on hedgerow grants is what prompted me to reach out. I’d like to connect and ask how you applied.',
    // How one knows of them, however said: their team's record, someone naming them, their
    // news, their work admired or read, a shared past dated, their name heard in talk.
    'Hello Chinwe, our clinic is about to open a second site in Enugu and your team has done exactly that twice. Would you connect?',
    'Hi Nomvula, I’ll be relocating to Gqeberha for the port expansion and you’re the first name everyone mentions. Could we connect?',
    'Hi Emeka, I’m writing my dissertation on informal transport in Onitsha and your survey is the only data I trust. Would you connect?',
    'Hi Jonas, congratulations on the Sundance selection for your documentary on Faroese whaling. I’m researching a film on Arctic fisheries and would love to connect.',
    'Hi Kate, how do you stop lime render cracking in a Darwin wet season? I’ve admired your Fitzroy shopfronts for ages, and I’d be stoked to connect.',
    'Hi Sean, I’m an alum of Trinity as well, now running a brewery in Galway. I’d love to compare notes on export. Let’s connect!',
    'Hi Orla, hard to believe it’s four years since the Limerick library move. I’d love to reconnect and catch up.',
    'Hi Siobhan, I was chatting to Declan about how you rebuilt the Achill weir. Would be great to reconnect and catch up properly.',
    'Dear Professor Kaur, I’m a second-year PhD student in your department working on monsoon aerosols. May I connect?',
    'Hi Mele, I’d welcome the connection. We’re both on the Pacific Islands health network mailing list and I’m building a diabetes outreach program in Tonga.',
    'Hi Sergio, I’m moving my physio clinic to Valencia next year and you’re the person every colleague there recommends. Could we connect?',
    // Their own thing doing something, or their work used by others.
    'Hi Siti, our surau in Shah Alam wants to start a zakat food bank like the one your masjid runs in Klang. Would you be open to connecting?',
    'Hi Ms Okoro, my daughter’s school uses your reading scheme and the kids love it. I run a literacy charity in Abuja and would love to connect.',
    // Their work as what we need or live by, their news.
    'Hi Kofi, your cocoa traceability pilot in Ashanti sounds like exactly what our buyers in Hamburg keep asking about. Would you connect?',
    'Hi Ben, congrats on the new brewery! We’d love to stock your pale ale in our bottle shop in Fitzroy. Connect?',
    // The note's own situation: their class taken, their programme applied to, their account
    // handled, their reply that helped.
    'Hello Fatima, I’m taking your evening Arabic class from next term. May I connect?',
    'Hi Mariam, I’m applying to your MSc programme in Edinburgh this autumn. Would you be open to connecting?',
    'Good morning Ms Dlamini, I’m the new procurement officer for the district and will be handling your supplier account. May I connect?',
    'Hi Priya, you replied to my question on the React forum last week and it fixed our build. Would love to connect and learn more.',
    // A situation shared through our children or a contest; something they did for us.
    'Hi Kwame, our kids are in the same class at Achimota and I coach their football team. Would be good to connect with the other parents.',
    'Hi Sofia, I’m the other finalist for the Lisbon young architects prize. Whoever wins, I’d love to stay in touch.',
    'Dear Dr Rahman, you operated on my father at Apollo Dhaka last year. He’s walking again. I’m a physio and would love to connect to learn about your rehab protocol.',
    // A shared past in a word or two: a former employer or crew, an era, a place left, an
    // event both were at, a mutual contact in a clause.
    'Hi Bongani, ex-Anglo Platinum shaft crew, 2011 intake! Saw you moved into mine safety consulting, so I’d love to stay connected.',
    'Hi Gráinne, Bewley’s café days! Heard you opened your own roastery, so let’s reconnect and swap notes on beans.',
    'Hi Nnamdi, our Shell Bonny days feel like a lifetime ago! Saw you moved to offshore wind, so let’s reconnect.',
    'Hi Dusty, since I left Brunette Downs I’ve been flying musters out of Katherine. Would be good to reconnect and swap notes.',
    'Hi Bec, since our Lort Smith days I’ve founded my own rescue and hit 40k followers. Connect to follow my journey!',
    'Hi Dana, I was at the AOPA national assembly in Vegas too. I’m a certified prosthetist with 12 years in practice. I’m expanding my referral network, so let’s connect!',
    'Hey Luc, heard through Jo that you’ve landed on the Ontario Line, so it would be great to stay connected.',
    // Just after a meeting, a bare "great meeting you" is memory enough.
    {
      text: 'Hi Leo, it was great meeting you. I’d love to connect to keep the conversation going.',
      options: { relationship: 'after-meeting' },
    },
    'Hey Lwazi, post-Sasol life update: I’ve started my own refinery consultancy, won two industry awards and hit 50k followers. Connect to see what I’m up to!',
    // How one knows them said in passing: a place shared, their custom, their work's renown.
    {
      text: "Hi Ola, as a fellow stallholder at the Saturday market in Lagos, I'd love to swap notes on card payments. Could we connect?",
      options: { relationship: 'met-briefly' },
    },
    "Hi Chen, I'm a regular at your noodle bar in Chinatown and I'm opening a food truck. I'd love to hear how you started. Could we connect?",
    "Hi Kenji, your team's work on earthquake-proof timber frames is well known here. Our firm in Christchurch is bidding for a school rebuild. Would you be open to connecting?",
    // Said in passing beside the reason: a custom at their place, a thing of theirs used or
    // done, a situation we share now.
    "Hi Marco, I buy my bread at your bakery every Saturday and I'm setting up a flour mill nearby. Could we connect?",
    "Hi Zainab, my kids have done your Saturday coding club for two years and I'd love to help run one in Luton. Connect?",
    "Hi Anneke, our lab runs on your pipetting robot design and we'd like to adapt it for soil samples. Connect?",
    "Hi Ryan, we both moor our boats at Shilshole marina and I'm rebuilding a diesel this winter. Could we connect?",
    // A time shared recalled as a question; a meeting of ours judged.
    {
      text: 'Hi Bez, remember us sleeping in the van outside the Leeds depot? Would be great to reconnect.',
      options: { relationship: 'former-colleague' },
    },
    {
      text: 'Hi Nadia, our chat about goat dairies was so useful. I’m drafting a plan for our farm. Can we connect?',
      options: { relationship: 'after-meeting' },
    },
    // Fellows named after the firm or place shared: a shared past in two words.
    {
      text: "G'day Shane, Pilbara FIFO roster mates! Let's keep in touch.",
      options: { relationship: 'former-colleague' },
    },
    // A sender placed by a look at an event jogs the memory.
    {
      text: 'Hi Sergio, you remember me? The guy with red hat at the Porto cork fair. I want to buy cork for my shoes. Please accept.',
      options: { relationship: 'met-briefly' },
    },
    // The same home or patch named is how they know each other.
    {
      text: 'Hi Uche, I am from the same hometown as you, Nkwerre. I want to learn about your pharmacy business. Please accept.',
      options: { relationship: 'cold' },
    },
    {
      text: 'Hi Marites, we grew up in the same barangay in Tacloban. I am now nurse in Dubai and want to ask about your agency. Please accept.',
      options: { relationship: 'cold' },
    },
    {
      text: 'Hi Zoltan, we live in the same building on Váci utca, third floor. I need advice on the heating repair you did. Can we connect?',
      options: { relationship: 'cold' },
    },
    // meaning15: a shared past inside the template's ask still jogs the memory.
    {
      text: 'Dear colleague, it has been years since the Tromsø herring survey, and I would like to add you to my professional network.',
      options: { relationship: 'former-colleague' },
    },
    {
      text: 'Hi Olumide, we worked together at the Apapa port authority and I would like to add you to my professional network.',
      options: { relationship: 'former-colleague' },
    },
    {
      text: 'Hello Mrs Quispe, we met at the Cusco alpaca fair and I’d like to add you to my professional network. Thank you.',
      options: { relationship: 'met-briefly' },
    },
    // labels16: their profile found somewhere, or while doing something, says how.
    'Hi Rasmus, I came across your profile in the Danish ferry operators group. I run a repair yard and want to learn how you plan dry-dock slots. Could we connect?',
    'Dear Mrs Oyelaran, I found your profile while searching for adire dyers in Abeokuta. I teach tailoring and would value your advice on sourcing. Kindly accept.',
    'Hi Bao, I saw your profile on the Vietnam bakers forum last week. My bakery in Hue wants to try sourdough and I would love your tips. Could we connect?',
  ],
  invalid: [
    // meaning15: to a close contact, a note of only boasts and the ask leaves them to place you
    // from your name: a warning. A tie beside the boast keeps it a tip.
    {
      text: 'Hey Priya, I’ve won Best Bakery in Kolkata three years running and I’m the youngest owner on the list. Let’s connect!',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'warning' }],
    },
    {
      text: 'Hi Lola, I’m now the top-rated ceramicist in Porto, with 40,000 followers and a sold-out waiting list. Connect?',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'warning' }],
    },
    {
      text: 'Hey Priya, I’ve won Best Bakery in Kolkata three years running, not bad for your old flatmate! Let’s connect!',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'info' }],
    },
    // meaning15: praise of what anyone has ("your profile is impressive") names nothing of
    // theirs one saw, so it says not how one found them, even where a cue reads "your profile".
    {
      text: 'Hello Father Dominic, your profile is very impressive. Please accept my request so we can share ideas.',
      options: { relationship: 'cold' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Tamsin, your LinkedIn profile looks amazing. Would love to connect and swap notes on beekeeping.',
      options: { relationship: 'cold' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Ingrid, your experience is really inspiring. I’d like to connect to hear how you moved into forestry.',
      options: { relationship: 'cold' },
      errors: [{ whole: true }],
    },
    // What one is doing now, saying nothing of them, is the reason, not how we know each other.
    {
      text: 'Hi Dr Mensah, I am assembling an advisory board on malaria diagnostics for the Ghana Health Service. I would be grateful if you would accept my invitation to connect.',
      errors: [{ whole: true }],
    },
    // "Together" of a group one is forming is no situation shared with them.
    {
      text: 'Hi Máire, I’m putting together a working group on broadband grants. It would be great to have someone with planning experience involved, so would you be open to connecting?',
      errors: [{ whole: true }],
    },
    // Wanting to use their expertise says nothing of how one knows of them.
    {
      text: 'Hi Yusuf, I’m opening a grill in Leeds and would love to use your expertise. Could we connect?',
      errors: [{ whole: true }],
    },
    // Saying who I am is no shared past: "I'm ex-Volvo".
    {
      text: 'Hi Lars, I’m ex-Volvo and now run my own fleet consultancy in Gothenburg. I’d value a chat about electric trucks, so let’s connect.',
      errors: [{ whole: true }],
    },
    // A prize won at an event is a boast, not a meeting.
    {
      text: 'Hi Marta, our vineyard is the oldest in the valley, we’ve won gold at the Decanter awards twice, and my family has made wine here since 1902. Connect with us to learn more.',
      errors: [{ whole: true }],
    },
    // A meeting with nothing of where, when or what jogs no memory.
    {
      text: 'Hi Oluwaseun, it was great to meet you. I’d love to connect and share ideas on fintech lending.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Jess, lovely meeting you! Would love to connect and swap notes on wedding floristry.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    // Joining their network is the template's ask, not a situation shared.
    {
      text: 'Dear Mr Obi, I would like to join your professional network. Please accept my invitation.',
      errors: [{ whole: true }],
    },
    // LinkedIn's template jogs no memory: the guide's cold example says what was researched.
    {
      text: 'Dear Dr Wambui, I came across your profile and would like to connect. Please accept my invitation.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Leo, I would like to connect with you to exchange ideas.',
      errors: [{ whole: true, severity: 'warning' }],
    },
    // A boast says who I am, not how we know each other.
    {
      text: 'Hi Oren, I’m a master stonemason with 25 years on cathedrals and an award for restoring Lincoln’s west front. My work has been featured on the BBC. I would like to connect with fellow craftsmen.',
      errors: [{ whole: true, severity: 'warning' }],
    },
    {
      // Between close contacts a hint of the tie, their news ("the new flat"), makes the
      // reminder only a tip. (A shared night out, "what a stag do in Riga!", is a memory
      // jogged: the model retrained on parts l/m reads it so.)
      text: 'Hi Dan, hope the new flat is treating you well! Let’s stay connected.',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      // But a note with not even a hint of a shared past (only a wish for their wellbeing and
      // the ask) leaves them to place you from your name: a warning.
      text: 'Hi Aroha, would be so nice to keep in touch on here!',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'warning' }],
    },
    {
      text: 'Dear Auntie Grace, I hope you are keeping well. Please accept my invitation so we can stay in touch.',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'warning' }],
    },
    {
      // A close bond named outright is how they know each other.
      text: 'Hi Ines, I hope you are well. We shared a flat in Porto for two years, so I want to stay in contact here.',
      options: { relationship: 'close-contact' },
      errors: [],
    },
    {
      // A wish for their wellbeing says they are close, not how they know each other.
      text: 'Hi Tricia, hope you and the family are well! Let’s connect here and catch up properly soon.',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'info' }],
    },
    {
      text: 'Hi Tomás, hope the new job is treating you well! Would love to connect and hear about it.',
      options: { relationship: 'former-colleague' },
      errors: [{ whole: true, severity: 'warning' }],
    },
    // labels16: finding their profile, and nothing of where, jogs no memory; nor does praise
    // of "your work" that names none of it.
    {
      text: 'Dear Mrs Oyelaran, I saw your profile. I teach tailoring in Ibadan and would value your advice on sourcing adire. Kindly accept my request.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Callum, I have gone through your profile. I am starting a hill-sheep co-op in Skye and would love your view on wool prices. Connect?',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Bao, I stumbled on your profile on here. My bakery in Hue wants to try sourdough and I would love your tips. Could we connect?',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Farah, your work is inspiring. Would you accept my request?',
      errors: [{ whole: true }],
    },
  ],
});
