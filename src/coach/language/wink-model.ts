// wink-eng-lite-web-model, assembled for what the coach reads (tokens, sentences, negation,
// parts of speech, lemmas) and loaded faster. The package's own loader deep-copies its 3 MB
// core model through JSON.stringify + JSON.parse and decodes base64 a byte at a time: ~35 ms
// and ~25 MB of a one-note review. This reads the same JSON once and decodes with Buffer;
// the entity and sentiment models, which no rule reads, are left empty. A test checks the
// core model equals the package's and that parses are the same; on any surprise in the
// file's layout (a new model version) the package's own model is used instead.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import type { Model } from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';
const CORE_JSON = `${DIST}languages/cur/models/eng-core-web-model.json`;

/** The annotations the coach uses: entities, sentiment and custom entities are not run. */
export const PIPE = ['sbd', 'negation', 'pos'];

type Layout = Record<string, number[]>;
interface FeatureData {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, FeatureData> & {
    lexeme: FeatureData;
    posClusters: { list: (string | Set<number>)[] };
  };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  // A large decode has its own memory, used as it is; a small one may be a slice of Buffer's
  // shared pool, so it is copied.
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length && bytes.length % 4 === 0)
    return new Uint32Array(bytes.buffer);
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

const LEXICON_KEY = Buffer.from('"lexicon":"');
/** Base64 characters decoded at a time: a multiple of 4, and a string small enough to die young. */
const CHUNK = 1 << 16;

/** The 32-bit words of the base64 text in bytes[from, to), decoded in small pieces. */
function decodeWords(bytes: Buffer, from: number, to: number): Uint32Array | undefined {
  const length = to - from;
  if (length % 4 !== 0) return undefined;
  const padding = bytes[to - 1] !== 0x3d ? 0 : bytes[to - 2] !== 0x3d ? 1 : 2; // '='
  const size = (length / 4) * 3 - padding;
  if (size % 4 !== 0) return undefined;
  const out = new Uint32Array(size / 4);
  const view = Buffer.from(out.buffer);
  let written = 0;
  for (let at = from; at < to; at += CHUNK) {
    written += view.write(
      bytes.toString('latin1', at, Math.min(to, at + CHUNK)),
      written,
      'base64',
    );
  }
  return written === size ? out : undefined;
}

/**
 * The model file's text with its lexicon (1.9 MB of base64, two-thirds of the file) cut out
 * and decoded straight from the file's bytes. Read whole as one string, the file and that
 * field were ~5 MB of garbage in the heap's large-object space, which only a full collection
 * frees and none comes for a long while after start-up: a peak-RSS cost for the process's life.
 */
function readCore(path: string): { json: string; lexicon?: Uint32Array } {
  const bytes = readFileSync(path);
  const from = bytes.indexOf(LEXICON_KEY) + LEXICON_KEY.length;
  const to = from >= LEXICON_KEY.length ? bytes.indexOf(0x22, from) : -1;
  if (to < 0) return { json: bytes.toString('utf8') };
  const lexicon = decodeWords(bytes, from, to);
  return { json: asciiJson([bytes.subarray(0, from), bytes.subarray(to)]), lexicon };
}

/**
 * The JSON text of `parts` with each character past ASCII written as its \u escape (they
 * stand only inside JSON strings): the same values, but held one byte a character. Decoded
 * as it is, the rest of the file was a 2.2 MB two-byte string in large-object space, garbage
 * only a full collection frees; this one is 1.1 MB.
 */
function asciiJson(parts: readonly Buffer[]): string {
  const decoder = new StringDecoder('utf8');
  let out = '';
  for (const part of parts) {
    for (let at = 0; at < part.length; at += CHUNK) {
      out += escapeNonAscii(decoder.write(part.subarray(at, at + CHUNK)));
    }
  }
  return out + escapeNonAscii(decoder.end());
}

function escapeNonAscii(text: string): string {
  return text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k] as string] = k;
  return hash;
}

/**
 * The lexeme index (87,593 words) behind an object's face: wink reads and adds entries with
 * `hash[word]` only. Filling a null-prototype object that large took ~30 ms of start-up, and
 * a Map of it held ~3.7 MB, the live heap's largest table; this open-addressing table of list
 * positions holds 1 MB and answers the same (the last position of a word listed twice).
 */
export function tableBacked(list: readonly string[]): Record<string, number> {
  let slots = new Int32Array(1 << 18); // position + 1; 0 is empty
  let mask = slots.length - 1;
  let count = 0;
  const hash = (word: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  /** The slot holding `word`, or the empty slot where it would go. */
  const slotOf = (word: string) => {
    let at = hash(word) & mask;
    for (let held = slots[at] as number; held !== 0; held = slots[at] as number) {
      if (list[held - 1] === word) return at;
      at = (at + 1) & mask;
    }
    return at;
  };
  const put = (word: string, position: number) => {
    const at = slotOf(word);
    if (slots[at] === 0) count++;
    slots[at] = position + 1;
  };
  for (let k = 0; k < list.length; k++) put(list[k] as string, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      const held = slots[slotOf(key)] as number;
      return held === 0 ? undefined : held - 1;
    },
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      // Kept under two-thirds full, so a probe stays short as wink learns words.
      if ((count + 1) * 3 > slots.length * 2) {
        const old = slots;
        slots = new Int32Array(old.length * 2);
        mask = slots.length - 1;
        count = 0;
        for (const held of old) if (held !== 0) put(list[held - 1] as string, held - 1);
      }
      put(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && slots[slotOf(key)] !== 0,
  });
}

function usable(model: CoreModel): boolean {
  const layout = model?.packing?.layout;
  return (
    typeof model?.lexicon === 'string' &&
    typeof model.xpansions === 'string' &&
    typeof layout === 'object' &&
    Array.isArray(model.features?.lexeme?.list) &&
    Array.isArray(model.features.posClusters?.list) &&
    typeof model.pos?.hash === 'object' &&
    Object.entries(layout).every(
      ([f, l]) => Array.isArray(l) && (l[3] !== 0 || Array.isArray(model.features[f]?.list)),
    )
  );
}

/** What the package's read-core-model.js + load-core-model.js build, without the copy. */
export function loadCore(): CoreModel {
  const file = readCore(require.resolve(CORE_JSON));
  const model = JSON.parse(file.json) as CoreModel;
  if (!usable(model)) return (require(`${DIST}load-core-model.js`) as () => CoreModel)();
  const { packing, features, pos } = model;
  model.lexicon = file.lexicon ?? words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]?.[3] === 0)
      (features[f] as FeatureData).hash = indexOf(features[f]?.list ?? []);
  }
  features.lexeme.hash = tableBacked(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    if (layout[3] === 0) {
      const data = features[f] as FeatureData;
      data.intrinsicSize = data.list.length;
      data.index = data.list.length;
      data.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** An automaton that recognises nothing, for the models the pipe never runs. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The model object winkNLP expects, as the package's dist/model.js builds it. */
export function leanModel(): Model {
  return leanModelWithCore().model;
}

/**
 * The model, and a way to count the words wink has learnt since it loaded: wink adds every
 * word it has not seen (each name, typo and company) to its lexicon and never lets go.
 */
export function leanModelWithCore(): { model: Model; learntWords: () => number } {
  const load = (file: string) => require(`${DIST}${file}`);
  const model = Object.create(null);
  let core: CoreModel | undefined;
  model.core = () => {
    core = loadCore();
    return core;
  };
  model.sbd = load('load-sbd-model.js');
  model.pos = load('load-pos-model.js');
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = load('load-negation-model.js');
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  model.metaCER = load('load-cer-meta-model.js');
  model.featureFn = load('feature.js');
  model.addons = Object.create(null);
  model.addons.stem = load('porter-stemmer.js');
  model.addons.lemmatize = load('lemmatize.js');
  // No rule reads readability: `doc.out(its.readabilityStats)` hands back the document's data
  // instead, which nlp.ts reads in one pass.
  model.addons.readabilityStats = (rdd: unknown) => rdd;
  model.addons.wordVectors = undefined;
  const learntWords = () => {
    const lexeme = core?.features.lexeme;
    return lexeme ? lexeme.list.length - (lexeme.intrinsicSize ?? lexeme.list.length) : 0;
  };
  return { model: model as Model, learntWords };
}
