import { isAllCaps, type Token } from '../text.js';
import { textSpeak } from './abbreviation.js';
import { matchAll, type Rule, type RuleReport } from './rule.js';

// Doubled words that are grammatical ("had had", "that that").
const ALLOWED_REPEATS = new Set(['had', 'that', 'is', 'bye', 'very', 'really', 'so', 'no', 'ha']);

// Words whose first letter is a vowel but whose sound is not, and the reverse.
const CONSONANT_SOUND =
  /^(?:one\b|once|uni(?!nt|mp|nh|nf|nd|ns)|use|usu|uti|ure|uro|eu|ewe|ubiq|uk|ufo|u\.s|us\b)/i;
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/i;
// Acronyms read letter by letter: "an MBA", "an SEO", "a UX designer".
const VOWEL_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

// Commonly confused words, only where the context makes the right one certain.
const CONFUSIONS: readonly [RegExp, (found: string) => string, string][] = [
  [
    /\b[Ii]ts(?= (?:been|great|nice|good|a|an|so|not|always|never|such|very|really|too|just|still|also|only|amazing|wonderful|awesome|exciting|true|clear|likely|possible|okay|ok|fine|hard|easy|important|time)\b)/g,
    (found) => `${found.charAt(0)}t’s`,
    'it is / it has',
  ],
  [
    /\b[Yy]our(?= (?:a|an|the|welcome|so|very|really|not|always|never|doing|going|looking|working|right|absolutely|clearly|definitely)\b)/g,
    (found) => `${found.charAt(0)}ou’re`,
    'you are',
  ],
  [
    /\b[Yy]ou['’]re(?= (?:work|profile|post|posts|company|team|article|articles|talk|insights?|experience|expertise|background|role|research|book|podcast|career|journey|perspective|presentation|newsletter|website|startup)\b)/g,
    (found) => `${found.charAt(0)}our`,
    'belonging to you',
  ],
  [
    /\b(?:[Cc]ould|[Ww]ould|[Ss]hould|[Mm]ust|[Mm]ight) of\b/g,
    (found) => found.replace(/of$/, 'have'),
    'could have, would have…',
  ],
  [
    /\b(?:more|better|rather|less|other|greater|fewer|faster|bigger|smaller) then\b/g,
    (found) => found.replace(/then$/, 'than'),
    'a comparison',
  ],
];

// Lower-case parts of surnames: "van der Linden", "da Silva", "bin Salman".
const NAME_PARTICLES = new Set(
  'van von der den de del della di da dos das du le la ter ten bin ibn al el'.split(' '),
);

const LETS =
  /\b[Ll]ets(?= (?:connect|reconnect|stay|keep|catch|talk|chat|meet|grab|get|discuss|collaborate|work|schedule|find|set|do)\b)/g;
const SPACE_BEFORE = /(?<=[\p{L}\p{N}])[ \t]+([,;:!?]|\.(?!\.))(?=\s|$)/gu;
// "??" is doubled; three or more of "!" and "?" ("???", "!!") are the pushy rule's pile.
const DOUBLED_PUNCTUATION =
  /,(?:\s*,)+|;(?:\s*;)+|(?<!\.)\.\.(?!\.)|:(?:\s*:)+(?!\/)|(?<![!?])\?\?(?![!?])/g;
const SLASHED_START = /^(?:w\/(?:o\b)?|b\/c)(?![\p{L}\p{N}/])/iu;
const END_PUNCTUATION = /[.!?…)"'’”\]]$|\p{Extended_Pictographic}\uFE0F?$|[:;][-']?[)(DPp]$/u;

export const grammar: Rule = {
  id: 'grammar',
  defaultSeverity: 'warning',
  description: 'Proofread: repeated words, a/an, capitals and punctuation.',
  check(ctx) {
    const { text } = ctx;
    const { tokens, sentences } = ctx.analysis;
    const out: RuleReport[] = [];

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') continue;
      const next = tokens[i + 1];

      // Repeated words: "the the". Only when nothing but spaces separates them.
      if (
        next &&
        next.kind === 'word' &&
        next.lower === t.lower &&
        !ALLOWED_REPEATS.has(t.lower) &&
        /^[ \t]+$/.test(text.slice(t.end, next.start)) &&
        /\p{L}/u.test(t.text)
      ) {
        out.push({
          message: `“${t.text}” is repeated.`,
          suggestion: t.text,
          start: t.start,
          end: next.end,
          fix: { start: t.start, end: next.end, replacement: t.text },
        });
      }

      // a / an.
      if (
        (t.lower === 'a' || t.lower === 'an') &&
        next &&
        next.kind === 'word' &&
        next.lower !== t.lower &&
        /^[ \t]+$/.test(text.slice(t.end, next.start))
      ) {
        const wantsAn = startsWithVowelSound(next.text);
        if (wantsAn !== undefined && wantsAn !== (t.lower === 'an')) {
          const article = matchCase(wantsAn ? 'an' : 'a', t.text);
          out.push({
            message: `Use “${article}” before “${next.text}”.`,
            suggestion: `${article} ${next.text}`,
            start: t.start,
            end: next.end,
            fix: { start: t.start, end: t.end, replacement: article },
          });
        }
      }

      // Lower-case "i" and its contractions.
      if (/^i(?:'(?:m|d|ve|ll))?$/.test(t.lower) && t.text[0] === 'i') {
        out.push({
          message: '“I” is always a capital letter.',
          suggestion: `I${t.text.slice(1)}`,
          start: t.start,
          end: t.end,
          fix: { start: t.start, end: t.start + 1, replacement: 'I', capitalise: true },
        });
      }
    }

    // Sentences that start with a lower-case letter.
    sentences.forEach((s, index) => {
      // After an ellipsis a sentence may carry on in lower case ("Wait... that is it").
      const previous = sentences[index - 1];
      if (previous && /^(?:\.{3,}|…)$/.test(previous.terminator)) return;
      const first = tokens[s.firstToken];
      if (!first || s.endToken === s.firstToken || first.kind !== 'word' || first.start !== s.start)
        return;
      if (
        !/^\p{Ll}/u.test(first.text) ||
        /\p{Lu}/u.test(first.text) ||
        /^i(?:'|’|$)/.test(first.text)
      )
        return;
      // Text-speak ("lmk") is the abbreviation rule's, whose fix brings the capital.
      if (textSpeak(ctx, s.firstToken) !== undefined || SLASHED_START.test(s.text)) return;
      const capital = first.text.charAt(0).toUpperCase();
      out.push({
        message: 'Start the sentence with a capital letter.',
        suggestion: capital + first.text.slice(1),
        start: first.start,
        end: first.end,
        fix: { start: first.start, end: first.start + 1, replacement: capital, capitalise: true },
      });
    });

    for (const [re, fix, meaning] of CONFUSIONS) {
      for (const m of matchAll(re, text)) {
        const replacement = fix(m.match[0]);
        out.push({
          message: `“${m.match[0]}” should be “${replacement}” here (${meaning}).`,
          suggestion: replacement,
          start: m.start,
          end: m.end,
          fix: { start: m.start, end: m.end, replacement },
        });
      }
    }

    // Names in lower case ("hi leo"); a surname's particle stays lower ("van der Linden").
    for (const t of tokens) {
      if (
        t.kind === 'word' &&
        ctx.nameWords.has(t.lower) &&
        !NAME_PARTICLES.has(t.lower) &&
        t.text.length > 1 &&
        /^\p{Ll}/u.test(t.text)
      ) {
        const capital = t.text.charAt(0).toUpperCase();
        out.push({
          message: `Names start with a capital: “${capital}${t.text.slice(1)}”.`,
          suggestion: capital + t.text.slice(1),
          start: t.start,
          end: t.end,
          fix: { start: t.start, end: t.start + 1, replacement: capital, capitalise: true },
        });
      }
    }

    // "Lets connect" for "Let’s connect".
    for (const m of matchAll(LETS, text)) {
      const replacement = `${m.match[0].charAt(0)}et’s`;
      out.push({
        message: `“${m.match[0]}” needs an apostrophe here: “${replacement}” (let us).`,
        suggestion: replacement,
        start: m.start,
        end: m.end,
        fix: { start: m.start, end: m.end, replacement },
      });
    }

    // A space before punctuation: "Hi Leo , great".
    for (const m of matchAll(SPACE_BEFORE, text)) {
      const mark = m.match[1] as string;
      out.push({
        message: `No space before “${mark}”.`,
        suggestion: mark,
        start: m.start,
        end: m.end,
        fix: { start: m.start, end: m.end, replacement: mark },
      });
    }

    // Doubled punctuation: ",,", "??" and ".." (an ellipsis "..." and "?!" are fine).
    for (const m of matchAll(DOUBLED_PUNCTUATION, text)) {
      const mark = m.match[0].charAt(0);
      out.push({
        message: `Doubled punctuation “${m.match[0]}”.`,
        suggestion: mark,
        start: m.start,
        end: m.end,
        fix: { start: m.start, end: m.end, replacement: mark },
      });
    }

    // The note does not end with punctuation (ignoring a sign-off line).
    let last = sentences.length - 1;
    while (last >= 0 && (sentences[last]?.signOff || sentences[last]?.greetingOnly)) last--;
    const final = sentences[last];
    if (final && final.endToken - final.firstToken >= 3 && !END_PUNCTUATION.test(final.text)) {
      const word = tokens[final.endToken - 1] as Token;
      if (word.kind === 'word') {
        out.push({
          message: 'The last sentence has no closing punctuation.',
          suggestion: `${text.slice(word.start, final.end).replace(/[,;:\s–—-]+$/u, '')}.`,
          start: word.start,
          end: final.end,
        });
      }
    }
    return out;
  },
};

/** true: "an"; false: "a"; undefined: cannot tell. */
function startsWithVowelSound(word: string): boolean | undefined {
  if (/^\d/.test(word)) {
    return /^(?:8|11(?!\d{2})|18(?!\d{2}))/.test(word)
      ? true
      : /^\d/.test(word)
        ? false
        : undefined;
  }
  if (isAllCaps(word)) {
    // Short acronyms are read letter by letter; longer ones may be read as words (NASA).
    return word.length <= 3 ? VOWEL_LETTERS.has(word.charAt(0)) : undefined;
  }
  if (!/^\p{L}/u.test(word)) return undefined;
  if (VOWEL_SOUND.test(word)) return true;
  if (CONSONANT_SOUND.test(word)) return false;
  return /^[aeiou]/i.test(word);
}

function matchCase(article: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? article.charAt(0).toUpperCase() + article.slice(1) : article;
}
