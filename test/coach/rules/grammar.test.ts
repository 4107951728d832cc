import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('grammar', {
  valid: [
    // Not slips: the -ing after look forward, a habit in the present, a name after Ma’am.
    'Hi Jonas, looking forward to the harvest fair. Let’s connect.',
    'Hi Tomasz, I look forward to connecting and hearing how the ferry refit goes.',
    'Hi Dev, today’s panel on grid storage was excellent. Could we connect?',
    'Hi Omar, we meet every Friday at the Souk market stall, so I thought I should add you here. Connect?',
    'Hi Miss Rowe, your bammy keeps coming up when we talk about supplying hotels. Could I connect?',
    'Hi Ma’am Hope! Thank you for the demo lesson today. Our teachers want to try your reading corners, so may I connect?',
    'Hi Sipho, we are in agreement on the tariff issue. Let’s connect.',
    'Hi Ray, I heard about you from Jess, and I’d love to connect.',
    // "you" as an object before "was" ("meeting you was…") is no slip.
    'Hi Ana, meeting you was a highlight of the Leeds fair. Could we connect?',
    'Hi Ana, working with you was great, and your thank you was lovely. Could we connect?',
    // A quoted cry inside a sentence; the shared list's name particles ("dela", "delos").
    "Hi Kofi, I still hear the mates shouting 'Circle, Circle!' from our station days! Let's connect and keep in touch.",
    'Hello Ms dela Cruz, our barangay needs help writing its DRRM plan before typhoon season. Please accept my request.',
    // The Welsh or Catalan "i" ("and") inside a name of capitalised words.
    'Hi Sioned, Mererid said you run the busiest Cymraeg i Blant group in Cardiff. Would you accept my invite?',
    'Hi Jordi, your talk on Castells i Falcons at the Tarragona fest was great. Could we connect?',
    // "then" before a colon or at a sentence's end is "at that time", no comparison.
    "Hi Zoe, we'd need more then: volunteers, vans and a venue. Could we connect?",
    // Numbers read aloud ("an eighteen-eighties hotel", "a hundred-and-ten-page report") and
    // the Irish article of a name.
    'We won a job on an 1880s hotel, a 110-page report and an 18,000-seat arena. Connect?',
    'Your comments will change the design before it goes to An Bord Pleanála. Connect?',
    // A capital letter naming something is not an article: "a Series A in Austin".
    'Hi Sam, I read your post on closing a Series A in Austin. Would you be open to connecting?',
    ...GOOD_NOTES,
    'An hour with an MBA, a UX designer, a university friend, an honest chat and a one-off call.',
    'Wait... that is it?! I had had enough.',
    'Hi Leo 🚀',
    'Great to meet you :) Talk soon... I hope.',
    'I work on I/O at iPhone and eBay.',
    // "?!" and an ellipsis are fine; piles of "!" and "?" are the pushy rule's.
    'Really?! Great to meet you... Talk soon!! Are you free???',
    // A place, a name at a company, and an ask that says whom: all fit.
    'Hi Nadia, Tom Reyes at Monzo said you run the data platform. Let’s connect.',
    'Hi Leo, I met your colleague at the summit and would love to ask you about it.',
    'Hi Leo, I’d love to connect to ask about your work on Rust.',
    // "you're" opening a clause after a verb of seeing; a participle after a place.
    'Good to see you’re team lead now. Your talk got our team in Napier thinking.',
    // "your" before a noun made of an -ing word; a Māori particle in lower case.
    'Hi Mei, your working paper on hawker rents helped our survey. Would you be open to connecting?',
    {
      text: 'Kia ora Hine, I still use the te reo lessons you ran in Rotorua. Would love to reconnect here?',
      options: { name: 'Hine Te Rangi' },
    },
    // A sign-off line takes no full stop.
    'Great to meet you today, keen to connect. Regards, Capt R Shah',
  ],
  invalid: [
    // Second-language slips, each where the context makes the fix certain.
    {
      text: 'Dear Mrs Okonkwo, thank you for the tour of the rice mill. Looking forward to work with you on the new dryer.',
      errors: [{ excerpt: 'work', suggestion: 'working' }],
    },
    {
      text: 'Hi Bogdan, I look forward to hear your view on the tram timetable. May I connect?',
      errors: [{ excerpt: 'hear', suggestion: 'hearing' }],
    },
    {
      text: 'Hello Aigerim, Congratulation on your new bakery in Almaty! Let’s connect.',
      errors: [{ excerpt: 'Congratulation', suggestion: 'Congratulations' }],
    },
    {
      text: 'Dear Mr Tan, thank you for yesterdays workshop on drone spraying. I would like to connect.',
      errors: [{ excerpt: 'yesterdays', suggestion: 'yesterday’s' }],
    },
    {
      text: 'Hi Ikaika, it has been a while since we work together on the Hilo pier. Let’s reconnect.',
      errors: [{ excerpt: 'work', suggestion: 'worked' }],
    },
    {
      text: 'Hello Marta, we meet last week at the Gdansk amber fair. Please accept my request.',
      errors: [{ excerpt: 'meet', suggestion: 'met' }],
    },
    {
      text: 'Hi Olu, we work together at the Lekki site in 2015, remember? Let’s connect.',
      errors: [{ excerpt: 'work', suggestion: 'worked' }],
    },
    {
      text: 'Dear Sir, I am really appreciate your lecture on solar dryers. Kindly accept.',
      errors: [{ excerpt: 'am ', suggestion: '' }],
    },
    {
      text: 'Dear Mrs Ruiz, Mr Soto told me about you I would like to learn about your coffee dryers. May I connect?',
      errors: [{ excerpt: 'about you', suggestion: 'about you.' }],
    },
    {
      text: 'Hi Ana, the crowd yelling “Encore!” at your gig was something! could we connect?',
      errors: [{ excerpt: 'could', suggestion: 'Could' }],
    },
    // A plural subject with "was".
    {
      text: 'Hi Ana, we was working together in the Sandyford offices night shift. Could we connect?',
      errors: [{ excerpt: 'we was', suggestion: 'we were' }],
    },
    {
      text: 'Hi Ana, remember when you was our shift lead at the depot? Could we connect?',
      errors: [{ excerpt: 'you was', suggestion: 'you were' }],
    },
    // A lower-case "I" after a name, before a lower-case word, is still the sender.
    {
      text: 'Hi Sam, great meeting you in London i think your talk was the best. Could we connect?',
      errors: [{ excerpt: 'i', suggestion: 'I' }],
    },
    // "want"/"would like" with its "to" left out before a verb of the wish.
    {
      text: 'Hello Ms Duarte, I saw your ceramics stall in Braga and I want learn your glazing. Can we connect?',
      errors: [{ excerpt: 'want learn', suggestion: 'want to learn' }],
    },
    // A wish about them takes "you're": "Hope your well".
    {
      text: 'Hi Fergus, good to see the choir back at the Usher Hall. Hope your well, shall we connect?',
      errors: [{ excerpt: 'your', suggestion: 'you’re' }],
    },
    {
      text: 'Yo Kemar, lets link up after the regatta.',
      errors: [{ excerpt: 'lets', suggestion: 'let’s' }],
    },
    {
      text: 'Dear Faisal, it has been long time since our project in Rawalpindi. I would be happy to reconnect.',
      errors: [{ excerpt: 'been long time', suggestion: 'been a long time' }],
    },
    {
      text: 'We won a job on a 1880s hotel. Connect?',
      errors: [{ excerpt: 'a 1880s', suggestion: 'an 1880s' }],
    },
    // "your" before what follows "you are"; "then" after more comparatives.
    {
      text: "Hi Ray, if your interested in rural GP rosters, I'd love to connect. The pay is cheaper then locum rates.",
      errors: [
        { excerpt: 'your', suggestion: 'you’re' },
        { excerpt: 'cheaper then', suggestion: 'cheaper than' },
      ],
    },
    {
      text: 'It was a a pleasure to meet you at the the event.',
      errors: [
        { excerpt: 'a a', suggestion: 'a' },
        { excerpt: 'the the', suggestion: 'the' },
      ],
      corrected: 'It was a pleasure to meet you at the event.',
    },
    {
      text: 'I have an question about a idea.',
      errors: [{ excerpt: 'an question' }, { excerpt: 'a idea' }],
      corrected: 'I have a question about an idea.',
    },
    {
      text: 'great to meet you. i think we should talk.',
      errors: [{ excerpt: 'great' }, { excerpt: 'i' }],
      corrected: 'Great to meet you. I think we should talk.',
    },
    {
      // Text-speak opening a sentence still wants its capital; "im" is "I’m".
      text: 'Hi Mia, ur reel was great. im doing one too. pls connect?',
      errors: [{ excerpt: 'im', suggestion: 'I’m' }, { excerpt: 'pls' }],
      corrected: 'Hi Mia, your reel was great. I’m doing one too. Please connect?',
    },
    {
      text: 'Great to meet you,, really.. Talk soon.',
      errors: [{ excerpt: ',,' }, { excerpt: '..' }],
      corrected: 'Great to meet you, really. Talk soon.',
    },
    {
      text: 'Hi Leo, my email is?? Great to meet you;; talk soon.',
      errors: [
        { excerpt: '??', suggestion: '?' },
        { excerpt: ';;', suggestion: ';' },
      ],
      corrected: 'Hi Leo, my email is? Great to meet you; talk soon.',
    },
    {
      text: 'It was great to meet you at the meetup',
      errors: [{ excerpt: 'meetup' }],
    },
    {
      text: 'Hi Mei, I hear your working on hawker rents. Would you be open to connecting?',
      errors: [{ excerpt: 'your', suggestion: 'you’re' }],
    },
    {
      text: 'Its great to meet you. Your an inspiration and I love you’re work. I could of called.',
      errors: [
        { excerpt: 'Its', suggestion: 'It’s' },
        { excerpt: 'Your', suggestion: 'You’re' },
        { excerpt: 'you’re', suggestion: 'your' },
        { excerpt: 'could of', suggestion: 'could have' },
      ],
      corrected:
        'It’s great to meet you. You’re an inspiration and I love your work. I could have called.',
    },
    {
      text: 'It is better then ever, and your work is great.',
      errors: [{ excerpt: 'better then', suggestion: 'better than' }],
    },
    {
      // A recipient's name in lower case.
      text: 'hi leo, great to meet you.',
      errors: [{ excerpt: 'hi' }, { excerpt: 'leo', suggestion: 'Leo' }],
      corrected: 'Hi Leo, great to meet you.',
    },
    {
      text: 'Hi Leo , great to meet you !',
      errors: [{ excerpt: ' ,' }, { excerpt: ' !' }],
      corrected: 'Hi Leo, great to meet you!',
    },
    {
      text: 'Lets connect on LinkedIn.',
      errors: [{ excerpt: 'Lets' }],
      corrected: 'Let’s connect on LinkedIn.',
    },
    {
      // A clause spliced in where a place was expected.
      text: 'Hi Nadia, it was great to be introduced to you by Tom Reyes at Tom said she runs the data platform.',
      options: { name: 'Nadia', mutual: 'Tom Reyes' },
      errors: [{ excerpt: 'at Tom said' }],
    },
    {
      text: 'Hi Leo, we met at I read your paper on sepsis. I’d love to connect.',
      errors: [{ excerpt: 'at I read' }],
    },
    {
      // "Let's … to ask": who asks whom?
      text: 'Hi Leo, great meeting you. Let’s connect on LinkedIn to ask about collaborating.',
      errors: [{ excerpt: 'ask', suggestion: 'ask you' }],
      corrected:
        'Hi Leo, great meeting you. Let’s connect on LinkedIn to ask you about collaborating.',
    },
  ],
});
