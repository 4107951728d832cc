// Issue 11's speed figures: the compiled build (dist/) against the TypeScript sources through
// tsx, the way the bin and `npm start` ran before there was a build. Builds dist/ first, so the
// figures are for the code as it is now.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checks, type Row, type Section, sideBySide } from './lib/report.js';
import { median } from './lib/stats.js';
import { buildBaseline, measureStartup, ROOT, type StartupSamples } from './ship/measure.js';

const RUNS = 7;

export async function run(): Promise<Section> {
  const missing: string[] = [];
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let samples: StartupSamples | undefined;
  // BENCH_BASELINE_REF=main (any commit): that commit's bin is timed beside this tree's.
  const ref = process.env.BENCH_BASELINE_REF;
  let baselineRoot: string | undefined;
  if (build.status !== 0) missing.push(`npm run build failed (exit ${build.status})`);
  else {
    try {
      if (ref) baselineRoot = buildBaseline(ref);
      samples = await measureStartup(RUNS, baselineRoot);
    } catch (error) {
      missing.push(error instanceof Error ? error.message : String(error));
    } finally {
      if (baselineRoot) rmSync(baselineRoot, { recursive: true, force: true });
    }
  }
  const figure = (list: number[] | undefined) => (list?.length ? median(list) : undefined);
  const review = sideBySide(figure(samples?.review.compiled), figure(samples?.review.tsx));
  const healthz = sideBySide(figure(samples?.healthz.compiled), figure(samples?.healthz.tsx));
  const against = sideBySide(figure(samples?.review.compiled), figure(samples?.review.baseline));
  const rows: Row[] = [
    {
      figure: 'connectnote review through the bin, wall',
      unit: 'ms',
      ...review,
      checks: checks([review.value, '≤ 300 ms', (v) => v <= 300]),
    },
    ...(ref
      ? [
          {
            figure: `  the same, ${ref}'s build in the second column`,
            unit: 'ms',
            ...against,
          } satisfies Row,
        ]
      : []),
    {
      figure: 'app start-up → /healthz 200',
      unit: 'ms',
      ...healthz,
      checks: checks([healthz.value, '≤ 500 ms', (v) => v <= 500]),
    },
  ];
  return {
    name: 'ship',
    title: 'Start-up (issue 11): compiled build against tsx',
    columns: ['compiled', 'through tsx'],
    rows,
    notes: [
      `median of ${RUNS} fresh processes per way, the ways alternated, after one unmeasured run each`,
      'review: bin/connectnote.js run by its shebang (what an installed `connectnote` runs) against `node --import tsx src/cli/main.ts`, spawn to exit, one ~120-character note',
      'start-up: `node dist/main.js` against `node --import tsx src/main.ts` in HTTP mode, SQLite store in a temp folder, auth.test answered by the stand-in Slack on loopback; spawn to the first 200 from GET /healthz, polled every 2 ms',
      "the tsx column runs today's sources the way the bin and `npm start` ran before the build existed; code changes that also help it (the lazy loading of Slack and store code) are in both columns",
      'ratio column: compiled ÷ tsx (below 1 is faster)',
      ref
        ? `baseline: ${ref} built in a temp folder with this checkout's node_modules; its bin ran right after ours in each round, so the ratio compares the two on the same machine load`
        : 'BENCH_BASELINE_REF=<commit> adds a row timing that commit’s bin beside this tree’s, in the same rotation',
    ],
    missing,
  };
}
