// Reminder DMs and the messages that answer their buttons. Pure functions: requests in, Block Kit
// out. Everything the user typed (names, notes) is escaped before it is echoed.
import type { KnownBlock } from '@slack/web-api';
import type { CheckedDraft } from '../../tracking/followups.js';
import { daysBetween, type ReminderKind, reminderKind } from '../../tracking/timing.js';
import type { TrackedRequest } from '../../tracking/types.js';
import { escapeMrkdwn } from '../escape.js';
import { ACTION } from '../ids.js';
import { clip, context, divider, header, plain, section } from './blocks.js';

/** At most this many requests get their own block and buttons in one DM (Slack: 50 blocks). */
export const MAX_DETAILED = 10;

const RELATIONSHIP_WORDS: Record<TrackedRequest['relationship'], string> = {
  'met-briefly': 'someone you met briefly',
  'after-meeting': 'someone you just met with',
  introduced: 'someone you were introduced to',
  cold: 'someone you have not met yet',
  'former-colleague': 'a former colleague',
  'close-contact': 'someone you know well',
};

/** "*Ana Souza*" or "someone you met briefly", escaped. */
export function recipientLabel(
  request: Pick<TrackedRequest, 'recipientName' | 'relationship'>,
): string {
  const name = request.recipientName?.trim();
  return name ? `*${escapeMrkdwn(clip(name, 80))}*` : RELATIONSHIP_WORDS[request.relationship];
}

function plainName(request: TrackedRequest): string {
  return request.recipientName?.trim() || RELATIONSHIP_WORDS[request.relationship];
}

/** The note as a block quote, escaped (so `<!channel>` in a note stays inert). */
export function quoteNote(note: string): string {
  return clip(note, 1200)
    .split('\n')
    .map((line) => `>${escapeMrkdwn(line)}`)
    .join('\n');
}

export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

function advice(kind: ReminderKind, who: string): string {
  switch (kind) {
    case 'first':
      return 'No answer yet is normal: most people who accept do so within a week, nearly all within a month.';
    case 'second':
      return 'If you have another way to reach them, a short, polite follow-up is fine now. Just one: no badgering.';
    case 'withdraw':
      return `It may be time to withdraw this invitation. Note that after a withdrawal LinkedIn blocks you from inviting ${who} again for up to three weeks. This is the last reminder unless you snooze it.`;
  }
}

function reminderBlocks(request: TrackedRequest, now: Date): KnownBlock[] {
  const waited = daysBetween(new Date(request.sentAt), now);
  const kind = reminderKind(request.remindersSent);
  const who = recipientLabel(request);
  return [
    section(
      `${kind === 'withdraw' ? ':hourglass:' : ':wave:'} It has been *${days(waited)}* since you sent your connection request to ${who}.\n${quoteNote(request.note)}`,
      `reminder:${request.id}`,
    ),
    context(advice(kind, who)),
    {
      type: 'actions',
      block_id: `reminder_actions:${request.id}`,
      elements: [
        {
          type: 'button',
          action_id: ACTION.reminderAccepted,
          text: plain('They accepted'),
          style: 'primary',
          value: request.id,
        },
        {
          type: 'button',
          action_id: ACTION.reminderSnooze,
          text: plain('Snooze a week'),
          value: request.id,
        },
        {
          type: 'button',
          action_id: ACTION.reminderFollowup,
          text: plain('Draft a follow-up'),
          value: request.id,
        },
        {
          type: 'button',
          action_id: ACTION.reminderStop,
          text: plain('Stop tracking'),
          value: request.id,
        },
      ],
    },
  ];
}

/** One DM for all of a user's due requests, oldest first. */
export function reminderMessage(requests: readonly TrackedRequest[], now: Date) {
  const sorted = [...requests].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const detailed = sorted.slice(0, MAX_DETAILED);
  const rest = sorted.slice(MAX_DETAILED);
  const blocks: KnownBlock[] = [];
  if (sorted.length > 1) {
    blocks.push(header(`${sorted.length} connection requests are waiting for an answer`));
  }
  detailed.forEach((request, i) => {
    if (i > 0) blocks.push(divider());
    blocks.push(...reminderBlocks(request, now));
  });
  if (rest.length > 0) {
    const names = rest.map(
      (r) => `${recipientLabel(r)} (${days(daysBetween(new Date(r.sentAt), now))})`,
    );
    blocks.push(
      divider(),
      context(`Also waiting: ${names.join(', ')}. Record their outcomes on the app’s Home tab.`),
    );
  }
  const first = sorted[0];
  const text =
    sorted.length === 1 && first
      ? `No answer yet from ${escapeMrkdwn(plainName(first))}: it has been ${days(daysBetween(new Date(first.sentAt), now))}.`
      : `${sorted.length} of your connection requests are still waiting for an answer.`;
  return { text, blocks };
}

/** After "They accepted": the guide's follow-ups, a drafted thank-you, and any promise made. */
export function acceptedMessage(
  request: TrackedRequest,
  thankYou: CheckedDraft,
  promises: readonly string[],
) {
  const who = recipientLabel(request);
  const blocks: KnownBlock[] = [
    section(`:tada: ${who} accepted your invitation. Now keep the conversation going:`),
    section(`*1. Thank them.* Here is a note you could send:\n${quoteNote(thankYou.text)}`),
    section(
      '*2. Introduce them* to someone in your network they would benefit from knowing.\n*3. Engage with their posts:* a thoughtful comment or a like.\n*4. Send them a resource:* an article or tool that fits what you talked about.',
    ),
  ];
  if (promises.length > 0) {
    blocks.push(
      section(
        `:handshake: *Follow through on your offer.* Your note said:\n${promises.map((p) => quoteNote(p)).join('\n')}`,
      ),
    );
  }
  return {
    text: `${escapeMrkdwn(plainName(request))} accepted your invitation: time to follow up.`,
    blocks,
  };
}

/** After "Draft a follow-up": a polite nudge, reviewed. */
export function followUpMessage(request: TrackedRequest, draft: CheckedDraft) {
  const notes = draft.review.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `• ${escapeMrkdwn(f.message)}`);
  const blocks: KnownBlock[] = [
    section(
      `Here is a polite follow-up for ${recipientLabel(request)}, if you have a way to reach them (a mutual contact, email, or an InMail):\n${quoteNote(draft.text)}`,
    ),
    context(
      notes.length > 0
        ? `Review: ${notes.join(' ')}`
        : `Reviewed against the guidelines: nothing to fix (score ${draft.review.score}). Send it once; if there is still no answer, let it go.`,
    ),
  ];
  return { text: `A follow-up for ${escapeMrkdwn(plainName(request))}`, blocks };
}

/** The reminder's buttons replaced by what was recorded. */
export function recordedBlocks(
  original: readonly KnownBlock[],
  requestId: string,
  what: string,
): KnownBlock[] {
  return original.map((block) =>
    block.type === 'actions' && block.block_id === `reminder_actions:${requestId}`
      ? context(`:white_check_mark: ${what}`)
      : block,
  );
}

export const OUTCOME_WORDS = {
  accepted: 'Recorded: accepted.',
  declined: 'Recorded: declined.',
  withdrawn: 'Recorded: withdrawn.',
  stopped: 'Stopped tracking this request.',
} as const;

/** A date Slack shows in the reader's own time zone. */
export function slackDate(date: Date): string {
  const fallback = date.toISOString().slice(0, 10);
  return `<!date^${Math.floor(date.getTime() / 1000)}^{date_short_pretty}|${fallback}>`;
}

export function snoozedText(until: Date): string {
  return `Snoozed: I will remind you again around ${slackDate(until)}.`;
}

export const NOT_YOURS =
  'Sorry, that request belongs to someone else, so I cannot change it. Your own requests are on the ConnectNote Home tab.';
export const NOT_FOUND =
  'I could not find that request any more: it may have been deleted. Your current requests are on the ConnectNote Home tab.';
