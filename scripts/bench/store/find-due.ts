// Child process: the time the reminder sweep takes to find the due requests in a seeded store.
// It runs the sweep's finding step as src/tracking/sweep.ts (runSweep, before it reminds anyone)
// does it: one range read of the due index up to `now`, the records read back in chunks of 500
// with getMany and validated, and only pending requests whose reminder is due kept. Read-only,
// so it can be repeated.
// Usage: node --import tsx scripts/bench/store/find-due.ts PATH NOW_ISO RUNS
import { performance } from 'node:perf_hooks';
import { openStore, type Store, silentLogger } from '../../../src/store/index.js';
import { keys, trackedRequestSchema } from '../../../src/tracking/records.js';
import type { TrackedRequest } from '../../../src/tracking/types.js';
import { emit, emitError, peakRssMb } from '../lib/child.js';

export interface FindDueResult {
  /** The first find in this fresh process (cold statement cache, cold JIT). */
  firstMs: number;
  /** Each later find. */
  samples: number[];
  found: number;
  peakRssMb: number;
}

/** The sweep's defaults (src/tracking/sweep.ts: maxDue 10,000, READ_CHUNK 500). */
const MAX_DUE = 10_000;
const READ_CHUNK = 500;

async function findDue(store: Store, now: Date): Promise<TrackedRequest[]> {
  const entries = await store.indexRange(keys.dueIndex, { max: now.getTime(), limit: MAX_DUE });
  const due: TrackedRequest[] = [];
  for (let i = 0; i < entries.length; i += READ_CHUNK) {
    const chunk = entries.slice(i, i + READ_CHUNK);
    const records = await store.getMany(
      chunk.map((e) => keys.request(e.member)),
      trackedRequestSchema,
    );
    for (const request of records) {
      if (request?.status !== 'pending' || !request.nextReminderAt) continue;
      if (Date.parse(request.nextReminderAt) > now.getTime()) continue;
      due.push(request);
    }
  }
  return due;
}

async function main(): Promise<void> {
  const [path, nowArg, runsArg] = process.argv.slice(2);
  if (!path || !nowArg) throw new Error('usage: PATH NOW_ISO RUNS');
  const now = new Date(nowArg);
  const runs = Number(runsArg ?? 20);
  const store = await openStore(`sqlite://${path}`, silentLogger);
  try {
    let t = performance.now();
    const found = (await findDue(store, now)).length;
    const firstMs = performance.now() - t;
    const samples: number[] = [];
    for (let r = 0; r < runs; r++) {
      t = performance.now();
      const n = (await findDue(store, now)).length;
      samples.push(performance.now() - t);
      if (n !== found) throw new Error(`found ${n} due, then ${found}: the store changed`);
    }
    emit({ firstMs, samples, found, peakRssMb: peakRssMb() } satisfies FindDueResult);
  } finally {
    await store.close();
  }
}

main().catch(emitError);
