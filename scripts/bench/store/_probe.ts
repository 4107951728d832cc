import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, silentLogger } from '../../../src/store/index.js';
import { Tracking } from '../../../src/tracking/index.js';

const dir = mkdtempSync(join(process.env.DIR ?? tmpdir(), 'cn-probe-'));
const store = await openStore(`sqlite://${join(dir, 's.sqlite')}`);
const now = new Date();
const tracking = new Tracking({
  store,
  clock: { now: () => now },
  config: { reminderAfterDays: 7 },
  logger: silentLogger,
});
const N = Number(process.argv[2] ?? 5000);
const t0 = performance.now();
let next = 0;
async function worker() {
  while (next < N) {
    const i = next++;
    await tracking.trackSent(
      { teamId: 'T1', userId: `U${i % 2000}` },
      {
        name: 'Laura',
        relationship: 'cold',
        note: 'Hi Laura, I came across your profile while researching fintech designers. Your work at Globex sounds impressive. I’d love to connect on LinkedIn.',
      },
      new Date(now.getTime() - (i % 100) * 3600_000),
    );
  }
}
await Promise.all(Array.from({ length: 32 }, worker));
console.log(N, 'seeded in', (performance.now() - t0).toFixed(0), 'ms');
await store.close();
