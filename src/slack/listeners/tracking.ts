// "I sent it" (`mark_sent`) and the four reminder buttons. Every action checks that the clicking
// user (team + user) owns the request: anyone else gets a polite refusal only they see, and
// nothing changes. The user's time zone is learned at "I sent it" and kept fresh from
// `user_change` events, so the sweep rarely has to ask Slack for it (issue 13).
import type { AllMiddlewareArgs, App, BlockAction, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock, WebClient } from '@slack/web-api';
import { draftFollowUp, draftThankYou, findPromises } from '../../tracking/followups.js';
import { isValidTimeZone } from '../../tracking/hours.js';
import { FREE_MONTHLY_NOTES } from '../../tracking/index.js';
import type { ActionResult, Owner, TrackedRequest } from '../../tracking/types.js';
import { postOnce } from '../client.js';
import type { AppDeps } from '../deps.js';
import { escapeMrkdwn } from '../escape.js';
import { ACTION, decodeMarkSent } from '../ids.js';
import {
  acceptedMessage,
  followUpMessage,
  NOT_FOUND,
  NOT_YOURS,
  OUTCOME_WORDS,
  recordedBlocks,
  slackDate,
  snoozedText,
} from '../views/reminder.js';
import { type ActionArgs, ownerOf } from './args.js';
import { onAction, safely } from './safely.js';

function channelOf(body: BlockAction): string | undefined {
  return body.channel?.id ?? (body.container as { channel_id?: string } | undefined)?.channel_id;
}

/** Posts to the user: in the DM the click came from, else a fresh DM. */
export async function tell(
  client: WebClient,
  body: BlockAction,
  message: { text: string; blocks?: KnownBlock[] },
): Promise<void> {
  const channel = channelOf(body);
  if (channel?.startsWith('D')) {
    await postOnce(client, { channel, ...message, unfurl_links: false });
    return;
  }
  if (channel) {
    await client.chat.postEphemeral({ channel, user: body.user.id, ...message });
    return;
  }
  const dm = await client.conversations.open({ users: body.user.id });
  if (dm.channel?.id) {
    await postOnce(client, { channel: dm.channel.id, ...message, unfurl_links: false });
  }
}

/** Only the clicking user sees it. */
export async function tellPrivately(
  client: WebClient,
  body: BlockAction,
  text: string,
): Promise<void> {
  const channel = channelOf(body);
  if (channel) {
    await client.chat.postEphemeral({ channel, user: body.user.id, text });
    return;
  }
  const dm = await client.conversations.open({ users: body.user.id });
  if (dm.channel?.id) await client.chat.postMessage({ channel: dm.channel.id, text });
}

/** Tells the user why nothing happened; true when the result was a refusal. */
export async function refused(
  client: WebClient,
  body: BlockAction,
  result: ActionResult,
): Promise<boolean> {
  if (result.ok) return false;
  await tellPrivately(client, body, result.reason === 'not-owner' ? NOT_YOURS : NOT_FOUND);
  return true;
}

/** Replaces the clicked reminder's buttons with what was recorded (best effort). */
async function markRecorded(args: ActionArgs, deps: AppDeps, id: string, what: string) {
  const { body, client } = args;
  const channel = channelOf(body);
  const ts = body.message?.ts ?? (body.container as { message_ts?: string }).message_ts;
  const blocks = body.message?.blocks as KnownBlock[] | undefined;
  if (!channel || !ts || !blocks) return;
  try {
    await client.chat.update({
      channel,
      ts,
      text: body.message?.text ?? what,
      blocks: recordedBlocks(blocks, id, what),
    });
  } catch (error) {
    deps.logger.warn('could not update the reminder message', error);
  }
}

export async function sendAcceptedFollowUps(
  client: WebClient,
  body: BlockAction,
  request: TrackedRequest,
) {
  await tell(
    client,
    body,
    acceptedMessage(request, draftThankYou(request), findPromises(request.note)),
  );
}

export function markSent(deps: AppDeps) {
  return async ({ ack, body, action, client }: ActionArgs) => {
    await ack();
    const sent = decodeMarkSent(action.value);
    if (!sent) {
      await tellPrivately(
        client,
        body,
        'That button’s note could not be read, so nothing was tracked. Please draft it again.',
      );
      return;
    }
    const owner = ownerOf(body);
    const now = deps.clock.now();
    const request = await deps.tracking.trackSent(owner, sent, now);
    const context = await deps.tracking.coachContext(owner, now);
    const who = sent.name ? `*${escapeMrkdwn(sent.name)}*` : 'them';
    const lines = [
      `:white_check_mark: I am tracking your request to ${who}. If you have not heard back by ${slackDate(new Date(request.nextReminderAt ?? now))}, I will remind you (on a weekday, in working hours).`,
    ];
    if (context.settings.accountType === 'free') {
      const used = context.notesSentThisMonth;
      lines.push(
        used >= FREE_MONTHLY_NOTES
          ? `:hourglass_flowing_sand: That makes ${used} personalised notes this month: a free LinkedIn account allows ${FREE_MONTHLY_NOTES}, so further requests may have to go without a note until next month.`
          : `:hourglass_flowing_sand: ${used} of your ${FREE_MONTHLY_NOTES} personalised notes this month used.`,
      );
    }
    await tell(client, body, { text: lines.join('\n') });
    await learnTimeZone(deps, client, owner);
  };
}

/**
 * The user's first interaction: learn their time zone now (users.info, after they have their
 * answer), so their first reminder's sweep needs no call for it. A failure is only logged: the
 * sweep asks again when it must.
 */
async function learnTimeZone(deps: AppDeps, client: WebClient, owner: Owner): Promise<void> {
  try {
    if (await deps.tracking.cachedTimeZone(owner)) return;
    const answer = await client.users.info({ user: owner.userId });
    const tz = answer.user?.tz;
    if (tz && isValidTimeZone(tz)) await deps.tracking.rememberTimeZone(owner, tz);
  } catch (error) {
    deps.logger.debug(`tracking: could not learn the time zone of ${owner.userId}`, error);
  }
}

/** `user_change`: a user we know changed their profile; keep their time zone current. */
export function userChanged(deps: AppDeps) {
  return async ({
    event,
    context,
  }: SlackEventMiddlewareArgs<'user_change'> & AllMiddlewareArgs) => {
    const user = event.user as { id?: string; team_id?: string; tz?: string };
    const teamId = context.teamId ?? user.team_id;
    if (!user.id || !teamId || !user.tz || !isValidTimeZone(user.tz)) return;
    const owner = { teamId, userId: user.id };
    // Only users the app already keeps a zone for: nothing is stored about anyone else.
    const known = await deps.tracking.cachedTimeZone(owner);
    if (known !== undefined && known !== user.tz) {
      await deps.tracking.rememberTimeZone(owner, user.tz);
    }
  };
}

/**
 * A reminder button: `act` on the clicked request as the clicking user; anyone but its owner is
 * refused and nothing follows, else `then` gets the request as it now stands.
 */
function onOwnRequest(
  act: (owner: Owner, requestId: string) => Promise<ActionResult>,
  then: (args: ActionArgs, request: TrackedRequest) => Promise<void>,
) {
  return async (args: ActionArgs) => {
    const { ack, body, action, client } = args;
    await ack();
    const result = await act(ownerOf(body), action.value ?? '');
    if (await refused(client, body, result)) return;
    if (!result.ok) return;
    await then(args, result.request);
  };
}

/** Records an outcome chosen on a reminder, marks the reminder, then does what follows it. */
function recordOutcome(
  deps: AppDeps,
  outcome: 'accepted' | 'stopped',
  after?: (args: ActionArgs, request: TrackedRequest) => Promise<void>,
) {
  return onOwnRequest(
    (owner, id) => deps.tracking.setOutcome(owner, id, outcome, deps.clock.now()),
    async (args, request) => {
      await markRecorded(args, deps, request.id, OUTCOME_WORDS[outcome]);
      await after?.(args, request);
    },
  );
}

export const reminderAccepted = (deps: AppDeps) =>
  recordOutcome(deps, 'accepted', ({ client, body }, request) =>
    sendAcceptedFollowUps(client, body, request),
  );

export const reminderSnooze = (deps: AppDeps) =>
  onOwnRequest(
    (owner, id) => deps.tracking.snooze(owner, id, deps.clock.now()),
    async (args, r) => {
      const what =
        r.status === 'pending' && r.nextReminderAt
          ? snoozedText(new Date(r.nextReminderAt))
          : `Already recorded as ${r.status}.`;
      await markRecorded(args, deps, r.id, what);
    },
  );

export const reminderFollowup = (deps: AppDeps) =>
  onOwnRequest(
    (owner, id) => deps.tracking.getRequest(owner, id),
    ({ client, body }, request) =>
      tell(client, body, followUpMessage(request, draftFollowUp(request))),
  );

export const reminderStop = (deps: AppDeps) => recordOutcome(deps, 'stopped');

const registered = new WeakSet<App>();

/** Registers once per app, so a second call (the registry and a test both wiring it) is harmless. */
export function registerTrackingListeners(app: App, deps: AppDeps): void {
  if (registered.has(app)) return;
  registered.add(app);
  onAction(app, deps, ACTION.markSent, markSent(deps));
  onAction(app, deps, ACTION.reminderAccepted, reminderAccepted(deps));
  onAction(app, deps, ACTION.reminderSnooze, reminderSnooze(deps));
  onAction(app, deps, ACTION.reminderFollowup, reminderFollowup(deps));
  onAction(app, deps, ACTION.reminderStop, reminderStop(deps));
  app.event('user_change', safely(deps, 'event user_change', userChanged(deps)));
}
