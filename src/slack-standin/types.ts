// What the stand-in Slack keeps and reports: calls, views, messages, users.

/** Every Web API call the stand-in received, in order. */
export interface SlackCall {
  /** e.g. `chat.postMessage` */
  method: string;
  /** The parsed arguments (JSON-encoded fields such as `view` and `blocks` are decoded). */
  body: Record<string, unknown>;
  /** The bearer token (or `token` field) the call carried, if any. */
  token?: string;
  /** The call's Authorization header as sent (`Bearer xoxb-…`), if any. */
  authorization?: string;
  at: Date;
  /** What the stand-in answered. */
  status: number;
  response: Record<string, unknown>;
}

export interface StandinUser {
  id: string;
  name: string;
  real_name: string;
  tz: string;
  tz_label: string;
  /** Seconds east of UTC, as Slack reports it. */
  tz_offset: number;
  is_bot?: boolean;
}

export interface StandinView {
  id: string;
  team_id: string;
  type: 'modal' | 'home';
  /** The view as the app sent it (title, blocks, callback_id, private_metadata, …). */
  [field: string]: unknown;
  hash: string;
  root_view_id: string | null;
  previous_view_id: string | null;
  external_id: string;
  callback_id: string;
  private_metadata: string;
  state: { values: Record<string, Record<string, unknown>> };
  app_id: string;
  bot_id: string;
}

export interface StandinMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  /** `bot` for what the app posted, the user id for what a user posted. */
  user?: string;
  bot_id?: string;
  thread_ts?: string;
  /** Set for `chat.postEphemeral`: only this user sees it. */
  ephemeralTo?: string;
  edited?: { ts: string };
  metadata?: unknown;
  [field: string]: unknown;
}

/** How to make the next N calls of a method fail. */
export interface FailureSpec {
  /** Slack's error name, e.g. `ratelimited`, `invalid_trigger`, `channel_not_found`. */
  error?: string;
  /** HTTP status (default 200 like Slack, 429 for `ratelimited`). 500+ answers a non-JSON body. */
  status?: number;
  /** Seconds, sent as `Retry-After` with a 429. Default 1. */
  retryAfter?: number;
  /** How many calls fail (default 1; `Infinity` for all until `clearFailures`). */
  times?: number;
  /**
   * `after`: the method runs (a post is posted) and only then the failure is answered, as when
   * Slack acts on a request but answers 5xx or the connection drops. Default `before`.
   */
  when?: 'before' | 'after';
  /** Hold the failing answer this long (ms): with `when: 'after'`, a post that hangs. */
  delayMs?: number;
  /**
   * Fail each call with this probability (0–1) instead of the next `times` calls, drawn from the
   * stand-in's seeded generator (`SlackStandinOptions.seed`): reproducible runs. `times` then
   * bounds how many fail in all (default: no bound).
   */
  rate?: number;
}

export type StandinEvent =
  | { type: 'call'; call: SlackCall }
  | {
      type: 'view';
      action: 'opened' | 'updated' | 'pushed' | 'closed';
      view: StandinView;
      userId?: string;
    }
  | { type: 'home'; userId: string; view: StandinView }
  | { type: 'message'; action: 'posted' | 'updated' | 'deleted'; message: StandinMessage };
