// The environment (docs/reference.md §6): a bad value stops start-up with one line naming the variable and
// what it expects, and never shows a secret's value.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { configProblem as problem } from './config-problem.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('loadConfig', () => {
  it('defaults: no token means the playground; STORE_URL, PORT, cron and days per docs/reference.md §6', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'playground',
      port: 3000,
      slackApiUrl: 'https://slack.com/api/',
      storeUrl: 'sqlite://data/connectnote.sqlite',
      reminderCron: '*/15 * * * *',
      reminderAfterDays: 7,
      logLevel: 'info',
    });
  });

  it('picks Socket Mode with an app token, HTTP mode with a signing secret', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).mode).toBe(
      'socket',
    );
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).mode).toBe('http');
    expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:9/api' }).slackApiUrl).toBe(
      'http://127.0.0.1:9/api/',
    );
  });

  it('REMINDER_CRON=off turns the in-process sweep off, for an external scheduler', () => {
    expect(loadConfig({ REMINDER_CRON: 'off' }).reminderCron).toBeUndefined();
    expect(loadConfig({ REMINDER_CRON: 'OFF' }).reminderCron).toBeUndefined();
    expect(loadConfig({ REMINDER_CRON: '0 * * * *' }).reminderCron).toBe('0 * * * *');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ SLACK_API_URL: 'ftp://example.com/api' }, 'SLACK_API_URL'],
    [{ STORE_URL: 'mysql://db' }, 'STORE_URL'],
    [{ REMINDER_CRON: 'every monday' }, 'REMINDER_CRON'],
    [{ REMINDER_AFTER_DAYS: '0' }, 'REMINDER_AFTER_DAYS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
  ])('%j → one line naming %s', (env, variable) => {
    const message = problem(env);
    expect(message.startsWith(variable)).toBe(true);
    expect(message).toMatch(/expected/);
    expect(message).not.toContain('\n');
  });

  it('never prints a secret’s value', () => {
    const secrets = {
      SLACK_BOT_TOKEN: 'xoxp-user-token-that-is-secret-123',
      SLACK_APP_TOKEN: 'xoxb-wrong-kind-of-secret-456',
    };
    const bot = problem({ SLACK_BOT_TOKEN: secrets.SLACK_BOT_TOKEN });
    expect(bot).toMatch(/^SLACK_BOT_TOKEN/);
    expect(bot).not.toContain('secret-123');
    const app = problem({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: secrets.SLACK_APP_TOKEN });
    expect(app).toMatch(/^SLACK_APP_TOKEN/);
    expect(app).not.toContain('secret-456');
  });
});

function npmStart(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn('npm', ['start'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout, stderr });
    });
  });
}

describe('npm start with a bad environment', () => {
  it('stops with one line on stderr, no stack, no secret, and a non-zero exit', async () => {
    const secret = 'this-signing-secret-must-not-show';
    const run = await npmStart({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: secret,
      PORT: 'not-a-port',
    });
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT is invalid: expected a port number/);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(run.stderr + run.stdout).not.toContain(secret);
    expect(run.stderr + run.stdout).not.toContain('xoxb-test-token');
  }, 40_000);
});
