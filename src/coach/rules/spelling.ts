import { listSet, readList } from '../language/lists.js';
import {
  isCommonWord,
  isCorrect,
  isListedWord,
  nearbyWords,
  suggestions,
  twoSlipsAway,
} from '../spell.js';
import { COMMON_ENGLISH, GREETING_WORDS, isAllCaps, TITLES, type Token } from '../text.js';
import { textSpeak } from './abbreviation.js';
import { ABBREVIATIONS } from './data/abbreviations.js';
import { MISSPELLINGS } from './data/misspellings.js';
import { BUSINESS_TERMS, COMPOUND_PREFIXES, HYPHEN_PREFIXES } from './data/terms.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

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
    let textSpeakNote: boolean | undefined;
    let unknownWords = 0;
    for (let i = 0; i < tokens.length && out.length < MAX_FINDINGS; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      const lower = t.lower;
      if (
        ctx.nameWords.has(lower) ||
        (lower.endsWith("'s") && ctx.nameWords.has(lower.slice(0, -2)))
      )
        continue;
      // Greetings and forms of address ("As-salamu alaykum", "Aunty Grace") are spelled as
      // people use them.
      if (TITLES.has(lower) || isGreeting(lower)) continue;
      // The word after the greeting's comma ("Hi Ana, Realy enjoyed…") opens the note's
      // first sentence as much as a word after a full stop does.
      const afterGreeting = opensAfterGreeting(ctx.text, tokens, i);
      const sentenceStart = sentences[t.sentence]?.firstToken === i || afterGreeting;
      // Capitalised mid-sentence: a proper noun (a place, a company, a person).
      const first = t.text.charCodeAt(0);
      const capital = first >= 65 && first <= 90;
      // Unless it is a day or month mistyped, or a long common word mistyped as it would be
      // at a sentence's start ("Independance Day", "our Marketting Summit").
      const misspeltName = capital && (calendarSlip(t.text) !== undefined || longSlip(tokens, i));
      if (!sentenceStart && capital && !misspeltName) continue;
      // The tail of a file or domain name ("Node.js", "example.io").
      if (ctx.text[t.start - 1] === '.' && /[\p{L}\p{N}]/u.test(ctx.text[t.start - 2] ?? ''))
        continue;
      const unknown = unknownParts(t.text);
      if (unknown.length === 0) continue;
      unknownWords++;
      // A word of address after the opening name ("Dafydd bach,", "Hi Tama bro,").
      if (!capital && addressAfterName(ctx.text, tokens, i)) continue;
      // A capitalised unknown word opening a sentence before a comma is usually a name
      // ("Lindsey, it was…").
      if (
        capital &&
        !misspeltName &&
        unknown.length === 1 &&
        unknown[0]?.offset === 0 &&
        ctx.text[t.end] === ','
      )
        continue;
      for (const part of unknown) {
        const lower = part.text.toLowerCase();
        // A note in text-speak writes slang and clippings ("sesh", "shld", "collab") on
        // purpose: the abbreviation rule speaks to that, and only a known misspelling or a
        // long word is a slip here.
        if (part.text.length <= 6 && !MISSPELLINGS.has(lower) && !droppedG(lower)) {
          textSpeakNote ??= usesTextSpeak(ctx);
          if (textSpeakNote) continue;
        }
        // A word written twice in a note ("camans … camans", "the sadza, the sadza") is one
        // the writer means: a slip seldom comes out the same twice.
        if (!MISSPELLINGS.has(lower) && repeatedIn(tokens, i, lower)) continue;
        // "lookin'", "nothin'": a dropped g marked with an apostrophe is a voice, not a slip.
        if (
          lower.endsWith('in') &&
          /^['’]/.test(ctx.text.slice(t.start + part.offset + part.text.length))
        )
          continue;
        // Between "my" or "your" and a name or a verb of telling ("my amma says", "your bubbe
        // Rosa"), a short word ending in a, i, o or u is a kin word or a title of some language.
        if (!MISSPELLINGS.has(lower) && part.offset === 0 && kinPosition(tokens, i, lower))
          continue;
        // Alone between a comma and the sentence's end ("…on Grand Caillou, cher.", "…won the
        // league, galing!"), a short lower-case word is a word of address or a cry of the
        // writer's language; a swap there ("…, thnaks!") is still a slip.
        if (
          !MISSPELLINGS.has(lower) &&
          part.offset === 0 &&
          lower.length <= 6 &&
          !capital &&
          closingWord(ctx.text, t) &&
          !nearbyWords(lower).some((c) => isCommonWord(c) && slipKind(lower, c) === 'swap')
        )
          continue;
        const dayOrMonth = calendarSlip(part.text);
        if (
          dayOrMonth === undefined &&
          !looksLikeTypo(part.text, capital && sentenceStart && part.offset === 0)
        )
          continue;
        // A short known misspelling before a word no English dictionary knows is that
        // language's word ("teh tarik" is Malay tea, not "the tarik").
        if (lower.length <= 3 && foreignNext(tokens, i)) continue;
        // Beside another language's word ("bara brith", "producteurs acéricoles", "parchin
        // kari"), a word is likelier that language's too than a slip, unless a letter doubled
        // or left single makes it a common word ("lechon busines").
        if (
          !MISSPELLINGS.has(lower) &&
          !doubledOfCommon(lower) &&
          !longSlipOfCommon(lower) &&
          foreignBeside(ctx.text, tokens, i)
        )
          continue;
        // A name often follows the greeting ("Hi Seán, Orla said…"): there, only a known
        // misspelling or a slip few names are a step from is one: a letter left undoubled
        // ("Realy"), neighbours swapped in five letters or more ("Thnaks"), a letter dropped
        // inside a long word ("Intrested").
        // So does one who tells something ("Gord said you…", "Tarni reckons…").
        const teller = sentenceStart && tellsNext(tokens, i);
        if (
          (afterGreeting || teller) &&
          capital &&
          !MISSPELLINGS.has(lower) &&
          !greetingSlip(lower)
        )
          continue;
        // Nor is one that opens a name of several capitalised words ("Daly Waters", "Orla Kiely").
        if (afterGreeting && capital && !MISSPELLINGS.has(lower) && namePhrase(ctx.text, tokens, i))
          continue;
        const start = t.start + part.offset;
        const end = start + part.text.length;
        let fix: string | undefined;
        const common = MISSPELLINGS.get(part.text.toLowerCase());
        if (dayOrMonth !== undefined) {
          fix = dayOrMonth;
        } else if (common !== undefined) {
          fix = /^[A-Z]/.test(part.text)
            ? common.charAt(0).toUpperCase() + common.slice(1)
            : common;
        } else if ((yPlural(lower) ?? sibilantPlural(lower)) !== undefined) {
          const plural = (yPlural(lower) ?? sibilantPlural(lower)) as string;
          fix = /^[A-Z]/.test(part.text)
            ? plural.charAt(0).toUpperCase() + plural.slice(1)
            : plural;
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
    if (out.length < MAX_FINDINGS) out.push(...realWordSlips(ctx.text, tokens));
    // A third of the note's words unknown, most of them no slip of an English word: it is
    // in another language, or mixes one in; a word-by-word verdict would be noise.
    const foreign = unknownWords - out.length;
    if (foreign >= 3 && foreign > out.length && unknownWords * 3 > countWords(tokens)) return [];
    // A g dropped in a note written in a voice, three words or more no dictionary knows and no
    // slip ("Ah've been inspectin seed tatties… ah ken mair aboot blackleg"), is the voice too.
    if (foreign >= 3) {
      return out.filter((f) => {
        const word = ctx.text.slice(f.start ?? 0, f.end ?? 0).toLowerCase();
        return MISSPELLINGS.has(word) || !droppedG(word);
      });
    }
    return out;
  },
};

/**
 * A capitalised word of eight letters or more a plausible slip from a common word, in a name
 * made of common words ("Independance Day", "Confrence Centre"), not a person's ("Remedios").
 */
function longSlip(tokens: readonly Token[], i: number): boolean {
  const word = (tokens[i] as Token).text;
  if (word.length < 8 || !/^\p{Lu}\p{Ll}+$/u.test(word) || unknownParts(word).length === 0) {
    return false;
  }
  const common = (t: Token | undefined) =>
    t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isCommonWord(t.lower);
  if (!(common(tokens[i - 1]) || common(tokens[i + 1])) || !looksLikeTypo(word, true)) return false;
  // A letter more or less at the end is how place names run on from words ("Broughty Ferry"
  // is no "brought"), where "Christmass Market" doubles and "Confrence" drops inside.
  const lower = word.toLowerCase();
  if (MISSPELLINGS.has(lower)) return true;
  const slips = nearbyWords(lower).filter((c) => isCommonWord(c) && plausibleSlip(lower, c));
  return !slips.every(
    (c) =>
      ['extra', 'drop'].includes(slipKind(lower, c) ?? '') &&
      firstDifference(lower, c) >= lower.length - 1,
  );
}

let calendar: readonly string[] | undefined;

/**
 * The day or month a capitalised word the dictionary lacks is a slip of ("Wendesday",
 * "Febuary", "Wensday"): one plausible slip, or letters left out inside it. Not a different
 * letter at the start or a letter more or less at the end ("Munday", "Augusta", "Frida").
 */
function calendarSlip(word: string): string | undefined {
  if (word.length < 5 || unknownParts(word).length === 0) return undefined;
  calendar ??= readList(new URL('./data/calendar-names.txt', import.meta.url));
  const lower = word.toLowerCase();
  for (const name of calendar) {
    if (lower.charAt(0) !== name.charAt(0) || lower.at(-1) !== name.at(-1)) continue;
    if (plausibleSlip(lower, name) || insideOf(lower, name, 2)) {
      return name.charAt(0).toUpperCase() + name.slice(1);
    }
  }
  return undefined;
}

/** Whether `word` is `whole` with at most `missing` letters left out. */
function insideOf(word: string, whole: string, missing: number): boolean {
  if (whole.length - word.length < 1 || whole.length - word.length > missing) return false;
  let j = 0;
  for (let i = 0; i < whole.length && j < word.length; i++) if (whole[i] === word[j]) j++;
  return j === word.length;
}

interface RealWordSlip {
  /** The words that may come before; empty for any word. */
  before: ReadonlySet<string>;
  slip: string;
  /** The words that may follow; empty for any word. */
  after: ReadonlySet<string>;
  /** Whether a word must follow, after a space ("more then", not "more then:"). */
  wordAfter: boolean;
  meant: string;
}

let slips: readonly RealWordSlip[] | undefined;

function realWordSlipList(): readonly RealWordSlip[] {
  slips ??= readList(new URL('./data/real-word-slips.txt', import.meta.url)).map((line) => {
    const [before = '', slip = '', after = '*', meant = ''] = line.split(/\s+/);
    return {
      before: new Set(before === '*' ? [] : before.split('|')),
      slip,
      after: new Set(after === '*' || after === '+' ? [] : after.split('|')),
      wordAfter: after !== '*',
      meant,
    };
  });
  return slips;
}

/** A real word typed for the one meant, by the words around it ("love to here more"). */
function realWordSlips(text: string, tokens: readonly Token[]): RuleReport[] {
  const out: RuleReport[] = [];
  const list = realWordSlipList();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    for (const s of list) {
      if (t.lower !== s.slip) continue;
      // The words read together only when nothing but a space parts them ("more, then").
      if (s.before.size > 0 && !(s.before.has(prev.lower) && spaceBetween(text, prev, t))) continue;
      const next = tokens[i + 1];
      const follows = next && next.sentence === t.sentence && spaceBetween(text, t, next);
      if (s.wordAfter && !(follows && (s.after.size === 0 || s.after.has(next.lower)))) continue;
      const meant = /^\p{Lu}/u.test(t.text)
        ? s.meant.charAt(0).toUpperCase() + s.meant.slice(1)
        : s.meant;
      out.push({
        message: `“${t.text}” looks like a slip for “${meant}”.`,
        suggestion: meant,
        start: t.start,
        end: t.end,
        fix: { start: t.start, end: t.end, replacement: meant },
      });
      break;
    }
  }
  return out;
}

function spaceBetween(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/**
 * Whether a word opening the note after its greeting is a slip of a common word. Not an
 * undoubled letter: names double letters ("Noor", "Anna") far more often than typos do.
 */
function greetingSlip(lower: string): boolean {
  return nearbyWords(lower).some((c) => {
    if (!isCommonWord(c)) return false;
    const kind = slipKind(lower, c);
    if (kind === 'double') return true;
    // Names end where words do not ("Tunde", "Valentina") and may start so ("Neema"): the
    // slip must lie inside the word.
    const at = firstDifference(lower, c);
    if (at === 0 || at >= lower.length - (kind === 'swap' ? 2 : 1)) return false;
    if (kind === 'swap') return lower.length >= 5;
    if (kind === 'drop') return lower.length >= 7 && dropInside(lower, c);
    return lower.length >= 8 && plausibleSlip(lower, c);
  });
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** Whether a common word is a letter doubled or left single away ("busines", "untill"). */
function doubledOfCommon(lower: string): boolean {
  return nearbyWords(lower).some(
    (c) => isCommonWord(c) && ['double', 'undouble'].includes(slipKind(lower, c) ?? ''),
  );
}

/**
 * Whether a common word of seven letters or more is a letter dropped inside it or two
 * neighbours swapped away ("meetngs", "tournamnet"): no other language's word looks so.
 */
function longSlipOfCommon(lower: string): boolean {
  if (lower.length < 6) return false;
  return nearbyWords(lower).some((c) => {
    if (c.length < 7 || !isCommonWord(c)) return false;
    const kind = slipKind(lower, c);
    // Not a last letter dropped ("parchin kari" is no "parching").
    return kind === 'swap' || (kind === 'drop' && firstDifference(lower, c) < lower.length - 1);
  });
}

/** Whether a common word is two neighbouring letters swapped, or a letter doubled or undoubled,
 * away ("regrads" → "regards"). */
function swapOfCommon(lower: string): boolean {
  return nearbyWords(lower).some(
    (c) => isCommonWord(c) && ['swap', 'double', 'undouble'].includes(slipKind(lower, c) ?? ''),
  );
}

/** Whether token i is the first word after the opening greeting's comma ("Hi Ana, Realy…"). */
function opensAfterGreeting(text: string, tokens: readonly Token[], i: number): boolean {
  const opener = tokens[0];
  const prev = tokens[i - 1];
  const t = tokens[i];
  if (i < 2 || i > 5 || !opener || !prev || !t || !GREETING_WORDS.has(opener.lower)) return false;
  // The greeting is the opener and a name ("Hi Dr. Ana Lima,"), then this word.
  return (
    /^,\s*$/.test(text.slice(prev.end, t.start)) &&
    !/[,.!?\n]/.test(text.slice(0, prev.end).replace(/\b(?:Dr|Mr|Mrs|Ms|Prof)\./g, ''))
  );
}

/** Whether a word stands alone between ", " and the sentence's closing punctuation. */
function closingWord(text: string, t: Token): boolean {
  return (
    /,\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
    /^\s*[.!?]+(?:\s|$)/.test(text.slice(t.end, t.end + 4))
  );
}

/** Whether token i follows the name of the note's opening address, before its comma. */
function addressAfterName(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  if (i > 3 || !prev || !/^\p{Lu}/u.test(prev.text)) return false;
  return /^\s*[,!\n—–]/.test(text.slice(t.end)) && !/[,.!?\n]/.test(text.slice(0, t.start));
}

/** A greeting word, or words joined by hyphens that all are ("as-salamu"). */
function isGreeting(lower: string): boolean {
  if (!lower.includes('-')) return GREETING_WORDS.has(lower);
  return lower.split('-').every((w) => GREETING_WORDS.has(w));
}

function countWords(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind === 'word') n++;
  return n;
}

/** Whether the note uses text-speak ("u", "pls", "w/") anywhere. */
function usesTextSpeak(ctx: RuleContext): boolean {
  const { tokens } = ctx.analysis;
  for (let i = 0; i < tokens.length; i++) if (textSpeak(ctx, i) !== undefined) return true;
  return /(?<![\p{L}\p{N}/])(?:w\/o?|b\/c)(?![\p{L}\p{N}/])/iu.test(ctx.text);
}

/**
 * An unknown word is called a typo only when a dictionary word is a PLAUSIBLE slip away
 * from it (or it is a known misspelling): a doubled or undoubled letter, two neighbours
 * swapped, a letter dropped inside a longer word, an extra letter next to its key, a
 * neighbouring key or a vowel for a vowel. A word merely near some dictionary word is far
 * likelier a term of the writer's trade or region ("perovskite", "barangay", "kia ora")
 * than a slip, and a coach that flags those is wrong about a good note.
 */
// The verdict depends on the word (and whether it opens a sentence) alone; searching its
// neighbours was a tenth of a warm review.
const TYPO_CACHE_LIMIT = 20_000;
const typoVerdicts = new Map<string, boolean>();

function looksLikeTypo(word: string, sentenceStart = false): boolean {
  const key = sentenceStart ? `^${word}` : word;
  const cached = typoVerdicts.get(key);
  if (cached !== undefined) return cached;
  if (typoVerdicts.size >= TYPO_CACHE_LIMIT) typoVerdicts.clear();
  const verdict = judgeTypo(word, sentenceStart);
  typoVerdicts.set(key, verdict);
  return verdict;
}

function judgeTypo(word: string, sentenceStart: boolean): boolean {
  const lower = word.toLowerCase();
  if (MISSPELLINGS.has(lower)) return true;
  // Three letters or fewer: as likely a word of someone's trade or language ("kai", "ora")
  // as a slip, unless it is a known misspelling or two letters of one of the commonest
  // words swapped ("adn", "hte", "yuo").
  if (word.length <= 3) return word.length === 3 && commonSwaps().has(lower);
  // Longer than any word a slip is measured against (and a pasted blob must stay cheap).
  if (word.length > 24) return false;
  if (droppedG(lower)) return true;
  // A plural or singular of a word the dictionary knows ("genomic", "parsers") is a form
  // it lacks, not a slip.
  // ("busines" + "s" is "business", a double s left single, not a plural).
  // "copys", "citys": a plural of a word in consonant-y spelled without its "ies" is a slip.
  if (yPlural(lower) !== undefined || sibilantPlural(lower) !== undefined) return true;
  // "patroller", "shopper": an agent noun doubling its stem's last letter as the dictionary's
  // own "patrolled" or "patrolling" does is a form it lacks, not a slip.
  if (agentOfDoubled(lower)) return false;
  if (
    (!lower.endsWith('s') && isCorrect(`${lower}s`)) ||
    (lower.endsWith('s') && isCorrect(lower.slice(0, -1)))
  ) {
    return false;
  }
  // A common word with a regular ending ("yarned", "trugs"): a form the dictionary lacks.
  if (inflectsCommon(lower)) return false;
  // A diminutive of a common word ("tradie", "smokies", "firies", "sunnies") is how
  // Australians, Scots and New Zealanders name things, not a vowel typed twice.
  if (diminutive(lower)) return false;
  // A slip of a word few people write is likelier a different word of someone's trade
  // ("hitboxes" is not "hatboxes"); a long word near another long one is a slip all the same.
  const near = nearbyWords(lower).filter((c) => keepsEnding(lower, c));
  const nearCommon = near.filter((c) => isCommonWord(c));
  // A doubling slip, a swap or a letter dropped inside a word are the commonest typos, even
  // where the word also reads as a known word with a suffix or a compound ("occured",
  // "stoping", "vetran").
  // But a short word that alternates consonant and vowel ("mela", "bono", "gele", "adire")
  // reads as a word of another language: only a doubling slip of it ("hapy") is a typo.
  const foreignShape = lower.length <= 5 && alternates(lower);
  // A closed compound of two common words ("backlist", "hairline") is a word of some trade,
  // not the longer word with a letter dropped ("blacklist").
  const strong = (c: string) =>
    foreignShape
      ? ['double', 'undouble'].includes(slipKind(lower, c) ?? '')
      : strongSlip(lower, c) && !(slipKind(lower, c) === 'drop' && compoundAway(lower, c));
  if (nearCommon.some(strong)) return true;
  // A swap or a doubling slip of a common word's regular derivative ("wierdly" for
  // "weirdly", "hapily" for "happily") is as much a slip.
  const swapOrDouble = (c: string) =>
    ['swap', 'double', 'undouble'].includes(slipKind(lower, c) ?? '');
  if (!foreignShape && lower.length >= 6 && near.some((c) => swapOrDouble(c) && derivesCommon(c))) {
    return true;
  }
  // Opening a sentence, a capitalised word is as likely a name ("Sione", "Hallo"); but few
  // names of eight letters or more are a slip away from a common word ("Definately").
  if (sentenceStart) return lower.length >= 8 && nearCommon.some((c) => plausibleSlip(lower, c));
  if (derivedFromKnown(lower) || isCompound(lower, 4)) return false;
  // A short word one wrong key from a common word ("tangi", "shiok", "merch") is as likely
  // a word of another language or trade as a slip: only the strong slips above count.
  if (lower.length <= 5) return false;
  const likely = lower.length > 8 ? near : nearCommon;
  if (likely.some((c) => plausibleSlip(lower, c))) return true;
  if (isCompound(lower, 3)) return false;
  // Longer words may be two slips from the word meant ("tommorow", "acomodation"). The
  // first letter is rarely the slip ("allocators" is not "locators").
  // Two letters past a whole word ("eisteddfodau", "kibbutzim") are another language's
  // ending, not two slips; an English one is a derivative misspelt ("incidently").
  if (word.length >= 10) {
    const ending = (c: string) =>
      lower.startsWith(c) && !ENGLISH_ENDINGS.has(lower.slice(c.length));
    return twoSlipsAway(lower).some((c) => c.charAt(0) === lower.charAt(0) && !ending(c));
  }
  // Shorter words only for two of the commonest slips, doubling and swapping, of a common
  // word ("tommorow", "greatful").
  return word.length >= 7 && twoCommonSlips(lower);
}

/**
 * Whether a word ending as English words seldom do, in a, i, o or u or one of them and "s"
 * ("monstera", "bandas", "ugalis"), keeps that ending in the word it is measured against:
 * few slips add, drop or change a final letter to make another language's shape, where a
 * swap or a doubling ("whta", "pizzza") is a slip all the same.
 */
function keepsEnding(lower: string, meant: string): boolean {
  const m = /[aiou]s?$/.exec(lower);
  if (!m || meant.endsWith(m[0])) return true;
  const kind = slipKind(lower, meant);
  return kind === 'swap' || kind === 'double' || kind === 'undouble';
}

/**
 * "lookin", "workin": the g of a common word's "-ing" left off, a slip even in a note in
 * text-speak. Marked with an apostrophe ("lookin'") it is a voice; the caller sees that.
 */
function droppedG(lower: string): boolean {
  return lower.length >= 5 && lower.endsWith('in') && isCommonWord(`${lower}g`);
}

const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'our', 'his', 'her', 'their']);

/** Whether a short word ending in a, i, o or u sits where a kin word does: after a possessive,
 * before a name or a verb of telling. */
function kinPosition(tokens: readonly Token[], i: number, lower: string): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (lower.length > 6 || !/[aiou]$/.test(lower) || !prev || !POSSESSIVES.has(prev.lower))
    return false;
  if (next?.kind !== 'word' || next.sentence !== t.sentence) return false;
  speechVerbs ??= listSet(new URL('../language/data/speech-verbs.txt', import.meta.url));
  return speechVerbs.has(next.lower) || /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** Whether the word (or its plural or singular) is written elsewhere in the note too. */
function repeatedIn(tokens: readonly Token[], i: number, lower: string): boolean {
  const stem = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (j === i || t.kind !== 'word') continue;
    if (t.lower === lower || t.lower === stem || t.lower === `${stem}s`) return true;
  }
  return false;
}

let swaps: ReadonlySet<string> | undefined;

/**
 * The three-letter commonest words ("and", "the", "you") with two neighbours swapped, where
 * that is no word in any case ("Amy", "AWS") and does not read as another language's word
 * (consonant and vowel by turns: "nad", "woh", "lal").
 */
function commonSwaps(): ReadonlySet<string> {
  if (swaps) return swaps;
  const out = new Set<string>();
  for (const w of COMMON_ENGLISH) {
    if (!/^[a-z]{3}$/.test(w) || !isCorrect(w)) continue;
    for (const s of [`${w[1]}${w[0]}${w[2]}`, `${w[0]}${w[2]}${w[1]}`]) {
      const capitalised = s.charAt(0).toUpperCase() + s.slice(1);
      if (s === w || alternates(s) || isCorrect(s) || isCorrect(capitalised)) continue;
      if (!isCorrect(s.toUpperCase())) out.add(s);
    }
  }
  swaps = out;
  return out;
}

const ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers'];
const ENGLISH_ENDINGS: ReadonlySet<string> = new Set(['ly', 'ed', 'er', 'es', 'al', 'en', 'ic']);
const DERIVATIONS = [
  'ly',
  'ily',
  'ness',
  'iness',
  'ment',
  'ments',
  'ful',
  'less',
  'ed',
  'ing',
  'er',
  'ers',
];

/** A common word with a regular suffix ("weird" + "ly", "happy" → "happily"). */
function derivesCommon(word: string): boolean {
  for (const x of DERIVATIONS) {
    if (!word.endsWith(x) || word.length - x.length < 3) continue;
    const stem = word.slice(0, -x.length);
    if (isCommonWord(stem) || (x.startsWith('i') && isCommonWord(`${stem}y`))) return true;
    if ((x === 'ed' || x === 'ing' || x.startsWith('er')) && isCommonWord(`${stem}e`)) return true;
  }
  return false;
}

/** Whether the word after token i, in its sentence, is unknown and no slip of a known one. */
function foreignNext(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || next.sentence !== t.sentence) return false;
  return unknownParts(next.text).length > 0 && !looksLikeTypo(next.text);
}

let speechVerbs: ReadonlySet<string> | undefined;

/** Whether the word after token i is a verb of telling ("said", "reckons", "told"). */
function tellsNext(tokens: readonly Token[], i: number): boolean {
  speechVerbs ??= listSet(new URL('../language/data/speech-verbs.txt', import.meta.url));
  const next = tokens[i + 1];
  return next?.kind === 'word' && speechVerbs.has(next.lower);
}

/** Whether token i is followed, after a space, by a capitalised word other than "I". */
function namePhrase(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    next?.kind === 'word' &&
    /^\p{Lu}/u.test(next.text) &&
    !/^I(?:['’]|$)/.test(next.text) &&
    /^ +$/.test(text.slice(t.end, next.start))
  );
}

/**
 * Whether a lower-case word next to token i, in its sentence and with only a space between,
 * is no English: letters English does not use in a word no dictionary knows ("acéricoles"),
 * or a word no dictionary knows that is no slip of one ("bara" before "brith").
 */
function foreignBeside(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const foreign = (n: Token | undefined): boolean => {
    if (n?.kind !== 'word' || n.sentence !== t.sentence || !/^\p{Ll}/u.test(n.text)) return false;
    if (!/^\s+$/.test(text.slice(Math.min(t.end, n.end), Math.max(t.start, n.start)))) return false;
    if (/[^\p{ASCII}]/u.test(n.text)) return /^\p{L}+$/u.test(n.text) && !isCorrect(n.text);
    return unknownParts(n.text).length > 0 && !looksLikeTypo(n.text);
  };
  return foreign(tokens[i - 1]) || foreign(tokens[i + 1]);
}

/**
 * A common word with the diminutive "-ie" and its plural: "trade" → "tradie", "truck" →
 * "truckie", "chip" → "chippie", "sunny" → "sunnies".
 */
function diminutive(lower: string): boolean {
  const m = /^(\p{L}{3,}?)(ies?)$/u.exec(lower);
  if (!m) return false;
  const stem = m[1] as string;
  if (isCommonWord(stem) || isCommonWord(`${stem}e`)) return true;
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && isCommonWord(stem.slice(0, -1))) return true;
  return m[2] === 'ies' && isCorrect(`${stem}y`);
}

/** "copies" for "copys": the plural of a consonant-y word, when the dictionary knows it. */
function yPlural(lower: string): string | undefined {
  if (!/[^aeiou]ys$/.test(lower)) return undefined;
  const plural = `${lower.slice(0, -2)}ies`;
  return isCorrect(plural) ? plural : undefined;
}

/** "lunches" for "lunchs", "boxes" for "boxs": a plural after a hiss wants its "es". */
function sibilantPlural(lower: string): string | undefined {
  if (!/(?:ch|sh|x|z)s$/.test(lower)) return undefined;
  const plural = `${lower.slice(0, -1)}es`;
  return isCorrect(plural) ? plural : undefined;
}

/** "patroller(s)" where the dictionary knows "patrolled" or "patrolling". */
function agentOfDoubled(lower: string): boolean {
  const m = /^(\p{L}+?)([b-df-hj-np-tv-z])\2ers?$/u.exec(lower);
  if (!m) return false;
  const stem = `${m[1]}${m[2]}${m[2]}`;
  return isCorrect(`${stem}ed`) || isCorrect(`${stem}ing`);
}

/**
 * A common word with a regular ending spelled as English spells it: "yarn" + "ed", "trug" +
 * "s". Not where the stem ends consonant-vowel-consonant ("occur" + "ed"): whether that
 * consonant doubles is the slip people make.
 */
function inflectsCommon(lower: string): boolean {
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    // Not a dropped "e" ("more" + "ing" is "morning" with its n dropped).
    if (stem.length < 3 || !isCommonWord(stem)) continue;
    if (regularly(stem, ending)) return true;
  }
  return false;
}

/** Whether English adds the ending to the stem as it stands ("yarn" + "ed", "box" + "es"). */
function regularly(stem: string, ending: string): boolean {
  const last = stem.charAt(stem.length - 1);
  const consonantY = last === 'y' && !isVowel(stem.charAt(stem.length - 2));
  const sibilant = /(?:s|x|z|ch|sh)$/.test(stem);
  if (ending === 's') return !consonantY && !sibilant;
  if (ending === 'es') return sibilant || last === 'o';
  // "hopeing", "studyed": the e drops and the y turns to i.
  if (last === 'e' || (consonantY && ending !== 'ing')) return false;
  const cvc =
    !isVowel(last) &&
    !/[wx]$/.test(stem) &&
    isVowel(stem.charAt(stem.length - 2)) &&
    !isVowel(stem.charAt(stem.length - 3));
  return !cvc;
}

/** Whether two doubling or swapping slips lead from the word to a common word. */
function twoCommonSlips(lower: string): boolean {
  for (const first of doublingOrSwap(lower)) {
    for (const second of doublingOrSwap(first)) {
      if (second !== lower && isCommonWord(second)) return true;
    }
  }
  return false;
}

function doublingOrSwap(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w.charAt(i);
    if (i + 1 < w.length && c !== w.charAt(i + 1)) {
      out.push(w.slice(0, i) + w.charAt(i + 1) + c + w.slice(i + 2));
    }
    if (c === w.charAt(i + 1)) out.push(w.slice(0, i) + w.slice(i + 1));
    else if (c !== w.charAt(i - 1)) out.push(w.slice(0, i + 1) + c + w.slice(i + 1));
  }
  return out;
}

/** Two neighbours swapped, a doubled letter typed once or a single one twice, or a letter
 * dropped inside a word of five letters or more. */
function strongSlip(typo: string, meant: string): boolean {
  const kind = slipKind(typo, meant);
  if (kind === 'swap' || kind === 'double' || kind === 'undouble') return true;
  return kind === 'drop' && dropInside(typo, meant);
}

function dropInside(typo: string, meant: string): boolean {
  let i = 0;
  while (i < typo.length && typo[i] === meant[i]) i++;
  // A short word cut short ("robo", "chai") is a word of its own, not a slip.
  return i > 0 && meant.length >= 5 && (i < typo.length || meant.length >= 8);
}

/**
 * Whether the one-letter difference between typo and meant is a slip people make: the
 * first letter is rarely wrong; a dropped letter is a slip inside a word, where a short
 * word cut short ("robo", "chai") is a word of its own; an extra letter sits by its key.
 */
function plausibleSlip(typo: string, meant: string): boolean {
  const kind = slipKind(typo, meant);
  if (kind === undefined) return false;
  if (kind === 'swap' || kind === 'double' || kind === 'undouble') return true;
  let i = 0;
  while (i < typo.length && typo[i] === meant[i]) i++;
  if (i === 0) return false;
  if (kind === 'drop') return dropInside(typo, meant);
  if (kind === 'extra') {
    const x = typo.charAt(i);
    // An extra vowel by a vowel ("truely", "arguement", "familiy") or a key's neighbour.
    const vowels = isVowel(x) && (isVowel(typo.charAt(i - 1)) || isVowel(typo.charAt(i + 1)));
    if (vowels && typo.length >= 6 && i >= 2) return true;
    return besideOnKeyboard(x, typo.charAt(i - 1)) || besideOnKeyboard(x, typo.charAt(i + 1));
  }
  const [a, b] = [typo.charAt(i), meant.charAt(i)];
  if (besideOnKeyboard(a, b) || SOUNDALIKE.has(a + b)) return typo.length >= 5;
  // A vowel for a vowel past the first syllable ("seperate", "relevent", "persistant"), but
  // not for the i of "-ing", which hands type by rote: "rendang", "sinigang" and "kampung"
  // are Malay, Tagalog or Korean words, not "rending" mistyped.
  if (b === 'i' && i === meant.length - 3 && meant.endsWith('ing')) return false;
  return typo.length >= 6 && i >= 2 && isVowel(a) && isVowel(b);
}

type Slip = 'swap' | 'double' | 'undouble' | 'drop' | 'extra' | 'substitute';

/** The kind of the single edit turning typo into meant, if one edit does. */
function slipKind(typo: string, meant: string): Slip | undefined {
  let i = 0;
  while (i < typo.length && typo[i] === meant[i]) i++;
  if (typo.length === meant.length) {
    if (typo.slice(i + 1) === meant.slice(i + 1)) return 'substitute';
    if (
      typo[i] === meant[i + 1] &&
      typo[i + 1] === meant[i] &&
      typo.slice(i + 2) === meant.slice(i + 2)
    ) {
      return 'swap';
    }
    return undefined;
  }
  if (meant.length === typo.length + 1) {
    // The letter meant at i was dropped; find the first mismatch from either side.
    if (typo.slice(i) !== meant.slice(i + 1)) return undefined;
    const c = meant.charAt(i);
    return c === meant.charAt(i - 1) || c === meant.charAt(i + 1) ? 'double' : 'drop';
  }
  if (typo.length === meant.length + 1) {
    if (typo.slice(i + 1) !== meant.slice(i)) return undefined;
    const c = typo.charAt(i);
    return c === typo.charAt(i - 1) || c === typo.charAt(i + 1) ? 'undouble' : 'extra';
  }
  return undefined;
}

const VOWELS = 'aeiouy';
const isVowel = (c: string) => c.length === 1 && VOWELS.includes(c);
/** Consonant and vowel by turns, whichever first ("mela", "adire"). */
const alternates = (w: string) =>
  [...w].every((c, i) => i === 0 || isVowel(c) !== isVowel(w.charAt(i - 1)));
// Letters that spell the same sound ("sistem", "neccesary", "reconize").
const SOUNDALIKE: ReadonlySet<string> = new Set(['cs', 'sc', 'ck', 'kc', 'sz', 'zs', 'iy', 'yi']);
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether two letters are neighbours on a QWERTY keyboard (same key counts). */
function besideOnKeyboard(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const pa = keyPosition(a);
  const pb = keyPosition(b);
  if (!pa || !pb) return false;
  const dr = pa[0] - pb[0];
  // Lower rows sit half a key to the right of the row above.
  const dc = pa[1] + pa[0] / 2 - (pb[1] + pb[0] / 2);
  return Math.abs(dr) <= 1 && Math.abs(dc) <= 1;
}

function keyPosition(c: string): [number, number] | undefined {
  for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
    const col = (KEYBOARD_ROWS[r] as string).indexOf(c);
    if (col >= 0) return [r, col];
  }
  return undefined;
}

/**
 * A closed compound of two known words ("hitboxes", "backlist", "strongwomen"), each of
 * `shortest` letters or more: a word of some trade, not a slip.
 */
function isCompound(lower: string, shortest: number): boolean {
  for (let i = shortest; i <= lower.length - shortest; i++) {
    if (isCorrect(lower.slice(0, i)) && isCorrect(lower.slice(i))) return true;
  }
  return false;
}

/**
 * Two common words of four letters or more run together ("back" + "list"), where the letter
 * the longer word has lies inside one of them ("blacklist"), not at the join ("some" + "ting"
 * is "something" with its h dropped).
 */
function compoundAway(lower: string, meant: string): boolean {
  let at = 0;
  while (at < lower.length && lower[at] === meant[at]) at++;
  for (let i = 4; i <= lower.length - 4; i++) {
    if (Math.abs(i - at) > 1 && isCommonWord(lower.slice(0, i)) && isCommonWord(lower.slice(i)))
      return true;
  }
  return false;
}

// A known word with a common prefix or suffix ("deprescribing", "conveyancer", "outgrower")
// is a word the dictionary lacks, not a slip.
const PREFIXES = ['de', 're', 'un', 'pre', 'co', 'non', 'sub', 'over', 'under', 'out', 'mis'];
const SUFFIXES = ['ers', 'er', 'r', 'ors', 'or', 'ing', 'ed', 'ist', 'ists', 'ism', 'able'];
const E_SUFFIXES = ['able', 'ing', 'ed', 'er', 'ers'];

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
  // A verb's final "e" drops before the suffix ("decodable", "cockled").
  for (const x of E_SUFFIXES) {
    if (
      lower.endsWith(x) &&
      lower.length - x.length >= 4 &&
      isCorrect(`${lower.slice(0, -x.length)}e`)
    ) {
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
  // A word said twice ("tro-tros", "tuk-tuks", "halo-halo") is another language's or a
  // child's word, not two slips.
  const [head, tail, ...more] = word.toLowerCase().split('-');
  if (more.length === 0 && head && (tail === head || tail === `${head}s`)) return NONE;
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
  // A trade's or a region's word a larger English list holds ("swage", "tracheostomy").
  if (isListedWord(lower) || isListedWord(base.toLowerCase())) return true;
  // Its regular plural ("rakers", "gimmers"): the list holds most trade nouns singular only
  // (precision16).
  if (/[^s]s$/.test(lower) && lower.length >= 5 && isListedWord(lower.slice(0, -1))) return true;
  // British and Irish spellings ("optimisation", "colour", "centre", "travelled"): the
  // dictionary is American, so a word it knows in its American spelling is right.
  if (BRITISH_WORDS.has(lower)) return true;
  for (const [re, replacement] of BRITISH_TO_AMERICAN) {
    if (!re.test(lower)) continue;
    const american = lower.replace(re, replacement);
    if (american !== lower && (isCorrect(american) || BUSINESS_TERMS.has(american))) return true;
  }
  // Closed compounds with a common prefix ("nanoparticle", "cyberattack"), unless the word is
  // two letters of a common word swapped or a letter doubled ("regrads" is no re-grads).
  for (const prefix of COMPOUND_PREFIXES) {
    if (lower.startsWith(prefix) && lower.length - prefix.length >= 4) {
      const rest = lower.slice(prefix.length);
      if (isCorrect(rest) || BUSINESS_TERMS.has(rest)) return !swapOfCommon(lower);
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
  'carcase',
  'carcases',
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
  'gaol',
  'gaols',
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
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const meant = candidate.toLowerCase();
    // English doubles a final consonant before a suffix, and writers forget it: between
    // equal slips, that one ("stoping" → "stopping", not "stooping").
    const doubledBeforeSuffix =
      meant.length === lower.length + 1 &&
      /([b-df-hj-np-tv-z])\1(?:ing|ed|er|est)$/.test(meant) &&
      meant.replace(/([b-df-hj-np-tv-z])\1(ing|ed|er|est)$/, '$1$2') === lower;
    const cost = typoCost(lower, meant) - (doubledBeforeSuffix ? 0.01 : 0);
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
