import { vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { openStore, type Store } from '../../src/store/index.js';
import { Tracking } from '../../src/tracking/index.js';
import {
  type ReminderScheduler,
  type SchedulerDeps,
  startReminderScheduler,
} from '../../src/tracking/scheduler.js';
import type { Owner } from '../../src/tracking/types.js';

export const ALICE: Owner = { teamId: 'T1', userId: 'U_ALICE' };
export const BOB: Owner = { teamId: 'T1', userId: 'U_BOB' };
export const MALLORY: Owner = { teamId: 'T2', userId: 'U_ALICE' };

export function fakeLogger() {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

export async function makeTracking(
  opts: { url?: string; namespace?: string; start?: string; store?: Store } = {},
) {
  const logger = fakeLogger();
  const store =
    opts.store ?? (await openStore(opts.url ?? 'memory://', logger, { namespace: opts.namespace }));
  const clock = ManualClock.frozenAt(new Date(opts.start ?? '2026-11-02T10:00:00Z'));
  const tracking = new Tracking({ store, clock, config: { reminderAfterDays: 7 }, logger });
  return { tracking, store, clock, logger };
}

export const NOTE = {
  name: 'Ana Souza',
  relationship: 'met-briefly' as const,
  note: 'Hi Ana, I enjoyed our chat about sales funnels at SaaStr. I’ll send you the deck we discussed. Would you like to connect?',
};

/** A Tracking on Monday 2026-11-09 10:00 with one request (T1's U1) sent a week before: due. */
export async function trackingWithOneDue(url?: string) {
  const t = await makeTracking({ url, start: '2026-11-09T10:00:00Z' });
  await t.tracking.trackSent(
    { teamId: 'T1', userId: 'U1' },
    NOTE,
    new Date('2026-11-02T10:00:00Z'),
  );
  return t;
}

/** The reminder scheduler on a cron that ticks every second, with no real Slack behind it. */
export function everySecondScheduler(deps: Omit<SchedulerDeps, 'config'>): ReminderScheduler {
  return startReminderScheduler({
    ...deps,
    config: {
      reminderCron: '* * * * * *',
      slackApiUrl: 'http://127.0.0.1:9/',
      slackBotToken: 'xoxb-x',
    },
  });
}

import { WebAPIPlatformError } from '@slack/web-api';
import type { ReminderMessage, ReminderSlack } from '../../src/tracking/slack.js';

/** The platform error @slack/web-api throws when Slack answers `ok: false`. */
export function slackError(error: string) {
  return new WebAPIPlatformError({ ok: false, error });
}

export interface Posted {
  userId: string;
  channel: string;
  batch: string;
  message: ReminderMessage;
}

/** An in-memory ReminderSlack: users' time zones, a record of posts, injectable failures. */
export class FakeSlack implements ReminderSlack {
  readonly posted: Posted[] = [];
  readonly zones = new Map<string, string>();
  postDelayMs = 0;
  failNextPost?: Error;
  /** The next post goes through, then fails with this (a 5xx after Slack acted). */
  failNextPostAfter?: Error;
  historyError?: Error;
  tzCalls = 0;
  listCalls = 0;
  openCalls = 0;
  /** users.list members, when set; else `zones`. */
  members?: Array<{ id: string; tz?: string }>;
  pageSize = 3;
  /** Posts in flight per workspace now, and the most there ever were (per workspace, in all). */
  readonly inFlight = new Map<string, number>();
  readonly peakPerTeam = new Map<string, number>();
  peak = 0;

  constructor(zones: Record<string, string> = {}) {
    for (const [user, tz] of Object.entries(zones)) this.zones.set(user, tz);
  }

  async timeZone(_teamId: string, userId: string) {
    this.tzCalls += 1;
    return this.zones.get(userId) ?? 'Europe/London';
  }
  async timeZones(_teamId: string, cursor?: string) {
    this.listCalls += 1;
    const all = this.members ?? [...this.zones].map(([id, tz]) => ({ id, tz }));
    const from = Number(cursor ?? 0);
    const next = from + this.pageSize;
    return { users: all.slice(from, next), next: next < all.length ? String(next) : undefined };
  }
  async openDm(_teamId: string, userId: string) {
    this.openCalls += 1;
    return `D-${userId}`;
  }
  async post(teamId: string, channel: string, message: ReminderMessage, batch: string) {
    const now = (this.inFlight.get(teamId) ?? 0) + 1;
    this.inFlight.set(teamId, now);
    this.peakPerTeam.set(teamId, Math.max(this.peakPerTeam.get(teamId) ?? 0, now));
    this.peak = Math.max(
      this.peak,
      [...this.inFlight.values()].reduce((a, b) => a + b, 0),
    );
    try {
      return await this.#post(channel, message, batch);
    } finally {
      this.inFlight.set(teamId, (this.inFlight.get(teamId) ?? 1) - 1);
    }
  }
  async #post(channel: string, message: ReminderMessage, batch: string) {
    if (this.postDelayMs) await new Promise((r) => setTimeout(r, this.postDelayMs));
    const failure = this.failNextPost;
    if (failure) {
      this.failNextPost = undefined;
      throw failure;
    }
    const dm = channel.startsWith('D-') ? channel : `D-${channel}`;
    this.posted.push({ userId: dm.replace(/^D-/, ''), channel: dm, batch, message });
    const after = this.failNextPostAfter;
    if (after) {
      this.failNextPostAfter = undefined;
      throw after;
    }
    return dm;
  }
  async wasPosted(_teamId: string, channel: string, batch: string) {
    if (this.historyError) throw this.historyError;
    return this.posted.some((p) => p.channel === channel && p.batch === batch);
  }
  textOf(i: number): string {
    return JSON.stringify(this.posted[i]?.message.blocks ?? []);
  }
}
