// One reminder sweep (docs/reference.md §4 summary, §7 promises).
//
// Due index: a sorted index (`due`) of request ids scored by when to look at them next: a B-tree
// range in SQLite/Postgres, a sorted set in Redis. A sweep reads only entries scored ≤ now, so
// its cost grows with the number due, not the number stored. Entries are hints re-checked
// against the record: a stale one (decided, snoozed, deleted) is fixed or dropped on sight, and
// a user outside working hours has their entries moved to their next working morning, so they
// are not read again on every sweep in between.
//
// Sending once: per user, the sweep takes a lease (`sweep-user:<team>:<user>`) so overlapping
// sweeps and instances never work on the same user at once. Under the lease it re-reads each
// request and skips any whose (request, due time) idempotency key is already marked delivered.
// Just before posting it renews the lease and writes an intent (batch id + keys); the DM carries
// the batch id as message metadata. After posting it marks each key delivered, advances the requests, and clears the
// intent. If a process dies in between, its lease expires; the next sweep finds the intent and
// asks Slack (conversations.history) whether that batch was posted: yes → it only records the
// delivery; no → it sends. If Slack cannot say (no history access), it sends again: a rare
// duplicate rather than a lost reminder.
//
// Unknown outcomes: the sweep's client never retries a post blindly. A post that Slack answered
// with a 5xx may have gone through: the sweep asks the DM history at once and records or re-posts
// accordingly. A post that timed out may still land: its intent stays for the next sweep to settle.
//
// Scale (issue 13): users are reminded concurrently, bounded overall and per workspace, every call
// paced per workspace and method (pacer.ts). A reminder costs one call in the steady state: it is
// posted to the user id, or to the DM channel id kept from the first post, and the time zone is
// kept for good (learned at "I sent it", refreshed by user_change events). When many due users'
// zones are unknown, paged users.list fills them, and users are reminded as their page arrives.
// Users whose working day ends soonest go first. A 429 leaves the reminder due; the sweep tries
// that user again after the workspace's method has waited out Retry-After, a few times at most.
// A sweep past its deadline starts no more users: the rest stay due for the next tick, their
// leases and idempotency keys guarding the handover.
//
// OAuth (issue 12): with `slackFor`, every call for an owner (users.list for their workspace too)
// carries their own installation's token; the pacing is per workspace either way. An owner whose
// workspace is not installed (uninstalled, revoked) is not reminded: their due entries are dropped.
//
// Failures: a passing one (ratelimited, 5xx, network) leaves the reminder due for the next
// sweep; a permanent one (user_not_found, account_inactive, cannot_dm_bot…) stops that user's
// reminders (their requests are kept) and is logged.
import { randomUUID } from 'node:crypto';
import { reminderMessage } from '../slack/views/reminder.js';
import { isValidTimeZone, isWorkingTime, nextWorkingTime, zonedParts, zonedTime } from './hours.js';
import { TIME_ZONE_REFRESH_MS, type Tracking } from './index.js';
import {
  deliveredSchema,
  dueKey,
  type Intent,
  intentSchema,
  keys,
  trackedRequestSchema,
} from './records.js';
import { classifySlackError, type ReminderSlack } from './slack.js';
import { nextReminderAfterDelivery } from './timing.js';
import type { Owner, TrackedRequest } from './types.js';

export interface SweepSummary {
  due: number;
  sent: number;
  failed: number;
  skipped: number;
}

export interface SweepDeps {
  tracking: Tracking;
  slack: ReminderSlack;
  /**
   * OAuth: each owner's Slack, with their own installation's token (src/oauth/sweep-slack.ts);
   * undefined for an owner whose team is not installed: their due entries are dropped.
   */
  slackFor?: (owner: Owner) => Promise<ReminderSlack | undefined>;
  /** How long a sweep may hold a user before another may take over (default 5 minutes). */
  leaseMs?: number;
  /** At most this many due entries per sweep; the rest wait for the next (default 10,000). */
  maxDue?: number;
  /** Users reminded at once, in all (default 32). */
  concurrency?: number;
  /** Users of one workspace reminded at once (default 16). */
  teamConcurrency?: number;
  /** From this many unknown time zones in a workspace, fill them with users.list (default 10). */
  listThreshold?: number;
  /** Tries per user within one sweep when Slack answers 429 (default 4). */
  attempts?: number;
  /** Wall-clock time (ms since the epoch) after which no more users are started (default none). */
  deadline?: number;
}

/**
 * Longer than the worst case of the Slack calls made under it (sweepWebClient: 30 s timeout, no
 * retries; pacing waits are seconds), and renewed before posting when half of it has gone by, so a
 * live sweep never loses its user.
 */
export const DEFAULT_LEASE_MS = 5 * 60 * 1000;
const DELIVERED_TTL_MS = 120 * 24 * 60 * 60 * 1000;
const READ_CHUNK = 500;
/** A Retry-After longer than this is not waited out within the sweep: the next sweep retries. */
const MAX_RETRY_AFTER_S = 30;
/** users.list pages read at most per workspace and sweep (200 users each). */
const MAX_LIST_PAGES = 500;

interface Group {
  owner: Owner;
  requests: TrackedRequest[];
  /** Known before the user is started (cached or from users.list); else users.info asks. */
  tz?: string;
}

export async function runSweep(deps: SweepDeps, now: Date): Promise<SweepSummary> {
  const { tracking } = deps;
  const { store, logger } = tracking;
  const summary: SweepSummary = { due: 0, sent: 0, failed: 0, skipped: 0 };
  const sweepId = randomUUID();

  const entries = await store.indexRange(keys.dueIndex, {
    max: now.getTime(),
    limit: deps.maxDue ?? 10_000,
  });
  const byOwner = new Map<string, { owner: Owner; requests: TrackedRequest[] }>();
  for (let i = 0; i < entries.length; i += READ_CHUNK) {
    const chunk = entries.slice(i, i + READ_CHUNK);
    const records = await store.getMany(
      chunk.map((e) => keys.request(e.member)),
      trackedRequestSchema,
    );
    for (const [j, entry] of chunk.entries()) {
      const request = records[j];
      if (request?.status !== 'pending' || !request.nextReminderAt) {
        // Deleted, corrupt (logged by the store) or decided: nothing to remind about.
        await store.indexRemove(keys.dueIndex, entry.member);
        continue;
      }
      const dueAt = Date.parse(request.nextReminderAt);
      if (dueAt > now.getTime()) {
        await store.indexPut(keys.dueIndex, request.id, dueAt); // snoozed since: fix the hint
        continue;
      }
      summary.due += 1;
      const ownerKey = `${request.teamId}:${request.userId}`;
      let group = byOwner.get(ownerKey);
      if (!group) {
        group = { owner: { teamId: request.teamId, userId: request.userId }, requests: [] };
        byOwner.set(ownerKey, group);
      }
      group.requests.push(request);
    }
  }

  const pool = new WorkPool<Group>(
    deps.concurrency ?? 32,
    deps.teamConcurrency ?? 16,
    (g) => g.owner.teamId,
    (g) => urgency(g, now),
    async (group) => {
      const { owner, requests } = group;
      if (deps.deadline !== undefined && Date.now() > deps.deadline) {
        summary.skipped += requests.length; // handed over: still due for the next sweep
        return;
      }
      try {
        const outcome = await remindWithRetries(deps, sweepId, group, now);
        // Failed for a passing reason: due again a little later, not first in every sweep.
        if (outcome.failed > 0) await retryLater(deps, owner, requests, now);
        summary.sent += outcome.sent;
        summary.failed += outcome.failed;
        summary.skipped += outcome.skipped;
      } catch (error) {
        // A store failure for one user must not stop the others; their reminders stay due.
        logger.error(`sweep: reminders for ${owner.teamId}/${owner.userId} failed`, error);
        summary.failed += requests.length;
      }
    },
  );
  await planTimeZones(deps, [...byOwner.values()], now, (groups) => pool.add(groups));
  await pool.idle();
  logger.info(`sweep: ${JSON.stringify(summary)}`);
  return summary;
}

type UserOutcome = Omit<SweepSummary, 'due'> & {
  /** Slack asked to wait a little (429), or a post is known not to have gone: try again. */
  retry?: boolean;
};

/** Orders the work: users outside working hours first (no call needed), then by end of day. */
function urgency(group: Group, now: Date): number {
  if (!group.tz) return Number.POSITIVE_INFINITY;
  if (!isWorkingTime(now, group.tz)) return Number.NEGATIVE_INFINITY;
  const p = zonedParts(now, group.tz);
  return zonedTime(group.tz, p.year, p.month, p.day, 18).getTime();
}

/**
 * Hands each user to `start` once their time zone is known: cached ones at once; when many in a
 * workspace are unknown (or due a refresh), users.list a page at a time, each page's users started
 * as it arrives; the few left without one go with no zone, and users.info asks for each.
 */
async function planTimeZones(
  deps: SweepDeps,
  groups: Group[],
  now: Date,
  start: (groups: Group[]) => void,
): Promise<void> {
  const { tracking } = deps;
  const threshold = deps.listThreshold ?? 10;
  const wanted = new Map<string, { unknown: Group[]; stale: Group[] }>();
  for (let i = 0; i < groups.length; i += READ_CHUNK) {
    const chunk = groups.slice(i, i + READ_CHUNK);
    const zones = await tracking.cachedTimeZones(chunk.map((g) => g.owner));
    const ready: Group[] = [];
    for (const [j, group] of chunk.entries()) {
      const zone = zones[j];
      const team = group.owner.teamId;
      const entry = wanted.get(team) ?? { unknown: [], stale: [] };
      wanted.set(team, entry);
      if (zone && isValidTimeZone(zone.tz)) {
        group.tz = zone.tz;
        ready.push(group);
        const learned = zone.at ? Date.parse(zone.at) : 0;
        if (now.getTime() - learned > TIME_ZONE_REFRESH_MS) entry.stale.push(group);
      } else {
        entry.unknown.push(group);
      }
    }
    start(ready);
  }
  await Promise.all(
    [...wanted].map(async ([teamId, { unknown, stale }]) => {
      if (unknown.length + stale.length >= threshold) {
        await listTimeZones(deps, teamId, unknown, stale, now, start);
      } else {
        start(unknown);
      }
    }),
  );
}

async function listTimeZones(
  deps: SweepDeps,
  teamId: string,
  unknown: Group[],
  stale: Group[],
  now: Date,
  start: (groups: Group[]) => void,
): Promise<void> {
  const { tracking } = deps;
  const missing = new Map(unknown.map((g) => [g.owner.userId, g]));
  const refresh = new Map([...stale, ...unknown].map((g) => [g.owner.userId, g]));
  let cursor: string | undefined;
  try {
    // OAuth: the workspace's own token, through any of its owners; none when it is not installed
    // (its users are then dropped one by one, with no call).
    const someone = [...refresh.values()][0]?.owner;
    const slack = deps.slackFor ? someone && (await deps.slackFor(someone)) : deps.slack;
    if (!slack) return;
    for (let pages = 0; refresh.size > 0 && pages < MAX_LIST_PAGES; pages++) {
      const page = await withRetries(deps, () => slack.timeZones(teamId, cursor));
      const found: Group[] = [];
      await Promise.all(
        page.users.map(async (user) => {
          const group = refresh.get(user.id);
          if (!group) return;
          refresh.delete(user.id);
          const tz = user.tz && isValidTimeZone(user.tz) ? user.tz : 'UTC';
          await tracking.rememberTimeZone(group.owner, tz, now);
          if (missing.delete(user.id)) {
            group.tz = tz;
            found.push(group);
          }
        }),
      );
      start(found);
      if (!page.next) break;
      cursor = page.next;
    }
  } catch (error) {
    tracking.logger.warn(
      `sweep: users.list for ${teamId} failed (${classifySlackError(error).reason}); asking users.info instead`,
    );
  } finally {
    start([...missing.values()]);
  }
}

/** Reads (idempotent) tried again after a 429 (paced) or a passing failure, a few times. */
async function withRetries<T>(deps: SweepDeps, call: () => Promise<T>): Promise<T> {
  const attempts = deps.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = classifySlackError(error);
      const waitable = (failure.retryAfter ?? 0) <= MAX_RETRY_AFTER_S;
      if (failure.kind === 'permanent' || attempt >= attempts || !waitable) throw error;
    }
  }
}

async function remindWithRetries(
  deps: SweepDeps,
  sweepId: string,
  group: Group,
  now: Date,
): Promise<UserOutcome> {
  const attempts = deps.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    const outcome = await remindUser(deps, sweepId, group, now);
    // The pacer holds the next call until that workspace's method may go again.
    if (!outcome.retry || attempt >= attempts) return outcome;
  }
}

/** How long a user whose reminders failed for a passing reason waits before the next try. */
export const RETRY_AFTER_FAILURE_MS = 15 * 60 * 1000;

/**
 * A passing failure leaves the user's entries due; at their old scores they would come first
 * in every sweep and, past `maxDue` of them, starve everyone due later. Move them back a
 * little (blocked users' entries are gone from the index and stay gone).
 */
async function retryLater(deps: SweepDeps, owner: Owner, requests: TrackedRequest[], now: Date) {
  const { tracking } = deps;
  if (await tracking.remindersBlocked(owner)) return;
  const later = now.getTime() + RETRY_AFTER_FAILURE_MS;
  for (const r of requests) {
    const current = await tracking.store.get(keys.request(r.id), trackedRequestSchema);
    if (current?.status === 'pending' && current.nextReminderAt) {
      await tracking.store.indexPut(keys.dueIndex, r.id, later);
    }
  }
}

async function remindUser(
  deps: SweepDeps,
  sweepId: string,
  group: Group,
  now: Date,
): Promise<UserOutcome> {
  const { tracking } = deps;
  const { store, logger } = tracking;
  const { owner, requests: candidates } = group;
  const n = candidates.length;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  // OAuth: the owner's own workspace token (looked up once per team and sweep); none when the
  // team is not installed (uninstalled, revoked): its due entries are dropped.
  const slack = deps.slackFor ? await deps.slackFor(owner) : deps.slack;
  if (!slack) {
    for (const r of candidates) await store.indexRemove(keys.dueIndex, r.id);
    return { sent: 0, failed: 0, skipped: n };
  }
  deps = { ...deps, slack };

  if (await tracking.remindersBlocked(owner)) {
    for (const r of candidates) await store.indexRemove(keys.dueIndex, r.id);
    return { sent: 0, failed: 0, skipped: n };
  }

  let tz = group.tz;
  if (!tz) {
    try {
      const answered = await slack.timeZone(owner.teamId, owner.userId);
      tz = isValidTimeZone(answered) ? answered : 'UTC';
      await tracking.rememberTimeZone(owner, tz, now);
      group.tz = tz;
    } catch (error) {
      return failed(tracking, owner, n, error, 'users.info');
    }
  }
  if (!isWorkingTime(now, tz)) {
    const next = nextWorkingTime(now, tz).getTime();
    for (const r of candidates) await store.indexPut(keys.dueIndex, r.id, next);
    return { sent: 0, failed: 0, skipped: n };
  }

  const lease = keys.userLease(owner);
  let claimedAt = Date.now();
  if (!(await store.claim(lease, sweepId, leaseMs))) {
    return { sent: 0, failed: 0, skipped: n }; // another sweep is reminding this user right now
  }
  let releaseLease = true;
  try {
    try {
      await recoverInterrupted(deps, owner, now);
    } catch (error) {
      return await failed(tracking, owner, n, error, 'conversations.history');
    }

    // Re-read under the lease: another sweep may have delivered, the user may have answered.
    const fresh = await store.getMany(
      candidates.map((r) => keys.request(r.id)),
      trackedRequestSchema,
    );
    const toSend: TrackedRequest[] = [];
    for (const r of fresh) {
      if (r?.status !== 'pending' || !r.nextReminderAt) continue;
      if (Date.parse(r.nextReminderAt) > now.getTime()) continue;
      const key = dueKey(r.id, r.nextReminderAt);
      if (await store.get(keys.delivered(key), deliveredSchema)) {
        await recordDelivery(tracking, r.id, r.nextReminderAt, now); // sent, not yet recorded
        continue;
      }
      toSend.push(r);
    }
    if (toSend.length === 0) return { sent: 0, failed: 0, skipped: n };
    const skipped = n - toSend.length;

    if (Date.now() - claimedAt > leaseMs / 2) {
      if (!(await store.claim(lease, sweepId, leaseMs))) {
        releaseLease = false; // it is someone else's now
        return { sent: 0, failed: 0, skipped: n };
      }
      claimedAt = Date.now();
    }
    // Posting to the user id lands in the DM; Slack's answer names the channel, kept for good.
    const known = await tracking.dmChannel(owner);
    const intent: Intent = {
      batch: randomUUID(),
      at: now.toISOString(),
      channel: known ?? owner.userId,
      keys: toSend.map((r) => dueKey(r.id, r.nextReminderAt as string)),
    };
    // Deleted ("Delete my data", uninstall) since the re-read: post nothing, leave nothing.
    if (!(await tracking.writeIfKnown(owner, keys.intent(owner), intent))) {
      return { sent: 0, failed: 0, skipped: n };
    }
    let channel: string;
    try {
      channel = await slack.post(
        owner.teamId,
        intent.channel as string,
        reminderMessage(toSend, now),
        intent.batch,
      );
    } catch (error) {
      const failure = classifySlackError(error);
      if (failure.definite) {
        await store.delete(keys.intent(owner)); // Slack refused it: nothing was posted
        return await failed(tracking, owner, n, error, 'chat.postMessage', skipped);
      }
      if (!failure.answered) {
        // Timed out or cut off: it may still land. Keep the intent; the next sweep asks Slack.
        return await failed(tracking, owner, n, error, 'chat.postMessage', skipped);
      }
      // Slack answered 5xx: whatever it did is done. Its history says whether the DM is there.
      let posted: boolean;
      try {
        posted = await askWhetherPosted(deps, owner, intent);
      } catch (historyError) {
        return await failed(tracking, owner, n, historyError, 'conversations.history', skipped);
      }
      if (!posted) {
        await store.delete(keys.intent(owner));
        const outcome = await failed(tracking, owner, n, error, 'chat.postMessage', skipped);
        return { ...outcome, retry: true }; // known not posted: safe to post again
      }
      logger.info(`sweep: a reminder to ${owner.userId} answered ${failure.reason} but was posted`);
      channel = known ?? (await tracking.dmChannel(owner)) ?? (intent.channel as string);
    }
    if (!known && /^[DG]/.test(channel)) await tracking.rememberDmChannel(owner, channel);
    await markDelivered(deps, toSend, now);
    await store.delete(keys.intent(owner));
    logger.info(`sweep: reminded ${owner.teamId}/${owner.userId} of ${toSend.length} request(s)`);
    return { sent: toSend.length, failed: 0, skipped };
  } catch (error) {
    // Unknown state (the store failed mid-way): let the lease expire rather than hand the user
    // to another sweep at once; the intent and delivered markers make the retry safe.
    releaseLease = false;
    throw error;
  } finally {
    if (releaseLease) await store.release(lease, sweepId);
  }
}

async function markDelivered(deps: SweepDeps, requests: TrackedRequest[], now: Date) {
  for (const r of requests) {
    await recordDelivery(deps.tracking, r.id, r.nextReminderAt as string, now, true);
  }
}

/**
 * Advance a request past the reminder due at `dueAt` (no-op if already advanced or decided). With
 * `mark`, first writes the delivery marker and remembers it with the request (so "Delete my data"
 * removes it too). Under the request's lock, and only while the request exists: a deletion that
 * ran meanwhile leaves no marker behind.
 */
async function recordDelivery(
  tracking: Tracking,
  id: string,
  dueAt: string,
  now: Date,
  mark = false,
) {
  const { store } = tracking;
  await tracking.mutate(undefined, id, async (r) => {
    if (mark) {
      const key = dueKey(id, dueAt);
      await store.set(keys.delivered(key), { at: now.toISOString() }, DELIVERED_TTL_MS);
      await store.indexPut(keys.deliveredOf(id), key, now.getTime());
    }
    if (r.status !== 'pending' || r.nextReminderAt !== dueAt) return r;
    const remindersSent = r.remindersSent + 1;
    const next = nextReminderAfterDelivery(remindersSent, now);
    if (next) await store.indexPut(keys.dueIndex, id, next.getTime());
    const updated: TrackedRequest = {
      ...r,
      remindersSent,
      lastReminderAt: now.toISOString(),
      nextReminderAt: next?.toISOString(),
    };
    await store.set(keys.request(id), updated);
    if (!next) await store.indexRemove(keys.dueIndex, id);
    return updated;
  });
}

/** Answers meaning Slack will never tell us (the app lacks history access). */
const CANNOT_TELL = new Set([
  'unknown_method',
  'missing_scope',
  'not_allowed_token_type',
  'channel_not_found',
]);

/** A sweep died between writing its intent and recording the delivery: find out what happened. */
async function recoverInterrupted(deps: SweepDeps, owner: Owner, now: Date) {
  const { store, logger } = deps.tracking;
  const intent = await store.get(keys.intent(owner), intentSchema);
  if (!intent) return;
  const posted = await askWhetherPosted(deps, owner, intent);
  if (posted) {
    logger.info(`sweep: an interrupted reminder to ${owner.userId} had been posted; recording it`);
    for (const key of intent.keys) {
      // Only for a request still there, and remembered with it (as markDelivered does).
      const id = key.slice(0, key.lastIndexOf('@'));
      await deps.tracking.mutate(undefined, id, async (r) => {
        await store.set(keys.delivered(key), { at: now.toISOString() }, DELIVERED_TTL_MS);
        await store.indexPut(keys.deliveredOf(id), key, now.getTime());
        return r;
      });
    }
  }
  await store.delete(keys.intent(owner));
}

/**
 * Whether the reminder batch of `intent` is in the user's DM. False when Slack cannot say (no
 * history access): a rare duplicate rather than a lost reminder. A passing failure is thrown.
 */
async function askWhetherPosted(deps: SweepDeps, owner: Owner, intent: Intent): Promise<boolean> {
  const { tracking, slack } = deps;
  try {
    // The history needs the DM channel id: the intent's, the one kept, or conversations.open's.
    let channel = intent.channel && /^[DG]/.test(intent.channel) ? intent.channel : undefined;
    channel ??= await tracking.dmChannel(owner);
    if (!channel) {
      channel = await slack.openDm(owner.teamId, owner.userId);
      await tracking.rememberDmChannel(owner, channel);
    }
    return await slack.wasPosted(owner.teamId, channel, intent.batch);
  } catch (error) {
    const failure = classifySlackError(error);
    if (!CANNOT_TELL.has(failure.reason)) throw error; // passing: ask again later
    tracking.logger.warn(
      `sweep: cannot tell whether an interrupted reminder reached ${owner.userId} (${failure.reason}); sending it again`,
    );
    return false;
  }
}

async function failed(
  tracking: Tracking,
  owner: Owner,
  n: number,
  error: unknown,
  method: string,
  skipped = 0,
): Promise<UserOutcome> {
  const failure = classifySlackError(error);
  if (failure.kind === 'permanent') {
    await tracking.blockReminders(owner, failure.reason);
  } else if (failure.reason === 'ratelimited' && (failure.retryAfter ?? 0) <= MAX_RETRY_AFTER_S) {
    // Paced: this user is tried again once the workspace's method may go.
    return { sent: 0, failed: n - skipped, skipped, retry: true };
  } else {
    tracking.logger.warn(
      `sweep: ${method} failed for ${owner.teamId}/${owner.userId} (${failure.reason}); will retry next sweep`,
    );
  }
  return { sent: 0, failed: n - skipped, skipped };
}

/**
 * Runs jobs at most `limit` at a time and `perTeam` per workspace, each workspace's in order of
 * `priority` (lowest first), workspaces taken in turn so that one large workspace cannot hold
 * the others back.
 */
class WorkPool<J> {
  /** Per workspace: jobs with their priority (computed once), highest value first. */
  readonly #queues = new Map<string, Array<{ job: J; priority: number }>>();
  readonly #active = new Map<string, number>();
  #running = 0;
  #turn = 0;
  #onIdle: Array<() => void> = [];

  constructor(
    readonly limit: number,
    readonly perTeam: number,
    readonly team: (job: J) => string,
    readonly priority: (job: J) => number,
    readonly run: (job: J) => Promise<void>,
  ) {}

  add(jobs: readonly J[]): void {
    const touched = new Set<string>();
    for (const job of jobs) {
      const team = this.team(job);
      const queue = this.#queues.get(team) ?? [];
      queue.push({ job, priority: this.priority(job) });
      this.#queues.set(team, queue);
      touched.add(team);
    }
    // Kept highest priority value first, so that the next job is popped from the end.
    for (const team of touched) {
      this.#queues
        .get(team)
        ?.sort((a, b) => (a.priority === b.priority ? 0 : a.priority < b.priority ? 1 : -1));
    }
    this.#pump();
  }

  idle(): Promise<void> {
    if (this.#running === 0 && this.#pending() === 0) return Promise.resolve();
    return new Promise((resolve) => this.#onIdle.push(resolve));
  }

  #pending(): number {
    let n = 0;
    for (const queue of this.#queues.values()) n += queue.length;
    return n;
  }

  #pump(): void {
    const teams = [...this.#queues.keys()];
    let idleTurns = 0;
    while (this.#running < this.limit && teams.length > 0 && idleTurns < teams.length) {
      const team = teams[this.#turn++ % teams.length] as string;
      const queue = this.#queues.get(team);
      const active = this.#active.get(team) ?? 0;
      const job = queue && queue.length > 0 && active < this.perTeam ? queue.pop()?.job : undefined;
      if (job === undefined) {
        idleTurns += 1;
        continue;
      }
      idleTurns = 0;
      if (queue?.length === 0) this.#queues.delete(team);
      this.#running += 1;
      this.#active.set(team, active + 1);
      void this.run(job)
        .catch(() => {})
        .finally(() => {
          this.#running -= 1;
          this.#active.set(team, (this.#active.get(team) ?? 1) - 1);
          this.#pump();
          if (this.#running === 0 && this.#pending() === 0) {
            for (const resolve of this.#onIdle.splice(0)) resolve();
          }
        });
    }
  }
}
