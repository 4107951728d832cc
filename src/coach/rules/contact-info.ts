import { loadLexicons } from '../roles/lexicon.js';
import { quoted, type Rule, type RuleReport } from './rule.js';

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
      // (a question, or a verb of handing over) asks for the details.
      const asks =
        e.pattern !== undefined ||
        s.sentence.terminator.includes('?') ||
        s.tokens.some((t) => lexicons.has('request', t.lemma, t.lower));
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
