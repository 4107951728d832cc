// Issue 13's figures: one `connectnote sweep --now` (the real command, a fresh process) against the
// stand-in Slack answering every call after 50 ms, as a real network would. 1,000 and 10,000
// first-time users (time zone and DM channel unknown) each with one reminder due; the same 1,000
// a week later (the steady state: zones and channels known); and 1,000 first-time users with 10%
// of posts answered 429 Retry-After: 1. Counts come from the stand-in: every call it answered,
// the most it answered at once, and the reminder DMs in each user's DM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type SlackStandin, startSlackStandin } from '../../src/slack-standin/index.js';
import { REMINDER_EVENT_TYPE } from '../../src/tracking/slack.js';
import { runChild, scriptPath } from './lib/child.js';
import { checks, type Row, type Section } from './lib/report.js';
import type { SweepSeedResult } from './sweep/seed.js';
import { BENCH_ZONES, benchUser } from './sweep/users.js';

const SEED = scriptPath(import.meta.url, './sweep/seed.ts');
/** The command measured; BENCH_SWEEP_CLI points at another checkout's, to measure a baseline. */
const CLI = process.env.BENCH_SWEEP_CLI || scriptPath(import.meta.url, '../../src/cli/main.ts');
/** BENCH_SWEEP_ONLY=first1k runs the first scenario alone (a baseline of the old sweep). */
const ONLY = process.env.BENCH_SWEEP_ONLY;
/** A Wednesday 10:00 UTC: working hours in every bench zone. */
const NOW = '2026-11-25T10:00:00.000Z';
const WEEK_LATER = '2026-12-02T10:00:00.000Z';
const LATENCY_MS = 50;
const RATE_429 = 0.1;
/** The large run's size: 10,000 (BENCH_SWEEP_LARGE can make a quick check smaller). */
const LARGE = Number(process.env.BENCH_SWEEP_LARGE) || 10_000;
const LARGE_LABEL = LARGE.toLocaleString('en-US');

export interface SweepRun {
  users: number;
  wallMs: number;
  summary: { due: number; sent: number; failed: number; skipped: number };
  calls: number;
  byMethod: Record<string, number>;
  peak: number;
  /** Users with a reminder DM count other than the expected. */
  duplicates: number;
  missing: number;
  rateLimited: number;
  sweeps: number;
}

export async function run(): Promise<Section> {
  const dir = mkdtempSync(
    join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'connectnote-bench-sweep-'),
  );
  const missing: string[] = [];
  const runs: Record<string, SweepRun | undefined> = {};
  try {
    runs.first1k = await scenario(dir, 1_000, 'first1k', {});
    if (ONLY !== 'first1k') {
      runs.first10k = await scenario(dir, LARGE, 'first10k', {});
      runs.limited = await scenario(dir, 1_000, 'limited', { rate429: RATE_429 });
    }
  } catch (error) {
    missing.push(`sweep: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { first1k, first10k, limited } = runs;
  const steady = first1k && (runs as { steady?: SweepRun }).steady;
  const perUser = (r?: SweepRun) => (r ? r.wallMs / r.users : undefined);
  const scale =
    first1k && first10k ? (perUser(first10k) ?? 0) / (perUser(first1k) ?? 1) : undefined;
  const rows: Row[] = [
    ...firstTimeRows('1,000', first1k, checks([first1k?.wallMs, '≤ 30 s', (v) => v <= 30_000])),
    {
      figure: 'steady state, a week on: Slack calls per reminder',
      unit: 'number',
      value: callsPerUser(steady),
      checks: checks([callsPerUser(steady), '≤ 1.05', (v) => v <= 1.05]),
    },
    { figure: 'steady state: sweep time', unit: 'ms', value: steady?.wallMs },
    { figure: 'steady state: duplicates / missing', unit: 'count', value: lost(steady) },
    ...firstTimeRows(LARGE_LABEL, first10k),
    {
      figure: `time per user, ${LARGE_LABEL} ÷ 1,000`,
      unit: 'number',
      value: scale,
      checks: checks([scale, '≤ 1.2', (v) => v <= 1.2]),
    },
    { figure: '10% of posts 429 (Retry-After: 1): time', unit: 'ms', value: limited?.wallMs },
    { figure: '10% 429: 429s answered', unit: 'count', value: limited?.rateLimited },
    { figure: '10% 429: sweeps until all delivered', unit: 'count', value: limited?.sweeps },
    lostRow('10% 429', limited),
    {
      figure: '10% 429: 429s per 100 posts that went through',
      unit: 'number',
      value: limited ? (100 * limited.rateLimited) / Math.max(1, limited.users) : undefined,
      checks: checks([
        limited ? (100 * limited.rateLimited) / Math.max(1, limited.users) : undefined,
        '≤ 20 (bounded: about the injected 11)',
        (v) => v <= 20,
      ]),
    },
  ];
  const by = (r?: SweepRun) =>
    r
      ? Object.entries(r.byMethod)
          .map(([m, n]) => `${m} ${n}`)
          .join(', ')
      : '—';
  const notes = [
    `each run: a fresh SQLite store (on ${dir.startsWith('/dev/shm') ? '/dev/shm' : 'the temp disk'}) seeded through Tracking.trackSent, one reminder due per user, none of their zones or DM channels known; then \`connectnote sweep --now ${NOW}\` as a fresh process (tsx, start-up included) against the stand-in at ${LATENCY_MS} ms a call`,
    `users in ${BENCH_ZONES.join(', ')}: all in working hours at ${NOW}`,
    `calls, 1,000 first-time: ${by(first1k)}; steady state: ${by(steady)}; 10,000: ${by(first10k)}`,
    `steady state: the same 1,000 users' second reminder, swept at ${WEEK_LATER}`,
    `429 run: the stand-in answers a seeded 10% of chat.postMessage calls 429 Retry-After: 1; a sweep waits out a short Retry-After and tries that user again (4 tries at most); sweeps are repeated (15 minutes apart on the clock) until every user has their reminder, at most 4`,
    'duplicates: users with more than the expected reminder DMs; missing: users with fewer',
  ];
  return {
    name: 'sweep',
    title: `The sweep at scale (issue 13): stand-in Slack at ${LATENCY_MS} ms a call`,
    columns: ['ConnectNote', '—'],
    rows,
    notes,
    missing,
  };

  async function scenario(
    root: string,
    users: number,
    name: string,
    options: { rate429?: number },
  ): Promise<SweepRun> {
    const path = join(root, `${name}.sqlite`);
    process.stderr.write(`  sweep: seeding ${users} users (${name})…\n`);
    await runChild<SweepSeedResult>(SEED, [String(users), path, NOW], { timeoutMs: 600_000 });
    const standin = await startSlackStandin({
      latencyMs: LATENCY_MS,
      seed: 13,
      users: Array.from({ length: users }, (_, i) => ({
        id: benchUser(i),
        tz: BENCH_ZONES[i % BENCH_ZONES.length],
      })),
    });
    try {
      if (options.rate429) {
        standin.fail('chat.postMessage', {
          error: 'ratelimited',
          retryAfter: 1,
          rate: options.rate429,
        });
      }
      const first = await sweepUntilDelivered(
        standin,
        path,
        users,
        NOW,
        1,
        options.rate429 ? 4 : 1,
      );
      if (name === 'first1k') {
        standin.clearFailures();
        standin.clearCalls();
        (runs as { steady?: SweepRun }).steady = await sweepUntilDelivered(
          standin,
          path,
          users,
          WEEK_LATER,
          2,
          1,
        );
      }
      return first;
    } finally {
      await standin.close();
    }
  }
}

export async function sweepUntilDelivered(
  standin: SlackStandin,
  path: string,
  users: number,
  now: string,
  expected: number,
  maxSweeps: number,
): Promise<SweepRun> {
  standin.clearCalls();
  let wallMs = 0;
  let sweeps = 0;
  let summary = { due: 0, sent: 0, failed: 0, skipped: 0 };
  let counts = countDms(standin, users, expected);
  while (sweeps < maxSweeps && (sweeps === 0 || counts.missing > 0)) {
    const at = new Date(Date.parse(now) + sweeps * 15 * 60_000).toISOString();
    const result = await sweepOnce(standin, path, at);
    wallMs += result.wallMs;
    if (sweeps === 0) summary = result.summary;
    sweeps += 1;
    counts = countDms(standin, users, expected);
  }
  const byMethod: Record<string, number> = {};
  for (const call of standin.calls) byMethod[call.method] = (byMethod[call.method] ?? 0) + 1;
  return {
    users,
    wallMs,
    summary,
    calls: standin.calls.length,
    byMethod,
    peak: standin.peakInFlight,
    duplicates: counts.duplicates,
    missing: counts.missing,
    rateLimited: standin.calls.filter((c) => c.status === 429).length,
    sweeps,
  };
}

function countDms(standin: SlackStandin, users: number, expected: number) {
  let duplicates = 0;
  let missing = 0;
  for (let i = 0; i < users; i++) {
    const reminders = standin
      .messages(standin.dmChannel(benchUser(i)))
      .filter(
        (m) =>
          (m.metadata as { event_type?: string } | undefined)?.event_type === REMINDER_EVENT_TYPE,
      );
    if (reminders.length > expected) duplicates += 1;
    if (reminders.length < expected) missing += 1;
  }
  return { duplicates, missing };
}

function sweepOnce(
  standin: SlackStandin,
  path: string,
  now: string,
): Promise<{ wallMs: number; summary: SweepRun['summary'] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'sweep', '--now', now], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        STORE_URL: `sqlite://${path}`,
        SLACK_API_URL: standin.url,
        SLACK_BOT_TOKEN: 'xoxb-bench-sweep',
        LOG_LEVEL: 'error',
      },
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`connectnote sweep exited ${code}`));
      try {
        resolve({ wallMs, summary: JSON.parse(out.trim().split('\n').at(-1) ?? '{}') });
      } catch {
        reject(new Error(`connectnote sweep printed no summary: ${out.slice(0, 200)}`));
      }
    });
  });
}

/** The figures of one first-time run of `label` users; `time` checks its sweep time. */
function firstTimeRows(label: string, r: SweepRun | undefined, time?: Row['checks']): Row[] {
  return [
    {
      figure: `${label} first-time users: sweep time`,
      unit: 'ms',
      value: r?.wallMs,
      ...(time && { checks: time }),
    },
    { figure: `${label} first-time: users/s`, unit: 'per-s', value: rate(r) },
    { figure: `${label} first-time: Slack calls per user`, unit: 'number', value: callsPerUser(r) },
    { figure: `${label} first-time: peak concurrent calls`, unit: 'count', value: r?.peak },
    lostRow(`${label} first-time`, r),
  ];
}

/** Users with a reminder too many or too few: must be none. */
function lostRow(label: string, r: SweepRun | undefined): Row {
  return {
    figure: `${label}: duplicates / missing`,
    unit: 'count',
    value: lost(r),
    checks: checks([lost(r), '0', (v) => v === 0]),
  };
}

function lost(r?: SweepRun): number | undefined {
  return r ? r.duplicates + r.missing : undefined;
}

function rate(r?: SweepRun): number | undefined {
  return r ? r.users / (r.wallMs / 1000) : undefined;
}

function callsPerUser(r?: SweepRun): number | undefined {
  return r ? r.calls / r.users : undefined;
}
