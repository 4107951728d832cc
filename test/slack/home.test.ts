// The App Home through the real app and the stand-in Slack.
import { describe, expect, it } from 'vitest';
import { encodeHomeChoice, HOME_ACTION } from '../../src/slack/views/home.js';
import { appHomeOpenedEvent, blockAction } from '../../src/slack-standin/index.js';
import { TEAM, useTrackingHarness } from './tracking-harness.js';

const h = useTrackingHarness('2026-11-12T10:00:00Z');

let users = 0;
const newUser = () => `U0H${++users}`;
const owner = (userId: string) => ({ teamId: TEAM, userId });
const NOTE = {
  relationship: 'met-briefly' as const,
  note: 'Hi, great to meet you at the meetup. Would you like to connect?',
};

async function openHome(userId: string) {
  const from = h.slack.calls.length;
  const res = await h.sender.event(appHomeOpenedEvent({ userId, teamId: TEAM }));
  expect(res.status).toBe(200);
  const call = await h.slack.waitForCall('views.publish', {
    after: from,
    predicate: (c) => c.body.user_id === userId,
  });
  return call.body.view as { type: string; blocks: unknown[] };
}

async function act(
  userId: string,
  actionId: string,
  spec: { value?: string; selectedValue?: string; type?: string },
) {
  const view = h.slack.homeView(userId);
  const from = h.slack.calls.length;
  await h.sender.interaction(
    blockAction({ userId, teamId: TEAM, view: view as never, action: { actionId, ...spec } }),
  );
  await h.app.drain(5_000);
  return h.slack.calls.slice(from);
}

describe('App Home', () => {
  it('shows pending requests with days waiting and the next reminder, outcomes, rates and budget', async () => {
    const user = newUser();
    const t = h.tracking;
    await t.updateSettings(owner(user), { accountType: 'free' });
    const ana = await t.trackSent(
      owner(user),
      { ...NOTE, name: 'Ana' },
      new Date('2026-11-03T10:00:00Z'),
    );
    await t.trackSent(owner(user), { ...NOTE, name: 'Ben' }, new Date('2026-11-10T10:00:00Z'));
    await t.setOutcome(owner(user), ana.id, 'accepted', new Date('2026-11-11T10:00:00Z'));
    const view = await openHome(user);
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('*Ben*');
    expect(text).toMatch(
      /Waiting 2 days · next reminder <!date\^\d+\^\{date_short_pretty\}\|2026-11-17>/,
    );
    expect(text).toContain('*Ana*: :white_check_mark: accepted');
    expect(text).toContain('Met briefly (event, conference): 1 of 1 accepted (100%)');
    expect(text).toContain('2 of 5 personalised notes used this month');
    expect(text).toContain('Delete my data');
    expect(text).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"First reminder after 7 days"',
    );
  });

  it('records an outcome from the Home and refuses a forged one for someone else’s request', async () => {
    const user = newUser();
    const r = await h.tracking.trackSent(
      owner(user),
      { ...NOTE, name: 'Cleo' },
      new Date('2026-11-03T10:00:00Z'),
    );
    await openHome(user);
    const calls = await act(user, HOME_ACTION.outcome, {
      type: 'overflow',
      selectedValue: encodeHomeChoice('declined', r.id),
    });
    expect(calls.some((c) => c.method === 'views.publish')).toBe(true);
    const after = await h.tracking.getRequest(owner(user), r.id);
    expect(after.ok && after.request.status).toBe('declined');

    const mine = await h.tracking.trackSent(
      owner(user),
      { ...NOTE, name: 'Dan' },
      new Date('2026-11-03T10:00:00Z'),
    );
    const intruder = newUser();
    await openHome(intruder);
    const refusal = await act(intruder, HOME_ACTION.outcome, {
      type: 'overflow',
      selectedValue: encodeHomeChoice('withdrawn', mine.id),
    });
    expect(refusal.some((c) => /belongs to someone else/.test(String(c.body.text)))).toBe(true);
    const still = await h.tracking.getRequest(owner(user), mine.id);
    expect(still.ok && still.request.status).toBe('pending');
  });

  it('changes settings: account type, reminder delay, muted rules', async () => {
    const user = newUser();
    await openHome(user);
    await act(user, HOME_ACTION.accountType, { type: 'static_select', selectedValue: 'free' });
    await act(user, HOME_ACTION.reminderDays, { type: 'static_select', selectedValue: '10' });
    const view = h.slack.homeView(user);
    const from = h.slack.calls.length;
    await h.sender.interaction({
      ...blockAction({
        userId: user,
        teamId: TEAM,
        view: view as never,
        action: { actionId: HOME_ACTION.mutedRules, type: 'multi_static_select' },
      }),
      actions: [
        {
          type: 'multi_static_select',
          action_id: HOME_ACTION.mutedRules,
          block_id: 'home_muted',
          selected_options: [
            { text: { type: 'plain_text', text: 'length' }, value: 'length' },
            { text: { type: 'plain_text', text: 'nonsense' }, value: 'not-a-rule' },
          ],
          action_ts: '1',
        },
      ],
    });
    await h.app.drain(5_000);
    expect(h.slack.calls.slice(from).some((c) => c.method === 'views.publish')).toBe(true);
    expect(await h.tracking.getSettings(owner(user))).toEqual({
      accountType: 'free',
      reminderAfterDays: 10,
      mutedRules: ['length'],
    });
    const context = await h.tracking.coachContext(owner(user), h.clock.now());
    expect(context.settings.mutedRules).toEqual(['length']);
    // The new delay applies to requests tracked from now on.
    const r = await h.tracking.trackSent(
      owner(user),
      { ...NOTE, name: 'Eve' },
      new Date('2026-11-12T10:00:00Z'),
    );
    expect(r.nextReminderAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('deletes everything about the user after the confirmation, and shows an empty Home', async () => {
    const user = newUser();
    const other = newUser();
    await h.tracking.trackSent(
      owner(user),
      { ...NOTE, name: 'Fay' },
      new Date('2026-11-03T10:00:00Z'),
    );
    const kept = await h.tracking.trackSent(
      owner(other),
      { ...NOTE, name: 'Gus' },
      new Date('2026-11-03T10:00:00Z'),
    );
    await h.tracking.updateSettings(owner(user), { accountType: 'free' });
    await openHome(user);
    const view = h.slack.homeView(user);
    const button = JSON.stringify(view);
    expect(button).toContain('"confirm":{');
    const calls = await act(user, HOME_ACTION.deleteData, { value: 'delete' });
    const publish = calls.find((c) => c.method === 'views.publish');
    expect(JSON.stringify(publish?.body.view)).toContain('I deleted 1 tracked request');
    const home = await h.tracking.home(owner(user), h.clock.now());
    expect(home.pending).toHaveLength(0);
    expect(home.settings.accountType).toBe('premium');
    expect((await h.tracking.getRequest(owner(other), kept.id)).ok).toBe(true);
  });
});
