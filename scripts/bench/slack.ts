// Issue 3's speed figures: server time from a signed `/connectnote` to its `views.open`, 50
// requests at a time, ConnectNote's app against a bare Bolt app on the same receiver and the
// same stand-in Slack. Each side runs in fresh processes, alternately, so drift hits both alike.
import { runChild, scriptPath } from './lib/child.js';
import type { Row, Section } from './lib/report.js';
import { percentile } from './lib/stats.js';
import type { LatencyResult, Target } from './slack/latency.js';

const LATENCY = scriptPath(import.meta.url, './slack/latency.ts');
const TARGETS: Target[] = ['connectnote', 'bare'];
const PROCESSES = 2;
const ROUNDS = 10;
const CONCURRENCY = 50;

export async function run(): Promise<Section> {
  const samples: Record<Target, number[]> = { connectnote: [], bare: [] };
  const sequential: Record<Target, number[]> = { connectnote: [], bare: [] };
  const failures: Record<Target, number> = { connectnote: 0, bare: 0 };
  const firstFailure: Partial<Record<Target, string>> = {};
  const errors: Partial<Record<Target, string>> = {};
  for (let p = 0; p < PROCESSES; p++) {
    for (const target of TARGETS) {
      if (errors[target]) continue;
      try {
        const args = [target, String(ROUNDS), String(CONCURRENCY)];
        const { result } = await runChild<LatencyResult>(LATENCY, args);
        samples[target].push(...result.samples);
        sequential[target].push(...result.sequential);
        failures[target] += result.failures;
        if (result.firstFailure) firstFailure[target] ??= result.firstFailure;
      } catch (error) {
        errors[target] = error instanceof Error ? error.message : String(error);
      }
    }
  }

  const stat = (p: number, from = samples) => {
    const of = (t: Target) => (from[t].length ? percentile(from[t], p) : undefined);
    const value = of('connectnote');
    const baseline = of('bare');
    return {
      value,
      baseline,
      ratio: value !== undefined && baseline !== undefined ? value / baseline : undefined,
    };
  };
  const p50 = stat(50);
  const p99 = stat(99);
  const rows: Row[] = [
    { figure: 'p50, one request at a time', unit: 'ms', ...stat(50, sequential) },
    { figure: `p50, ${CONCURRENCY} concurrent`, unit: 'ms', ...p50 },
    {
      figure: `p99, ${CONCURRENCY} concurrent`,
      unit: 'ms',
      ...p99,
      checks:
        p99.value === undefined
          ? []
          : [
              { target: '≤ 25 ms', pass: p99.value <= 25 },
              ...(p99.ratio === undefined
                ? []
                : [{ target: '≤ 1.3× bare', pass: p99.ratio <= 1.3 }]),
            ],
    },
    {
      figure: 'requests measured',
      unit: 'count',
      value: samples.connectnote.length || undefined,
      baseline: samples.bare.length || undefined,
    },
    {
      figure: 'failed (no 200 ack or no views.open)',
      unit: 'count',
      value: errors.connectnote ? undefined : failures.connectnote,
      baseline: errors.bare ? undefined : failures.bare,
    },
  ];
  const notes = [
    `time = signed /connectnote sent → its views.open received by the stand-in Slack, both stamped with performance.now() in the driver process; the app runs in its own process (HTTP receiver, SQLite store in a temp folder)`,
    `${PROCESSES} fresh driver+app processes per side, alternating; each: 20 sequential requests + 3 bursts of warm-up, ${CONCURRENCY} sequential measured, then ${ROUNDS} bursts of ${CONCURRENCY} concurrent requests (50 users), p50/p99 over all bursts`,
    'bare app: scripts/bench/slack/bare-app.ts — Bolt App, default HTTPReceiver, `/connectnote` acks and opens an empty modal',
    'ratio column: ConnectNote ÷ bare app (lower is better)',
  ];
  for (const target of TARGETS) {
    if (firstFailure[target]) notes.push(`${target}: first failure: ${firstFailure[target]}`);
  }
  const missing = TARGETS.flatMap((t) =>
    errors[t] ? [`${t === 'connectnote' ? 'ConnectNote app' : 'bare Bolt app'}: ${errors[t]}`] : [],
  );
  return {
    name: 'slack',
    title: `Slack (issue 3): /connectnote → views.open at ${CONCURRENCY} concurrent`,
    columns: ['ConnectNote', 'bare Bolt app'],
    rows,
    notes,
    missing,
  };
}
