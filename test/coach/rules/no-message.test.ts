import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('no-message', {
  valid: [...GOOD_NOTES, 'Hi Leo, great talk today!'],
  invalid: [
    { text: '', errors: [{ whole: true }] },
    { text: '   \n\t ', errors: [{ whole: true }] },
    { text: 'Hi Leo,', errors: [{ whole: true }] },
    { text: 'Hello there!', errors: [{ whole: true }] },
    { text: 'Leo', errors: [{ whole: true }] },
    { text: 'Dear Ms. Park', errors: [{ whole: true }] },
    { text: 'Hi Leo, thanks!', errors: [{ whole: true }] },
  ],
});
