// Shutdown (issue 10, item 9): /healthz answers 503 for a grace period while the app still
// serves, so a load balancer sees it before the listener closes; a running sweep is waited for
// only so long.
import { describe, expect, it } from 'vitest';
import { everySecondScheduler, FakeSlack, trackingWithOneDue } from '../tracking/helpers.js';
import { startHarness } from './harness.js';

describe('stopping the app', () => {
  it('answers /healthz with 503 during the grace period, then closes', async () => {
    const h = await startHarness({}, { stopGraceMs: 1_500 });
    const health = `${h.app.baseUrl}/healthz`;
    expect((await fetch(health)).status).toBe(200);
    const stopped = h.app.stop();
    let done = false;
    void stopped.then(() => {
      done = true;
    });
    const during = await fetch(health);
    expect(during.status).toBe(503);
    expect(done).toBe(false);
    // Slack's requests are still served meanwhile.
    const res = await h.sender.event({ type: 'url_verification', challenge: 'c' });
    expect(res.status).toBe(200);
    await stopped;
    await expect(fetch(health)).rejects.toThrow();
    await h.store.close();
    await h.slack.close();
  });
});

describe('stopping the scheduler', () => {
  it('waits for a running sweep only up to its bound', async () => {
    const { tracking, store, clock, logger } = await trackingWithOneDue();
    const slack = new FakeSlack();
    let started = false;
    let release: () => void = () => undefined;
    slack.timeZone = async () => {
      started = true;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return 'UTC';
    };
    const scheduler = everySecondScheduler({ tracking, logger, clock, slack });
    await expect.poll(() => started, { timeout: 5_000, interval: 50 }).toBe(true);
    // The sweep hangs on Slack; stop() must still come back.
    const outcome = await Promise.race([
      scheduler.stop(300).then(() => 'stopped'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
    ]);
    expect(outcome).toBe('stopped');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/sweep still running/));
    release();
    await store.close();
  });
});
