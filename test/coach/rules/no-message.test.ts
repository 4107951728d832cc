import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('no-message', {
  valid: [
    ...GOOD_NOTES,
    'Hi Leo, great talk today!',
    'Congrats on the new role, Aoife!',
    'Hi Jess, still in Bristol?',
    'Hi Tom, Kyle from Calgary. Saw your talk on pipeline safety at the Banff forum and would love to connect.',
  ],
  invalid: [
    { text: '', errors: [{ whole: true }] },
    { text: '   \n\t ', errors: [{ whole: true }] },
    { text: 'Hi Leo,', errors: [{ whole: true }] },
    { text: 'Hello there!', errors: [{ whole: true }] },
    { text: 'Leo', errors: [{ whole: true }] },
    { text: 'Dear Ms. Park', errors: [{ whole: true }] },
    { text: 'Hi Leo, thanks!', errors: [{ whole: true }] },
    // A signature alone: a name with a place or a title says nothing either.
    { text: 'Maria Lopes from Porto here.', errors: [{ whole: true }] },
    { text: 'Hi Samira, - Jean-Luc', errors: [{ whole: true }] },
    { text: 'Hey Lisa, Mike from Denver.', errors: [{ whole: true }] },
    { text: 'Hi Ana, site manager here.', errors: [{ whole: true }] },
  ],
});
