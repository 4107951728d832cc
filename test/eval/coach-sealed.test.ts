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

const GOOD_CLEAN = 0.959;
const RELATIONSHIP = 0.915;
/** [precision, recall] floors per rule, as measured on the sealed set. */
const RULES: Partial<Record<RuleId, [number, number]>> = {
  'no-message': [1, 0.958],
  'missing-name': [0.858, 0.957],
  'missing-context': [0.719, 0.895],
  'missing-purpose': [0.73, 0.898],
  'missing-call-to-action': [0.879, 0.948],
  length: [0.953, 1],
  'char-limit': [1, 1],
  'too-many-sentences': [0.988, 1],
  spelling: [0.841, 0.965],
  grammar: [0.948, 1],
  abbreviation: [0.988, 0.988],
  pushy: [0.977, 0.955],
  'self-focus': [0.932, 0.976],
  'contact-info': [0.988, 0.988],
  oversharing: [0.956, 0.946],
  'irrelevant-offer': [1, 0.953],
  generic: [0.954, 0.988],
  placeholder: [1, 1],
  perspective: [0.919, 0.919],
  language: [0.975, 0.952],
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
