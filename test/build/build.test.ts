// The compiled build, as a user installs it: `npm run build` turns src/ into plain JavaScript in
// dist/ and copies every other file src/ holds (the playground's page, data files a module reads
// beside itself); the bin and the production start then run from dist/ with no TypeScript loader.
//
// The build runs on a copy of the checkout that has two data files src/ does not have today, so
// the test shows that any new asset is copied, not just the ones in a list. The "installed"
// package links every dependency except tsx: if anything still needed a loader, it would fail.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';
import { exec, ROOT } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'connectnote-build-'));
const checkout = join(dir, 'checkout');
const installed = join(dir, 'installed');
const NEW_ASSETS = ['coach/models/weights.json', 'coach/rules/data/extra-words.txt'];
const NOTE =
  "Hi Leo, we met at the DevOps meetup in Berlin. I'd love to swap notes on platform engineering. Would you like to connect?";

let build: Awaited<ReturnType<typeof exec>>;
let slack: SlackStandin;

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** node_modules of the checkout, one link per package, without tsx. */
function linkDependencies(target: string): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === 'tsx' || name === '.bin') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(target, name));
  }
}

beforeAll(async () => {
  mkdirSync(checkout);
  for (const path of ['src', 'scripts', 'bin', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, path), join(checkout, path), { recursive: true });
  }
  cpSync(join(ROOT, 'tsconfig.build.json'), join(checkout, 'tsconfig.build.json'));
  for (const asset of NEW_ASSETS) {
    mkdirSync(join(checkout, 'src', asset, '..'), { recursive: true });
    writeFileSync(join(checkout, 'src', asset), `data for ${asset}\n`);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
  build = await exec(process.execPath, [join(checkout, 'scripts/build.mjs')]);

  // An install without dev dependencies: bin/, dist/, scripts/start.mjs, package.json.
  mkdirSync(installed);
  for (const path of ['bin', 'dist', 'package.json']) {
    cpSync(join(checkout, path), join(installed, path), { recursive: true });
  }
  mkdirSync(join(installed, 'scripts'));
  cpSync(join(checkout, 'scripts/start.mjs'), join(installed, 'scripts/start.mjs'));
  linkDependencies(join(installed, 'node_modules'));
  slack = await startSlackStandin();
}, 60_000);

afterAll(async () => {
  await slack?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run build', () => {
  it('compiles every TypeScript module of src/ to dist/', () => {
    expect(build.code).toBe(0);
    expect(build.stderr).toMatch(/built .*dist\/ \(\d+ assets copied\)/);
    const built = new Set(files(join(checkout, 'dist')));
    const modules = files(join(checkout, 'src')).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'),
    );
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.filter((f) => !built.has(f.replace(/\.ts$/, '.js')))).toEqual([]);
  });

  it('copies every other file under src/, new data files included, byte for byte', () => {
    const assets = files(join(checkout, 'src')).filter((f) => !/\.[cm]?tsx?$/.test(f));
    expect(assets).toEqual(expect.arrayContaining(NEW_ASSETS));
    expect(assets).toEqual(expect.arrayContaining(['playground/public/index.html']));
    // Buffer.equals, not toEqual: a deep equal walks the multi-megabyte model byte by byte
    // (20 s on a loaded machine); the list of differing files is the useful message anyway.
    const differing = assets.filter(
      (asset) =>
        !readFileSync(join(checkout, 'dist', asset)).equals(
          readFileSync(join(checkout, 'src', asset)),
        ),
    );
    expect(differing).toEqual([]);
  });
});

describe('the installed package, without tsx', () => {
  it('reviews a note through the bin', async () => {
    const run = await exec(join(installed, 'bin/connectnote.js'), ['review', '--json', NOTE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ relationship: 'met-briefly', name: 'Leo' });
  });

  it('drafts through the bin', async () => {
    const run = await exec(join(installed, 'bin/connectnote.js'), [
      'draft',
      '--json',
      '--name',
      'Leo',
      '--relationship',
      'met-briefly',
      '--context',
      'the DevOps meetup in Berlin',
      '--purpose',
      'swap notes on platform engineering',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).drafts.length).toBeGreaterThan(0);
  });

  it('starts the app with NODE_ENV=production npm start, and serves /healthz', async () => {
    const child = spawn(process.execPath, [join(installed, 'scripts/start.mjs')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        SLACK_BOT_TOKEN: 'xoxb-build-test',
        SLACK_SIGNING_SECRET: 'build-test-secret',
        SLACK_API_URL: slack.url,
        PORT: '0',
        STORE_URL: 'memory://',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await listening(child);
      const res = await fetch(`${url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, mode: 'http' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('without dist/, the bin says to build in one line', async () => {
    const bare = join(dir, 'no-dist');
    mkdirSync(bare);
    cpSync(join(installed, 'bin'), join(bare, 'bin'), { recursive: true });
    cpSync(join(installed, 'package.json'), join(bare, 'package.json'));
    linkDependencies(join(bare, 'node_modules'));
    expect(existsSync(join(bare, 'dist'))).toBe(false);
    const run = await exec(join(bare, 'bin/connectnote.js'), ['review', NOTE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('connectnote: dist/ is missing: run `npm run build` first\n');
  });
});

/** The base URL the app logs once it listens ("listening for Slack on http://…/slack/events"). */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`not listening:\n${stderr}`)), 20_000);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = stderr.match(/listening for Slack on (http:\/\/\S+)\/slack\/events/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${stderr}`)));
  });
}
