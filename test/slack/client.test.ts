// The interactive client (src/slack/client.ts) against the stand-in: a post whose outcome is
// unknown is never repeated blind but settled from the DM history (issue 10, item 3), and one
// call's 429 never holds up another's (issue 10, item 4), down to /connectnote in the real app.
import { WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { interactiveClientOptions, postOnce } from '../../src/slack/client.js';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';
import { LAURA, openDraftModal, submitView, USER, useHarness } from './harness.js';

let standin: SlackStandin;
beforeAll(async () => {
  standin = await startSlackStandin();
});
afterAll(() => standin.close());
afterEach(() => {
  standin.clearFailures();
  standin.clearCalls();
});

/** The interactive client as the app builds it (default retries: two). */
const client = (options = {}) =>
  new WebClient('xoxb-test', interactiveClientOptions({ slackApiUrl: standin.url, ...options }));
const posted = (user: string) => standin.messages(standin.dmChannel(user));

describe('no blind retries of a post', () => {
  it('a post answered 500 is not retried by the client', async () => {
    standin.fail('chat.postMessage', { status: 500, when: 'after' });
    await expect(client().chat.postMessage({ channel: 'U0PLAIN', text: 'hi' })).rejects.toThrow(
      /unknown_outcome/,
    );
    expect(standin.callsTo('chat.postMessage')).toHaveLength(1);
    expect(posted('U0PLAIN')).toHaveLength(1);
  });

  it('postOnce: posted then 500 or 503, the history says so, nothing is repeated', async () => {
    for (const status of [500, 503]) {
      const user = `U0AFTER${status}`;
      standin.fail('chat.postMessage', { status, when: 'after' });
      await postOnce(client(), { channel: standin.dmChannel(user), text: 'your draft' });
      expect(posted(user).map((m) => m.text)).toEqual(['your draft']);
      expect(standin.callsTo('conversations.history').length).toBeGreaterThan(0);
    }
  });

  it('postOnce: a 500 before Slack acted, the history says not there, it is posted once', async () => {
    standin.fail('chat.postMessage', { status: 500 });
    await postOnce(client(), { channel: standin.dmChannel('U0BEFORE'), text: 'your draft' });
    expect(posted('U0BEFORE').map((m) => m.text)).toEqual(['your draft']);
  });

  it('postOnce: posted, then no answer before the timeout: posted once', async () => {
    standin.fail('chat.postMessage', { status: 500, when: 'after', delayMs: 1_000 });
    await postOnce(client({ timeout: 300 }), { channel: standin.dmChannel('U0HANG'), text: 'x' });
    expect(posted('U0HANG')).toHaveLength(1);
  });
});

describe('a 429 waits out only the call it answered', () => {
  it('another call goes at once while a post waits for its Retry-After', async () => {
    const c = client();
    standin.fail('chat.postMessage', { error: 'ratelimited', retryAfter: 2 });
    const started = Date.now();
    let postDone = 0;
    const post = c.chat.postMessage({ channel: 'U0WAIT', text: 'later' }).then(() => {
      postDone = Date.now() - started;
    });
    await standin.waitForCall('chat.postMessage');
    await c.auth.test();
    const otherDone = Date.now() - started;
    await post;
    expect(otherDone).toBeLessThan(1_000); // generous: it does not wait the 2 s
    expect(postDone).toBeGreaterThanOrEqual(1_900); // the post itself honoured Retry-After
    expect(posted('U0WAIT')).toHaveLength(1);
  });
});

describe('the real app', () => {
  // The app's own client options, not the tests' usual retries: 0.
  const h = useHarness({}, { clientOptions: {} });

  it('/connectnote opens its modal within 1 s while another user’s DM is rate-limited', async () => {
    const other = 'U0OTHER';
    const view = await openDraftModal(h, '', other);
    h.slack.fail('chat.postMessage', { error: 'ratelimited', retryAfter: 5 });
    const from = h.slack.calls.length;
    await submitView(h, view, LAURA, other);
    await h.slack.waitForCall('chat.postMessage', {
      after: from,
      predicate: (c) => c.status === 429,
    });
    const started = Date.now();
    const modal = await openDraftModal(h, '', USER);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(modal.callback_id).toBe('connectnote_draft');
    // The other user's draft still arrives once, after the Retry-After.
    await h.slack.waitForCall('chat.postMessage', {
      after: from,
      predicate: (c) => c.status === 200,
      timeoutMs: 10_000,
    });
    expect(h.slack.messages(h.slack.dmChannel(other))).toHaveLength(1);
  }, 20_000);
});
