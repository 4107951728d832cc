// Pacing per workspace and method, on a virtual clock: no test here waits in real time.
import { describe, expect, it } from 'vitest';
import { METHOD_RATES, type PacerClock, SlackPacer } from '../../src/tracking/pacer.js';

/** A clock whose sleeps move time forward at once, recording when each call went. */
function virtualClock(): PacerClock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

async function times(
  pacer: SlackPacer,
  clock: { t: number },
  team: string,
  method: string,
  n: number,
) {
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    await pacer.take(team, method);
    at.push(clock.t);
  }
  return at;
}

describe('the sweep’s pacer', () => {
  it('lets a burst go, then paces each method to its tier', async () => {
    const clock = virtualClock();
    const pacer = new SlackPacer({ clock });
    const burst = METHOD_RATES['users.list']?.burst ?? 0;
    const at = await times(pacer, clock, 'T1', 'users.list', burst + 5);
    expect(at.slice(0, burst).every((t) => t === 0)).toBe(true);
    // Tier 2: 20 a minute, so 3 s apart after the burst.
    const gaps = at.slice(burst).map((t, i) => t - (at[burst + i - 1] ?? 0));
    for (const gap of gaps.slice(1)) expect(gap).toBeCloseTo(3_000, 0);
    // 60 s of users.list at most 20 + burst calls.
    const minute = await times(pacer, clock, 'T2', 'users.list', 40);
    expect(minute.filter((t) => t < 60_000).length).toBeLessThanOrEqual(20 + burst);
  });

  it('a 429 waits out Retry-After and halves that workspace’s method alone', async () => {
    const clock = virtualClock();
    const pacer = new SlackPacer({ clock });
    const full = pacer.currentRate('T1', 'chat.postMessage');
    await times(pacer, clock, 'T1', 'chat.postMessage', 5);
    const limitedAt = clock.t;
    pacer.rateLimited('T1', 'chat.postMessage', 2);
    expect(pacer.currentRate('T1', 'chat.postMessage')).toBe(full / 2);

    // Another workspace and another method in the same workspace go on at once, at full speed.
    const other = await times(pacer, clock, 'T2', 'chat.postMessage', 5);
    expect(other.every((t) => t === limitedAt)).toBe(true);
    await pacer.take('T1', 'users.info');
    expect(clock.t).toBe(limitedAt);
    expect(pacer.currentRate('T2', 'chat.postMessage')).toBe(full);

    // T1's posts wait the 2 s, then go one by one at the lowered pace: no burst after a 429.
    const after = await times(pacer, clock, 'T1', 'chat.postMessage', 4);
    expect(after[0]).toBeGreaterThanOrEqual(limitedAt + 2_000);
    expect((after[3] ?? 0) - (after[0] ?? 0)).toBeCloseTo((3 * 1000) / (full / 2), 0);
  });

  it('wins the rate back with successes, and never falls below a floor', async () => {
    const pacer = new SlackPacer({ clock: virtualClock() });
    const full = pacer.currentRate('T1', 'chat.postMessage');
    for (let i = 0; i < 10; i++) pacer.rateLimited('T1', 'chat.postMessage', 0);
    expect(pacer.currentRate('T1', 'chat.postMessage')).toBe(full / 16);
    for (let i = 0; i < 40; i++) pacer.succeeded('T1', 'chat.postMessage');
    expect(pacer.currentRate('T1', 'chat.postMessage')).toBe(full);
    expect(pacer.stats.rateLimited.get('T1 chat.postMessage')).toBe(10);
  });

  it('callers already waiting when a 429 comes queue again behind its Retry-After', async () => {
    let t = 0;
    const sleepers: Array<{ until: number; wake: () => void }> = [];
    const clock: PacerClock = {
      now: () => t,
      sleep: (ms) => new Promise((wake) => sleepers.push({ until: t + ms, wake: () => wake() })),
    };
    const pacer = new SlackPacer({ clock, rates: { m: { perSecond: 1, burst: 1 } } });
    await pacer.take('T1', 'm'); // t = 0
    const went: number[] = [];
    const waiting = pacer.take('T1', 'm').then(() => went.push(t)); // slot at 1 s
    await Promise.resolve();
    pacer.rateLimited('T1', 'm', 5); // at t = 0: nothing before 5 s
    // Wake every sleeper at its time until the waiting caller goes.
    while (went.length === 0) {
      sleepers.sort((a, b) => a.until - b.until);
      const next = sleepers.shift();
      if (!next) break;
      t = next.until;
      next.wake();
      await new Promise((r) => setImmediate(r));
    }
    await waiting;
    expect(went[0]).toBeGreaterThanOrEqual(5_000);
  });
});
