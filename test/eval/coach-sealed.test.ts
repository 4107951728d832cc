// The coach's quality on the sealed notes (corpus/coach/sealed.jsonl), which were written
// before any tuning and never tuned on: the build fails when it falls below the targets.
import { describe, expect, it } from 'vitest';
import { sealedNotes } from '../../scripts/corpus.js';
import { evaluate, shortfalls, TARGETS } from '../../scripts/eval/coach.js';

describe('coach on the sealed set', () => {
  const figures = evaluate('sealed', sealedNotes());

  it('has enough labelled notes to mean something', () => {
    expect(figures.notes).toBeGreaterThanOrEqual(150);
    expect(figures.good).toBeGreaterThanOrEqual(60);
  });

  it(`leaves at least ${TARGETS.goodClean * 100}% of good notes without a warning or error`, () => {
    expect(figures.goodClean).toBeGreaterThanOrEqual(TARGETS.goodClean);
  });

  it(`keeps every rule's recall ≥ ${TARGETS.recall * 100}% and precision ≥ ${TARGETS.precision * 100}%`, () => {
    expect(shortfalls(figures)).toEqual([]);
  });
});
