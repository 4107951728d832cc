// Shorter forms of a phrase the user typed, cut only at clause or word boundaries and
// never left hanging on a preposition or conjunction ("the meetup in" → "the meetup").

const DANGLING = new Set(
  `a an the of in at on for with and or but to from by about into during our your my their his
  her its this that these those which where who when while as is are was were be been so than
  via over after before since through across around like including especially plus also very
  i we want wants wanted need needs love hope hoping plan planning going trying try able would
  could should will can next though even looking keen interested ready working you're you’re we're we’re I'm I’m they're they’re
  what how why whom whose really ask hear know discuss find see tell show back
  saw seen heard noticed learned learnt realised realized spotted made based located built
  designed known called named focused focussed specialising specializing`
    .split(/\s+/)
    .filter(Boolean)
    // Compared in lower case: "I'm" must match "i'm".
    .map((word) => word.toLowerCase()),
);

/** Drop trailing punctuation and words a phrase cannot end on. */
export function trimTail(phrase: string): string {
  const words = phrase
    .replace(/[\s,;:(–—-]+$/u, '')
    .split(' ')
    .filter(Boolean);
  while (words.length > 0) {
    const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[^\p{L}'’]/gu, '');
    if (!DANGLING.has(last) || inName(words, words.length - 1)) break;
    words.pop();
  }
  return words.join(' ').replace(/[\s,;:(–—-]+$/u, '');
}

/**
 * A capitalised word after a capitalised one is part of a name ("Movistar Plus", "Sky
 * Over"), not the word a phrase starts or dangles on. "I" is no name's part.
 */
function inName(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  const before = words[at - 1] ?? '';
  return /^\p{Lu}/u.test(word) && !/^I(?:['’]|$)/.test(word) && /^\p{Lu}/u.test(before);
}

// A comma only counts when a clause or phrase follows it ("Amsterdam, where we…"), not
// inside a list ("platform engineering, developer portals and…").
const CLAUSE_BREAK =
  /\s*[;:(–—]\s*|\s+-\s+|\s*,\s*(?=(?:where|which|who|while|when|because|since|after|before|especially|including|mostly|mainly|as|and|but|so|in|at|on|for|with|during|from)\b)/giu;

// Words a trailing phrase or clause starts with: cutting just before one drops a whole
// "in the construction industry" or "that could use your expertise", never half of one.
const PHRASE_START = new Set(
  `in at on for with about where which that who whom whose when while during from by to how
  what why because since after before as and but or so including especially across around
  into over under between among near via like than plus without within`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The phrase itself, then shorter forms, longest first, each a prefix of whole words
 * ending where a clause or a trailing phrase begins, so it still reads as a phrase.
 */
export function shortenings(phrase: string, minWords = 2): string[] {
  const forms = new Set<string>([phrase]);
  for (const match of phrase.matchAll(CLAUSE_BREAK)) {
    if (match.index === undefined || match.index === 0) continue;
    forms.add(trimTail(phrase.slice(0, match.index)));
  }
  const words = phrase.split(' ');
  for (let keep = words.length - 1; keep >= 1; keep -= 1) {
    const next = (words[keep] ?? '').toLowerCase();
    if (!PHRASE_START.has(next) || inName(words, keep)) continue;
    // "…and want you | to run a workshop": the verb needs what it wants them to do.
    if (next === 'to' && OBJECT_OF_TO.test(words.slice(keep - 2, keep).join(' '))) continue;
    // "to see if you're up | for a gig": "up", "open" and "available" need what for.
    if (
      next === 'for' &&
      /\b(?:up|open|available|free|around|down)$/i.test(words[keep - 1] ?? '')
    ) {
      continue;
    }
    // "you talked me | into taking over …": what someone was talked into is the point.
    if (next === 'into' && /^(?:me|us|you|him|her|them)$/i.test(words[keep - 1] ?? '')) continue;
    // "stay | in touch", "be | on board": one phrase, never cut in two.
    if (IDIOM_TAIL.has(`${next} ${(words[keep + 1] ?? '').toLowerCase()}`)) continue;
    // "want to talk | about fig supply", "still asks | about you": the verb is there for
    // what it is about.
    if (
      (next === 'about' || next === 'on') &&
      /^(?:talk(?:s|ed)?|chat(?:s|ted)?|ask(?:s|ed)?|hear(?:s|d)?|learn(?:s|ed|t)?|speak(?:s)?|spoke|write|think|advise|advice|thoughts|tips)$/i.test(
        words[keep - 1] ?? '',
      )
    ) {
      continue;
    }
    // "…would love to have you | as a vendor": what for is the point.
    if (next === 'as' && HAVE_AS.test(words.slice(keep - 2, keep).join(' '))) continue;
    // "side by side", "back to back": one phrase, not a cut before "by".
    if ((words[keep - 1] ?? '').toLowerCase() === (words[keep + 1] ?? '').toLowerCase()) continue;
    const form = words.slice(0, keep).join(' ');
    // Cutting a list before its "and" leaves "A, B": keep lists whole.
    if ((next === 'and' || next === 'or') && form.includes(',')) continue;
    // "the training that I helped | with": the relative clause needs its preposition.
    if (STRANDED.test(form) && INNER_START.has(next)) continue;
    const trimmed = trimTail(form);
    if (trimmed !== form && STRANDED.test(trimmed)) continue;
    // "…part of your pilot is what we…" cut before "what" leaves a subject without its verb.
    const dropped = form.slice(trimmed.length).toLowerCase().split(/\s+/);
    // A whole clause of its own ("and I was taking notes") may go.
    const verbAt = dropped.findIndex((word) => SUBJECT_VERB.has(word));
    const subjectAt = dropped.findIndex((word) => SUBJECT.has(word));
    if (verbAt >= 0 && !(subjectAt >= 0 && subjectAt < verbAt)) continue;
    forms.add(trimmed);
  }
  return [...forms]
    .filter((form) => form.length > 0)
    .filter((form) => form === phrase || !endsInStub(form))
    .filter((form) => form === phrase || form.split(' ').length >= minWords)
    .sort((a, b) => b.length - a.length);
}

const OBJECT_OF_TO =
  /^(?:want|wants|wanted|need|needs|like|love|invite|ask|asked|get|help|expect|encourage|persuade|trust|introduce|introduced|refer|connect|link|bring|take|welcome)\s+(?:you|him|her|them|us|me)$/i;

const IDIOM_TAIL = new Set(['in touch', 'in charge', 'in mind', 'in person', 'on board', 'at all']);

const HAVE_AS = /^(?:have|want|bring|hire|book|invite|get|need)\s+(?:you|him|her|them)$/i;

const SUBJECT = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

const STRANDED = /\b(?:that|which|who|whom)\s+(?:I|we|you|they|he|she)\s+\S+$/i;

// A verb whose subject a cut must not leave behind.
const SUBJECT_VERB = new Set(['is', 'are', 'was', 'were']);

const CLAUSE_OPENER = new Set([
  // "…and how nobody": a "how" clause cut short says nothing either.
  'how',
  'why',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'when',
  'because',
  // "…till they brought": a clause of when cut short leaves its verb without its object.
  'till',
  'until',
]);

/** "…, where we talked": a clause cut so short it no longer says anything. */
function endsInStub(form: string): boolean {
  const words = form.toLowerCase().split(' ');
  for (let index = words.length - 1; index >= 0; index -= 1) {
    if (CLAUSE_OPENER.has(words[index] ?? '')) return words.length - index - 1 < 3;
  }
  return false;
}

// A phrase a note can say without: "at the coffee stand" in "we chatted at the coffee stand
// about phishing drills", where what follows ("about …") belongs to the verb before.
const INNER_START = new Set([
  'at',
  'in',
  'on',
  'near',
  'during',
  'over',
  'from',
  'by',
  'with',
  'for',
]);
// Only a topic after it: "in cardiology" after "for a fellowship" belongs to the fellowship.
const INNER_NEXT = new Set(['about', 'regarding']);

// Words that end a phrase and start a clause: "in cardiology and I want…" is not one phrase.
const INNER_STOP = new Set(
  `and or but so because that which who where when to is are was were I we you he she they
  I'm I’m we're we’re want would`.split(/\s+/),
);

/** The phrase with one inner phrase left out, and the words it left out. */
export function omissions(phrase: string, lead = false): { form: string; cut: string }[] {
  const words = phrase.split(' ');
  const out: { form: string; cut: string }[] = [];
  for (let start = 1; start < words.length - 2; start += 1) {
    if (!INNER_START.has((words[start] ?? '').toLowerCase())) continue;
    for (let end = start + 2; end < words.length && end - start <= 6; end += 1) {
      const before = words[end - 1] ?? '';
      if (/[,;:()]/.test(before) || INNER_STOP.has(before.toLowerCase())) break;
      const next = (words[end] ?? '').toLowerCase();
      if (!INNER_NEXT.has(next)) continue;
      // Something must follow the next phrase's preposition.
      if (end + 1 >= words.length) break;
      const cut = words.slice(start, end).join(' ');
      // "keep in touch about X": the idiom is the verb's, never "keep about X".
      const idiom = IDIOM_TAIL.has(
        words
          .slice(start, start + 2)
          .join(' ')
          .toLowerCase(),
      );
      // A name or a number is a fact: left out whole or not at all, never from the middle.
      if (!idiom && !/[\p{Lu}\p{N}]/u.test(cut.slice(1))) {
        out.push({ form: [...words.slice(0, start), ...words.slice(end)].join(' '), cut });
      }
      break;
    }
  }
  out.push(...beforeNames(words));
  // "since I was 16": an age says something personal a first note can leave out.
  for (const match of phrase.matchAll(AGE)) {
    const at = match.index ?? 0;
    const form = `${phrase.slice(0, at)}${phrase.slice(at + match[0].length)}`
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (at > 0 && form.split(' ').length >= 3) out.push({ form, cut: match[0].trim() });
  }
  // "back in 2015", "every July", "this morning": when says less than what and where.
  for (const match of phrase.matchAll(WHEN)) {
    const at = match.index ?? 0;
    // "we spent every summer in Zahle": the time is what was spent.
    if (at === 0 || /\b(?:spen[dt]|spending)$/i.test(phrase.slice(0, at))) continue;
    const form = `${phrase.slice(0, at)}${phrase.slice(at + match[0].length)}`
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (form.split(' ').length >= 3) out.push({ form, cut: match[0].trim() });
  }
  // "I've got my master's ticket now and I'm applying for patrol work on Tristan da Cunha":
  // the first of two clauses may go, so the one with the name can stay.
  // "…and Ronke Ajayi still asks about you": a second clause may open with who did it.
  const second =
    /^(.{8,}?),?\s+(?:and|but|so)\s+((?:I|we|you)(?:['’](?:m|ve|re|d|ll))?\s+\S.*|\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}\s+\p{Ll}+\s+\S.*)$/u.exec(
      phrase,
    );
  // Only a clause that names nothing: which of two named facts matters is not for a cut.
  if (
    second?.[1] &&
    second[2] &&
    second[2].split(' ').length >= 3 &&
    !/[\p{N}]|\s\p{Lu}(?!['’])/u.test(second[1].replace(/^I\b/, ''))
  ) {
    out.push({ form: second[2], cut: second[1] });
  }
  out.push(...namedClause(phrase, lead));
  // "back in 2015 … every month": every time said at once, when one cut is not enough.
  const times = [...phrase.matchAll(WHEN)].filter(
    (match) =>
      (match.index ?? 0) > 0 &&
      !/\b(?:spen[dt]|spending)$/i.test(phrase.slice(0, match.index ?? 0)),
  );
  if (times.length >= 2) {
    let form = phrase;
    for (const match of [...times].reverse()) {
      const at = match.index ?? 0;
      form = `${form.slice(0, at)}${form.slice(at + match[0].length)}`;
    }
    form = form
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (form.split(' ').length >= 3) {
      out.push({ form, cut: times.map((match) => match[0].trim()).join(', ') });
    }
  }
  // "for two summers", "for nearly five years": how long says less than what and where.
  for (const match of phrase.matchAll(DURATION)) {
    const at = match.index ?? 0;
    if (at === 0) continue;
    const form = `${phrase.slice(0, at)}${phrase.slice(at + match[0].length)}`
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (form.split(' ').length >= 3) out.push({ form, cut: match[0].trim() });
  }
  return out;
}

// Where a clause with a subject of its own begins: "…the fan style and Ronke Ajayi still asks
// about you", "…to London and I went to Weta".
const CLAUSE_JOIN =
  /,?\s+(?:and then|and|but|then|so|before|after|until)\s+(?=(?:I|we|you|they)(?:['’]\p{L}+)?\s|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*\s(?:still\s|always\s|also\s)?\p{Ll}+(?:s|ed)\b)/gu;
// A name, not a year: "the 2020 lockdown" names no one the recipient would miss more.
const NAMED = /\s\p{Lu}(?!['’])|^\p{Lu}\p{Ll}+\s(?:\p{Lu}|still|always|also|\p{Ll}+(?:s|ed)\b)/u;

/**
 * The one clause of a piece that names something, without clauses that name nothing: "you
 * taught me the fan style and Ronke Ajayi still asks about you" → "Ronke Ajayi still asks
 * about you", so the name can stay when the whole will not fit.
 */
function namedClause(whole: string, lead: boolean): { form: string; cut: string }[] {
  const phrase = whole.replace(/^(?:and\s+then|and|then|but|so)\s+/i, '');
  const parts: string[] = [];
  let from = 0;
  for (const match of phrase.matchAll(CLAUSE_JOIN)) {
    const at = match.index ?? 0;
    if (at === 0) continue;
    parts.push(phrase.slice(from, at).trim());
    from = at + match[0].length;
  }
  parts.push(phrase.slice(from).trim());
  if (parts.length < 2) return [];
  const named = parts.map((part) => NAMED.test(part.replace(/^I\b/, '')));
  const count = named.filter(Boolean).length;
  if (count === 0 || (lead && count > 1)) return [];
  // "he rebuilt a GM engine and we drove to Wrocław for the Ekstraliga": past the field's
  // first piece (what the note is built on), a clause that names more than the rest together
  // may be the one kept.
  const all = nameCount(phrase);
  // The first clause kept is a cut of the tail, which shortenings make already.
  return parts.flatMap((form, at) =>
    at > 0 && named[at] && form.split(' ').length >= 3 && (count === 1 || 2 * nameCount(form) > all)
      ? [{ form, cut: parts.filter((_, other) => other !== at).join('; ') }]
      : [],
  );
}

/** How many names or numbers the text gives, a run of capitalised words counting once. */
function nameCount(text: string): number {
  return (
    text
      .replace(/(?:^|\s)I(?:['’]\p{L}+)?(?=\s|$)/gu, ' ')
      .match(/(?:\p{Lu}[\p{L}'’.-]*|\p{N}+)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{N}+))*/gu) ?? []
  ).length;
}

// "on Sat afternoon": a weekday as forms and diaries shorten it is a day too ("Sun" is also a name).
const DAYS =
  'Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\\.?|January|February|March|April|May|June|July|August|September|October|November|December';
const PERIODS = `day|week|month|year|summer|winter|spring|autumn|fall|weekend|morning|evening|night|term|season|${DAYS}`;
const WHEN = new RegExp(
  // A bare day or month after its preposition ("opens in March") goes with it or not at all;
  // a bare day after a capitalised word is part of a name ("Fat Tuesday", "Black Friday").
  `(?<!\\b(?:in|on|of|the|since|until|till|by|from|before|after|next|last|this|every))\\s(?:(?:back\\s+)?in\\s+(?:\\d{4}|['’]\\d{2}|the\\s+(?:\\d{2}|\\d{4})['’]?s)|(?:from|between)\\s+(?:\\d{4}|['’]\\d{2})\\s*(?:to|and|until|till|-|–)\\s*(?:\\d{4}|['’]?\\d{2})|every\\s+(?:single\\s+|other\\s+)?(?:${PERIODS})|(?:this|last)\\s+(?:${PERIODS})|(?:(?:on|in)\\s+|(?<!\\p{Lu}[\\p{L}'’]*\\s))(?:${DAYS})(?:\\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight)(?=[\\s,.;:!?]|$)`,
  'gu',
);

/** "on Thurs morning", "back in 2015": when, and nothing else. */
export function isWhen(text: string): boolean {
  const match = [...` ${text}`.matchAll(WHEN)][0];
  return match !== undefined && match[0].trim() === text.trim();
}

/** "for 5 years": how long, which a cut loses least by (its number is no name). */
export function isDuration(text: string): boolean {
  DURATION.lastIndex = 0;
  const match = DURATION.exec(` ${text}`);
  DURATION.lastIndex = 0;
  return (match !== null && match[0].trim() === text.trim()) || SPAN_ALONE.test(text.trim());
}

const AGE =
  /\s(?:since|when)\s(?:I|we)\s(?:was|were)\s(?:\d{1,2}|a (?:kid|teenager|teen|child))\b/giu;
const COUNTS =
  'a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|many|\\d+';
const SPANS = 'years?|months?|weeks?|days?|summers?|winters?|seasons?|terms?|semesters?|shifts?';
// "we toured together two summers": how long said bare, after what was done together.
const BARE_SPAN = `(?<=\\b(?:together|\\p{Ll}{2,}ed))\\s(?:${COUNTS})\\s(?:${SPANS})\\b(?!\\s+(?:ago|of|later|before|after|earlier|older|younger|apart)\\b)`;
const DURATION = new RegExp(
  `\\s(?:for|over)\\s(?:(?:nearly|almost|about|around|over|another|like|maybe|roughly|at least)\\s)?(?:${COUNTS})\\s(?:${SPANS})\\b|${BARE_SPAN}`,
  'giu',
);
const SPAN_ALONE = new RegExp(`^(?:${COUNTS})\\s(?:${SPANS})$`, 'iu');

// "as a ship broker in Singapore", "on the chartering desk at Maersk": a role or a team that
// a named place follows may go, so the name (the fact the recipient knows) can stay.
const ROLE_LEAD = /^(?:as (?:an?|the)|on (?:the|our|a)|at (?:the|a|an))$/i;
const NAME_PREP = new Set(['at', 'in', 'for', 'with', 'near', 'on']);
const PARTICLE_VERB =
  /^(?:tak(?:e|es|en|ing)|took|sign(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|kep[t]|keep(?:s|ing)?|held|hold(?:s|ing)?) on$/i;

function beforeNames(words: readonly string[]): { form: string; cut: string }[] {
  const out: { form: string; cut: string }[] = [];
  for (let start = 1; start < words.length - 3; start += 1) {
    if (!ROLE_LEAD.test(`${words[start]} ${words[start + 1]}`)) continue;
    // "I've taken on the lead post in Galway": "on" is the verb's, and "taken in Galway"
    // says another thing.
    if (PARTICLE_VERB.test(`${words[start - 1]} ${words[start]}`)) continue;
    for (let end = start + 3; end < words.length - 1 && end - start <= 6; end += 1) {
      const before = words[end - 1] ?? '';
      if (/[,;:()]/.test(before) || INNER_STOP.has(before.toLowerCase())) break;
      if (!NAME_PREP.has((words[end] ?? '').toLowerCase())) continue;
      if (!/^\p{Lu}/u.test(words[end + 1] ?? '')) break;
      const cut = words.slice(start, end).join(' ');
      if (!/[\p{Lu}\p{N}]/u.test(cut)) {
        out.push({ form: [...words.slice(0, start), ...words.slice(end)].join(' '), cut });
      }
      break;
    }
  }
  return out;
}

// Words between a shared-past verb and its place that say no fact: "sat next to each other".
const FILLER = String.raw`(?:\s+(?:right|next|to|each|other|together|side|by|both|closely|alongside)){0,5}?`;
const NOUNS = String.raw`((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)`;
// "we were in the same cohort at INSEAD", "we sat … on the chartering desk at Maersk".
const SHARED_UNIT = new RegExp(
  String.raw`^we\s+(?:both\s+)?(?:were|was|sat|worked|served|started|trained|studied|lived|met)${FILLER}\s+(?:in|on)\s+(?:the\s+same|the|a|an|our)\s+${NOUNS}(?:\s+together)?\s+(at|in|with|for|of)\s+((?:the\s+)?\p{Lu}.*)$`,
  'u',
);
// "we worked night shifts together at Royal Free", "we pulled late nights at the Leeds hub".
const SHARED_TIMES = new RegExp(
  String.raw`^we\s+(?:both\s+)?(?:worked|did|pulled|covered|shared|ran)\s+(?:all\s+)?(?:those\s+|these\s+|the\s+)?${NOUNS}(?:\s+together)?\s+(at|in|on)\s+((?:the\s+)?\p{Lu}.*)$`,
  'u',
);
// "you trained me on the CT scanner at St Thomas'" → "your training on the CT scanner…".
const TAUGHT_ME =
  /^you\s+(trained|taught|coached|mentored)\s+me\s+(?:on\s+|in\s+|how to use\s+)?(\S.*)$/u;
const LESSON: Record<string, string> = {
  trained: 'training',
  taught: 'lessons',
  coached: 'coaching',
  mentored: 'mentoring',
};
const TIMES =
  /\b(?:shifts|nights|weekends|days|mornings|evenings|rotas|rotations|on-calls|summers|winters|seasons|trips|lunches|commutes|deadlines)$/;
const HAS_DURATION = new RegExp(DURATION.source, 'iu');
const NOT_NOUN = new Set(
  `together each other same next side by both and or but to of who which that when while
  where we you i he she they`.split(/\s+/),
);

/**
 * A shared past said as a noun phrase, to fit the word target with every fact kept: "we were
 * in the same cohort at INSEAD" → "our cohort at INSEAD". Only the verb goes; no fact does.
 */
export function foldMemory(clause: string): string | null {
  // "…at Nordea and survived the crash": a clause after the place would lose its subject.
  if (/[,;:()]|\s(?:and|but|so|then|when|while|who|which|where|until|because)\s/i.test(clause)) {
    return null;
  }
  // "I remember our desk at Barclays for eight years" says the years of the remembering.
  if (HAS_DURATION.test(clause)) return null;
  const unit = SHARED_UNIT.exec(clause);
  // "…at the Gdynia terminal together": "our" says together already.
  if (unit?.[1] && okNouns(unit[1])) {
    return `our ${unit[1]} ${unit[2]} ${unit[3]?.replace(/\s+together$/, '')}`;
  }
  const times = SHARED_TIMES.exec(clause);
  // Times shared ("night shifts", "crazy nights"), not a thing made ("the layouts").
  if (times?.[1] && okNouns(times[1]) && TIMES.test(times[1])) {
    return `our ${times[1]} ${times[2]} ${times[3]}`;
  }
  const taught = TAUGHT_ME.exec(clause);
  if (taught?.[1] && taught[2]) return `your ${LESSON[taught[1]]} on ${taught[2]}`;
  return null;
}

function okNouns(nouns: string): boolean {
  return nouns.split(/\s+/).every((word) => !NOT_NOUN.has(word) && !SUBJECT_VERB.has(word));
}
