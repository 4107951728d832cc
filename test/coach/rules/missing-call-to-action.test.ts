import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('missing-call-to-action', {
  valid: [
    ...GOOD_NOTES,
    'Hi Matt, it has been years since we worked together. Let’s reconnect on LinkedIn to catch up.',
    'Hi Laura, I’d appreciate if we connected on LinkedIn to continue the dialogue.',
    'Hi Anthony, I look forward to connecting!',
    'Please add me to your network.',
    'I’m building a team in Pune and would value connecting to exchange notes.',
    'I would be happy to stay in contact and to learn more about your projects.',
    'Would be great to reconnect and hear what you’re up to.',
  ],
  invalid: [
    {
      text: 'Hi Leo, we met at the AI meetup last week and talked about data pipelines.',
      errors: [{ whole: true }],
    },
  ],
});
