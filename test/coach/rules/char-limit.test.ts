import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

const long = `Hi Leo, ${'a'.repeat(292)}`; // 300 characters

testRule('char-limit', {
  valid: [
    ...GOOD_NOTES,
    long,
    `${long}\n\n  `, // trailing whitespace is not sent
    { text: 'x'.repeat(200), options: { limit: 200 } },
  ],
  invalid: [
    { text: `${long}!`, errors: [{ start: 300, end: 301, excerpt: '!' }] },
    {
      text: `${'x'.repeat(200)} tail`,
      options: { limit: 200 },
      errors: [{ start: 200, excerpt: ' tail' }],
    },
    {
      // The span never splits a surrogate pair.
      text: `${'x'.repeat(299)}😀😀`,
      errors: [{ start: 299, excerpt: '😀😀' }],
    },
  ],
});
