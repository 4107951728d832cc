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
    // "Synergies" names no reason.
    {
      text: 'Hi Leo, I saw your post on the forum. Let’s connect and explore synergies.',
      errors: [{ whole: true }],
    },
  ],
});
