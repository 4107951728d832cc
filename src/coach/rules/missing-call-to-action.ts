import type { SentenceReading } from '../roles/index.js';
import { loadLexicons } from '../roles/lexicon.js';
import type { Rule } from './rule.js';

// An ask is read from what a sentence does ("any chance we could connect?", "I'd welcome
// the connection", "hoping you'll accept"), not from a list of stock wordings.
export const missingCallToAction: Rule = {
  id: 'missing-call-to-action',
  defaultSeverity: 'warning',
  description: 'End with a simple, polite call to action.',
  check(ctx) {
    if (ctx.reading.plausibly('ask', { except: onlyContactDetails })) return [];
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

/**
 * Whether a sentence asks only for contact details ("What's the best number to call you on so
 * we can talk prices?"): no ask to connect, however sure or unsure the model is that it asks.
 * Of the labelled notes whose contact requests name no connecting, 8 of 10 are marked as
 * missing the ask; the other two ask "Could I add you here, and…" or "let's stay in touch
 * here" beside it.
 */
function onlyContactDetails(s: SentenceReading): boolean {
  const lexicons = loadLexicons();
  return (
    s.roles.has('contact-request') &&
    !s.tokens.some(
      (t) => lexicons.has('connect', t.lemma, t.lower) || t.lemma === 'add' || t.lemma === 'touch',
    )
  );
}
