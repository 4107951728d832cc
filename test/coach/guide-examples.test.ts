import { describe, expect, it } from 'vitest';
import { review } from '../../src/coach/review.js';
import { GUIDE_EXAMPLES } from './fixtures/guide-examples.js';

describe('the guide’s own example notes', () => {
  it('covers all eleven of them', () => {
    expect(GUIDE_EXAMPLES).toHaveLength(11);
  });

  // The relationship is read from the wording; a short note can read two ways, so it is
  // judged over the eleven (and over the corpora by npm run eval), not note by note.
  it('infers the relationship of most of them', () => {
    const right = GUIDE_EXAMPLES.filter((e) => review(e.text).relationship === e.relationship);
    expect(right.length).toBeGreaterThanOrEqual(8);
  });

  it.each(GUIDE_EXAMPLES)('$label', (example) => {
    const result = review(example.text);
    expect(result.relationshipInferred).toBe(true);
    expect(result.name).toBe(example.name);
    // The guide's examples are well written: nothing to correct, no spelling finding.
    expect(result.corrected).toBeUndefined();
    expect(result.findings.filter((f) => f.ruleId === 'spelling')).toEqual([]);
  });

  it.each(GUIDE_EXAMPLES)('$label: same findings when the relationship is given', (example) => {
    const result = review(example.text, { relationship: example.relationship, name: example.name });
    expect(result.relationshipInferred).toBe(false);
    expect(result.findings.map((f) => [f.ruleId, f.excerpt ?? null])).toEqual(example.findings);
  });

  it('says when a guide example exceeds the 300-character limit', () => {
    const over = GUIDE_EXAMPLES.filter((e) => e.text.length > 300);
    expect(over.length).toBeGreaterThan(0);
    for (const e of over) {
      const limit = review(e.text).findings.find((f) => f.ruleId === 'char-limit');
      expect(limit?.severity).toBe('error');
      expect(limit?.start).toBe(300);
    }
  });

  it('holds every example to a 200-character free account as well', () => {
    for (const e of GUIDE_EXAMPLES) {
      const limit = review(e.text, { limit: 200 }).findings.find((f) => f.ruleId === 'char-limit');
      expect(limit !== undefined).toBe(e.text.trimEnd().length > 200);
    }
  });
});
