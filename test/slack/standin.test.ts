// The stand-in Slack answers and keeps state like Slack, through the real Web API client.
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import {
  blockAction,
  type SlackStandin,
  type StandinEvent,
  startSlackStandin,
  viewState,
} from '../../src/slack-standin/index.js';

let slack: SlackStandin;
let client: WebClient;
const clock = new ManualClock(undefined, new Date('2026-03-10T09:00:00Z'));

beforeAll(async () => {
  slack = await startSlackStandin({
    clock,
    triggerTtlMs: 3_000,
    users: [
      {
        id: 'U0ANA',
        name: 'ana',
        real_name: 'Ana Lima',
        tz: 'America/Sao_Paulo',
        tz_offset: -10800,
      },
    ],
  });
  client = new WebClient('xoxb-standin-test', {
    slackApiUrl: slack.url,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
});
afterAll(async () => {
  await slack?.close();
});
beforeEach(() => {
  slack.reset();
});

const modal = (title: string, extra: Record<string, unknown> = {}) => ({
  type: 'modal' as const,
  title: { type: 'plain_text' as const, text: title },
  blocks: [],
  ...extra,
});

async function platformError(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call;
  } catch (error) {
    return (
      (error as { data?: { error?: string } }).data?.error ?? (error as { code?: string }).code
    );
  }
  return undefined;
}

describe('auth and methods', () => {
  it('answers auth.test with the bot, and refuses a missing or wrong token', async () => {
    const auth = await client.auth.test();
    expect(auth).toMatchObject({
      ok: true,
      user_id: slack.botUserId,
      bot_id: slack.botId,
      team_id: slack.teamId,
    });
    const anonymous = new WebClient(undefined, {
      slackApiUrl: slack.url,
      retryConfig: { retries: 0 },
    });
    expect(await platformError(anonymous.auth.test())).toBe('not_authed');
    const user = new WebClient('xoxp-user', {
      slackApiUrl: slack.url,
      retryConfig: { retries: 0 },
    });
    expect(await platformError(user.auth.test())).toBe('invalid_auth');
    expect(await platformError(client.apiCall('nope.nothing'))).toBe('unknown_method');
    expect(slack.calls.at(-1)?.token).toBe('xoxb-standin-test');
  });

  it('users.info knows configured users with their time zone', async () => {
    const info = await client.users.info({ user: 'U0ANA' });
    expect(info.user).toMatchObject({
      id: 'U0ANA',
      real_name: 'Ana Lima',
      tz: 'America/Sao_Paulo',
      tz_offset: -10800,
    });
  });
});

describe('views', () => {
  it('opens, pushes, updates by view_id and external_id, and checks the hash', async () => {
    const opened = await client.views.open({
      trigger_id: slack.issueTrigger('U0ANA'),
      view: modal('One'),
    });
    const root = opened.view;
    expect(root).toMatchObject({ root_view_id: root?.id, previous_view_id: null });
    expect(slack.viewUser(root?.id as string)).toBe('U0ANA');

    const pushed = await client.views.push({
      trigger_id: slack.issueTrigger('U0ANA'),
      view: modal('Two', { external_id: 'ext-2' }),
    });
    expect(pushed.view).toMatchObject({ root_view_id: root?.id, previous_view_id: root?.id });

    const byExternal = await client.views.update({
      external_id: 'ext-2',
      view: modal('Two again'),
    });
    expect((byExternal.view?.title as { text: string } | undefined)?.text).toBe('Two again');
    expect(byExternal.view?.hash).not.toBe(pushed.view?.hash);

    expect(
      await platformError(
        client.views.update({ view_id: root?.id as string, hash: 'stale', view: modal('x') }),
      ),
    ).toBe('hash_conflict');
    const fresh = await client.views.update({
      view_id: root?.id as string,
      hash: root?.hash as string,
      view: modal('One!'),
    });
    expect(fresh.ok).toBe(true);
    expect(await platformError(client.views.update({ view_id: 'V404', view: modal('x') }))).toBe(
      'not_found',
    );
    expect(slack.openViews('U0ANA')).toHaveLength(2);
  });

  it('refuses a trigger used twice or older than three seconds', async () => {
    const trigger = slack.issueTrigger('U0ANA');
    await client.views.open({ trigger_id: trigger, view: modal('A') });
    expect(await platformError(client.views.open({ trigger_id: trigger, view: modal('B') }))).toBe(
      'exchanged_trigger_id',
    );
    const old = slack.issueTrigger('U0ANA');
    clock.advance(3_500);
    expect(await platformError(client.views.open({ trigger_id: old, view: modal('C') }))).toBe(
      'expired_trigger_id',
    );
  });

  it('publishes a Home view per user', async () => {
    const home = { type: 'home' as const, blocks: [] };
    const first = await client.views.publish({ user_id: 'U0ANA', view: home });
    const second = await client.views.publish({
      user_id: 'U0ANA',
      view: home,
      hash: first.view?.hash,
    });
    expect(second.view?.id).toBe(first.view?.id);
    expect(slack.homeView('U0ANA')?.hash).toBe(second.view?.hash);
    expect(
      await platformError(client.views.publish({ user_id: 'U0ANA', view: home, hash: 'old' })),
    ).toBe('hash_conflict');
  });

  it('applies a view_submission answer as Slack does', async () => {
    const opened = await client.views.open({
      trigger_id: slack.issueTrigger('U0ANA'),
      view: modal('Form'),
    });
    const id = opened.view?.id as string;
    expect(
      slack.applyViewResponse(id, { response_action: 'errors', errors: { name: 'Required' } }),
    ).toEqual({
      closed: false,
      errors: { name: 'Required' },
    });
    const updated = slack.applyViewResponse(id, {
      response_action: 'update',
      view: modal('Updated'),
    });
    expect((updated.view?.title as { text: string } | undefined)?.text).toBe('Updated');
    expect(slack.applyViewResponse(id, undefined)).toEqual({ closed: true });
    expect(slack.openViews('U0ANA')).toHaveLength(0);
  });
});

describe('messages', () => {
  it('posts to a user id in the DM, updates, posts ephemerally, deletes, and keeps history', async () => {
    const dm = await client.conversations.open({ users: 'U0ANA' });
    expect(dm.channel?.id).toBe(slack.dmChannel('U0ANA'));
    const posted = await client.chat.postMessage({
      channel: 'U0ANA',
      text: 'hello',
      metadata: { event_type: 'test', event_payload: { n: 1 } },
    });
    expect(posted.channel).toBe(dm.channel?.id);
    const second = await client.chat.postMessage({
      channel: posted.channel as string,
      text: 'second',
    });
    expect(Number(second.ts)).toBeGreaterThan(Number(posted.ts));
    await client.chat.update({
      channel: posted.channel as string,
      ts: posted.ts as string,
      text: 'edited',
    });
    expect(slack.message(posted.channel as string, posted.ts as string)?.text).toBe('edited');
    await client.chat.postEphemeral({ channel: 'C0GENERAL', user: 'U0ANA', text: 'only you' });
    expect(slack.messages('C0GENERAL')[0]).toMatchObject({
      ephemeralTo: 'U0ANA',
      text: 'only you',
    });

    const history = await client.conversations.history({
      channel: posted.channel as string,
      include_all_metadata: true,
    });
    expect(history.messages?.map((m) => m.text)).toEqual(['second', 'edited']);
    expect(history.messages?.[1]?.metadata).toMatchObject({ event_type: 'test' });

    await client.chat.delete({ channel: posted.channel as string, ts: second.ts as string });
    expect(slack.messages(posted.channel as string)).toHaveLength(1);
    expect(
      await platformError(client.chat.update({ channel: 'C0NOPE', ts: '1.2', text: 'x' })),
    ).toBe('message_not_found');
    expect(await platformError(client.chat.postMessage({ channel: '#nope', text: 'x' }))).toBe(
      'channel_not_found',
    );
  });
});

describe('failures, records and events', () => {
  it('fails a method the next N times: by name, 429 with Retry-After, or 500', async () => {
    slack.fail('chat.postMessage', { error: 'channel_not_found', times: 2 });
    expect(await platformError(client.chat.postMessage({ channel: 'C1', text: 'a' }))).toBe(
      'channel_not_found',
    );
    expect(await platformError(client.chat.postMessage({ channel: 'C1', text: 'a' }))).toBe(
      'channel_not_found',
    );
    expect((await client.chat.postMessage({ channel: 'C1', text: 'a' })).ok).toBe(true);

    slack.fail('views.open', { error: 'ratelimited', retryAfter: 7 });
    expect(await platformError(client.views.open({ trigger_id: 't', view: modal('x') }))).toBe(
      'slack_webapi_rate_limited_error',
    );
    expect(slack.lastCall('views.open')?.status).toBe(429);

    slack.fail('auth.test', { status: 500 });
    expect(await platformError(client.auth.test())).toBe('slack_webapi_http_error');
  });

  it('answers slowly when told to', async () => {
    slack.slow('auth.test', 150);
    const started = Date.now();
    await client.auth.test();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('can act and then answer badly: a post that lands but answers 500', async () => {
    slack.fail('chat.postMessage', { status: 500, when: 'after' });
    expect(await platformError(client.chat.postMessage({ channel: 'U0ANA', text: 'once' }))).toBe(
      'slack_webapi_http_error',
    );
    expect(slack.messages(slack.dmChannel('U0ANA')).map((m) => m.text)).toEqual(['once']);
  });

  it('fails at a seeded random rate, the same calls on every run', async () => {
    const failedAt = async (seed: number) => {
      const other = await startSlackStandin({ seed });
      const c = new WebClient('xoxb-x', {
        slackApiUrl: other.url,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
      });
      other.fail('chat.postMessage', { error: 'ratelimited', rate: 0.3 });
      const failed: number[] = [];
      for (let i = 0; i < 40; i++) {
        if (await platformError(c.chat.postMessage({ channel: 'C1', text: `${i}` })))
          failed.push(i);
      }
      await other.close();
      return failed;
    };
    const first = await failedAt(7);
    expect(first.length).toBeGreaterThan(3);
    expect(first.length).toBeLessThan(25);
    expect(await failedAt(7)).toEqual(first);
  });

  it('answers every call after latencyMs and counts the calls in flight', async () => {
    slack.latencyMs = 60;
    try {
      slack.clearCalls();
      await Promise.all([client.auth.test(), client.auth.test(), client.auth.test()]);
      expect(slack.peakInFlight).toBe(3);
      expect(slack.inFlight).toBe(0);
    } finally {
      slack.latencyMs = 0;
    }
  });

  it('pages users.list with time zones', async () => {
    for (let i = 0; i < 5; i++) slack.addUser({ id: `U0PAGE${i}`, tz: 'Asia/Tokyo' });
    const seen: Array<{ id?: string; tz?: string }> = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.users.list({ limit: 2, cursor });
      seen.push(...(page.members ?? []));
      cursor = page.response_metadata?.next_cursor || undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(seen.length / 2));
    expect(seen.find((u) => u.id === 'U0PAGE3')?.tz).toBe('Asia/Tokyo');
    expect(new Set(seen.map((u) => u.id)).size).toBe(seen.length);
  });

  it('records every call with its time and emits an event for each', async () => {
    const events: StandinEvent[] = [];
    const listener = (event: StandinEvent) => events.push(event);
    slack.on('event', listener);
    await client.chat.postMessage({ channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
    slack.off('event', listener);
    const call = slack.lastCall('chat.postMessage');
    expect(call?.body).toMatchObject({ channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
    // The stand-in's clock (the playground's), not the machine's: 2026-03-10 here.
    expect(Math.abs((call?.at.getTime() ?? 0) - clock.now().getTime())).toBeLessThan(1_000);
    expect(events.map((e) => e.type)).toEqual(['message', 'call']);
    await expect(slack.waitForCall('chat.postMessage')).resolves.toBe(call);
  });
});

describe('payload builders', () => {
  it('fill view state like Slack and find a button’s block', () => {
    const view = {
      id: 'V1',
      blocks: [
        {
          type: 'input',
          block_id: 'name',
          element: { type: 'plain_text_input', action_id: 'name' },
        },
        {
          type: 'input',
          block_id: 'limit',
          element: {
            type: 'static_select',
            action_id: 'limit',
            options: [{ text: { type: 'plain_text', text: '300' }, value: '300' }],
            initial_option: { text: { type: 'plain_text', text: '300' }, value: '300' },
          },
        },
        { type: 'actions', block_id: 'acts', elements: [{ type: 'button', action_id: 'go' }] },
      ],
    };
    expect(viewState(view, { name: 'Ana' })).toEqual({
      name: { name: { type: 'plain_text_input', value: 'Ana' } },
      limit: {
        limit: {
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: '300' }, value: '300' },
        },
      },
    });
    const payload = blockAction({ view, action: { actionId: 'go', value: 'v' } }) as {
      actions: Array<{ block_id: string; value: string }>;
      container: { type: string };
    };
    expect(payload.actions[0]).toMatchObject({ block_id: 'acts', value: 'v' });
    expect(payload.container.type).toBe('view');
  });
});
