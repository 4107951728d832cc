import { GOOD_NOTES } from './good-notes.js';
import { testRule } from './rule-tester.js';

testRule('irrelevant-offer', {
  valid: [
    ...GOOD_NOTES,
    'I may have some freelance projects later this year that could use your expertise.',
  ],
  invalid: [
    // An enticement without a price tag.
    {
      text: 'Should you accept, we will waive the first year of advisory fees.',
      errors: [{ excerpt: 'Should you accept, we will waive the first year of advisory fees' }],
    },
    {
      text: 'We help SaaS companies 10x their pipeline. Can we hop on a quick call?',
      errors: [
        { excerpt: 'We help SaaS companies 10x their pipeline' },
        { excerpt: 'Can we hop on a quick call' },
      ],
    },
    {
      text: 'Get 50% off our platform. Free trial, guaranteed to double your sales!',
      errors: [
        { excerpt: 'Get 50% off our platform' },
        { excerpt: 'Free trial, guaranteed to double your sales' },
      ],
    },
    {
      text: 'Use promo code LINK10 for a discount.',
      errors: [{ excerpt: 'Use promo code LINK10 for a discount' }],
    },
  ],
});
