import { describe, expect, it } from 'vitest';
import { runSweep } from '../../src/tracking/sweep.js';
import { ALICE, BOB, FakeSlack, makeTracking, NOTE, slackError } from './helpers.js';

const at = (iso: string) => new Date(iso);

describe('the reminder sweep', () => {
  it('reminds after 7 days, again a week later, suggests withdrawing at three weeks, then stops', async () => {
    const { tracking } = await makeTracking();
    const slack = new FakeSlack();
    const sweep = (iso: string) => runSweep({ tracking, slack }, at(iso));
    const request = await tracking.trackSent(ALICE, NOTE, at('2026-11-02T10:00:00Z')); // Monday

    expect(await sweep('2026-11-09T09:59:00Z')).toEqual({ due: 0, sent: 0, failed: 0, skipped: 0 });
    expect(await sweep('2026-11-09T10:00:00Z')).toEqual({ due: 1, sent: 1, failed: 0, skipped: 0 });
    const first = slack.textOf(0);
    expect(first).toContain('*Ana Souza*');
    expect(first).toContain('7 days');
    expect(first).toContain('I’ll send you the deck');
    for (const id of [
      'reminder_accepted',
      'reminder_snooze',
      'reminder_followup',
      'reminder_stop',
    ]) {
      expect(first).toContain(id);
    }
    expect(await sweep('2026-11-09T10:15:00Z')).toEqual({ due: 0, sent: 0, failed: 0, skipped: 0 });

    expect((await sweep('2026-11-16T10:00:00Z')).sent).toBe(1);
    expect(slack.textOf(1)).toContain('14 days');
    expect((await sweep('2026-11-23T10:00:00Z')).sent).toBe(1);
    expect(slack.textOf(2)).toContain('21 days');
    expect(slack.textOf(2)).toMatch(/withdraw/);
    expect(slack.textOf(2)).toMatch(/up to three weeks/);
    expect((await sweep('2026-11-30T10:00:00Z')).due).toBe(0);
    expect((await sweep('2027-01-04T10:00:00Z')).due).toBe(0);
    expect(slack.posted).toHaveLength(3);

    // Snoozing after the last reminder brings one more, a week later.
    await tracking.snooze(ALICE, request.id, at('2027-01-04T10:00:00Z'));
    expect((await sweep('2027-01-11T10:00:00Z')).sent).toBe(1);
    expect((await sweep('2027-01-18T10:00:00Z')).due).toBe(0);
  });

  it('does not remind about a request once it has an outcome', async () => {
    const { tracking } = await makeTracking();
    const slack = new FakeSlack();
    const r = await tracking.trackSent(ALICE, NOTE, at('2026-11-02T10:00:00Z'));
    await tracking.setOutcome(ALICE, r.id, 'accepted', at('2026-11-05T10:00:00Z'));
    expect(await runSweep({ tracking, slack }, at('2026-11-09T10:00:00Z'))).toEqual({
      due: 0,
      sent: 0,
      failed: 0,
      skipped: 0,
    });
  });

  it('sends one DM per user listing all their due requests', async () => {
    const { tracking } = await makeTracking();
    const slack = new FakeSlack();
    for (const name of ['Ana', 'Ben', 'Cleo']) {
      await tracking.trackSent(ALICE, { ...NOTE, name }, at('2026-11-02T10:00:00Z'));
    }
    await tracking.trackSent(BOB, { ...NOTE, name: 'Dana' }, at('2026-11-02T11:00:00Z'));
    expect(await runSweep({ tracking, slack }, at('2026-11-09T12:00:00Z'))).toEqual({
      due: 4,
      sent: 4,
      failed: 0,
      skipped: 0,
    });
    expect(slack.posted.map((p) => p.userId).sort()).toEqual(['U_ALICE', 'U_BOB']);
    const alice = slack.posted.find((p) => p.userId === 'U_ALICE');
    const text = JSON.stringify(alice?.message.blocks);
    for (const name of ['Ana', 'Ben', 'Cleo']) expect(text).toContain(`*${name}*`);
    expect(text).toContain('3 connection requests');
  });

  it('escapes what the user typed when echoing it', async () => {
    const { tracking } = await makeTracking();
    const slack = new FakeSlack();
    await tracking.trackSent(
      ALICE,
      {
        name: '<!channel> & co',
        relationship: 'cold',
        note: 'Hi <@U123>, see <https://evil|this> & more.',
      },
      at('2026-11-02T10:00:00Z'),
    );
    await runSweep({ tracking, slack }, at('2026-11-09T10:00:00Z'));
    const text = slack.textOf(0) + slack.posted[0]?.message.text;
    expect(text).not.toMatch(/<!channel>|<@U123>|<https:/);
    expect(text).toContain('&lt;!channel&gt; &amp; co');
  });

  describe('working hours in the user’s own time zone', () => {
    it('waits for 09:00 on the next weekday for a user ahead of UTC (Tokyo)', async () => {
      const { tracking, store } = await makeTracking();
      const slack = new FakeSlack({ U_ALICE: 'Asia/Tokyo' });
      // Due Friday 2026-11-13 10:00Z = 19:00 in Tokyo: after hours.
      await tracking.trackSent(ALICE, NOTE, at('2026-11-06T10:00:00Z'));
      expect(await runSweep({ tracking, slack }, at('2026-11-13T10:00:00Z'))).toMatchObject({
        due: 1,
        skipped: 1,
        sent: 0,
      });
      // Moved to Monday 09:00 JST = Monday 00:00Z; the weekend sweeps do not even read it.
      expect((await store.indexRange('due'))[0]?.score).toBe(Date.parse('2026-11-16T00:00:00Z'));
      expect((await runSweep({ tracking, slack }, at('2026-11-14T03:00:00Z'))).due).toBe(0);
      expect((await runSweep({ tracking, slack }, at('2026-11-15T23:59:00Z'))).due).toBe(0);
      expect(await runSweep({ tracking, slack }, at('2026-11-16T00:00:00Z'))).toMatchObject({
        sent: 1,
      });
      expect(slack.tzCalls).toBe(1); // cached
    });

    it('treats Sunday evening UTC as Monday morning in Auckland', async () => {
      const { tracking } = await makeTracking();
      const slack = new FakeSlack({ U_ALICE: 'Pacific/Auckland' });
      await tracking.trackSent(ALICE, NOTE, at('2026-11-08T21:00:00Z'));
      // Sunday 2026-11-15 21:00Z = Monday 10:00 NZDT.
      expect((await runSweep({ tracking, slack }, at('2026-11-15T21:00:00Z'))).sent).toBe(1);
    });

    it('follows the DST change in New York', async () => {
      const { tracking, store } = await makeTracking();
      const slack = new FakeSlack({ U_ALICE: 'America/New_York' });
      await tracking.trackSent(ALICE, NOTE, at('2026-02-28T15:00:00Z')); // due Saturday 7 March
      expect((await runSweep({ tracking, slack }, at('2026-03-07T15:00:00Z'))).skipped).toBe(1);
      // Clocks go forward on Sunday 8 March: Monday 09:00 EDT is 13:00Z, not 14:00Z.
      expect((await store.indexRange('due'))[0]?.score).toBe(Date.parse('2026-03-09T13:00:00Z'));
      expect((await runSweep({ tracking, slack }, at('2026-03-09T13:00:00Z'))).sent).toBe(1);
    });

    it('keeps the 18:00 end of day across Berlin’s DST change', async () => {
      const { tracking } = await makeTracking();
      const slack = new FakeSlack({ U_ALICE: 'Europe/Berlin' });
      await tracking.trackSent(ALICE, NOTE, at('2026-10-19T10:00:00Z')); // due Monday 26 Oct
      // After the change (25 Oct) Berlin is UTC+1: 17:30Z is 18:30, after hours.
      expect((await runSweep({ tracking, slack }, at('2026-10-26T17:30:00Z'))).skipped).toBe(1);
      expect(slack.posted).toHaveLength(0);
      // Tuesday 16:59Z is 17:59 in Berlin.
      expect((await runSweep({ tracking, slack }, at('2026-10-27T16:59:00Z'))).sent).toBe(1);
    });
  });

  describe('failures', () => {
    it('tries a user again within the sweep after a short 429', async () => {
      const { tracking } = await makeTracking();
      const slack = new FakeSlack();
      await tracking.trackSent(ALICE, NOTE, at('2026-11-02T10:00:00Z'));
      slack.failNextPost = slackError('ratelimited');
      expect(await runSweep({ tracking, slack }, at('2026-11-09T10:00:00Z'))).toMatchObject({
        sent: 1,
        failed: 0,
      });
      expect(slack.posted).toHaveLength(1);
    });

    it('retries a passing Slack failure on the next sweep', async () => {
      const { tracking } = await makeTracking();
      const slack = new FakeSlack();
      await tracking.trackSent(ALICE, NOTE, at('2026-11-02T10:00:00Z'));
      slack.failNextPost = slackError('fatal_error');
      expect(await runSweep({ tracking, slack }, at('2026-11-09T10:00:00Z'))).toEqual({
        due: 1,
        sent: 0,
        failed: 1,
        skipped: 0,
      });
      expect((await runSweep({ tracking, slack }, at('2026-11-09T10:15:00Z'))).sent).toBe(1);
      expect(slack.posted).toHaveLength(1);
    });

    it('stops a user’s reminders on a permanent failure, keeps their requests, and resumes when they are back', async () => {
      const { tracking, logger } = await makeTracking();
      const slack = new FakeSlack();
      await tracking.trackSent(ALICE, NOTE, at('2026-11-02T10:00:00Z'));
      await tracking.trackSent(BOB, NOTE, at('2026-11-02T10:00:00Z'));
      slack.failNextPost = slackError('account_inactive');
      const first = await runSweep({ tracking, slack }, at('2026-11-09T10:00:00Z'));
      expect(first).toMatchObject({ due: 2, sent: 1, failed: 1 });
      expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('account_inactive'));
      const blockedUser = slack.posted[0]?.userId === 'U_ALICE' ? BOB : ALICE;
      expect((await runSweep({ tracking, slack }, at('2026-11-16T10:00:00Z'))).due).toBe(1);
      const home = await tracking.home(blockedUser, at('2026-11-16T10:00:00Z'));
      expect(home.pending).toHaveLength(1);
      expect(home.remindersBlocked).toBe('account_inactive');
      await tracking.trackSent(blockedUser, { ...NOTE, name: 'Ines' }, at('2026-11-16T10:00:00Z'));
      expect(
        (await tracking.home(blockedUser, at('2026-11-16T10:00:00Z'))).remindersBlocked,
      ).toBeUndefined();
    });

    it('logs and skips a corrupt record without stopping the sweep', async () => {
      const { tracking, store, logger } = await makeTracking();
      const slack = new FakeSlack();
      const bad = await tracking.trackSent(ALICE, NOTE, at('2026-11-02T10:00:00Z'));
      await tracking.trackSent(BOB, NOTE, at('2026-11-02T10:00:00Z'));
      await store.set(`req:${bad.id}`, { id: bad.id, status: 'who knows' });
      expect(await runSweep({ tracking, slack }, at('2026-11-09T10:00:00Z'))).toMatchObject({
        due: 1,
        sent: 1,
      });
      expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining(bad.id));
    });
  });
});
