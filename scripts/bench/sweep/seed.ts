// Child process: seeds a SQLite store with USERS users, each with one tracked request sent eight
// days before NOW (its first reminder due), through `Tracking.trackSent`, the path "I sent it"
// takes. No time zone and no DM channel is known yet: first-time users.
// Usage: node --import tsx scripts/bench/sweep/seed.ts USERS STORE_PATH NOW_ISO
import { performance } from 'node:perf_hooks';
import { openStore, silentLogger } from '../../../src/store/index.js';
import { Tracking } from '../../../src/tracking/index.js';
import { DAY_MS } from '../../../src/tracking/timing.js';
import { emit, emitError } from '../lib/child.js';
import { benchUser } from './users.js';

export interface SweepSeedResult {
  users: number;
  seedMs: number;
}

const WRITERS = 16;

async function main(): Promise<void> {
  const [usersArg, path, nowArg] = process.argv.slice(2);
  const users = Number(usersArg);
  if (!path || !nowArg || !(users > 0)) throw new Error('usage: USERS STORE_PATH NOW_ISO');
  const sentAt = new Date(new Date(nowArg).getTime() - 8 * DAY_MS);
  const store = await openStore(`sqlite://${path}`, silentLogger);
  const tracking = new Tracking({
    store,
    clock: { now: () => sentAt },
    config: { reminderAfterDays: 7 },
    logger: silentLogger,
  });
  const started = performance.now();
  let next = 0;
  const writer = async () => {
    while (next < users) {
      const i = next++;
      await tracking.trackSent(
        { teamId: 'T0STANDIN', userId: benchUser(i) },
        {
          name: `Person ${i}`,
          relationship: 'met-briefly',
          note: 'Hi Ana, I enjoyed our chat about sales funnels at SaaStr. Would you like to connect?',
        },
        sentAt,
      );
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  await store.close();
  emit({ users, seedMs: performance.now() - started } satisfies SweepSeedResult);
}

main().catch(emitError);
