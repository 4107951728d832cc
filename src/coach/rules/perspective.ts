// A note speaks to its recipient: "Hi Sarah, I read her paper" talks about Sarah instead
// of to her. Only he/she/they words that nobody else in the note could be are flagged:
// "Tom said he…" and "my manager says she…" are about Tom and the manager.

import { listSet } from '../language/lists.js';
import { parseNote } from '../language/note.js';
import { personInNote } from '../language/people.js';
import { applyRewrites, type Rewrite, readPerspective } from '../language/perspective.js';
import { isTitle } from '../name.js';
import { isCorrect } from '../spell.js';
import {
  isCapitalised,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  type Token,
  withoutPossessive,
} from '../text.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';

export const perspective: Rule = {
  id: 'perspective',
  defaultSeverity: 'warning',
  description: 'Speak to the recipient: “your paper”, not “her paper”.',
  check(ctx) {
    const recipient = ctx.greetedName ?? ctx.name;
    const parsed = parseNote(ctx.text);
    if (!recipient || !parsed) return [];
    const { rewrites } = readPerspective(
      parsed,
      { recipient, others: [ctx.options.mutual, ctx.options.sender] },
      'note',
    );
    const owners = ownersUnmarked(ctx);
    const pronouns = groups(rewrites)
      .filter((group) => !owned(owners, group[0] as Rewrite))
      .map((group) => {
        const start = (group[0] as Rewrite).start;
        const end = (group[group.length - 1] as Rewrite).end;
        const excerpt = ctx.text.slice(start, end);
        const replacement = applyRewrites(
          excerpt,
          group.map((r) => ({ ...r, start: r.start - start, end: r.end - start })),
        );
        const report: RuleReport = {
          message: `“${excerpt}” speaks of ${recipient} in the third person, but the note is addressed to ${recipient}.`,
          suggestion: replacement,
          start,
          end,
          fix: { start, end, replacement },
        };
        return report;
      });
    return [...pronouns, ...namedInThirdPerson(ctx, recipient)].sort(
      (a, b) => (a.start ?? 0) - (b.start ?? 0),
    );
  },
};

/**
 * The recipient named again as if someone else were meant ("I told my manager that Eilidh's
 * rota plan is the best", "Jess and I survived bar prep") in a note that greets them. The
 * greeting itself and a closing vocative ("…, Laura!") are where a name belongs.
 */

function namedInThirdPerson(ctx: RuleContext, recipient: string): RuleReport[] {
  const words = new Set(
    recipient
      .toLowerCase()
      .split(/[\s.]+/)
      .filter((w) => w.length > 1 && !isTitle(w)),
  );
  // A word the mutual contact's or the sender's name shares is theirs as much as the
  // recipient's ("introduced by Priya Raman" in a note to Dr Raman): not flagged.
  for (const other of [ctx.options.mutual, ctx.options.sender]) {
    if (typeof other !== 'string') continue;
    for (const w of other.toLowerCase().split(/[\s.]+/)) words.delete(w);
  }
  if (words.size === 0) return [];
  const { tokens, sentences } = ctx.analysis;
  // The greeting runs to the first comma, "!", dash or line break of the note ("Hi Dr van der
  // Linden,", "Ahmed — great chat…"): the name belongs there.
  const opening = /^[^,!\n—–]{0,80}(?:[,!\n—–]|\s-\s)/.exec(ctx.text)?.[0].length ?? 0;
  const greetingEnd = opening;
  const out: RuleReport[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const bare = withoutPossessive(t.lower);
    if (!words.has(bare) || !isCapitalised(t.text)) continue;
    // The mention starts at its title or particle ("Dr van der Linden").
    let first = i;
    while (first > 0) {
      const prev = tokens[first - 1] as Token;
      if (!(words.has(prev.lower) || isTitle(prev.lower) || NAME_PARTICLES.has(prev.lower))) break;
      // Only across a space: "Hi Chidi, Chidi's keynote" is the greeting, then a mention.
      if (!/^[\s.]*$/.test(ctx.text.slice(prev.end, (tokens[first] as Token).start))) break;
      first--;
    }
    const from = (tokens[first] as Token).start;
    if (from < greetingEnd) continue;
    // "Mr Venter. We are tendering…": a name standing as the note's first sentence greets them
    // (the name reader takes it so since meaning8).
    if (t.sentence === 0 && nameOnly(sentences[0]?.text ?? '', words)) continue;
    // A vocative: ", Laura!" closing a sentence, or "Laura," opening one.
    const before = ctx.text.slice(Math.max(0, from - 2), from);
    // The vocative ends after the rest of the name and a word honouring it ("Manang Cora,",
    // "…, Sajan chettan.").
    let last = i;
    for (let k = i + 1; k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (!/^ +$/.test(ctx.text.slice((tokens[k - 1] as Token).end, w.start))) break;
      if (!(words.has(w.lower) || (k === last + 1 && NAME_HONORIFICS.has(w.lower)))) break;
      last = k;
    }
    const callEnd = (tokens[last] as Token).end;
    const after = ctx.text.slice(callEnd, callEnd + 1);
    // A possessive ("Hi Chidi, Chidi's keynote…") is never a vocative.
    const possessive = /['’]s$/.test((tokens[last] as Token).text);
    // ", Grace — the hairline you drew…": a dash closes a vocative as a comma does.
    const closes = /^[ \t]*(?:[!.?,—–]|\n|$)|^\s-\s/.test(ctx.text.slice(callEnd));
    if (!possessive && /,\s$/.test(before) && closes) continue;
    if (addressedAfter(tokens, first)) continue;
    if (/[!.?]/.test(after) && /,\s$/.test(before)) continue;
    if (sentences[t.sentence]?.firstToken === i && after === ',') continue;
    // "Hope we can…", "Will you…": a name that is also a word, opening a sentence as the word.
    // Not a possessive before what it owns ("Mark's new circus school"): that is the name.
    const owns =
      possessive &&
      /^\p{L}/u.test(tokens[i + 1]?.text ?? '') &&
      !IS_AFTER.has(tokens[i + 1]?.lower ?? '');
    if (sentences[t.sentence]?.firstToken === i && isCorrect(t.lower) && !owns) continue;
    // Skip over the rest of a full name ("Dr Rebecca Hale") as one mention.
    let end = t.end;
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j] as Token;
      if (!/^\p{Lu}/u.test(next.text) || next.start - end > 1) break;
      end = next.end;
      j++;
    }
    i = j - 1;
    // "Victor Hugo", "Joy Bakes" to Victor or Joy: a capital after that is not the reader's
    // own name makes it someone's or something else's name.
    const rest = tokens.slice(first, j).filter((w) => !words.has(withoutPossessive(w.lower)));
    const other = (w: Token) => {
      const bare = withoutPossessive(w.lower);
      return !isTitle(bare) && !NAME_PARTICLES.has(bare) && !NAME_HONORIFICS.has(bare);
    };
    if (rest.some((w) => other(w) && w.start > t.start)) {
      continue;
    }
    // "my daughter Sarah loves your books": a namesake, named by who they are to us, in a
    // sentence that speaks to the reader as "you" ("my cousin Tolu just became head teacher"
    // with no "you" is the reader).
    const role = tokens[first - 1];
    const toYou = tokens.some(
      (w) => w.sentence === t.sentence && /^(?:you|your|yours)$/.test(w.lower),
    );
    if (role && role.sentence === t.sentence && personInNote(role.lower) && toYou) continue;
    if (isPlaceOrThing(ctx.text, tokens, first, sentences[t.sentence]?.firstToken ?? 0)) continue;
    const excerpt = ctx.text.slice(from, end);
    out.push({
      message: `“${excerpt}” speaks of ${recipient} by name in the third person, but the note is addressed to ${recipient}.`,
      suggestion: /'s$|’s$/.test(excerpt) ? 'your' : 'you',
      start: from,
      end,
    });
  }
  return out;
}

// Words after "Hope's", "Will's" that make the "'s" an "is" or a "has" ("Hope's not lost").
const IS_AFTER = new Set([
  'not',
  'been',
  'got',
  'gone',
  'going',
  'a',
  'an',
  'the',
  'so',
  'just',
  'still',
  'all',
  'here',
  'there',
  'always',
  'never',
]);

// Words before a name that make it a place or an organisation ("in Jordan", "the Paris fair").
const PLACE_WORDS = new Set([
  'the',
  'a',
  'an',
  'in',
  'at',
  'near',
  'around',
  'across',
  'outside',
  'throughout',
  'within',
  'via',
  // "came back from Florence", "drove through Dallas".
  'from',
  'through',
  'into',
]);

// Words before "to" that make what follows a place ("moved to Austin", "flight to Sydney").
let motion: ReadonlySet<string> | undefined;
const motionWords = (): ReadonlySet<string> =>
  (motion ??= listSet(new URL('./data/motion-before-to.txt', import.meta.url)));

/**
 * The recipient's name standing for something else: a place or organisation ("in Jordan",
 * "the Victoria harbour clean-up"), part of another proper name ("Santa Rosa"), or the object
 * of something the reader did ("since you left Ford"), where it cannot mean the reader.
 */
function isPlaceOrThing(
  text: string,
  tokens: readonly Token[],
  first: number,
  sentenceStart: number,
): boolean {
  const prev = first > sentenceStart ? tokens[first - 1] : undefined;
  if (!prev) return false;
  // "in Professor Adeyemi's collection": whose the thing is, not where; but "at Sam's Club"
  // names a place ("came across Rajesh Kumar's profile" names the profile).
  const owner = tokens.slice(first).find((t) => /['’]s$/.test(t.text) || !/^\p{Lu}/u.test(t.text));
  const owned = owner && /['’]s$/.test(owner.text) ? tokens[tokens.indexOf(owner) + 1] : undefined;
  const whose =
    owned !== undefined &&
    /^\p{Ll}/u.test(owned.text) &&
    /^(?:in|at|from|through|into)$/.test(prev.lower);
  if (PLACE_WORDS.has(prev.lower) && !whose) return true;
  // "moved to Austin", "a trip to Jordan": where one went.
  const before = first - 2 >= sentenceStart ? tokens[first - 2] : undefined;
  if (prev.lower === 'to' && before && motionWords().has(before.lower)) return true;
  const joined = /^\s+$/.test(text.slice(prev.end, (tokens[first] as Token).start));
  if (joined && /^\p{Lu}/u.test(prev.text) && first - 1 > sentenceStart && !isTitle(prev.lower)) {
    return true;
  }
  const subject = first - 2 >= sentenceStart ? tokens[first - 2] : undefined;
  return subject?.lower === 'you';
}

// Words after which a name is said to the reader: "thanks Sam for…", "thank you Amara".
const ADDRESSING = new Set(['thanks', 'thank', 'thx', 'cheers', 'hi', 'hey', 'hello', 'dear']);

function addressedAfter(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  if (!prev) return false;
  if (ADDRESSING.has(prev.lower)) return true;
  return prev.lower === 'you' && tokens[first - 2]?.lower === 'thank';
}

/**
 * Kin or people of the sender's named in a possessive without its apostrophe ("my mums face",
 * "my dads shop", "our nans necklace"): one person, whom a later "she" or "he" may mean,
 * though the word reads as a plural. (precision16)
 */
function ownersUnmarked(ctx: RuleContext): { at: number; sex?: 'f' | 'm' }[] {
  const out: { at: number; sex?: 'f' | 'm' }[] = [];
  const tokens = ctx.reading.sentences.flatMap((s) => s.tokens);
  tokens.forEach((t, i) => {
    if (!/^(?:my|our)$/.test(t.lower)) return;
    const word = tokens[i + 1];
    const next = tokens[i + 2];
    if (!word || !next || !/^\p{Ll}{3,}s$/u.test(word.lower) || word.text.includes("'")) return;
    if (!/^\p{Ll}/u.test(next.text) || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return;
    const person = personInNote(word.lower.slice(0, -1));
    if (person) out.push({ at: word.end, sex: person.sex as 'f' | 'm' | undefined });
  });
  return out;
}

/** Whether a pronoun ("she", "him") may mean one of those owners named before it. */
function owned(owners: readonly { at: number; sex?: 'f' | 'm' }[], pronoun: Rewrite): boolean {
  const sex = /^(?:she|her|hers|herself)$/i.test(pronoun.text)
    ? 'f'
    : /^(?:he|him|his|himself)$/i.test(pronoun.text)
      ? 'm'
      : undefined;
  if (!sex) return false;
  return owners.some((o) => o.at <= pronoun.start && (o.sex === undefined || o.sex === sex));
}

/** A pronoun with the verbs that agree with it ("she runs … and writes") is one finding. */
function groups(rewrites: readonly Rewrite[]): Rewrite[][] {
  const out: Rewrite[][] = [];
  for (const rewrite of [...rewrites].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    const isVerb = !/^(?:you|your|yours|yourself)$/i.test(rewrite.replacement);
    if (last && isVerb) last.push(rewrite);
    else out.push([rewrite]);
  }
  return out;
}

/** Whether a sentence is only a name, with its titles ("Mr Venter.", "Dr. Fraser."). */
function nameOnly(text: string, words: ReadonlySet<string>): boolean {
  const parts = text
    .trim()
    .replace(/[.,!:;\s]+$/u, '')
    .split(/\s+/);
  return parts.length <= 4 && parts.every((w) => words.has(w.toLowerCase()) || isTitle(w));
}
