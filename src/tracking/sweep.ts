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
// Failures: a passing one (ratelimited, 5xx, network) leaves the reminder due for the next
// sweep; a permanent one (user_not_found, account_inactive, cannot_dm_bot…) stops that user's
// reminders (their requests are kept) and is logged.
import { randomUUID } from 'node:crypto';
import { reminderMessage } from '../slack/views/reminder.js';
import { isValidTimeZone, isWorkingTime, nextWorkingTime } from './hours.js';
import type { Tracking } from './index.js';
import { deliveredSchema, dueKey, intentSchema, keys, trackedRequestSchema } from './records.js';
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
  /** How long a sweep may hold a user before another may take over (default 5 minutes). */
  leaseMs?: number;
  /** At most this many due entries per sweep; the rest wait for the next (default 10,000). */
  maxDue?: number;
}

/**
 * Longer than the worst case of the Slack calls made under it (sweepWebClient: 30 s timeout,
 * 3 attempts), and renewed just before posting, so a live sweep never loses its user.
 */
export const DEFAULT_LEASE_MS = 5 * 60 * 1000;
const DELIVERED_TTL_MS = 120 * 24 * 60 * 60 * 1000;
const READ_CHUNK = 500;

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

  for (const { owner, requests } of byOwner.values()) {
    try {
      const outcome = await remindUser(deps, sweepId, owner, requests, now);
      if (outcome.failed > 0) await retryLater(deps, owner, requests, now);
      summary.sent += outcome.sent;
      summary.failed += outcome.failed;
      summary.skipped += outcome.skipped;
    } catch (error) {
      // A store failure for one user must not stop the others; their reminders stay due.
      logger.error(`sweep: reminders for ${owner.teamId}/${owner.userId} failed`, error);
      summary.failed += requests.length;
    }
  }
  logger.info(`sweep: ${JSON.stringify(summary)}`);
  return summary;
}

type UserOutcome = Omit<SweepSummary, 'due'>;

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
  owner: Owner,
  candidates: TrackedRequest[],
  now: Date,
): Promise<UserOutcome> {
  const { tracking, slack } = deps;
  const { store, logger } = tracking;
  const n = candidates.length;

  if (await tracking.remindersBlocked(owner)) {
    for (const r of candidates) await store.indexRemove(keys.dueIndex, r.id);
    return { sent: 0, failed: 0, skipped: n };
  }

  let tz = await tracking.cachedTimeZone(owner);
  if (!tz) {
    try {
      const answered = await slack.timeZone(owner.userId);
      tz = isValidTimeZone(answered) ? answered : 'UTC';
      await tracking.rememberTimeZone(owner, tz);
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
  if (!(await store.claim(lease, sweepId, deps.leaseMs ?? DEFAULT_LEASE_MS))) {
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

    let channel: string;
    try {
      channel = await slack.openDm(owner.userId);
    } catch (error) {
      return await failed(tracking, owner, n, error, 'conversations.open', n - toSend.length);
    }
    if (!(await store.claim(lease, sweepId, deps.leaseMs ?? DEFAULT_LEASE_MS))) {
      releaseLease = false; // it is someone else's now
      return { sent: 0, failed: 0, skipped: n };
    }
    const batch = randomUUID();
    const dueKeys = toSend.map((r) => dueKey(r.id, r.nextReminderAt as string));
    await store.set(keys.intent(owner), { batch, at: now.toISOString(), channel, keys: dueKeys });
    try {
      await slack.post(channel, reminderMessage(toSend, now), batch);
    } catch (error) {
      const failure = classifySlackError(error);
      // Keep the intent when the post may have gone through: the next sweep will ask Slack.
      if (failure.definite) await store.delete(keys.intent(owner));
      return await failed(tracking, owner, n, error, 'chat.postMessage', n - toSend.length);
    }
    await markDelivered(deps, toSend, now);
    await store.delete(keys.intent(owner));
    logger.info(`sweep: reminded ${owner.teamId}/${owner.userId} of ${toSend.length} request(s)`);
    return { sent: toSend.length, failed: 0, skipped: n - toSend.length };
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
  const { store } = deps.tracking;
  for (const r of requests) {
    const at = r.nextReminderAt as string;
    await store.set(keys.delivered(dueKey(r.id, at)), { at: now.toISOString() }, DELIVERED_TTL_MS);
    // Remembered with the request, so "Delete my data" can remove the marker too.
    await store.indexPut(keys.deliveredOf(r.id), dueKey(r.id, at), now.getTime());
    await recordDelivery(deps.tracking, r.id, at, now);
  }
}

/** Advance a request past the reminder due at `dueAt` (no-op if already advanced or decided). */
async function recordDelivery(tracking: Tracking, id: string, dueAt: string, now: Date) {
  await tracking.mutate(undefined, id, async (r) => {
    if (r.status !== 'pending' || r.nextReminderAt !== dueAt) return r;
    const remindersSent = r.remindersSent + 1;
    const next = nextReminderAfterDelivery(remindersSent, now);
    if (next) await tracking.store.indexPut(keys.dueIndex, id, next.getTime());
    const updated: TrackedRequest = {
      ...r,
      remindersSent,
      lastReminderAt: now.toISOString(),
      nextReminderAt: next?.toISOString(),
    };
    await tracking.store.set(keys.request(id), updated);
    if (!next) await tracking.store.indexRemove(keys.dueIndex, id);
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
  let posted = false;
  if (intent.channel) {
    try {
      posted = await deps.slack.wasPosted(intent.channel, intent.batch);
    } catch (error) {
      const failure = classifySlackError(error);
      if (!CANNOT_TELL.has(failure.reason)) throw error; // passing: ask again next sweep
      logger.warn(
        `sweep: cannot tell whether an interrupted reminder reached ${owner.userId} (${failure.reason}); sending it again`,
      );
    }
  }
  if (posted) {
    logger.info(`sweep: an interrupted reminder to ${owner.userId} had been posted; recording it`);
    for (const key of intent.keys) {
      await store.set(keys.delivered(key), { at: now.toISOString() }, DELIVERED_TTL_MS);
    }
  }
  await store.delete(keys.intent(owner));
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
  } else {
    tracking.logger.warn(
      `sweep: ${method} failed for ${owner.teamId}/${owner.userId} (${failure.reason}); will retry next sweep`,
    );
  }
  return { sent: 0, failed: n - skipped, skipped };
}
