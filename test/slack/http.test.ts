// The HTTP surface and its failures: signatures, /healthz, Web API errors, escaping.
import { beforeEach, describe, expect, it } from 'vitest';
import { NOTICES } from '../../src/slack/messages.js';
import {
  appHomeOpenedEvent,
  blockAction,
  messageShortcut,
  slackSignature,
  slashCommand,
} from '../../src/slack-standin/index.js';
import {
  allStrings,
  clickInDm,
  draftToDm,
  LAURA,
  openDraftModal,
  openedView,
  SIGNING_SECRET,
  submitView,
  USER,
  useHarness,
} from './harness.js';

const h = useHarness();
beforeEach(() => {
  h.slack.clearFailures();
});

async function waitUntil(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('requests from Slack', () => {
  it('GET /healthz answers 200', async () => {
    const res = await fetch(`${h.app.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, mode: 'http' });
  });

  it('refuses a forged signature with 401 and does nothing', async () => {
    const from = h.slack.calls.length;
    const res = await h.sender.command(slashCommand({ userId: USER }), {
      signature: slackSignature('not-the-secret', Math.floor(Date.now() / 1000), 'x'),
    });
    expect(res.status).toBe(401);
    expect(h.callsSince(from)).toHaveLength(0);
  });

  it('refuses a correctly signed request older than five minutes with 401', async () => {
    const from = h.slack.calls.length;
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await h.sender.command(slashCommand({ userId: USER }), { timestamp: stale });
    expect(res.status).toBe(401);
    const fresh = await h.sender.interaction(
      messageShortcut({ userId: USER, message: { text: '' } }),
      {
        timestamp: stale,
      },
    );
    expect(fresh.status).toBe(401);
    expect(h.callsSince(from)).toHaveLength(0);
  });

  it('answers an unknown path with 404', async () => {
    const res = await fetch(`${h.app.baseUrl}/nope`);
    expect(res.status).toBe(404);
  });
});

describe('escaping', () => {
  const INJECTION = /<!channel>|<!here>|<@U999>|<https?:\/\/evil/;
  const assertInert = (values: unknown) => {
    for (const value of allStrings(values)) expect(value).not.toMatch(INJECTION);
  };

  it('a context with <!channel> and <@U999> never appears unescaped in any outgoing call', async () => {
    const view = await openDraftModal(h, 'the <!channel> meetup with <@U999>');
    const from = h.slack.calls.length;
    // The drafter will not put what looks like a template slot in a note: a field error.
    const refused = await submitView(h, view, {
      ...LAURA,
      context: 'the <!channel> meetup with <@U999> and <!here>',
    });
    expect(refused.body).toMatchObject({
      response_action: 'errors',
      errors: { context: expect.any(String) },
    });
    // Text that goes through is escaped wherever it is echoed.
    const message = await draftToDm(h, {
      ...LAURA,
      name: 'Zoë & Co',
      topic: 'design & tooling',
      purpose: 'to compare notes on A&B testing',
    });
    assertInert(h.callsSince(from).map((c) => c.body));
    expect(message.text).toContain('Zoë &amp; Co');
    expect(allStrings(message.blocks).join('\n')).toContain('&amp;');
  });

  it('a reviewed message and an edited note are echoed escaped', async () => {
    const from = h.slack.calls.length;
    // What Slack sends for a message that shows these characters literally.
    const shown =
      'Hi Sam, &lt;!channel&gt; &lt;@U999&gt; see &lt;http://evil.example|my site&gt; &amp; say hi. I would love to connect.';
    await h.sender.interaction(
      messageShortcut({
        userId: USER,
        message: { text: shown },
        triggerId: h.slack.issueTrigger(USER),
      }),
    );
    const open = await h.slack.waitForCall('views.open', { after: from });
    const text = allStrings(open.body).join('\n');
    expect(text).toContain('&lt;!channel&gt;');
    assertInert(open.body);

    const message = await draftToDm(h);
    const before = h.slack.calls.length;
    await clickInDm(h, message, 'edit_draft');
    const editView = await openedView(h.slack, before);
    const res = await submitView(h, editView, {
      note: 'hey laura <!channel> <@U999> <http://evil.example|click> pls connect w/ u',
    });
    const updated = res.body as { view: { blocks: unknown[] } };
    // The modal keeps the note as typed in its input (plain text, never parsed); everything
    // shown as mrkdwn and every value is escaped.
    const blocks = updated.view.blocks.filter((b) => (b as { type: string }).type !== 'input');
    assertInert(blocks);
    expect(allStrings(blocks).join('\n')).toContain('&lt;!channel&gt;');
    assertInert(h.callsSince(from).map((c) => c.body));
  });
});

describe('Web API failures', () => {
  it('views.open refused (invalid_trigger): the user is told kindly, the app keeps serving', async () => {
    h.slack.fail('views.open', { error: 'invalid_trigger' });
    const from = h.slack.calls.length;
    const res = await h.sender.command(slashCommand({ userId: USER, channelId: 'C0GENERAL' }));
    expect(res.status).toBe(200);
    const notice = await h.slack.waitForCall('chat.postEphemeral', { after: from });
    expect(notice.body).toMatchObject({ channel: 'C0GENERAL', user: USER, text: NOTICES.trigger });
    expect(String(notice.body.text)).not.toMatch(/Error|at \w+ \(|stack/);
    await waitUntil(() =>
      h.logs.some((line) => /listener command \/connectnote failed/.test(line)),
    );
    const logged = h.logs.find((line) => /listener command \/connectnote failed/.test(line));
    expect(logged).toContain('invalid_trigger');
    expect(logged).toContain(USER);
    // Still serving.
    const view = await openDraftModal(h);
    expect(view.callback_id).toBe('connectnote_draft');
  });

  it('rate limited (429): the user hears it by name; where the channel is closed, in the DM', async () => {
    h.slack.fail('views.open', { error: 'ratelimited', retryAfter: 1 });
    h.slack.fail('chat.postEphemeral', { error: 'channel_not_found' });
    const from = h.slack.calls.length;
    await h.sender.command(slashCommand({ userId: USER, channelId: 'C0PRIVATE' }));
    const dm = await h.slack.waitForCall('chat.postMessage', { after: from });
    expect(dm.body).toMatchObject({ channel: h.slack.dmChannel(USER), text: NOTICES.ratelimited });
    expect(h.callsSince(from).map((c) => `${c.method}:${c.status}`)).toEqual([
      'views.open:429',
      'chat.postEphemeral:200',
      'conversations.open:200',
      'chat.postMessage:200',
    ]);
  });

  it('Slack answering 500 while the draft is posted: settled from the DM history, posted once', async () => {
    const dm = () => h.slack.messages(h.slack.dmChannel(USER));
    for (const when of ['before', 'after'] as const) {
      const view = await openDraftModal(h);
      const before = dm().length;
      h.slack.fail('chat.postMessage', { status: 500, when });
      const from = h.slack.calls.length;
      const ack = await submitView(h, view, LAURA);
      expect(ack.status).toBe(200);
      expect(ack.body).toBeUndefined();
      await h.slack.waitForCall('conversations.history', { after: from });
      await waitUntil(() => dm().length > before);
      // Before Slack acted: posted again once the history showed it missing. After: not repeated.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const posts = h.callsSince(from).filter((c) => c.method === 'chat.postMessage');
      expect(posts.map((c) => c.status)).toEqual(when === 'before' ? [500, 200] : [500]);
      expect(dm().length).toBe(before + 1);
    }
    // The next draft goes through.
    const message = await draftToDm(h);
    expect(message.blocks?.length).toBeGreaterThan(3);
  });

  it('a failing button action: the user is told in the DM, never left without an answer', async () => {
    const message = await draftToDm(h);
    h.slack.fail('chat.update', { error: 'message_not_found' });
    const from = h.slack.calls.length;
    const res = await clickInDm(h, message, 'another_version');
    expect(res.status).toBe(200);
    const notice = await h.slack.waitForCall('chat.postMessage', { after: from });
    expect(notice.body.text).toBe(NOTICES.view);
  });

  it('a forged button value is refused without a crash', async () => {
    const from = h.slack.calls.length;
    const res = await h.sender.interaction(
      blockAction({
        userId: USER,
        channelId: 'D0ALICE',
        message: { ts: '1.000001' },
        action: { actionId: 'another_version', value: '{"not":"valid"' },
      }),
    );
    expect(res.status).toBe(200);
    await h.slack.waitForCall('chat.postMessage', { after: from });
    const fine = await fetch(`${h.app.baseUrl}/healthz`);
    expect(fine.status).toBe(200);
  });

  it('app_home_opened is acknowledged', async () => {
    const res = await h.sender.event(appHomeOpenedEvent({ userId: USER }));
    expect(res.status).toBe(200);
  });
});

describe('signing helper', () => {
  it('matches Slack’s documented v0 signature', () => {
    // From Slack's "Verifying requests from Slack" walk-through.
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(slackSignature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
      'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
    );
    expect(SIGNING_SECRET).toBeTruthy();
  });
});
