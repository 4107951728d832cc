import { RELATIONSHIPS } from '../relationships.js';
import type { Rule } from './rule.js';

export const length: Rule = {
  id: 'length',
  defaultSeverity: 'warning',
  description: 'Keep to the word count the guide recommends for the relationship.',
  check(ctx) {
    const { tokens, wordCount } = ctx.analysis;
    const { min, max } = ctx.wordTarget;
    const label = RELATIONSHIPS[ctx.relationship].label.toLowerCase();
    if (wordCount > max) {
      // Point at the words past the target: that is what to cut.
      const first = tokens[max];
      const last = tokens[tokens.length - 1];
      return [
        {
          message: `${wordCount} words: a note for this relationship (${label}) reads best in ${min}–${max}.`,
          suggestion: `Cut about ${wordCount - max} words: keep who you are, why you are connecting and the ask.`,
          start: first?.start,
          end: last?.end,
        },
      ];
    }
    if (wordCount < min && wordCount > 0) {
      return [
        {
          message: `Only ${wordCount} words: a note for this relationship (${label}) reads best in ${min}–${max}.`,
          suggestion: 'Add a sentence that jogs their memory or says why you want to connect.',
        },
      ];
    }
    return [];
  },
};
