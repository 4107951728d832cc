import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-context', {
  valid: [
    ...GOOD_NOTES,
    'Hi Camille, I came across your profile while researching social media specialists. I’d love to connect.',
    'Hi Jane, it’s been a few years since we worked at ABC Company together. Let’s reconnect.',
  ],
  invalid: [
    {
      text: 'Hi Leo, I would like to connect with you to exchange ideas.',
      errors: [{ whole: true, severity: 'warning' }],
    },
    {
      // Between close contacts the reminder is only a tip.
      text: 'Hi Leo, I would like to connect with you to exchange ideas.',
      options: { relationship: 'close-contact' },
      errors: [{ whole: true, severity: 'info' }],
    },
  ],
});
