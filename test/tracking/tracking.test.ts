import { describe, expect, it } from 'vitest';
import { ALICE, BOB, MALLORY, makeTracking, NOTE } from './helpers.js';

describe('Tracking', () => {
  it('tracks a sent note with its first reminder REMINDER_AFTER_DAYS later', async () => {
    const { tracking, clock } = await makeTracking();
    const request = await tracking.trackSent(ALICE, NOTE, clock.now());
    expect(request).toMatchObject({
      teamId: 'T1',
      userId: 'U_ALICE',
      recipientName: 'Ana Souza',
      status: 'pending',
      remindersSent: 0,
      sentAt: '2026-11-02T10:00:00.000Z',
      nextReminderAt: '2026-11-09T10:00:00.000Z',
    });
    const read = await tracking.getRequest(ALICE, request.id);
    expect(read).toEqual({ ok: true, request });
  });

  it('gives the coach the settings, the history and this month’s count', async () => {
    const { tracking, clock } = await makeTracking({ start: '2026-11-30T10:00:00Z' });
    await tracking.trackSent(
      ALICE,
      { ...NOTE, note: 'Hi Ana, one.' },
      new Date('2026-10-31T10:00:00Z'),
    );
    await tracking.trackSent(
      ALICE,
      { ...NOTE, note: 'Hi Ana, two.' },
      new Date('2026-11-01T00:00:00Z'),
    );
    await tracking.trackSent(ALICE, { ...NOTE, note: 'Hi Ana, three.' }, clock.now());
    await tracking.trackSent(BOB, { ...NOTE, note: 'Bob’s own.' }, clock.now());
    await tracking.updateSettings(ALICE, { accountType: 'free', mutedRules: ['length'] });
    const context = await tracking.coachContext(ALICE, clock.now());
    expect(context.settings).toEqual({
      accountType: 'free',
      mutedRules: ['length'],
      reminderAfterDays: undefined,
    });
    expect(context.history).toEqual(['Hi Ana, three.', 'Hi Ana, two.', 'Hi Ana, one.']);
    expect(context.notesSentThisMonth).toBe(2);
    const fresh = await tracking.coachContext({ teamId: 'T9', userId: 'U9' }, clock.now());
    expect(fresh).toEqual({
      settings: { accountType: 'premium', mutedRules: [], reminderAfterDays: undefined },
      history: [],
      notesSentThisMonth: 0,
    });
  });

  it('counts the month in the user’s own time zone once it is known', async () => {
    const { tracking } = await makeTracking();
    // 2026-11-30T20:00Z is already 1 December in Auckland.
    await tracking.trackSent(ALICE, NOTE, new Date('2026-11-30T20:00:00Z'));
    await tracking.rememberTimeZone(ALICE, 'Pacific/Auckland');
    expect(
      (await tracking.coachContext(ALICE, new Date('2026-12-01T01:00:00Z'))).notesSentThisMonth,
    ).toBe(1);
    expect(
      (await tracking.coachContext(ALICE, new Date('2026-11-30T10:00:00Z'))).notesSentThisMonth,
    ).toBe(0);
  });

  it('records outcomes and snoozes, and takes the request off the due index once decided', async () => {
    const { tracking, clock, store } = await makeTracking();
    const r = await tracking.trackSent(ALICE, NOTE, clock.now());
    const snoozed = await tracking.snooze(ALICE, r.id, new Date('2026-11-09T10:00:00Z'));
    expect(snoozed.ok && snoozed.request.nextReminderAt).toBe('2026-11-16T10:00:00.000Z');
    expect(await store.indexRange('due')).toEqual([
      { member: r.id, score: Date.parse('2026-11-16T10:00:00Z') },
    ]);
    const accepted = await tracking.setOutcome(ALICE, r.id, 'accepted', clock.now());
    expect(accepted.ok && accepted.request).toMatchObject({
      status: 'accepted',
      nextReminderAt: undefined,
    });
    expect(await store.indexRange('due')).toEqual([]);
  });

  it('tracks a note once when "I sent it" is clicked twice, even at the same moment', async () => {
    const { tracking, clock } = await makeTracking();
    const [a, b] = await Promise.all([
      tracking.trackSent(ALICE, NOTE, clock.now()),
      tracking.trackSent(ALICE, NOTE, clock.now()),
    ]);
    const c = await tracking.trackSent(ALICE, NOTE, clock.now());
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    expect((await tracking.home(ALICE, clock.now())).pending).toHaveLength(1);
    // The same words to someone else, or by someone else, are separate requests.
    expect(
      (await tracking.trackSent(ALICE, { ...NOTE, name: 'Ana Lima' }, clock.now())).id,
    ).not.toBe(a.id);
    expect((await tracking.trackSent(BOB, NOTE, clock.now())).id).not.toBe(a.id);
  });

  it('refuses another user’s request, even with the same user id in another team', async () => {
    const { tracking, clock } = await makeTracking();
    const r = await tracking.trackSent(ALICE, NOTE, clock.now());
    for (const intruder of [BOB, MALLORY]) {
      expect(await tracking.getRequest(intruder, r.id)).toEqual({ ok: false, reason: 'not-owner' });
      expect(await tracking.setOutcome(intruder, r.id, 'declined', clock.now())).toEqual({
        ok: false,
        reason: 'not-owner',
      });
      expect(await tracking.snooze(intruder, r.id, clock.now())).toEqual({
        ok: false,
        reason: 'not-owner',
      });
    }
    const still = await tracking.getRequest(ALICE, r.id);
    expect(still.ok && still.request).toEqual(r);
    expect(await tracking.getRequest(ALICE, 'no-such-id')).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });

  it('shows the App Home numbers: pending, recent outcomes, rates, budget', async () => {
    const { tracking, clock } = await makeTracking();
    const a = await tracking.trackSent(ALICE, { ...NOTE, name: 'A' }, clock.now());
    const b = await tracking.trackSent(
      ALICE,
      { ...NOTE, name: 'B', relationship: 'cold' },
      clock.now(),
    );
    const c = await tracking.trackSent(
      ALICE,
      { ...NOTE, name: 'C', relationship: 'cold' },
      clock.now(),
    );
    await tracking.trackSent(ALICE, { ...NOTE, name: 'D' }, clock.now());
    await tracking.setOutcome(ALICE, a.id, 'accepted', clock.now());
    await tracking.setOutcome(ALICE, b.id, 'accepted', clock.now());
    await tracking.setOutcome(ALICE, c.id, 'declined', clock.now());
    await tracking.updateSettings(ALICE, { accountType: 'free' });
    const home = await tracking.home(ALICE, clock.now());
    expect(home.pending.map((r) => r.recipientName)).toEqual(['D']);
    expect(home.recent).toHaveLength(3);
    expect(home.rates).toEqual([
      { relationship: 'cold', accepted: 1, decided: 2 },
      { relationship: 'met-briefly', accepted: 1, decided: 1 },
    ]);
    expect(home.notesSentThisMonth).toBe(4);
    expect(home.monthlyBudget).toBe(5);
  });

  it('deletes everything about a user and nothing about anyone else', async () => {
    const { tracking, clock, store } = await makeTracking();
    await tracking.trackSent(ALICE, NOTE, clock.now());
    await tracking.trackSent(ALICE, { ...NOTE, name: 'Ben' }, clock.now());
    const bobs = await tracking.trackSent(BOB, NOTE, clock.now());
    await tracking.updateSettings(ALICE, { accountType: 'free' });
    await tracking.rememberTimeZone(ALICE, 'Asia/Tokyo');
    expect(await tracking.deleteUserData(ALICE)).toEqual({ requests: 2 });
    const home = await tracking.home(ALICE, clock.now());
    expect(home.pending).toEqual([]);
    expect(home.settings.accountType).toBe('premium');
    expect(await tracking.cachedTimeZone(ALICE)).toBeUndefined();
    expect((await store.indexRange('due')).map((e) => e.member)).toEqual([bobs.id]);
    expect((await tracking.getRequest(BOB, bobs.id)).ok).toBe(true);
  });
});
