import { listSet } from '../language/lists.js';
import { parseNote } from '../language/note.js';
import type { Token } from '../text.js';
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
    if (content.length > 0 && !isSignature(content, tokens.length, ctx.text)) return [];
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

// Small words a signature is built from: "Kyle from Calgary", "Maria here", "this is Ravi".
const SIGNATURE = new Set(['from', 'here', 'this', 'is', "it's", 'at', 'of', 'sir', 'madam']);
let ranks: ReadonlySet<string> | undefined;

// A short note that is only names, places and a signature's small words ("Kyle from Calgary.",
// "Hi Samira, Jean-Luc here.", "Dave Holt, site manager.") says nothing either. Names here are
// what the parser reads as proper nouns, so "Happy Diwali" or "Congrats on the move" stay messages.
function isSignature(content: Token[], total: number, text: string): boolean {
  if (total > 7 || text.includes('?')) return false;
  const parsed = parseNote(text);
  if (!parsed) return false;
  ranks ??= listSet(new URL('./data/ranks.txt', import.meta.url));
  const proper = new Set(
    parsed.tokens.filter((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)).map((t) => t.start),
  );
  const rest = content.filter((t) => !proper.has(t.start) && !SIGNATURE.has(t.lower));
  return rest.length === 0 || isRole(rest, text);
}

// A job title after the name, as a signature gives it: "…, site manager." (up to three words,
// ending in a rank, after the last comma).
function isRole(rest: Token[], text: string): boolean {
  const comma = text.lastIndexOf(',');
  const last = rest[rest.length - 1] as Token;
  return (
    comma >= 0 &&
    rest.length <= 3 &&
    rest.every((t) => t.start > comma) &&
    ranks?.has(last.lower) === true
  );
}
