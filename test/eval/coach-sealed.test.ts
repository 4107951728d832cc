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

const GOOD_CLEAN = 0.962;
const RELATIONSHIP = 0.912;
/** [precision, recall] floors per rule, as measured on the sealed set. */
const RULES: Partial<Record<RuleId, [number, number]>> = {
  'no-message': [1.0, 0.926],
  'missing-name': [0.9, 0.952],
  'missing-context': [0.741, 0.881],
  'missing-purpose': [0.7, 0.885],
  'missing-call-to-action': [0.841, 0.977],
  length: [0.923, 1.0],
  'char-limit': [1.0, 1.0],
  'too-many-sentences': [0.912, 1.0],
  spelling: [0.833, 0.969],
  grammar: [0.936, 0.99],
  abbreviation: [0.969, 0.989],
  pushy: [0.969, 0.94],
  'self-focus': [0.958, 0.968],
  'contact-info': [0.99, 0.99],
  oversharing: [0.97, 0.961],
  'irrelevant-offer': [1.0, 0.968],
  generic: [0.949, 0.989],
  placeholder: [1.0, 1.0],
  perspective: [0.893, 0.929],
  language: [0.978, 0.958],
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
