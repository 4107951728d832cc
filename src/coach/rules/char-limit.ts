import type { Rule } from './rule.js';

export const charLimit: Rule = {
  id: 'char-limit',
  defaultSeverity: 'error',
  description:
    'LinkedIn cuts a connection note at its character limit (300, or 200 on free accounts).',
  check(ctx) {
    const { text, limit } = ctx;
    let end = text.length;
    while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
    if (end <= limit) return [];
    // Never start the span inside a surrogate pair.
    let start = limit;
    const code = text.charCodeAt(start);
    if (code >= 0xdc00 && code <= 0xdfff && start > 0) start--;
    return [
      {
        message: `${end} characters: LinkedIn allows ${limit}, so the last ${end - limit} would not be sent.`,
        suggestion: `Shorten it by at least ${end - limit} characters.`,
        start,
        end,
      },
    ];
  },
};
