// Child process: how long drafting takes warm (issue 9's target: 3 variants in ≤ 20 ms).
// Drafts every input of the tuning corpus (corpus/drafts/tuning*.jsonl, the modal inputs
// written the way people type them) twice to warm up, then times each input's three
// variants over several rounds and reports the median and 95th percentile per input.
// Usage: node --import tsx scripts/bench/coach/drafts.ts [ROUNDS]
import { performance } from 'node:perf_hooks';
import { draft } from '../../../src/coach/draft.js';
import type { DraftInput } from '../../../src/coach/types.js';
import { readCorpus } from '../../eval/drafts.js';
import { emit, emitError, peakRssMb } from '../lib/child.js';
import { median } from '../lib/stats.js';

export interface DraftsResult {
  inputs: number;
  /** Median time to draft one input's three variants, warm. */
  medianMs: number;
  p95Ms: number;
  /** Inputs the drafter refused (they still count: refusing takes time too). */
  refused: number;
  peakRssMb: number;
}

function once(input: DraftInput): boolean {
  try {
    draft(input);
    return true;
  } catch {
    return false;
  }
}

function main(): void {
  const rounds = Number(process.argv[2] ?? 5);
  const inputs: DraftInput[] = readCorpus('tuning').map((item) => ({ ...item.input, variants: 3 }));
  for (let warm = 0; warm < 2; warm++) for (const input of inputs) once(input);
  const times: number[] = [];
  let refused = 0;
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const t0 = performance.now();
      if (!once(input) && round === 0) refused++;
      times.push(performance.now() - t0);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  emit({
    inputs: inputs.length,
    medianMs: median(times),
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
    refused,
    peakRssMb: peakRssMb(),
  } satisfies DraftsResult);
}

try {
  main();
} catch (error) {
  emitError(error);
}
