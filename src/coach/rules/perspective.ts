import type { Rule } from './rule.js';

// Owned by the drafter work (issue 9): talks about the recipient instead of to them.
export const perspective: Rule = {
  id: 'perspective',
  defaultSeverity: 'warning',
  description: 'Speak to the recipient: “your paper”, not “her paper”.',
  check() {
    return [];
  },
};
