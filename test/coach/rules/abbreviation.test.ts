import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('abbreviation', {
  valid: [
    ...GOOD_NOTES,
    'We built I/O tooling in the US and the UK. Are you OK with that?',
    'Hi Ya-Ting, Plan K and Project U are mine.',
    'R&D is where I work, on U+2019 and I/O.',
  ],
  invalid: [
    {
      text: 'Thx for the chat, would u like to connect? lmk',
      errors: [
        { excerpt: 'Thx', suggestion: 'Thanks' },
        { excerpt: 'u', suggestion: 'you' },
        { excerpt: 'lmk', suggestion: 'let me know' },
      ],
      corrected: 'Thanks for the chat, would you like to connect? Let me know',
    },
    {
      text: 'I wanna connect b4 the event, pls.',
      errors: [
        { excerpt: 'wanna', suggestion: 'want to' },
        { excerpt: 'b4', suggestion: 'before' },
        { excerpt: 'pls', suggestion: 'please' },
      ],
    },
    {
      text: 'Great chat w/ your team.',
      errors: [{ excerpt: 'w/', suggestion: 'with' }],
    },
  ],
});
