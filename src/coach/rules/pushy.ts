import { isCorrect } from '../spell.js';
import type { Token } from '../text.js';
import { ACRONYMS } from './data/acronyms.js';
import { matchAll, quoted, type Rule, type RuleReport } from './rule.js';

const GRACIOUS = 'Be gracious, e.g. “Whenever you have a moment, I’d love to connect.”';

// Demands, deadlines and guilt: the guide asks to be gracious if they need time. A pile is
// three: "so good!!" is how friends write, "accept now!!!" is shouting.
const EXCLAMATIONS = /!{3,}|[!?]{3,}|(?:![ \t]+){2,}!/g;

export const pushy: Rule = {
  id: 'pushy',
  defaultSeverity: 'warning',
  description:
    'Avoid pushy or aggressive wording: no demands, shouting or piles of exclamation marks.',
  check(ctx) {
    const { text } = ctx;
    const out: RuleReport[] = [];
    // Demands, deadlines and guilt, read from what the sentence does.
    for (const e of ctx.reading.withRole('pressure')) {
      out.push({
        message: `${quoted(e.words, 'This')} sounds pushy: it puts pressure on them.`,
        suggestion: GRACIOUS,
        start: e.sentenceStart,
        end: e.sentenceEnd,
      });
    }
    for (const m of matchAll(EXCLAMATIONS, text)) {
      out.push({
        message: 'A pile of exclamation marks reads as shouting.',
        suggestion: 'One “!” at most.',
        start: m.start,
        end: m.end,
      });
    }
    // One "!" a sentence, however many sentences, is enthusiasm, not pressure ("Great to
    // meet you! Loved the talk! Let's connect!"): only a pile reads as shouting.
    // A demand in capitals ("ACCEPT MY REQUEST NOW") is one finding, not two.
    const demands = out.slice();
    for (const f of shouting(ctx.analysis.tokens, text)) {
      const within = demands.some(
        (d) => (d.start as number) <= (f.start as number) && (d.end as number) >= (f.end as number),
      );
      if (!within) out.push(f);
    }
    return out;
  },
};

// Runs of capitals that are not acronyms: "PLEASE ACCEPT", "URGENT". A word in capitals
// counts as shouted when it is an ordinary English word ("urgent") and not a known
// acronym; "CRISPR" or "GRAPHQL" are names, not shouting.
const NAME_LEADS = new Set(
  'at the in on from of with for a an by your our my their this last next'.split(' '),
);

function shouting(tokens: readonly Token[], text: string): RuleReport[] {
  const out: RuleReport[] = [];
  let runStart = -1;
  let runEnd = -1;
  let shoutedLetters = 0;
  let runWords = 0;
  let before = '';
  // The word before the run is itself a name ("Peatland ACTION", "AICPA ENGAGE"): a capital
  // or an acronym mid-sentence that is no ordinary word, so the capitals are part of it.
  let beforeIsName = false;
  const flush = () => {
    // One or two words in capitals after "at", "the", "your" or a number are a name ("at
    // SELECT", "3 RIFLES", "your DEF CON talk");
    // in brackets it is a template slot, the placeholder rule's business.
    const named =
      runWords <= 2 &&
      (NAME_LEADS.has(before) || /^\d/.test(before) || beforeIsName || listedWithAcronym(runEnd));
    const slot = runStart > 0 && /[[{<]/.test(text.slice(Math.max(0, runStart - 2), runStart));
    if (runStart >= 0 && shoutedLetters >= 5 && !named && !slot) {
      out.push({
        message: `“${text.slice(runStart, runEnd)}” in capitals reads as shouting.`,
        suggestion: 'Write it in normal case.',
        start: runStart,
        end: runEnd,
      });
    }
    runStart = -1;
    shoutedLetters = 0;
    runWords = 0;
  };
  // One word in capitals listed with an acronym ("OSCE and CREST", "GROMACS and AMBER",
  // "CREST, OSCE") is one more name in the list, not shouting.
  const acronym = (t: Token | undefined) =>
    t !== undefined && t.kind === 'word' && /^\p{Lu}{2,}$/u.test(t.text) && !isCorrect(t.lower);
  const listedWithAcronym = (end: number): boolean => {
    if (runWords !== 1) return false;
    const first = tokens.findIndex((t) => t.start === runStart);
    const last = tokens.findIndex((t) => t.end === end);
    const joins = (t: Token | undefined) => t !== undefined && /^(?:and|or|&|,|\/)$/.test(t.lower);
    return (
      (joins(tokens[first - 1]) && acronym(tokens[first - 2])) ||
      (joins(tokens[last + 1]) && acronym(tokens[last + 2]))
    );
  };
  for (const t of tokens) {
    const caps = t.kind === 'word' && /^[\p{Lu}'’-]+$/u.test(t.text);
    if (!caps) {
      flush();
      continue;
    }
    const bare = t.text.replace(/['’]S$/, '');
    const english = !ACRONYMS.has(bare) && (t.text.length <= 2 || isCorrect(t.text.toLowerCase()));
    // Short capitals ("MY", "I") continue a shouted run but do not start one.
    if (!english || (runStart < 0 && t.text.length < 3)) {
      flush();
      continue;
    }
    if (runStart >= 0 && /[^\s,!.?'’-]/.test(text.slice(runEnd, t.start))) flush();
    if (runStart < 0) {
      runStart = t.start;
      const index = tokens.indexOf(t);
      const prev = index > 0 ? (tokens[index - 1] as Token) : undefined;
      before = prev?.lower ?? '';
      beforeIsName =
        prev !== undefined &&
        prev.sentence === t.sentence &&
        /^\p{Lu}/u.test(prev.text) &&
        // "Kindly REPLY TODAY": an ordinary word in capitals before is no name.
        !isCorrect(prev.lower) &&
        /^[ \t]+$/.test(text.slice(prev.end, t.start)) &&
        index >= 2 &&
        (tokens[index - 2] as Token).sentence === t.sentence;
    }
    runWords++;
    runEnd = t.end;
    shoutedLetters += t.text.length;
  }
  flush();
  return out;
}
