// Issue 2's speed figures: the coach against a stock retext pipeline, each measurement in a
// fresh child process, run alternately so drift on a shared machine hits both sides alike.
import type { DraftsResult } from './coach/drafts.js';
import type { FirstReviewResult } from './coach/first-review.js';
import type { Impl } from './coach/impl.js';
import type { ThroughputResult } from './coach/throughput.js';
import { type ChildRun, runChild, scriptPath } from './lib/child.js';
import { compileChildren, productionNodeFlags } from './lib/compiled.js';
import { checks, type Row, type Section, sideBySide } from './lib/report.js';
import { median } from './lib/stats.js';

const THROUGHPUT = scriptPath(import.meta.url, './coach/throughput.ts');
const FIRST_REVIEW = scriptPath(import.meta.url, './coach/first-review.ts');
const DRAFTS = scriptPath(import.meta.url, './coach/drafts.ts');
const IMPLS: Impl[] = ['coach', 'baseline'];

/** Timed rounds per throughput process and processes per side. */
const ROUND_MS = 1000;
const ROUNDS = 4;
const THROUGHPUT_PROCESSES = 2;
const TYPO_ROUNDS = 3;
const FIRST_REVIEW_RUNS = 5;

interface Collected {
  throughput: Record<Impl, ThroughputResult[]>;
  /** The same with a typo never seen before in every timed note (spelling suggestions cold). */
  typos: Record<Impl, ThroughputResult[]>;
  first: Record<Impl, ChildRun<FirstReviewResult>[]>;
  /** Fresh processes that load nothing: node (+ tsx when not compiled) start-up alone. */
  startup: ChildRun<FirstReviewResult>[];
  /** Where the coach came from: the compiled build on bare node, or the sources through tsx. */
  compiled: boolean;
  compileError?: string;
  /** node's flags for the coach's children, as production gives them (package.json start:prod). */
  coachFlags: string[];
  errors: Record<Impl, string | undefined>;
  /** Issue 9: drafting three variants, warm (ConnectNote only: the baseline drafts nothing). */
  drafting?: DraftsResult;
  draftingError?: string;
}

async function attempt<T>(
  collected: Collected,
  impl: Impl,
  run: () => Promise<T>,
): Promise<T | undefined> {
  if (collected.errors[impl]) return undefined;
  try {
    return await run();
  } catch (error) {
    collected.errors[impl] = error instanceof Error ? error.message : String(error);
    return undefined;
  }
}

/** How the children run: compiled on bare node (as production runs dist/), or through tsx. */
interface Launch {
  throughput: string;
  firstReview: string;
  options: { tsx: boolean; env?: NodeJS.ProcessEnv };
  /** node's flags for each side: the coach's are production's (package.json), retext's none. */
  flags: Record<Impl, string[]>;
}

function launch(collected: Collected): Launch {
  try {
    const { scripts, coachEntry } = compileChildren([THROUGHPUT, FIRST_REVIEW]);
    collected.compiled = true;
    return {
      throughput: scripts.get(THROUGHPUT) as string,
      firstReview: scripts.get(FIRST_REVIEW) as string,
      options: { tsx: false, env: { BENCH_COACH_ENTRY: coachEntry } },
      flags: { coach: productionNodeFlags(), baseline: [] },
    };
  } catch (error) {
    collected.compileError = error instanceof Error ? error.message : String(error);
    return {
      throughput: THROUGHPUT,
      firstReview: FIRST_REVIEW,
      options: { tsx: true },
      flags: { coach: productionNodeFlags(), baseline: [] },
    };
  }
}

export async function run(): Promise<Section> {
  const collected: Collected = {
    throughput: { coach: [], baseline: [] },
    typos: { coach: [], baseline: [] },
    first: { coach: [], baseline: [] },
    startup: [],
    errors: { coach: undefined, baseline: undefined },
    compiled: false,
    coachFlags: [],
  };
  const how = launch(collected);
  collected.coachFlags = how.flags.coach;
  const THROUGHPUT_CHILD = how.throughput;
  const FIRST_REVIEW_CHILD = how.firstReview;

  // Prime the OS file cache (and tsx's transform cache, through tsx) before timing a cold start.
  for (const impl of IMPLS) {
    await attempt(collected, impl, () =>
      runChild(FIRST_REVIEW_CHILD, [impl], { ...how.options, nodeArgs: how.flags[impl] }),
    );
  }

  for (let p = 0; p < THROUGHPUT_PROCESSES; p++) {
    for (const impl of IMPLS) {
      const args = [impl, String(ROUND_MS), String(ROUNDS)];
      const child = await attempt(collected, impl, () =>
        runChild<ThroughputResult>(THROUGHPUT_CHILD, args, {
          ...how.options,
          nodeArgs: [...how.flags[impl], '--expose-gc'],
        }),
      );
      if (child) collected.throughput[impl].push(child.result);
    }
  }
  for (const impl of IMPLS) {
    const args = [impl, String(ROUND_MS), String(TYPO_ROUNDS), 'fresh-typos'];
    const child = await attempt(collected, impl, () =>
      runChild<ThroughputResult>(THROUGHPUT_CHILD, args, {
        ...how.options,
        nodeArgs: how.flags[impl],
      }),
    );
    if (child) collected.typos[impl].push(child.result);
  }
  for (let r = 0; r < FIRST_REVIEW_RUNS; r++) {
    for (const impl of IMPLS) {
      const child = await attempt(collected, impl, () =>
        runChild<FirstReviewResult>(FIRST_REVIEW_CHILD, [impl], {
          ...how.options,
          nodeArgs: how.flags[impl],
        }),
      );
      if (child) collected.first[impl].push(child);
    }
    collected.startup.push(
      await runChild<FirstReviewResult>(FIRST_REVIEW_CHILD, ['none'], how.options),
    );
  }
  try {
    collected.drafting = (await runChild<DraftsResult>(DRAFTS, [])).result;
  } catch (error) {
    collected.draftingError = error instanceof Error ? error.message : String(error);
  }
  return summarise(collected);
}

function runtime(collected: Collected): string {
  return collected.compiled ? 'node' : 'node + tsx';
}

function ranOut(collected: Collected): string {
  const n = IMPLS.reduce(
    (sum, impl) => sum + collected.typos[impl].reduce((s, t) => s + t.notesWithoutTypo, 0),
    0,
  );
  return n ? ` (${n} timed notes had no word to put a typo in and went through unchanged)` : '';
}

function figure(
  collected: Collected,
  pick: (c: Collected, impl: Impl) => number[],
  combine = median,
) {
  const values = (impl: Impl) => {
    const list = pick(collected, impl);
    return list.length ? combine(list) : undefined;
  };
  return sideBySide(values('coach'), values('baseline'));
}

function summarise(collected: Collected): Section {
  const max = (values: readonly number[]) => Math.max(...values);
  const warm = figure(collected, (c, impl) => c.throughput[impl].flatMap((t) => t.rounds));
  const warmCpu = figure(collected, (c, impl) => c.throughput[impl].flatMap((t) => t.cpuRounds));
  const typos = figure(collected, (c, impl) => c.typos[impl].flatMap((t) => t.rounds));
  const typoRss = figure(collected, (c, impl) => c.typos[impl].map((t) => t.peakRssMb), max);
  const firstCpu = figure(collected, (c, impl) => c.first[impl].map((f) => f.result.cpuMs));
  const startup = collected.startup.length
    ? median(collected.startup.map((f) => f.result.sinceProcessStartMs))
    : undefined;
  const sinceStart = figure(collected, (c, impl) =>
    c.first[impl].map((f) => f.result.sinceProcessStartMs),
  );
  const importAndReview = figure(collected, (c, impl) =>
    c.first[impl].map((f) => f.result.importAndReviewMs),
  );
  const firstCall = figure(collected, (c, impl) => c.first[impl].map((f) => f.result.firstCallMs));
  const wall = figure(collected, (c, impl) => c.first[impl].map((f) => f.wallMs));
  const warmRss = figure(collected, (c, impl) => c.throughput[impl].map((t) => t.peakRssMb), max);
  const coldRss = figure(collected, (c, impl) => c.first[impl].map((f) => f.result.peakRssMb), max);
  const liveHeap = figure(collected, (c, impl) =>
    c.throughput[impl].flatMap((t) => (t.liveHeapMb === undefined ? [] : [t.liveHeapMb])),
  );
  const emptyRss = collected.startup.length
    ? median(collected.startup.map((f) => f.result.peakRssMb))
    : undefined;

  const rows: Row[] = [
    {
      figure: 'warm reviews per second',
      unit: 'per-s',
      ...warm,
      checks: checks(
        [warm.value, '≥ 2,000/s', (v) => v >= 2000],
        [warm.ratio, '≥ 4× baseline', (r) => r >= 4],
      ),
    },
    { figure: 'warm reviews per CPU-second', unit: 'per-s', ...warmCpu },
    { figure: 'reviews per second, a new typo in each', unit: 'per-s', ...typos },
    {
      figure: 'first review: process start → done',
      unit: 'ms',
      ...sinceStart,
      checks: checks([sinceStart.value, '≤ 600 ms', (v) => v <= 600]),
    },
    {
      figure: `  of which ${runtime(collected)} start-up (loads nothing)`,
      unit: 'ms',
      value: startup,
      baseline: startup,
    },
    { figure: 'first review: import + review in process', unit: 'ms', ...importAndReview },
    { figure: 'first review: the review call alone', unit: 'ms', ...firstCall },
    { figure: 'first review: wall time of the process', unit: 'ms', ...wall },
    { figure: 'first review: CPU time until done', unit: 'ms', ...firstCpu },
    {
      figure: 'peak RSS, warm process',
      unit: 'MB',
      ...warmRss,
      checks: checks([warmRss.value, '≤ 150 MB', (v) => v <= 150]),
    },
    {
      figure: 'peak RSS, new-typo process',
      unit: 'MB',
      ...typoRss,
      checks: checks([typoRss.value, '≤ 150 MB', (v) => v <= 150]),
    },
    { figure: 'peak RSS, first-review process', unit: 'MB', ...coldRss },
    {
      figure: `  of which ${runtime(collected)} alone (loads nothing)`,
      unit: 'MB',
      value: emptyRss,
      baseline: emptyRss,
    },
    { figure: 'live heap after the warm rounds and a full GC', unit: 'MB', ...liveHeap },
    {
      figure: 'drafting 3 variants, warm (median per input)',
      unit: 'ms',
      value: collected.drafting?.medianMs,
      checks: checks([collected.drafting?.medianMs, '≤ 20 ms', (v) => v <= 20]),
    },
    { figure: '  95th percentile per input', unit: 'ms', value: collected.drafting?.p95Ms },
  ];

  const sample = collected.throughput.coach[0] ?? collected.throughput.baseline[0];
  const notes = [
    `corpus: ${sample?.notes ?? '?'} generated notes (guide examples and their pitfalls), mean ${sample ? Math.round(sample.meanChars) : '?'} characters; options vary (inferred / given relationship, name, limit 200)`,
    `warm: median of ${ROUNDS} × ${ROUND_MS} ms rounds in each of ${THROUGHPUT_PROCESSES} fresh processes per side, after a warm-up over the corpus twice`,
    `new typo in each: after the same warm-up, ${TYPO_ROUNDS} × ${ROUND_MS} ms rounds in which every note carries a typo not made before in that process (swapped, dropped, doubled or neighbouring-key letter), so spelling suggestions are computed, not cached${ranOut(collected)}`,
    collected.compiled
      ? "measured as production runs: the coach from the compiled build (dist/, `npm run build` first) and both sides' children compiled to plain JavaScript on bare `node`, no TypeScript loader"
      : `measured through tsx on the sources, NOT as production runs (compiling failed: ${collected.compileError ?? '?'}); tsx's own footprint is in every figure`,
    `first review: median of ${FIRST_REVIEW_RUNS} fresh \`${collected.compiled ? 'node' : 'node --import tsx'}\` processes per side (after one unmeasured run), and as many that load nothing for the start-up row; peak RSS is maxRSS, the largest seen`,
    `node flags: the coach's children run with production's (\`npm run start:prod\`, \`npm start\`): ${collected.coachFlags.join(' ') || 'none'}; the baseline's with none, as retext runs by default`,
    `every figure comes from child processes that load one implementation each: the coach and the baseline never share a process, and each child builds the small corpus itself; the "${runtime(collected)} alone" row is the footprint of a child that loads neither`,
    'peak RSS against live heap: what a warm process holds after a full GC is the live-heap row; the rest of the peak is V8 letting its heap grow while reviews allocate fast (young generation and old-space slack), plus code',
    'baseline: retext + retext-english + retext-spell (dictionary-en) + repeated-words, indefinite-article, sentence-spacing, contractions, quotes, diacritics, redundant-acronyms',
    'CPU-time rows (user + system of the measuring process) are steadier than wall time when the machine is shared; the targets are checked on wall time',
    `drafting: the ${collected.drafting?.inputs ?? '?'} modal inputs of corpus/drafts/tuning*.jsonl (${collected.drafting?.refused ?? '?'} refused with a field error), each drafted twice to warm up, then 5 timed rounds in one fresh process (through tsx on the sources)`,
    'ratio column: ConnectNote ÷ baseline (above 1 is better for reviews/s, below 1 is better for times and memory)',
  ];
  const missing = IMPLS.flatMap((impl) => {
    const error = collected.errors[impl];
    return error ? [`${impl === 'coach' ? 'ConnectNote coach' : 'retext baseline'}: ${error}`] : [];
  });
  if (collected.draftingError) missing.push(`drafting: ${collected.draftingError}`);
  return {
    name: 'coach',
    title: 'Coach (issue 2): review speed, first review, memory',
    columns: ['ConnectNote', 'retext baseline'],
    rows,
    notes,
    missing,
  };
}
