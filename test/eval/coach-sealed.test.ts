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

const GOOD_CLEAN = 0.965;
const RELATIONSHIP = 0.918;
/** [precision, recall] floors per rule, as measured on the sealed set. */
const RULES: Partial<Record<RuleId, [number, number]>> = {
  'no-message': [1.0, 0.956],
  'missing-name': [0.928, 0.958],
  'missing-context': [0.704, 0.884],
  'missing-purpose': [0.688, 0.867],
  'missing-call-to-action': [0.85, 0.928],
  length: [0.954, 1.0],
  'char-limit': [1.0, 1.0],
  'too-many-sentences': [0.92, 1.0],
  spelling: [0.838, 0.962],
  grammar: [0.934, 0.991],
  abbreviation: [0.972, 0.99],
  pushy: [0.962, 0.936],
  'self-focus': [0.943, 0.961],
  'contact-info': [0.991, 0.991],
  oversharing: [0.981, 0.947],
  'irrelevant-offer': [1.0, 0.925],
  generic: [0.954, 0.99],
  placeholder: [1.0, 1.0],
  perspective: [0.886, 0.935],
  language: [0.98, 0.962],
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
