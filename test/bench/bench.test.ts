// The benchmark scripts run at all (`npm run bench` is not part of `npm test`): each measuring
// child on tiny inputs, and the table. Shapes and counts only — never timings (house rule:
// speed is reported by the benchmark, not asserted by tests on a shared machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBaseline } from '../../scripts/bench/coach/baseline.js';
import { buildCorpus } from '../../scripts/bench/coach/corpus.js';
import type { FirstReviewResult } from '../../scripts/bench/coach/first-review.js';
import type { ThroughputResult } from '../../scripts/bench/coach/throughput.js';
import { runChild, scriptPath } from '../../scripts/bench/lib/child.js';
import { productionNodeFlags } from '../../scripts/bench/lib/compiled.js';
import { renderSection, verdicts } from '../../scripts/bench/lib/report.js';
import { median, percentile } from '../../scripts/bench/lib/stats.js';
import { healthzOnce, reviewOnce } from '../../scripts/bench/ship/measure.js';
import type { LatencyResult } from '../../scripts/bench/slack/latency.js';
import type { FindDueResult } from '../../scripts/bench/store/find-due.js';
import type { SeedResult } from '../../scripts/bench/store/seed.js';
import type { SweepSeedResult } from '../../scripts/bench/sweep/seed.js';
import { benchUser } from '../../scripts/bench/sweep/users.js';
import { sweepUntilDelivered } from '../../scripts/bench/sweep.js';
import { startSlackStandin } from '../../src/slack-standin/index.js';

const bench = (path: string) => scriptPath(import.meta.url, `../../scripts/bench/${path}`);
const SLOW = 120_000;

describe('bench helpers', () => {
  it("runs the coach with production's node flags, which `npm start` gives it too", async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { scripts: Record<string, string> };
    const flags = productionNodeFlags();
    expect(flags).toContain('--max-semi-space-size=4');
    expect(pkg.scripts['start:prod']).toBe(`node ${flags.join(' ')} dist/main.js`);
    expect(pkg.scripts.start).toBe(`node ${flags.join(' ')} scripts/start.mjs`);
  });

  it('computes nearest-rank percentiles and medians', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('renders a section with PASS and MISS per target and counts them', () => {
    const section = {
      name: 'x',
      title: 'X',
      columns: ['ours', 'theirs'] as [string, string],
      rows: [
        {
          figure: 'speed',
          unit: 'per-s' as const,
          value: 2500,
          baseline: 500,
          ratio: 5,
          checks: [
            { target: '≥ 2,000/s', pass: true },
            { target: '≥ 6×', pass: false },
          ],
        },
      ],
      notes: ['a note'],
      missing: ['something'],
    };
    const text = renderSection(section);
    expect(text).toContain('2,500/s');
    expect(text).toContain('5.00×');
    expect(text).toMatch(/≥ 2,000\/s\s+PASS/);
    expect(text).toMatch(/≥ 6×\s+MISS/);
    expect(text).toContain('not measured: something');
    expect(verdicts([section])).toEqual({ pass: 1, miss: 1, missing: 1 });
  });
});

describe('coach benchmark', () => {
  it('builds a varied corpus of ~200-character notes, the same every run', () => {
    const corpus = buildCorpus();
    expect(corpus).toEqual(buildCorpus());
    const mean = corpus.reduce((sum, n) => sum + n.text.length, 0) / corpus.length;
    expect(mean).toBeGreaterThan(170);
    expect(mean).toBeLessThan(230);
    expect(new Set(corpus.map((n) => n.text)).size).toBeGreaterThan(corpus.length * 0.8);
  });

  it('runs the retext baseline pipeline', () => {
    const review = createBaseline();
    expect(review('Hi Jane, I would love to to connect with you.').messages).toBeGreaterThan(0);
  });

  it(
    'measures the coach warm and in a fresh process',
    async () => {
      const warm = await runChild<ThroughputResult>(bench('coach/throughput.ts'), [
        'coach',
        '50',
        '1',
      ]);
      expect(warm.result.rounds).toHaveLength(1);
      expect(warm.result.findings).toBeGreaterThan(0);
      const first = await runChild<FirstReviewResult>(bench('coach/first-review.ts'), ['coach']);
      expect(first.result.sinceProcessStartMs).toBeGreaterThan(first.result.firstCallMs);
      expect(first.result.peakRssMb).toBeGreaterThan(0);
    },
    SLOW,
  );
});

describe('store benchmark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'seeds through the tracking API and finds exactly the due requests',
    async () => {
      const file = join(dir, 'small.sqlite');
      const now = '2026-11-25T10:00:00.000Z';
      const seed = await runChild<SeedResult>(bench('store/seed.ts'), ['200', '20', file, now]);
      expect(seed.result).toMatchObject({ size: 200, due: 20, users: 10 });
      const find = await runChild<FindDueResult>(bench('store/find-due.ts'), [file, now, '2']);
      expect(find.result.found).toBe(20);
      expect(find.result.samples).toHaveLength(2);
    },
    SLOW,
  );
});

describe('sweep benchmark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'seeds first-time users and counts the real sweep’s calls and reminder DMs',
    async () => {
      const path = join(dir, 'sweep.sqlite');
      const now = '2026-11-25T10:00:00.000Z';
      const seed = await runChild<SweepSeedResult>(bench('sweep/seed.ts'), ['12', path, now]);
      expect(seed.result.users).toBe(12);
      const slack = await startSlackStandin({
        latencyMs: 5,
        users: Array.from({ length: 12 }, (_, i) => ({ id: benchUser(i), tz: 'Europe/London' })),
      });
      try {
        const run = await sweepUntilDelivered(slack, path, 12, now, 1, 1);
        expect(run).toMatchObject({ users: 12, duplicates: 0, missing: 0, sweeps: 1 });
        expect(run.summary).toMatchObject({ due: 12, sent: 12 });
        expect(run.byMethod['chat.postMessage']).toBe(12);
        expect(run.byMethod['users.list']).toBe(1);
        expect(run.peak).toBeGreaterThan(1);
      } finally {
        await slack.close();
      }
    },
    SLOW,
  );
});

describe('slack benchmark', () => {
  it(
    'drives both apps through the stand-in and times every views.open',
    async () => {
      const { result } = await runChild<LatencyResult>(bench('slack/latency.ts'), ['1', '2']);
      for (const target of ['connectnote', 'bare'] as const) {
        const r = result.targets[target];
        expect(r.error).toBeUndefined();
        expect(r.failures).toBe(0);
        expect(r.samples).toHaveLength(2);
        expect(r.serverSamples).toHaveLength(2);
        expect(r.sequential).toHaveLength(2);
      }
    },
    SLOW,
  );
});

describe('start-up benchmark', () => {
  it(
    'times a review process and an app start to its first /healthz 200',
    async () => {
      // Through tsx: it needs no build. The compiled way is the same code on dist/.
      expect(await reviewOnce('tsx')).toBeGreaterThan(0);
      const slack = await startSlackStandin();
      try {
        expect(await healthzOnce('tsx', slack.url)).toBeGreaterThan(0);
        expect(slack.calls.map((c) => c.method)).toContain('auth.test');
      } finally {
        await slack.close();
      }
    },
    SLOW,
  );
});
