import type { Rule } from './rule.js';

// A reason for connecting, however it is said: to swap notes, because a project overlaps,
// to stay in touch. Read from the sentences' roles.
export const missingPurpose: Rule = {
  id: 'missing-purpose',
  defaultSeverity: 'warning',
  description: 'Explain why you want to connect.',
  check(ctx) {
    // A pitch is a reason of a kind; irrelevant-offer already asks for a genuine one.
    if (ctx.reading.plausibly('purpose') || ctx.reading.has('pitch')) return [];
    const reconnecting =
      ctx.relationship === 'former-colleague' || ctx.relationship === 'close-contact';
    return [
      {
        message: 'The note does not say why you want to connect.',
        suggestion: reconnecting
          ? 'Add a reason, e.g. “…to catch up and stay in touch.”'
          : 'Add a specific reason, e.g. “…to exchange ideas about onboarding in fintech.”',
      },
    ];
  },
};
