// Sending once: two instances sweeping the same store at the same time, and a sweep that dies
// between claiming and recording. Runs on real SQLite files and the real Redis (TEST_REDIS_URL).
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { runSweep } from '../../src/tracking/sweep.js';
import { allBackends } from '../store/backends.js';
import { FakeSlack, makeTracking, NOTE, slackError } from './helpers.js';

const at = (iso: string) => new Date(iso);
const SENT = '2026-11-02T10:00:00Z';
const DUE = '2026-11-09T10:00:00Z';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A store that dies (throws) the first time a key matching `when` is written. */
function crashingStore(store: Store, when: RegExp): Store {
  let crashed = false;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'set') {
        return async (key: string, value: unknown, ttl?: number) => {
          if (!crashed && when.test(key)) {
            crashed = true;
            throw new Error(`simulated crash writing ${key}`);
          }
          return target.set(key, value, ttl);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

for (const backend of allBackends().filter((b) => b.name !== 'memory')) {
  describe.skipIf(!backend.available)(`sending once on ${backend.name}`, () => {
    const twoInstances = async () => {
      const url = backend.url();
      const namespace = backend.namespace();
      const one = await makeTracking({ url, namespace });
      const two = await makeTracking({ url, namespace });
      return { one, two, close: async () => Promise.all([one.store.close(), two.store.close()]) };
    };

    it('two instances sweeping at once send each user one DM', async () => {
      const { one, two, close } = await twoInstances();
      const users = ['U1', 'U2', 'U3', 'U4', 'U5'];
      for (const userId of users) {
        for (const name of ['Ana', 'Ben']) {
          await one.tracking.trackSent({ teamId: 'T1', userId }, { ...NOTE, name }, at(SENT));
        }
      }
      const slack = new FakeSlack();
      slack.postDelayMs = 20;
      const results = await Promise.all([
        runSweep({ tracking: one.tracking, slack }, at(DUE)),
        runSweep({ tracking: two.tracking, slack }, at(DUE)),
        runSweep({ tracking: two.tracking, slack }, at(DUE)),
      ]);
      expect(slack.posted.map((p) => p.userId).sort()).toEqual(users);
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(10);
      for (const r of results) expect(r.sent + r.failed + r.skipped).toBe(r.due);
      expect((await runSweep({ tracking: one.tracking, slack }, at(DUE))).due).toBe(0);
      await close();
    });

    it('a sweep that dies after claiming, before sending: the reminder waits for the lease, then goes once', async () => {
      const { one, two, close } = await twoInstances();
      await one.tracking.trackSent({ teamId: 'T1', userId: 'U1' }, NOTE, at(SENT));
      const slack = new FakeSlack();
      const dying = await makeTracking({
        store: crashingStore(one.store, /^intent:/),
      });
      const crashed = await runSweep({ tracking: dying.tracking, slack, leaseMs: 300 }, at(DUE));
      expect(crashed).toMatchObject({ due: 1, sent: 0, failed: 1 });
      expect(slack.posted).toHaveLength(0);
      // The dead sweep's lease still holds the user.
      expect(await runSweep({ tracking: two.tracking, slack }, at(DUE))).toMatchObject({
        skipped: 1,
      });
      await sleep(350);
      expect(await runSweep({ tracking: two.tracking, slack }, at(DUE))).toMatchObject({ sent: 1 });
      expect(slack.posted).toHaveLength(1);
      await close();
    });

    it('a sweep that dies after sending, before recording: the next one finds the DM and does not repeat it', async () => {
      const { one, two, close } = await twoInstances();
      const r = await one.tracking.trackSent({ teamId: 'T1', userId: 'U1' }, NOTE, at(SENT));
      const slack = new FakeSlack();
      const dying = await makeTracking({ store: crashingStore(one.store, /^delivered:/) });
      await runSweep({ tracking: dying.tracking, slack, leaseMs: 200 }, at(DUE));
      expect(slack.posted).toHaveLength(1);
      await sleep(250);
      expect(await runSweep({ tracking: two.tracking, slack }, at(DUE))).toMatchObject({
        due: 1,
        sent: 0,
        skipped: 1,
      });
      expect(slack.posted).toHaveLength(1);
      const after = await two.tracking.getRequest({ teamId: 'T1', userId: 'U1' }, r.id);
      expect(after.ok && after.request.remindersSent).toBe(1);
      expect(after.ok && after.request.nextReminderAt).toBe('2026-11-16T10:00:00.000Z');
      await close();
    });

    it('when Slack cannot say whether it went out, it is sent again rather than lost', async () => {
      const { one, two, close } = await twoInstances();
      await one.tracking.trackSent({ teamId: 'T1', userId: 'U1' }, NOTE, at(SENT));
      const slack = new FakeSlack();
      const dying = await makeTracking({ store: crashingStore(one.store, /^delivered:/) });
      await runSweep({ tracking: dying.tracking, slack, leaseMs: 200 }, at(DUE));
      slack.historyError = slackError('missing_scope');
      await sleep(250);
      expect(await runSweep({ tracking: two.tracking, slack }, at(DUE))).toMatchObject({ sent: 1 });
      expect(slack.posted).toHaveLength(2);
      expect((await runSweep({ tracking: two.tracking, slack }, at(DUE))).due).toBe(0);
      await close();
    });
  });
}
