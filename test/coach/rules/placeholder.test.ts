import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('placeholder', {
  valid: [
    ...GOOD_NOTES,
    // The guide's own stand-ins and Slack markup are not template slots.
    'We worked together at XYZ Company and ABC Company. See <https://example.com|our site>, <@U123ABC>.',
  ],
  invalid: [
    {
      text: 'Hi [First Name], I loved your work at {{company}} with <name>.',
      errors: [{ excerpt: '[First Name]' }, { excerpt: '{{company}}' }, { excerpt: '<name>' }],
    },
    { text: 'Hi NAME, we met at ___.', errors: [{ excerpt: 'NAME' }, { excerpt: '___' }] },
    {
      text: 'Hi FIRST_NAME, great to meet you at [Company].',
      errors: [{ excerpt: 'FIRST_NAME' }, { excerpt: '[Company]' }],
    },
  ],
});
