import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('self-focus', {
  valid: [
    ...GOOD_NOTES,
    // The guide's introduction example: four "I/my" against one "you" is fine.
    'Hi Anthony, it was great to be introduced to you by our mutual connection, Samantha. I am working on growing my professional network, and I think we could talk. I look forward to connecting!',
  ],
  invalid: [
    {
      text: 'Hi Sam, I am a senior engineer. I built many apps. My skills are great. I want a new job.',
      errors: [{ whole: true }],
    },
    {
      text: 'I did this, I did that, my team, my product, my launch, and I would love your view.',
      errors: [{ whole: true }],
    },
  ],
});
