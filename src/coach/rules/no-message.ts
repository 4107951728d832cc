import type { Rule } from './rule.js';

// Words that do not make a message on their own: greetings, titles, thanks, sign-offs.
const FILLER = new Set([
  'afternoon',
  'best',
  'cheers',
  'dear',
  'dr',
  'evening',
  'good',
  'greetings',
  'hello',
  'hey',
  'hi',
  'hiya',
  'morning',
  'mr',
  'mrs',
  'ms',
  'prof',
  'regards',
  'thank',
  'thanks',
  'there',
  'you',
  'yo',
]);

export const noMessage: Rule = {
  id: 'no-message',
  defaultSeverity: 'error',
  description: 'A connection note needs a real message, not just a greeting or a name.',
  check(ctx) {
    const { tokens } = ctx.analysis;
    const content = tokens.filter(
      (t) =>
        !FILLER.has(t.lower) && !ctx.nameWords.has(t.lower) && !isNameLike(t.text, tokens.length),
    );
    if (content.length > 0) return [];
    const message =
      ctx.text.trim() === ''
        ? 'The note is empty. A request without context is often ignored.'
        : tokens.length === 0
          ? 'There are no words here, so there is no message.'
          : 'There is only a greeting or a name here, no message.';
    return [
      {
        message,
        suggestion:
          'Add a sentence on how you know them, one on why you want to connect, and a polite ask, e.g. “I’d love to connect on LinkedIn.”',
      },
    ];
  },
};

// A lone capitalised word or two ("Leo", "Leo Park") is a name, not a message.
function isNameLike(word: string, total: number): boolean {
  return total <= 3 && /^\p{Lu}[\p{Ll}'’-]*$/u.test(word);
}
