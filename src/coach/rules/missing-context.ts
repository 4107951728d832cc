import type { Rule } from './rule.js';

// Anything that jogs their memory or says how you know or found them.
const CONTEXT =
  /\b(?:met|meet(?:ing)?|meetup|spoke|speaking|spoken|chatted|chatting|talked|talking|conversation|chat|call|discussion|discussed|coffee|lunch|dinner|visit(?:ed)?|stand|happy hour|cohort|conference|summit|event|webinar|workshop|panel|expo|session|keynote|talk|presentation|worked|working (?:together|with you|alongside)|colleagues?|studied (?:together|with you|at)|(?:at|from|since|in|during|after) (?:the same )?(?:college|university|uni|school|grad school|business school|law school|med school)|(?:college|university|uni|school|student) days|alma mater|co-?workers?|teammates?|same team|introduc(?:ed|tion)|mutual|referred|recommended|suggested|(?:gave|passed|shared|sent) (?:me|along|on) your (?:name|details|profile)|pointed me (?:to|toward|towards) you|told me (?:about|to contact) you|said I should|came across|found|saw|seen|noticed|read|heard|following|follow|enjoyed|loved|admired?|article|post|podcast|book|paper|research|profile|newsletter|blog|video|episode|interview|case study|write-?ups?|thread|watched|listened|attended|subscribed?|subscriber|reader|listener|alumni|alum|alumna|alumnus|classmates?|fellow|both|same|group|community|remember|reminded|since we|last (?:week|month|year|time)|yesterday|today|this (?:morning|week)|as (?:we )?discussed|this is \p{Lu}|my name is|long time|it[’']?s been (?:a while|ages|too long|years|a few)|it has been (?:a while|ages|too long|years|a few)|since (?:our|we|you|i)|back (?:in|at|when)|overlapped|used to|our (?:days|time|years) (?:together )?at|(?:fond )?memories|congrat(?:s|ulations) on|booth)\b/iu;

export const missingContext: Rule = {
  id: 'missing-context',
  defaultSeverity: 'warning',
  description: 'Jog their memory: say where you met, worked together, or how you found them.',
  check(ctx) {
    if (CONTEXT.test(ctx.text)) return [];
    const close = ctx.relationship === 'close-contact';
    return [
      {
        message: close
          ? 'Nothing says how you know each other; even a close contact may appreciate the reminder.'
          : 'Nothing says how you know them or how you found them, so the request may feel like spam.',
        suggestion: suggestionFor(ctx.relationship),
        // Someone who knows you well needs little reminding: a tip, not a warning.
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
