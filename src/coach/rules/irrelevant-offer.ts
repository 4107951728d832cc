import { quoted, type Rule, type RuleReport } from './rule.js';

// A pitch, discount or enticement, read from what the sentence does: a genuine offer of
// help ("happy to share our rota template") is a different role and passes.
export const irrelevantOffer: Rule = {
  id: 'irrelevant-offer',
  defaultSeverity: 'warning',
  description: 'Do not make irrelevant offers or promises just to entice them to connect.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const e of ctx.reading.withRole('pitch')) {
      out.push({
        message: `${quoted(e.words, 'This')} reads as a sales pitch or an enticement, not a reason to connect.`,
        suggestion: 'Leave the offer out; give a genuine, specific reason to connect instead.',
        start: e.sentenceStart,
        end: e.sentenceEnd,
      });
    }
    return out;
  },
};
