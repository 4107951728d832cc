// The packed model file (what `npm run train` writes and a review reads) must decide exactly
// as the string-keyed models training produced: same sums, same order, same probabilities.
import { describe, expect, it } from 'vitest';
import {
  featureRows,
  type ModelSet,
  packedEvidence,
  packedProbability,
  packedSoftmax,
  parseModels,
  probability,
  serializeModels,
  trainBinary,
  trainMultinomial,
} from '../../src/coach/roles/logistic.js';

const EXAMPLES = [
  ['w:hi', 'w:sam', 's:first'],
  ['w:would', 'w:you', 'w:connect', 's:question'],
  ['w:we', 'w:meet', 'w:at', 'w:summit'],
  ['w:hi', 'w:would', 'w:connect'],
  ['w:buy', 'w:our', 'w:product', 's:exclaim'],
  ['w:we', 'w:meet', 'w:connect'],
  ['w:buy', 'w:hi', 'w:product'],
];

function trained(): ModelSet {
  const options = { epochs: 6, learningRate: 0.3, l2: 1e-3, minCount: 1 };
  const greeting = trainBinary(
    EXAMPLES,
    EXAMPLES.map((x) => x.includes('w:hi')),
    options,
  );
  const ask = trainBinary(
    EXAMPLES,
    EXAMPLES.map((x) => x.includes('w:connect')),
    options,
  );
  ask.threshold = 0.4;
  const relationship = trainMultinomial(
    EXAMPLES,
    ['cold', 'cold', 'met', 'cold', 'cold', 'met', 'cold'],
    ['met', 'cold'],
    options,
  );
  return { version: 1, roles: { greeting, ask }, relationship };
}

function softmaxOf(set: ModelSet, features: readonly string[]): number[] {
  const rel = set.relationship;
  if (!rel) return [];
  const z = rel.bias.slice();
  for (const f of features) {
    const w = rel.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (w[k] ?? 0);
  }
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

describe('packed role model', () => {
  const set = trained();
  const packed = parseModels(serializeModels(set));
  const cases = [...EXAMPLES, ['w:never-seen', 'w:hi', 'w:hi', 'w:connect'], [], ['w:unknown']];

  it('gives the same probabilities, classes and evidence as the trained models', () => {
    for (const features of cases) {
      const rows = featureRows(packed, features);
      for (const role of ['greeting', 'ask'] as const) {
        const binary = set.roles[role];
        const at = packed.roles[role];
        if (!binary || !at) throw new Error(`no ${role} model`);
        expect(packedProbability(packed, at, rows)).toBe(probability(binary, features));
        expect(at.threshold).toBe(binary.threshold);
        const expected = features
          .map((feature) => ({ feature, weight: binary.weights[feature] ?? 0 }))
          .filter((e) => e.weight > 0)
          .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
          .slice(0, 3);
        expect(packedEvidence(packed, at, features)).toEqual(expected);
      }
      expect(packedSoftmax(packed, rows)).toEqual(softmaxOf(set, features));
    }
    expect(packed.relationship?.classes).toEqual(['met', 'cold']);
  });

  it('writes one line per feature, sorted, and refuses the old layout', () => {
    const lines = serializeModels(set).trimEnd().split('\n');
    const features = lines
      .filter((l) => l.startsWith('["'))
      .map((l) => JSON.parse(l.replace(/,$/, ''))[0]);
    expect(features).toEqual([...features].sort());
    expect(features).toContain('w:connect');
    expect(() => parseModels(JSON.stringify(set))).toThrow(/npm run train/);
  });
});
