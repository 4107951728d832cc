import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-purpose', {
  valid: [
    ...GOOD_NOTES,
    'Hi Rebecca, I’d love to connect on LinkedIn in case any freelance projects come up.',
    'Hi Anthony, I am working on growing my professional network in the engineering field.',
    'Hi Leo, we met at the summit. I’d love to connect to grab coffee sometime.',
    'Hi Leo, we met at the summit. Would love to connect and grab a coffee next month.',
    'Hi Leo, we met at the summit. I’d love to connect to compare notes on hiring.',
    'Hi Leo, we met at the summit. I’d love to connect to trade ideas about hiring.',
    'Hi Leo, we met at the summit. I’d love to connect to learn more about your work on hiring.',
    'Hi Leo, we met at the summit. I’d love to connect to keep in touch.',
    "Hi Leo, we met at the summit. I'd love to connect to stay in touch.",
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
  ],
  invalid: [
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
    // "Synergies" names no reason.
    {
      text: 'Hi Leo, I saw your post on the forum. Let’s connect and explore synergies.',
      errors: [{ whole: true }],
    },
  ],
});
