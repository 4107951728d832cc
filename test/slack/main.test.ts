// src/main.ts as a process: composes the app against the stand-in, serves, and on SIGTERM stops
// taking requests, finishes what is in flight, closes the store and exits 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SlackRequestSender,
  type SlackStandin,
  slashCommand,
  startSlackStandin,
} from '../../src/slack-standin/index.js';
import { BOT_TOKEN, SIGNING_SECRET, USER } from './harness.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let slack: SlackStandin;
let child: ChildProcess;
let stderr = '';

function waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  return new Promise((resolveMatch, reject) => {
    const check = () => {
      const match = stderr.match(pattern);
      if (match) {
        clearInterval(timer);
        clearTimeout(timeout);
        resolveMatch(match);
      }
    };
    const timer = setInterval(check, 20);
    const timeout = setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`no ${pattern} in:\n${stderr}`));
    }, timeoutMs);
    check();
  });
}

beforeAll(async () => {
  slack = await startSlackStandin();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      PORT: '0',
      STORE_URL: 'memory://',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await slack?.close();
});

describe('npm start (main.ts) in HTTP mode', () => {
  it('serves signed requests, then shuts down gracefully on SIGTERM', async () => {
    const [, url] = await waitFor(/listening for Slack on (http:\S+\/slack\/events)/);
    const sender = new SlackRequestSender(url as string, SIGNING_SECRET);
    const res = await sender.command(
      slashCommand({ userId: USER, triggerId: slack.issueTrigger(USER) }),
    );
    expect(res.status).toBe(200);
    await slack.waitForCall('views.open');
    expect(slack.calls.map((c) => c.method)).toContain('auth.test');

    const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM: stopping/);
    expect(stderr).not.toContain(BOT_TOKEN);
    expect(stderr).not.toContain(SIGNING_SECRET);
  }, 40_000);
});
