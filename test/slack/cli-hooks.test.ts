// The Slack CLI's view of the project (`slack run`, `slack manifest`): it runs the get-hooks
// command of .slack/hooks.json, then the hooks that answer names. These tests run the same
// commands in a shell from the project's folder, as the CLI does, and check what they print.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';
import { exec, ROOT } from '../cli/helpers.js';

const hooksFile = JSON.parse(readFileSync(resolve(ROOT, '.slack/hooks.json'), 'utf8')) as {
  hooks: Record<string, string>;
};

interface SdkInterface {
  hooks: Record<string, string>;
  config: { 'sdk-managed-connection-enabled'?: boolean; 'protocol-version'?: string[] };
  runtime: string;
}

/** A hook command as the CLI runs it: a shell command line in the project's folder. */
const hook = (command: string, args: string[] = []) =>
  exec('/bin/sh', ['-c', [command, ...args].join(' ')]);

let sdk: SdkInterface;

beforeAll(async () => {
  const command = hooksFile.hooks['get-hooks'];
  expect(command).toBeDefined();
  const run = await hook(command as string);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  sdk = JSON.parse(run.stdout);
}, 60_000);

describe('.slack/hooks.json', () => {
  it('get-hooks names the Bolt hooks of @slack/cli-hooks, with the app managing its socket', () => {
    expect(sdk.runtime).toBe('node');
    expect(Object.keys(sdk.hooks)).toEqual(expect.arrayContaining(['get-manifest', 'start']));
    expect(sdk.hooks['get-manifest']).toMatch(/@slack\/cli-hooks slack-cli-get-manifest$/);
    expect(sdk.config['sdk-managed-connection-enabled']).toBe(true);
  });

  it('get-manifest prints the manifest: manifest.json, the same as manifest.yml', async () => {
    const run = await hook(sdk.hooks['get-manifest'] as string);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual(JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')));
    expect(printed).toEqual(parse(readFileSync(resolve(ROOT, 'manifest.yml'), 'utf8')));
    expect(printed.features.slash_commands[0].command).toBe('/connectnote');
  });

  it('manifest.json is what `npm run manifest` writes from manifest.yml', async () => {
    const check = await exec(process.execPath, ['scripts/manifest.mjs', '--check']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });
});

describe('the start hook (`slack run`)', () => {
  let slack: SlackStandin;
  beforeAll(async () => {
    slack = await startSlackStandin();
  });
  afterAll(async () => {
    await slack?.close();
  });

  it('starts the app from package.json "main" with the tokens the CLI passes', async () => {
    // The CLI passes SLACK_BOT_TOKEN and SLACK_APP_TOKEN; without an app token (no Socket Mode
    // server on loopback here) the same start path serves HTTP, which we can reach.
    const child = spawn('/bin/sh', ['-c', sdk.hooks.start as string], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        SLACK_BOT_TOKEN: 'xoxb-cli-hooks-test',
        SLACK_SIGNING_SECRET: 'cli-hooks-test-secret',
        SLACK_API_URL: slack.url,
        PORT: '0',
        STORE_URL: 'memory://',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    try {
      await expect
        .poll(() => output, { timeout: 20_000, interval: 50 })
        .toMatch(/listening for Slack on http:\/\/\S+\/slack\/events/);
      expect(slack.calls.map((c) => c.method)).toContain('auth.test');
    } finally {
      // The hook and the app it spawned: one process group.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    }
  });
});
