// OAuth mode in real processes: `src/main.ts` serves the install page from an OAuth environment
// and refuses a bad TOKEN_ENCRYPTION_KEY with one line; `connectnote sweep` reminds each owner
// with their own installation's token.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';
import { sqliteBackend } from '../store/backends.js';
import { type OAuthHarness, startOAuthHarness, T1, T2, twoWorkspacesTracking } from './harness.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = ['--import', import.meta.resolve('tsx'), join(ROOT, 'src', 'cli', 'main.ts')];
const cwd = mkdtempSync(join(tmpdir(), 'connectnote-oauth-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

let h: OAuthHarness | undefined;
let slack: SlackStandin | undefined;
afterEach(async () => {
  await h?.close();
  await slack?.close();
  h = undefined;
  slack = undefined;
});

describe('connectnote sweep with OAuth', () => {
  it('reminds each owner with their own installation’s token, and prints no secret', {
    timeout: 60_000,
  }, async () => {
    h = await startOAuthHarness(sqliteBackend());
    await twoWorkspacesTracking(h);
    const from = h.slack.calls.length;
    const { PORT: _port, ...env } = h.env;
    const { stdout, stderr } = await run(
      process.execPath,
      [...CLI, 'sweep', '--now', '2026-11-10T10:05:00Z'],
      { cwd, env: { PATH: process.env.PATH, ...env }, timeout: 30_000 },
    );
    expect(JSON.parse(stdout)).toEqual({ due: 2, sent: 2, failed: 0, skipped: 0 });
    const posts = h.slack.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
    const byChannel = Object.fromEntries(posts.map((c) => [c.body.channel, c.authorization]));
    expect(byChannel).toEqual({
      // A first reminder goes to the user id: Slack puts it in their DM with the app.
      [T1.userId]: `Bearer ${h.slack.issuedTokens({ teamId: 'T1' })[0]?.token}`,
      [T2.userId]: `Bearer ${h.slack.issuedTokens({ teamId: 'T2' })[0]?.token}`,
    });
    for (const secret of [env.SLACK_CLIENT_SECRET, env.TOKEN_ENCRYPTION_KEY, 'xoxb-']) {
      expect(stdout + stderr).not.toContain(secret);
    }
  });
});

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('close', done));
  return { child, exited, stderr: () => stderr };
}

describe('npm start with OAuth', () => {
  const base = () => ({
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'process-client-secret-000',
    SLACK_STATE_SECRET: 'process-state-secret-00000',
    SLACK_SIGNING_SECRET: 'process-signing-secret-0',
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SLACK_API_URL: slack?.url ?? 'http://127.0.0.1:9/api/',
    STORE_URL: 'memory://',
    PORT: '0',
    REMINDER_CRON: 'off',
  });

  it('serves the Add to Slack page, without a bot token', { timeout: 40_000 }, async () => {
    slack = await startSlackStandin();
    const app = start(base());
    try {
      const deadline = Date.now() + 30_000;
      let match: RegExpMatchArray | null = null;
      while (!match && Date.now() < deadline) {
        match = app.stderr().match(/listening for Slack on (http:\/\/[^/\s]+)/);
        if (!match) await new Promise((r) => setTimeout(r, 50));
      }
      expect(match, app.stderr()).toBeTruthy();
      const page = await fetch(`${match?.[1]}/slack/install`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Add to Slack');
      expect(app.stderr()).not.toContain('process-client-secret');
    } finally {
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
    }
  });

  it('a short TOKEN_ENCRYPTION_KEY stops it with one line naming the variable', {
    timeout: 40_000,
  }, async () => {
    const key = randomBytes(16).toString('base64');
    const app = start({ ...base(), TOKEN_ENCRYPTION_KEY: key });
    expect(await app.exited).not.toBe(0);
    const lines = app.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^connectnote: TOKEN_ENCRYPTION_KEY is invalid: expected 32 random bytes in base64/,
    );
    expect(app.stderr()).not.toContain(key);
  });
});
