import { isCorrect, nearbyWords, suggestions, twoSlipsAway } from '../spell.js';
import { isAllCaps, type Token } from '../text.js';
import { ABBREVIATIONS } from './data/abbreviations.js';
import { MISSPELLINGS } from './data/misspellings.js';
import { BUSINESS_TERMS, COMPOUND_PREFIXES, HYPHEN_PREFIXES } from './data/terms.js';
import type { Rule, RuleReport } from './rule.js';

// Suggestions cost milliseconds each; a pasted essay of gibberish must not stall a review.
const MAX_SUGGESTIONS = 10;
const MAX_FINDINGS = 50;
const LATIN_WORD = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;

export const spelling: Rule = {
  id: 'spelling',
  defaultSeverity: 'warning',
  description: 'Proofread: a typo looks sloppy in a first note.',
  check(ctx) {
    const { tokens, sentences } = ctx.analysis;
    const out: RuleReport[] = [];
    let suggested = 0;
    for (let i = 0; i < tokens.length && out.length < MAX_FINDINGS; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      const lower = t.lower;
      if (ctx.nameWords.has(lower) || ctx.nameWords.has(lower.replace(/'s$/, ''))) continue;
      const sentenceStart = sentences[t.sentence]?.firstToken === i;
      // Capitalised mid-sentence: a proper noun (a place, a company, a person).
      const first = t.text.charCodeAt(0);
      const capital = first >= 65 && first <= 90;
      if (!sentenceStart && capital) continue;
      // The tail of a file or domain name ("Node.js", "example.io").
      if (ctx.text[t.start - 1] === '.' && /[\p{L}\p{N}]/u.test(ctx.text[t.start - 2] ?? ''))
        continue;
      const unknown = unknownParts(t.text);
      if (unknown.length === 0) continue;
      // A capitalised unknown word opening a sentence before a comma is usually a name
      // ("Lindsey, it was…").
      if (capital && unknown.length === 1 && unknown[0]?.offset === 0 && ctx.text[t.end] === ',')
        continue;
      for (const part of unknown) {
        if (!looksLikeTypo(part.text)) continue;
        const start = t.start + part.offset;
        const end = start + part.text.length;
        let fix: string | undefined;
        const common = MISSPELLINGS.get(part.text.toLowerCase());
        if (common !== undefined) {
          fix = /^[A-Z]/.test(part.text)
            ? common.charAt(0).toUpperCase() + common.slice(1)
            : common;
        } else if (suggested < MAX_SUGGESTIONS && part.text.length <= 20) {
          suggested++;
          fix = bestSuggestion(part.text, suggestions(part.text));
        }
        out.push({
          message: `“${part.text}” looks misspelled.`,
          suggestion: fix,
          start,
          end,
          // The corrected text only takes a suggestion that looks like a typo's fix: same
          // first letter, a cheap edit away. "evals" → "ovals" stays a suggestion.
          fix:
            fix !== undefined && likelyTypo(part.text, fix)
              ? { start, end, replacement: fix }
              : undefined,
        });
      }
    }
    return out;
  },
};

/**
 * An unknown word is called a typo only when a dictionary word is one slip away from it
 * (or it is a known misspelling). A word far from every dictionary word is far likelier a
 * term of the writer's trade or region ("perovskite", "barangay", "kia ora") than a slip,
 * and a coach that flags those is wrong about a good note.
 */
// The verdict depends on the word alone; searching its neighbours was a tenth of a warm review.
const TYPO_CACHE_LIMIT = 20_000;
const typoVerdicts = new Map<string, boolean>();

function looksLikeTypo(word: string): boolean {
  const cached = typoVerdicts.get(word);
  if (cached !== undefined) return cached;
  if (typoVerdicts.size >= TYPO_CACHE_LIMIT) typoVerdicts.clear();
  const verdict = judgeTypo(word);
  typoVerdicts.set(word, verdict);
  return verdict;
}

function judgeTypo(word: string): boolean {
  const lower = word.toLowerCase();
  if (MISSPELLINGS.has(lower)) return true;
  // Three letters or fewer: as likely a word of someone's trade or language ("kai", "ora")
  // as a slip, unless it is a known misspelling.
  if (word.length <= 3) return false;
  // A plural or singular of a word the dictionary knows ("genomic", "parsers") is a form
  // it lacks, not a slip.
  if (isCorrect(`${lower}s`) || (lower.endsWith('s') && isCorrect(lower.slice(0, -1)))) {
    return false;
  }
  if (derivedFromKnown(lower)) return false;
  if (nearbyWords(word).length > 0) return true;
  // Long words may be two slips from the word meant ("acomodation").
  return word.length >= 10 && twoSlipsAway(word).length > 0;
}

// A known word with a common prefix or suffix ("deprescribing", "conveyancer", "outgrower")
// is a word the dictionary lacks, not a slip.
const PREFIXES = ['de', 're', 'un', 'pre', 'co', 'non', 'sub', 'over', 'under', 'out', 'mis'];
const SUFFIXES = ['ers', 'er', 'r', 'ing', 'ed', 'ist', 'ists', 'ism', 'able'];

function derivedFromKnown(lower: string): boolean {
  for (const p of PREFIXES) {
    if (lower.startsWith(p) && lower.length - p.length >= 4 && isCorrect(lower.slice(p.length))) {
      return true;
    }
  }
  for (const x of SUFFIXES) {
    if (lower.endsWith(x) && lower.length - x.length >= 4 && isCorrect(lower.slice(0, -x.length))) {
      return true;
    }
  }
  return false;
}

interface Part {
  text: string;
  /** Offset of the part in the word. */
  offset: number;
}

const NONE: readonly Part[] = [];
const CACHE_LIMIT = 20_000;
const partsCache = new Map<string, readonly Part[]>();

/** The parts of a word the dictionary does not know (none for most words). Memoised. */
function unknownParts(word: string): readonly Part[] {
  let parts = partsCache.get(word);
  if (parts === undefined) {
    parts = computeUnknownParts(word);
    if (partsCache.size >= CACHE_LIMIT) partsCache.clear();
    partsCache.set(word, parts);
  }
  return parts;
}

function computeUnknownParts(word: string): readonly Part[] {
  if (!LATIN_WORD.test(word) || exempt(word)) return NONE;
  if (!word.includes('-')) return known(word) ? NONE : [{ text: word, offset: 0 }];
  if (known(word)) return NONE;
  // Only the unknown parts of a hyphenated word ("long-tremm" → "tremm").
  const out: Part[] = [];
  let offset = 0;
  const pieces = word.split('-');
  pieces.forEach((piece, index) => {
    const isPrefix = index < pieces.length - 1 && HYPHEN_PREFIXES.has(piece.toLowerCase());
    if (piece && !isPrefix && !exempt(piece) && !known(piece)) out.push({ text: piece, offset });
    offset += piece.length + 1;
  });
  return out;
}

/** Words the spelling rule leaves to others or does not judge. */
function exempt(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  // Text-speak and a lower-case "i" are the abbreviation and grammar rules' business.
  if (ABBREVIATIONS.has(lower) || /^i(?:'(?:m|d|ve|ll))?$/.test(lower)) return true;
  if (BUSINESS_TERMS.has(lower) || BUSINESS_TERMS.has(lower.replace(/'s$/, ''))) return true;
  // Acronyms and mixed-case brand names (AWS, SaaS, iPhone, DevOps); single letters.
  if (isAllCaps(word) || /\p{Ll}\p{Lu}/u.test(word) || /^[A-Z]{2,}s$/.test(word)) return true;
  return word.length === 1;
}

function known(word: string): boolean {
  if (isCorrect(word)) return true;
  const folded = word.replace(/’/g, "'");
  if (folded !== word && isCorrect(folded)) return true;
  // Possessives of words the dictionary knows ("Samantha's", "week’s", "teams'").
  const base = folded.replace(/'s$|s'$/i, (m) => (m.startsWith("'") ? '' : 's'));
  if (base !== folded && (isCorrect(base) || BUSINESS_TERMS.has(base.toLowerCase()))) return true;
  if (BUSINESS_TERMS.has(folded.toLowerCase())) return true;
  const lower = folded.toLowerCase();
  // A known misspelling is one even when a prefix makes it look like a compound ("un-till").
  if (MISSPELLINGS.has(lower)) return false;
  // British and Irish spellings ("optimisation", "colour", "centre", "travelled"): the
  // dictionary is American, so a word it knows in its American spelling is right.
  if (BRITISH_WORDS.has(lower)) return true;
  for (const [re, replacement] of BRITISH_TO_AMERICAN) {
    if (!re.test(lower)) continue;
    const american = lower.replace(re, replacement);
    if (american !== lower && (isCorrect(american) || BUSINESS_TERMS.has(american))) return true;
  }
  // Closed compounds with a common prefix ("nanoparticle", "cyberattack").
  for (const prefix of COMPOUND_PREFIXES) {
    if (lower.startsWith(prefix) && lower.length - prefix.length >= 4) {
      const rest = lower.slice(prefix.length);
      if (isCorrect(rest) || BUSINESS_TERMS.has(rest)) return true;
    }
  }
  return false;
}

// British spelling → American, tried one at a time on a word the dictionary lacks.
const BRITISH_TO_AMERICAN: readonly [RegExp, string][] = [
  [/is(e|ed|es|ing|ations?|ers?|able)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'],
  [/(?<=\p{L}{2})our(?=s?$|ed$|ing$|ite|able|ful|less|er|ist|ism|ly|hood)/u, 'or'],
  [/(?<=\p{L})ae(?=\p{L})/u, 'e'],
  [/(?<=\p{L})oe(?=\p{L}{2})/u, 'e'],
  [/practis(e|ed|es|ing)$/, 'practic$1'],
  [/(?<=\p{L}{3})ogu(ed|ing)$/u, 'og$1'],
  [/(?<=\p{L}{2})tre(s|d)?$/u, 'ter$1'],
  [/(?<=\p{L}{3})ogue(s)?$/u, 'og$1'],
  [/(?<=[aeiou])ll(ed|ing|er|ers|ation)$/, 'l$1'],
  [/(?<=\p{L}{2})gement(s)?$/u, 'gment$1'],
  [/(?<=\p{L}{3}[nlm])t$/u, 'ed'],
];
// British words no rewrite above reaches.
const BRITISH_WORDS: ReadonlySet<string> = new Set([
  'aeroplane',
  'aeroplanes',
  'amongst',
  'cheque',
  'cheques',
  'defence',
  'defences',
  'distil',
  'enquire',
  'enquiries',
  'enquiry',
  'enrol',
  'enrolled',
  'enrolling',
  'enrolment',
  'enrolments',
  'enrols',
  'fulfil',
  'fulfilment',
  'fulfils',
  'grey',
  'instalment',
  'instalments',
  'jewellery',
  'kerb',
  'licence',
  'licences',
  'offence',
  'offences',
  'plough',
  'pretence',
  'programme',
  'programmes',
  'sceptic',
  'sceptical',
  'skilful',
  'spelt',
  'storey',
  'storeys',
  'tyre',
  'tyres',
  'wilful',
]);

/** Hunspell's suggestions re-ranked by how people mistype: a swapped pair of letters or a
 * missed letter is likelier than a wrong one ("wokr" → "work", not "woke"). */
export function bestSuggestion(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const cost = typoCost(word.toLowerCase(), candidate.toLowerCase());
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}

function likelyTypo(word: string, suggestion: string): boolean {
  if (MISSPELLINGS.get(word.toLowerCase()) === suggestion.toLowerCase()) return true;
  if (word.charAt(0).toLowerCase() !== suggestion.charAt(0).toLowerCase()) return false;
  return typoCost(word.toLowerCase(), suggestion.toLowerCase()) <= 1.8;
}

const DOUBLING = 0.6;
const SWAP = 0.7;
const UNDOUBLING = 0.75;
const MISSED = 0.8;
const EXTRA = 0.9;
const WRONG = 1;

/** Weighted Damerau–Levenshtein distance from a typo to the word meant. */
export function typoCost(typo: string, meant: string): number {
  const rows = typo.length + 1;
  const cols = meant.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i * EXTRA;
  for (let j = 0; j < cols; j++) d[j] = j * MISSED;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const same = typo[i - 1] === meant[j - 1];
      // A missed letter that doubles its neighbour ("realy") or an extra one that doubles
      // its neighbour ("untill") is the commonest slip of all.
      const missed = j >= 2 && meant[j - 1] === meant[j - 2] ? DOUBLING : MISSED;
      const extra = i >= 2 && typo[i - 1] === typo[i - 2] ? UNDOUBLING : EXTRA;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + extra,
        (d[i * cols + j - 1] as number) + missed,
        (d[(i - 1) * cols + j - 1] as number) + (same ? 0 : WRONG),
      );
      if (i > 1 && j > 1 && typo[i - 1] === meant[j - 2] && typo[i - 2] === meant[j - 1]) {
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + SWAP);
      }
      d[i * cols + j] = best;
    }
  }
  return Math.round((d[rows * cols - 1] as number) * 100) / 100;
}
