import { listMap } from '../language/lists.js';
import type { LangToken } from '../language/nlp.js';
import { type Lexicons, loadLexicons } from '../roles/lexicon.js';
import { quoted, type Rule, type RuleReport } from './rule.js';

let details: ReadonlyMap<string, string> | undefined;
const detailWords = (): ReadonlyMap<string, string> => {
  details ??= listMap(new URL('./data/personal-details.txt', import.meta.url));
  return details;
};

/**
 * What detail the sentence names: a personal one (a contact word, an identifier, "your
 * number"), only a word that may be figures or paperwork ("the occupancy numbers", "the
 * details of the event"), or none ("how can I reach you?", where the model decides).
 */
function detailNamed(
  tokens: readonly LangToken[],
  lexicons: Lexicons,
): 'personal' | 'ambiguous' | 'none' {
  const words = detailWords();
  let ambiguous = false;
  for (const [i, t] of tokens.entries()) {
    if (lexicons.has('contact', t.lemma, t.lower)) return 'personal';
    if (words.get(t.lemma) === 'id' || words.get(t.lower) === 'id') return 'personal';
    if (words.get(t.lemma) !== 'own') continue;
    // By the typed form: "your number" is a phone, "your numbers" are figures.
    const owned =
      words.get(t.lower) === 'own' &&
      tokens.slice(Math.max(0, i - 3), i).some((o) => words.get(o.lower) === 'who');
    if (owned) return 'personal';
    ambiguous = true;
  }
  return ambiguous ? 'ambiguous' : 'none';
}

/** The other-language words by kind (det, num, you, ask), grouped once. */
interface ForeignWords {
  details: readonly string[];
  numbers: readonly string[];
  yours: ReadonlySet<string>;
  asks: readonly string[];
}
let foreign: ForeignWords | undefined;
const foreignWords = (): ForeignWords => {
  if (foreign) return foreign;
  const kinds = listMap(new URL('./data/contact-words-other-languages.txt', import.meta.url));
  const of = (kind: string) => [...kinds].filter(([, k]) => k === kind).map(([word]) => word);
  foreign = {
    details: of('det'),
    numbers: of('num'),
    yours: new Set(of('you')),
    asks: of('ask'),
  };
  return foreign;
};

// Scripts written without spaces between words: their entries match anywhere.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;

/**
 * A sentence of a note in another language that asks for contact details: it names a detail
 * (a phone, an e-mail, WhatsApp; a number only when it is the reader's, "tu número") and
 * asks (a question mark, or a word such as "por favor", "bitte", "pouvez", "boleh").
 */
function asksInOtherLanguage(sentence: string): string | undefined {
  const lower = sentence.toLowerCase();
  const words = lower.match(WORD) ?? [];
  const spaced = ` ${words.join(' ')}`;
  const { details, numbers, yours, asks } = foreignWords();
  // An entry starts a word ("telefon" reads "telefonu"), or stands anywhere in unspaced scripts.
  const has = (entry: string): boolean =>
    UNSPACED.test(entry) ? lower.includes(entry) : spaced.includes(` ${entry}`);
  if (!/[?？؟]/.test(sentence) && !asks.some(has)) return undefined;
  const detail = details.find(has);
  if (detail !== undefined) return detail;
  // "tu número", "votre numéro", "nomor Anda": a number that is the reader's.
  return words.find((word, i) => {
    if (!numbers.some((n) => word.startsWith(n))) return false;
    const near = [...words.slice(Math.max(0, i - 3), i), ...words.slice(i + 1, i + 3)];
    return near.some((w) => yours.has(w));
  });
}

const SUGGESTION =
  'Leave it out: once you are connected they can share contact details if they want to, and LinkedIn messages work meanwhile.';

// Asking for an email address, a phone number or confidential details, however it is
// phrased ("what's the best number to reach you on?"). Read from the sentences' roles.
export const contactInfo: Rule = {
  id: 'contact-info',
  defaultSeverity: 'error',
  description: 'Never ask for an email address, phone number or other confidential details.',
  check(ctx) {
    const out: RuleReport[] = [];
    if (ctx.language !== 'eng' && ctx.language !== 'und') {
      for (const s of ctx.analysis.sentences) {
        const detail = asksInOtherLanguage(s.text);
        if (detail === undefined) continue;
        out.push({
          message: `This sentence asks for personal or confidential details (“${detail}”), which puts people off a first note.`,
          suggestion: SUGGESTION,
          start: s.start,
          end: s.end,
        });
      }
      return out;
    }
    const lexicons = loadLexicons();
    for (const s of ctx.reading.sentences) {
      const e = s.roles.get('contact-request');
      if (!e) continue;
      // The model reads "your email newsletter" as contact talk; only a sentence that asks
      // (a question, or a verb of handing over) asks for the details. Nor does one whose only
      // such word may be figures: "could you send the occupancy numbers?".
      const asks =
        e.pattern !== undefined ||
        ((s.sentence.terminator.includes('?') ||
          s.tokens.some((t) => lexicons.has('request', t.lemma, t.lower))) &&
          detailNamed(s.tokens, lexicons) !== 'ambiguous');
      if (!asks) continue;
      out.push({
        message: `${quoted(e.words, 'This')} asks for personal or confidential details, which puts people off a first note.`,
        suggestion: SUGGESTION,
        start: e.sentenceStart,
        end: e.sentenceEnd,
      });
    }
    return out;
  },
};
