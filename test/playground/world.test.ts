// What the page shows, built from the stand-in Slack's state: no app, no browser.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { PlaygroundWorld } from '../../src/playground/world.js';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';

const USER = { id: 'U0ALEX', name: 'alex', realName: 'Alex Morgan', timeZone: 'Asia/Tokyo' };
let standin: SlackStandin;
let world: PlaygroundWorld;

type Shown = { ts: string; text: string; ephemeral: boolean; edited: boolean; rev: string };
const shown = (channel: string) => world.snapshot().messages[channel] as Shown[];

beforeEach(async () => {
  const clock = new ManualClock(undefined, new Date('2026-11-30T01:00:00Z'));
  standin = await startSlackStandin({ clock, users: [{ id: USER.id, tz: USER.timeZone }] });
  world = new PlaygroundWorld({
    standin,
    clock,
    user: USER,
    channel: { id: 'C0GENERAL', name: 'general' },
  });
});

afterEach(async () => {
  world.detach();
  await standin.close();
});

describe('the playground world', () => {
  it('shows the clock in the user’s zone and the two conversations', () => {
    const s = world.snapshot();
    expect(s.clock.display).toBe('Mon, 30 Nov 2026, 10:00');
    expect(s.clock.date).toBe('2026-11-30');
    expect(s.channels.map((c) => c.id)).toEqual(['C0GENERAL', standin.dmChannel(USER.id)]);
  });

  it('tells the page when the stand-in changes', () => {
    let changes = 0;
    world.on('change', () => {
      changes += 1;
    });
    standin.postUserMessage('C0GENERAL', USER.id, 'hello');
    expect(changes).toBeGreaterThan(0);
    expect(shown('C0GENERAL').map((m) => m.text)).toEqual(['hello']);
  });

  it('answers to a response_url: a new message only the user sees, replace or delete the original', () => {
    const dm = standin.dmChannel(USER.id);
    const original = standin.postUserMessage(dm, USER.id, 'original');
    world.applyResponse({ channel: dm }, { text: 'just for you' });
    expect(shown(dm).map((m) => [m.text, m.ephemeral])).toEqual([
      ['original', false],
      ['just for you', true],
    ]);
    world.applyResponse(
      { channel: dm, ts: original.ts },
      { text: 'replaced', replace_original: true },
    );
    expect(shown(dm)[0]).toMatchObject({ ts: original.ts, text: 'replaced', edited: true });
    world.applyResponse({ channel: dm, ts: original.ts }, { delete_original: 'true' });
    expect(shown(dm).map((m) => m.text)).toEqual(['just for you']);
    const local = shown(dm)[0] as Shown;
    world.applyResponse({ channel: dm, ts: local.ts }, { text: 'changed', replace_original: true });
    expect(shown(dm)[0]).toMatchObject({ ts: local.ts, text: 'changed' });
    expect((shown(dm)[0] as Shown).rev).not.toBe(local.rev);
  });

  it('shows the user’s open modals, with the field errors the app answered', async () => {
    const res = await fetch(`${standin.url}views.open`, {
      method: 'POST',
      headers: { authorization: 'Bearer xoxb-test', 'content-type': 'application/json' },
      body: JSON.stringify({
        trigger_id: standin.issueTrigger(USER.id),
        view: { type: 'modal', title: { type: 'plain_text', text: 'Draft' }, blocks: [] },
      }),
    });
    const { view } = (await res.json()) as { view: { id: string } };
    world.setErrors(view.id, { name: 'Enter their name' });
    expect(world.snapshot().views).toMatchObject([
      { id: view.id, errors: { name: 'Enter their name' } },
    ]);
    world.setErrors(view.id, undefined);
    expect(world.snapshot().views[0]?.errors).toBeUndefined();
  });

  it('stacks a pushed view on top and drops it again when it closes (views.push)', async () => {
    const call = async (method: string, body: object) => {
      const res = await fetch(`${standin.url}${method}`, {
        method: 'POST',
        headers: { authorization: 'Bearer xoxb-test', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { view: { id: string } };
    };
    const modal = (text: string) => ({
      type: 'modal',
      title: { type: 'plain_text', text },
      blocks: [],
    });
    const root = await call('views.open', {
      trigger_id: standin.issueTrigger(USER.id),
      view: modal('First'),
    });
    const pushed = await call('views.push', {
      trigger_id: standin.issueTrigger(USER.id),
      view: modal('Second'),
    });
    expect(world.snapshot().views.map((v) => v.id)).toEqual([root.view.id, pushed.view.id]);
    standin.applyViewResponse(pushed.view.id, {});
    expect(world.snapshot().views.map((v) => v.id)).toEqual([root.view.id]);
  });
});
