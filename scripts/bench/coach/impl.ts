// Loads one of the two implementations under test behind the same signature, so the
// measuring scripts treat the coach and the baseline alike.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Review, ReviewOptions } from '../../../src/coach/types.js';

export type Impl = 'coach' | 'baseline';
/** `none` loads nothing: a fresh process's start-up alone (node + tsx), for comparison. */
export type ImplOrNone = Impl | 'none';
export type ReviewFn = (text: string, options: ReviewOptions) => unknown;

/** Where the coach's `review` may live (the issue allows either file). */
const COACH_ENTRIES = ['../../../src/coach/index.ts', '../../../src/coach/review.ts'];

export function parseImpl(value: string | undefined): Impl {
  if (value === 'coach' || value === 'baseline') return value;
  throw new Error(`expected "coach" or "baseline", got ${value}`);
}

export function parseImplOrNone(value: string | undefined): ImplOrNone {
  return value === 'none' ? value : parseImpl(value);
}

export async function loadReview(impl: ImplOrNone): Promise<ReviewFn> {
  if (impl === 'none') return () => undefined;
  if (impl === 'baseline') {
    const { createBaseline } = await import('./baseline.js');
    const review = createBaseline();
    return (text) => review(text);
  }
  // The compiled build, as production runs it (see ../lib/compiled.ts); else the sources.
  const compiled = process.env.BENCH_COACH_ENTRY;
  const entries = compiled ? [pathToFileURL(compiled)] : COACH_ENTRIES;
  for (const entry of entries) {
    const url = new URL(entry, import.meta.url);
    if (!existsSync(url)) continue;
    const mod = (await import(url.href)) as {
      review?: (text: string, options?: ReviewOptions) => Review;
    };
    if (typeof mod.review === 'function') return mod.review;
  }
  throw new Error(
    `the coach is missing: no review() exported by ${compiled ?? 'src/coach/index.ts or src/coach/review.ts'}`,
  );
}

/** Something from each result the optimiser cannot drop. */
export function weigh(result: unknown): number {
  if (result && typeof result === 'object') {
    if ('findings' in result && Array.isArray(result.findings)) return result.findings.length;
    if ('messages' in result && typeof result.messages === 'number') return result.messages;
  }
  return 0;
}
