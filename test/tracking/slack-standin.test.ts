// The sweep against the stand-in Slack through the real WebClient: time zones from users.info,
// a long 429 left to the next sweep and a short one waited out, 500s settled through the DM
// history (posted once, whether Slack acted or not), a permanent refusal stopping that user.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';
import type { Tracking } from '../../src/tracking/index.js';
import { reminderSlack, sweepWebClient } from '../../src/tracking/slack.js';
import { runSweep } from '../../src/tracking/sweep.js';
import type { Owner } from '../../src/tracking/types.js';
import { makeTracking, NOTE } from './helpers.js';

const at = (iso: string) => new Date(iso);
const TOKYO = { teamId: 'T1', userId: 'U0TOKYO' };

let standin: SlackStandin;
beforeAll(async () => {
  standin = await startSlackStandin({
    users: [{ id: TOKYO.userId, tz: 'Asia/Tokyo' }],
  });
});
afterAll(() => standin.close());
beforeEach(() => {
  standin.clearFailures();
  standin.clearCalls();
});

const slack = () =>
  reminderSlack(sweepWebClient('xoxb-test', standin.url, { retryConfig: { retries: 0 } }));
const delivered = (userId: string) =>
  standin.messages(standin.dmChannel(userId)).filter((m) => !m.ephemeralTo);

/** A fresh Tracking in which `owner` sent NOTE at `sent` (Monday 2 November, 10:00Z, unless told). */
async function sentBy(owner: Owner, sent = '2026-11-02T10:00:00Z') {
  const made = await makeTracking();
  await made.tracking.trackSent(owner, NOTE, at(sent));
  return made;
}

/** One sweep at `iso` through the real WebClient (or the `through` given). */
const sweepAt = (tracking: Tracking, iso: string, through = slack()) =>
  runSweep({ tracking, slack: through }, at(iso));

describe('the sweep against the stand-in Slack', () => {
  it('reads the user’s time zone from users.info and DMs within their working hours', async () => {
    const { tracking } = await sentBy(TOKYO, '2026-11-02T01:00:00Z');
    // Monday 2026-11-09 10:00Z is 19:00 in Tokyo: wait.
    expect(await sweepAt(tracking, '2026-11-09T10:00:00Z')).toMatchObject({
      skipped: 1,
    });
    expect(await sweepAt(tracking, '2026-11-10T00:30:00Z')).toMatchObject({
      sent: 1,
    });
    expect(standin.callsTo('users.info')).toHaveLength(1);
    const [dm] = delivered(TOKYO.userId);
    expect(JSON.stringify(dm?.blocks)).toContain('Ana Souza');
    expect(dm?.metadata).toMatchObject({ event_type: 'connectnote_reminder' });
  });

  it('retries after Slack answers 429', async () => {
    const london1 = { teamId: 'T1', userId: 'U0LON1' }; // unknown users are in Europe/London
    const { tracking } = await sentBy(london1);
    standin.fail('chat.postMessage', { error: 'ratelimited', retryAfter: 120 });
    const started = Date.now();
    expect(await sweepAt(tracking, '2026-11-09T10:00:00Z')).toEqual({
      due: 1,
      sent: 0,
      failed: 1,
      skipped: 0,
    });
    expect(Date.now() - started).toBeLessThan(5_000); // did not sit out the Retry-After
    expect(await sweepAt(tracking, '2026-11-09T10:15:00Z')).toMatchObject({
      sent: 1,
    });
    expect(delivered(london1.userId)).toHaveLength(1);
  });

  it('waits out a short 429 within the sweep', async () => {
    const user = { teamId: 'T1', userId: 'U0LON5' };
    const { tracking } = await sentBy(user);
    standin.fail('chat.postMessage', { error: 'ratelimited', retryAfter: 1 });
    expect(await sweepAt(tracking, '2026-11-09T10:00:00Z')).toMatchObject({
      sent: 1,
      failed: 0,
    });
    expect(standin.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(delivered(user.userId)).toHaveLength(1);
  });

  it('a 500 before Slack acted: the DM history says it is not there, so it is posted once', async () => {
    const london2 = { teamId: 'T1', userId: 'U0LON2' }; // unknown users are in Europe/London
    const { tracking } = await sentBy(london2);
    standin.fail('chat.postMessage', { status: 500 });
    expect(await sweepAt(tracking, '2026-11-09T10:00:00Z')).toMatchObject({
      sent: 1,
    });
    expect(await sweepAt(tracking, '2026-11-09T10:30:00Z')).toMatchObject({
      due: 0,
    });
    expect(standin.callsTo('conversations.history')).toHaveLength(1);
    expect(delivered(london2.userId)).toHaveLength(1);
  });

  it('a 500 or 503 after Slack posted: recorded from the DM history, never posted again', async () => {
    for (const status of [500, 503]) {
      const user = { teamId: 'T1', userId: `U0AFTER${status}` };
      const { tracking } = await sentBy(user);
      standin.fail('chat.postMessage', { status, when: 'after', times: 2 });
      expect(await sweepAt(tracking, '2026-11-09T10:00:00Z')).toMatchObject({ sent: 1 });
      standin.clearFailures();
      expect(await sweepAt(tracking, '2026-11-09T10:30:00Z')).toMatchObject({ due: 0 });
      expect(delivered(user.userId)).toHaveLength(1);
    }
  });

  it('a post that times out may still land: the next sweep settles it from the history', async () => {
    const user = { teamId: 'T1', userId: 'U0HANG' };
    const { tracking } = await sentBy(user);
    // Slack posts, then hangs past the client's timeout.
    standin.fail('chat.postMessage', { status: 500, when: 'after', delayMs: 1_500 });
    const hasty = () => reminderSlack(sweepWebClient('xoxb-test', standin.url, { timeout: 300 }));
    expect(await sweepAt(tracking, '2026-11-09T10:00:00Z', hasty())).toMatchObject({
      failed: 1,
    });
    expect(await sweepAt(tracking, '2026-11-09T10:15:00Z', hasty())).toMatchObject({
      sent: 0,
    });
    expect(delivered(user.userId)).toHaveLength(1);
    expect(await sweepAt(tracking, '2026-11-16T10:15:00Z')).toMatchObject({
      due: 1,
      sent: 1,
    });
    expect(delivered(user.userId)).toHaveLength(2); // the second reminder, a week on
  });

  it('retries when users.info fails for a passing reason', async () => {
    const london3 = { teamId: 'T1', userId: 'U0LON3' }; // unknown users are in Europe/London
    const { tracking } = await sentBy(london3);
    standin.fail('users.info', { status: 503 });
    expect(await sweepAt(tracking, '2026-11-09T10:00:00Z')).toMatchObject({
      failed: 1,
    });
    expect(await sweepAt(tracking, '2026-11-09T10:15:00Z')).toMatchObject({
      sent: 1,
    });
  });

  it('stops reminding a user Slack will never deliver to, and logs it', async () => {
    const london4 = { teamId: 'T1', userId: 'U0LON4' }; // unknown users are in Europe/London
    const { tracking, logger } = await sentBy(london4);
    standin.fail('chat.postMessage', { error: 'user_not_found' });
    expect(await sweepAt(tracking, '2026-11-09T10:00:00Z')).toMatchObject({
      failed: 1,
    });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('user_not_found'));
    expect(await sweepAt(tracking, '2026-11-16T10:00:00Z')).toMatchObject({
      due: 0,
    });
    expect((await tracking.home(london4, at('2026-11-16T10:00:00Z'))).pending).toHaveLength(1);
  });
});
