import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-name', {
  valid: [
    ...GOOD_NOTES,
    'Lindsey, it was a pleasure speaking with you at the conference. I’d love to connect to continue the conversation.',
    'Great meeting you yesterday at the conference, Laura! I’d love to connect to share ideas.',
    {
      text: 'Hi Leo, great to meet you at the meetup. I’d love to connect to share ideas.',
      options: { name: 'Leo Park' },
    },
  ],
  invalid: [
    {
      text: 'Great meeting you at the meetup. I’d love to connect to share ideas.',
      errors: [{ whole: true }],
    },
    {
      text: 'Hi there, great meeting you at the meetup. I’d love to connect to share ideas.',
      errors: [{ excerpt: 'Hi there' }],
    },
    {
      text: 'Dear Sir/Madam, I’d love to connect to share ideas.',
      errors: [{ excerpt: 'Dear Sir/Madam' }],
    },
    {
      // Greeting someone else: the words that are wrong are the other name.
      text: 'Hi Sam, great meeting you at the meetup. I’d love to connect to share ideas.',
      options: { name: 'Leo Park' },
      errors: [{ excerpt: 'Sam', suggestion: 'Leo' }],
    },
    {
      text: 'Great meeting you at the meetup. I’d love to connect to share ideas.',
      options: { name: 'Leo' },
      errors: [{ whole: true }],
    },
  ],
});
