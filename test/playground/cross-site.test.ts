// The playground against another web page (issue 10, item 6): the stand-in Slack takes no
// cross-origin, rebound-Host or text/plain requests, its bot token changes every start, the page
// cannot be framed, and Home-only actions act only from the Home view.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Playground, startPlayground } from '../../src/playground/start.js';
import { blockAction, startSlackStandin } from '../../src/slack-standin/index.js';
import { draftToDm, type Harness, startHarness, USER } from '../slack/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'connectnote-cross-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startOne(): Promise<Playground> {
  return startPlayground({
    port: 0,
    storeUrl: `sqlite://${join(dir, `p${Math.random().toString(36).slice(2)}.sqlite`)}`,
    timeZone: 'UTC',
    startAt: new Date('2026-11-30T10:00:00Z'),
    logLevel: 'error',
    log: () => undefined,
    print: () => undefined,
  });
}

/** A raw request with exactly these headers (fetch would not let us set Host). */
function raw(
  url: string,
  method: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the stand-in Slack of the playground', () => {
  let playground: Playground;
  beforeAll(async () => {
    playground = await startOne();
  });
  afterAll(async () => {
    await playground?.stop();
  });

  it('refuses a cross-origin POST, and posts nothing', async () => {
    const before = playground.standin.calls.length;
    const res = await raw(
      `${playground.standin.url}chat.postMessage`,
      'POST',
      { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      'channel=D1&text=hello&token=xoxb-playground-local',
    );
    expect(res.status).toBe(403);
    expect(playground.standin.calls.length).toBe(before);
  });

  it('refuses a rebound Host name', async () => {
    const port = new URL(playground.standin.url).port;
    const res = await raw(`${playground.standin.url}conversations.history`, 'POST', {
      host: `evil.example:${port}`,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(421);
  });

  it('does not read a text/plain body as a form', async () => {
    const res = await raw(
      `${playground.standin.url}auth.test`,
      'POST',
      { 'content-type': 'text/plain' },
      'token=xoxb-playground-local',
    );
    const body = JSON.parse(res.text) as { ok: boolean };
    expect(body.ok).toBe(false);
  });

  it('uses a fresh random bot token each start', async () => {
    const other = await startOne();
    try {
      const calls = (p: Playground) =>
        p.standin.calls.map((c) => c.token).filter((t): t is string => Boolean(t));
      const mine = new Set(calls(playground));
      const theirs = new Set(calls(other));
      expect(mine.size).toBeGreaterThan(0);
      expect([...mine].some((t) => theirs.has(t))).toBe(false);
      expect([...mine].some((t) => t === 'xoxb-playground-local')).toBe(false);
    } finally {
      await other.stop();
    }
  });

  it('serves the page so that no other site can frame it', async () => {
    const res = await fetch(playground.url);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy') ?? '').toContain("frame-ancestors 'none'");
  });
});

describe('Home-only actions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('"Delete my data" from a message, not the Home view, deletes nothing', async () => {
    const message = await draftToDm(h);
    const owner = { teamId: h.slack.teamId, userId: USER };
    await h.tracking.trackSent(
      owner,
      { name: 'Laura', relationship: 'met-briefly', note: 'Hi Laura, shall we connect?' },
      h.clock.now(),
    );
    const before = (await h.tracking.home(owner, h.clock.now())).pending.length;
    expect(before).toBe(1);
    // A button smuggled into the DM with the Home's action id and value.
    const forged = blockAction({
      userId: USER,
      message: {
        ...message,
        blocks: [
          {
            type: 'actions',
            block_id: 'x',
            elements: [{ type: 'button', action_id: 'home_delete_data', value: 'delete' }],
          },
        ],
      },
      action: { actionId: 'home_delete_data', value: 'delete' },
    } as Parameters<typeof blockAction>[0]);
    const res = await h.sender.interaction(forged);
    expect(res.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await h.tracking.home(owner, h.clock.now())).pending.length).toBe(1);
  });
});

describe('the stand-in on its own', () => {
  it('still answers the app, which sends no Origin', async () => {
    const slack = await startSlackStandin({ botTokens: ['xoxb-t'] });
    try {
      const res = await fetch(`${slack.url}auth.test`, {
        method: 'POST',
        headers: { authorization: 'Bearer xoxb-t' },
      });
      expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      await slack.close();
    }
  });
});
