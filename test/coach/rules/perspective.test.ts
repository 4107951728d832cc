import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('perspective', {
  valid: [
    ...GOOD_NOTES,
    'Hi Sarah, I read your paper on sepsis. I’d love to connect to learn more about your research.',
    // Someone else, clearly: a named mutual contact, a role, a man named in a note to a woman.
    'Hi Sarah, Tom said he met you at the summit. I’d love to connect to swap notes on sepsis care.',
    'Hi Sarah, my manager says she loved your talk on triage. I’d love to connect to learn more.',
    {
      text: 'Hi Nadia, Tom Reyes said his team works with yours. I’d love to connect to swap notes.',
      options: { mutual: 'Tom Reyes' },
    },
    'Hi Leo, your colleague mentioned she is hiring. I’d love to connect to hear more.',
    // A company's "their" is not the reader's.
    'Hi Sam, I use Monzo and love their app. I’d love to connect to learn about your design work.',
    // No one is greeted: who "her" is cannot be told.
    'I read her paper on sepsis and would love to connect.',
  ],
  invalid: [
    {
      text: 'Hi Sarah, I read her paper on sepsis. I’d love to connect to learn more.',
      errors: [{ excerpt: 'her', suggestion: 'your' }],
      corrected: 'Hi Sarah, I read your paper on sepsis. I’d love to connect to learn more.',
    },
    {
      // Whatever the pronoun, the note to Sarah is about her.
      text: 'Hi Sarah, I’d love to hear about his work on sepsis. I’d love to connect.',
      errors: [{ excerpt: 'his', suggestion: 'your' }],
    },
    {
      text: 'Hi Kenji, great call today. I’d love to connect to keep him posted on the pilot.',
      errors: [{ excerpt: 'him', suggestion: 'you' }],
      corrected: 'Hi Kenji, great call today. I’d love to connect to keep you posted on the pilot.',
    },
    {
      // The verb agrees: "she runs" → "you run"; a second verb of hers too.
      text: 'Hi Nadia, I hear she runs the data team and writes a newsletter. Let’s connect.',
      errors: [
        {
          excerpt: 'she runs the data team and writes',
          suggestion: 'you run the data team and write',
        },
      ],
    },
    {
      text: 'Hi Priya, She’s been leading platform work I admire. I’d love to connect.',
      errors: [{ excerpt: 'She’s', suggestion: 'You’ve' }],
    },
    {
      // A name typed with the note, not in the greeting.
      text: 'Great meeting you at KubeCon. I enjoyed her talk on golden paths. Let’s connect.',
      options: { name: 'Priya' },
      errors: [{ excerpt: 'her', suggestion: 'your' }],
    },
  ],
});
