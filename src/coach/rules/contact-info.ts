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

// Asking for an email address, a phone number or confidential details, however it is
// phrased ("what's the best number to reach you on?"). Read from the sentences' roles.
export const contactInfo: Rule = {
  id: 'contact-info',
  defaultSeverity: 'error',
  description: 'Never ask for an email address, phone number or other confidential details.',
  check(ctx) {
    const out: RuleReport[] = [];
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
        suggestion:
          'Leave it out: once you are connected they can share contact details if they want to, and LinkedIn messages work meanwhile.',
        start: e.sentenceStart,
        end: e.sentenceEnd,
      });
    }
    return out;
  },
};
