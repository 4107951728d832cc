// Logistic regression over sparse string features: binary (one model per role) and
// multinomial (the relationship). Small and deterministic on purpose: `npm run train`
// must rebuild the committed weights byte for byte, and prediction is a few map look-ups.

export interface BinaryModel {
  bias: number;
  /** Probability at or above which the role is assigned. */
  threshold: number;
  weights: Record<string, number>;
}

export interface MultinomialModel {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

// Weight look-ups in a Map are several times faster than in an object of thousands of keys.
const weightMaps = new WeakMap<BinaryModel, Map<string, number>>();

function weightsOf(model: BinaryModel): Map<string, number> {
  let map = weightMaps.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    weightMaps.set(model, map);
  }
  return map;
}

export function probability(model: BinaryModel, features: readonly string[]): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return sigmoid(z);
}

/** The features that pushed a prediction up most, strongest first. */
export function evidence(
  model: BinaryModel,
  features: readonly string[],
  count = 3,
): { feature: string; weight: number }[] {
  return features
    .map((feature) => ({ feature, weight: model.weights[feature] ?? 0 }))
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, count);
}

const classWeightMaps = new WeakMap<MultinomialModel, Map<string, number[]>>();

export function softmaxScores(model: MultinomialModel, features: readonly string[]): number[] {
  let weights = classWeightMaps.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model.weights));
    classWeightMaps.set(model, weights);
  }
  const z = model.bias.slice();
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (w[k] ?? 0);
  }
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer examples than this are dropped. */
  minCount: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 12,
  learningRate: 0.3,
  l2: 3e-3,
  minCount: 2,
};

/** A small seeded generator, so every shuffle is the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function order(n: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  const rand = seeded(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
  }
  return idx;
}

export function vocabulary(examples: readonly string[][], minCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => c >= minCount).map(([f]) => f));
}

/** Trains one binary model with AdaGrad; positives are weighted up when they are rare. */
export function trainBinary(
  examples: readonly string[][],
  labels: readonly boolean[],
  options: TrainingOptions = DEFAULT_TRAINING,
): BinaryModel {
  const vocab = vocabulary(examples, options.minCount);
  const xs = examples.map((ex) => ex.filter((f) => vocab.has(f)));
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  const positiveWeight = positives === 0 ? 1 : Math.min(4, Math.sqrt(negatives / positives));
  const w = new Map<string, number>();
  const g = new Map<string, number>();
  let bias = 0;
  let gBias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of order(xs.length, epoch + 1)) {
      const x = xs[i] as string[];
      let z = bias;
      for (const f of x) z += w.get(f) ?? 0;
      const y = labels[i] ? 1 : 0;
      const weight = y === 1 ? positiveWeight : 1;
      const err = (sigmoid(z) - y) * weight;
      gBias += err * err;
      bias -= (options.learningRate * err) / Math.sqrt(gBias + 1e-8);
      for (const f of x) {
        const wf = w.get(f) ?? 0;
        const grad = err + options.l2 * wf;
        const gf = (g.get(f) ?? 0) + grad * grad;
        g.set(f, gf);
        w.set(f, wf - (options.learningRate * grad) / Math.sqrt(gf + 1e-8));
      }
    }
  }
  return { bias: round(bias), threshold: 0.5, weights: compact(w) };
}

export function trainMultinomial(
  examples: readonly string[][],
  labels: readonly string[],
  classes: readonly string[],
  options: TrainingOptions = DEFAULT_TRAINING,
): MultinomialModel {
  const vocab = vocabulary(examples, options.minCount);
  const xs = examples.map((ex) => ex.filter((f) => vocab.has(f)));
  const k = classes.length;
  const w = new Map<string, number[]>();
  const g = new Map<string, number[]>();
  const bias = new Array<number>(k).fill(0);
  const gBias = new Array<number>(k).fill(0);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of order(xs.length, epoch + 101)) {
      const x = xs[i] as string[];
      const p = scores(bias, w, x);
      const y = classes.indexOf(labels[i] as string);
      for (let c = 0; c < k; c++) {
        const err = (p[c] as number) - (c === y ? 1 : 0);
        gBias[c] = (gBias[c] as number) + err * err;
        bias[c] =
          (bias[c] as number) -
          (options.learningRate * err) / Math.sqrt((gBias[c] as number) + 1e-8);
        for (const f of x) {
          const wf = w.get(f) ?? new Array<number>(k).fill(0);
          const gf = g.get(f) ?? new Array<number>(k).fill(0);
          const grad = err + options.l2 * (wf[c] as number);
          gf[c] = (gf[c] as number) + grad * grad;
          wf[c] =
            (wf[c] as number) - (options.learningRate * grad) / Math.sqrt((gf[c] as number) + 1e-8);
          w.set(f, wf);
          g.set(f, gf);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const v = (w.get(f) as number[]).map(round);
    if (v.some((x) => Math.abs(x) >= 0.05)) weights[f] = v;
  }
  return { classes: [...classes], bias: bias.map(round), weights };
}

function scores(bias: readonly number[], w: ReadonlyMap<string, number[]>, x: readonly string[]) {
  const z = bias.slice();
  for (const f of x) {
    const wf = w.get(f);
    if (wf) for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) + (wf[c] as number);
  }
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
}

// Weights this small move no decision; leaving them out keeps the file, and start-up, small.
function compact(w: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = round(w.get(f) as number);
    if (Math.abs(v) >= 0.05) out[f] = v;
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}
