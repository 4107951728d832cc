import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/index.js';
import { storeRunCoordinator } from '../../src/tracking/scheduler.js';
import type { SweepSummary } from '../../src/tracking/sweep.js';
import { allBackends } from '../store/backends.js';
import { everySecondScheduler, FakeSlack, makeTracking, trackingWithOneDue } from './helpers.js';

// Memory stores are private to their process, so only shared backends can elect.
for (const backend of allBackends().filter((b) => b.name !== 'memory')) {
  describe.skipIf(!backend.available)(`tick election on ${backend.name}`, () => {
    it('elects exactly one instance per tick', async () => {
      const url = backend.url();
      const namespace = backend.namespace();
      const stores = await Promise.all(
        [1, 2, 3].map(() => openStore(url, undefined, { namespace })),
      );
      const coordinators = stores.map((store) => storeRunCoordinator(store));
      for (const tick of ['a:2026-11-09T10:00:00.000Z', 'a:2026-11-09T10:15:00.000Z']) {
        const votes = await Promise.all(coordinators.map((c) => c.shouldRun(tick, 60_000)));
        expect(votes.filter(Boolean)).toHaveLength(1);
      }
      await Promise.all(stores.map((s) => s.close()));
    });
  });
}

describe('the reminder scheduler', () => {
  it('sweeps on its cron, one instance per tick, and stops cleanly', async () => {
    const backend = allBackends()[1]; // sqlite: two instances share one file
    const url = backend?.url() ?? 'memory://';
    const one = await trackingWithOneDue(url);
    const two = await makeTracking({ url, start: '2026-11-09T10:00:00Z' });
    const slack = new FakeSlack();
    const sweeps: SweepSummary[] = [];
    const schedulers = [one, two].map((t) =>
      everySecondScheduler({
        tracking: t.tracking,
        logger: t.logger,
        clock: t.clock,
        slack,
        onSweep: (s) => sweeps.push(s),
      }),
    );
    await new Promise((r) => setTimeout(r, 2_600));
    await Promise.all(schedulers.map((s) => s.stop()));
    const count = sweeps.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3); // one per second, not two
    expect(slack.posted).toHaveLength(1);
    expect(sweeps.reduce((n, s) => n + s.sent, 0)).toBe(1);
    await new Promise((r) => setTimeout(r, 1_200));
    expect(sweeps).toHaveLength(count); // stopped
    await one.store.close();
    await two.store.close();
  });
});

describe('node-cron’s own messages', () => {
  it('go through the app’s logger, not the console', async () => {
    const { tracking, store, clock } = await trackingWithOneDue();
    // A sweep that takes longer than the one-second cron: node-cron blocks the next tick and
    // says so.
    const slack = new FakeSlack();
    slack.timeZone = async () => {
      await new Promise((r) => setTimeout(r, 1_500));
      return 'UTC';
    };
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
    const console = ['log', 'info', 'warn', 'error', 'debug'].map((m) =>
      vi.spyOn(globalThis.console, m as 'log'),
    );
    try {
      const scheduler = everySecondScheduler({ tracking, logger, clock, slack });
      await expect
        .poll(() => lines.join('\n'), { timeout: 5_000, interval: 100 })
        .toMatch(/WARN connectnote: node-cron: task still running, new execution blocked/);
      await scheduler.stop();
      for (const spy of console) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of console) spy.mockRestore();
      await store.close();
    }
  });
});
