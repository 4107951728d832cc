// src/main.ts as a process: composes the app against the stand-in, serves, and on SIGTERM stops
// taking requests, finishes what is in flight, closes the store and exits 0.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SlackRequestSender,
  type SlackStandin,
  slashCommand,
  startSlackStandin,
} from '../../src/slack-standin/index.js';
import { BOT_TOKEN, httpEnv, SIGNING_SECRET, USER } from './harness.js';

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
      ...httpEnv(slack.url),
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

describe('npm start without SLACK_BOT_TOKEN and without the playground', () => {
  it('prints how to configure the app and exits non-zero', () => {
    // A module hook that makes ./playground/start.js missing, as before the playground existed.
    const hook = `export async function resolve(specifier, context, next) {
      if (/playground\\/start\\.(js|ts)$/.test(specifier)) {
        const error = new Error('Cannot find module ' + specifier);
        error.code = 'ERR_MODULE_NOT_FOUND';
        throw error;
      }
      return next(specifier, context);
    }`;
    const dir = mkdtempSync(join(tmpdir(), 'cn-main-'));
    const register = join(dir, 'no-playground.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));\n`,
    );
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--import', register, 'src/main.ts'],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    expect(run.stderr).toMatch(/Create the app from manifest\.yml/);
    expect(run.stderr).toMatch(/SLACK_BOT_TOKEN/);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  }, 40_000);
});
