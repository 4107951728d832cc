import { quoted, type Rule, type RuleReport } from './rule.js';

// Stock phrases that read as a template ("I'd like to add you to my professional network",
// "Dear Sir/Madam"): a sentence that says nothing about this person in particular.
export const generic: Rule = {
  id: 'generic',
  defaultSeverity: 'warning',
  description: 'Avoid stock phrases that read as a template; say something specific to them.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const e of ctx.reading.withRole('stock-phrase')) {
      out.push({
        message: `${quoted(e.words, 'This sentence')} reads as a template: it could be sent to anyone.`,
        suggestion: 'Say how you know them and why this connection in particular.',
        start: e.sentenceStart,
        end: e.sentenceEnd,
      });
    }
    return out;
  },
};
