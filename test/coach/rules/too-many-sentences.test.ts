import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('too-many-sentences', {
  valid: [
    ...GOOD_NOTES,
    'One. Two. Three.',
    // A greeting line and a sign-off are not sentences.
    'Hi Leo!\nWe met at the meetup. I enjoyed it. Let’s connect.\nBest,\nSam',
    // Abbreviations and initials do not end sentences.
    'Dear Ms. Park, Dr. J. Smith suggested I reach out, e.g. about onboarding at Acme Inc. in the U.S. market. Let’s connect.',
    // The engineer's title and saints in place names, as written in the Gulf and the Philippines.
    'Dear Eng. Salma, Eng. Tariq Haddad at the water authority suggested I write. I design drip systems for date farms in Al-Ahsa and want to learn from your pilot. Kindly accept my invitation.',
    'Hi Ate Rowena, we met at the Sto. Niño fiesta in Cebu where you ran the food stalls. I cater for the parish in Sta. Rosa and would love your tips on permits. Can we connect?',
  ],
  invalid: [
    { text: 'One. Two. Three. Four.', errors: [{ excerpt: 'Four.' }] },
    { text: 'One! Two? Three. Four… Five.', errors: [{ excerpt: 'Four… Five.' }] },
    { text: 'One.\nTwo\nThree\nFour', errors: [{ excerpt: 'Four' }] },
  ],
});

testRule('too-many-sentences', {
  valid: ['Hi Leo!\nGreat to meet you. Let’s connect. Talk soon.'],
  invalid: [
    // Words in capitals after a greeting are a sentence, not a name.
    { text: 'Hi Leo, PLEASE ACCEPT. One. Two. Three.', errors: [{ excerpt: 'Three.' }] },
  ],
});
