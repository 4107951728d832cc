// The coach's quality on the sealed notes (corpus/coach/sealed*.jsonl), each part written
// before the tuning it measures and never tuned on. The targets (TARGETS: 97% of good
// notes clean, recall ≥ 95% and precision ≥ 90% for every rule) are not met yet, so this test
// holds the line where the figures stand: a change that makes the coach worse on notes it
// never saw fails the build. Raise a floor when the figures rise; `npm run eval` prints them
// with the targets they still miss.
import { describe, expect, it } from 'vitest';
import { sealedNotes } from '../../scripts/corpus.js';
import { evaluate, TARGETS } from '../../scripts/eval/coach.js';
import type { RuleId } from '../../src/coach/types.js';

const GOOD_CLEAN = 0.96;
const RELATIONSHIP = 0.921;
/** [precision, recall] floors per rule, as measured on the sealed set. */
const RULES: Partial<Record<RuleId, [number, number]>> = {
  'no-message': [1, 1],
  'missing-name': [0.788, 0.953],
  'missing-context': [0.711, 0.761],
  'missing-purpose': [0.732, 0.875],
  'missing-call-to-action': [0.842, 0.914],
  length: [1, 1],
  'char-limit': [1, 1],
  'too-many-sentences': [0.976, 1],
  spelling: [0.836, 0.931],
  grammar: [0.959, 1],
  abbreviation: [0.977, 1],
  // Recall 0.934 → 0.913 (one note) when one '!' a sentence stopped counting as over-eager,
  // and self-focus 0.977 → 0.911 (three notes) when a reason asked of them and one credential
  // beside a sentence about them stopped counting (decided on 5-fold CV, where precision rose
  // and recall held; the sealed set was only measured afterwards).
  pushy: [0.84, 0.913],
  'self-focus': [0.911, 0.911],
  'contact-info': [0.978, 0.978],
  oversharing: [0.959, 0.921],
  'irrelevant-offer': [1, 0.913],
  generic: [0.9, 0.978],
  placeholder: [1, 1],
  perspective: [0.925, 0.804],
  language: [0.976, 1],
};

describe('coach on the sealed set', () => {
  const figures = evaluate('sealed', sealedNotes());

  it('has enough labelled notes to mean something', () => {
    expect(figures.notes).toBeGreaterThanOrEqual(600);
    expect(figures.good).toBeGreaterThanOrEqual(250);
  });

  it(`keeps good notes clean at least as often as now (target ${TARGETS.goodClean * 100}%)`, () => {
    expect(figures.goodClean).toBeGreaterThanOrEqual(GOOD_CLEAN);
  });

  it('infers the relationship at least as often as now', () => {
    expect(figures.relationshipAccuracy).toBeGreaterThanOrEqual(RELATIONSHIP);
  });

  it.each(Object.entries(RULES))('%s keeps its precision and recall', (id, floor) => {
    const rule = figures.rules[id as RuleId];
    expect(rule?.precision ?? 1).toBeGreaterThanOrEqual(floor[0]);
    expect(rule?.recall ?? 1).toBeGreaterThanOrEqual(floor[1]);
  });
});
