import { listSet } from '../language/lists.js';
import type { NoteReading } from '../roles/index.js';
import { GREETINGS, NAME_HONORIFICS } from '../text.js';
import { isWord, type Rule } from './rule.js';

// How you know or found them, however it is said: a meeting, shared work, an introduction,
// their work you read. Read from the sentences' roles.
export const missingContext: Rule = {
  id: 'missing-context',
  defaultSeverity: 'warning',
  description: 'Jog their memory: say where you met, worked together, or how you found them.',
  check(ctx) {
    // Just after a meeting, "great meeting you" is memory enough.
    const recentMeeting = ctx.relationship === 'after-meeting';
    // "I came across your profile", and nothing of where, jogs no memory.
    const except = (s: NoteReading['sentences'][number]) => bareProfile(s, ctx.nameWords);
    if (ctx.reading.plausibly('context', { recentMeeting, except })) return [];
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
        // But a note with not even a hint of one ("Hope the family's well! Let's connect") asks
        // them to place you from your name alone: that is worth a warning.
        severity: close && !nothingShared(ctx.reading) ? 'info' : undefined,
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

/** Below this the model sees no hint at all of a shared past in a sentence. */
const NO_HINT = 0.2;

/** A wish for their wellbeing ("hope the kids are well", "trust all is good"). */
const WISHES: ReadonlySet<string> = new Set(['hope', 'trust', 'wish']);

/** A sentence that does nothing but greet. */
function onlyGreets(s: NoteReading['sentences'][number]): boolean {
  return s.roles.size === 1 && s.roles.has('greeting');
}

/** Words of a past shared, even inside the ask ("After our all-nighters, can I add you?"). */
const OUR_PAST: ReadonlySet<string> = new Set(['our', 'since', 'together']);

let ties: ReadonlySet<string> | undefined;
let news: ReadonlySet<string> | undefined;
let past: ReadonlySet<string> | undefined;

/**
 * Whether the note is only greetings, wishes for their wellbeing, boasts and the ask, with no hint of
 * how they know each other, not even faintly: no cue, no lean of the model, no word of a tie
 * ("old campmate", "the new clinic"), and outside the ask no news of theirs cheered ("congrats
 * on your promotion") nor a word of us ("since", "our").
 */
function nothingShared(reading: NoteReading): boolean {
  ties ??= listSet(new URL('./data/ties.txt', import.meta.url));
  news ??= listSet(new URL('./data/their-news.txt', import.meta.url));
  past ??= listSet(new URL('../roles/data/shared-past.txt', import.meta.url));
  const [tie, theirs, ours] = [ties, news, past];
  return reading.sentences.every((s) => {
    const hintless =
      !s.roles.has('context') &&
      s.cues.length === 0 &&
      (s.probabilities.get('context') ?? 0) < NO_HINT;
    // A boast of one's own news ("my TikTok just hit 50k", "our escape room is ranked number
    // one") says nothing of them: its "our", "new" or "last year" are the sender's, not a tie
    // (all six labelled close-contact notes of only boasts and the ask lack a memory jog).
    if (boasts(s)) return hintless;
    return (
      (s.roles.has('ask') || onlyGreets(s) || s.tokens.some((t) => WISHES.has(t.lemma))) &&
      hintless &&
      !s.tokens.some((t) => tie.has(t.lower)) &&
      !s.tokens.some((t) => OUR_PAST.has(t.lower)) &&
      (s.roles.has('ask') || !s.tokens.some((t) => theirs.has(t.lower) || ours.has(t.lower)))
    );
  });
}

const YOU: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'ur', 'u', 'ya']);

/** A boast and nothing else: no ask in it, and no word of them. */
function boasts(s: NoteReading['sentences'][number]): boolean {
  return (
    s.roles.has('self-promotion') && !s.roles.has('ask') && !s.tokens.some((t) => YOU.has(t.lower))
  );
}

// labels16: finding their profile says nothing of where.
let profileFiller: ReadonlySet<string> | undefined;

/**
 * "I came across your profile and would like to connect.", "I have gone through your profile
 * and found it very interesting.": every request comes from a profile, so finding it, with
 * nothing of where or while doing what, jogs no memory. "…in the Zespri supplier directory"
 * or "…while searching dairy owners in Bogura" does.
 */
export function bareProfile(
  s: NoteReading['sentences'][number],
  names: ReadonlySet<string>,
): boolean {
  profileFiller ??= listSet(new URL('./data/profile-filler.txt', import.meta.url));
  const filler = profileFiller;
  const { tokens } = s;
  const at = tokens.findIndex((t) => t.lower === 'profile');
  if (at < 1 || !['your', 'ur'].includes(tokens[at - 1]?.lower ?? '')) return false;
  // A greeting before the first comma ("Hi Kuya Jun, I came across…") is not the finding.
  const comma = s.roles.has('greeting') ? tokens.findIndex((t) => t.text === ',') : -1;
  return tokens.every(
    (t, i) =>
      i <= comma ||
      !isWord(t) ||
      filler.has(t.lower) ||
      names.has(t.lower) ||
      GREETINGS.has(t.lower) ||
      NAME_HONORIFICS.has(t.lower),
  );
}
