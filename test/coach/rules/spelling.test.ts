import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('spelling', {
  valid: [
    // precision16: the plural of a trade word the larger list holds in the singular.
    'Hi Paul, I’ve run rakers on the blueberry barrens for twelve years and would like to talk about it. Okay to connect?',
    'Hi Meera, we met at the Bath food festival. Your fried sippets in the onion soup were the best I tasted. Let’s connect.',
    'Hi Tom, we met at the Leeds zine fair. I loved the drabbles you read out and I’d like to swap a few. Let’s connect.',
    'Hi Dr Lund, we met at the Malmö oral surgery course. I’d like to ask which levators you use for wisdom teeth. Let’s connect.',
    // names14: a short word alone between a comma and the sentence's end is a word of address
    // or a cry of the writer's language; a dropped g in a note written in a voice is the voice.
    'Ça va, T-Boy! Saw you got the new shop on Grand Caillou, cher. Let’s connect so we can pass jobs.',
    'Hi Jomar, saw your team won the barangay league, galing! Let’s connect and share drills.',
    'Hi Morag, saw the new tearoom opened in Oban, hen. Let’s connect and keep in touch.',
    'Hullo Morag, met ye at the Highland Show. Ah’ve been inspectin seed tatties for thirty year, ah ken mair aboot blackleg than onybody. Accept ma request.',
    // An agent noun doubling the letter as "patrolled" does; Malay "teh" (tea) before "tarik".
    'Hello Mrs Pritchard, I won lollipop patroller of the year twice in Cardiff. Connect?',
    'Hi Kumar, miss our teh tarik breaks after the audits in Banting! Keep in touch?',
    // A verb's final "e" dropped before a suffix: a word the dictionary lacks, not a slip.
    'Hi Mrs Khan, your workshop on phonics and decodable readers was excellent. Would love to connect.',
    // Two common words run together are a trade's word, not a longer word with a letter lost.
    'Dear Ms Carr, we’re a small press in Norwich rethinking which backlist titles to reprint. I’d welcome the connection.',
    // A name after the greeting is no slip of a word ("Orla" is not "oral"), nor is "here"
    // where it means here, nor a fireplace's grate.
    'Hi Seán, Orla said you’ve just opened a dental practice in Athlone. Connect?',
    'Hi Ben, Noor at the puppet festival said you built the giant heron. Could we connect?',
    'Hi Ana, I moved here from Leeds and swept the grate myself. Let’s connect.',
    // A word said twice with a hyphen, plural or not, is another language's word.
    'Hi Kofi, we rode the same tro-tros to the Kaneshie market every morning. Could we connect?',
    'Hi Bao, the tuk-tuks you repair in Phnom Penh are famous across the city. Could we connect?',
    // A place name running on from a word by a letter at its end.
    'Hi Ailsa, your refill jars would work brilliantly in our Broughty Ferry shop. Could we connect?',
    // British spellings the American dictionary lacks.
    'G’day Trent, the carcase comp at Beef Australia was a great day out. Could we connect?',
    // One who tells something, opening a sentence, is a person, not a slip of "gourd".
    'Hi Brenda, thanks for meeting our board. Gord said you know grain safety better than anyone. Could we connect?',
    ...GOOD_NOTES,
    // A word written twice is meant: Welsh "cawl" (a stew) is no slip of "crawl".
    'Hi Rhys, your cawl won the show and I still think about that cawl. Could we connect?',
    // Endings English words seldom have (a vowel, or one and "s"): plurals and words of other
    // languages, not "lasses" or "bands" with a letter changed.
    'Hi Priya, the mango lassis at your Wembley stall were the best of the mela. Could we connect?',
    'Hi Nick, we met at the bottlo on Chapel Street about your craft beer range. Could we connect?',
    // A kin word between "my" and a verb of telling or a name: "amma" is no "mama" swapped.
    'Hi Divya, my amma says your dosa batter is the best in Chennai. Could we connect?',
    'Hi Dong-hyun, thanks for dinner with your appa Mr Kim last week. Could we connect?',
    // A dropped g marked with an apostrophe is a voice.
    'Hi Jim, thanks for lookin’ over my saddle plans at the Billings show. Could we connect?',
    // A common word with a regular ending ("yarn" + "ed"); a word of address after the name.
    'G’day Shane, we yarned at the Katherine Show about engine overhauls. Happy to connect?',
    'Dafydd bach, how’s the new harvest shed coming on? Let’s link up here.',
    // Short words of other languages, consonant and vowel by turns: not a swap of "meal".
    'Dear Ms Kapoor, we met at the Diwali mela in Leicester. Your adire stall was lovely. Connect?',
    // Names, proper nouns, acronyms, digits, URLs, e-mails, handles, emoji, business terms.
    'Hi Xochitl, Siobhan Ngozi-Okafor suggested I reach out about Zyxwareo. I work on B2B SaaS, AWS and UI at a 10x fintech startup.',
    'See https://example.com/zzqx or mail zzqx@example.com or ping @zzqx 🚀🎉',
    'I work on DevOps, serverless onboarding, LinkedIn outreach and Kubernetes microservices.',
    // Contractions with either apostrophe; possessives; hyphenated compounds.
    'I’d love to connect; it’s been a while and you’ve done well. I’m sure we’ll talk. Don’t worry, can’t wait.',
    "I'd love to connect; it's been a while and you've done well. Last week's event was great.",
    'My former co-worker and a long-term, self-taught re-engineering project.',
    // Plural acronyms, file and domain names, everyday tech words.
    'LLMs and APIs on Node.js and Next.js; we onboarded via gmail, wifi and a scalable repo.',
    // Closed compounds of a common prefix and a known word.
    'Your nanoparticle research and the cyberattack microservices story.',
    // British and Irish spelling.
    'My favourite colour, the centre of the programme: we analysed, organised and prioritised the optimisation of travelled, labelled and cancelled catalogue behaviour.',
    'Whilst at the theatre I learnt about licence fees, defence and fulfilment; grey cheques.',
    'We had a rollout of our monorepo and runbooks with better observability.',
    'We moved our dbt models, npm packages and k8s manifests to terraform.',
    // Words of other Englishes and trades that are no slip of a common word.
    'We met at the braai after the hui; the kopitiam near the jeepney stop sells biltong.',
    // Closed compounds of two known words.
    'I want to fix the hitboxes and coach the strongwomen before the playtest.',
    // A note in text-speak: its slang and clippings are the abbreviation rule's business.
    'Hey Jo, thx for the jam sesh, we shld collab on a popup soon.',
    // A note in another language is not judged word by word.
    'Hallo Anika, baie geluk met die nuwe agentskap! Na al ons jare saam wil ek graag hier kontak hou.',
    // An agent noun of a known verb ("disinfect" + "or"); a long name that is a person's.
    'Dear Ms Adebayo, our unit gets a new washer-disinfector line in spring. Connect?',
    'Hi Jo, see you at the fair with Remedios Varo. Connect?',
    // A trade's word a larger English list holds, though Hunspell's dictionaries lack it.
    'Hi Tess, the tracheostomy care module you wrote for our ward was superb. Could we connect?',
    // Real words where they are meant: the weather, its staff, your new role, "more, then".
    'Hi Ana, the weather or the roads decide our delivery days, and its drivers know it. Connect?',
    'Hi Ed, I hope your new role is going well. Since your team moved, more, then less, is our rule.',
    'Hi Kate, everyone except my manager went to the fair, and the market peaked in May. Connect?',
    // Names near a day or a month are names; three letters that are names or acronyms.
    'Hi Lyn, Frida Munday and Augusta Reyes host the Monday podcast. Connect?',
    'Hi Ola, Amy and I met Rae at the AWS summit and talked about EMT rosters. Connect?',
    // A common word's diminutive ("tradie", "bikies", "sunnies"); another language's plural
    // of a word the dictionary knows ("eisteddfodau", "kibbutzim").
    'Hi Bron, the tradies on our Geelong site swear by your smokies and hate the bikies. Connect?',
    'Hi Gav, lost my sunnies at the firies’ open day, found your stall instead. Keep in touch?',
    'Hi Rhian, you judged two eisteddfodau I sang at, and I have written on kibbutzim since. Connect?',
    // Names after the greeting a slip at their ends or start from a word ("tuned", "enema").
    'Hi Sam, Tunde said you run the clinic in Leeds. Could we connect?',
    'Hi Sam, Neema and Valentina said you run the pantry in Leeds. Could we connect?',
    // Another language's words side by side: each is that language's, not a slip of English.
    'Hi Dewi, a slice of your bara brith at the Ruthin show made my week. Keen to connect?',
    'Bonjour Mme Roy, the Fédération des producteurs acéricoles sent me your way. May I connect?',
    'Hi Ravi, the parchin kari panels in your Agra workshop are stunning. Would love to connect.',
    // A place of several capitalised words right after the greeting is a name.
    'Hey Jo, Daly Waters has a coffee machine at last! Keen to hear how the roadhouse is going.',
    // names15: "-ang" for the "-ing" of a common word is Malay, not a slip ("rending").
    'Hi Ken, thanks for the class on pounding beef rendang in Padang. Can we connect about the spice order?',
    'Hi Nurul, your sayang hampers for Raya were a hit with our staff. Let’s connect so we can order again.',
    'Hi Aunty Mei, the kids loved the layang kite workshop at Pasir Gudang on Sunday. Can we connect about a school visit?',
    { text: 'Hi zqxv, great to meet you.', options: { name: 'Zqxv' } },
    { text: 'Hi Leo, this is zqxv from the meetup.', options: { sender: 'Zqxv' } },
    { text: 'Hi Leo, qwzx introduced us.', options: { mutual: 'Qwzx Blorp' } },
  ],
  invalid: [
    // The i of "-ing" typed as a key beside it is still a slip.
    {
      text: 'Hi Sam, I was lookung at your barn plans last week. Could we connect?',
      errors: [{ excerpt: 'lookung' }],
    },
    // There a swap of a common word is still a slip.
    {
      text: 'Hi Sam, great meeting you at the expo on soil health, thnaks! Let’s connect.',
      errors: [{ excerpt: 'thnaks', suggestion: 'thanks' }],
    },
    // The g of a common "-ing" word left off is a slip, even beside "gonna".
    {
      text: 'Hi Jo, thanks for lookin at our barn plans in Dayton. I’m gonna send the drawings, could we connect?',
      errors: [{ excerpt: 'lookin', suggestion: 'looking' }],
    },
    // In that place a slip of a common word is still one.
    {
      text: 'Hi Sam, my neice Ama says you run the best bakery in Accra. Could we connect?',
      errors: [{ excerpt: 'neice', suggestion: 'niece' }],
    },
    // "advise" where the noun is meant, after a verb that wants one.
    {
      text: 'Hi Sade, Tunde said you know export rules well. I need advise on shipping shea butter to Leeds. Could we connect?',
      errors: [{ excerpt: 'advise', suggestion: 'advice' }],
    },
    // A plural after a hiss wants its "es": "lunchs" is a slip for "lunches".
    {
      text: 'Hi Ivan, miss our dim sum lunchs after the monthly meetings, so let’s connect.',
      errors: [{ excerpt: 'lunchs', suggestion: 'lunches' }],
    },
    {
      text: 'Hi Lee, the benchs you built for the park are lovely. Could we connect?',
      errors: [{ excerpt: 'benchs', suggestion: 'benches' }],
    },
    // Beside another language's word, a letter dropped inside a long common word is a slip.
    {
      text: 'Hi Muthoni, it’s been ages since our chama meetngs in Thika! Let’s stay in touch here too.',
      errors: [{ excerpt: 'meetngs', suggestion: 'meetings' }],
    },
    {
      text: 'Hi Mei, our mahjong tournamnet was a hit with the seniors. Could we connect?',
      errors: [{ excerpt: 'tournamnet', suggestion: 'tournament' }],
    },
    // Before a verb of telling, a slip of a common word is still one.
    {
      text: 'Hi Brenda, thanks for meeting our board. Realy said it all, so could we connect?',
      errors: [{ excerpt: 'Realy', suggestion: 'Really' }],
    },
    {
      text: 'Hi Kofi, it was a well-knwon plan we discussed at the fair. Could we connect?',
      errors: [{ excerpt: 'knwon', suggestion: 'known' }],
    },
    // After the greeting, neighbours swapped or a letter dropped inside a long word is a slip,
    // not a name; a prefix before a word is no compound when it is a common word's swap.
    {
      text: 'Hi Ms Obi, Thnaks for the tour of the bottling plant. Could we connect?',
      errors: [{ excerpt: 'Thnaks', suggestion: 'Thanks' }],
    },
    {
      text: 'Hello Tariq, Intrested in your kiln course for beginners. Keen to connect?',
      errors: [{ excerpt: 'Intrested', suggestion: 'Interested' }],
    },
    {
      text: 'Hi Gemma, loved the ferry talk, and regrads to your crew. Keen to connect?',
      errors: [{ excerpt: 'regrads', suggestion: 'regards' }],
    },
    // An English ending past a whole word is a derivative misspelt, not another language's.
    {
      text: 'Hi Omar, I incidently found your clinic notes on gout. Could we connect?',
      errors: [{ excerpt: 'incidently' }],
    },
    // A rarer dictionary word that is a slip of a common one is still a slip ("wether").
    {
      text: 'Hi Mr Reid, I wondered wether you stock junior sticks. Could we connect?',
      errors: [{ excerpt: 'wether' }],
    },
    // Two letters of one of the commonest words swapped; a phrase run together.
    {
      text: 'Hi Dana, great meeting you at the vet conference adn thanks for hte tips. Connect?',
      errors: [
        { excerpt: 'adn', suggestion: 'and' },
        { excerpt: 'hte', suggestion: 'the' },
      ],
    },
    {
      text: 'Hi Sam, everytime I prune I think of your demo, and we met atleast twice. Connect?',
      errors: [
        { excerpt: 'everytime', suggestion: 'every time' },
        { excerpt: 'atleast', suggestion: 'at least' },
      ],
    },
    // Real words typed for the ones meant, told by the words around them.
    // ("would of", "more then", "its been", "your interested" are the grammar rule's.)
    {
      text: 'Hi Aroha, I value your advise, and I wanted to ask weather you’d join us. Please except my request.',
      errors: [
        { excerpt: 'advise', suggestion: 'advice' },
        { excerpt: 'weather', suggestion: 'whether' },
        { excerpt: 'except', suggestion: 'accept' },
      ],
    },
    {
      text: 'Hello Chidi, your post on cassava processing peaked my interest. Could we connect?',
      errors: [{ excerpt: 'peaked', suggestion: 'piqued' }],
    },
    // A long common word mistyped inside a name made of common words; a swap in a common
    // word's derivative; "planing" where planning is meant.
    {
      text: "Hi Nana, I still remember our Independance Day orders, and wierdly I'm planing another. Keep in touch?",
      errors: [
        { excerpt: 'Independance' },
        { excerpt: 'wierdly', suggestion: 'weirdly' },
        { excerpt: 'planing', suggestion: 'planning' },
      ],
    },
    // A day or a month mistyped is no proper noun of its own.
    {
      text: 'Hi Ahmed, we spoke at the expo on Wendesday, again in Febuary and on thrusday. Would love to connect.',
      errors: [
        { excerpt: 'Wendesday', suggestion: 'Wednesday' },
        { excerpt: 'Febuary', suggestion: 'February' },
        { excerpt: 'thrusday', suggestion: 'Thursday' },
      ],
    },
    // A consonant-y plural without its "ies"; "grate" after "be"; "teh" before English.
    {
      text: 'Dear Mr Quaye, we are a church in Teshie and need 300 copys every month. Kindly connect.',
      errors: [{ excerpt: 'copys', suggestion: 'copies' }],
    },
    {
      text: 'Hi Manoj, we played in the Master Band in Meerut. Would be grate to reconnect.',
      errors: [{ excerpt: 'grate', suggestion: 'great' }],
    },
    {
      text: 'Hi Kumar, teh audit in Banting went well thanks to you. Keep in touch?',
      errors: [{ excerpt: 'teh', suggestion: 'the' }],
    },
    // A long word opening a sentence is a slip all the same; a real word slipped for "would".
    {
      text: 'Hey Darlene, it has been too long since our shifts at the laundry! Definately want to stay in touch.',
      errors: [{ excerpt: 'Definately', suggestion: 'Definitely' }],
    },
    {
      text: 'Hello Mr Tolley, I am learning change ringing and I wold like to ask you about tower bells.',
      errors: [{ excerpt: 'wold', suggestion: 'would' }],
    },
    // A letter dropped at the join is still a slip ("some" + "ting").
    {
      text: 'Hi Ann, I found someting useful in your report on grants. Connect?',
      errors: [{ excerpt: 'someting' }],
    },
    // The word after the greeting's comma opens the sentence: a doubling slip there is one.
    {
      text: 'Hi Ana, Realy enjoyed your post on grants. Let’s connect.',
      errors: [{ excerpt: 'Realy', suggestion: 'Really' }],
    },
    // A double s left single is a slip, though adding an "s" makes a word ("busines").
    {
      text: 'Hi Mylene, would be great to hear about your new lechon busines.',
      errors: [{ excerpt: 'busines', suggestion: 'business' }],
    },
    // Phonetic misspellings the one-slip model does not reach, with the word meant.
    {
      text: 'Hi Ana, I definetly want to hear how you persue grants.',
      errors: [
        { excerpt: 'definetly', suggestion: 'definitely' },
        { excerpt: 'persue', suggestion: 'pursue' },
      ],
    },
    // A real word typed for the one meant, told by its neighbours.
    {
      text: 'Hi Ana, I’d love to here more about your grant work. Your talk was grate.',
      errors: [
        { excerpt: 'here', suggestion: 'hear' },
        { excerpt: 'grate', suggestion: 'great' },
      ],
      corrected: 'Hi Ana, I’d love to hear more about your grant work. Your talk was great.',
    },
    {
      // A known misspelling stays one when a prefix makes it look like a compound ("un-till").
      text: 'Hi Leo, I will wait untill Monday.',
      errors: [{ excerpt: 'untill', suggestion: 'until' }],
      corrected: 'Hi Leo, I will wait until Monday.',
    },
    {
      // The British rewrites do not excuse a typo.
      text: 'Hi Leo, the expence was worth it.',
      errors: [{ excerpt: 'expence', suggestion: 'expense' }],
    },
    {
      text: 'Hi Leo, I recieve too many messages.',
      errors: [{ excerpt: 'recieve', suggestion: 'receive' }],
      corrected: 'Hi Leo, I receive too many messages.',
    },
    {
      text: 'It was realy great to meet you, alot of fun.',
      errors: [
        { excerpt: 'realy', suggestion: 'really' },
        { excerpt: 'alot', suggestion: 'a lot' },
      ],
      corrected: 'It was really great to meet you, a lot of fun.',
    },
    {
      // Suggestions ranked by how people mistype: a swap or a missed letter first.
      text: 'Hi Leo, you and thier colegue wokr on wich netwrok.',
      errors: [
        { excerpt: 'thier', suggestion: 'their' },
        { excerpt: 'colegue', suggestion: 'colleague' },
        { excerpt: 'wokr', suggestion: 'work' },
        { excerpt: 'wich', suggestion: 'which' },
        { excerpt: 'netwrok', suggestion: 'network' },
      ],
      corrected: 'Hi Leo, you and their colleague work on which network.',
    },
    {
      // A doubling slip is a typo even where the word reads as a known word and a suffix.
      text: 'Hi Leo, it occured to me that we were stoping too early.',
      errors: [
        { excerpt: 'occured', suggestion: 'occurred' },
        { excerpt: 'stoping', suggestion: 'stopping' },
      ],
    },
    {
      // A letter dropped inside a word, even where the rest splits into two words.
      text: 'Hi Leo, I am a vetran of the intrested few.',
      errors: [
        { excerpt: 'vetran', suggestion: 'veteran' },
        { excerpt: 'intrested', suggestion: 'interested' },
      ],
    },
    {
      // A misspelled word opening a sentence is still checked.
      text: 'Teh meeting was great.',
      errors: [{ excerpt: 'Teh' }],
    },
    {
      // Only the misspelled part of a hyphenated word.
      text: 'A long-trem project.',
      errors: [{ excerpt: 'trem' }],
    },
  ],
});
