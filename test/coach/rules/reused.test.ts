import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

const SENT =
  'Hi Maria, great meeting you at the AI Summit. I enjoyed our chat about data pipelines. I’d love to connect to keep swapping ideas.';
const SAME_TEMPLATE =
  'Hi Leo, great meeting you at the Fintech Expo. I enjoyed our chat about data pipelines. I’d love to connect to keep swapping ideas.';

testRule('reused', {
  valid: [
    ...GOOD_NOTES,
    { text: SAME_TEMPLATE, options: { history: [] } },
    { text: SAME_TEMPLATE, options: { history: [GOOD_NOTES[1], 'Hi Sam, nice to see you.'] } },
  ],
  invalid: [
    {
      text: SAME_TEMPLATE,
      options: { history: [SENT] },
      errors: [{ start: 0, end: SAME_TEMPLATE.length, excerpt: SAME_TEMPLATE }],
    },
    { text: SENT, options: { history: ['x', SENT] }, errors: [{ start: 0, excerpt: SENT }] },
  ],
});
