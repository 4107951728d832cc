// The Hunspell dictionary (dictionary-en, via nspell), built once on first use and cached,
// with bounded per-word caches so a warm review rarely touches nspell at all. The speller
// looks words up lazily (see hunspell.ts): building it takes milliseconds, not the ~300 ms
// nspell's full expansion of the dictionary would add to the first review.
import dictionary from 'dictionary-en';
import type nspell from 'nspell';
import { createLazySpeller } from './hunspell.js';

type Speller = ReturnType<typeof nspell>;

let speller: Speller | undefined;
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

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Whether Hunspell knows the word (case rules as Hunspell applies them). */
export function isCorrect(word: string): boolean {
  const cached = correctCache.get(word);
  if (cached !== undefined) return cached;
  return remember(correctCache, word, get().correct(word));
}

/** Hunspell's suggestions for a misspelled word, best first (at most six). */
export function suggestions(word: string): readonly string[] {
  const cached = suggestCache.get(word);
  if (cached !== undefined) return cached;
  return remember(suggestCache, word, get().suggest(word).slice(0, 6));
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
