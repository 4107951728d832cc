import type { Rule } from './rule.js';

// How you know or found them, however it is said: a meeting, shared work, an introduction,
// their work you read. Read from the sentences' roles.
export const missingContext: Rule = {
  id: 'missing-context',
  defaultSeverity: 'warning',
  description: 'Jog their memory: say where you met, worked together, or how you found them.',
  check(ctx) {
    // Just after a meeting, "great meeting you" is memory enough.
    const recentMeeting = ctx.relationship === 'after-meeting';
    if (ctx.reading.plausibly('context', { recentMeeting })) return [];
    const close = ctx.relationship === 'close-contact';
    return [
      {
        message: close
          ? 'Nothing says how you know each other; even a close contact may appreciate the reminder.'
          : 'Nothing says how you know them or how you found them, so the request may feel like spam.',
        suggestion: suggestionFor(ctx.relationship),
        // Someone who knows you well needs little reminding: a tip, not a warning. (Round 7
        // tried a warning where nothing hints at a shared past; on CV it took this rule's
        // precision below 90%, and a warm "hope you've been well! Let's stay in touch" is a
        // good note to many writers.)
        severity: close ? 'info' : undefined,
      },
    ];
  },
};

function suggestionFor(relationship: string): string {
  switch (relationship) {
    case 'former-colleague':
      return 'Say where and when you worked together, e.g. “It’s been a few years since we worked together at ABC.”';
    case 'introduced':
      return 'Name who introduced you, e.g. “Sam suggested I reach out.”';
    case 'met-briefly':
      return 'Say where you met, e.g. “We met at last week’s product meetup.”';
    case 'after-meeting':
      return 'Mention the meeting, e.g. “Great meeting you today at the workshop.”';
    case 'close-contact':
      return 'A line about what you last did together helps.';
    default:
      return 'Say how you found them, e.g. “I came across your article on onboarding.”';
  }
}
