// A Hunspell speller for dictionary-en that looks words up lazily.
//
// nspell expands every stem of the dictionary with every affix when it is built: ~124,000
// forms, 250–400 ms and tens of MB before the first word can be checked. Here nspell is
// built from the affix file alone (a few ms), the .dic is read into a stem → flags map
// (~20 ms), and nspell's `data` table becomes a view that answers "is this a form, and
// with which flags?" by stripping affixes the way Hunspell itself does. nspell's own
// `correct` and `suggest` then run unchanged on top. Answers are memoised (bounded).
//
// Faithful for dictionaries like dictionary-en: affixes without continuation classes,
// prefixes and suffixes combined at most once each. A test compares it with nspell's
// eager expansion word for word.
import nspell from 'nspell';

type Speller = ReturnType<typeof nspell>;

interface AffixEntry {
  add: string;
  remove: string | RegExp;
  match: RegExp | '';
  continuation: string[];
}

interface AffixRule {
  type: 'PFX' | 'SFX';
  combineable: boolean;
  entries: AffixEntry[];
}

interface NspellInternals {
  data: Record<string, string[] | undefined>;
  rules: Record<string, AffixRule>;
  flags: Record<string, unknown> & { FLAG?: string; NEEDAFFIX?: string };
  compoundRules: (string | RegExp)[];
  compoundRuleCodes: Record<string, string[]>;
}

interface Affix {
  flag: string;
  rule: AffixRule;
  add: string;
  /** The text the affix removed from the stem ("y" in happy → happily). */
  strip: string;
  match: RegExp | '';
}

const DERIVED: readonly string[] = Object.freeze([]);
const CACHE_LIMIT = 10_000;

export type LazySpeller = Speller & {
  /**
   * Whether a lower-case word is a form in the dictionary, without memoising the answer:
   * for scanning thousands of made-up candidates when suggesting.
   */
  knows(word: string): boolean;
};

/** What a lookup needs of the stem table: a Map, or a few differences over another's. */
interface Stems {
  get(word: string): string | undefined;
}

/** Each speller's affix file and stems, so a second dictionary can be kept as differences. */
const built = new WeakMap<LazySpeller, { affText: string; stems: Map<string, string> }>();

/**
 * With `base`, a speller built on the same affix file: the stems are kept as their differences
 * from its stems. dictionary-en-gb differs from dictionary-en in ~2,500 of ~49,500 stems, so
 * the British speller holds ~0.3 MB instead of another ~4 MB; its answers are the same.
 */
export function createLazySpeller(
  aff: Uint8Array | string,
  dic: Uint8Array | string,
  base?: LazySpeller,
): LazySpeller {
  const affText = typeof aff === 'string' ? aff : Buffer.from(aff).toString('utf8');
  const speller = nspell(affText);
  const internals = speller as unknown as NspellInternals;
  const { rules, flags } = internals;

  const dicText = typeof dic === 'string' ? dic : Buffer.from(dic).toString('utf8');
  const under = base ? built.get(base) : undefined;
  const shared = under?.affText === affText ? under.stems : undefined;
  let stems = shared && differencesInOrder(dicText, shared, internals);
  if (!stems) {
    const full = parseDic(dicText, flags, internals);
    stems = shared ? differences(full, shared) : full;
  }
  buildCompoundRules(internals);

  const suffixes: Affix[] = [];
  const prefixes: Affix[] = [];
  for (const [flag, rule] of Object.entries(rules)) {
    for (const entry of rule.entries) {
      if (entry.continuation.length > 0) {
        throw new Error('lazy speller: affix continuation classes are not supported');
      }
      const strip =
        entry.remove instanceof RegExp ? entry.remove.source.replace(/\$$/, '') : entry.remove;
      (rule.type === 'SFX' ? suffixes : prefixes).push({
        flag,
        rule,
        add: entry.add,
        strip,
        match: entry.match,
      });
    }
  }

  // Parsed flags, shared between stems with the same flags (a few thousand combinations).
  const parsed = new Map<string, string[]>();
  const codesOf = (raw: string): string[] => {
    let codes = parsed.get(raw);
    if (codes === undefined) {
      codes = parseCodes(raw, flags.FLAG);
      parsed.set(raw, codes);
    }
    return codes;
  };
  // With one-character flags (no FLAG line, as in dictionary-en) a flag is in the parsed
  // codes exactly when it is in the raw string: no lookup of the parsed codes needed.
  const singleCharFlags = flags.FLAG === undefined;
  const hasFlag = (word: string, flag: string): boolean => {
    const raw = stems.get(word);
    if (raw === undefined || !raw.includes(flag)) return false;
    return (singleCharFlags && flag.length === 1) || codesOf(raw).includes(flag);
  };
  const matches = (affix: Affix, stem: string) => !affix.match || affix.match.test(stem);

  // The stem a suffix would leave, or undefined when the word does not end with it.
  const unsuffix = (word: string, s: Affix): string | undefined => {
    if (!word.endsWith(s.add)) return undefined;
    return word.slice(0, word.length - s.add.length) + s.strip;
  };
  const unprefix = (word: string, p: Affix): string | undefined => {
    if (!word.startsWith(p.add)) return undefined;
    return p.strip + word.slice(p.add.length);
  };

  // Affixes by the letter they end (suffixes) or start (prefixes) with: a word can only carry
  // those, so a candidate is tried against a few instead of all ~50 (suggesting tries hundreds
  // of candidates per typo).
  const suffixesByLast = byLetter(suffixes, (add) => add.charAt(add.length - 1));
  const prefixesByFirst = byLetter(prefixes, (add) => add.charAt(0));
  const NO_AFFIXES: readonly Affix[] = [];
  const suffixesOf = (word: string) =>
    suffixesByLast.get(word.charAt(word.length - 1)) ?? suffixesByLast.get('') ?? NO_AFFIXES;
  const prefixesOf = (word: string) =>
    prefixesByFirst.get(word.charAt(0)) ?? prefixesByFirst.get('') ?? NO_AFFIXES;

  const isDerived = (word: string): boolean => {
    for (const s of suffixesOf(word)) {
      const stem = unsuffix(word, s);
      if (stem !== undefined && hasFlag(stem, s.flag) && matches(s, stem)) return true;
    }
    for (const p of prefixesOf(word)) {
      const rest = unprefix(word, p);
      if (rest === undefined) continue;
      if (hasFlag(rest, p.flag) && matches(p, rest)) return true;
      if (!p.rule.combineable) continue;
      for (const s of suffixesOf(rest)) {
        if (!s.rule.combineable) continue;
        const stem = unsuffix(rest, s);
        if (
          stem !== undefined &&
          hasFlag(stem, p.flag) &&
          hasFlag(stem, s.flag) &&
          matches(s, stem) &&
          matches(p, stem)
        ) {
          return true;
        }
      }
    }
    return false;
  };

  const memo = new Map<string, readonly string[] | null>();
  const lookup = (word: string): readonly string[] | undefined => {
    const stem = stems.get(word);
    if (stem !== undefined) return codesOf(stem);
    const known = memo.get(word);
    if (known !== undefined) return known ?? undefined;
    const result = isDerived(word) ? DERIVED : null;
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(word, result);
    return result ?? undefined;
  };

  const onlyInCompound = flags.ONLYINCOMPOUND;
  const knows = (word: string): boolean => {
    const stem = stems.get(word);
    if (stem !== undefined) {
      return typeof onlyInCompound !== 'string' || !codesOf(stem).includes(onlyInCompound);
    }
    return isDerived(word);
  };

  internals.data = new Proxy(Object.create(null) as Record<string, string[] | undefined>, {
    get: (_target, key) => (typeof key === 'string' ? lookup(key) : undefined),
    has: (_target, key) => typeof key === 'string' && lookup(key) !== undefined,
  });
  const lazy = Object.assign(speller, { knows });
  if (stems instanceof Map) built.set(lazy, { affText, stems });
  return lazy;
}

/**
 * The .dic text's stems as what differs from `base`, read in one pass beside `base`'s words
 * when the file lists the words they share in the same order, each once (dictionary-en-gb
 * and dictionary-en do); else undefined, and nothing read is kept. Built as a whole table
 * first, the British stems (~49,600 entries, their strings, the table's outgrown copies)
 * were ~4 MB of garbage that lived until the process's first full collection.
 */
function differencesInOrder(
  text: string,
  base: Map<string, string>,
  internals: NspellInternals,
): Stems | undefined {
  const own = new Map<string, string>();
  const lacking = new Set<string>();
  const ahead = base.keys();
  let inOrder = true;
  const compoundLengths = Object.entries(internals.compoundRuleCodes).map(
    ([code, words]) => [code, words.length] as const,
  );
  parseDic(text, internals.flags, internals, (word, codes) => {
    if (!inOrder) return;
    const held = own.get(word);
    const baseCodes = base.get(word);
    if (baseCodes === undefined) {
      own.set(word, held === undefined ? codes : joinCodes(held, codes, internals.flags.FLAG));
      return;
    }
    // A shared word listed twice, or out of `base`'s order: the table is needed after all.
    if (held !== undefined) {
      inOrder = false;
      return;
    }
    for (let next = ahead.next(); next.value !== word; next = ahead.next()) {
      if (next.done) {
        inOrder = false;
        return;
      }
      lacking.add(next.value);
    }
    if (codes !== baseCodes) own.set(word, codes);
  });
  if (!inOrder) {
    // Read again whole: the compound words this pass listed would be listed twice.
    for (const [code, length] of compoundLengths) {
      internals.compoundRuleCodes[code]?.splice(length);
    }
    return undefined;
  }
  for (const word of ahead) lacking.add(word);
  return {
    get: (word) => own.get(word) ?? (lacking.has(word) ? undefined : base.get(word)),
  };
}

/** `stems` as what differs from `base`: the same answer to every `get`. */
function differences(stems: Map<string, string>, base: Map<string, string>): Stems {
  const own = new Map<string, string>();
  for (const [word, codes] of stems) if (base.get(word) !== codes) own.set(word, codes);
  const lacking = new Set<string>();
  for (const word of base.keys()) if (!stems.has(word)) lacking.add(word);
  return {
    get: (word) => own.get(word) ?? (lacking.has(word) ? undefined : base.get(word)),
  };
}

/**
 * Affixes grouped by one letter of what they add (`letter`), each group also holding the
 * affixes that add nothing (those fit every word); the key '' holds those alone.
 */
function byLetter(
  affixes: readonly Affix[],
  letter: (add: string) => string,
): Map<string, Affix[]> {
  const empty = affixes.filter((a) => a.add === '');
  const groups = new Map<string, Affix[]>([['', empty]]);
  for (const a of affixes) {
    if (a.add === '') continue;
    const key = letter(a.add);
    let group = groups.get(key);
    if (group === undefined) {
      group = [...empty];
      groups.set(key, group);
    }
    group.push(a);
  }
  return groups;
}

/**
 * Stem → its flags as written in the .dic file, read the way nspell's dictionary parser
 * reads it. Flags stay strings until a lookup needs them: building 49,000 small arrays
 * up front costs more in garbage collection than the whole parse.
 */
function parseDic(
  text: string,
  flags: NspellInternals['flags'],
  internals: NspellInternals,
): Map<string, string>;
function parseDic(
  text: string,
  flags: NspellInternals['flags'],
  internals: NspellInternals,
  put: (word: string, codes: string) => void,
): undefined;
function parseDic(
  text: string,
  flags: NspellInternals['flags'],
  internals: NspellInternals,
  put?: (word: string, codes: string) => void,
): Map<string, string> | undefined {
  const stems = new Map<string, string>();
  const store =
    put ??
    ((word: string, codes: string) => {
      const existing = stems.get(word);
      stems.set(word, existing === undefined ? codes : joinCodes(existing, codes, flags.FLAG));
    });
  const compoundCodes = Object.keys(internals.compoundRuleCodes);
  let last = text.indexOf('\n') + 1; // the first line is the word count
  while (last > 0 && last <= text.length) {
    const next = text.indexOf('\n', last);
    const end = next === -1 ? text.length : next;
    if (text.charCodeAt(last) !== 9) addLine(text.slice(last, end));
    last = end + 1;
    if (next === -1) break;
  }
  return put ? undefined : stems;

  function addLine(raw: string): void {
    let line = raw;
    let slash = line.indexOf('/');
    while (slash > -1 && line.charCodeAt(slash - 1) === 92) {
      line = line.slice(0, slash - 1) + line.slice(slash);
      slash = line.indexOf('/', slash);
    }
    const hash = line.indexOf('#');
    let word: string;
    let codes = '';
    if (hash > -1) {
      if (slash > -1 && slash < hash) {
        word = line.slice(0, slash);
        const rest = line.slice(slash + 1);
        const space = rest.search(/\s/);
        codes = space > -1 ? rest.slice(0, space) : rest;
      } else {
        word = line.slice(0, hash);
      }
    } else if (slash > -1) {
      word = line.slice(0, slash);
      codes = line.slice(slash + 1);
    } else {
      word = line;
    }
    word = word.trim();
    if (!word) return;
    codes = codes.trim();
    if (codes) {
      for (const code of compoundCodes) {
        if (codes.includes(code) && parseCodes(codes, flags.FLAG).includes(code)) {
          internals.compoundRuleCodes[code]?.push(word);
        }
      }
      if (
        flags.NEEDAFFIX !== undefined &&
        parseCodes(codes, flags.FLAG).includes(flags.NEEDAFFIX)
      ) {
        return;
      }
    }
    store(word, codes);
  }
}

function joinCodes(a: string, b: string, format: string | undefined): string {
  if (!a) return b;
  if (!b) return a;
  return format === 'num' ? `${a},${b}` : a + b;
}

function parseCodes(value: string, format: string | undefined): string[] {
  if (!value) return [];
  if (format === 'long') {
    const out: string[] = [];
    for (let i = 0; i < value.length; i += 2) out.push(value.slice(i, i + 2));
    return out;
  }
  return value.split(format === 'num' ? ',' : '');
}

/** nspell builds compound expressions from the words carrying compound flags. */
function buildCompoundRules(internals: NspellInternals): void {
  internals.compoundRules = internals.compoundRules.map((rule) => {
    if (rule instanceof RegExp) return rule;
    let source = '';
    for (const character of rule) {
      const words = internals.compoundRuleCodes[character];
      source += words?.length ? `(?:${words.join('|')})` : character;
    }
    return new RegExp(source, 'i');
  });
}
