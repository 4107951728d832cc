// "I sent it" and the reminder buttons, through the real app and the stand-in Slack.
import { describe, expect, it } from 'vitest';
import { encodeMarkSent } from '../../src/slack/ids.js';
import { type StandinMessage, userChangeEvent } from '../../src/slack-standin/index.js';
import { reminderSlack, sweepWebClient } from '../../src/tracking/slack.js';
import { runSweep } from '../../src/tracking/sweep.js';
import { BOT_TOKEN, TEAM, useTrackingHarness } from './tracking-harness.js';

const h = useTrackingHarness();

const NOTE =
  'Hi Ana, I enjoyed our chat about onboarding at the SaaStr meetup. I’ll send you the deck we discussed. Would you like to connect?';
let users = 0;
const newUser = () => `U0T${++users}`;

/** A draft DM with the "I sent it" button, as if the draft surface had posted it. */
function draftMessage(userId: string, payload: { name?: string; note: string }): StandinMessage {
  return {
    channel: h.slack.dmChannel(userId),
    ts: `${Date.now() / 1000}`,
    text: 'Your draft',
    blocks: [
      {
        type: 'actions',
        block_id: 'draft_actions',
        elements: [
          {
            type: 'button',
            action_id: 'mark_sent',
            text: { type: 'plain_text', text: 'I sent it' },
            value: encodeMarkSent({ relationship: 'met-briefly', ...payload }),
          },
        ],
      },
    ],
  };
}

async function markSent(
  userId: string,
  payload: { name?: string; note: string } = { name: 'Ana Souza', note: NOTE },
) {
  const message = draftMessage(userId, payload);
  await h.click(
    userId,
    message,
    'mark_sent',
    message.blocks?.[0] ? encodeMarkSent({ relationship: 'met-briefly', ...payload }) : '',
  );
}

async function sweepAt(iso: string) {
  h.clock.set(new Date(iso));
  const slack = reminderSlack(
    sweepWebClient(BOT_TOKEN, h.slack.url, { retryConfig: { retries: 0 } }),
  );
  return runSweep({ tracking: h.tracking, slack }, new Date(iso));
}

/** A new user who sent a note on Monday 2 November and was reminded of it on the 10th. */
async function remindedUser() {
  h.clock.set(new Date('2026-11-02T10:00:00Z'));
  const user = newUser();
  await markSent(user);
  const swept = await sweepAt('2026-11-10T10:05:00Z');
  return { user, swept, ...(await reminderFor(user)) };
}

async function reminderFor(userId: string): Promise<{ message: StandinMessage; id: string }> {
  const message = h
    .dms(userId)
    .findLast((m) => JSON.stringify(m.blocks ?? []).includes('reminder_accepted'));
  if (!message) throw new Error(`no reminder DM for ${userId}`);
  const blocks = (message.blocks ?? []) as Array<{
    elements?: Array<{ action_id?: string; value?: string }>;
  }>;
  const id = blocks
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === 'reminder_accepted')?.value;
  if (!id) throw new Error('no request id on the reminder');
  return { message, id };
}

describe('time zones, known before the sweep needs them', () => {
  it('are learned at "I sent it", so the first reminder needs no users.info', async () => {
    const user = newUser();
    h.slack.addUser({ id: user, tz: 'America/Sao_Paulo' });
    h.clock.set(new Date('2026-11-02T13:00:00Z'));
    await markSent(user);
    const owner = { teamId: TEAM, userId: user };
    expect(await h.tracking.cachedTimeZone(owner)).toBe('America/Sao_Paulo');
    const from = h.slack.calls.length;
    // Monday 2026-11-09 13:00Z is 10:00 in São Paulo.
    await sweepAt('2026-11-09T13:05:00Z');
    const methods = h.callsSince(from).map((c) => c.method);
    expect(methods.filter((m) => m === 'users.info')).toEqual([]);
    expect(methods.filter((m) => m === 'chat.postMessage')).toHaveLength(1);
  });

  it('are refreshed from user_change for users the app knows, and nobody else is stored', async () => {
    const known = newUser();
    h.slack.addUser({ id: known, tz: 'Europe/Berlin' });
    await markSent(known);
    const res = await h.sender.event(
      userChangeEvent({ userId: known, teamId: TEAM, tz: 'Asia/Tokyo' }),
    );
    expect(res.status).toBe(200);
    await h.settle();
    expect(await h.tracking.cachedTimeZone({ teamId: TEAM, userId: known })).toBe('Asia/Tokyo');

    const stranger = newUser();
    await h.sender.event(userChangeEvent({ userId: stranger, teamId: TEAM, tz: 'Asia/Tokyo' }));
    await h.settle();
    expect(await h.tracking.cachedTimeZone({ teamId: TEAM, userId: stranger })).toBeUndefined();
  });
});

describe('I sent it', () => {
  it('tracks the request and says when the first reminder will come', async () => {
    h.clock.set(new Date('2026-11-02T10:00:00Z'));
    const user = newUser();
    await markSent(user);
    const home = await h.tracking.home({ teamId: TEAM, userId: user }, h.clock.now());
    expect(home.pending).toHaveLength(1);
    expect(home.pending[0]).toMatchObject({
      recipientName: 'Ana Souza',
      note: NOTE,
      relationship: 'met-briefly',
    });
    const reply = h.dms(user).at(-1);
    expect(reply?.text).toContain('I am tracking your request to *Ana Souza*');
    // 2026-11-09, seven days on, as a date Slack shows in the reader's zone.
    expect(reply?.text).toMatch(/<!date\^\d+\^\{date_short_pretty\}\|2026-11-09>/);
  });

  it('counts a free account’s notes and warns when the fifth is used', async () => {
    const user = newUser();
    await h.tracking.updateSettings({ teamId: TEAM, userId: user }, { accountType: 'free' });
    for (const name of ['A', 'B', 'C', 'D'])
      await markSent(user, { name, note: `Hi ${name}, ${NOTE}` });
    expect(h.dms(user).at(-1)?.text).toContain('4 of your 5 personalised notes');
    await markSent(user, { name: 'E', note: `Hi E, ${NOTE}` });
    expect(h.dms(user).at(-1)?.text).toContain('a free LinkedIn account allows 5');
  });

  it('escapes the name it echoes', async () => {
    const user = newUser();
    await markSent(user, { name: '<!channel> & <@U123>', note: NOTE });
    const text = h.dms(user).at(-1)?.text ?? '';
    expect(text).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
    expect(text).not.toContain('<!channel>');
  });

  it('refuses a damaged payload without tracking anything', async () => {
    const user = newUser();
    const message = draftMessage(user, { note: NOTE });
    await h.click(user, message, 'mark_sent', '{"note": 42}');
    expect(
      (await h.tracking.home({ teamId: TEAM, userId: user }, h.clock.now())).pending,
    ).toHaveLength(0);
  });
});

describe('reminder buttons', () => {
  it('accepted: records it, updates the reminder, and DMs the guide’s follow-ups with the promise', async () => {
    const { user, swept, message, id } = await remindedUser();
    expect(swept.sent).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(message.blocks)).toContain('8 days');
    const before = h.slack.callsTo('chat.update').length;
    await h.click(user, message, 'reminder_accepted', id);
    const r = await h.tracking.getRequest({ teamId: TEAM, userId: user }, id);
    expect(r.ok && r.request.status).toBe('accepted');
    expect(h.slack.callsTo('chat.update')).toHaveLength(before + 1);
    const followUp = JSON.stringify(h.dms(user).at(-1)?.blocks);
    expect(followUp).toMatch(/thank you for accepting/i);
    expect(followUp).toMatch(/Introduce them/);
    expect(followUp).toMatch(/their posts/);
    expect(followUp).toMatch(/resource/);
    expect(followUp).toContain('I’ll send you the deck we discussed.');
  });

  it('snooze: the next reminder comes a week later', async () => {
    const { user, message, id } = await remindedUser();
    await h.click(user, message, 'reminder_snooze', id);
    const r = await h.tracking.getRequest({ teamId: TEAM, userId: user }, id);
    expect(r.ok && r.request.nextReminderAt).toMatch(/^2026-11-17T10:05:0/);
  });

  it('follow-up: DMs a polite, reviewed follow-up', async () => {
    const { user, message, id } = await remindedUser();
    await h.click(user, message, 'reminder_followup', id);
    const text = JSON.stringify(h.dms(user).at(-1)?.blocks);
    expect(text).toContain('Hi Ana');
    expect(text).toMatch(/No pressure|no rush/i);
    expect(text).toMatch(/Review/);
  });

  it('stop: ends tracking', async () => {
    const { user, message, id } = await remindedUser();
    await h.click(user, message, 'reminder_stop', id);
    const r = await h.tracking.getRequest({ teamId: TEAM, userId: user }, id);
    expect(r.ok && r.request.status).toBe('stopped');
    const reminders = () =>
      h.slack
        .callsTo('chat.postMessage')
        .filter(
          (c) =>
            [h.slack.dmChannel(user), user].includes(String(c.body.channel)) &&
            (c.body.metadata as { event_type?: string } | undefined)?.event_type ===
              'connectnote_reminder',
        );
    expect(reminders()).toHaveLength(1);
    await sweepAt('2026-11-17T10:00:00Z');
    expect(reminders()).toHaveLength(1);
  });

  it('refuses anyone but the owner, politely and privately, and changes nothing', async () => {
    const { user: owner, message, id } = await remindedUser();
    const updates = h.slack.callsTo('chat.update').length;
    const intruder = newUser();
    for (const action of [
      'reminder_accepted',
      'reminder_snooze',
      'reminder_followup',
      'reminder_stop',
    ]) {
      await h.click(intruder, message, action, id);
    }
    // The same user id in another workspace is someone else too.
    await h.click(owner, message, 'reminder_accepted', id, 'T0OTHER');
    const r = await h.tracking.getRequest({ teamId: TEAM, userId: owner }, id);
    expect(r.ok && r.request.status).toBe('pending');
    expect(r.ok && r.request.nextReminderAt).toMatch(/^2026-11-17T10:05:0/);
    expect(h.slack.callsTo('chat.update')).toHaveLength(updates);
    const refusals = h.ephemerals(intruder);
    expect(refusals).toHaveLength(4);
    expect(refusals[0]?.text).toMatch(/belongs to someone else/);
    expect(h.dms(intruder)).toHaveLength(0);
  });
});
