// What an unsigned stranger can make the HTTP receiver do (issue 10, items 1 and 8): bodies over
// 1 MB are refused with 413 before more is read, slow senders are cut off, and odd but signed
// bodies get a 4xx, never a 500 or silence.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { scriptPath } from '../../scripts/bench/lib/child.js';
import { startServerChild } from '../../scripts/bench/lib/server-child.js';
import type { AppChildStats } from '../../scripts/fuzz/app-child.js';
import { blockAction } from '../../src/slack-standin/index.js';
import { USER, useHarness } from './harness.js';

const h = useHarness({}, { bodyTimeoutMs: 1_000 });

const MB = 1024 * 1024;

/**
 * POST `total` bytes to the app, in 64 KB chunks, as fast as the socket takes them, with or
 * without a Content-Length. Resolves with the status, or 'closed' when the app hung up first.
 */
function sendLarge(url: string, total: number, declare: boolean): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (declare) headers['content-length'] = String(total);
    const req = request(url, { method: 'POST', headers });
    let sent = 0;
    let done = false;
    const finish = (result: number | 'closed') => {
      if (done) return;
      done = true;
      resolve(result);
      req.destroy();
    };
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
    });
    req.on('error', () => finish('closed'));
    req.on('close', () => finish('closed'));
    const pump = () => {
      while (!done && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!done && sent >= total) req.end();
    };
    pump();
  });
}

/** Send the headers and then one byte a second, never finishing. */
function slowSender(url: string): Promise<'closed' | number> {
  return new Promise((resolve) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    const timer = setInterval(() => req.write('a'), 1_000);
    const finish = (result: 'closed' | number) => {
      clearInterval(timer);
      req.destroy();
      resolve(result);
    };
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
    });
    req.on('error', () => finish('closed'));
    req.on('close', () => finish('closed'));
    req.write('{');
  });
}

async function healthy(): Promise<boolean> {
  const res = await fetch(`${h.app.baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
  return res.status === 200;
}

describe('request bodies (item 1)', () => {
  it('refuses a body over 1 MB with 413, declared or not', async () => {
    const url = h.app.eventsUrl as string;
    expect(await sendLarge(url, 2 * MB, true)).toBe(413);
    expect(await sendLarge(url, 2 * MB, false)).toBe(413);
  });

  it('cuts off slow senders and keeps answering /healthz meanwhile', async () => {
    const url = h.app.eventsUrl as string;
    const slow = Array.from({ length: 150 }, () => slowSender(url));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await healthy()).toBe(true);
    const results = await Promise.all(slow);
    for (const result of results) expect([408, 'closed']).toContain(result);
    expect(await healthy()).toBe(true);
  });
});

describe('the app in its own process (item 1)', () => {
  it('ten parallel 100 MB posts grow its RSS by at most 50 MB; /healthz keeps answering', async () => {
    const app = await startServerChild(
      scriptPath(import.meta.url, '../../scripts/fuzz/app-child.ts'),
      {},
    );
    try {
      const base = `http://127.0.0.1:${app.port}`;
      const url = `${base}/slack/events`;
      // Warm up first (the first connections, parsers and code paths cost memory of their own),
      // so what is measured is what the big bodies add.
      await Promise.all([
        ...Array.from({ length: 5 }, () => sendLarge(url, 2 * MB, true)),
        ...Array.from({ length: 5 }, () => sendLarge(url, 2 * MB, false)),
      ]);
      const before = await app.ask<AppChildStats>('reset-peak');
      const posts = [
        ...Array.from({ length: 5 }, () => sendLarge(url, 100 * MB, true)),
        ...Array.from({ length: 5 }, () => sendLarge(url, 100 * MB, false)),
      ];
      const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
      expect(health.status).toBe(200);
      const results = await Promise.all(posts);
      const after = await app.ask<AppChildStats>('stats');
      const grewMb = after.peakRssMb - before.rssMb;
      console.info(
        `10 × 100 MB posts: app RSS ${before.rssMb.toFixed(0)} → peak ${after.peakRssMb.toFixed(0)} MB (+${grewMb.toFixed(0)} MB); answers ${results.join(' ')}`,
      );
      for (const result of results) expect([413, 'closed']).toContain(result);
      expect(grewMb).toBeLessThanOrEqual(50);
      expect(after.uncaughtExceptions + after.unhandledRejections).toBe(0);
      const again = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
      expect(again.status).toBe(200);
    } finally {
      await app.stop();
    }
  }, 60_000);
});

describe('odd signed requests (item 8)', () => {
  it('refuses a timestamp more than five minutes in the future with 401', async () => {
    const from = h.slack.calls.length;
    const future = Math.floor(Date.now() / 1000) + 6 * 60;
    const res = await h.sender.event({ type: 'event_callback' }, { timestamp: future });
    expect(res.status).toBe(401);
    expect(h.callsSince(from)).toHaveLength(0);
  });

  it('answers a signed JSON null with 400', async () => {
    const res = await h.sender.send('null', 'application/json');
    expect(res.status).toBe(400);
  });

  it.each([
    ['a number', '42'],
    ['an array', '[]'],
    ['a string', '"x"'],
  ])('answers a signed JSON body that is %s with 400', async (_, body) => {
    const res = await h.sender.send(body, 'application/json');
    expect(res.status).toBe(400);
  });

  it('answers an event_callback whose event is not an object with 400', async () => {
    for (const event of ['x', 1, null, []]) {
      const res = await h.sender.event({ type: 'event_callback', team_id: 'T1', event });
      expect(res.status).toBe(400);
    }
  });

  it('answers an interaction without a user with 400', async () => {
    const payload = blockAction({
      userId: USER,
      action: { actionId: 'mark_sent', value: 'x' },
    }) as Record<string, unknown>;
    delete payload.user;
    const res = await h.sender.interaction(payload);
    expect(res.status).toBe(400);
    const nullUser = await h.sender.interaction({ ...payload, user: null });
    expect(nullUser.status).toBe(400);
  });

  it('answers a payload that is not an object with 400', async () => {
    for (const payload of ['null', '1', '"x"', '[]']) {
      const body = new URLSearchParams({ payload }).toString();
      const res = await h.sender.send(body, 'application/x-www-form-urlencoded');
      expect(res.status).toBe(400);
    }
  });

  it('answers the shapes the fuzz found giving 500 with 400', async () => {
    const found: Array<[string, string]> = [
      ['application/json', JSON.stringify({ team_id: 'T1', event: ' ' })],
      ['application/json', JSON.stringify({ type: 'event_callback', team_id: ['x'], event: {} })],
      [
        'application/x-www-form-urlencoded',
        new URLSearchParams({
          payload: JSON.stringify({ type: 'block_actions', user: { id: 'U1' }, actions: {} }),
        }).toString(),
      ],
      [
        'application/x-www-form-urlencoded',
        new URLSearchParams({
          payload: JSON.stringify({ type: 'view_submission', user: { id: 'U1' } }),
        }).toString(),
      ],
      [
        'application/x-www-form-urlencoded',
        new URLSearchParams({
          payload: JSON.stringify({
            type: 'block_actions',
            user: { id: 'U1' },
            team: { id: { a: 1 } },
            actions: [{ action_id: 'home_delete_data' }],
          }),
        }).toString(),
      ],
    ];
    found.push([
      'application/x-www-form-urlencoded',
      new URLSearchParams({
        payload: JSON.stringify({
          type: 'view_submission',
          user: { id: 'U1' },
          view: { id: 'V1', callback_id: 'connectnote_edit', state: { values: {} } },
          response_urls: null,
        }),
      }).toString(),
    ]);
    // Found by `npm run fuzz` after the merge with main: Bolt reads `channel.id` of a shortcut or
    // an action whenever `channel` is not undefined, and `'channel' in event.item`.
    for (const payload of [
      {
        type: 'message_action',
        user: { id: 'U1' },
        channel: null,
        callback_id: 'connectnote_draft',
        message: { type: 'message', text: 'hi', ts: '1700000000.000100' },
      },
      { type: 'block_actions', user: { id: 'U1' }, channel: null, actions: [{ action_id: 'x' }] },
      { type: 'dialog_submission', user: { id: 'U1' }, channel: null },
    ]) {
      found.push([
        'application/x-www-form-urlencoded',
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      ]);
    }
    found.push([
      'application/json',
      JSON.stringify({ type: 'event_callback', team_id: 'T1', event: { type: 'x', item: null } }),
    ]);
    for (const [type, body] of found) {
      const res = await h.sender.send(body, type);
      expect(res.status).toBe(400);
    }
  });
});
