// What to say after a reminder or an acceptance (the guide's "Following Up After Connecting"):
// a polite follow-up for a request left unanswered, a thank-you once accepted, and the promises
// the original note made. Drafts are checked with the coach's review and the cleanest one wins.
import { review } from '../coach/index.js';
import type { RelationshipId, Review, RuleId } from '../coach/types.js';
import type { TrackedRequest } from './types.js';

export interface CheckedDraft {
  text: string;
  review: Review;
}

const SINCE: Record<RelationshipId, string> = {
  'met-briefly': ' after we met',
  'after-meeting': ' after our meeting',
  introduced: ' after our introduction',
  cold: '',
  'former-colleague': ' to reconnect since we worked together',
  'close-contact': '',
};

// The rules about a connection note's word count, and (for a thank-you) its reason and ask, do not
// apply to these messages: they are sent after the note, in a different place. Nor does the
// reminder of how we know each other: the note they answer said it, and the tracker does not
// keep where the two met, so a follow-up can only point back ("after we met").
const FOLLOW_UP_MUTED: readonly RuleId[] = ['length', 'char-limit', 'reused', 'missing-context'];
const THANK_YOU_MUTED: readonly RuleId[] = [
  ...FOLLOW_UP_MUTED,
  'missing-purpose',
  'missing-call-to-action',
];

function firstName(request: TrackedRequest): string | undefined {
  const name = request.recipientName?.trim().split(/\s+/)[0];
  return name || undefined;
}

function greeting(request: TrackedRequest): string {
  const name = firstName(request);
  return name ? `Hi ${name},` : 'Hi,';
}

/** A polite nudge for a request still unanswered (the guide: fine after 1–2 weeks, no badgering). */
export function draftFollowUp(request: TrackedRequest): CheckedDraft {
  const hi = greeting(request);
  const since = SINCE[request.relationship];
  return best(request, FOLLOW_UP_MUTED, [
    `${hi} I sent you a connection request on LinkedIn a little while ago${since}. No pressure at all: I would be glad to stay in touch whenever it suits you. Would you be open to connecting?`,
    `${hi} just a friendly note that I sent you a LinkedIn invitation${since}. I would still love to keep in touch and swap ideas. Would you be open to connecting?`,
    `${hi} I sent you an invitation on LinkedIn recently${since} and would still be glad to connect with you. No rush at all, thank you for considering it!`,
  ]);
}

/** A thank-you for accepting. */
export function draftThankYou(request: TrackedRequest): CheckedDraft {
  const hi = greeting(request);
  return best(request, THANK_YOU_MUTED, [
    `${hi} thank you for accepting my invitation! I am glad we are connected and look forward to keeping in touch. Let me know if I can ever help with anything.`,
    `${hi} thanks for connecting! I am glad we are in touch here, and I look forward to following your work.`,
  ]);
}

function best(
  request: TrackedRequest,
  mutedRules: readonly RuleId[],
  candidates: string[],
): CheckedDraft {
  const checked = candidates.map((text) => ({
    text,
    review: review(text, {
      relationship: request.relationship,
      name: firstName(request),
      mutedRules,
    }),
  }));
  const errors = (d: CheckedDraft) =>
    d.review.findings.filter((f) => f.severity === 'error').length;
  const warnings = (d: CheckedDraft) =>
    d.review.findings.filter((f) => f.severity === 'warning').length;
  checked.sort((a, b) => errors(a) - errors(b) || warnings(a) - warnings(b));
  // biome-ignore lint/style/noNonNullAssertion: candidates is never empty
  return checked[0]!;
}

/** Offers the note made ("I'll send you the deck", "happy to share…"): the user should follow through. */
const OFFERING =
  "(?:I['’]ll|I will|I can|I['’]d be (?:happy|glad) to|I would be (?:happy|glad) to|(?:happy|glad) to|let me)";
const DEEDS =
  '(?:send|share|introduce|connect you|forward|pass (?:along|on)|help|put you in touch|follow up|get you|show you|give you|make an intro|intro)';
const PROMISE = new RegExp(String.raw`\b${OFFERING}\s+${DEEDS}\b`, 'i');

export function findPromises(note: string): string[] {
  const sentences = note.match(/[^.!?\n]+[.!?]*/g) ?? [];
  return sentences.map((s) => s.trim()).filter((s) => s && PROMISE.test(s));
}
