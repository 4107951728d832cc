import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('grammar', {
  valid: [
    ...GOOD_NOTES,
    'An hour with an MBA, a UX designer, a university friend, an honest chat and a one-off call.',
    'Wait... that is it?! I had had enough.',
    'Hi Leo 🚀',
    'I work on I/O at iPhone and eBay.',
  ],
  invalid: [
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
      text: 'Great to meet you,, really.. Talk soon.',
      errors: [{ excerpt: ',,' }, { excerpt: '..' }],
      corrected: 'Great to meet you, really. Talk soon.',
    },
    {
      text: 'It was great to meet you at the meetup',
      errors: [{ excerpt: 'meetup' }],
    },
    {
      text: 'Lets connect on LinkedIn.',
      errors: [{ excerpt: 'Lets' }],
      corrected: 'Let’s connect on LinkedIn.',
    },
  ],
});
