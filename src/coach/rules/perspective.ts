// A note speaks to its recipient: "Hi Sarah, I read her paper" talks about Sarah instead
// of to her. Only he/she/they words that nobody else in the note could be are flagged:
// "Tom said he…" and "my manager says she…" are about Tom and the manager.

import { parseNote } from '../language/note.js';
import { applyRewrites, type Rewrite, readPerspective } from '../language/perspective.js';
import type { Rule, RuleReport } from './rule.js';

export const perspective: Rule = {
  id: 'perspective',
  defaultSeverity: 'warning',
  description: 'Speak to the recipient: “your paper”, not “her paper”.',
  check(ctx) {
    const recipient = ctx.greetedName ?? ctx.name;
    const parsed = parseNote(ctx.text);
    if (!recipient || !parsed) return [];
    const { rewrites } = readPerspective(
      parsed,
      { recipient, others: [ctx.options.mutual, ctx.options.sender] },
      'note',
    );
    return groups(rewrites).map((group) => {
      const start = (group[0] as Rewrite).start;
      const end = (group[group.length - 1] as Rewrite).end;
      const excerpt = ctx.text.slice(start, end);
      const replacement = applyRewrites(
        excerpt,
        group.map((r) => ({ ...r, start: r.start - start, end: r.end - start })),
      );
      const report: RuleReport = {
        message: `“${excerpt}” speaks of ${recipient} in the third person, but the note is addressed to ${recipient}.`,
        suggestion: replacement,
        start,
        end,
        fix: { start, end, replacement },
      };
      return report;
    });
  },
};

/** A pronoun with the verbs that agree with it ("she runs … and writes") is one finding. */
function groups(rewrites: readonly Rewrite[]): Rewrite[][] {
  const out: Rewrite[][] = [];
  for (const rewrite of [...rewrites].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    const isVerb = !/^(?:you|your|yours|yourself)$/i.test(rewrite.replacement);
    if (last && isVerb) last.push(rewrite);
    else out.push([rewrite]);
  }
  return out;
}
