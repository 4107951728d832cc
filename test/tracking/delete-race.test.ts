// "Delete my data" is final (issue 10, item 2): snoozes, outcomes, settings and the sweep's
// record of a delivery that race a delete never bring a deleted request back, and nothing of
// the user is left in the store afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/seeded-random.js';
import type { Tracking } from '../../src/tracking/index.js';
import { keys, trackedRequestSchema } from '../../src/tracking/records.js';
import type { Owner } from '../../src/tracking/types.js';
import { sqliteRows } from '../store/sqlite-file.js';
import { makeTracking, NOTE } from './helpers.js';

/** Let `n` turns of the event loop's microtasks pass, so operations start interleaved. */
async function yields(n: number) {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

interface TrialResult {
  survivors: number;
  requests: number;
}

/** Two tracked requests, then two deletes racing snoozes, an outcome and a sweep's write. */
async function trial(
  tracking: Tracking,
  owner: Owner,
  random: () => number,
  n: number,
): Promise<TrialResult> {
  const now = tracking.clock.now();
  const a = await tracking.trackSent(owner, { ...NOTE, note: `${NOTE.note} ${n}a` }, now);
  const b = await tracking.trackSent(owner, { ...NOTE, note: `${NOTE.note} ${n}b` }, now);
  const ops: Array<() => Promise<unknown>> = [
    () => tracking.snooze(owner, a.id, now),
    () => tracking.snooze(owner, b.id, now),
    () => tracking.setOutcome(owner, b.id, 'accepted', now),
    () =>
      tracking.mutate(undefined, a.id, async (r) => {
        // the shape of the sweep's recordDelivery
        const updated = { ...r, remindersSent: r.remindersSent + 1 };
        await tracking.store.indexPut(keys.dueIndex, r.id, now.getTime() + 1);
        await tracking.store.set(keys.request(r.id), updated);
        return updated;
      }),
    () => tracking.deleteUserData(owner),
    () => tracking.deleteUserData(owner),
  ];
  await Promise.allSettled(
    ops.map(async (op) => {
      await yields(Math.floor(random() * 40));
      return op();
    }),
  );
  let survivors = 0;
  for (const id of [a.id, b.id]) {
    if (await tracking.store.get(keys.request(id), trackedRequestSchema)) survivors += 1;
    const due = await tracking.store.indexRange(keys.dueIndex);
    if (due.some((e) => e.member === id)) survivors += 1;
  }
  if ((await tracking.store.indexRange(keys.userIndex(owner))).length > 0) survivors += 1;
  return { survivors, requests: 2 };
}

async function run(url: string, trials: number, seed: number) {
  const { tracking, store } = await makeTracking({ url });
  const random = seededRandom(seed);
  let survivors = 0;
  let requests = 0;
  for (let i = 0; i < trials; i++) {
    const owner: Owner = { teamId: 'T1', userId: `U${i % 7}` };
    const result = await trial(tracking, owner, random, i);
    survivors += result.survivors;
    requests += result.requests;
  }
  return { survivors, requests, store, tracking };
}

const dir = mkdtempSync(join(tmpdir(), 'connectnote-delete-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The keys and index names still in a SQLite store's file. */
async function leftOf(file: string) {
  const records = await sqliteRows(file, 'SELECT key FROM keyv');
  const indexes = await sqliteRows(file, 'SELECT idx, member FROM cn_index');
  return [...records.map((r) => String(r.key)), ...indexes.map((r) => String(r.idx))];
}

describe('deleting a user racing their writes', () => {
  it('2,000 trials in memory: zero survivors', async () => {
    const { survivors, requests, store } = await run('memory://', 2_000, 10);
    console.info(`memory: ${survivors} survivors of ${requests} requests over 2,000 trials`);
    expect(survivors).toBe(0);
    await store.close();
  }, 60_000);

  it('200 trials on a SQLite file: zero survivors, and no key of the user left', async () => {
    const file = join(dir, 'race.sqlite');
    const { survivors, requests, store } = await run(`sqlite://${file}`, 200, 11);
    console.info(`sqlite: ${survivors} survivors of ${requests} requests over 200 trials`);
    await store.close();
    expect(survivors).toBe(0);
    const records = await sqliteRows(file, 'SELECT key FROM keyv');
    const indexes = await sqliteRows(file, 'SELECT idx, member FROM cn_index');
    const leases = await sqliteRows(file, 'SELECT key FROM cn_lease WHERE expires > 0');
    const left = [
      ...records.map((r) => String(r.key)),
      ...indexes.map((r) => `${r.idx} ${r.member}`),
      ...leases.map((r) => String(r.key)),
    ];
    expect(left).toEqual([]);
  }, 120_000);
});

describe('the store’s size per user', () => {
  it('keeps at most maxRequestsPerUser requests, dropping decided ones first, then the oldest', async () => {
    const { tracking, store } = await makeTracking({ url: 'memory://' });
    const capped = new (tracking.constructor as typeof Tracking)({
      store,
      clock: tracking.clock,
      config: { reminderAfterDays: 7 },
      logger: tracking.logger,
      maxRequestsPerUser: 5,
    } as ConstructorParameters<typeof Tracking>[0]);
    const owner: Owner = { teamId: 'T1', userId: 'U_CAP' };
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const at = new Date(Date.parse('2026-11-02T10:00:00Z') + i * 60_000);
      const r = await capped.trackSent(owner, { ...NOTE, note: `${NOTE.note} ${i}` }, at);
      ids.push(r.id);
      if (i === 1) await capped.setOutcome(owner, r.id, 'accepted', at);
    }
    const kept = (await store.indexRange(keys.userIndex(owner))).map((e) => e.member);
    expect(kept).toHaveLength(5);
    // The decided one (index 1) went first, then the oldest pending ones (0 and 2).
    expect(kept.sort()).toEqual([ids[3], ids[4], ids[5], ids[6], ids[7]].sort());
    const due = (await store.indexRange(keys.dueIndex)).map((e) => e.member);
    for (const id of [ids[0], ids[1], ids[2]]) {
      expect(await store.get(keys.request(id as string), trackedRequestSchema)).toBeUndefined();
      expect(due).not.toContain(id);
    }
    await store.close();
  });
});

describe('deleting a user after reminders went out', () => {
  it('leaves no delivery marker behind', async () => {
    const { runSweep } = await import('../../src/tracking/sweep.js');
    const { FakeSlack } = await import('./helpers.js');
    const file = join(dir, 'delivered.sqlite');
    const { tracking, store } = await makeTracking({ url: `sqlite://${file}` });
    const owner: Owner = { teamId: 'T1', userId: 'U_DELIVERED' };
    await tracking.trackSent(owner, NOTE, new Date('2026-11-02T10:00:00Z'));
    const slack = new FakeSlack();
    expect((await runSweep({ tracking, slack }, new Date('2026-11-09T10:00:00Z'))).sent).toBe(1);
    expect((await runSweep({ tracking, slack }, new Date('2026-11-16T10:00:00Z'))).sent).toBe(1);
    await tracking.deleteUserData(owner);
    await store.close();
    expect(await leftOf(file)).toEqual([]);
  });
});

// The merge of issue 10 with the sweep at scale (issue 13): the sweep now keeps more of each user
// (time zones from users.info and users.list, the DM channel, its intent, delivery markers), and
// learns them while it holds the user, concurrently with others. A deletion landing mid-sweep
// must still leave nothing behind.
describe('deleting a user while the sweep is reminding them', () => {
  it('during the post: no DM channel, delivery marker or intent is written back', async () => {
    const { runSweep } = await import('../../src/tracking/sweep.js');
    const { FakeSlack } = await import('./helpers.js');
    const file = join(dir, 'mid-post.sqlite');
    const { tracking, store } = await makeTracking({ url: `sqlite://${file}` });
    const owner: Owner = { teamId: 'T1', userId: 'U_MID_POST' };
    await tracking.trackSent(owner, NOTE, new Date('2026-11-02T10:00:00Z'));
    await tracking.rememberTimeZone(owner, 'Europe/London');
    const slack = new FakeSlack();
    const post = slack.post.bind(slack);
    slack.post = async (teamId, channel, message, batch) => {
      const answer = await post(teamId, channel, message, batch);
      await tracking.deleteUserData(owner); // "Delete my data" while the DM is on its way
      return answer;
    };
    const summary = await runSweep({ tracking, slack }, new Date('2026-11-09T10:00:00Z'));
    expect(summary.failed).toBe(0);
    await store.close();
    expect(await leftOf(file)).toEqual([]);
  });

  it('while its time zone is asked (users.info, users.list): the zone is not kept', async () => {
    const { runSweep } = await import('../../src/tracking/sweep.js');
    const { FakeSlack } = await import('./helpers.js');
    const file = join(dir, 'mid-tz.sqlite');
    const { tracking, store } = await makeTracking({ url: `sqlite://${file}` });
    const owners: Owner[] = Array.from({ length: 12 }, (_, i) => ({
      teamId: 'T1',
      userId: `U_TZ${i}`,
    }));
    for (const owner of owners) {
      await tracking.trackSent(owner, NOTE, new Date('2026-11-02T10:00:00Z'));
    }
    const slack = new FakeSlack(Object.fromEntries(owners.map((o) => [o.userId, 'Europe/London'])));
    const list = slack.timeZones.bind(slack);
    slack.timeZones = async (teamId, cursor) => {
      const page = await list(teamId, cursor);
      for (const user of page.users) await tracking.deleteUserData({ teamId, userId: user.id });
      return page;
    };
    await runSweep({ tracking, slack, listThreshold: 10 }, new Date('2026-11-09T10:00:00Z'));
    expect(slack.listCalls).toBeGreaterThan(0);
    expect(slack.posted).toEqual([]);
    await store.close();
    expect(await leftOf(file)).toEqual([]);
  });
});
