// Which language a note is in. franc-min's trigram models misjudge very short English
// ("Hi Sam, great call!"), so a note is called non-English only when it is long enough
// and English is clearly behind, and never on the strength of a handful of words.

import { createRequire } from 'node:module';
import { ABBREVIATIONS } from '../rules/data/abbreviations.js';
import { isCorrect } from '../spell.js';
import { COMMON_ENGLISH } from '../text.js';

type FrancAll = typeof import('franc-min').francAll;
let francAll: FrancAll | undefined;

// franc-min builds its trigram tables on import (~10–20 ms); most notes are plainly English
// and never need it, so it loads on first use (require of an ES module: Node ≥ 20.19).
function franc(): FrancAll {
  francAll ??= (createRequire(import.meta.url)('franc-min') as { francAll: FrancAll }).francAll;
  return francAll;
}

/** A note whose words are this often among the commonest English words is English. */
const ENGLISH_SHARE = 0.3;

/** Languages people write LinkedIn notes in often enough to be worth telling apart. */
const CANDIDATES = [
  'eng',
  'spa',
  'por',
  'fra',
  'deu',
  'ita',
  'nld',
  'pol',
  'ron',
  'swe',
  'tur',
  'ind',
  'vie',
  'tgl',
  'swh',
  'hau',
  'yor',
  'ibo',
  'hin',
  'rus',
  'ukr',
  'cmn',
  'jpn',
  'kor',
  'arb',
];

/**
 * A short note in slang or a regional English ("Sup Jay, ur drone reel slaps ngl", "Oye
 * Rahul, mast post on IPL stats yaar") has few of the commonest words, and the trigrams
 * misread it. Its lower-case words (capitalised ones are mostly names) are still mostly in
 * the English dictionary or text-speak: at least this share. Measured on short notes: 0.57
 * and up for such English, at most 0.46 for Spanish, Portuguese, French, Tagalog, romanised
 * Hindi and others, whose loanwords ("post", "expo", "marketing") are what is English in them.
 */
const DICTIONARY_SHARE = 0.55;
const MIN_DICTIONARY_WORDS = 3;

function mostlyEnglishWords(words: readonly string[], text: string): boolean {
  const lower = (text.replace(/’/g, "'").match(/[\p{L}']+/gu) ?? []).filter(
    (w) => !/^\p{Lu}/u.test(w),
  );
  if (lower.length < MIN_DICTIONARY_WORDS || words.length === 0) return false;
  const known = lower.filter((w) => isCorrect(w) || ABBREVIATIONS.has(w)).length;
  return known / lower.length >= DICTIONARY_SHARE;
}

/** Below this many letters a guess is not worth acting on. */
const MIN_LETTERS = 24;

export function detectLanguage(text: string): string {
  // Counting stops at the threshold: no array of every letter for a note that is long enough.
  const letter = /\p{L}/gu;
  let letters = 0;
  while (letters < MIN_LETTERS && letter.exec(text)) letters++;
  if (letters < MIN_LETTERS) return 'und';
  const words =
    text
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  const common = words.filter((w) => COMMON_ENGLISH.has(w)).length;
  if (words.length > 0 && common / words.length >= ENGLISH_SHARE) return 'eng';
  const ranked = franc()(text, { only: CANDIDATES, minLength: MIN_LETTERS });
  const [top, score] = ranked[0] ?? ['und', 0];
  if (top === 'und' || top === 'eng') return top;
  // franc scores the best language 1 and the others relative to it: call it foreign only
  // when English is well behind.
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  if (score - english < 0.15) return 'eng';
  return mostlyEnglishWords(words, text) ? 'eng' : top;
}
