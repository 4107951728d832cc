import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('oversharing', {
  valid: [
    ...GOOD_NOTES,
    'I enjoyed your talk on health tech and the panel on personal finance apps.',
  ],
  invalid: [
    {
      text: 'Since my divorce I am in debt and my therapist says networking helps.',
      errors: [{ excerpt: 'Since my divorce I am in debt and my therapist says networking helps' }],
    },
    {
      text: 'I’m 52 years old and looking.',
      errors: [{ excerpt: 'I’m 52 years old and looking' }],
    },
    {
      text: 'You look gorgeous in your photo.',
      errors: [{ excerpt: 'You look gorgeous in your photo' }],
    },
    {
      text: 'I’m going through a rough divorce and need a new job badly.',
      errors: [{ excerpt: 'I’m going through a rough divorce and need a new job badly' }],
    },
  ],
});
