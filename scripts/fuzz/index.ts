// `npm run fuzz [-- --count N --seed S --time-limit SECONDS --concurrency C]`: the request fuzz
// against the real app on loopback (see fuzz.ts). Exits 1 on any 5xx, crash or unhandled
// rejection. `npm test` runs a short version (test/fuzz/fuzz.test.ts).
import { parseArgs } from 'node:util';
import { type FuzzOptions, formatFuzz, runFuzz } from './fuzz.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '3200' },
    seed: { type: 'string', default: '1' },
    'time-limit': { type: 'string', default: '180' },
    concurrency: { type: 'string', default: '32' },
  },
});
const options: FuzzOptions = {
  count: Number(values.count),
  seed: Number(values.seed),
  timeLimitMs: Number(values['time-limit']) * 1000,
  concurrency: Number(values.concurrency),
};
for (const [name, value] of Object.entries(options)) {
  if (!Number.isFinite(value) || value < 0) {
    process.stderr.write(`fuzz: --${name} must be a number\n`);
    process.exit(2);
  }
}
const result = await runFuzz(options);
process.stdout.write(`${formatFuzz(result, options)}\n`);
if (process.env.FUZZ_VERBOSE) {
  for (const f of result.fiveXx) {
    const raw = f.body ?? '';
    let body = raw;
    try {
      body = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {}
    body = body.slice(0, 1_500);
    process.stdout.write(`  ${f.status} ${f.shape}\n    ${body}\n`);
  }
}
process.exit(result.ok ? 0 : 1);
