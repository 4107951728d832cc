// The Hunspell dictionary (dictionary-en, via nspell), built once on first use and cached,
// with bounded per-word caches so a warm review rarely touches nspell at all. The speller
// looks words up lazily (see hunspell.ts): building it takes milliseconds, not the ~300 ms
// nspell's full expansion of the dictionary would add to the first review.
import { readFileSync } from 'node:fs';
import dictionary from 'dictionary-en';
import british from 'dictionary-en-gb';
import { createLazySpeller, type LazySpeller } from './hunspell.js';

type Speller = LazySpeller;

let speller: Speller | undefined;
// British, Irish, Australian, Indian and most African English spell the British way
// ("maths", "ageing", "medallist"): a word either dictionary knows is spelt right. Built
// only when a word is unknown to the first, so most reviews never pay for it.
let britishSpeller: Speller | undefined;
let loadMs = 0;

const CACHE_LIMIT = 20_000;
const correctCache = new Map<string, boolean>();
const suggestCache = new Map<string, readonly string[]>();

function get(): Speller {
  if (!speller) {
    const t0 = performance.now();
    speller = createLazySpeller(dictionary.aff, dictionary.dic);
    loadMs = performance.now() - t0;
  }
  return speller;
}

function remember<V>(cache: Map<string, V>, key: string, value: V, limit = CACHE_LIMIT): V {
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

/** Whether Hunspell knows the word (case rules as Hunspell applies them). */
export function isCorrect(word: string): boolean {
  const cached = correctCache.get(word);
  if (cached !== undefined) return cached;
  if (get().correct(word)) return remember(correctCache, word, true);
  britishSpeller ??= createLazySpeller(british.aff, british.dic, get());
  return remember(correctCache, word, britishSpeller.correct(word));
}

/**
 * Suggestions for a misspelled word, best first (at most six): the dictionary words one
 * slip away, else two of the commonest slips away ("tommorow" → "tomorrow"). nspell's own
 * suggest is not used: for a typo two slips away it generates hundreds of thousands of
 * candidates (~10–100 ms and a burst of memory per word); these searches take about a
 * millisecond.
 */
export function suggestions(word: string): readonly string[] {
  const cached = suggestCache.get(word);
  if (cached !== undefined) return cached;
  const quick = nearbyWords(word);
  return remember(suggestCache, word, quick.length > 0 ? quick : twoSlipsAway(word));
}

/** Candidates one doubling, undoubling, swap or dropped letter away, with their cost. */
function structuralSlips(w: string): [string, number][] {
  const out: [string, number][] = [];
  for (let i = 0; i + 1 < w.length; i++) {
    out.push([w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2), 0.7]);
  }
  for (let i = 0; i < w.length; i++) {
    const doubled = w.charAt(i) === w.charAt(i + 1);
    out.push([w.slice(0, i) + w.slice(i + 1), doubled ? 0.75 : 0.9]);
    if (!doubled && /[a-z]/.test(w.charAt(i))) {
      out.push([w.slice(0, i + 1) + w.charAt(i) + w.slice(i + 1), 0.6]);
    }
  }
  return out;
}

/** Words two structural slips away ("tommorow" → "tomorrow", "acomodate" → "accommodate"). */
export function twoSlipsAway(word: string): string[] {
  if (word.length < 4 || word.length > 20) return [];
  const capitalised = /^[A-Z][a-z]/.test(word);
  const w = capitalised ? word.toLowerCase() : word;
  const found = new Map<string, number>();
  for (const [first, cost1] of structuralSlips(w)) {
    for (const [second, cost2] of structuralSlips(first)) {
      if (second === w) continue;
      const cost = cost1 + cost2;
      const previous = found.get(second);
      if (previous !== undefined) {
        if (cost < previous) found.set(second, cost);
      } else if (get().knows(second)) {
        found.set(second, cost);
      }
    }
  }
  return [...found.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 6)
    .map(([candidate]) =>
      capitalised ? candidate.charAt(0).toUpperCase() + candidate.slice(1) : candidate,
    );
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz'";

/**
 * The dictionary words one slip away from `word` (a letter swapped with its neighbour,
 * dropped, doubled or mistyped), cheapest slip first: what nspell's suggest finds for a
 * typical typo, in a millisecond instead of ten. Empty when no word is one slip away;
 * the caller then asks nspell, which also searches further.
 */
export function nearbyWords(word: string): string[] {
  // The spelling rule asks twice for a typo (is it one? what is meant?): search once.
  const cached = nearbyCache.get(word);
  if (cached !== undefined) return [...cached];
  return [...remember(nearbyCache, word, searchNearby(word), NEARBY_LIMIT)];
}

/** Only the words of the last few notes: the second question comes in the same review. */
const NEARBY_LIMIT = 1_000;
const nearbyCache = new Map<string, readonly string[]>();

function searchNearby(word: string): string[] {
  if (word.length < 2 || word.length > 24) return [];
  const capitalised = /^[A-Z][a-z]/.test(word);
  const w = capitalised ? word.toLowerCase() : word;
  const found = new Map<string, number>();
  const check = (candidate: string, cost: number) => {
    if (candidate.length === 0 || candidate === w) return;
    const previous = found.get(candidate);
    if (previous !== undefined && previous <= cost) return;
    if (previous !== undefined || get().knows(candidate)) found.set(candidate, cost);
  };
  for (let i = 0; i + 1 < w.length; i++) {
    check(w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2), 0.7);
  }
  // A letter typed once that should be doubled ("realy") is the commonest slip of all.
  for (let i = 0; i <= w.length; i++) {
    for (const c of LETTERS) {
      const doubling = c === w.charAt(i - 1) || c === w.charAt(i);
      check(w.slice(0, i) + c + w.slice(i), doubling ? 0.6 : 0.8);
    }
  }
  for (let i = 0; i < w.length; i++) {
    const doubled = w.charAt(i) === w.charAt(i - 1) || w.charAt(i) === w.charAt(i + 1);
    check(w.slice(0, i) + w.slice(i + 1), doubled ? 0.75 : 0.9);
  }
  for (let i = 0; i < w.length; i++) {
    for (const c of LETTERS) {
      if (c !== w.charAt(i)) check(w.slice(0, i) + c + w.slice(i + 1), 1);
    }
  }
  return [...found.entries()]
    .sort((a, b) => a[1] - b[1])
    .slice(0, 6)
    .map(([candidate]) =>
      capitalised ? candidate.charAt(0).toUpperCase() + candidate.slice(1) : candidate,
    );
}

/** Hunspell's first suggestion for a misspelled word, if any. */
export function suggest(word: string): string | undefined {
  return suggestions(word)[0];
}

/** Builds the dictionary now (for warm-up) and returns how long building took, in ms. */
export function loadSpeller(): number {
  get();
  return loadMs;
}

// The word lists stay one string each, searched by halves: a Set of their words would cost
// megabytes; this costs the text and a table of line starts.
interface SortedList {
  text: string;
  starts: Uint32Array;
}

let common: SortedList | undefined;
let more: SortedList | undefined;

function readSorted(file: string): SortedList {
  const text = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8');
  // Counted first, then written into their table: a growing array of ~40,000 starts left
  // its outgrown copies (~1 MB a list) as large-object garbage until a full collection.
  const entries = (visit: (at: number) => void): void => {
    for (let at = 0; at < text.length; ) {
      const end = text.indexOf('\n', at);
      const next = end === -1 ? text.length : end + 1;
      if (text.charCodeAt(at) !== 35 && next - at > 1) visit(at);
      at = next;
    }
  };
  let count = 0;
  entries(() => count++);
  const starts = new Uint32Array(count);
  let i = 0;
  entries((at) => {
    starts[i++] = at;
  });
  return { text, starts };
}

function listed({ text, starts }: SortedList, word: string): boolean {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareEntry(text, starts[mid] as number, word);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether a lower-case word is a common English word (SCOWL size 35). */
export function isCommonWord(word: string): boolean {
  common ??= readSorted('common-words.txt');
  return listed(common, word);
}

/**
 * Whether a lower-case word is English the dictionaries lack but a larger list holds
 * (SCOWL size 70, en-AU, en-CA): a trade's or a region's word ("swage", "ratoon").
 */
export function isListedWord(word: string): boolean {
  more ??= readSorted('more-words.txt');
  return listed(more, word);
}

/** The list's entry at `start` compared with `word`, in place (no string is made). */
function compareEntry(text: string, start: number, word: string): number {
  for (let i = 0; ; i++) {
    const a = start + i < text.length ? text.charCodeAt(start + i) : 10;
    const entryEnded = a === 10;
    if (i === word.length) return entryEnded ? 0 : 1;
    if (entryEnded) return -1;
    const b = word.charCodeAt(i);
    if (a !== b) return a - b;
  }
}
