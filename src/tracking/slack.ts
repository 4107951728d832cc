// The few Slack Web API calls the reminder sweep makes, behind a narrow interface (tests can
// fake it), and how their failures are classified.
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebClient,
  type WebClientOptions,
} from '@slack/web-api';
import { PacedOut, SlackPacer } from './pacer.js';

export interface ReminderMessage {
  text: string;
  blocks: unknown[];
}

/** Message metadata marking a reminder DM, so a crashed sweep can tell whether it went out. */
export const REMINDER_EVENT_TYPE = 'connectnote_reminder';

/** One page of a workspace's members with their time zones (`users.list`). */
export interface TimeZonePage {
  users: Array<{ id: string; tz?: string }>;
  /** The cursor of the next page; absent on the last. */
  next?: string;
}

/**
 * The calls the sweep makes, each for one workspace (`teamId`): Slack's limits apply per workspace
 * and method, and so does the pacing (pacer.ts).
 */
export interface ReminderSlack {
  /** The user's IANA time zone from `users.info`. */
  timeZone(teamId: string, userId: string): Promise<string>;
  /** One page of `users.list`: many users' time zones in one call. */
  timeZones(teamId: string, cursor?: string): Promise<TimeZonePage>;
  /** The DM channel with the user (`conversations.open`); only needed to read its history. */
  openDm(teamId: string, userId: string): Promise<string>;
  /**
   * Posts the reminder with metadata `{batch}` (`chat.postMessage`) to a DM channel id or, when
   * none is known yet, to the user id (Slack puts it in the DM); answers the DM channel id.
   * Never retried blindly: an unknown outcome (5xx, timeout) is the caller's to settle.
   */
  post(teamId: string, channel: string, message: ReminderMessage, batch: string): Promise<string>;
  /** Whether a reminder with this batch id is among the DM channel's latest messages. */
  wasPosted(teamId: string, channel: string, batch: string): Promise<boolean>;
}

/**
 * A WebClient for the sweep. It never retries and never waits on its own: rate-limited calls fail
 * at once (the sweep's pacer waits out Retry-After for that workspace and method), and a
 * chat.postMessage that may have gone through is settled by the sweep through the DM history,
 * never re-sent blind. A timeout bounds every call, so none outlives the sweep's lease on a user.
 */
export function sweepWebClient(
  token: string | undefined,
  slackApiUrl: string,
  options: WebClientOptions = {},
): WebClient {
  return new WebClient(token, {
    slackApiUrl,
    rejectRateLimitedCalls: true,
    timeout: 30_000,
    retryConfig: { retries: 0 },
    ...options,
  });
}

export interface ReminderSlackOptions {
  /** Paces every call per workspace and method; default: a pacer of its own. */
  pacer?: SlackPacer;
  /** `users.list` page size: Slack advises at most 200. */
  pageSize?: number;
  /** A Retry-After longer than this is not waited out: the call fails at once (default 30 s). */
  maxWaitMs?: number;
}

/**
 * The sweep's Slack calls through one client (one token), or a client per workspace, each call
 * paced per workspace and method: a 429 slows that workspace's method down and is rethrown (the
 * sweep decides whether to try again).
 */
export function reminderSlack(
  client: WebClient | ((teamId: string) => WebClient),
  options: ReminderSlackOptions = {},
): ReminderSlack {
  const pacer = options.pacer ?? new SlackPacer();
  const clientFor = typeof client === 'function' ? client : () => client;
  const paced = async <T>(teamId: string, method: string, call: (c: WebClient) => Promise<T>) => {
    await pacer.take(teamId, method, options.maxWaitMs ?? 30_000);
    try {
      const answer = await call(clientFor(teamId));
      pacer.succeeded(teamId, method);
      return answer;
    } catch (error) {
      if (error instanceof WebAPIRateLimitedError) {
        pacer.rateLimited(teamId, method, error.retryAfter);
      }
      throw error;
    }
  };
  return {
    async timeZone(teamId, userId) {
      const answer = await paced(teamId, 'users.info', (c) => c.users.info({ user: userId }));
      return answer.user?.tz || 'UTC';
    },
    async timeZones(teamId, cursor) {
      const answer = await paced(teamId, 'users.list', (c) =>
        c.users.list({ limit: options.pageSize ?? 200, ...(cursor ? { cursor } : {}) }),
      );
      const users = (answer.members ?? []).flatMap((m) => (m.id ? [{ id: m.id, tz: m.tz }] : []));
      return { users, next: answer.response_metadata?.next_cursor || undefined };
    },
    async openDm(teamId, userId) {
      const answer = await paced(teamId, 'conversations.open', (c) =>
        c.conversations.open({ users: userId }),
      );
      const id = answer.channel?.id;
      if (!id) throw new Error('conversations.open answered without a channel id');
      return id;
    },
    async post(teamId, channel, message, batch) {
      const answer = await paced(teamId, 'chat.postMessage', (c) =>
        c.chat.postMessage({
          channel,
          text: message.text,
          // biome-ignore lint/suspicious/noExplicitAny: Block Kit objects built by our pure views
          blocks: message.blocks as any[],
          metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { batch } },
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      return answer.channel ?? channel;
    },
    async wasPosted(teamId, channel, batch) {
      const answer = await paced(teamId, 'conversations.history', (c) =>
        c.conversations.history({ channel, limit: 50, include_all_metadata: true }),
      );
      return (answer.messages ?? []).some(
        (m) =>
          m.metadata?.event_type === REMINDER_EVENT_TYPE &&
          (m.metadata.event_payload as { batch?: unknown } | undefined)?.batch === batch,
      );
    },
  };
}

/** Slack errors that mean this user can never get a DM from us. */
const PERMANENT = new Set([
  'user_not_found',
  'account_inactive',
  'user_disabled',
  'cannot_dm_bot',
  'user_is_bot',
  'is_bot',
  'messages_tab_disabled',
  'user_not_visible',
  'cannot_dm_user',
]);

export interface SlackFailure {
  /** `permanent`: stop this user's reminders. `retry`: leave it due for the next sweep. */
  kind: 'permanent' | 'retry';
  reason: string;
  /** False when the request may have reached Slack (a network error): it may have been posted. */
  definite: boolean;
  /** Slack answered (a 5xx): what it did is done, so its history can settle the outcome now. */
  answered?: boolean;
  /** Seconds Slack asked to wait (429). */
  retryAfter?: number;
}

export function classifySlackError(error: unknown): SlackFailure {
  if (error instanceof WebAPIPlatformError) {
    const reason = error.data?.error ?? 'unknown_error';
    return { kind: PERMANENT.has(reason) ? 'permanent' : 'retry', reason, definite: true };
  }
  if (error instanceof WebAPIRateLimitedError || error instanceof PacedOut) {
    return { kind: 'retry', reason: 'ratelimited', definite: true, retryAfter: error.retryAfter };
  }
  if (error instanceof WebAPIHTTPError) {
    // A 5xx may come after Slack acted on the request: treat it as possibly posted.
    return {
      kind: 'retry',
      reason: `http_${error.statusCode}`,
      definite: error.statusCode < 500,
      answered: true,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'retry', reason: message || 'network_error', definite: false };
}
