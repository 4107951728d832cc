import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('no-message', {
  valid: [
    ...GOOD_NOTES,
    'Hi Leo, great talk today!',
    'Congrats on the new role, Aoife!',
    'Hi Jess, still in Bristol?',
    'Hi Tom, Kyle from Calgary. Saw your talk on pipeline safety at the Banff forum and would love to connect.',
    // A bare ask is a message, however thin (the labels give it missing-context instead).
    'Add me',
    'Hi Lucy, connect?',
    'Hey Sam, Accept?',
    'Hi Gina, fab class x',
    'Hi Mo, Reconnect?',
    'Hey bro, add me pls',
    'Good morning Madam, I am Chinedu from Aba, selling solar panels.',
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
    // asks15: a self-introduction, a greeting in another language or a sign-off is no
    // message either.
    { text: 'Good morning Madam, I am Chinedu from Aba.', errors: [{ whole: true }] },
    { text: 'Hello, my name is Siti, from Kuala Lumpur.', errors: [{ whole: true }] },
    { text: 'Salaam brother, Imran from Bradford.', errors: [{ whole: true }] },
    { text: 'Hi Maria, kind regards, Pedro', errors: [{ whole: true }] },
    { text: "Hi, it's me, Dave.", errors: [{ whole: true }] },
    { text: 'Namaste ji, Suresh here from Jaipur. Thank you.', errors: [{ whole: true }] },
    { text: 'Hey Ellie! Jess here x', errors: [{ whole: true }] },
  ],
});
