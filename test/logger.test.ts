// The app's log lines: readable text by default; LOG_FORMAT=json gives one JSON object a line
// for log shippers. Either way one entry is one line and a secret never appears.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startSlackStandin } from '../src/slack-standin/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECRET = 'xoxb-a-token-nobody-may-read';
const at = () => new Date('2026-11-09T10:00:00.000Z');

function capture(format: 'text' | 'json', level: 'info' | 'debug' = 'info') {
  const lines: string[] = [];
  const logger = createLogger({
    format,
    level,
    now: at,
    secrets: [SECRET],
    write: (line) => lines.push(line),
  });
  return { logger, lines };
}

describe('LOG_FORMAT', () => {
  it('is text by default, json on request, and nothing else', () => {
    expect(loadConfig({}).logFormat).toBe('text');
    expect(loadConfig({ LOG_FORMAT: 'JSON' }).logFormat).toBe('json');
    expect(() => loadConfig({ LOG_FORMAT: 'yaml' })).toThrow(
      'LOG_FORMAT is invalid: expected text or json',
    );
  });
});

describe('text lines', () => {
  it('one readable line per entry, secrets masked', () => {
    const { logger, lines } = capture('text');
    logger.warn(`token ${SECRET} refused,\nretrying`);
    expect(lines).toEqual([
      '2026-11-09T10:00:00.000Z WARN connectnote: token *** refused, retrying',
    ]);
  });
});

describe('json lines', () => {
  it('one JSON object per entry: time, level, name, msg', () => {
    const { logger, lines } = capture('json');
    logger.info('listening for Slack on', 'http://127.0.0.1:3000/slack/events');
    logger.child('sweep').warn('two\nlines', { due: 3 });
    logger.debug('not at info level');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        time: '2026-11-09T10:00:00.000Z',
        level: 'info',
        name: 'connectnote',
        msg: 'listening for Slack on http://127.0.0.1:3000/slack/events',
      },
      {
        time: '2026-11-09T10:00:00.000Z',
        level: 'warn',
        name: 'connectnote:sweep',
        msg: 'two\nlines {"due":3}',
      },
    ]);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
  });

  it('an error is a field of its own; its stack only at debug level; secrets masked', () => {
    const failure = Object.assign(new Error(`auth.test refused ${SECRET}`), { code: 'E_AUTH' });
    const info = capture('json');
    info.logger.error(`could not start with ${SECRET}`, failure);
    const entry = JSON.parse(info.lines[0] as string);
    expect(entry).toEqual({
      time: '2026-11-09T10:00:00.000Z',
      level: 'error',
      name: 'connectnote',
      msg: 'could not start with ***',
      error: { name: 'Error', message: 'auth.test refused ***', code: 'E_AUTH' },
    });
    const debug = capture('json', 'debug');
    debug.logger.error('failed', failure);
    const withStack = JSON.parse(debug.lines[0] as string);
    expect(withStack.error.stack).toMatch(/^Error: auth.test refused \*\*\*\n\s+at /);
    expect(debug.lines[0]).not.toContain(SECRET);
  });

  it('the running app writes nothing but JSON lines to stderr', async () => {
    const slack = await startSlackStandin();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: SECRET,
        SLACK_SIGNING_SECRET: 'log-test-signing-secret',
        SLACK_API_URL: slack.url,
        PORT: '0',
        STORE_URL: 'memory://',
        LOG_FORMAT: 'json',
        REMINDER_CRON: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    await expect.poll(() => stderr, { timeout: 20_000 }).toMatch(/listening for Slack/);
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await slack.close();
    const entries = stderr
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(entries.map((e) => e.msg)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^listening for Slack on http:/),
        expect.stringMatching(/^REMINDER_CRON=off: no in-process reminder sweeps/),
        'SIGTERM: stopping',
      ]),
    );
    expect(entries.every((e) => e.time && e.level && e.name)).toBe(true);
    expect(stderr).not.toContain(SECRET);
  });

  it('a start-up failure is a JSON line too', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: 'not-a-bot-token', LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(stderr)).toMatchObject({
      level: 'error',
      msg: 'SLACK_BOT_TOKEN is invalid: expected a bot token starting with xoxb-',
    });
  });
});
