// Which language a note is in. franc-min's trigram models misjudge very short English
// ("Hi Sam, great call!"), so a note is called non-English only when it is long enough
// and English is clearly behind, and never on the strength of a handful of words.

import { createRequire } from 'node:module';
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

/** Below this many letters a guess is not worth acting on. */
const MIN_LETTERS = 24;

export function detectLanguage(text: string): string {
  // Counting stops at the threshold: no array of every letter for a note that is long enough.
  const letter = /\p{L}/gu;
  let letters = 0;
  while (letters < MIN_LETTERS && letter.exec(text)) letters++;
  if (letters < MIN_LETTERS) return 'und';
  // Words counted as they are found: no array of them.
  const lower = text.toLowerCase();
  const folded = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  const word = /[\p{L}']+/gu;
  let words = 0;
  let common = 0;
  for (let m = word.exec(folded); m !== null; m = word.exec(folded)) {
    words++;
    if (COMMON_ENGLISH.has(m[0])) common++;
  }
  if (words > 0 && common / words >= ENGLISH_SHARE) return 'eng';
  const ranked = franc()(text, { only: CANDIDATES, minLength: MIN_LETTERS });
  const [top, score] = ranked[0] ?? ['und', 0];
  if (top === 'und' || top === 'eng') return top;
  // franc scores the best language 1 and the others relative to it: call it foreign only
  // when English is well behind.
  const english = ranked.find(([code]) => code === 'eng')?.[1] ?? 0;
  return score - english >= 0.15 ? top : 'eng';
}
