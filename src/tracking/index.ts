// Tracked requests, settings and the numbers the App Home shows. Every read and write is scoped
// by the owner (team + user); an action on someone else's request is refused and changes nothing.
//
// Storage layout (see records.ts): one record per request (`req:<id>`), a per-user sorted index
// of request ids by sent time, and one global sorted "due index" of request ids scored by when
// the sweep should next look at them. The record is the truth; index entries are hints the
// sweep re-checks against it, so writes go index-first (a crash leaves a stale hint, never a
// request the sweep cannot find).
import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { RelationshipId } from '../coach/types.js';
import type { Config } from '../config.js';
import type { Store, StoreLogger } from '../store/index.js';
import { monthStart, nextMonthStart } from './hours.js';
import {
  dmChannelSchema,
  dueKey,
  keys,
  type TimeZoneRecord,
  timeZoneSchema,
  trackedOnceSchema,
  trackedRequestSchema,
  type UserRecord,
  userRecordSchema,
} from './records.js';
import { DAY_MS, firstReminderAt } from './timing.js';
import type {
  ActionResult,
  CoachContext,
  HomeData,
  Outcome,
  Owner,
  RelationshipRate,
  SentNote,
  TrackedRequest,
  TrackingPort,
  UserSettings,
} from './types.js';

export type * from './types.js';

/** LinkedIn's allowance of personalised notes a month on a free account (docs/reference.md §2). */
export const FREE_MONTHLY_NOTES = 5;
/** How many of the user's latest notes feed the `reused` rule. */
export const HISTORY_SIZE = 50;
/** How many of the user's latest requests the App Home reads. */
export const HOME_WINDOW = 200;
/** Tracking the same note for the same person again within this time is taken as a repeat click. */
export const SENT_ONCE_MS = 10 * 60 * 1000;
/** The most requests kept per user: past it, decided ones go first, then the oldest. */
export const MAX_REQUESTS_PER_USER = 1_000;
/** How many users' settings the process remembers for knownSettings. */
export const KNOWN_SETTINGS_SIZE = 10_000;
/**
 * A learned time zone is kept for good and used as it is; after this long the sweep refreshes it
 * when it can (users.list, a page at a time), and user_change events refresh it at once.
 */
export const TIME_ZONE_REFRESH_MS = 30 * 24 * 60 * 60 * 1000;

export interface TrackingDeps {
  store: Store;
  clock: Clock;
  config: Pick<Config, 'reminderAfterDays'>;
  logger: StoreLogger;
  /** Default MAX_REQUESTS_PER_USER. */
  maxRequestsPerUser?: number;
}

export class BusyError extends Error {
  override readonly name = 'BusyError';
}

export class Tracking implements TrackingPort {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: StoreLogger;
  readonly #config: TrackingDeps['config'];
  readonly #knownSettings = new Map<string, UserSettings>();
  readonly #maxRequests: number;

  constructor(deps: TrackingDeps) {
    this.#maxRequests = deps.maxRequestsPerUser ?? MAX_REQUESTS_PER_USER;
    this.store = deps.store;
    this.clock = deps.clock;
    this.logger = deps.logger;
    this.#config = deps.config;
  }

  async coachContext(owner: Owner, now: Date): Promise<CoachContext> {
    const [user, history, notesSentThisMonth] = await Promise.all([
      this.userRecord(owner),
      this.history(owner),
      this.notesSentThisMonth(owner, now),
    ]);
    return { settings: toSettings(user), history, notesSentThisMonth };
  }

  async trackSent(owner: Owner, sent: SentNote, now: Date): Promise<TrackedRequest> {
    // Under the user's lock, so a "Delete my data" running now sees all of it or none of it.
    return this.withLock(keys.userLock(owner), () => this.track(owner, sent, now));
  }

  private async track(owner: Owner, sent: SentNote, now: Date): Promise<TrackedRequest> {
    const user = await this.userRecord(owner);
    if (user.remindersBlocked) {
      // The user is reachable again (they just clicked a button): resume their reminders.
      await this.writeUser(owner, { ...user, remindersBlocked: undefined });
      await this.reindexPending(owner);
    }
    // A double click, or Slack redelivering the action, must not track the same note twice.
    const fingerprint = sentFingerprint(owner, sent.name?.trim() || undefined, sent.note);
    const id = randomUUID();
    // The lease's holder is the request's id, so deleting the request can release it.
    if (!(await this.store.claim(keys.sentOnce(fingerprint), id, SENT_ONCE_MS))) {
      const existing = await this.waitForTracked(owner, fingerprint);
      if (existing) return existing;
    }
    const afterDays = user.reminderAfterDays ?? this.#config.reminderAfterDays;
    const due = firstReminderAt(now, afterDays);
    const request: TrackedRequest = {
      id,
      teamId: owner.teamId,
      userId: owner.userId,
      recipientName: sent.name?.trim() || undefined,
      relationship: sent.relationship,
      note: sent.note,
      sentAt: now.toISOString(),
      status: 'pending',
      remindersSent: 0,
      nextReminderAt: due.toISOString(),
    };
    await this.store.indexPut(keys.dueIndex, request.id, due.getTime());
    await this.store.indexPut(keys.userIndex(owner), request.id, now.getTime());
    await this.store.set(keys.request(request.id), request);
    await this.store.set(keys.trackedOnce(fingerprint), { id: request.id }, SENT_ONCE_MS);
    await this.keepWithinBound(owner, request.id);
    return request;
  }

  /** Bounds the store's size per user: decided requests go first, then the oldest pending. */
  private async keepWithinBound(owner: Owner, keep: string): Promise<void> {
    const total = await this.store.indexCount(
      keys.userIndex(owner),
      Number.MIN_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER,
    );
    if (total <= this.#maxRequests) return;
    const entries = (await this.store.indexRange(keys.userIndex(owner))).filter(
      (e) => e.member !== keep,
    );
    const records = await this.store.getMany(
      entries.map((e) => keys.request(e.member)),
      trackedRequestSchema,
    );
    const decided = entries.filter((_, i) => records[i]?.status !== 'pending');
    const pending = entries.filter((_, i) => records[i]?.status === 'pending');
    const victims = [...decided, ...pending].slice(0, total - this.#maxRequests);
    for (const { member: id } of victims) {
      await this.withLock(keys.requestLock(id), () => this.deleteRequest(id));
      await this.store.indexRemove(keys.userIndex(owner), id);
    }
    this.logger.info(
      `tracking: ${owner.teamId}/${owner.userId} is past ${this.#maxRequests} requests: dropped the ${victims.length} oldest`,
    );
  }

  private async waitForTracked(
    owner: Owner,
    fingerprint: string,
  ): Promise<TrackedRequest | undefined> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const marker = await this.store.get(keys.trackedOnce(fingerprint), trackedOnceSchema);
      if (marker) {
        const found = await this.getRequest(owner, marker.id);
        return found.ok ? found.request : undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return undefined;
  }

  async getRequest(owner: Owner, id: string): Promise<ActionResult> {
    const request = await this.store.get(keys.request(id), trackedRequestSchema);
    if (!request) return { ok: false, reason: 'not-found' };
    if (request.teamId !== owner.teamId || request.userId !== owner.userId) {
      this.logger.warn(`tracking: ${owner.userId} tried to act on a request they do not own`);
      return { ok: false, reason: 'not-owner' };
    }
    return { ok: true, request };
  }

  async setOutcome(owner: Owner, id: string, outcome: Outcome, now: Date): Promise<ActionResult> {
    return this.mutate(owner, id, async (request) => {
      const updated: TrackedRequest = {
        ...request,
        status: outcome,
        outcomeAt: now.toISOString(),
        nextReminderAt: undefined,
      };
      await this.store.set(keys.request(id), updated);
      await this.store.indexRemove(keys.dueIndex, id);
      return updated;
    });
  }

  async snooze(owner: Owner, id: string, now: Date, days = 7): Promise<ActionResult> {
    return this.mutate(owner, id, async (request) => {
      if (request.status !== 'pending') return request;
      const due = new Date(now.getTime() + days * DAY_MS);
      await this.store.indexPut(keys.dueIndex, id, due.getTime());
      const updated: TrackedRequest = { ...request, nextReminderAt: due.toISOString() };
      await this.store.set(keys.request(id), updated);
      return updated;
    });
  }

  async getSettings(owner: Owner): Promise<UserSettings> {
    return toSettings(await this.userRecord(owner));
  }

  knownSettings(owner: Owner): UserSettings | undefined {
    return this.#knownSettings.get(ownerKey(owner));
  }

  async updateSettings(owner: Owner, patch: Partial<UserSettings>): Promise<UserSettings> {
    return this.withLock(keys.userLock(owner), async () => {
      const current = await this.userRecord(owner);
      const next = userRecordSchema.parse({ ...current, ...patch });
      await this.writeUser(owner, next);
      return toSettings(next);
    });
  }

  async home(owner: Owner, now: Date): Promise<HomeData> {
    const [user, requests, notesSentThisMonth] = await Promise.all([
      this.userRecord(owner),
      this.latestRequests(owner, HOME_WINDOW),
      this.notesSentThisMonth(owner, now),
    ]);
    const pending = requests
      .filter((r) => r.status === 'pending')
      .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
    const recent = requests
      .filter((r) => r.status !== 'pending' && r.outcomeAt)
      .sort((a, b) => (b.outcomeAt ?? '').localeCompare(a.outcomeAt ?? ''))
      .slice(0, 10);
    return {
      settings: toSettings(user),
      pending,
      recent,
      rates: acceptanceRates(requests),
      notesSentThisMonth,
      defaultReminderAfterDays: this.#config.reminderAfterDays,
      monthlyBudget: user.accountType === 'free' ? FREE_MONTHLY_NOTES : undefined,
      remindersBlocked: user.remindersBlocked,
    };
  }

  /**
   * Final: runs under the user's lock (no request is being tracked meanwhile) and takes each
   * request's lock before deleting it, so a snooze, an outcome or the sweep's record of a
   * delivery that read the request before cannot write it back afterwards (`mutate` finds
   * nothing). Everything keyed by the user or by one of their requests goes.
   */
  async deleteUserData(owner: Owner): Promise<{ requests: number }> {
    return this.withLock(keys.userLock(owner), async () => {
      const entries = await this.store.indexRange(keys.userIndex(owner));
      for (const { member: id } of entries) {
        await this.withLock(keys.requestLock(id), () => this.deleteRequest(id));
      }
      await this.store.indexDrop(keys.userIndex(owner));
      await this.store.delete(keys.user(owner));
      this.rememberSettings(owner, undefined);
      await this.store.delete(keys.timeZone(owner));
      await this.store.delete(keys.dmChannel(owner));
      await this.store.delete(keys.intent(owner));
      this.logger.info(`tracking: deleted the data of ${owner.teamId}/${owner.userId}`);
      return { requests: entries.length };
    });
  }

  private async deleteRequest(id: string): Promise<void> {
    const request = await this.store.get(keys.request(id), trackedRequestSchema);
    await this.store.indexRemove(keys.dueIndex, id);
    await this.store.delete(keys.request(id));
    for (const { member } of await this.store.indexRange(keys.deliveredOf(id))) {
      await this.store.delete(keys.delivered(member));
    }
    await this.store.indexDrop(keys.deliveredOf(id));
    if (!request) return;
    const fingerprint = sentFingerprint(request, request.recipientName, request.note);
    await this.store.delete(keys.trackedOnce(fingerprint));
    await this.store.release(keys.sentOnce(fingerprint), id);
    if (request.nextReminderAt) {
      await this.store.delete(keys.delivered(dueKey(id, request.nextReminderAt)));
    }
  }

  // ——— used by the sweep ———

  /** The user's Slack time zone, if learned. */
  async cachedTimeZone(owner: Owner): Promise<string | undefined> {
    return (await this.store.get(keys.timeZone(owner), timeZoneSchema))?.tz;
  }

  /** Many users' time zones in one read, with when each was learned. */
  async cachedTimeZones(owners: readonly Owner[]): Promise<Array<TimeZoneRecord | undefined>> {
    return this.store.getMany(owners.map(keys.timeZone), timeZoneSchema);
  }

  /** Keeps the user's time zone (from users.info, users.list, or a user_change event). */
  async rememberTimeZone(owner: Owner, tz: string, now = this.clock.now()): Promise<void> {
    await this.writeIfKnown(owner, keys.timeZone(owner), { tz, at: now.toISOString() });
  }

  /** The app's DM channel with the user, once a post has told us. */
  async dmChannel(owner: Owner): Promise<string | undefined> {
    return (await this.store.get(keys.dmChannel(owner), dmChannelSchema))?.channel;
  }

  async rememberDmChannel(owner: Owner, channel: string): Promise<void> {
    await this.writeIfKnown(owner, keys.dmChannel(owner), { channel });
  }

  /**
   * Writes one of the user's records that the sweep (or a Slack event) learns without the user
   * acting, under the user's lock and only while the user has data: a sweep that read the user
   * before a "Delete my data" or an uninstall (which hold that lock) cannot bring them back
   * afterwards, and nothing marks that they were there. Answers whether it wrote.
   */
  async writeIfKnown(owner: Owner, key: string, value: unknown): Promise<boolean> {
    return this.withLock(keys.userLock(owner), async () => {
      if (!(await this.hasData(owner))) return false;
      await this.store.set(key, value);
      return true;
    });
  }

  /** Whether anything is kept for the user: a request or their settings. */
  private async hasData(owner: Owner): Promise<boolean> {
    const [first] = await this.store.indexRange(keys.userIndex(owner), { limit: 1 });
    if (first) return true;
    return (await this.store.get(keys.user(owner), userRecordSchema)) !== undefined;
  }

  /** Slack refused to DM the user for good: keep their requests, stop their reminders. */
  async blockReminders(owner: Owner, reason: string): Promise<void> {
    const gone = await this.withLock(keys.userLock(owner), async () => {
      if (!(await this.hasData(owner))) return true; // deleted since the sweep read them
      const user = await this.userRecord(owner);
      await this.writeUser(owner, { ...user, remindersBlocked: reason });
      return false;
    });
    if (gone) return;
    const entries = await this.store.indexRange(keys.userIndex(owner));
    for (const { member } of entries) await this.store.indexRemove(keys.dueIndex, member);
    this.logger.warn(
      `tracking: stopped reminders for ${owner.teamId}/${owner.userId}: Slack answered ${reason}`,
    );
  }

  async remindersBlocked(owner: Owner): Promise<string | undefined> {
    return (await this.userRecord(owner)).remindersBlocked;
  }

  /**
   * Read-modify-write of one request under a short lease, so a sweep recording a reminder and a
   * user recording an outcome cannot overwrite each other.
   */
  async mutate(
    owner: Owner | undefined,
    id: string,
    change: (request: TrackedRequest) => Promise<TrackedRequest>,
  ): Promise<ActionResult> {
    return this.withLock(keys.requestLock(id), async () => {
      const request = await this.store.get(keys.request(id), trackedRequestSchema);
      if (!request) return { ok: false, reason: 'not-found' } as const;
      if (owner && (request.teamId !== owner.teamId || request.userId !== owner.userId)) {
        this.logger.warn(`tracking: ${owner.userId} tried to act on a request they do not own`);
        return { ok: false, reason: 'not-owner' } as const;
      }
      return { ok: true, request: await change(request) } as const;
    });
  }

  async withLock<T>(key: string, run: () => Promise<T>): Promise<T> {
    const holder = randomUUID();
    // Locks are held for a few store round trips: poll soon, then back off to 20 ms; give up
    // after about 2 s.
    for (let attempt = 0, waited = 0; ; attempt++) {
      if (await this.store.claim(key, holder, 10_000)) break;
      if (waited >= 2_000) throw new BusyError(`${key} is busy`);
      const delay = Math.min(20, 1 + attempt * 2);
      waited += delay;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    try {
      return await run();
    } finally {
      await this.store.release(key, holder);
    }
  }

  // ——— internals ———

  private async userRecord(owner: Owner): Promise<UserRecord> {
    const user =
      (await this.store.get(keys.user(owner), userRecordSchema)) ?? userRecordSchema.parse({});
    this.rememberSettings(owner, user);
    return user;
  }

  private async writeUser(owner: Owner, user: UserRecord): Promise<void> {
    await this.store.set(keys.user(owner), user);
    this.rememberSettings(owner, user);
  }

  private rememberSettings(owner: Owner, user: UserRecord | undefined): void {
    const key = ownerKey(owner);
    this.#knownSettings.delete(key); // re-inserted last: the Map's order is its recency
    if (!user) return;
    if (this.#knownSettings.size >= KNOWN_SETTINGS_SIZE) {
      const oldest = this.#knownSettings.keys().next().value;
      if (oldest !== undefined) this.#knownSettings.delete(oldest);
    }
    this.#knownSettings.set(key, toSettings(user));
  }

  private async latestRequests(owner: Owner, limit?: number): Promise<TrackedRequest[]> {
    const entries = await this.store.indexRange(keys.userIndex(owner), { reverse: true, limit });
    const records = await this.store.getMany(
      entries.map((e) => keys.request(e.member)),
      trackedRequestSchema,
    );
    return records.filter((r): r is TrackedRequest => r !== undefined);
  }

  private async history(owner: Owner): Promise<string[]> {
    return (await this.latestRequests(owner, HISTORY_SIZE)).map((r) => r.note);
  }

  private async notesSentThisMonth(owner: Owner, now: Date): Promise<number> {
    const tz = (await this.cachedTimeZone(owner)) ?? 'UTC';
    return this.store.indexCount(
      keys.userIndex(owner),
      monthStart(now, tz).getTime(),
      nextMonthStart(now, tz).getTime() - 1,
    );
  }

  private async reindexPending(owner: Owner): Promise<void> {
    for (const r of await this.latestRequests(owner)) {
      if (r.status === 'pending' && r.nextReminderAt) {
        await this.store.indexPut(keys.dueIndex, r.id, Date.parse(r.nextReminderAt));
      }
    }
  }
}

function toSettings(user: UserRecord): UserSettings {
  return {
    accountType: user.accountType,
    reminderAfterDays: user.reminderAfterDays,
    mutedRules: [...user.mutedRules],
  };
}

export function acceptanceRates(requests: readonly TrackedRequest[]): RelationshipRate[] {
  const rates = new Map<RelationshipId, RelationshipRate>();
  for (const r of requests) {
    if (r.status !== 'accepted' && r.status !== 'declined' && r.status !== 'withdrawn') continue;
    const rate = rates.get(r.relationship) ?? {
      relationship: r.relationship,
      accepted: 0,
      decided: 0,
    };
    rate.decided += 1;
    if (r.status === 'accepted') rate.accepted += 1;
    rates.set(r.relationship, rate);
  }
  return [...rates.values()].sort((a, b) => a.relationship.localeCompare(b.relationship));
}

/** Identifies one note sent to one person by one user, for the repeat-click check. */
function sentFingerprint(owner: Owner, name: string | undefined, note: string): string {
  return createHash('sha256')
    .update(JSON.stringify([owner.teamId, owner.userId, name ?? '', note]))
    .digest('hex')
    .slice(0, 40);
}

function ownerKey(owner: Owner): string {
  return `${owner.teamId}/${owner.userId}`;
}
