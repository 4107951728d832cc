import { matchAll, type Rule, type RuleReport } from './rule.js';

// Sales pitches, discounts, guarantees and promises made to entice someone to accept.
const OFFERS =
  /\b\d{1,3} ?% (?:off|discount)\b|\b(?:huge |special |exclusive )?discounts?\b|\bfree (?:trial|consultation|consult|demo|audit|e-?book|gift|offer|quote|session|strategy call|month|access|sample)s?\b|\blimited[- ]time\b|\bspecial (?:offer|deal|price|pricing|promotion)\b|\b(?:buy|purchase|sign up|subscribe|order|register|enroll|join) (?:now|today)\b|\b(?:i |we )?guarantee(?:d|s)?\b|\b(?:double|triple|10x|2x|3x|5x|skyrocket|boost|increase|grow) your (?:sales|revenue|leads|income|profits?|followers|traffic|conversions|pipeline|roi|business)\b|\bpromo(?:tional)? code\b|\bcoupons?\b|\b(?:risk-free|no obligation|no-obligation|money-back)\b|\bgift cards?\b|\b(?:earn|make) (?:up to )?\$\d[\d,]*|\bfor only \$?\d|\bact fast\b|\bgiveaways?\b|\bcrypto(?:currency)?\b|\binvest(?:ment)? opportunit(?:y|ies)\b|\bpassive income\b|\b(?:check out|try|buy) (?:my|our) (?:course|product|offer|services?|agency|platform|app|tool|software)\b|\bour (?:services|agency|solution|platform) (?:can|will|helps?)\b|\bi(?:[’']ll| will) (?:send you|give you|buy you|pay you|refer you)\b|\bin exchange for (?:connecting|accepting)\b|\b(?:book|schedule) a (?:demo|sales call)\b|\bwe help (?:[\w-]+ ){0,3}(?:companies|businesses|teams|brands|founders|startups|agencies|clients|firms) (?:to )?(?:[\w-]+ )?(?:10x|2x|3x|5x|double|triple|grow|scale|boost|increase|generate|get)\b|\b(?:10x|2x|3x|5x|double|triple) (?:their|your) (?:sales|revenue|leads|pipeline|income|profits?|growth|traffic|conversions)\b|\b(?:hop|jump) on a (?:quick |short |brief )?(?:call|demo)\b/gi;

export const irrelevantOffer: Rule = {
  id: 'irrelevant-offer',
  defaultSeverity: 'warning',
  description: 'Do not make irrelevant offers or promises just to entice them to connect.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const m of matchAll(OFFERS, ctx.text)) {
      out.push({
        message: `“${m.match[0]}” reads as a sales pitch or an enticement, not a reason to connect.`,
        suggestion: 'Leave the offer out; give a genuine, specific reason to connect instead.',
        start: m.start,
        end: m.end,
      });
    }
    return out;
  },
};
