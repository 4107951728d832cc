import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-purpose', {
  valid: [
    ...GOOD_NOTES,
    'Hi Rebecca, I’d love to connect on LinkedIn in case any freelance projects come up.',
    'Hi Anthony, I am working on growing my professional network in the engineering field.',
  ],
  invalid: [
    {
      text: 'Hi Leo, we met at the AI meetup last week. I’d love to connect on LinkedIn.',
      errors: [{ whole: true }],
    },
    { text: 'Hi Leo, please add me.', errors: [{ whole: true }] },
  ],
});
