// Optional CPU profile of an app under test, for finding where its time goes:
// BENCH_PROFILE_DIR=/tmp/prof npm run bench -- slack writes one .cpuprofile per app process
// (open it in Chrome DevTools). `--cpu-prof` itself is not allowed in NODE_OPTIONS.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/** Starts profiling when BENCH_PROFILE_DIR is set; returns what to call before exiting. */
export async function maybeProfile(name: string): Promise<() => Promise<void>> {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return async () => {};
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(dir, `${name}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  };
}
