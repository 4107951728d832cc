import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

testRule('length', {
  valid: [
    ...GOOD_NOTES,
    { text: `${words(20)}.`, options: { relationship: 'cold' } },
    { text: `${words(50)}.`, options: { relationship: 'cold' } },
    { text: `${words(10)}.`, options: { relationship: 'former-colleague' } },
    { text: `${words(30)}.`, options: { relationship: 'close-contact' } },
  ],
  invalid: [
    { text: `${words(19)}.`, options: { relationship: 'cold' }, errors: [{ whole: true }] },
    {
      text: `${words(9)}.`,
      options: { relationship: 'former-colleague' },
      errors: [{ whole: true }],
    },
    {
      // Too long: the span is the words past the target, what to cut.
      text: `${words(30)} extra words.`,
      options: { relationship: 'close-contact' },
      errors: [{ excerpt: 'extra words' }],
    },
    {
      text: `${words(50)} and more.`,
      options: { relationship: 'introduced' },
      errors: [{ excerpt: 'and more' }],
    },
  ],
});
