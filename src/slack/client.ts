// The interactive path's Web API client options: a person is waiting on every call.
//
// - Its own queue, never paused: @slack/web-api pauses a client's whole queue for a 429's
//   Retry-After, so one user's rate-limited DM would hold every other user's views.open until
//   their trigger ids expire (issue 10, item 4). Here a 429 is waited out by that call alone,
//   inside `fetch`, and the client itself rejects rate-limited calls instead of pausing. The
//   sweep has a client (and pacer) of its own (src/tracking/slack.ts), so the two never share a
//   queue either.
// - No blind retries of a post: chat.postMessage answered 5xx, or cut off, may have been posted.
//   `fetch` turns that into Slack's own kind of refusal, `{ ok: false, error: 'unknown_outcome' }`,
//   which the client never retries; postOnce() settles it through the DM history, as the sweep
//   settles a reminder after a crash (issue 10, item 3).
import { randomUUID } from 'node:crypto';
import type {
  ChatPostMessageArguments,
  FetchFunction,
  WebClient,
  WebClientOptions,
} from '@slack/web-api';

/** A person is waiting: brief retries of what is safe to repeat, never minutes of them. */
export const INTERACTIVE_RETRIES = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000 };
/** A 429 asking for longer than this is not waited out: the user is told instead. */
export const MAX_RETRY_AFTER_S = 10;
/** Calls bound to a trigger id, which expires in 3 s: waiting for a Retry-After is no use. */
const TRIGGER_BOUND = new Set(['views.open', 'views.push']);
/** Calls that must never be repeated without knowing whether the first one acted. */
const NOT_IDEMPOTENT = new Set(['chat.postMessage']);

/** The error name a post answers when it may have gone through (a 5xx, or no answer). */
export const UNKNOWN_OUTCOME = 'unknown_outcome';

export function isUnknownOutcome(error: unknown): boolean {
  return (error as { data?: { error?: unknown } } | undefined)?.data?.error === UNKNOWN_OUTCOME;
}

/**
 * The interactive client's options over `base`: a post with an unknown outcome is never retried,
 * a 429 waits out only the call it answered, and the client never pauses its queue.
 */
export function interactiveClientOptions(
  base: WebClientOptions = {},
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): WebClientOptions {
  return {
    retryConfig: INTERACTIVE_RETRIES,
    ...base,
    rejectRateLimitedCalls: true,
    fetch: interactiveFetch(base.fetch ?? (globalThis.fetch as unknown as FetchFunction), sleep),
  };
}

function interactiveFetch(
  fetch: FetchFunction,
  sleep: (ms: number) => Promise<void>,
): FetchFunction {
  return async (url, init) => {
    const href = String(url);
    const method = href.slice(href.lastIndexOf('/') + 1);
    for (let attempt = 0; ; attempt++) {
      let response: Awaited<ReturnType<FetchFunction>>;
      try {
        response = await fetch(url, init);
      } catch (error) {
        if (NOT_IDEMPOTENT.has(method))
          return unknownOutcome(error instanceof Error ? error.message : 'no answer');
        throw error;
      }
      if (response.status >= 500 && NOT_IDEMPOTENT.has(method)) {
        return unknownOutcome(`HTTP ${response.status}`);
      }
      if (response.status !== 429) return response;
      // Slack did not act on a 429: repeating the call is safe, even a post. This call alone waits.
      const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
      const waitable = Number.isFinite(retryAfter) && retryAfter <= MAX_RETRY_AFTER_S;
      if (!waitable || attempt >= 2 || TRIGGER_BOUND.has(method)) return response;
      await sleep(retryAfter * 1000);
    }
  };
}

/** What the client reads as Slack refusing the call: not retried, and named for what it is. */
function unknownOutcome(reason: string) {
  const body = { ok: false, error: UNKNOWN_OUTCOME, detail: reason };
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  }) as unknown as Awaited<ReturnType<FetchFunction>>;
}

/** Marks a DM postOnce() sent, so the DM history can say whether it went out. */
export const POST_EVENT_TYPE = 'connectnote_post';

/**
 * chat.postMessage to a DM that is posted once: when Slack's answer leaves it unknown whether the
 * message went out, the DM's latest messages are read for its mark; it is posted again only if it
 * is not there. If the history cannot be read either, the error stands (the user is told).
 */
export async function postOnce(
  client: WebClient,
  args: ChatPostMessageArguments & { channel: string },
): Promise<void> {
  const mark = randomUUID();
  const marked = {
    ...args,
    metadata: args.metadata ?? { event_type: POST_EVENT_TYPE, event_payload: { mark } },
  } as ChatPostMessageArguments;
  const event = marked.metadata as { event_type: string; event_payload: Record<string, unknown> };
  try {
    await client.chat.postMessage(marked);
    return;
  } catch (error) {
    if (!isUnknownOutcome(error)) throw error;
    const history = await client.conversations.history({
      channel: args.channel,
      limit: 20,
      include_all_metadata: true,
    });
    const posted = (history.messages ?? []).some(
      (m) =>
        m.metadata?.event_type === event.event_type &&
        JSON.stringify(m.metadata.event_payload) === JSON.stringify(event.event_payload),
    );
    if (posted) return;
  }
  await client.chat.postMessage(marked);
}
