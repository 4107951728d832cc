// `npm run bench [-- NAME…]`: runs the benchmarks in sequence and prints their figures, their
// targets and PASS/MISS for each. The heavy measurements run in fresh child processes; this
// process only orchestrates and prints. Exit status: 0 when every figure could be measured
// (a MISS is a finding, not a failure of the run), 1 when something could not be measured.
import * as coach from './coach.js';
import { renderSection, type Section, verdicts } from './lib/report.js';
import * as ship from './ship.js';
import * as slack from './slack.js';
import * as store from './store.js';
import * as sweep from './sweep.js';

const BENCHMARKS: Record<string, { describe: string; run: () => Promise<Section> }> = {
  coach: {
    describe: 'issue 2: reviews/s warm, first review, peak RSS vs a retext pipeline',
    run: coach.run,
  },
  slack: {
    describe: 'issue 3: /connectnote → views.open p50/p99 at 50 concurrent vs a bare Bolt app',
    run: slack.run,
  },
  store: {
    describe: 'issue 4: time to find 1k due requests among 10k and 100k in SQLite',
    run: store.run,
  },
  sweep: {
    describe:
      'issue 13: connectnote sweep of 1k and 10k users at 50 ms Slack latency, steady state, 10% 429s',
    run: sweep.run,
  },
  ship: {
    describe: 'issue 11: one review through the bin, app start-up to /healthz; dist/ vs tsx',
    run: ship.run,
  },
};

function usage(): string {
  const lines = Object.entries(BENCHMARKS).map(([name, b]) => `  ${name.padEnd(8)} ${b.describe}`);
  return `usage: npm run bench [-- NAME…]\n${lines.join('\n')}`;
}

async function main(): Promise<number> {
  const asked = process.argv.slice(2).filter((arg) => arg !== '--');
  if (asked.includes('--help') || asked.includes('-h')) {
    console.log(usage());
    return 0;
  }
  const unknown = asked.filter((name) => !(name in BENCHMARKS));
  if (unknown.length) {
    console.error(`unknown benchmark: ${unknown.join(', ')}\n${usage()}`);
    return 2;
  }
  const names = asked.length ? asked : Object.keys(BENCHMARKS);
  const sections: Section[] = [];
  const started = Date.now();
  for (const name of names) {
    const benchmark = BENCHMARKS[name];
    if (!benchmark) continue;
    process.stderr.write(`running ${name}…\n`);
    const t0 = Date.now();
    const section = await benchmark.run();
    sections.push(section);
    console.log(`${renderSection(section)}\n  (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  const { pass, miss, missing } = verdicts(sections);
  console.log(
    `${pass} PASS, ${miss} MISS${missing ? `, ${missing} not measured` : ''} — ${names.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s on ${process.version}`,
  );
  return missing ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
