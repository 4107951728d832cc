import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-name', {
  valid: [
    // precision16: a greeting of a custom no list holds, before a known given name.
    'Well Siobhan, great to see you at the Cork jazz weekend. Would love to connect here.',
    'How far Tunde, good seeing you at the Lekki car wash owners’ meeting. Let’s connect here.',
    'Ow do Harry, good seeing you at the Halifax brass band contest. Let’s connect.',
    'Wha kind Marcus, good to see you at the Castries fish fry Friday. Link up here so I can follow the new dock job.',
    // precision16: words of a greeting the lists lack, then a title and the name.
    'Much respect Mr Campbell, I saw your sound system at the Kingston dub festival. I want to learn how you tune the bass bins. May I connect?',
    'Blessed Sabbath Pastor Mensah, I heard your sermon on stewardship in Kumasi. I lead a youth group and want to learn how you run yours. May I connect?',
    'Top of the evening Mr Brady, we met at the Mullingar show. I want to learn how you breed your Connemaras. May I connect?',
    ...GOOD_NOTES,
    'Lindsey, it was a pleasure speaking with you at the conference. I’d love to connect to continue the conversation.',
    'Great meeting you yesterday at the conference, Laura! I’d love to connect to share ideas.',
    // names15: a name closing a clause with no comma before it, then thanks.
    'Your session yesterday was brilliant Kwame, thank you. Let’s connect so our nurses can join the next one.',
    'The kiln tour was so useful Hamid, thanks a lot. Let’s connect, I want to fire my first anagama this spring.',
    'Loved the reading at the library Oksana, thank you! Can we connect? I run the Ukrainian story hour in Leeds.',
    // A title makes a word that greets nobody ("Hi pal,") a surname; a particle not in every
    // list ("dela"), an honorific in capitals after the name, greetings of other places.
    'Dear Mr Pal, your Kumartuli workshop’s eco-friendly idols were in the paper this week. Our Pune committee wants to do the same, so may I connect?',
    'Hello Ms dela Cruz, our barangay needs help writing its flood plan before typhoon season. Please accept my request.',
    'Respected Ghulam Sir, your nephew Irfan introduced us at the band shop. We want to learn your marching style for our new band. Please accept.',
    'Meera di, your blue pottery workshop looks wonderful! Since our hostel days I’ve owed you a catch-up, so let’s link here.',
    'Bless up Ricky! From Half Way Tree to now, let’s connect so you can follow the tour.',
    'Respect, Delroy, we linked up at the sound clash in Montego Bay. Would be glad to connect as plans firm up.',
    {
      text: 'Hi Leo, great to meet you at the meetup. I’d love to connect to share ideas.',
      options: { name: 'Leo Park' },
    },
    // Greeted by dotted initials, or by a name whose last letter is an apostrophe.
    {
      text: 'Hi J.R., great to see your new role at Globe after our Makati years. Reconnect?',
      options: { name: 'J.R. Castillo' },
    },
    {
      text: "Hi Achieng', great to see your new role after our Kisumu years. Reconnect?",
      options: { name: "Achieng' Oduor" },
    },
    // Names opening with "!" or a dash, titled names closing a sentence, greetings in more
    // than one word.
    'Zoë! Miss our Friday deploys at Monzo. Would love to stay in touch here.',
    'Ahmed — great chat at GITEX about payment rails. Would you be up for connecting?',
    'Thanks for your time today, Mr. O’Brien. Would you accept my connection request?',
    'Hello Ms. de la Cruz, your piece on barangay health workers helped us. May I connect?',
    'Hi Nguyen Van An, your talk on rice export logistics was excellent. May I connect?',
    'Hi Sam it was great meeting you at the makers fair. Happy to connect and swap notes?',
    'Hi there Priya, your post on fraud patterns helped our risk team. Open to connecting?',
    // A titled name as its own sentence, a Malaysian "Eh", a nickname ending in a digit.
    // names13: a greeting of East Africa or the Philippines before the name, a Caribbean hail,
    // a kin word before it, a nickname in single quotes, a note in lower case, a given name
    // that is a title elsewhere.
    'Mambo Asha! Saw you are now treasurer for the chama, hongera! Let us connect here too.',
    'Kamusta Kuya Jun! Great seeing you at the fiesta. Let’s connect here.',
    'Shikamoo Mzee Otieno! Thank you for the stories about the cooperative. Let’s connect.',
    'Aye Kerwin! Still remember tuning pans in Laventille before Panorama. Let’s link up here, nah.',
    "Hi 'Bongi', your stall at the Durban craft market was the busiest. Let’s connect.",
    'ngozi, thanks for the tip on the fabric wholesaler in aba. let’s connect here.',
    'Hi Tuan! Many years since the Hoan Kiem garage. Hope to keep in touch here.',
    // A greeting of the calendar before the name; the name closing the context sentence after
    // a short opener.
    'Happy new month Pastor Ade! Your sermon on patience stayed with me. Let’s connect here.',
    'Great talk at the expo yesterday. Your point on soil health stuck with me, Thabo. Would love to connect and swap notes.',
    // A title with an apostrophe, typed in lower case, before a lower-case name.
    "good morning ma'am joy, thank you for the seminar on bookkeeping. let's connect here.",
    // names14: a kin word or term of address in lower case before a name that is also a word
    // or typed in lower case; a titled name with a full stop running on into the sentence.
    'Kumusta ate joy! Miss our night shifts at the Makati clinic. Let’s keep in touch here.',
    'Hello ma Joy, thank you for the small chops at the naming ceremony. Can we stay in touch here?',
    'hey bro tunde, good to see you at the Ladipo spare parts market again. Let’s stay in touch here.',
    'Good day Engr. Obi thank you for the site visit at the Onitsha bridge. May I connect to learn more?',
    'Hi Dr. Okonkwo we met at the pharmacists’ dinner in Enugu. Would you be open to connecting?',
    // Greetings of faith and of the day, an Indian "very good morning", one typed as one word.
    'Peace be upon you Ustadh Karim, your class on zakat for traders helped my shop. May I connect?',
    'Blessed morning Deaconess Ruth, thank you for the choir workshop on Saturday. May I connect?',
    'Greetings of the day Mr. Rao, your talk on drip lines in Nashik helped our farm. May I connect?',
    'A very good morning Ms. Iyer, your audit session in Chennai was clear. May I connect to learn more?',
    'Goodmorning Ma’am Joy, thank you for the bookkeeping training in Iloilo. May I connect?',
    // A wish of the day as the greeting; thanks said "many thanks"; a titled name after a cry.
    'Happy birthday Kemi! Hope the Owerri salon is booming. Let’s connect here to keep in touch.',
    'Esteemed Dr. Mensah, thank you for the clinic tour in Tamale. May I connect to learn more?',
    'Many thanks Dr Rao for the dairy tour in Anand. May I connect to learn more about fodder?',
    'Congratulations Engr. Okafor on the new bridge in Lokoja! May I connect to learn more about it?',
    // The name after "you" of meeting or thanks with no comma; a titled name opening the
    // sentence after a bare greeting or an introduction; a given name running on at the start.
    'Great to meet you Chidi! The Aba shoe fair was busy. Let’s connect to talk about leather supply.',
    'Nice meeting you today Mr Phiri. Your maize drying racks were clever. May I connect to learn more?',
    'Good to see you again Kuya Ben! Long time since the jeepney days in Cebu. Let’s keep in touch.',
    'Greetings! Dr. Mensah, thank you for the clinic tour in Tamale. May I connect to learn more?',
    'Hello! My name is Rina from Davao. Ma’am Cruz, thank you for the seminar on tilapia. May I connect?',
    'Tunde thanks for the tips on generator repair at the Ikeja market. Let’s connect to keep in touch.',
    'Pastor Femi thank you for the youth retreat talk on money. May I connect to keep learning?',
    'Mr Bello it was great meeting you at the Lokoja site visit. May I connect to learn more?',
    // Words of kin, role or warmth in lower case between the greeting and the name.
    'Hey cousin Kemi, the braids at the Ikeja salon expo were the best. Can we stay in touch here?',
    'Hello my good friend Tunde, thank you for fixing the generator. Can we stay in touch here?',
    'Hey teacher Amara, your Saturday coding club changed my son. Can we stay in touch here?',
    // Part t: a rare word hailed with "!" opening the note; a titled name that is also a word
    // after another language's greeting; the salaam as Pakistan spells it, "Halo", "Now then".
    'Tope!!! Congrats on the new salon in Surulere. Let’s connect so I can send clients your way.',
    'Zdravo Dr. Baker, your clinic in Mostar helped my father. May I connect to stay in touch?',
    'Assalam o Alaikum Prof. Shah sahib, your lecture on cotton ginning helped my mill. May I connect?',
    'Halo Kak Sari, thank you for the batik class in Solo. Let’s connect to stay in touch.',
    'Now then Mr Priestley, thank you for the tour of the mill in Halifax. May I connect to learn more?',
    'Mr Venter. We are tendering for maintenance dredging at Mossel Bay and need a second opinion on the spoil plan. Would you accept my invitation?',
    'Eh Siew Mei, miss our late nights cleaning nests in Sibu! Jom keep in touch here.',
    'Hi Jun2, long time no see since the Divisoria days haha. Pls add me here so we can catch up!',
    // Greetings of English registers a list of hellos left out.
    'Ey up Stan, good to see you at the Headingley nets on Sunday. Keen to stay in touch about the colts side?',
    'Alright Dave, great to meet you at the Millwall open day. I’m coaching the under-10s and would love to swap drills. Connect?',
    'Thank you Amara for the time today! Your advice was gold. Would you be open to connecting?',
    'Hello again, Priya! Your fraud talk gave our team ideas. Happy to connect?',
    'As-salamu alaykum Brother Yusuf, your khutbah on business ethics helped our firm. May I connect?',
    // Run on into "I", after the first sentence, in a script without capitals, with a
    // lower-case particle or an honorific after it.
    'Good morning Sarah I really liked your point about rural clinics. Would you connect?',
    'Congrats on the launch! Priya, I loved your point about onboarding at the meetup. Connect?',
    'Hi 王伟, great to meet you at the Shenzhen trade fair. I’d like to stay in touch about LEDs.',
    'Hi d’Souza, good to meet you at the Goa conference. Let’s keep in touch about port logistics.',
    'Ravi sir, it was nice meeting you at the Delhi expo. Kindly connect so we can discuss tiles.',
    // A word of honour or warmth after the name, greeted or not; a name set off by a comma
    // and a dash, or by commas before "and" after a noun.
    'Dafydd bach, how’s the new lambing shed? Finally on LinkedIn, so let’s link up here.',
    'Tom mate, how’s the new boat going? Let’s link up here and swap notes on the fleet.',
    'Hello Srinivas garu, your talk on seed storage helped our co-op. Would you be open to connecting?',
    'Respected Sir Rajesh Kumar ji, your talk on seed storage helped our co-op. May I connect?',
    'Thanks for the fitting this morning, Grace — the wig line you drew was superb. Can I add you?',
    'Your name came up at the growers’ lunch, Tendai, and Farai says nobody knows drip lines like you. Could we connect?',
    // A title whose full stop stands for the space; greetings of other Englishes.
    'Dear Mr.Adewale, your talk on yam storage helped our co-op. Would you be open to connecting?',
    'Sat Sri Akal Harpreet ji, your talk on seed drills helped our co-op. Would you be open to connecting?',
    'Mabuhay Ma’am Liza! Your talk on seaweed drying helped our co-op. Would you be open to connecting?',
    'Gm Sam! Your thread on cold brew margins helped our cart. Would you be open to connecting?',
    // A given name that is also a rank; an endearment after the name; "Yes" as a greeting.
    'Hi Lance, Miss Dottie from the krewe said you’re the float guy to call. Can we connect?',
    'Zara jaan, your Eid henna post made my week! Let’s connect here so I never miss your designs.',
    'Yes Kemar! Ex-Walkerswood ackee line, 2015 crew. Saw you’re QA lead now, so let’s stay connected.',
    // A greeting in another language; a name between commas in the first sentence.
    'Sannu da zuwa Musa, great meeting you at the Kano trade fair. Let’s keep in touch about your leather work.',
    'Thanks to today’s meeting, Declan, the boundary dispute finally makes sense to me. Could I add you here?',
    // A greeting said twice, initials, a handle typed out of habit.
    'Hey hey Sam! Great meeting you at the expo. Let’s stay in touch about your clinic.',
    'Hello A.J., great meeting you at the expo! Let’s stay in touch about your clinic.',
    'Hi @Sam great meeting you at the expo. Let’s stay in touch about your clinic.',
    // The context first, then the greeting: a new sentence, or after a colon.
    'Hi! Great meeting you at the expo yesterday, Sam. Let’s keep in touch about your clinic.',
    'Hi Mate Kovač, great meeting you at the Split boat show. Let’s keep in touch about your marina.',
    'Thanks again Siobhan for the tour of the brewery. I’d like to connect and talk about supplying your taproom.',
    'Professor Lindqvist — thank you for the seminar on Tuesday. I’d like to connect and ask about your sampling method.',
    'Great panel at the Lisbon fintech summit yesterday! Hi Joana, I’d like to connect and follow up on your point about open banking.',
    'From the Nairobi agritech meetup: hi Kevin, I enjoyed our chat on drip irrigation. Let’s connect to swap notes.',
    // A couple greeted by their titles, a title that is also a given name.
    'Hi Mr. & Mrs. Okafor, we’re opening a bakery like yours in Abuja and would value your advice. Would you connect?',
    'Dear Mr and Mrs Chen, we are planting our first vines near yours in Margaret River and would love to learn from you. Would you connect?',
    'Hiya Dean, I follow your work with the Kingston youth boxing club. We’re starting one in Croydon. Up for connecting?',
    'Hi Don, I read your piece on lobster quotas in Maine. We fish out of Nova Scotia and face the same cuts. Would you connect?',
    // A titled name between commas, even before "and" or when its letters are a word.
    'Silos on our farm keep clogging with damp maize, Mr Phiri, and your leaflet on drying racks is the best I’ve found. Could we connect?',
    'Your sermon on stewardship stayed with me, Pastor Ade, and our youth group wants to start a food drive. May I connect?',
    'Our clinic in Iloilo is short of midwives, Ma’am Santos, and a colleague said your agency trains them. May I connect?',
    // A name before a colon, and after a greeting and a dash.
    'Kemi: great meeting you at Lagos Design Week. Let’s connect and keep sharing ideas on textiles.',
    'Hello — Maria, we met at the Lisbon web summit. Would love to connect and swap notes on hosting.',
    // A second title in brackets; a name greeted with their team.
    'Dear Prof. (Mrs.) Adeyemi, I read your paper on cassava storage. I’d like to connect and learn from your trials.',
    'Hi Ms. Ruiz and team, your report on water access in Oaxaca helped our NGO. I’d like to connect and learn more.',
    'Hi Ama & Kofi, great to meet you both at the Kumasi trade fair. Let’s connect and swap notes on kente exports.',
    // A cry or slang opener before the name.
    'omg Tobenna ur mural on the Yaba underpass is everywhere!! can we connect?',
    'Yow Keisha! Loved your set at the Brixton open mic. Let’s connect and jam sometime.',
    'Congrats Siobhan on the marathon PB! Would love to connect and swap training plans.',
    // A short salutation of a name and words of warmth or honour, of any language.
    'Tunde my man, good seeing you at the Ikeja tech hub. Let’s stay connected.',
    'Mehmet abi, great seeing you at the Izmir fig fair. Let’s connect.',
    'Ayubowan Kumari, lovely meeting you at the Kandy tea auction. Shall we connect?',
    // Greetings and thanks in other languages whose words English also spells.
    'Bore da Rhys, good to see you at the Aberystwyth sheep show. Let’s connect.',
    'Guten Tag Herr Müller, we met at the Hamburg logistics summit. I’d be glad to connect.',
    'Bom dia Sr. Costa, we met at the Porto wine fair. I’d be glad to connect.',
    'Merci Céline for the tour of the Reims cellars! Let’s connect.',
    // A titled surname that is also a word of thanks elsewhere.
    'Good morning Mr Asante, my colleague at the Ministry suggested I contact you. May I connect with you?',
    'Happy Friday Chidi! Loved your talk on solar kiosks. Let’s connect.',
    // A name closing the first sentence with a word of honour after it.
    'Good seeing you at the Chennai book fair, Murugan sir. Let’s connect.',
    // A name on a line of its own, or before a dash, even one that is also a word.
    'Maria,\nWe met at the Lisbon cork fair last week. I’d love to connect.',
    'Grace — we met at the Cork hospice conference. I’d love to connect.',
    'Chidi Okeke — we met at the Perth mine expo. I’d be glad to connect.',
    'Hi - Maria, we met at the Lisbon cork fair last week. I’d love to connect.',
    // A wave, quotes, a lower-case title.
    '👋 Chidi, we met at the Perth mine expo. I’d be glad to connect.',
    'Hi “Chidi”, we met at the Perth mine expo. I’d be glad to connect.',
    'Hi dr okafor, we met at the Abuja malaria conference. I’d love to connect.',
    // A given name that is also a common word, run on without a comma.
    'Hi Will it was great to meet you at the farm show. Could we connect and talk soil?',
    'Hello May we spoke at the fintech breakfast about remittances. I’d welcome the connection.',
    'Hey Hope thanks for the chat at the library conference. Could we connect here?',
    'Hi Can your talk on earthquake retrofits in Izmir was superb. Could we connect?',
    // A cry of another place before the name.
    'Sharp, Karabo, thanks again for the studio session! Your log drum trick fixed my mix, so mind if we connect?',
    'Crikey Bronwyn, your talk on bushfire recovery was powerful. Could we connect?',
  ],
  invalid: [
    // precision16: the sender naming themselves is no greeting of the reader.
    { text: 'Spoke to Dr Khan, who said you run the Leeds clinic. Let’s connect.', errors: [{}] },
    { text: 'Met with Mr Brady, your foreman, at the show. Let’s connect.', errors: [{}] },
    { text: 'This is Mark, we met at the fair. Let’s connect.', errors: [{}] },
    {
      text: 'Greetings from Kemi, the baker in Ikeja. Let’s connect.',
      errors: [{ excerpt: 'Greetings' }],
    },
    // A place before the thanks, or thanks to someone, names nobody.
    {
      text: 'We met at the expo in Lagos, thank you for the samples. I would like to connect about the next order.',
      errors: [{}],
    },
    {
      text: 'I really enjoyed Kigali, thank you for hosting our farmers. I would like to connect about the next visit.',
      errors: [{}],
    },
    // The same words opening a sentence of their own name nobody.
    {
      text: 'Hi Hope you’re well. We met at the beekeepers’ fair and I’d like to connect.',
      errors: [{ excerpt: 'Hi' }],
    },
    {
      text: 'Hi Will you be at the nursing summit next month? I’d love to connect beforehand.',
      errors: [{ excerpt: 'Hi' }],
    },
    // After a cry and a comma, a capital running on opens the sentence.
    {
      text: 'Crikey, Brisbane traffic was awful but your session made up for it. Could we connect?',
      errors: [{ whole: true }],
    },
    {
      text: 'Eish, Eskom cut power during your talk but it was still great. Could we connect?',
      errors: [{ whole: true }],
    },
    // A firm or a public body greeted in place of a person.
    {
      text: 'Hello Microsoft, I’m a final-year student and I admire your cloud work. Could we connect?',
      errors: [{ excerpt: 'Hello' }],
    },
    {
      text: 'Dear Zenith Bank, I am a chartered accountant in Abuja and would welcome the connection.',
      errors: [{ excerpt: 'Dear' }],
    },
    {
      text: 'Hi Halliburton team, I’m a petroleum engineering graduate from Aberdeen. Could we connect?',
      errors: [{ excerpt: 'Hi' }],
    },
    // A role, a firm, a courtesy title: nobody named.
    {
      text: 'Dear Procurement Manager, I saw your tender for school desks. I’d be glad to connect.',
      errors: [{ excerpt: 'Dear' }],
    },
    {
      text: 'Hi Acme Logistics, we met at the Delhi book fair. I’d be glad to connect.',
      errors: [{ excerpt: 'Hi' }],
    },
    {
      text: 'Hello Editor, loved your piece on river ferries. I’d be glad to connect.',
      errors: [{ excerpt: 'Hello' }],
    },
    {
      text: 'Hey Stranger, loved your piece on river ferries. I’d be glad to connect.',
      errors: [{ excerpt: 'Hey' }],
    },
    {
      text: 'Respected Sir, we met at the Delhi book fair. I’d be glad to connect.',
      errors: [{ excerpt: 'Respected' }],
    },
    {
      text: 'Salaam brother, loved your session at the Karachi startup week. Let’s connect.',
      errors: [{ excerpt: 'Salaam' }],
    },
    // A cry before a word the dictionary knows names nobody.
    {
      text: 'Wow, Amazing talk at the grain summit! Would love to connect and swap notes on silos.',
      errors: [{ whole: true }],
    },
    // A greeting to a role or to nobody: "Dear" is no given name once "Madam" is set aside,
    // and after "Hi there," a name running on is the subject, someone else.
    {
      text: 'Dear Madam, we met at the NIMHANS workshop in Bengaluru. I would like to learn about your outreach clinics. Please accept my request.',
      errors: [{ excerpt: 'Dear Madam' }],
    },
    {
      text: 'Dear Valued Professional, Sione from the Fiji Sugar Corporation suggested I get in touch about cane breeding. Please accept my invitation.',
      errors: [{ excerpt: 'Dear' }],
    },
    {
      text: 'Dear Hiring Manager, I saw your post about the welding apprenticeship in Hull. I would love to connect.',
      errors: [{ excerpt: 'Dear Hiring Manager' }],
    },
    {
      text: "Hi there, Jenny at the flying doctor base passed on your name. I'm starting mail runs out of Port Augusta. Could we connect?",
      errors: [{ excerpt: 'Hi there' }],
    },
    // A term of address is no name.
    {
      text: 'Hi mate, we met at the radio awards in Adelaide. Keen to connect about rosters?',
      errors: [{ excerpt: 'Hi' }],
    },
    {
      text: 'Hey girl, we did nails side by side at the salon for three years! Would love to stay in touch, can I add you?',
      errors: [{ excerpt: 'Hey' }],
    },
    // Places in a list are not a name between commas, nor a place after a capitalised one.
    {
      text: 'We met in Paris, France, last June at the expo. Let’s keep in touch about ceramics.',
      errors: [{ whole: true }],
    },
    // After a greeting and a dash, a name running on is someone else or the sender.
    {
      text: 'Hey – Lola at Eko Events said you cater weddings in Lekki. Planning one; need a caterer. Connect?',
      errors: [{ excerpt: 'Hey' }],
    },
    {
      text: 'Note: we met at the Leeds expo. I’d like to connect and share notes on ceramics.',
      errors: [{ whole: true }],
    },
    {
      text: 'We met in Leeds, Harrogate, and York on the tour. Let’s keep in touch about ceramics.',
      errors: [{ whole: true }],
    },
    {
      text: 'Great meeting you at the meetup. I’d love to connect to share ideas.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi there, great meeting you at the meetup. I’d love to connect to share ideas.',
      errors: [{ excerpt: 'Hi there' }],
    },
    {
      // A sign-off names the sender, not the reader.
      text: 'Hello there, it has been years since we worked together. Regards, Peter Lang',
      errors: [{ excerpt: 'Hello there' }],
    },
    {
      // A capital after the greeting is not always a name.
      text: 'Good afternoon, We met at the towers session in Madrid. I would welcome the connection.',
      errors: [{ excerpt: 'Good afternoon' }],
    },
    {
      text: 'Dear Honourable Member, I watched your speech on market levies. May I connect?',
      errors: [{ excerpt: 'Dear' }],
    },
    {
      text: 'Thank you So much for the time today! Would you be open to connecting?',
      errors: [{ whole: true }],
    },
    {
      text: 'Great — I read your report on cold-chain losses. Would you connect?',
      errors: [{ whole: true }],
    },
    // A courtesy or a pronoun is no name.
    {
      text: 'Hello Ma, I run an aso-oke studio in Lagos and we are expanding into the UK. Kindly connect.',
      errors: [{ excerpt: 'Hello' }],
    },
    {
      text: 'Hey you, long time since our Toronto booth sessions! Let’s connect here and keep in touch.',
      errors: [{ excerpt: 'Hey' }],
    },
    // names13: a kin word or a word of honour alone, a Filipino or Swahili greeting with its
    // courtesy, an unfilled slot in capitals: no name.
    {
      text: 'Hi Kuya, great meeting you at the barangay fiesta. Let’s connect here.',
      errors: [{ excerpt: 'Hi' }],
    },
    {
      text: 'Hello Bhai, great meeting you at the cloth market. Let’s connect here.',
      errors: [{ excerpt: 'Hello' }],
    },
    {
      text: 'Hi Ate, thanks for the tip on the bakery permits. Would love to connect.',
      errors: [{ excerpt: 'Hi' }],
    },
    {
      text: 'Kumusta po! Saw your post on the bridge retrofit. Let’s connect.',
      errors: [{ excerpt: 'Kumusta po' }],
    },
    {
      text: 'Habari yako! Saw your post on the coffee auction. Let’s connect.',
      errors: [{ excerpt: 'Habari yako' }],
    },
    {
      text: 'Heyyy, saw your post on the coffee auction. Let’s connect.',
      errors: [{ excerpt: 'Heyyy' }],
    },
    {
      // Two places closing the middle sentence are a list, not the reader.
      text: 'Great post on cold chains. I have shops in Lagos, Abuja. Let’s connect so you can see my prices.',
      errors: [{ whole: true }],
    },
    // Neither a day after "you" nor a titled name in apposition is the reader.
    {
      text: 'Great to meet you Sunday at the Aba shoe fair. Let’s connect to talk about leather supply.',
      errors: [{ whole: true }],
    },
    {
      text: 'Wow!!! Your talk on mangrove planting in Krabi was great. Let’s connect to swap notes.',
      errors: [{ whole: true }],
    },
    {
      text: 'Dr Smith said you buy maize for the Kano mills. May I connect to talk about supply?',
      errors: [{ whole: true }],
    },
    {
      text: 'We met at the fair. Mr Bello, who runs the depot, said you buy maize. May I connect?',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi NAME, saw your post on the coffee auction. Let’s connect.',
      errors: [{ excerpt: 'Hi' }],
    },
    {
      text: 'Dear Sir/Madam, I’d love to connect to share ideas.',
      errors: [{ excerpt: 'Dear Sir/Madam' }],
    },
    {
      // Greeting someone else: the words that are wrong are the other name.
      text: 'Hi Sam, great meeting you at the meetup. I’d love to connect to share ideas.',
      options: { name: 'Leo Park' },
      errors: [{ excerpt: 'Sam', suggestion: 'Leo' }],
    },
    {
      text: 'Great meeting you at the meetup. I’d love to connect to share ideas.',
      options: { name: 'Leo' },
      errors: [{ whole: true }],
    },
  ],
});
