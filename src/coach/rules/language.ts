import type { Rule } from './rule.js';

export const language: Rule = {
  id: 'language',
  defaultSeverity: 'info',
  description:
    'Only English notes are coached; other languages get the checks that do not depend on English.',
  check() {
    return [];
  },
};
