// Child process: the time to the first review in a fresh process. It imports the implementation
// and reviews one note, and reports when that was done on the process's own clock
// (performance.now() counts from performance.timeOrigin, the process's start).
// Usage: node --import tsx scripts/bench/coach/first-review.ts coach|baseline|none
import { performance } from 'node:perf_hooks';
import { emit, emitError, peakRssMb } from '../lib/child.js';
import { loadReview, parseImplOrNone, weigh } from './impl.js';

const scriptStart = performance.now();

export interface FirstReviewResult {
  /** Process start → first review done. */
  sinceProcessStartMs: number;
  /** This script's first line → first review done: importing the implementation and one review. */
  importAndReviewMs: number;
  /** The first review call alone. */
  firstCallMs: number;
  /** CPU time (user + system) the process used until the first review was done. */
  cpuMs: number;
  peakRssMb: number;
  findings: number;
}

const NOTE =
  'Hi John, this is Michelle from the XYZ networking event last month. I enjoyed chatting about marketing trends in the construction industry. I’d love to connect on LinkedIn to continue the conversation.';

async function main(): Promise<void> {
  const review = await loadReview(parseImplOrNone(process.argv[2]));
  const callStart = performance.now();
  const findings = weigh(review(NOTE, {}));
  const done = performance.now();
  const cpu = process.cpuUsage();
  emit({
    sinceProcessStartMs: done,
    importAndReviewMs: done - scriptStart,
    firstCallMs: done - callStart,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: peakRssMb(),
    findings,
  } satisfies FirstReviewResult);
}

main().catch(emitError);
