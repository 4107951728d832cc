import { matchAll, type Rule, type RuleReport } from './rule.js';

// Stock phrases that read as a template. Each with the better move.
const PHRASES: readonly [RegExp, string][] = [
  [
    /\bI[’']?d like to (?:add you to my (?:professional )?network|join your (?:professional |linkedin )?network)\b/gi,
    'This is LinkedIn’s default text. Say how you know them and why you want to connect.',
  ],
  [
    /\b(?:dear (?:sir(?:\s*(?:\/|or)\s*madam)?|madam|sirs|hiring manager|linkedin (?:user|member)|friend|connection)|to whom it may concern)\b/gi,
    'Address them by name: “Hi Leo,”.',
  ],
  [
    /\b(?:i hope|hope|hoping) this (?:message|note|email|finds you) (?:finds you )?well\b/gi,
    'Open with where you know them from instead.',
  ],
  [
    /\bi[’']?(?:m| am) (?:always )?(?:looking|trying|hoping|eager) to (?:expand|grow|build|widen) my (?:professional )?network\b/gi,
    'Say what you hope to exchange with this person in particular.',
  ],
  [
    /\b(?:i(?:[’']?d| would) (?:like|love) to )?(?:expand|grow) my (?:professional )?network\b(?! in)/gi,
    'Name the field or the reason, e.g. “…to exchange ideas on onboarding in fintech.”',
  ],
  [
    /\bwe (?:have|share) (?:many|a lot of|lots of|several|some) mutual (?:connections|contacts|friends)\b/gi,
    'Name one mutual contact and how you know them.',
  ],
  [
    /\b(?:your|an|such an) (?:impressive|interesting|great|amazing) profile\b|\byou seem (?:like )?(?:an? )?(?:interesting|great|nice) (?:person|professional)\b/gi,
    'Say what in particular impressed you: a post, a project, a talk.',
  ],
  [
    /\blet[’']?s network\b|\bas a fellow professional\b/gi,
    'Say why this connection in particular.',
  ],
];

export const generic: Rule = {
  id: 'generic',
  defaultSeverity: 'warning',
  description: 'Avoid stock phrases that make the note read as a template.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const [re, suggestion] of PHRASES) {
      for (const m of matchAll(re, ctx.text)) {
        // One finding per phrase: a shorter stock phrase inside a longer one is not repeated.
        if (out.some((f) => (f.start as number) <= m.start && (f.end as number) >= m.end)) continue;
        out.push({
          message: `“${m.match[0]}” is a stock phrase; it makes the note read like a template.`,
          suggestion,
          start: m.start,
          end: m.end,
        });
      }
    }
    return out;
  },
};
