import { isKnownGivenName } from '../language/people.js';
import { greetingEnd, isTitle } from '../name.js';
import type { Rule } from './rule.js';

// A greeting, and the words that greet nobody in particular ("Hi there", "Dear Sir/Madam").
const GREETING = String.raw`(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))\b`;
const ANYONE = String.raw`(?:there|all|everyone|friend|sir(?:\s*(?:\/|or)\s*madam)?|madam|team|folks|linkedin (?:user|member)|hiring manager)`;
const GREETING_RE = new RegExp(String.raw`^\s*${GREETING}(?:[ \t]+${ANYONE})?`, 'i');

export const missingName: Rule = {
  id: 'missing-name',
  defaultSeverity: 'warning',
  description: 'Address the recipient by name.',
  check(ctx) {
    const { text } = ctx;
    const suggestion = ctx.options.name
      ? `Open with their name: “Hi ${ctx.options.name.trim().split(/\s+/)[0]},”`
      : 'Open with their name, e.g. “Hi Leo,”.';
    if (ctx.name) {
      // A name given in the options must actually appear in the note.
      const words = ctx.analysis.tokens;
      const named = words.some(
        (t) =>
          recipientWord(ctx.name, t.lower.replace(/'s$|^@/g, '')) ||
          // Initials: "A.J." greeted, "A.J." or "AJ" written; "Hi J.R.," to J.R. Castillo.
          (t.lower.includes('.') &&
            (dotless(ctx.name) === dotless(t.lower) ||
              (ctx.name ?? '')
                .split(/\s+/)
                .some((part) => part.includes('.') && dotless(part) === dotless(t.lower)))),
      );
      if (named) return [];
      // Greeting someone else is the copy-paste slip that costs the most.
      const other = ctx.greetedName;
      const at = other ? findWord(text, other) : -1;
      if (other && at >= 0) {
        const first = ctx.name.trim().split(/\s+/)[0] ?? ctx.name;
        return [
          {
            message: `The note greets “${other}”, but it is for ${ctx.name}.`,
            suggestion: first,
            start: at,
            end: at + other.length,
          },
        ];
      }
      return [{ message: `The note never addresses ${ctx.name} by name.`, suggestion }];
    }
    if (customGreeting(text)) return [];
    const greeting = GREETING_RE.exec(text);
    const end = greeting ? -1 : greetingEnd(text);
    // "Hi [First Name]," names nobody either: the placeholder rule says to fill it in, and
    // this one that the greeting has no name yet.
    if (greeting) {
      const start = greeting.index + (greeting[0].length - greeting[0].trimStart().length);
      return [
        {
          message: 'The greeting does not use the recipient’s name.',
          suggestion,
          start,
          end: greeting.index + greeting[0].length,
        },
      ];
    }
    // A greeting of another language ("Salaam brother,") is marked the same way.
    if (end > 0) {
      const start = text.length - text.trimStart().length;
      return [
        { message: 'The greeting does not use the recipient’s name.', suggestion, start, end },
      ];
    }
    return [{ message: 'The recipient is not addressed by name.', suggestion }];
  },
};

// The sender speaking of themselves ("I'm Grace,", "This is Mark,", "From Kemi,"), or of
// someone else met or spoken to ("Met Grace, your colleague,", "Spoke to Dr Khan, who…").
const SELF_INTRO =
  /^(?:i|i'm|i’m|im|this|it's|it’s|from|me|my|is|am|by|met|saw|via|per|cc|to|with|about|and|for)$/;

/**
 * A greeting of some custom no list holds ("Well Ciaran,", "How far Tunde,", "Talofa lava Mr
 * Leota,", "Top of the evening Mr Brady,"): up to three words opening the note (all but
 * the first lower-case, none of them the sender speaking of themselves), then a known given
 * name closed by a comma or "!"; or up to four words of any case and a title before the name;
 * or a known given name alone before "!". (precision16)
 */
function customGreeting(text: string): boolean {
  const m = /^\s*([^,!\n]{1,60})[,!]/u.exec(text);
  if (!m) return false;
  const words = (m[1] ?? '').trim().split(/[ \t]+/);
  const name = words.pop() ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  let titled = false;
  while (words.length > 0 && isTitle((words.at(-1) ?? '').toLowerCase().replace(/\.$/, ''))) {
    words.pop();
    titled = true;
  }
  if (!titled && !isKnownGivenName(name.toLowerCase())) return false;
  if (words.length === 0) return !titled && text.charAt(m[0].length - 1) === '!';
  if (words.length > 4 || !/^\p{Lu}[\p{Ll}'’]*$/u.test(words[0] ?? '')) return false;
  // After a title the words of the day may be capitalised ("Blessed Sabbath Pastor Mensah,").
  const wordOf = titled ? /^\p{L}[\p{Ll}'’]*$/u : /^\p{Ll}[\p{Ll}'’]*$/u;
  if ((!titled && words.length > 3) || !words.slice(1).every((w) => wordOf.test(w))) return false;
  return !words.some((w) => SELF_INTRO.test(w.toLowerCase()));
}

const dotless = (word: string | undefined): string =>
  (word ?? '').toLowerCase().replace(/[.\s]/g, '');

function recipientWord(name: string | undefined, word: string): boolean {
  if (!name) return false;
  // An apostrophe at a word's edge is a quote or part of the name ("Achieng'"): either way
  // the letters decide.
  const edge = /^'+|'+$/g;
  // A nickname's digits ("Jun2") are no part of the name's words.
  const letters = word.replace(edge, '').replace(/\d+$/, '');
  if (letters === '') return false;
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{M}'-]+/u)
    .some((part) => part.replace(edge, '') === letters);
}

/** Where `word` first occurs as a whole word, or -1. */
function findWord(text: string, word: string): number {
  const letter = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!letter.test(text[i - 1] ?? ' ') && !letter.test(text[i + word.length] ?? ' ')) return i;
  }
  return -1;
}
