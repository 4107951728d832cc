import type { LangToken } from '../language/nlp.js';
import { parseNote } from '../language/note.js';
import { isCorrect } from '../spell.js';
import {
  isAllCaps,
  NAME_HONORIFICS,
  NAME_PARTICLES as SHARED_PARTICLES,
  type Token,
} from '../text.js';
import { matchAll, type Rule, type RuleReport } from './rule.js';

// Doubled words that are grammatical ("had had", "that that").
const ALLOWED_REPEATS = new Set(['had', 'that', 'is', 'bye', 'very', 'really', 'so', 'no', 'ha']);

// Words whose first letter is a vowel but whose sound is not, and the reverse.
const CONSONANT_SOUND =
  /^(?:one\b|once|uni(?!nt|mp|nh|nf|nd|ns)|use|usu|uti|ure|uro|eu|ewe|ubiq|uk|ufo|u\.s|us\b)/i;
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/i;
// Acronyms read letter by letter: "an MBA", "an SEO", "a UX designer".
const VOWEL_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);

// Words after which "its" must be "it's", and "you're" must be "your".
const AFTER_ITS =
  'been|great|nice|good|a|an|so|not|always|never|such|very|really|too|just|still|also|only|amazing|wonderful|awesome|exciting|true|clear|likely|possible|okay|ok|fine|hard|easy|important|time'.split(
    '|',
  );
const AFTER_YOURE =
  'work|profile|post|posts|company|team|article|articles|talk|insights?|experience|expertise|background|role|research|book|podcast|career|journey|perspective|presentation|newsletter|website|startup'.split(
    '|',
  );

// "your" that must be "you're": before an article or adverb, or an -ing verb followed by what
// follows a verb ("your working on", "your doing great"); "your working paper" is a noun.
const YOUR_THEN_CLAUSE =
  'a|an|the|welcome|so|very|really|not|always|never|right|absolutely|clearly|definitely|interested|based|currently|already'.split(
    '|',
  );
const AFTER_ING_VERB =
  'on|at|in|with|for|to|from|hard|great|well|so|really|now|here|there|together|a|an|the'.split('|');
const YOUR_AS_YOURE = new RegExp(
  `\\b[Yy]our(?= (?:${YOUR_THEN_CLAUSE.join('|')})\\b| (?:doing|going|looking|working)(?:[.,!?]| (?:${AFTER_ING_VERB.join('|')})\\b))`,
  'g',
);

/** `word` only where one of `next` follows it. */
function followedBy(word: string, next: readonly string[]): RegExp {
  return new RegExp(`${word}(?= (?:${next.join('|')})\\b)`, 'g');
}

// Commonly confused words, only where the context makes the right one certain.
const CONFUSIONS: readonly [RegExp, (found: string) => string, string][] = [
  [
    followedBy(String.raw`\b[Ii]ts`, AFTER_ITS),
    (found) => `${found.charAt(0)}t’s`,
    'it is / it has',
  ],
  [YOUR_AS_YOURE, (found) => `${found.charAt(0)}ou’re`, 'you are'],
  [
    // "Hope your well", "trust your all good": a wish about them takes "you're".
    /(?<=\b(?:[Hh]ope|[Tt]rust) )[Yy]our(?= (?:well|good|ok|okay|safe|keeping|all)(?![\w-]))/g,
    (found) => `${found.charAt(0)}ou’re`,
    'you are',
  ],
  [
    // Not after a verb of seeing or knowing, where a clause follows ("see you're team lead").
    followedBy(
      String.raw`(?<!\b(?:see|saw|seeing|hear|heard|know|knew|glad|sure|that) )\b[Yy]ou['’]re`,
      AFTER_YOURE,
    ),
    (found) => `${found.charAt(0)}our`,
    'belonging to you',
  ],
  [
    // "Congratulation for your new shop": the wish is always plural.
    /\b[Cc]ongratulation(?=\s+(?:on|for|to)\b|\s*[!,.])/g,
    (found) => `${found}s`,
    'the wish is plural',
  ],
  [
    // "todays meeting": the day's, with its apostrophe.
    /\b(?:[Tt]oday|[Yy]esterday|[Tt]onight|[Tt]omorrow)s(?= [\p{Ll}])/gu,
    (found) => `${found.slice(0, -1)}’s`,
    'belonging to the day',
  ],
  [
    /\b(?:[Cc]ould|[Ww]ould|[Ss]hould|[Mm]ust|[Mm]ight) of\b/g,
    (found) => found.replace(/of$/, 'have'),
    'could have, would have…',
  ],
  [
    // "it has been long time", "for long time": the article left out.
    /\b(?:[Bb]een|[Ff]or|[Ii]n|[Aa]fter) long time(?![\w-])/g,
    (found) => found.replace(/long time$/, 'a long time'),
    'a long time',
  ],
  [
    /\b(?:more|better|rather|less|other|greater|fewer|faster|bigger|smaller|higher|longer|earlier|older|younger|easier|harder|larger|cheaper) then\b(?=[ \t]+[\p{L}\d])/gu,
    (found) => found.replace(/then$/, 'than'),
    'a comparison',
  ],
];

// Lower-case parts of surnames: "van der Linden", "da Silva", "bin Salman", and the shared
// list's ("dela Cruz", "delos Santos", "binti Ahmad").
const NAME_PARTICLES = new Set([
  ...SHARED_PARTICLES,
  ...'van von der den de del della di da dos das du le la ter ten te bin ibn al el ap ní nic uí ó'.split(
    ' ',
  ),
]);
// "al-Farsi", "el-Sayed": an Arabic article joined to a capitalised name stays lower case.
const ARTICLE_NAME = /^(?:al|el|ad|ud|ul|as|ash|at|az|ar|an|ed)-\p{Lu}/u;

// Verbs after which "Lets" is "Let's" ("Lets connect", "lets link up").
const LETS_VERBS =
  'connect|reconnect|stay|keep|catch|talk|chat|meet|grab|get|discuss|collaborate|work|schedule|find|set|do|link|network|team|hook|swap|share|exchange|plan|start|make|build|have|see|try|hop|jump|go'.split(
    '|',
  );
const LETS = followedBy(String.raw`\b[Ll]ets`, LETS_VERBS);
const SPACE_BEFORE = /(?<=[\p{L}\p{N}])[ \t]+([,;:!?]|\.(?!\.))(?=\s|$)/gu;
const SPACE_THEN_MARK = /[ \t][,;:!?.]/;
// "??" is doubled; three or more of "!" and "?" ("???", "!!") are the pushy rule's pile.
const DOUBLED_PUNCTUATION =
  /,(?:\s*,)+|;(?:\s*;)+|(?<!\.)\.\.(?!\.)|:(?:\s*:)+(?!\/)|(?<![!?])\?\?(?![!?])/g;
// A sign-off and a name, which takes no full stop ("Regards, Capt R Shah").
const SIGN_OFF_LINE =
  /^(?:(?:[Kk]ind|[Ww]arm(?:est)?|[Bb]est|[Mm]any)\s+)?(?:[Rr]egards|[Ww]ishes|[Tt]hanks|[Cc]heers|[Bb]est|[Ss]incerely|[Rr]espectfully)\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;
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

      // "we was", "they was": a plural subject with the singular past of "be". "You" only
      // opening its clause: "meeting you was a pleasure" has it as the object.
      const before = tokens[i - 1];
      const opensClause =
        !before ||
        before.sentence !== t.sentence ||
        before.kind !== 'word' ||
        /[,;:.!?—–]/.test(text.slice(before.end, t.start)) ||
        CLAUSE_OPENERS.has(before.lower);
      if (
        (/^(?:we|they)$/.test(t.lower) || (t.lower === 'you' && opensClause)) &&
        next?.lower === 'was' &&
        /^[ \t]+$/.test(text.slice(t.end, next.start))
      ) {
        const were = matchCase('were', next.text);
        out.push({
          message: `After “${t.text}”, write “${were}”.`,
          suggestion: `${t.text} ${were}`,
          start: t.start,
          end: next.end,
          fix: { start: next.start, end: next.end, replacement: were },
        });
      }

      // Repeated words: "the the". Only when nothing but spaces separates them.
      if (
        next &&
        next.kind === 'word' &&
        next.lower === t.lower &&
        !ALLOWED_REPEATS.has(t.lower) &&
        // Reduplicated names and loanwords ("Mau Mau", "boda boda") are words of their own.
        !/^\p{Lu}/u.test(next.text) &&
        isCorrect(t.lower) &&
        // "Will will you…": a name followed by the word it spells is not a slip.
        !(ctx.nameWords.has(t.lower) && t.text !== next.text) &&
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

      // a / an. A capital "A" after a name is a letter naming something ("a Series A in
      // Austin", "Plan A"), not an article.
      const prev = tokens[i - 1];
      const letterName =
        t.text === 'A' &&
        prev?.kind === 'word' &&
        prev.sentence === t.sentence &&
        /^\p{Lu}/u.test(prev.text);
      // A capital "An" inside a sentence, before a capital, is the Irish article of a name
      // ("to An Bord Pleanála", "An Post").
      const irishName =
        t.text === 'An' &&
        sentences[t.sentence]?.firstToken !== i &&
        next !== undefined &&
        /^\p{Lu}/u.test(next.text);
      if (
        !letterName &&
        !irishName &&
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

      // "im" and "ive": "I’m" and "I’ve" without the capital or the apostrophe.
      if (
        (t.text === 'im' || t.text === 'ive') &&
        next?.kind === 'word' &&
        !/[-'’]/.test(text[t.end] ?? '')
      ) {
        const replacement = t.text === 'im' ? 'I’m' : 'I’ve';
        out.push({
          message: `Write “${replacement}”.`,
          suggestion: replacement,
          start: t.start,
          end: t.end,
          fix: { start: t.start, end: t.end, replacement },
        });
      }

      // Lower-case "i" and its contractions; not the Welsh or Catalan "and" inside a name
      // ("Cymraeg i Blant", "Menter i Gyd").
      const inName =
        t.text === 'i' &&
        prev?.kind === 'word' &&
        next?.kind === 'word' &&
        prev.sentence === t.sentence &&
        /^\p{Lu}\p{Ll}/u.test(prev.text) &&
        /^\p{Lu}\p{Ll}/u.test(next.text);
      if (/^i(?:'(?:m|d|ve|ll))?$/.test(t.lower) && t.text[0] === 'i' && !inName) {
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
      // After a quoted cry ("shouting 'Circle, Circle!' from our station days") the sentence
      // goes on.
      if (previous && /[!?]['’"”]$/.test(text.slice(previous.start, s.start).trimEnd())) return;
      const first = tokens[s.firstToken];
      if (!first || s.endToken === s.firstToken || first.kind !== 'word' || first.start !== s.start)
        return;
      if (
        !/^\p{Ll}/u.test(first.text) ||
        /\p{Lu}/u.test(first.text) ||
        /^i(?:'|’|$)/.test(first.text) ||
        // "im" gets its capital with its apostrophe, above.
        first.text === 'im' ||
        first.text === 'ive'
      )
        return;
      // Text-speak opening a sentence ("lmk", "pls") still wants its capital: the
      // abbreviation rule reports the word, this rule the sentence; the fixes compose.
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
    const words = tokens.filter((t) => t.kind === 'word');
    for (const [at, t] of words.entries()) {
      // "Tommy chetta", "Ayesha ji": an honorific after a name is written in lower case.
      const before = words[at - 1];
      const honorific =
        NAME_HONORIFICS.has(t.lower) &&
        !!before &&
        /^\p{Lu}/u.test(before.text) &&
        ctx.nameWords.has(before.lower);
      if (
        ctx.nameWords.has(t.lower) &&
        !NAME_PARTICLES.has(t.lower) &&
        !honorific &&
        !ARTICLE_NAME.test(t.text) &&
        t.text.length > 1 &&
        /^\p{Ll}/u.test(t.text) &&
        // "Hi Will, will you…", "Hi Hope, hope…": a name that is also a word, used as the word.
        !isCorrect(t.lower)
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
    // Its look-behind tries every position of the note (a tenth of this rule's time): it
    // runs only where a space or tab stands right before the punctuation it looks for.
    for (const m of SPACE_THEN_MARK.test(text) ? matchAll(SPACE_BEFORE, text) : []) {
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

    out.push(
      ...clauseAsPlace(text),
      ...danglingAsk(text),
      ...bareAfterWant(text),
      ...secondLanguageSlips(text),
    );

    // The note does not end with punctuation (ignoring a sign-off line).
    let last = sentences.length - 1;
    while (last >= 0 && (sentences[last]?.signOff || sentences[last]?.greetingOnly)) last--;
    const final = sentences[last];
    if (
      final &&
      final.endToken - final.firstToken >= 3 &&
      !END_PUNCTUATION.test(final.text) &&
      !SIGN_OFF_LINE.test(final.text)
    ) {
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
    // "an 8", "an 11", "an 1880s hotel" (eighteen-eighties), "an 18,000-seat arena"; but "a
    // 110-page report" (a hundred and ten).
    const digits = (/^[\d,]+/.exec(word)?.[0] ?? '').replace(/,/g, '');
    if (digits.startsWith('8')) return true;
    return /^1[18]/.test(digits) && [2, 4, 5].includes(digits.length);
  }
  // A letter read as a letter: "an h-index", "an x-ray", "an MSc", "an NHS trust".
  if (/^\p{L}-/u.test(word)) return VOWEL_LETTERS.has(word.charAt(0).toUpperCase());
  if (/^\p{Lu}{2}/u.test(word) && !isAllCaps(word)) return VOWEL_LETTERS.has(word.charAt(0));
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

// Words after which a "you" is a subject ("and you was…", "when you was…").
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'so',
  'when',
  'because',
  'as',
  'if',
  'that',
  'since',
  'while',
  'remember',
]);

const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'through', 'via', 'from']);
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they']);
const REPORTING = new Set(['say', 'tell', 'mention', 'think', 'suggest', 'recommend', 'introduce']);

/**
 * A clause where a place belongs: "…introduced to you by Tom at Tom said she runs X",
 * "we met at I read your paper". A preposition followed by a subject and its verb, or by a
 * name and a verb of saying, once the sentence already has its own verb.
 */
function clauseAsPlace(text: string): RuleReport[] {
  const out: RuleReport[] = [];
  const parsed = parseNote(text);
  if (!parsed) return out;
  const { tokens, sentences } = parsed;
  for (const sentence of sentences) {
    let finiteSeen = false;
    for (let i = sentence.first; i < sentence.endToken; i++) {
      const token = tokens[i] as LangToken;
      if (
        (token.pos === 'VERB' || token.pos === 'AUX') &&
        (token.pos === 'AUX' || token.lower !== token.lemma)
      ) {
        finiteSeen = true;
      }
      if (token.lower === ',' || token.lower === 'and' || token.lower === 'that')
        finiteSeen = false;
      if (token.pos !== 'ADP' || !PLACE_PREPOSITIONS.has(token.lower) || !finiteSeen) continue;
      let j = i + 1;
      const next = tokens[j];
      if (!next) continue;
      let clause = false;
      if (SUBJECTS.has(next.lower) && ['VERB', 'AUX'].includes(tokens[j + 1]?.pos ?? '')) {
        clause = true;
        j += 1;
      } else if (next.pos === 'PROPN') {
        while (tokens[j + 1]?.pos === 'PROPN' && j - i < 3) j++;
        const verb = tokens[j + 1];
        // "got our team in Napier thinking": a participle, not a clause's verb.
        // "in Port Said", "at Simon Says": a capitalised verb is part of the name.
        if (
          verb?.pos === 'VERB' &&
          REPORTING.has(verb.lemma) &&
          !verb.lower.endsWith('ing') &&
          /^\p{Ll}/u.test(verb.text)
        ) {
          clause = true;
          j += 1;
        }
      }
      if (!clause) continue;
      const end = (tokens[j] as LangToken).end;
      const said = text.slice(next.start, sentence.end).replace(/[.!?]+$/, '');
      out.push({
        message: `“${text.slice(token.start, end)}” puts a whole clause where a place belongs.`,
        suggestion: `Say it as a sentence of its own: “${said.charAt(0).toUpperCase()}${said.slice(1)}.”`,
        start: token.start,
        end,
      });
    }
  }
  return out;
}

const LETS_TO_ASK =
  /\blet(?:['’]s| us)\b[^.!?]*?\bto (ask) (?=about|if|whether|how|what|when|why)/gi;

/**
 * "Let's connect on LinkedIn to ask about collaborating": with "us" as the subject it is
 * unclear who asks whom; "to ask you about" says it.
 */
function danglingAsk(text: string): RuleReport[] {
  return matchAll(LETS_TO_ASK, text).map((m) => {
    const start = m.end - 'ask '.length;
    return {
      message: '“to ask” has no one to ask here: say whom.',
      suggestion: 'ask you',
      start,
      end: start + 3,
      fix: { start, end: start + 3, replacement: 'ask you' },
    };
  });
}

// Verbs a sender wants to do with the reader, which "want"/"would like" take with "to".
const WANTED = new Set([
  'learn',
  'know',
  'connect',
  'meet',
  'talk',
  'ask',
  'share',
  'work',
  'see',
  'hear',
  'join',
  'visit',
  'invite',
  'collaborate',
  'discuss',
  'study',
  'buy',
  'become',
]);

/** "I want learn your method": "want" with its "to" left out before a verb of the wish. */
function bareAfterWant(text: string): RuleReport[] {
  const parsed = parseNote(text);
  if (!parsed) return [];
  const { tokens } = parsed;
  const out: RuleReport[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!/^(?:want|wants|wanted|like)$/.test(t.lower) || !next) return;
    // "would like" only: "I like learn" is not a slip we can name.
    if (t.lower === 'like' && !/^(?:would|'d|’d)$/.test(tokens[i - 1]?.lower ?? '')) return;
    if (!WANTED.has(next.lower)) return;
    out.push({
      message: `“${t.text} ${next.text}” needs “to”: “${t.text} to ${next.text}”.`,
      suggestion: `${t.text} to ${next.text}`,
      start: t.start,
      end: next.end,
      fix: { start: t.start, end: next.end, replacement: `${t.text} to ${next.text}` },
    });
  });
  return out;
}

/** "connect" → "connecting", "share" → "sharing", "see" → "seeing". */
function ing(verb: string): string {
  return /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
}
const PAST: Readonly<Record<string, string>> = {
  meet: 'met',
  work: 'worked',
  study: 'studied',
  talk: 'talked',
  speak: 'spoke',
  see: 'saw',
};
// "Looking forward to connect": after "look forward to" a verb takes -ing.
const FORWARD_TO = /\blook(?:s|ed|ing)? forward to ([a-z]+)\b/gi;
// A shared past told in the present: "since we work together", "we meet last week".
const SINCE_PRESENT = /\bsince (?:we|I) (meet|work|study|talk|speak)\b/gi;
const PRESENT_THEN =
  /\b(?:we|I) (meet|work|study|talk|speak|see)\b(?= (?:together )?(?:[\w'’-]+ ){0,6}?(?:yesterday|ago|last (?:week|month|year|night|time)\b))/gi;
const WORKED_TOGETHER_IN =
  /\b(?:we|I) (work|study) together\b(?= (?:[\w'’-]+ ){0,6}?in (?:19|20)\d\d\b)/gi;
// "I am really appreciate": a form of "be" before a verb that needs none.
const BE_VERB =
  /(?<![\w'’-])(am|are|is) (?=(?:really |very |so |totally |fully )?(?:appreciate|agree|want|need|hope|believe|understand|wish)\b)/g;
// "told me about you I want to learn": two sentences run together.
const RUN_ON =
  /\b(?:about|with|for|from) (?:you|him|her|them)(?= (?:I|we) (?:want|would|am|have|will|need|hope|think)\b)/g;

/** Slips common in second-language English, each where the context makes the fix certain. */
function secondLanguageSlips(text: string): RuleReport[] {
  const out: RuleReport[] = [];
  for (const m of matchAll(FORWARD_TO, text)) {
    const verb = m.match[1] as string;
    if (!WANTED.has(verb.toLowerCase())) continue;
    const start = m.end - verb.length;
    const replacement = ing(verb);
    out.push({
      message: `After “look forward to”, write “${replacement}”.`,
      suggestion: replacement,
      start,
      end: m.end,
      fix: { start, end: m.end, replacement },
    });
  }
  for (const re of [SINCE_PRESENT, PRESENT_THEN, WORKED_TOGETHER_IN]) {
    for (const m of matchAll(re, text)) {
      const verb = m.match[1] as string;
      const past = PAST[verb.toLowerCase()];
      if (!past) continue;
      const start = m.start + m.match[0].indexOf(` ${verb}`) + 1;
      const end = start + verb.length;
      out.push({
        message: `This happened in the past: “${past}”.`,
        suggestion: past,
        start,
        end,
        fix: { start, end, replacement: past },
      });
    }
  }
  for (const m of matchAll(BE_VERB, text)) {
    out.push({
      message: `“${m.match[1] as string}” is not needed before this verb.`,
      suggestion: '',
      start: m.start,
      end: m.end,
      fix: { start: m.start, end: m.end, replacement: '' },
    });
  }
  for (const m of matchAll(RUN_ON, text)) {
    out.push({
      message: 'Two sentences run together here: end the first with a full stop.',
      suggestion: `${m.match[0]}.`,
      start: m.start,
      end: m.end,
    });
  }
  return out;
}
