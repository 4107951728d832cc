// The few Slack Web API calls the reminder sweep makes, behind a narrow interface (tests can
// fake it), and how their failures are classified.
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebClient,
  type WebClientOptions,
} from '@slack/web-api';

export interface ReminderMessage {
  text: string;
  blocks: unknown[];
}

/** Message metadata marking a reminder DM, so a crashed sweep can tell whether it went out. */
export const REMINDER_EVENT_TYPE = 'connectnote_reminder';

export interface ReminderSlack {
  /** The user's IANA time zone from `users.info`. */
  timeZone(userId: string): Promise<string>;
  /** The DM channel with the user (`conversations.open`). */
  openDm(userId: string): Promise<string>;
  /** Posts the reminder with metadata `{batch}` (`chat.postMessage`). */
  post(channel: string, message: ReminderMessage, batch: string): Promise<void>;
  /** Whether a reminder with this batch id is among the channel's latest messages. */
  wasPosted(channel: string, batch: string): Promise<boolean>;
}

/**
 * A WebClient for the sweep: rate-limited calls fail at once (the reminder is released for the
 * next sweep rather than holding the sweep), and `retries` defaults to two quick ones.
 */
export function sweepWebClient(
  token: string | undefined,
  slackApiUrl: string,
  options: WebClientOptions = {},
): WebClient {
  return new WebClient(token, {
    slackApiUrl,
    rejectRateLimitedCalls: true,
    // Bounded, so a slow call cannot outlive the sweep's lease on the user.
    timeout: 30_000,
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 1_000 },
    ...options,
  });
}

export function reminderSlack(client: WebClient): ReminderSlack {
  return {
    async timeZone(userId) {
      const answer = await client.users.info({ user: userId });
      return answer.user?.tz || 'UTC';
    },
    async openDm(userId) {
      const answer = await client.conversations.open({ users: userId });
      const id = answer.channel?.id;
      if (!id) throw new Error('conversations.open answered without a channel id');
      return id;
    },
    async post(channel, message, batch) {
      await client.chat.postMessage({
        channel,
        text: message.text,
        // biome-ignore lint/suspicious/noExplicitAny: Block Kit objects built by our pure views
        blocks: message.blocks as any[],
        metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { batch } },
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    async wasPosted(channel, batch) {
      const answer = await client.conversations.history({
        channel,
        limit: 50,
        include_all_metadata: true,
      });
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
}

export function classifySlackError(error: unknown): SlackFailure {
  if (error instanceof WebAPIPlatformError) {
    const reason = error.data?.error ?? 'unknown_error';
    return { kind: PERMANENT.has(reason) ? 'permanent' : 'retry', reason, definite: true };
  }
  if (error instanceof WebAPIRateLimitedError) {
    return { kind: 'retry', reason: 'ratelimited', definite: true };
  }
  if (error instanceof WebAPIHTTPError) {
    // A 5xx may come after Slack acted on the request: treat it as possibly posted.
    return {
      kind: 'retry',
      reason: `http_${error.statusCode}`,
      definite: error.statusCode < 500,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'retry', reason: message || 'network_error', definite: false };
}
