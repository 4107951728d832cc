import type { Rule } from './rule.js';

// An ask is read from what a sentence does ("any chance we could connect?", "I'd welcome
// the connection", "hoping you'll accept"), not from a list of stock wordings.
export const missingCallToAction: Rule = {
  id: 'missing-call-to-action',
  defaultSeverity: 'warning',
  description: 'End with a simple, polite call to action.',
  check(ctx) {
    if (ctx.reading.plausibly('ask')) return [];
    const reconnecting =
      ctx.relationship === 'former-colleague' || ctx.relationship === 'close-contact';
    return [
      {
        message: 'There is no clear, polite ask to connect.',
        suggestion: reconnecting
          ? 'End with “Let’s reconnect on LinkedIn.”'
          : 'End with “I’d love to connect on LinkedIn.” or “I’d appreciate you accepting my invitation!”',
      },
    ];
  },
};
