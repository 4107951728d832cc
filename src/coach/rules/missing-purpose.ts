import type { Role } from '../roles/index.js';
import type { Rule } from './rule.js';

const REASONS_OF_A_KIND: readonly Role[] = ['pitch', 'pressure', 'contact-request', 'help-offer'];

// A reason for connecting, however it is said: to swap notes, because a project overlaps,
// to stay in touch. Read from the sentences' roles.
export const missingPurpose: Rule = {
  id: 'missing-purpose',
  defaultSeverity: 'warning',
  description: 'Explain why you want to connect.',
  check(ctx) {
    // A pitch, a demand or an offer of help is a reason of a kind: it says what the writer
    // wants or brings, and irrelevant-offer, pushy and contact-info already judge the first two.
    const { reading } = ctx;
    if (reading.plausibly('purpose') || REASONS_OF_A_KIND.some((r) => reading.has(r))) return [];
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
