// Pacing the sweep's Slack calls to Slack's limits, which apply per app, per workspace, per method
// (docs.slack.dev/apis/web-api/rate-limits): Tier 2 is 20+ a minute, Tier 3 50+, Tier 4 100+,
// and chat.postMessage about one a second per channel under a workspace-wide limit Slack does not
// publish. One token bucket per (workspace, method). A 429 slows that bucket alone: it waits out
// Retry-After and halves its rate, then wins the rate back a little with each success (additive
// increase, multiplicative decrease). Other workspaces, and other methods, go on at full speed.
//
// Only the sweep's client is paced here. The interactive path has its own client and its own
// queue (src/slack/client.ts), so a sweep's 429 never delays a person's modal.

export interface Rate {
  /** Calls a second, sustained. */
  perSecond: number;
  /** Calls that may go at once after a quiet spell. */
  burst: number;
}

/** Slack's tiers, per workspace. chat.postMessage's workspace-wide pace is our own choice. */
export const METHOD_RATES: Record<string, Rate> = {
  'users.list': { perSecond: 20 / 60, burst: 10 }, // Tier 2
  'conversations.open': { perSecond: 50 / 60, burst: 20 }, // Tier 3
  'conversations.history': { perSecond: 50 / 60, burst: 10 }, // Tier 3 (lower for some apps)
  'users.info': { perSecond: 100 / 60, burst: 30 }, // Tier 4
  // Each reminder goes to its own DM channel, so the per-channel limit never binds; this is a
  // conservative pace under the unpublished workspace-wide one, adapted down on any 429.
  'chat.postMessage': { perSecond: 50, burst: 20 },
};
const DEFAULT_RATE: Rate = { perSecond: 20 / 60, burst: 5 };

/** A call not made because Slack asked its workspace's method to wait longer than we would. */
export class PacedOut extends Error {
  override readonly name = 'PacedOut';
  constructor(
    readonly method: string,
    readonly retryAfter: number,
  ) {
    super(`${method} is rate-limited for ${retryAfter} s more`);
  }
}

export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PacerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Bucket {
  readonly rate: Rate;
  /** The current sustained rate: `rate.perSecond`, lowered after a 429. */
  perSecond: number;
  /**
   * The bucket as a schedule (GCRA): the time by which every call granted so far would have gone
   * at the sustained rate. A call may go once `tat - (burst - 1) · interval` has passed.
   */
  tat: number;
  /** No call before this time (Retry-After). */
  blockedUntil: number;
  /** Counts 429s, so callers waiting for a slot notice one that came meanwhile. */
  blocks: number;
}

export interface PacerStats {
  /** 429s seen, per `team method`. */
  rateLimited: Map<string, number>;
}

export class SlackPacer {
  readonly #buckets = new Map<string, Bucket>();
  readonly #clock: PacerClock;
  readonly #rates: Record<string, Rate>;
  readonly stats: PacerStats = { rateLimited: new Map() };

  constructor(options: { clock?: PacerClock; rates?: Record<string, Rate> } = {}) {
    this.#clock = options.clock ?? realClock;
    this.#rates = { ...METHOD_RATES, ...options.rates };
  }

  /**
   * Waits until a call of `method` in `team` may go, and takes its place. When Slack has asked
   * that workspace's method to wait longer than `maxWaitMs`, it does not wait: it throws
   * `PacedOut` at once, and the caller leaves the work for later.
   */
  async take(team: string, method: string, maxWaitMs = Number.POSITIVE_INFINITY): Promise<void> {
    const bucket = this.#bucket(team, method);
    for (;;) {
      const now = this.#clock.now();
      if (bucket.blockedUntil - now > maxWaitMs) {
        throw new PacedOut(method, Math.ceil((bucket.blockedUntil - now) / 1000));
      }
      const interval = 1000 / bucket.perSecond;
      const tolerance = (bucket.rate.burst - 1) * interval;
      const at = Math.max(now, bucket.tat - tolerance, bucket.blockedUntil);
      bucket.tat = Math.max(at, bucket.tat) + interval;
      if (at <= now) return;
      const blocks = bucket.blocks;
      await this.#clock.sleep(at - now);
      if (bucket.blocks === blocks) return;
      // A 429 came while this caller waited: its slot may fall inside the Retry-After. Queue again.
    }
  }

  /** Slack answered 429: this workspace's method waits `retryAfterSec` and slows down. */
  rateLimited(team: string, method: string, retryAfterSec: number): void {
    const bucket = this.#bucket(team, method);
    const now = this.#clock.now();
    bucket.blocks += 1;
    bucket.blockedUntil = Math.max(bucket.blockedUntil, now + Math.max(retryAfterSec, 0) * 1000);
    bucket.perSecond = Math.max(bucket.rate.perSecond / 16, bucket.perSecond / 2);
    // No burst when the wait ends: the calls after it go at the lowered pace.
    const interval = 1000 / bucket.perSecond;
    bucket.tat = bucket.blockedUntil + (bucket.rate.burst - 1) * interval;
    const key = `${team} ${method}`;
    this.stats.rateLimited.set(key, (this.stats.rateLimited.get(key) ?? 0) + 1);
  }

  /** A call went through: win back a twentieth of the full rate. */
  succeeded(team: string, method: string): void {
    const bucket = this.#bucket(team, method);
    bucket.perSecond = Math.min(
      bucket.rate.perSecond,
      bucket.perSecond + bucket.rate.perSecond / 20,
    );
  }

  /** The current sustained rate (calls a second) of a workspace's method. */
  currentRate(team: string, method: string): number {
    return this.#bucket(team, method).perSecond;
  }

  /** Until when (pacer clock) a workspace's method waits for a Retry-After, if it does. */
  blockedUntil(team: string, method: string): number {
    return this.#bucket(team, method).blockedUntil;
  }

  #bucket(team: string, method: string): Bucket {
    const key = `${team} ${method}`;
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      const rate = this.#rates[method] ?? DEFAULT_RATE;
      bucket = {
        rate,
        perSecond: rate.perSecond,
        tat: 0,
        blockedUntil: 0,
        blocks: 0,
      };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }
}
