// Issue 4's speed figures: the time the reminder sweep takes to find 1k due requests among 10k
// and among 100k tracked in SQLite (a real file in the temp folder), and the ratio: with a due
// index it should stay near 1. Seeding and each measurement run in fresh child processes; the
// two sizes are measured alternately so drift on a shared machine hits both alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild, scriptPath } from './lib/child.js';
import { checks, type Row, type Section, sideBySide } from './lib/report.js';
import { median, percentile } from './lib/stats.js';
import type { FindDueResult } from './store/find-due.js';
import type { SeedResult } from './store/seed.js';

const SEED = scriptPath(import.meta.url, './store/seed.ts');
const FIND_DUE = scriptPath(import.meta.url, './store/find-due.ts');
const SIZES = [10_000, 100_000] as const;
const DUE = 1_000;
/** A fixed Wednesday morning, so every run seeds and sweeps the same timeline. */
const NOW = '2026-11-25T10:00:00.000Z';
const PROCESSES = 3;
const RUNS = 30;

type Size = (typeof SIZES)[number];

export async function run(): Promise<Section> {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-bench-store-'));
  const seeds = new Map<Size, SeedResult>();
  const finds = new Map<Size, FindDueResult[]>(SIZES.map((s) => [s, []]));
  const missing: string[] = [];
  const file = (size: Size) => join(dir, `${size}.sqlite`);
  try {
    for (const size of SIZES) {
      const args = [String(size), String(DUE), file(size), NOW];
      const { result } = await runChild<SeedResult>(SEED, args, { timeoutMs: 300_000 });
      seeds.set(size, result);
    }
    for (let p = 0; p < PROCESSES; p++) {
      for (const size of p % 2 ? [...SIZES].reverse() : SIZES) {
        const { result } = await runChild<FindDueResult>(FIND_DUE, [file(size), NOW, String(RUNS)]);
        finds.get(size)?.push(result);
      }
    }
  } catch (error) {
    missing.push(`store/tracking: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const figure = (pick: (results: FindDueResult[]) => number | undefined) => {
    const of = (size: Size) => {
      const results = finds.get(size) ?? [];
      return results.length ? pick(results) : undefined;
    };
    return sideBySide(of(100_000), of(10_000));
  };
  const warm = figure((rs) => median(rs.flatMap((r) => r.samples)));
  const warmP90 = figure((rs) =>
    percentile(
      rs.flatMap((r) => r.samples),
      90,
    ),
  );
  const first = figure((rs) => median(rs.map((r) => r.firstMs)));
  const found = figure((rs) => Math.min(...rs.map((r) => r.found)));
  const seedMs = (size: Size) => seeds.get(size)?.seedMs;

  const rows: Row[] = [
    {
      figure: `find ${DUE.toLocaleString('en-US')} due, median`,
      unit: 'ms',
      ...warm,
      checks: checks(
        [warm.value, '≤ 100 ms at 100k', (v) => v <= 100],
        [warm.ratio, 'ratio ≤ 1.5 (near 1)', (r) => r <= 1.5],
      ),
    },
    { figure: `find ${DUE.toLocaleString('en-US')} due, p90`, unit: 'ms', ...warmP90 },
    { figure: 'first find in a fresh process', unit: 'ms', ...first },
    { figure: 'due requests found', unit: 'count', value: found.value, baseline: found.baseline },
    {
      figure: 'seeding time (not a target)',
      unit: 'ms',
      value: seedMs(100_000),
      baseline: seedMs(10_000),
    },
  ];
  const seed = seeds.get(100_000) ?? seeds.get(10_000);
  const notes = [
    `seeded with Tracking.trackSent (${seed ? `${seed.users.toLocaleString('en-US')} users at 100k, 20 requests each` : '20 requests a user'}), written oldest first as a live store grows: ${DUE.toLocaleString('en-US')} sent 10–8 days before ${NOW} (due), the rest over the last 6 days (first reminder ahead); all pending`,
    `${seed?.onTmpfs ? 'seeded on /dev/shm (SQLite fsyncs every write) and copied to the temp folder on disk, where' : 'seeded and'} measured through openStore('sqlite://…')`,
    "find = the sweep's finding step (src/tracking/sweep.ts, runSweep up to grouping by owner): indexRange('due', ≤ now) + getMany in chunks of 500 + zod validation + the pending/due check",
    `${PROCESSES} fresh processes per size, alternating; each: one first find, then ${RUNS} timed finds`,
    'ratio column: 100k ÷ 10k (1 means the cost does not grow with the number stored)',
  ];
  return {
    name: 'store',
    title: `Store (issue 4): finding ${DUE.toLocaleString('en-US')} due requests in SQLite`,
    columns: ['100k stored', '10k stored'],
    rows,
    notes,
    missing,
  };
}
