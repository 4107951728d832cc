// Child process: seeds a SQLite store with SIZE tracked requests through the tracking API
// (`Tracking.trackSent`, the path "I sent it" takes), DUE of them past their first reminder.
// SQLite commits each write with an fsync, so seeding runs on tmpfs (/dev/shm) when there is one
// and the closed file is then copied to OUT on the ordinary temp disk, where it is measured.
// Usage: node --import tsx scripts/bench/store/seed.ts SIZE DUE OUT NOW_ISO
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RelationshipId } from '../../../src/coach/types.js';
import { openStore, silentLogger } from '../../../src/store/index.js';
import { Tracking } from '../../../src/tracking/index.js';
import { DAY_MS } from '../../../src/tracking/timing.js';
import { emit, emitError } from '../lib/child.js';

export interface SeedResult {
  size: number;
  due: number;
  users: number;
  seedMs: number;
  onTmpfs: boolean;
}

const REQUESTS_PER_USER = 20;
const WRITERS = 16;
const RELATIONSHIPS: RelationshipId[] = ['met-briefly', 'after-meeting', 'introduced', 'cold'];
const NOTES = [
  'Hi Laura, I enjoyed chatting with you at last week’s industry event. As we discussed, connecting on LinkedIn would allow us to continue sharing ideas about optimizing sales funnels.',
  'Hi Camille, I came across your profile while researching social media specialists in the Portland area. Your work at XYZ Company sounds impressive. I’d love to connect.',
  'Hi Matt, hope you’ve been well! It’s been a few years since we worked together at Company X. Let’s reconnect on LinkedIn to catch up.',
];

async function main(): Promise<void> {
  const [sizeArg, dueArg, out, nowArg] = process.argv.slice(2);
  const size = Number(sizeArg);
  const due = Number(dueArg);
  if (!out || !nowArg || !(size > 0) || !(due >= 0)) throw new Error('usage: SIZE DUE OUT NOW_ISO');
  const now = new Date(nowArg);
  const onTmpfs = existsSync('/dev/shm');
  const workDir = mkdtempSync(join(onTmpfs ? '/dev/shm' : tmpdir(), 'connectnote-bench-seed-'));
  const path = join(workDir, 'store.sqlite');
  const store = await openStore(`sqlite://${path}`, silentLogger);
  const tracking = new Tracking({
    store,
    clock: { now: () => now },
    config: { reminderAfterDays: 7 },
    logger: silentLogger,
  });
  const users = Math.max(1, Math.ceil(size / REQUESTS_PER_USER));
  // Requests are tracked when they are sent, so they are written oldest first, as in a live
  // store: the first DUE were sent 10 to 8 days ago (their first reminder is due), the rest
  // over the last 6 days (first reminder still ahead). All pending, all in the due index.
  const sentAt = (i: number) =>
    i < due
      ? now.getTime() - 10 * DAY_MS + (2 * DAY_MS * i) / due
      : now.getTime() - 6 * DAY_MS + (6 * DAY_MS * (i - due)) / (size - due);
  const started = performance.now();
  let next = 0;
  const writer = async () => {
    while (next < size) {
      const i = next++;
      await tracking.trackSent(
        { teamId: 'T0BENCH', userId: `U${String(i % users).padStart(6, '0')}` },
        {
          name: `Person ${i}`,
          relationship: RELATIONSHIPS[i % RELATIONSHIPS.length] ?? 'cold',
          note: NOTES[i % NOTES.length] ?? '',
        },
        new Date(sentAt(i)),
      );
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  await store.close();
  const seedMs = performance.now() - started;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) copyFileSync(path + suffix, out + suffix);
  }
  rmSync(workDir, { recursive: true, force: true });
  emit({ size, due, users, seedMs, onTmpfs } satisfies SeedResult);
}

main().catch(emitError);
