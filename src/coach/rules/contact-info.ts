import { quoted, type Rule, type RuleReport } from './rule.js';

// Asking for an email address, a phone number or confidential details, however it is
// phrased ("what's the best number to reach you on?"). Read from the sentences' roles.
export const contactInfo: Rule = {
  id: 'contact-info',
  defaultSeverity: 'error',
  description: 'Never ask for an email address, phone number or other confidential details.',
  check(ctx) {
    const out: RuleReport[] = [];
    for (const e of ctx.reading.withRole('contact-request')) {
      out.push({
        message: `${quoted(e.words, 'This')} asks for personal or confidential details, which puts people off a first note.`,
        suggestion:
          'Leave it out: once you are connected they can share contact details if they want to, and LinkedIn messages work meanwhile.',
        start: e.start,
        end: e.end,
      });
    }
    return out;
  },
};
