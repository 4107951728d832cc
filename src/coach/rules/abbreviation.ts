import type { Token } from '../text.js';
import { ABBREVIATIONS } from './data/abbreviations.js';
import { matchAll, type Rule, type RuleContext, type RuleReport } from './rule.js';

// "w/" and "b/c" are not single word tokens.
const SLASHED = /(?<![\p{L}\p{N}/])(?:w\/(?:o\b)?|b\/c)(?![\p{L}\p{N}/])/giu;
const SLASHED_EXPANSIONS: Record<string, string> = {
  'w/': 'with',
  'w/o': 'without',
  'b/c': 'because',
};

// Single letters that are text-speak only in lower case ("u", "r", "k"); "U" or "K"
// capitalised mid-sentence may be a name or an initial, and "BC" a province or an era.
const LOWER_ONLY = new Set(['bc', 'c', 'k', 'r', 'u', 'w', 'ya', 'y']);

// Single letters that are also ordinary letters ("x and y", "option c", "R for stats"):
// text-speak only between the words text-speak puts around them ("y not", "c u", "w the
// team", "how r u"). A capital letter ("R u free?") needs a pronoun after it.
interface Position {
  /** Words that may follow. */
  after: ReadonlySet<string>;
  /** Words that may precede, when the following word is not one of `after`. */
  before?: ReadonlySet<string>;
  /** Verbs that may follow when a pronoun comes next ("y are you…", "y do we…"). */
  verbs?: ReadonlySet<string>;
}
const PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  'it',
  'he',
  'she',
  'ppl',
  'people',
  'the',
  'they',
  'this',
  'u',
  'ur',
  'we',
  'ya',
  'you',
  'your',
]);
const C: Position = {
  after: new Set(['l8r', 'later', 'soon', 'there', 'tmrw', 'tomorrow', 'u', 'ur', 'ya', 'you']),
};
const R: Position = {
  after: new Set([
    ...PRONOUNS,
    'available',
    'doing',
    'free',
    'going',
    'hiring',
    'interested',
    'looking',
    'not',
    'open',
    'so',
    'still',
    'there',
    'welcome',
    'working',
  ]),
  before: new Set(['how', 'they', 'u', 'we', 'what', 'when', 'where', 'who', 'y', 'you']),
};
const W: Position = {
  after: new Set([
    ...PRONOUNS,
    'a',
    'all',
    'an',
    'everyone',
    'her',
    'him',
    'his',
    'me',
    'my',
    'our',
    'their',
    'them',
    'these',
    'those',
    'us',
  ]),
};
const Y: Position = {
  after: new Set([
    "aren't",
    'ask',
    'bother',
    "can't",
    'cant',
    "didn't",
    "don't",
    'dont',
    "isn't",
    'not',
    'u',
    'ur',
    "won't",
    "wouldn't",
    'ya',
    'you',
  ]),
  verbs: new Set(['are', 'can', 'could', 'did', 'do', 'does', 'is', 'r', 'should', 'would']),
};
const POSITIONS: ReadonlyMap<string, Position> = new Map([
  ['c', C],
  ['r', R],
  ['w', W],
  ['y', Y],
]);
// Capitalised, "R" and "W" are more often the language or an initial: "R u free?" only.
const CAPITAL_POSITIONS: ReadonlyMap<string, Position> = new Map([
  ['c', C],
  ['r', { after: PRONOUNS }],
  ['w', { after: new Set<string>() }],
  ['y', Y],
]);

const NAMING_WORDS: ReadonlySet<string> = new Set(
  'the a an our your their his her at of from with by'.split(' '),
);

export const abbreviation: Rule = {
  id: 'abbreviation',
  defaultSeverity: 'warning',
  description: 'Avoid lazy abbreviations and text-speak: they read as unprofessional.',
  check(ctx) {
    const { text } = ctx;
    const { tokens } = ctx.analysis;
    const out: RuleReport[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const replacement = textSpeak(ctx, i);
      if (replacement === undefined) continue;
      const t = tokens[i] as Token;
      out.push({
        message: `“${t.text}” is text-speak; write “${replacement}”.`,
        suggestion: replacement,
        start: t.start,
        end: t.end,
        fix: { start: t.start, end: t.end, replacement },
      });
    }
    for (const m of matchAll(SLASHED, text)) {
      const expansion = SLASHED_EXPANSIONS[m.match[0].toLowerCase()] ?? 'with';
      const opens = ctx.analysis.sentences.some(
        (s, i) =>
          s.start === m.start &&
          !/^(?:\.{3,}|…)$/.test(ctx.analysis.sentences[i - 1]?.terminator ?? ''),
      );
      const replacement = opens ? capitalise(expansion) : expansion;
      out.push({
        message: `“${m.match[0]}” is an abbreviation; write “${replacement}”.`,
        suggestion: replacement,
        start: m.start,
        end: m.end,
        fix: { start: m.start, end: m.end, replacement },
      });
    }
    return out;
  },
};

/**
 * What to write instead of the token at `index` when it is text-speak, else undefined.
 * A note's sentence that opens with text-speak gets it capitalised ("lmk" → "Let me know"),
 * so the grammar rule does not also ask for the capital.
 */
export function textSpeak(ctx: RuleContext, index: number): string | undefined {
  const { text } = ctx;
  const { tokens, sentences } = ctx.analysis;
  const t = tokens[index] as Token;
  if (t.kind !== 'word') return undefined;
  const expansion = ABBREVIATIONS.get(t.lower);
  if (expansion === undefined) return undefined;
  // Part of a slashed pair like "I/O" or "w/e", or a dotted form: not text-speak.
  if (/[/&@+]/.test(text[t.start - 1] ?? '') || /[/&@+]/.test(text[t.end] ?? '')) return undefined;
  const sentence = sentences[t.sentence];
  const sentenceStart = sentence?.firstToken === index;
  const capitalised = /^\p{Lu}/u.test(t.text);
  if (capitalised && LOWER_ONLY.has(t.lower) && !sentenceStart) return undefined;
  if (capitalised && !sentenceStart && t.text.length > 1 && !/^\p{Lu}+$/u.test(t.text))
    return undefined;
  if (ctx.nameWords.has(t.lower)) return undefined;
  // ", cuz." closing a sentence calls a cousin (or a mate) so, as New Zealanders and
  // Australians do; "because" never stands there alone.
  if (
    /^(?:cuz|coz)$/.test(t.lower) &&
    /,\s*$/.test(text.slice(0, t.start)) &&
    /^\s*(?:[.!?]|$)/.test(text.slice(t.end))
  )
    return undefined;
  // "the IMO's rules", "at IMO": an acronym after a determiner or preposition names
  // something; text-speak never follows "the".
  if (t.text.length > 1 && /^\p{Lu}+$/u.test(t.text)) {
    const before = tokens[index - 1];
    if (before && before.sentence === t.sentence && NAMING_WORDS.has(before.lower))
      return undefined;
  }
  const position = (capitalised ? CAPITAL_POSITIONS : POSITIONS).get(t.lower);
  if (position && !inTextSpeakPosition(text, tokens, index, position)) return undefined;
  const opens =
    sentenceStart &&
    sentence !== undefined &&
    t.start === sentence.start &&
    !/^(?:\.{3,}|…)$/.test(sentences[t.sentence - 1]?.terminator ?? '');
  return (capitalised && (sentenceStart || t.text.length === 1)) || (!capitalised && opens)
    ? capitalise(expansion)
    : expansion;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Whether the words around the letter at `index` are those text-speak puts there. */
function inTextSpeakPosition(
  text: string,
  tokens: readonly Token[],
  index: number,
  position: Position,
): boolean {
  const t = tokens[index] as Token;
  const next = tokens[index + 1];
  if (!next || !adjacent(text, t, next)) return false;
  if (position.after.has(next.lower)) return true;
  const then = tokens[index + 2];
  if (
    position.verbs?.has(next.lower) &&
    then &&
    adjacent(text, next, then) &&
    PRONOUNS.has(then.lower)
  )
    return true;
  const previous = tokens[index - 1];
  return (
    previous !== undefined &&
    adjacent(text, previous, t) &&
    (position.before?.has(previous.lower) ?? false)
  );
}

/** Two words with only spaces between them. */
function adjacent(text: string, first: Token, second: Token): boolean {
  return (
    first.kind === 'word' &&
    second.kind === 'word' &&
    /^[ \t]+$/.test(text.slice(first.end, second.start))
  );
}
