import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('pushy', {
  valid: [
    // asks15: a wait or a let-down that is not theirs to answer, a polite wait, a deadline
    // of one's own.
    "Hi Abdul, you never let me down on the Jeddah night shifts. Let's reconnect.",
    'Hi Kemal, please ignore my earlier typo, I meant the Bursa fair. Would love to connect.',
    'Hi Ama, we met at the Kumasi craft fair. Waiting for your acceptance.',
    "Hi Moana, I'm still waiting on my visa, but would love to connect before I arrive in Auckland.",
    "Hi Tom, we will finish the barn before the end of the month, or so we hope. Let's connect.",
    // Hurry, threats and scolding words used of other things.
    "Hi Ade, we had to hurry to catch the Lagos ferry after the expo! Let's connect.",
    'Hi Viv, how long did it take to build your Hobart boat shed? Would love to connect.',
    "Hi Raf, our app lets you block or report spam calls, and your review helped us. Let's connect.",
    "Hi Sue, you're never rude to customers, which is why your shop shines. Let's connect.",
    // Need, patience, a wait or "why not" that presses no one.
    'Hi Ana, we met at the Porto wine fair. Why not connect?',
    "Hi Ben, thanks for being patient with my questions at the Leeds expo. Let's connect.",
    "Hi Cleo, I can't wait to see the new boat in Kinsale! Let's stay in touch.",
    "Hi Dev, my job depends on good suppliers like you, so I'd love to connect.",
    "Hi Farid, still nothing beats your lamb tagine from the Fez night market. Let's connect.",
    "Hi Ike, I know how much we helped each other at the Lagos depot. Let's reconnect.",
    // A reward for connecting now, or a delivery time promised, is a pitch, not pressure.
    'Hi Omari, we met at the Mombasa dhow race. Connect now for the race photos!',
    "Hi Saoirse, saw your café opening in Galway. We promise delivery of your espresso machine within 48 hours. Let's connect.",
    // Sending many things to others is no count of requests.
    'Hi Aroha, I have sent your guide to many teachers over the years. Would love to connect.',
    'Hi Joe, thanks for sending the many photos from the Lima site. Let’s connect.',
    // "or I'll" with no verdict on them is no threat.
    'Hi Priya, we shared a flat in Pune. Accept when you can, or I’ll catch you at the reunion anyway!',
    // "now" joining a clause is no hurry; a short question asking to be accepted asks.
    "Hi Adeel, miss our chai breaks! Would be great to stay connected now you're in Lahore.",
    'Hey Kiri, been ages since the shearing shed days, eh. Accept this one?',
    // What others did, said without leaning on the reader.
    'Hi Ana, Tom and everyone else at the co-op loved your talk. Would you be open to connecting?',
    'Hi Jo, I was the only one in my cohort who did not join a firm, so your advice would help. Connect?',
    // A time the sender keeps, not a deadline on their answer.
    'Hi Tomás, I can deliver the turbine parts within a week if that helps your refit. Would you like to connect?',
    'Hi Tomás, I usually reply within the hour, so feel free to message me any time. Would you like to connect?',
    // A promise with a date is no pressure on them.
    'Hi Ana, thanks for the hotel tour. I’ll send the occupancy numbers by Friday as promised. Shall we connect?',
    'Hi Sam, it is urgent work you do for refugees, and I’d love to learn from it. Connect?',
    // Two "!" is how friends write; a pile is three.
    'Hey Noor, the new portfolio site is so good!! Would love to follow your work here, add me?',
    // A deadline that is news for them, and following up on a conversation.
    'Hi Fernando, applications for the mentoring scheme close on Friday if you know anyone. I’d love to connect.',
    'Hi Yuki, following up on our chat at the expo about ceramics. Would love to connect.',
    // An acronym that spells a word, naming an event; "you must be busy" is sympathy.
    'Hi Joanna, we’re both on the ASAP conference committee list. Would love to connect.',
    'Hi Ken, you must be swamped after the launch, so no rush. I’d love to connect when you have a moment.',
    // Capitals after a name are part of it; a delivery promised within days and a friendly
    // horizon are not pressure on their answer.
    'Hi Mhairi, thanks for the walk today. Our estate is applying for Peatland ACTION funding, so could we stay connected?',
    'Hi Wei Ling, our agency can supply certified riggers, guaranteed within ten days. Keen to connect?',
    'Hey Mike, thanks for the sugar shack breakfast. Let’s keep in touch here until the sap runs again.',
    // A name in capitals after "your": an event, not shouting.
    'Hi Sam, your DEF CON talk on badge hacking was the best of the week. Shall we connect?',
    ...GOOD_NOTES,
    'Hope you’ve been well! Please add me to your network!',
    'Hi Leo! Great to meet you! Let’s connect!',
    'Really?! We both worked at NASA and IBM on AWS.',
    // Acronyms that are not English words are names, not shouting.
    'I read your paper on CRISPR and GRAPHQL tooling.',
    // One "!" a sentence is enthusiasm, not pressure.
    'Great to meet you! Loved the talk! Let’s connect! Talk soon.',
    'Hi Ola, I’d be thrilled to connect! Your work on girls’ coding camps in Ibadan is amazing! Thank you for sharing it!',
    // A word in capitals listed with an acronym is one more name.
    'Hi Mei, our lab uses the same GROMACS and AMBER setup as yours. Would love to connect and compare notes.',
    'Dear Mr Kowalski, I hold the OSCE and CREST certifications and read your paper on red teams. Shall we connect?',
    // ASAP with a year is a conference; an offer's "connect now and get" is the offer rule's.
    'Hi Lena, we’re both presenting at ASAP 2025 in Lisbon next month. Would you like to connect before the conference?',
    'Hi Edward, Jane at the Master Thatchers’ Association introduced us. I’d like to talk about reed supply. Connect now and get 15% off any Devon reed order this year.',
    // A deadline, a count, a reminder or a "decent thing" that leans on no one's answer.
    'Hi Morag, we accept entries by Friday at the Oban show, and your collies would do well. Connect?',
    'Hi Sam, we need the survey done no later than March, and your team came recommended. Could we connect?',
    'Hi Lars, this is my second season guiding in Tromsø and your aurora tips helped. Connect?',
    'Hi Ivo, if you connect with Jan before Friday, he can show you the harbour plans.',
    'Hi Yuki, I hope it’s not too much to ask, but could you share how you price commissions? Would love to connect.',
    'Hi Ines, your farm does the decent thing by its pickers; I’d love to connect.',
  ],
  invalid: [
    // Hurrying, threats and scolding in everyday voices.
    {
      text: 'Hi Hamish, hurry up and accept ya lazy sod.',
      errors: [{ excerpt: 'Hi Hamish, hurry up and accept ya lazy sod' }],
    },
    {
      text: 'Hi Zara, accept rn or im blocking u lol',
      errors: [{ excerpt: 'Hi Zara, accept rn or im blocking u lol' }],
    },
    {
      text: "Hi Kev, c'mon mate, how long does it take to click accept?",
      errors: [{ excerpt: "Hi Kev, c'mon mate, how long does it take to click accept" }],
    },
    {
      text: "Hi Jake, don't be rude, accept the request.",
      errors: [{ excerpt: "Hi Jake, don't be rude, accept the request" }],
    },
    {
      text: 'Hi Bayo, abeg accept my request quick quick, I don dey wait since.',
      errors: [{ excerpt: 'Hi Bayo, abeg accept my request quick quick, I don dey wait since' }],
    },
    // asks15: need, stakes, guilt and chasing said plainly.
    {
      text: 'Hi Jerome, I really need you to accept today, my job depends on it.',
      errors: [{ excerpt: 'Hi Jerome, I really need you to accept today, my job depends on it' }],
    },
    {
      text: 'Hello Mr Danjuma, my boss says I must get your acceptance today, please help me.',
      errors: [
        {
          excerpt:
            'Hello Mr Danjuma, my boss says I must get your acceptance today, please help me',
        },
      ],
    },
    {
      text: 'Hi Marisa, you of all people should accept, given how much I did for your campaign.',
      errors: [
        {
          excerpt:
            'Hi Marisa, you of all people should accept, given how much I did for your campaign',
        },
      ],
    },
    {
      text: 'Hi Anneke, this is my last try, after this I give up on you.',
      errors: [{ excerpt: 'Hi Anneke, this is my last try, after this I give up on you' }],
    },
    {
      text: "Hi Mbali, why are you not accepting? It's been two weeks.",
      errors: [{ excerpt: 'Hi Mbali, why are you not accepting' }],
    },
    {
      text: "Hi Rania, I hope you'll do me the courtesy of accepting this time.",
      errors: [{ excerpt: "Hi Rania, I hope you'll do me the courtesy of accepting this time" }],
    },
    {
      text: "Hi Kyle, you said you'd accept at the BBQ and still nothing, mate.",
      errors: [{ excerpt: "Hi Kyle, you said you'd accept at the BBQ and still nothing, mate" }],
    },
    {
      text: 'Dear Madam Achieng, I have been patient for one month now, kindly accept my request today.',
      errors: [
        {
          excerpt:
            'Dear Madam Achieng, I have been patient for one month now, kindly accept my request today',
        },
      ],
    },
    {
      text: 'Hi Arash, please accept quickly, I cannot wait any longer.',
      errors: [{ excerpt: 'Hi Arash, please accept quickly, I cannot wait any longer' }],
    },
    // asks15: pressure said kindly: a reminder, a wait chased, a let-down or an ignoring
    // foretold, a deadline with an "or", urgency in other words.
    {
      text: 'Hi Ada, gentle reminder to accept my request from last week.',
      errors: [{ excerpt: 'Hi Ada, gentle reminder to accept my request from last week' }],
    },
    {
      text: 'Hi Yusuf, still waiting on you to accept my request from last month.',
      errors: [{ excerpt: 'Hi Yusuf, still waiting on you to accept my request from last month' }],
    },
    {
      text: "Hi Rhys, I've been waiting ages for you to accept, mate.",
      errors: [{ excerpt: "Hi Rhys, I've been waiting ages for you to accept, mate" }],
    },
    {
      text: "Dear Mrs Wong, please don't keep me waiting, kindly accept.",
      errors: [{ excerpt: "Dear Mrs Wong, please don't keep me waiting, kindly accept" }],
    },
    {
      text: "Hi Esi, please don't let me down, accept my request.",
      errors: [{ excerpt: "Hi Esi, please don't let me down, accept my request" }],
    },
    {
      text: 'Hi Pete, please accept before the end of the week or the offer lapses.',
      errors: [
        { excerpt: 'Hi Pete, please accept before the end of the week or the offer lapses' },
      ],
    },
    {
      text: 'Hi Lwazi, kindly reply by the end of this month, otherwise we will give the tender to another firm.',
      errors: [
        {
          excerpt:
            'Hi Lwazi, kindly reply by the end of this month, otherwise we will give the tender to another firm',
        },
      ],
    },
    {
      text: 'Hi Nkechi, this is time sensitive, so kindly accept today.',
      errors: [{ excerpt: 'Hi Nkechi, this is time sensitive, so kindly accept today' }],
    },
    {
      text: "Hi Obi, as a fellow Igbo man I know you won't ignore me. Accept o.",
      errors: [{ excerpt: "Hi Obi, as a fellow Igbo man I know you won't ignore me" }],
    },
    // A count of requests already sent, said without a number, is guilt all the same.
    {
      text: 'Dear Mrs Adeyemi, I have sent you request many times already, please do the needful and accept.',
      errors: [
        {
          excerpt:
            'Dear Mrs Adeyemi, I have sent you request many times already, please do the needful and accept',
        },
      ],
    },
    {
      text: 'Hello Mrs Yilmaz, I sent several times the invitation, please accept my request.',
      errors: [
        {
          excerpt:
            'Hello Mrs Yilmaz, I sent several times the invitation, please accept my request',
        },
      ],
    },
    // A guilt-laden verdict on not accepting.
    {
      text: 'Hi Jo, we worked at the depot together. Connect with me or I’ll know the promotion went to your head.',
      errors: [{ excerpt: 'Connect with me or I’ll know the promotion went to your head' }],
    },
    // A deadline on accepting, however politely put; a request counted; a reminder to accept.
    {
      text: 'Hi Nadia, I would kindly ask that you accept this by Friday, as I need to finalise my list.',
      errors: [
        {
          excerpt:
            'Hi Nadia, I would kindly ask that you accept this by Friday, as I need to finalise my list',
        },
      ],
    },
    {
      text: 'Hi Leo, kindly confirm your acceptance no later than 5pm today.',
      errors: [{ excerpt: 'Hi Leo, kindly confirm your acceptance no later than 5pm today' }],
    },
    {
      text: 'Hi Ravi, this is my third request, so I’d be grateful if you could finally accept it.',
      errors: [
        {
          excerpt:
            'Hi Ravi, this is my third request, so I’d be grateful if you could finally accept it',
        },
      ],
    },
    {
      text: 'Hi Jo, reminding you once more to accept my invitation.',
      errors: [{ excerpt: 'Hi Jo, reminding you once more to accept my invitation' }],
    },
    // An answer taken for granted, and guilt.
    {
      text: 'Hi Rosa, I expect you’ll accept given we’re in the same industry.',
      errors: [{ excerpt: 'Hi Rosa, I expect you’ll accept given we’re in the same industry' }],
    },
    {
      text: 'Hi Dev, surely a quick click isn’t too much to ask from someone in your position?',
      errors: [
        {
          excerpt:
            'Hi Dev, surely a quick click isn’t too much to ask from someone in your position',
        },
      ],
    },
    {
      text: 'Hi Carl, I trust you’ll do the decent thing and accept.',
      errors: [{ excerpt: 'Hi Carl, I trust you’ll do the decent thing and accept' }],
    },
    // A deadline on their acceptance, asked politely.
    {
      text: "Hi Mr Lim, long time since the canteen. Kindly accept my request by tomorrow, as I've named you in my job application.",
      errors: [
        {
          excerpt: "Kindly accept my request by tomorrow, as I've named you in my job application",
        },
      ],
    },
    // Pressure by what everyone else has done.
    {
      text: 'Hi Euan, everyone else on the committee has connected already, so I am sure you will do the same.',
      errors: [
        {
          excerpt:
            'Hi Euan, everyone else on the committee has connected already, so I am sure you will do the same',
        },
      ],
    },
    {
      text: 'Hi Sipho, I would hate for you to be the only one on the board who did not connect.',
      errors: [
        {
          excerpt:
            'Hi Sipho, I would hate for you to be the only one on the board who did not connect',
        },
      ],
    },
    // Silence taken as consent; guilt over others let down.
    {
      text: 'Dear Mr Clarke, I would value your views, and will take silence as agreement for me to ring your office. Please accept.',
      errors: [
        {
          excerpt:
            'Dear Mr Clarke, I would value your views, and will take silence as agreement for me to ring your office',
        },
      ],
    },
    {
      text: 'Hi Ana, we need your flood maps for the council session, and it would be a shame to let the residents down. Could we connect?',
      errors: [
        {
          excerpt:
            'Hi Ana, we need your flood maps for the council session, and it would be a shame to let the residents down',
        },
      ],
    },
    // A deadline on their acceptance, guilt for ignoring, a debt called in.
    {
      text: 'Hi Kyle, thanks for the demo call. I’ll need your acceptance by Friday so I can tell my board.',
      errors: [{ excerpt: 'I’ll need your acceptance by Friday so I can tell my board' }],
    },
    {
      text: 'Hi Meera, I know you’re busy, but it would be a real shame if you ignored this, so please accept.',
      errors: [
        {
          excerpt:
            'Hi Meera, I know you’re busy, but it would be a real shame if you ignored this, so please accept',
        },
      ],
    },
    {
      text: 'Hi Gabe, after everything I did for you at the depot, the least you can do is accept.',
      errors: [
        {
          excerpt:
            'Hi Gabe, after everything I did for you at the depot, the least you can do is accept',
        },
      ],
    },
    // A deadline in words and the cost of waiting.
    {
      text: 'Hi Johan, I’d like to share what we learned from our chiller failure, so accept my invite within the hour, because every minute you wait costs you.',
      errors: [
        {
          excerpt:
            'Hi Johan, I’d like to share what we learned from our chiller failure, so accept my invite within the hour, because every minute you wait costs you',
        },
      ],
    },
    // ASAP on their answer is still pressure.
    {
      text: 'Hi Sam, thanks for the tour. Please reply ASAP.',
      errors: [{ excerpt: 'Please reply ASAP' }],
    },
    // An ordinary word in capitals before shouting is no name.
    {
      text: 'Hi Sam, thanks for the tour. Kindly REPLY TODAY.',
      errors: [{ excerpt: 'REPLY TODAY' }],
    },
    {
      text: 'Hi Kim, I will keep messaging until you reply.',
      errors: [{ excerpt: 'Hi Kim, I will keep messaging until you reply' }],
    },
    // Pressure with no word of insistence: guilt, a threat to go elsewhere, chasing.
    {
      text: 'Hi Lily, it’s been a week and you still haven’t accepted my request.',
      errors: [{ excerpt: 'Hi Lily, it’s been a week and you still haven’t accepted my request' }],
    },
    {
      text: 'Hi Sara, I’m giving you until Friday to reply before I move on to someone else.',
      errors: [
        {
          excerpt: 'Hi Sara, I’m giving you until Friday to reply before I move on to someone else',
        },
      ],
    },
    {
      text: 'Hi Bea, I would have thought a fellow nurse would at least reply.',
      errors: [{ excerpt: 'Hi Bea, I would have thought a fellow nurse would at least reply' }],
    },
    {
      text: 'Hi Eve, I’ve been trying to get hold of you for weeks now. Connect?',
      errors: [{ excerpt: 'Hi Eve, I’ve been trying to get hold of you for weeks now' }],
    },
    // Polite pressure: a deadline on their answer, chasing earlier requests, a guilt trip.
    {
      text: 'Hi Ruth, I’d be grateful for a reply by Friday at the latest. Connect?',
      errors: [{ excerpt: 'Hi Ruth, I’d be grateful for a reply by Friday at the latest' }],
    },
    {
      text: 'Hi Gemma, just following up on my previous four messages. Would you connect?',
      errors: [{ excerpt: 'Hi Gemma, just following up on my previous four messages' }],
    },
    {
      text: 'Hi Tanya, I can see you’re busy. Surely you can spare a moment to click accept?',
      errors: [{ excerpt: 'Surely you can spare a moment to click accept' }],
    },
    // A deadline with a consequence, and chasing until they give in.
    {
      text: 'Need the runbook by Monday or I escalate.',
      errors: [{ excerpt: 'Need the runbook by Monday or I escalate' }],
    },
    {
      text: 'I will keep following up every few days until we have spoken.',
      errors: [{ excerpt: 'I will keep following up every few days until we have spoken' }],
    },
    { text: 'Accept my request now.', errors: [{ excerpt: 'Accept my request now' }] },
    { text: 'Great chat!!! Talk soon.', errors: [{ excerpt: '!!!' }] },
    { text: 'Hi Leo, PLEASE ACCEPT this.', errors: [{ excerpt: 'PLEASE ACCEPT' }] },
    // Read as pressure, the whole sentence is the finding (the capitals are part of it).
    { text: 'This is URGENT.', errors: [{ excerpt: 'This is URGENT' }] },
    { text: 'Loved your talk, it was AMAZING.', errors: [{ excerpt: 'AMAZING' }] },
    {
      // A demand in capitals is one finding, not a demand and a shout.
      text: 'Hi Sam, ACCEPT MY REQUEST NOW!!! We met at the AI meetup.',
      errors: [{ excerpt: 'Hi Sam, ACCEPT MY REQUEST NOW' }, { excerpt: '!!!' }],
    },
    { text: 'Are you free?? Really???', errors: [{ excerpt: '???' }] },
    { text: 'Connect with me now.', errors: [{ excerpt: 'Connect with me now' }] },
    {
      text: 'Why haven’t you accepted? I have sent you 3 requests.',
      errors: [{ excerpt: 'Why haven’t you accepted' }, { excerpt: 'I have sent you 3 requests' }],
    },
  ],
});
