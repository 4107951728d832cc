// The short version of `npm run fuzz` (issue 10): the same seeded generator against the real app
// in its own process, a few hundred requests. Any 5xx, crash or unhandled rejection fails.
import { describe, expect, it } from 'vitest';
import { type FuzzOptions, formatFuzz, runFuzz } from '../../scripts/fuzz/fuzz.js';

describe('npm run fuzz, short', () => {
  it('answers every payload without a 5xx, a crash or an unhandled rejection', async () => {
    const options: FuzzOptions = { count: 240, seed: 7, timeLimitMs: 30_000, concurrency: 32 };
    const result = await runFuzz(options);
    console.info(formatFuzz(result, options));
    expect(result.fiveXx.map((f) => `${f.status} ${f.shape}`)).toEqual([]);
    expect(result.stats.unhandledRejections).toBe(0);
    expect(result.stats.uncaughtExceptions).toBe(0);
    expect(result.crashed).toBe(false);
    expect(result.healthyAfter).toBe(true);
    expect(result.sent).toBeGreaterThanOrEqual(200);
    expect(result.ok).toBe(true);
  }, 90_000);
});
