// The sweep at scale (issue 13), on every store: exactly once with two instances sweeping many
// users at once through the stand-in Slack while posts fail after posting or answer 429; the
// handover to the next sweep; concurrency bounded per workspace; time zones filled by users.list
// and the steady state at one call a reminder; the users whose day ends soonest first. Bounded
// behaviour only: speed is the bench's (`npm run bench -- sweep`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';
import type { Tracking } from '../../src/tracking/index.js';
import { SlackPacer } from '../../src/tracking/pacer.js';
import { REMINDER_EVENT_TYPE, reminderSlack, sweepWebClient } from '../../src/tracking/slack.js';
import { runSweep, type SweepSummary } from '../../src/tracking/sweep.js';
import type { Owner } from '../../src/tracking/types.js';
import { allBackends } from '../store/backends.js';
import { FakeSlack, makeTracking, NOTE } from './helpers.js';

const at = (iso: string) => new Date(iso);
const SENT = '2026-11-16T10:00:00Z';
/** A Wednesday, 10:00 UTC: working hours in London, Berlin and Moscow. */
const DUE = '2026-11-25T10:00:00Z';
const later = (minutes: number) => new Date(Date.parse(DUE) + minutes * 60_000);

let standin: SlackStandin;
beforeAll(async () => {
  standin = await startSlackStandin({ seed: 42 });
});
afterAll(() => standin.close());

const users = (team: string, n: number, prefix = 'U'): Owner[] =>
  Array.from({ length: n }, (_, i) => ({ teamId: team, userId: `${prefix}${team}${i}` }));

function remindersTo(userId: string): number {
  return standin
    .messages(standin.dmChannel(userId))
    .filter((m) => (m.metadata as { event_type?: string })?.event_type === REMINDER_EVENT_TYPE)
    .length;
}

/**
 * Round `round` of a quarter-hourly tick: every instance sweeps at once, each through its own
 * paced client to the stand-in, as separate processes would.
 */
function sweepBoth(
  instances: Array<{ tracking: Tracking }>,
  round: number,
  options: { concurrency?: number } = {},
): Promise<SweepSummary[]> {
  return Promise.all(
    instances.map(({ tracking }) =>
      runSweep(
        {
          tracking,
          slack: reminderSlack(sweepWebClient('xoxb-test', standin.url), {
            pacer: new SlackPacer(),
          }),
          ...options,
        },
        later(15 * round),
      ),
    ),
  );
}

const total = (summaries: SweepSummary[]) => summaries.reduce((n, s) => n + s.sent, 0);

for (const backend of allBackends()) {
  // Real stores under three sweeps of 40 users: on a busy CI machine a run can pass 20 s.
  describe.skipIf(!backend.available)(
    `the sweep at scale on ${backend.name}`,
    { timeout: 90_000 },
    () => {
      const twoInstances = async () => {
        const url = backend.url();
        const namespace = backend.namespace();
        const one = await makeTracking({ url, namespace });
        const two = backend.name === 'memory' ? one : await makeTracking({ url, namespace });
        const close = async () => {
          await one.store.close();
          if (two !== one) await two.store.close();
        };
        return { one, two, close };
      };

      it('two instances, 40 users, posts that land but answer 500: each user reminded once', async () => {
        const { one, two, close } = await twoInstances();
        const owners = [
          ...users('TA', 20, `U5${backend.name.toUpperCase()}`),
          ...users('TB', 20, `U5${backend.name.toUpperCase()}`),
        ];
        for (const o of owners) await one.tracking.trackSent(o, NOTE, at(SENT));
        standin.fail('chat.postMessage', { status: 500, when: 'after', rate: 0.25 });
        const summaries: SweepSummary[] = [];
        for (let round = 0; round < 3; round++) {
          summaries.push(...(await sweepBoth([one, two], round, { concurrency: 8 })));
        }
        standin.clearFailures();
        expect(owners.map((o) => remindersTo(o.userId))).toEqual(owners.map(() => 1));
        expect(total(summaries)).toBe(40);
        await close();
      });

      it('two instances, 40 users, 30% of posts answered 429: each once, the 429s bounded', async () => {
        const { one, two, close } = await twoInstances();
        const owners = [
          ...users('TC', 20, `U4${backend.name.toUpperCase()}`),
          ...users('TD', 20, `U4${backend.name.toUpperCase()}`),
        ];
        for (const o of owners) await one.tracking.trackSent(o, NOTE, at(SENT));
        standin.clearCalls();
        standin.fail('chat.postMessage', { error: 'ratelimited', retryAfter: 0, rate: 0.3 });
        const summaries: SweepSummary[] = [];
        for (let round = 0; round < 3 && total(summaries) < 40; round++) {
          summaries.push(...(await sweepBoth([one, two], round)));
        }
        standin.clearFailures();
        expect(owners.map((o) => remindersTo(o.userId))).toEqual(owners.map(() => 1));
        const limited = standin.callsTo('chat.postMessage').filter((c) => c.status === 429).length;
        // Each 429 is answered to one try of one user, and a user gets 4 tries a sweep at most.
        expect(limited).toBeLessThanOrEqual(40);
        await close();
      });

      it('a sweep past its deadline hands its users to the next, which sends each once', async () => {
        const { one, two, close } = await twoInstances();
        const owners = users('TE', 12);
        for (const o of owners) await one.tracking.trackSent(o, NOTE, at(SENT));
        const slack = new FakeSlack();
        slack.postDelayMs = 5;
        // The first sweep is out of time at once: nothing started, everything still due.
        const late = await runSweep(
          { tracking: one.tracking, slack, deadline: Date.now() - 1 },
          later(0),
        );
        expect(late).toMatchObject({ due: 12, sent: 0, skipped: 12 });
        // The next tick's sweep, overlapping a third from another instance: each user once.
        const [a, b] = await Promise.all([
          runSweep({ tracking: two.tracking, slack, concurrency: 3 }, later(15)),
          runSweep({ tracking: one.tracking, slack, concurrency: 3 }, later(15)),
        ]);
        expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(12);
        expect(slack.posted.map((p) => p.userId).sort()).toEqual(
          owners.map((o) => o.userId).sort(),
        );
        await close();
      });

      it('bounds the users reminded at once, per workspace and in all, and serves workspaces in turn', async () => {
        const { one, close } = await twoInstances();
        for (const o of [...users('TF', 15), ...users('TG', 15)]) {
          await one.tracking.trackSent(o, NOTE, at(SENT));
        }
        const slack = new FakeSlack();
        slack.postDelayMs = 10;
        const summary = await runSweep(
          { tracking: one.tracking, slack, concurrency: 6, teamConcurrency: 4 },
          later(0),
        );
        expect(summary.sent).toBe(30);
        expect(slack.peak).toBeLessThanOrEqual(6);
        expect(slack.peak).toBeGreaterThan(1);
        expect(slack.peakPerTeam.get('TF')).toBeLessThanOrEqual(4);
        expect(slack.peakPerTeam.get('TG')).toBeLessThanOrEqual(4);
        // Both workspaces among the first six posts: one cannot hold the other back.
        const firstSix = new Set(slack.posted.slice(0, 6).map((p) => p.userId.slice(1, 3)));
        // (user ids are U<team><n>)
        expect(firstSix).toEqual(new Set(['TF', 'TG']));
        await close();
      });

      it('fills many unknown time zones with paged users.list, then a reminder is one call', async () => {
        const { one, close } = await twoInstances();
        const owners = users('TH', 25);
        for (const o of owners) await one.tracking.trackSent(o, NOTE, at(SENT));
        const slack = new FakeSlack();
        slack.pageSize = 10;
        slack.members = [
          ...owners.map((o, i) => ({ id: o.userId, tz: i === 0 ? 'Asia/Tokyo' : 'Europe/Berlin' })),
          { id: 'UNOTDUE', tz: 'Europe/Paris' },
        ];
        const first = await runSweep({ tracking: one.tracking, slack }, later(0));
        // Tokyo is at 19:00: its reminder waits for the morning; the 24 others go now.
        expect(first).toMatchObject({ due: 25, sent: 24, skipped: 1 });
        expect(slack.listCalls).toBe(3);
        expect(slack.tzCalls).toBe(0);
        expect(slack.openCalls).toBe(0);
        expect(await one.tracking.cachedTimeZone(owners[0] as Owner)).toBe('Asia/Tokyo');

        // A week on, the second reminders: zones and DM channels known, one call each.
        const before = { list: slack.listCalls, posts: slack.posted.length };
        const second = await runSweep(
          { tracking: one.tracking, slack },
          at('2026-12-02T10:00:00Z'),
        );
        expect(second.sent).toBe(24);
        expect(slack.listCalls - before.list + slack.tzCalls + slack.openCalls).toBe(0);
        expect(slack.posted.length - before.posts).toBe(24);
        expect(slack.posted.slice(-24).every((p) => p.channel.startsWith('D-'))).toBe(true);
        await close();
      });

      it('reminds first the users whose working day ends soonest', async () => {
        const { one, close } = await twoInstances();
        const zones = ['Europe/London', 'Europe/Moscow', 'Europe/Berlin'];
        const owners = users('TI', 3);
        for (const [i, o] of owners.entries()) {
          await one.tracking.trackSent(o, NOTE, at(SENT));
          await one.tracking.rememberTimeZone(o, zones[i] as string, at(SENT));
        }
        const slack = new FakeSlack();
        await runSweep({ tracking: one.tracking, slack, concurrency: 1 }, later(0));
        // Moscow's day ends at 15:00 UTC, Berlin's at 17:00, London's at 18:00.
        expect(slack.posted.map((p) => p.userId)).toEqual([
          owners[1]?.userId,
          owners[2]?.userId,
          owners[0]?.userId,
        ]);
        await close();
      });
    },
  );
}
