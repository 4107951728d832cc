import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('abbreviation', {
  valid: [
    // ", cuz." calls a cousin or a mate so.
    'Kia ora Hine, saw the photos from your nan’s 90th at the marae, what a day! Let’s stay connected here as well, cuz.',
    'Hi Tama, good to see you at the tangi, cuz! Keen to keep in touch?',
    // "BC" in capitals is a province or an era, not "because".
    'Hi Luc, the crew in BC said you plan rope checks better than anyone. Open to connecting?',
    'Dear Dr Haddad, your dig notes on the 900 BC layer at Tell Hisban were superb. Could we connect?',
    // An acronym after "the" names something (the International Maritime Organization).
    'Hi Priya, your paper on the IMO ballast water rules was excellent. May we connect?',
    ...GOOD_NOTES,
    'We built I/O tooling in the US and the UK. Are you OK with that?',
    'Hi Ya-Ting, Plan K and Project U are mine.',
    'R&D is where I work, on U+2019 and I/O.',
    // Letters that are letters: plans, vitamins, languages, axes and variables.
    'Plan B, vitamin C, C++ and R are fine. R is great for stats; we plot x and y on the y-axis.',
    'Option c is cheaper. Points w and y are close. Y Combinator funded us; W. Smith wrote it.',
  ],
  invalid: [
    {
      text: 'Hi Tama, add me, cuz I need your advice on the hangi.',
      errors: [{ excerpt: 'cuz' }],
    },
    {
      text: 'hey Tash remember when we locked the kiln room keys inside lol we should connect',
      errors: [{ excerpt: 'lol', suggestion: 'ha' }],
    },
    {
      text: 'Hi Dan, idk if you remember me from the Leeds hackathon. Connect?',
      errors: [{ excerpt: 'idk', suggestion: 'I don’t know' }],
    },
    {
      text: 'Hi Ana, wud love to connect about your grant work.',
      errors: [{ excerpt: 'wud', suggestion: 'would' }],
    },
    {
      text: 'Thx for the chat, would u like to connect? lmk',
      errors: [
        { excerpt: 'Thx', suggestion: 'Thanks' },
        { excerpt: 'u', suggestion: 'you' },
        { excerpt: 'lmk', suggestion: 'Let me know' },
      ],
      corrected: 'Thanks for the chat, would you like to connect? Let me know',
    },
    {
      text: 'I wanna connect b4 the event, pls.',
      errors: [
        { excerpt: 'wanna', suggestion: 'want to' },
        { excerpt: 'b4', suggestion: 'before' },
        { excerpt: 'pls', suggestion: 'please' },
      ],
    },
    {
      text: 'Great chat w you today, r you free? y not connect? c u soon.',
      errors: [
        { excerpt: 'w', suggestion: 'with' },
        { excerpt: 'r', suggestion: 'are' },
        { excerpt: 'y', suggestion: 'Why' },
        { excerpt: 'c', suggestion: 'See' },
        { excerpt: 'u', suggestion: 'you' },
      ],
      corrected: 'Great chat with you today, are you free? Why not connect? See you soon.',
    },
    {
      // Text-speak opening a sentence is capitalised by its own fix.
      text: 'w/ love. R u free? Y not?',
      errors: [
        { excerpt: 'w/', suggestion: 'With' },
        { excerpt: 'R', suggestion: 'Are' },
        { excerpt: 'u', suggestion: 'you' },
        { excerpt: 'Y', suggestion: 'Why' },
      ],
      corrected: 'With love. Are you free? Why not?',
    },
    {
      text: 'Great chat w/ your team.',
      errors: [{ excerpt: 'w/', suggestion: 'with' }],
    },
  ],
});
