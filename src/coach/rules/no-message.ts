import { listSet } from '../language/lists.js';
import { parseNote } from '../language/note.js';
import { loadLexicons } from '../roles/lexicon.js';
import { GREETINGS, NAME_HONORIFICS, type Token } from '../text.js';
import type { Rule } from './rule.js';

// Words that do not make a message on their own: greetings, titles, thanks, sign-offs, and
// any one-word greeting or honorific ("Salaam", "Namaste ji").
let filler: ReadonlySet<string> | undefined;
const fillerWords = (): ReadonlySet<string> =>
  (filler ??= new Set([
    ...listSet(new URL('./data/no-message-filler.txt', import.meta.url)),
    ...[...GREETINGS].filter((g) => !/[\s-]/.test(g)),
    ...NAME_HONORIFICS,
  ]));

export const noMessage: Rule = {
  id: 'no-message',
  defaultSeverity: 'error',
  description: 'A connection note needs a real message, not just a greeting or a name.',
  check(ctx) {
    const { tokens } = ctx.analysis;
    const content = tokens.filter(
      (t) =>
        !fillerWords().has(t.lower) &&
        !ctx.nameWords.has(t.lower) &&
        !isNameLike(t.text, tokens.length),
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

// A lone capitalised word or two ("Leo", "Leo Park") is a name, not a message; a word of
// connecting ("Hi Jo, Connect?") is the ask.
function isNameLike(word: string, total: number): boolean {
  return (
    total <= 3 &&
    /^\p{Lu}[\p{Ll}'’-]*$/u.test(word) &&
    !loadLexicons().has('connect', word.toLowerCase(), word.toLowerCase())
  );
}

// Small words a signature is built from: "Kyle from Calgary", "Maria here", "this is Ravi",
// "I am Chinedu from Aba" (data/signature-words.txt).
let signature: ReadonlySet<string> | undefined;
let ranks: ReadonlySet<string> | undefined;

// A short note that is only names, places and a signature's small words ("Kyle from Calgary.",
// "Hi Samira, Jean-Luc here.", "Dave Holt, site manager.") says nothing either. Names here are
// what the parser reads as proper nouns, so "Happy Diwali" or "Congrats on the move" stay messages.
function isSignature(content: Token[], total: number, text: string): boolean {
  // Up to ten words: "Hello, my name is Siti, from Kuala Lumpur."
  if (total > 10 || text.includes('?')) return false;
  const parsed = parseNote(text);
  if (!parsed) return false;
  ranks ??= listSet(new URL('./data/ranks.txt', import.meta.url));
  signature ??= listSet(new URL('./data/signature-words.txt', import.meta.url));
  const proper = new Set(
    parsed.tokens.filter((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)).map((t) => t.start),
  );
  // A verb asks or tells something ("Add me", "Connect pls"): a message, however bare.
  const filler = fillerWords();
  if (parsed.tokens.some((t) => t.pos === 'VERB' && !filler.has(t.text.toLowerCase()))) {
    return false;
  }
  const rest = content.filter((t) => !proper.has(t.start) && !signature?.has(t.lower));
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
