// An unreachable store is reported in one line within 10 seconds, never a hang (SPEC §7,
// issue 10 item 5); a Redis that drops while the app runs fails calls fast, is reported, and is
// used again once it is back.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore } from '../../src/store/index.js';
import { cli } from '../cli/helpers.js';

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'hung'> {
  return Promise.race([
    promise,
    new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms).unref()),
  ]);
}

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

describe('an unreachable Redis', () => {
  it('openStore rejects within 10 s with one line naming the store and the reason', async () => {
    const port = await closedPort();
    const outcome = await within(
      openStore(`redis://:secret-pass@127.0.0.1:${port}`).then(
        () => new Error('opened'),
        (error: Error) => error,
      ),
      10_000,
    );
    expect(outcome).not.toBe('hung');
    const message = (outcome as Error).message;
    expect(message).not.toBe('opened');
    expect(message).toMatch(/redis:\/\/127\.0\.0\.1:\d+/);
    expect(message).toMatch(/ECONNREFUSED|refused/);
    expect(message).not.toContain('secret-pass');
    expect(message.split('\n')).toHaveLength(1);
  }, 15_000);

  it('`connectnote sweep` exits non-zero with one line within 10 s', async () => {
    const port = await closedPort();
    const run = await within(
      cli(['sweep'], {
        env: {
          STORE_URL: `redis://127.0.0.1:${port}`,
          SLACK_BOT_TOKEN: 'xoxb-test',
          SLACK_API_URL: 'http://127.0.0.1:9/api/',
        },
      }),
      12_000,
    );
    expect(run).not.toBe('hung');
    if (run === 'hung') return;
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/redis:\/\/127\.0\.0\.1:\d+.*(ECONNREFUSED|refused)/);
  }, 20_000);
});

describe.skipIf(!hasRedis)('a Redis that drops while running', () => {
  function startRedis(port: number): Promise<ChildProcess> {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (/Ready to accept connections/.test(chunk.toString())) resolve(child);
      });
      child.on('error', reject);
    });
  }

  it('fails calls fast while it is gone, reports it, and recovers when it returns', async () => {
    const port = await closedPort();
    let redis = await startRedis(port);
    const lines: string[] = [];
    const logger = {
      debug: () => undefined,
      info: (m: string) => lines.push(`info ${m}`),
      warn: (m: string) => lines.push(`warn ${m}`),
      error: (m: string) => lines.push(`error ${m}`),
    };
    const store = await openStore(`redis://127.0.0.1:${port}`, logger);
    const schema = z.object({ v: z.number() });
    try {
      await store.set('k', { v: 1 });
      redis.kill('SIGKILL');
      await new Promise((resolve) => redis.once('exit', resolve));
      const during = await within(
        store.get('k', schema).then(
          () => 'answered',
          () => 'failed',
        ),
        5_000,
      );
      expect(during).toBe('failed');
      expect(lines.join('\n')).toMatch(/store: lost the connection to redis/);
      redis = await startRedis(port);
      await expect
        .poll(
          () =>
            store.set('k', { v: 2 }).then(
              () => true,
              () => false,
            ),
          { timeout: 10_000, interval: 200 },
        )
        .toBe(true);
      expect(await store.get('k', schema)).toEqual({ v: 2 });
      expect(lines.join('\n')).toMatch(/store: reconnected to redis/);
    } finally {
      await store.close().catch(() => undefined);
      redis.kill('SIGKILL');
    }
  }, 30_000);

  it('the app keeps acknowledging Slack while its Redis is down, and recovers', async () => {
    const { startHarness } = await import('../slack/harness.js');
    const { appHomeOpenedEvent, slashCommand } = await import('../../src/slack-standin/index.js');
    const port = await closedPort();
    let redis = await startRedis(port);
    const h = await startHarness({ STORE_URL: `redis://127.0.0.1:${port}` });
    try {
      redis.kill('SIGKILL');
      await new Promise((resolve) => redis.once('exit', resolve));
      const from = h.slack.calls.length;
      const command = await h.sender.command(
        slashCommand({ userId: 'U0DOWN', triggerId: h.slack.issueTrigger('U0DOWN') }),
      );
      expect(command.status).toBe(200);
      await h.slack.waitForCall('views.open', { after: from });
      const home = await h.sender.event(appHomeOpenedEvent({ userId: 'U0DOWN' }));
      expect(home.status).toBe(200);
      expect(h.logs.join('\n')).toMatch(/store: lost the connection to redis/);
      redis = await startRedis(port);
      await expect
        .poll(
          async () => {
            const before = h.slack.calls.length;
            await h.sender.event(appHomeOpenedEvent({ userId: 'U0DOWN' }));
            await new Promise((resolve) => setTimeout(resolve, 200));
            return h.slack.calls.slice(before).some((c) => c.method === 'views.publish');
          },
          { timeout: 15_000, interval: 300 },
        )
        .toBe(true);
    } finally {
      await h.close().catch(() => undefined);
      redis.kill('SIGKILL');
    }
  }, 40_000);
});
