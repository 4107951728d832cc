import { detectName, nameWords } from '../name.js';
import { analyze } from '../text.js';
import type { Rule } from './rule.js';

// Two notes count as the same when, with names and other proper nouns removed, their
// word trigrams overlap this much (Jaccard similarity).
export const REUSE_THRESHOLD = 0.6;
const SHINGLE = 3;

const CACHE_LIMIT = 2_000;
const shingleCache = new Map<string, Set<string>>();

export const reused: Rule = {
  id: 'reused',
  defaultSeverity: 'warning',
  description: 'Tailor each note: do not send nearly the same note to everyone.',
  check(ctx) {
    const history = ctx.options.history;
    if (!history || history.length === 0 || ctx.analysis.tokens.length === 0) return [];
    const mine = shingles(ctx.text, ctx.nameWords);
    if (mine.size === 0) return [];
    let best = 0;
    let bestNote = '';
    for (const note of history) {
      if (typeof note !== 'string' || note.length === 0) continue;
      const theirs = cachedShingles(note);
      const score = jaccard(mine, theirs);
      if (score > best) {
        best = score;
        bestNote = note;
      }
    }
    if (best < REUSE_THRESHOLD) return [];
    const preview = bestNote.length > 60 ? `${bestNote.slice(0, 57).trimEnd()}…` : bestNote;
    return [
      {
        message: `This note is ${Math.round(best * 100)}% the same as one you already sent (“${preview}”).`,
        suggestion:
          'Tailor it: mention where you know this person from and a reason that is theirs alone.',
        start: 0,
        end: ctx.text.length,
      },
    ];
  },
};

function cachedShingles(note: string): Set<string> {
  let set = shingleCache.get(note);
  if (!set) {
    if (shingleCache.size >= CACHE_LIMIT) shingleCache.clear();
    set = shingles(note);
    shingleCache.set(note, set);
  }
  return set;
}

/** Word trigrams of the note, lower-cased, without names and mid-sentence proper nouns. */
export function shingles(text: string, names?: ReadonlySet<string>): Set<string> {
  const analysis = analyze(text.length > 5_000 ? text.slice(0, 5_000) : text);
  const drop = names ?? nameWords(detectName(analysis));
  const words: string[] = [];
  analysis.tokens.forEach((t, index) => {
    if (drop.has(t.lower) || drop.has(t.lower.replace(/'s$/, ''))) return;
    const first = analysis.sentences[t.sentence]?.firstToken;
    if (index !== first && /^\p{Lu}\p{Ll}/u.test(t.text)) return;
    words.push(t.lower);
  });
  const set = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length > 0) set.add(words.join(' '));
    return set;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}
