// Logistic regression over sparse string features: binary (one model per role) and
// multinomial (the relationship). Small and deterministic on purpose: `npm run train`
// must rebuild the committed weights byte for byte. Training works on string-keyed
// weights; prediction uses a packed form (one feature index, one flat weight table) so a
// sentence's features are looked up once for every model, and the file loads fast.

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { seededRandom } from '../../seeded-random.js';

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

/** What training gives: string-keyed weights, a binary model per name and one multinomial. */
export interface ModelSet<K extends string = string> {
  version: 1;
  roles: Partial<Record<K, BinaryModel>>;
  relationship?: MultinomialModel;
}

/** A binary model's place in the packed weight table. */
export interface PackedBinary {
  column: number;
  bias: number;
  threshold: number;
}

/**
 * Every model of a ModelSet over one feature index: row `i` of `weights` (`stride` wide)
 * holds feature i's weight in each binary model's column, then one column per class.
 * Absent weights are 0, which adds nothing, so sums equal the string-keyed ones exactly.
 */
export interface PackedModels<K extends string = string> {
  features: Map<string, number>;
  stride: number;
  weights: Float64Array;
  roles: Partial<Record<K, PackedBinary>>;
  relationship?: { classes: string[]; bias: number[]; column: number };
}

/** The packed model file's first key: readers refuse other layouts. */
const PACKED_VERSION = 2;

/**
 * The model file: JSON with one line per feature, `["feature", w1, w2, …]` in column order,
 * features sorted, so a retrained model diffs feature by feature.
 */
export function serializeModels(set: ModelSet): string {
  const names = Object.keys(set.roles);
  const binaries = names.map((name) => set.roles[name] as BinaryModel);
  const classes = set.relationship?.classes ?? [];
  const all = new Set<string>();
  for (const m of binaries) for (const f of Object.keys(m.weights)) all.add(f);
  if (set.relationship) for (const f of Object.keys(set.relationship.weights)) all.add(f);
  const rows = [...all].sort().map((f) => {
    const row: (string | number)[] = [f];
    for (const m of binaries) row.push(m.weights[f] ?? 0);
    const w = set.relationship?.weights[f];
    for (let k = 0; k < classes.length; k++) row.push(w?.[k] ?? 0);
    return JSON.stringify(row);
  });
  const head = {
    version: PACKED_VERSION,
    roles: Object.fromEntries(
      names.map((name, i) => [
        name,
        { bias: binaries[i]?.bias, threshold: binaries[i]?.threshold },
      ]),
    ),
    ...(set.relationship ? { relationship: { classes, bias: set.relationship.bias } } : {}),
  };
  const headText = JSON.stringify(head).slice(0, -1);
  return `${headText},\n"features":[\n${rows.join(',\n')}\n]}\n`;
}

interface PackedFile {
  version: number;
  roles: Record<string, { bias: number; threshold: number }>;
  relationship?: { classes: string[]; bias: number[] };
  features: (string | number)[][];
}

/** Each feature row of a file serializeModels wrote: its own line, "[name, w1, w2, …],". */
const ROWS_LINE = '"features":[';

/**
 * Reads what serializeModels wrote (its text, or the file at a URL), one feature row a line:
 * parsed whole, its tens of thousands of small arrays would all be alive at once and swell
 * the process's peak memory by megabytes at start-up; a row at a time they die young. A file
 * is read 64 KB at a time and each line decoded alone: read as one string, the 2.4 MB file
 * was 4.6 MB (two bytes a character for its few curly quotes) in large-object space, and as
 * one buffer 2.4 MB off the heap, garbage either way until the first full collection.
 */
export function parseModels<K extends string>(source: string | URL): PackedModels<K> {
  const lines = () => (typeof source === 'string' ? textLines(source) : fileLines(source));
  const headLines: string[] = [];
  let rowsFollow = false;
  for (const line of lines()) {
    if (line === ROWS_LINE) {
      rowsFollow = true;
      break;
    }
    headLines.push(line);
  }
  const whole = () => (typeof source === 'string' ? source : readFileSync(source, 'utf8'));
  const head = rowsFollow ? `${headLines.join('\n').slice(0, -1)}}` : whole();
  const file = JSON.parse(head) as Omit<PackedFile, 'features'> & {
    features?: PackedFile['features'];
  };
  if (file.version !== PACKED_VERSION) {
    throw new Error(
      `role model: version ${file.version}, expected ${PACKED_VERSION} (npm run train)`,
    );
  }
  const names = Object.keys(file.roles);
  const classes = file.relationship?.classes ?? [];
  const stride = names.length + classes.length;
  /** Each row line after the rows open, its trailing comma dropped. */
  const rows = function* () {
    let open = false;
    for (const line of lines()) {
      if (!open) open = line === ROWS_LINE;
      else if (line.charCodeAt(0) === 91) yield line.endsWith(',') ? line.slice(0, -1) : line;
    }
  };
  let count = file.features?.length ?? 0;
  if (!file.features && rowsFollow) for (const _ of rows()) count++;
  const features = new Map<string, number>();
  const weights = new Float64Array(count * stride);
  const add = (i: number, row: (string | number)[]) => {
    features.set(row[0] as string, i);
    for (let c = 0; c < stride; c++) weights[i * stride + c] = row[c + 1] as number;
  };
  if (file.features) {
    for (const [i, row] of file.features.entries()) add(i, row);
  } else if (rowsFollow) {
    let i = 0;
    for (const line of rows()) add(i++, JSON.parse(line) as (string | number)[]);
  }
  const roles: Partial<Record<K, PackedBinary>> = {};
  names.forEach((name, column) => {
    const m = file.roles[name] as { bias: number; threshold: number };
    roles[name as K] = { column, bias: m.bias, threshold: m.threshold };
  });
  return {
    features,
    stride,
    weights,
    roles,
    ...(file.relationship ? { relationship: { ...file.relationship, column: names.length } } : {}),
  };
}

function* textLines(text: string): Generator<string> {
  for (let from = 0; from <= text.length; ) {
    const end = text.indexOf('\n', from);
    const stop = end < 0 ? text.length : end;
    yield text.slice(from, stop);
    from = stop + 1;
  }
}

/** A file's lines, read 64 KB at a time, each decoded alone (UTF-8). */
function* fileLines(path: URL): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(1 << 16);
    let held = 0; // bytes of a line not yet ended, at the buffer's start
    for (;;) {
      if (held === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, held);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, held, buffer.length - held, null);
      const end = held + read;
      let from = 0;
      for (
        let nl = buffer.indexOf(10, from);
        nl !== -1 && nl < end;
        nl = buffer.indexOf(10, from)
      ) {
        yield buffer.toString('utf8', from, nl);
        from = nl + 1;
      }
      if (read === 0) {
        yield buffer.toString('utf8', from, end);
        return;
      }
      buffer.copy(buffer, 0, from, end);
      held = end - from;
    }
  } finally {
    closeSync(fd);
  }
}

/** The packed form of freshly trained models (cross-validation trains one set per fold). */
export function packModels<K extends string>(set: ModelSet<K>): PackedModels<K> {
  return parseModels<K>(serializeModels(set as ModelSet));
}

/** The rows of the features the models know, in the features' order (unknown ones weigh 0). */
export function featureRows(models: PackedModels, features: readonly string[]): number[] {
  const rows: number[] = [];
  for (const f of features) {
    const row = models.features.get(f);
    if (row !== undefined) rows.push(row);
  }
  return rows;
}

/** A binary model's probability from featureRows' rows. */
export function packedProbability(
  models: PackedModels,
  model: PackedBinary,
  rows: readonly number[],
): number {
  const { weights, stride } = models;
  let z = model.bias;
  for (const row of rows) z += weights[row * stride + model.column] as number;
  return sigmoid(z);
}

/** The features that pushed a binary model's prediction up most, strongest first. */
export function packedEvidence(
  models: PackedModels,
  model: PackedBinary,
  features: readonly string[],
  count = 3,
): { feature: string; weight: number }[] {
  return features
    .map((feature) => {
      const row = models.features.get(feature);
      const weight =
        row === undefined ? 0 : (models.weights[row * models.stride + model.column] as number);
      return { feature, weight };
    })
    .filter((e) => e.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, count);
}

/** The multinomial model's class probabilities from featureRows' rows. */
export function packedSoftmax(models: PackedModels, rows: readonly number[]): number[] {
  const rel = models.relationship;
  if (!rel) return [];
  const { weights, stride } = models;
  const z = rel.bias.slice();
  for (const row of rows) {
    const at = row * stride + rel.column;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (weights[at + k] as number);
  }
  return softmax(z);
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((v) => v / sum);
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

function order(n: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  const rand = seededRandom(seed);
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
