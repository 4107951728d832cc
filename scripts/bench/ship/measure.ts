// Issue 11's two start-up figures, each from fresh processes as a user or an orchestrator starts
// them: one `connectnote review` through the bin, and the Slack app from spawn to its first
// `GET /healthz` 200. Each is taken two ways: compiled (dist/, plain JavaScript) and through tsx
// (the TypeScript sources, as the bin and `npm start` ran before the build existed).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startSlackStandin } from '../../../src/slack-standin/index.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `baseline`: another commit's build (BENCH_BASELINE_REF), for the review figure only. */
export type Way = 'compiled' | 'tsx' | 'baseline';

export const NOTE =
  "Hi Leo, we met at the DevOps meetup in Berlin. I'd love to swap notes on platform engineering. Would you like to connect?";

/** The command line for each way: the installed bin (its shebang finds node), or tsx on src/. */
function command(way: Way, entry: 'cli' | 'app', baselineRoot?: string): [string, string[]] {
  if (way === 'baseline') {
    if (!baselineRoot) throw new Error('no baseline build');
    return [join(baselineRoot, 'bin/connectnote.js'), []];
  }
  if (way === 'compiled') {
    return entry === 'cli'
      ? [join(ROOT, 'bin/connectnote.js'), []]
      : [process.execPath, [join(ROOT, 'dist/main.js')]];
  }
  const source = entry === 'cli' ? 'src/cli/main.ts' : 'src/main.ts';
  // By URL: the app runs in a temp folder, where a bare `--import tsx` would not resolve.
  return [process.execPath, ['--import', import.meta.resolve('tsx'), join(ROOT, source)]];
}

/** Wall time of one `connectnote review NOTE` process, spawn to exit, in ms. */
export function reviewOnce(way: Way, baselineRoot?: string): Promise<number> {
  const [file, args] = command(way, 'cli', baselineRoot);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, [...args, 'review', NOTE], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else reject(new Error(`connectnote review (${way}) exited ${code}: ${stderr.trim()}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the app in HTTP mode (SQLite store in a temp folder, the stand-in Slack on loopback) and
 * polls `/healthz` every 2 ms: ms from spawn to the first 200. The process is then stopped.
 */
export async function healthzOnce(way: Way, slackApiUrl: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-bench-start-'));
  const port = await freePort();
  const [file, args] = command(way, 'app');
  const started = performance.now();
  const child = spawn(file, args, {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: 'bench-signing-secret',
      SLACK_API_URL: slackApiUrl,
      PORT: String(port),
      STORE_URL: `sqlite://${join(dir, 'app.sqlite')}`,
      LOG_LEVEL: 'warn',
    },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  try {
    const deadline = started + 30_000;
    while (performance.now() < deadline && !exited) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error(`the app (${way}) never answered /healthz: ${stderr.trim().split('\n')[0]}`);
  } finally {
    if (!exited) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface StartupSamples {
  review: Record<Way, number[]>;
  healthz: Record<Way, number[]>;
}

/**
 * `runs` of each figure each way, alternating the ways so drift hits both alike. With a
 * baseline build (see buildBaseline), its bin's review is timed in the same rotation.
 */
export async function measureStartup(runs: number, baselineRoot?: string): Promise<StartupSamples> {
  const samples: StartupSamples = {
    review: { compiled: [], tsx: [], baseline: [] },
    healthz: { compiled: [], tsx: [], baseline: [] },
  };
  if (baselineRoot) await reviewOnce('baseline', baselineRoot);
  const slack = await startSlackStandin();
  try {
    // One unmeasured run each: tsx's transform cache and the OS file cache are warm after it.
    for (const way of ['compiled', 'tsx'] as const) {
      await reviewOnce(way);
      await healthzOnce(way, slack.url);
    }
    for (let r = 0; r < runs; r++) {
      for (const way of r % 2 ? (['tsx', 'compiled'] as const) : (['compiled', 'tsx'] as const)) {
        samples.review[way].push(await reviewOnce(way));
        samples.healthz[way].push(await healthzOnce(way, slack.url));
        if (baselineRoot && way === 'compiled') {
          samples.review.baseline.push(await reviewOnce('baseline', baselineRoot));
        }
      }
    }
  } finally {
    await slack.close();
  }
  return samples;
}

/**
 * Builds `ref` (a commit, branch or tag of this repository) in a temp folder sharing this
 * checkout's node_modules, so its bin can be timed beside ours on the same busy machine.
 * Returns the folder; the caller removes it.
 */
export function buildBaseline(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-baseline-'));
  const archive = spawnSync('git', ['archive', '--format=tar', ref], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  if (archive.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`git archive ${ref} failed: ${String(archive.stderr).trim()}`);
  }
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const build = spawnSync(process.execPath, [join(dir, 'scripts/build.mjs'), '--quiet'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (untar.status !== 0 || build.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `could not build ${ref} (tar exit ${untar.status}, build exit ${build.status})`,
    );
  }
  return dir;
}
