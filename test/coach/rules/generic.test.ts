import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('generic', {
  valid: [
    ...GOOD_NOTES,
    'I am working on growing my professional network in the engineering field.',
    // A plain call to action after a note specific to them is the guide's own ask.
    'Hi Oksana, I’ve been following your work on trauma-informed teaching for refugee children in Kraków for a year now. Please accept my connection request.',
    'Hello Grace, we met at the choral evening in Nairobi, where you played the Widor toccata beautifully. Please accept my invitation to connect.',
    // "Came across your profile" with what one was looking for, and where, is no template.
    'Hi Camille, I came across your profile while researching social media specialists in the Portland area. Could we connect?',
    'Hi Mandla, I came across your profile while looking for borehole drillers in Limpopo, and your rig work stood out. Open to connecting?',
  ],
  invalid: [
    {
      text: 'Hi Kate, I came across your profile and would like to connect.',
      errors: [{ excerpt: 'Hi Kate, I came across your profile and would like to connect' }],
    },
    {
      text: "I'd like to add you to my professional network.",
      errors: [{ excerpt: "I'd like to add you to my professional network" }],
    },
    { text: 'Dear Sir/Madam, hello.', errors: [{ excerpt: 'Dear Sir/Madam, hello' }] },
    {
      text: 'Hope this message finds you well. I am always looking to expand my network.',
      errors: [
        { excerpt: 'Hope this message finds you well' },
        { excerpt: 'I am always looking to expand my network' },
      ],
    },
  ],
});
