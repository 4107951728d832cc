import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-purpose', {
  valid: [
    ...GOOD_NOTES,
    // A plan beside our trade is a reason when it speaks of them, seeks something or is in the ask.
    'Hi Dev, I run a small bakery in Leeds and I’m launching a sourdough course. Would love to connect and learn how you priced yours.',
    'Hi Marta, I’m opening a cheese plant in Lugo next spring and your whey-recovery paper is exactly what we need. Could we connect?',
    'Hello Mrs Pritchard, we met at the road safety awards in Cardiff. I won patroller of the year twice and I’m now after a supervisor post. I’d welcome the chance to connect.',
    'Hi Rebecca, I’d love to connect on LinkedIn in case any freelance projects come up.',
    'Hi Anthony, I am working on growing my professional network in the engineering field.',
    'Hi Leo, we met at the summit. I’d love to connect to grab coffee sometime.',
    // What we are doing now, with an adverb or a two-word name in the way, is the reason.
    'Hi Bea, our allotment society is finally getting a polytunnel, and I remember your tomato trials from the county show. Keen to connect?',
    'Hi Leo, we met at the summit. Would love to connect and grab a coffee next month.',
    'Hi Leo, we met at the summit. I’d love to connect to compare notes on hiring.',
    'Hi Leo, we met at the summit. I’d love to connect to trade ideas about hiring.',
    'Hi Leo, we met at the summit. I’d love to connect to learn more about your work on hiring.',
    'Hi Leo, we met at the summit. I’d love to connect to keep in touch.',
    "Hi Leo, we met at the summit. I'd love to connect to stay in touch.",
    // A reason after the ask, joined by "because".
    'Hi Nkechi, we shared a stall at the Enugu craft fair. I’d love to reconnect because our co-op now ships to Accra.',
    'Hello Eamon, I’d love to reconnect because I’ve bought my own courier van in Donegal. We drove the mail vans out of the Sligo depot.',
    'Hi Leo, Sam introduced us. I’d love to connect and ask a few questions about scaling.',
    'Hi Zoë, I miss our board game nights. Let’s connect here so we don’t lose touch again.',
    // A pitch is the reason, a bad one: irrelevant-offer asks for a genuine reason instead.
    'Hi Jess, your brow studio popped up on my feed. Connect with me and I’ll throw in 15% off our serums.',
    // Following through after a meeting is why they write.
    'Hello Dr Boateng, thank you for this afternoon’s call on malaria diagnostics. I will send our assay data by Friday. Kindly accept my invitation.',
    // What we are doing now, or what our shop needs, is why they write.
    'Hi Femi, I read your report on mini-grids. We’re wiring our first one in Jos. Connect?',
    'Hi Mei, Rosnah said you bring in highland roses. My shop in Ipoh needs a steadier supply. Okay to connect?',
    // The sender's own work and what they are making now say why they write.
    'Hi Priya, I coordinate volunteer chaplains at a hospice in Sheffield and read your piece on end-of-life care. Would you be open to connecting?',
    'Hello Tomasz, I run a small bakery co-op in Gdansk and saw your talk on flour sourcing. Would love to connect.',
    'Hi Jo, I look after procurement for a chain of pharmacies in Cork and saw your supplier talk. Can we connect?',
    'Hi Ravi, I’m writing a book on monsoon farming and found your field notes online. Would you be open to connecting?',
    'Hi Andrés, as a sommelier in Mendoza I enjoyed your article on vines. Would be great to connect.',
    'Hi Rosa, excited to pitch you the wildfire piece I mentioned in my email. Would you be open to connecting?',
    // A reason left implicit: learning from them, their work feeding ours, a hope they can
    // share something, a topic or a "before we…" inside the ask.
    'Hi Nkechi, thanks for the clinic tour this morning. Your triage board is worth learning from. Happy to connect?',
    'Dear Dr Lindqvist, we met at the Uppsala glaciology day. My thesis on meltwater lakes could benefit from your survey data. Kindly accept my request to connect.',
    'Hi Wiremu, thanks for the fencing demo today. I hope you can show our crew your strainer-post method. Can we connect?',
    'Hi Bettina, Klaus said you know the Bavarian organic rules inside out. Could we connect before we apply for our first certificate?',
    'Hi Rahul, Meena said you audit temple trusts in Madurai. Would you be open to connecting about trust audits?',
    'Hi Olu, thanks for the site walk. Your drainage sketch is going straight into our tender. Mind if we connect?',
    'Hi Ana, great to meet you at the Porto wine fair. Looking forward to getting our Douro reds onto your list, so I’d welcome the connection.',
    // A demand, a request for details or an offer of help says what the writer wants or
    // brings; pushy, contact-info and irrelevant-offer judge the first two.
    'Hi Pieter, thanks for the call on the Durban berth. Send the signed quote by Friday or we go elsewhere. Connect.',
    'Hi Greer, great meeting you at the Perth mining expo. Connect and send me your home address so I can post the samples?',
    'Hi Lars, we met at the Bergen harbour forum. Happy to share our berth-planning spreadsheet. Would you be open to connecting?',
    // Being stuck on a problem they know, the same backlog, their event one will attend,
    // their work stirring ours, their hiring: each says why one writes.
    'Hey Mia, the landlord workshop you ran in Melbourne last week sorted out half my questions. Still stuck on bond disputes though. Mind if I add you?',
    'Hi Laila, Omar from the Amman refugee legal clinic said you handled the same visa backlog last year. We have 40 families waiting. Could we connect?',
    'Hi Callum, I’ll be at your Glasgow workshop on heat pumps next Tuesday. Would be great to connect ahead of it.',
    'Kia ora Mere, your kaupapa on te reo in early childhood got our centre talking. Could we connect?',
    'Hey Priyanka, saw you’re hiring data engineers in Bangalore. I’ve spent four years on Spark pipelines at Flipkart. Would you be open to connecting?',
    // A reason in the same sentence as a pleasure had still counts.
    'Hi Dana, it was great to meet you at the expo, and I would love to compare notes on cold storage. Would you accept my invite?',
    'Hi Raf, it was lovely chatting with you at the fair; our bakery is opening a second shop and your advice would help. Can we connect?',
    // A problem faced alike.
    'Hi Aroha, we both sit on regional school boards and face the same attendance slump after Covid. Would you be open to connecting?',
    'Hi Ama, we met at the Accra fintech night. Glad to pass on our KYC checklist if it helps. Would you accept my invitation?',
    'Hi Bo, we met at the Malmo design week. Happy to introduce you to our glass supplier. Can I send an invite?',
    'Hi Mona, thanks for the tour of the Aswan clinic. Please accept my invite and share your personal mobile number.',
    'Hi Tariq, we spoke at the Lahore textiles expo. Accept my request today, I’ve sent it three times already.',
    // Reasons no labelled note words this way: a situation shared now or soon, their
    // knowledge vouched for, their work that changed ours, a question about how they work,
    // the same problem they tackled, a shortage, an adverb inside "I'm now rethinking…".
    'Hi Priyanka, we’re both bidding on the Leeds tender for the ring-road lighting. Happy to connect?',
    'Hi Kwame, we’ll both be speaking on the same panel at AfricArena next month. Looking forward to connecting before then.',
    'Hi Aroha, my manager says you know more about kiwifruit packhouse scheduling than anyone. Would you be up for connecting?',
    'Hi Bram, Ilse at the dairy board reckons you’d know whether robotic milkers pay off on 90 cows. Could we connect?',
    'Hey Luis, your Medium post on migrating Rails to Postgres 16 saved our weekend. Let’s connect!',
    'Hi Ahmed, your thread on Arabic OCR errors got me thinking about our manuscript project. Could we connect?',
    'Hi Chen Jing, we use your open-source OCR library at the Penang archive. Would love to connect.',
    'Namaste Meera ji, how do your weavers keep the indigo even through the monsoon? Your radio interview left me curious, and I’d value the connection.',
    'Dear Dr Nwosu, our hatchery has the same gill disease outbreak your team tackled in Calabar. Having read your paper, I would be grateful to connect.',
    'Hello Ruth, thank you for letting me shadow your night shift this week. I’m now rethinking how we hand over patients on our ward, so I’d welcome the connection.',
    'Our kitchen is short of trained pastry cooks for the summer season, Chef Moreau, and a supplier in Lyon named your school first. Would it be alright to connect?',
    // Succeeding them in something of theirs.
    'Hello Ms Kaur, I am the incoming treasurer of the Sikh Council in Leicester, which you chaired until last year. Would you be willing to connect?',
    // A problem of ours joined to the ask by "so" is its reason.
    'Hi Marta, Jonas at the co-op suggested I ask you about frost cloth. Our almond blossom gets burnt every March, so would you be open to connecting?',
    'Hi Finn, your thread on rewilding Scottish estates has me rethinking our 40 acres in Perthshire. Happy to connect?',
    // Being linked again is staying in touch.
    'Hi Mandla, congratulations on the Eskom grid planning role. Good to be connected again after our Sasol years.',
    // Work ahead together is the reason.
    'Hi Lerato, we’re both on the organising committee for the Soweto marathon. Looking forward to working with you, happy to connect.',
    // A problem eating at ours.
    'Hi Dr Carter, silverfish are eating our map drawers and your piece on traps was the clearest I’ve read. Might we connect?',
    // Being new to their trade is a reason to learn from them.
    'Hi Aisha, thanks for the site walk this morning. I’m just starting out as a quantity surveyor, and the way you read the drawings was something else. Would you mind if I connected?',
    // Their work set beside ours, however it is spelt.
    'Hi Aiden, gr8 meeting u at the tunnelling conference in Ottawa. Ur talk on EPB machines in soft clay was super useful for our Scarborough job. Pls accept my invite!',
    // A reason left to the situation: a trouble of ours, a question about their practice.
    'Hi Pete, your video on re-rooting old apple trees came up in our orchard group. Half our trees in Somerset have canker this year. Mind if I connect?',
    {
      text: "Hi Tom, we met at the farriers' clinic in Kelso. Are you still taking apprentices next year? Would love to connect.",
      options: { relationship: 'met-briefly' },
    },
    // A topic inside the ask, said with "on" or "over".
    {
      text: 'Hi Sven, we met at the Malmö bike fair. Keen to connect over cargo bike logistics?',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Dear Dr Obi, I read your paper on sickle cell. I would welcome connecting with you on newborn screening.',
      options: { relationship: 'cold' },
    },
    // A question about what they do or how asks something of them: a reason.
    {
      text: 'Hi Mira, saw your pottery studio’s open day poster. Do you rent out wheel time to beginners? Could we connect?',
      options: { relationship: 'cold' },
    },
    {
      text: 'Hi Kai, we met at the surf rescue course in Raglan. Is the Tuesday training still running? Keen to connect.',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Hi Ike, we met at the Lagos boat show. Are you taking on new apprentices this year? Would love to connect.',
      options: { relationship: 'met-briefly' },
    },
    // What one is trying to do, however it is spelt.
    'Hi Jo, saw your reel on sourdough. Trying to start a micro bakery in Hull, can we connect?',
    // Asking to reconnect after a shared past is itself the reason.
    {
      text: 'Hi Marta, we worked together at the Gdynia shipyard. Up for reconnecting?',
      options: { relationship: 'former-colleague' },
    },
    // To a friend, cheering their news beside an ask is why one writes.
    {
      text: 'Hey Deb! Heard your pottery stall sold out at the Ballarat show, so proud of you! Let’s connect.',
      options: { relationship: 'close-contact' },
    },
    {
      text: 'Hi Olu, saw you made partner at the surveying firm, congrats! Would love to connect here.',
      options: { relationship: 'former-colleague' },
    },
    // Their work ranked, or the sender's judgement of it, is praise beside a reason of ours.
    {
      text: 'Hi Mrs Osei, Kwame connected us. He said your shea butter is the best in Tamale, and I run a soap workshop in Accra that needs a steady supply. Can we connect?',
      options: { relationship: 'introduced' },
    },
    {
      text: 'Hi Tariq, we met at the Karachi textile expo. I manage a dye house in Faisalabad and we are looking for a faster indigo supplier. Kindly accept.',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Hi Mr. Ruiz, I was reading your guide on olive pruning and I am planting 200 trees next spring. Can we connect?',
      options: { relationship: 'cold' },
    },
    {
      text: 'Hi Deepa, I met you at the Bengaluru Toy Fair last month. The stall Deepa ran with spinning tops was the busiest there, and our school would like to order some for Children’s Day. Please accept my request.',
      options: { relationship: 'met-briefly' },
    },
    // A wish with no "to" before its verb, as second-language writers put it, is the reason.
    {
      text: 'Hi Tuan, we worked in the same shrimp farm in Ca Mau long time ago. I open my own farm now and want share experience with you. Let us connect.',
      options: { relationship: 'former-colleague' },
    },
    {
      text: 'Hi Goran, we met at the Zagreb bakery expo. I have my own bakery now and want exchange recipes with you. Please accept.',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Hi Kofi, Auntie Akos told me about your poultry farm. I am also starting with chickens and want visit your farm one day. Let us connect.',
      options: { relationship: 'introduced' },
    },
    // A trouble of ours that will not stop is why one writes.
    {
      text: 'Hi Lars, Ingrid said you know boat engines. My outboard keeps overheating on long trips. Please connect.',
      options: { relationship: 'introduced' },
    },
    // A thing of ours broken is the trouble one writes about, not a private matter.
    {
      text: 'Hi Tendai, Farai say you fix solar panels. My panel is not working since the storm. Please connect.',
      options: { relationship: 'introduced' },
    },
    {
      text: 'Hi Ravi, I saw your repair shop on Google. My fridge is not working since Monday. Can we connect?',
      options: { relationship: 'cold' },
    },
    // A thing wanted of them, with no article.
    {
      text: 'Hi Anjali, I see you in the Mumbai textile expo, stall 12. I want samples of your cotton. Please connect.',
      options: { relationship: 'met-briefly' },
    },
    // Trade wanted, said plainly.
    {
      text: 'Hi Siti, we met at the Bazaar Ramadan Kampung Baru. Can I order your rendang for Raya open house? Connect pls.',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Hey Brody, met u at the surf comp in Byron, ur board shapes are sick. Keen to get one shaped for me. Add me?',
      options: { relationship: 'met-briefly' },
    },
    // Work together one day, said as a hope.
    {
      text: 'Hi Kwame, nice to meet you at church conference in Kumasi last Sunday. Maybe one day we do business together. Let us connect.',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Hello Aigerim, we met at the Almaty horse show. Maybe in future we make some project together. Please accept.',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Hi Dmitri, we talked at the Minsk tractor fair. Who knows, maybe one day we do big deal. Please accept.',
      options: { relationship: 'met-briefly' },
    },
    // labels16: growing one's network in a named field or among a named group is a reason
    // (the guide's own example); a private matter, "so" and what one wants is one too.
    'Hi Wanjiru, I read your column on dairy goats in the Nation. I am looking to grow my network in Kenyan agritech. Would you connect?',
    {
      text: 'Hello Mr Bhatt, we met at the Surat diamond expo. I am expanding my network among lab-grown diamond cutters. Kindly accept.',
      options: { relationship: 'met-briefly' },
    },
    {
      text: 'Hi Tomasz, we drove the night trams together in Krakow. Since my divorce I have lost touch with everyone, so I would love to reconnect.',
      options: { relationship: 'former-colleague' },
    },
    {
      text: 'Hey Dara, remember the night shifts at the Galway bakery? I have been in treatment for gambling since then and I am only now sorting myself out, so would love to reconnect.',
      options: { relationship: 'close-contact' },
    },
    {
      text: 'Hi Aroha, Mere at the marae said you run the weaving school. I am behind on rent since my surgery, so I really need paid work. Please connect.',
      options: { relationship: 'introduced' },
    },
  ],
  invalid: [
    // meaning15: "I am writing to express my interest in connecting" opens a letter; it is no
    // piece of writing, and wanting to connect or join their network is no reason for it.
    {
      text: 'Good afternoon Mr Haddad, I am writing to express my interest in connecting with you. Kindly accept.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Pastor Mensah, Deacon Osei gave me your name. I am writing to express interest in joining your network.',
      options: { relationship: 'introduced' },
      errors: [{ whole: true }],
    },
    // Connecting wanted without "to" is the ask and nothing more.
    {
      text: 'Hi Ola, we met at the Lagos boat show. I want connect with you. Please accept.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    // What one runs, ranked above the rest, is a boast even where the model is unsure.
    {
      text: 'Hi Gareth, good to meet you at the Builth Wells show. I run the sheep dip unit at Llanelwedd and we have the highest throughput in Wales. Would be good to connect.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Tariq, we met at the Karachi textile expo. I manage a dye house in Faisalabad and we are the biggest exporter in Punjab. Kindly accept.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hey Lars, good to meet you at the Odense cheese fair. We make 40 tonnes of havarti a year and we’re number one in Funen. Accept my invite please.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    // "I was reading your guide" is how one found them, not a reason beside the boast.
    {
      text: 'Hi Mr. Ruiz, I was reading your guide on olive pruning. I have the biggest olive grove in Jaén and I won the regional prize twice. Hope you’ll accept!',
      options: { relationship: 'cold' },
      errors: [{ whole: true }],
    },
    // A plan told inside a boast says who I am, not why I write to them.
    {
      text: 'Dear Mr Obi, I manage three award-winning pharmacies in Enugu and I’m now launching the state’s first delivery app. Please accept my request.',
      errors: [{ whole: true }],
    },
    {
      text: 'Dear Ms Kowal, I have run the best-reviewed bakery in Kraków for fifteen years and I’m now opening in Warsaw. I look forward to connecting.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Amaka, I teach at the best law school in Lagos, have published six books and I’m now chairing the bar reform committee. Kindly accept.',
      errors: [{ whole: true }],
    },
    // The same cheer to a stranger is how one found them, not why one writes.
    {
      text: 'Hi Ruth, saw your bakery won the county fair ribbon. Let’s connect.',
      options: { relationship: 'cold' },
      errors: [{ whole: true }],
    },
    // Between friends, a boast beside the cheer makes it a pretext.
    {
      text: 'Hi Sana, saw your new flat! Our escape room is ranked number one on TripAdvisor. Let’s connect.',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true }],
    },
    // Praise of their work alone says how one found them, not why one writes.
    {
      text: 'Hi Siew Ling, we met at the orchid show in Singapore last month. Your vanda hybrids were gorgeous. Would you accept my invite?',
      errors: [{ whole: true }],
    },
    // "So" joins a reason to the ask only when something of ours is happening.
    {
      text: 'Hi Ama, it was lovely meeting you at our alumni dinner in Kumasi, so let’s connect!',
      errors: [{ whole: true }],
    },
    // Doing something together in the past is not a reason now.
    {
      text: 'Hi Lauren, Marcus gave me your name when we were chatting at a Cubs game. I’d be glad to connect.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Leo, we met at the AI meetup last week. I’d love to connect on LinkedIn.',
      errors: [{ whole: true }],
    },
    { text: 'Hi Leo, please add me.', errors: [{ whole: true }] },
    // Meeting them is the context, not a reason to connect.
    { text: 'Hi Leo, great to meet you at the summit. Let’s connect.', errors: [{ whole: true }] },
    // Work done in the past is a boast or a shared history, not a reason now.
    {
      text: 'Hi Morven, we ran the Glasgow count together in 2017. Please accept my invite.',
      errors: [{ whole: true }],
    },
    // Asking them to accept a request to connect is the ask, not a reason for it.
    {
      text: 'Hello Mr Banda, thank you for your time at the Lilongwe trade fair. Kindly accept my request to connect.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Raj, we were both at the Chennai marathon expo. I’d be grateful if you would accept my invitation to connect.',
      errors: [{ whole: true }],
    },
    // A pleasure had looks back; it gives no reason to connect now.
    {
      text: 'Hi Gemma, thanks for the call this morning about the Cairns reef tours. Was great to chat and hear about the new glass-bottom boat. Happy to connect?',
      errors: [{ whole: true }],
    },
    // A question that only asks after them, or the ask's platform, is no reason.
    {
      text: 'Hi Ike, we met at the Lagos boat show. How are you keeping? Would love to connect.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Noor, we met at the Dubai halal expo. Do you remember me? Would love to connect.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Sven, we met at the Malmö bike fair. Would love to connect on a professional level.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    // "Synergies" names no reason.
    {
      text: 'Hi Leo, I saw your post on the forum. Let’s connect and explore synergies.',
      errors: [{ whole: true }],
    },
    // labels16: growing one's network alone, with no field or group named, is no reason
    // (the guide: "share a specific reason"), after a boast too.
    {
      text: 'Hi Tendai, I saw your talk on drip irrigation at the Harare agri show. I am looking to grow my network. Kindly accept my request.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hello Fr Okafor, we met at the diocesan finance day in Onitsha. I am keen to expand my network, so please connect.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Marguerite, your piece on cheese caves in the Jura bulletin was a great read. I am always looking to widen my circle of contacts. Would you connect?',
      errors: [{ whole: true }],
    },
    // A private matter, "so" and a consequence or a feeling says why one feels it, not why one
    // writes.
    {
      text: 'Hi Sven, we met at the Malmo brewers day. My wife left me in spring and I am on sleeping pills, so your talk hit home. Please accept my request.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Lerato, Thabo passed on your name. I am drowning in debt since the salon closed, so things are tough. Would you connect?',
      options: { relationship: 'introduced' },
      errors: [{ whole: true }],
    },
    // Vague mutual benefit is no reason.
    {
      text: 'Hi Kwame, we met at the Kumasi cocoa fair. I believe we could benefit from connecting and sharing insights. Please accept.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
    {
      text: 'Hi Joao, we met at the Lisbon port day. Let’s connect and help each other grow. Please accept.',
      options: { relationship: 'met-briefly' },
      errors: [{ whole: true }],
    },
  ],
});
