import { listMap, listSet } from '../language/lists.js';
import type { LangToken } from '../language/nlp.js';
import { isTitle } from '../name.js';
import type { Role, SentenceReading } from '../roles/index.js';
import { loadLexicons } from '../roles/lexicon.js';
import { type Sentence, withoutPossessive } from '../text.js';
import { quoted, type Rule, type RuleContext } from './rule.js';

let promotion: ReadonlyMap<string, string> | undefined;
const promotionWords = (): ReadonlyMap<string, string> => {
  promotion ??= listMap(new URL('./data/self-promotion.txt', import.meta.url));
  return promotion;
};
let ranks: ReadonlySet<string> | undefined;
const rankWords = (): ReadonlySet<string> => {
  ranks ??= listSet(new URL('./data/ranks.txt', import.meta.url));
  return ranks;
};
let rankings: ReadonlySet<string> | undefined;
// Words that rank one's own work above others' ("the biggest factory in Narayanganj").
const rankingWords = (): ReadonlySet<string> => {
  rankings ??= listSet(new URL('./data/rankings.txt', import.meta.url));
  return rankings;
};
// A record kept ("never lost a hearing", "never missed a deadline"): a boast said by negation.
const RECORD = new Set(['lose', 'miss', 'fail', 'drop', 'default']);
// Verbs of rising to a rank: "I've become head chef", "made plant director", "promoted to".
const RISE = new Set(['become', 'make', 'promote', 'appoint', 'name']);
const SEEKING = new Set([
  'look',
  'seek',
  'hunt',
  'search',
  'apply',
  'after',
  'open',
  'need',
  'want',
]);

// What a reason to connect asks of them ("I'd love to learn from it"), not of the sender's
// own plans ("I plan to start my own business").
const EXCHANGE = new Set(['learn', 'hear', 'ask', 'advice', 'view', 'swap', 'compare', 'exchange']);

const SELF = new Set(['i', "i'd", "i'll", "i'm", "i've", 'me', 'mine', 'my', 'myself']);
// The sender's side as a whole: "we won", "our product", "my startup".
const SENDER = new Set([
  ...SELF,
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
  'our',
  'ours',
  'us',
  'ourselves',
]);
const OTHER = new Set([
  'you',
  "you'd",
  "you'll",
  "you're",
  "you've",
  'your',
  'yours',
  'yourself',
  'yourselves',
  'u',
  'ur',
  'ya',
  "y'all",
  "ya'll",
  'yall',
]);
// "Y'all's yard", "you's": a second person with its possessive.
const isOther = (lower: string): boolean => OTHER.has(withoutPossessive(lower));
// Verbs that only address the reader: "I am writing to inform you that I…", "let you know".
const TELL = new Set(['inform', 'tell', 'notify', 'assure', 'remind', 'update', 'advise']);
/** A "you" that is more than the one being told: not "to inform you that I…". */
const turnsTo = (words: readonly LangToken[]): boolean =>
  words.some(
    (t, i) =>
      isOther(t.lower) &&
      !(
        t.lower === 'you' &&
        (TELL.has(words[i - 1]?.lemma ?? '') ||
          // "let you know", "just so you know": the reader is only told.
          (/^(?:let|so)$/.test(words[i - 1]?.lower ?? '') && words[i + 1]?.lemma === 'know'))
      ),
  );
// Roles whose "you" is only a nod: "I'd like to connect with you", "Hope you're well".
const NOD = new Set(['ask', 'pleasantry', 'greeting', 'stock-phrase']);

type Side = 'sender' | 'recipient' | 'neither';

/**
 * Where a "me" is something the reader did or is asked to do: "thanks for walking me
 * through…", "thank you for meeting me", "let me know". (precision16)
 */
function forThem(words: readonly LangToken[]): Set<number> {
  const out = new Set<number>();
  words.forEach((t, i) => {
    if (t.lower === 'me' && words[i - 1]?.lower === 'let' && words[i + 1]?.lemma === 'know') {
      out.add(i);
    }
  });
  const thanks = words.findIndex(
    (t, i) =>
      /^(?:thanks|thank|thx|grateful)$/.test(t.lower) &&
      !t.negated &&
      words.slice(i + 1, i + 3).some((u) => u.lower === 'for'),
  );
  if (thanks < 0) return out;
  // Up to the next clause of the sender's own ("…this morning, and I've won…").
  for (let i = thanks + 1; i < words.length; i++) {
    const t = words[i] as LangToken;
    if (t.text === ';' || (t.lower !== 'me' && SELF.has(t.lower))) break;
    if (t.lower === 'me') out.add(i);
  }
  return out;
}

// Words a token compliment is made of without saying anything of them ("love your page!";
// the tagger reads that "love" as a noun).
const VAGUE = new Set([
  'profile',
  'page',
  'work',
  'post',
  'posts',
  'content',
  'feed',
  'stuff',
  'vibe',
  'love',
  'respect',
  'kudos',
  'props',
]);

/**
 * A token nod: a short sentence that names nothing of theirs in particular ("You seem
 * cool.", "Love your page!").
 */
function isNod(words: readonly LangToken[], greets: boolean): boolean {
  // "Hi Jen, you seem cool.": the greeting's name is no noun of theirs.
  const own = greets ? words.filter((t) => t.pos !== 'PROPN' && t.pos !== 'INTJ') : words;
  if (own.length > 6) return false;
  // A letter on its own is no noun of theirs ("nice to e-meet you").
  return own.every(
    (t) => (t.pos !== 'NOUN' && t.pos !== 'PROPN') || VAGUE.has(t.lower) || t.lower.length < 2,
  );
}

// Verbs of looking on: "so you can follow my work", "check it out", "if you'd like to know
// more", "so you can keep up".
const ATTEND = new Set([
  'follow',
  'see',
  'check',
  'watch',
  'view',
  'read',
  'visit',
  'know',
  'hear',
]);
const SHOWN = new Set(['my', 'our', 'me', 'us', 'it', 'more', 'what']);
const YOURS = new Set(['your', 'yours', 'yourself', 'ur']);

/**
 * A reason to connect that serves the sender's audience, not the reader: "Let's connect so
 * you can follow my work", "connect if you'd like to know more", "Connect and check it out!".
 * Its "you" only watches the sender.
 */
function showsOff(s: SentenceReading): boolean {
  const words = s.tokens;
  if (words.some((t) => YOURS.has(t.lower))) return false;
  // Inside a boast, "…my newsletter, which I'd love you to read": they are only the audience.
  if (
    s.roles.has('self-promotion') &&
    words.some(
      (t, i) =>
        t.lower === 'you' &&
        words.slice(i + 1, i + 4).some((u) => ATTEND.has(u.lemma) && !u.negated),
    )
  )
    return true;
  if (!s.roles.has('ask') && !s.roles.has('purpose')) return false;
  // "so you can see the credits drop": the sender's news is what they would watch.
  const soYouCan = (i: number) =>
    words
      .slice(Math.max(0, i - 4), i)
      .some((u, k, before) => u.lower === 'you' && /^(?:so|if)$/.test(before[k - 1]?.lower ?? ''));
  return words.some(
    (t, i) =>
      (ATTEND.has(t.lemma) || (t.lemma === 'keep' && words[i + 1]?.lower === 'up')) &&
      !t.negated &&
      (words.slice(i + 1, i + 4).some((u) => SHOWN.has(u.lower)) || soYouCan(i)) &&
      // "know more about your clinic" is about them; "hear what you think" too.
      !words.slice(i + 1, i + 6).some((u) => isOther(u.lower)),
  );
}

// Good turns done the reader: "recommended your boats", "shared your post", "cited you".
const FAVOUR = new Set(['recommend', 'refer', 'cite', 'share', 'quote', 'feature', 'promote']);

/** Whether the sentence tells of a good turn done them ("I've recommended your boats…"). */
function favours(s: SentenceReading): boolean {
  return s.tokens.some(
    (t, i) =>
      FAVOUR.has(t.lemma) &&
      !t.negated &&
      s.tokens.slice(i + 1, i + 3).some((u) => /^(?:you|your)$/.test(u.lower)),
  );
}

/** How sure the model must be of a boast that names no credential. */
const SURE = 0.85;

/**
 * What a sentence is about: the recipient (a "you" that is more than the ask or a nod),
 * the sender alone (I/my/we/our and no "you", or a credential with its "I" left out: "Led
 * three launches."), or neither.
 */
function sideOf(s: SentenceReading): Side {
  const roles = [...s.roles.keys()];
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT');
  const you = turnsTo(words) && !showsOff(s);
  const said = roles.filter((r) => r !== 'greeting');
  // Only a pattern makes a short vague line more than a nod; the model's lean does not.
  const patterned = said.some((r) => s.roles.get(r as Role)?.pattern !== undefined);
  if (you && !patterned && isNod(words, s.roles.has('greeting'))) return 'neither';
  if (you) return said.length > 0 && said.every((r) => NOD.has(r)) ? 'neither' : 'recipient';
  // The ask is no monologue, whoever it names ("I'd like to connect").
  if (s.roles.has('ask')) return 'neither';
  // A pronoun, not "a tin mine" or "the US" (the tagger reads "I'm" as a proper noun).
  const theirDoing = forThem(words);
  const me = words.filter(
    (t, i) =>
      SENDER.has(t.lower) && (t.pos === 'PRON' || /^i['’]/.test(t.lower)) && !theirDoing.has(i),
  );
  // "We met at…": how they know each other is shared, not the sender's own.
  if (s.roles.has('context') && me.every((t) => !SELF.has(t.lower))) return 'neither';
  if (me.length > 0) return 'sender';
  // "Led 3 product launches.": a past verb with its subject left out is the sender's CV.
  const first = words[0];
  const past = first?.pos === 'VERB' && /ed$/.test(first.lower) && !s.roles.has('context');
  return past ? 'sender' : 'neither';
}

/**
 * How much a sentence about the sender sells the sender: a title ("I'm a …"), a figure
 * ("15 years", "400 jobs"), an achievement ("won", "launched"), their own venture ("my
 * startup") or what they are after for themselves ("looking for a job").
 */
function credentials(s: SentenceReading): number {
  const words = promotionWords();
  const brag = loadLexicons();
  const tokens = s.tokens;
  let n = 0;
  const seen = new Set<string>();
  const add = (kind: string) => {
    if (!seen.has(kind)) n++;
    seen.add(kind);
  };
  tokens.forEach((t: LangToken, i) => {
    const next = tokens[i + 1];
    if (
      /^(?:i['’]m|['’]m|am|we['’]re|['’]re)$/.test(t.lower) &&
      (next?.lower === 'a' || next?.lower === 'an')
    )
      add('title');
    if (brag.has('brag', t.lemma, t.lower)) add('brag');
    if (rankingWords().has(t.lower)) add('brag');
    // "the go-to agent": the tagger splits it.
    if (t.lower === 'go' && next?.text === '-' && tokens[i + 2]?.lower === 'to') add('brag');
    if (RECORD.has(t.lemma) && tokens[i - 1]?.lower === 'never') add('record');
    // "cut fuel use by 18%": a percentage is a figure of one's own results.
    if (t.pos === 'NUM' && next?.text === '%') add('figure');
    if (t.pos === 'NUM' && !/^(?:19|20)\d\d$/.test(t.lower)) {
      // "15 years", "400 jobs", "$50M", but not "zero-trust".
      const noun = next?.lower !== '-' && tokens.slice(i + 1, i + 3).some((u) => u.pos === 'NOUN');
      if (noun || tokens[i - 1]?.pos === 'SYM') add('figure');
    }
    const kind = words.get(t.lemma) ?? words.get(t.lower);
    if (kind === 'boast' && !t.negated) add('brag');
    if (
      RISE.has(t.lemma) &&
      t.pos === 'VERB' &&
      !t.negated &&
      tokens.slice(i + 1, i + 4).some((u) => rankWords().has(u.lower))
    )
      add('rise');
    if (kind === 'act' && (t.pos === 'VERB' || t.pos === 'NOUN') && !t.negated) add('deed');
    if (kind === 'aim' && tokens.slice(Math.max(0, i - 5), i).some((u) => SEEKING.has(u.lemma)))
      add('seek');
    if (
      kind === 'own' &&
      tokens.slice(Math.max(0, i - 3), i).some((u) => /^(?:my|our)$/.test(u.lower))
    )
      add('own');
  });
  return n;
}

/** Whether the sentence names the greeted recipient again, past the greeting. */
function namesThem(ctx: RuleContext, s: SentenceReading): boolean {
  const name = ctx.greetedName ?? ctx.name;
  if (!name) return false;
  const words = new Set(
    name
      .toLowerCase()
      .split(/[\s.]+/)
      .filter((w) => w.length > 1 && !isTitle(w)),
  );
  // The greeting's own name ("Hi Alison, …") is where it belongs.
  const at = ctx.text.indexOf(name);
  const greeted = at >= 0 ? at + name.length : 0;
  return s.tokens.some((t) => t.start >= greeted && words.has(t.lower.replace(/['’]s$/, '')));
}

/** Whether any sentence is about the recipient, to them or of them. */
function aboutThem(ctx: RuleContext): boolean {
  return ctx.reading.sentences.some(
    (s) =>
      !s.roles.has('disclosure') &&
      (s.roles.has('third-person') || namesThem(ctx, s) || sideOf(s) === 'recipient'),
  );
}

const NEEDING = new Set(['want', 'need', 'seek', 'look', 'use', 'welcome', 'value']);
const HELP = new Set([
  'someone',
  'somebody',
  'anyone',
  'advice',
  'help',
  'guidance',
  'expert',
  'steer',
  'input',
  'pointer',
  'tip',
  'view',
]);

/**
 * The sender's plan told to say what they need of someone who knows ("our farm group…
 * wants someone who knows the export paperwork"): a reason to ask them, not a boast.
 */
function asksHelp(s: SentenceReading): boolean {
  // A boast a pattern read stands; the model's lean alone does not outweigh the wording.
  if (s.roles.get('self-promotion')?.pattern !== undefined) return false;
  return s.tokens.some((t, i) => {
    if (!NEEDING.has(t.lemma) || t.negated) return false;
    const next = s.tokens.slice(i + 1, i + 5);
    if (next.some((u) => HELP.has(u.lemma) || HELP.has(u.lower))) return true;
    // "looking to speak with franchise lawyers", "want to compare notes with other growers":
    // a talk sought with others who know, not the sender's news (precision16).
    const k = next.findIndex((u) => CONFER.has(u.lemma));
    return (
      k >= 0 &&
      next[k - 1]?.lower === 'to' &&
      !s.tokens.slice(i + 2 + k, i + 5 + k).some((u) => /^(?:my|our|me|us)$/.test(u.lower))
    );
  });
}

// Talking with someone who knows: what a plan wants of them (precision16).
const CONFER = new Set(['speak', 'talk', 'compare', 'swap', 'exchange', 'learn', 'consult']);

/** Sentences about the sender alone, when no sentence is about the recipient. */
function monologue(ctx: RuleContext): SentenceReading[] {
  const own: SentenceReading[] = [];
  for (const s of ctx.reading.sentences) {
    // An offer or pitch ("30% off for anyone who connects") is irrelevant-offer's business.
    if (s.roles.has('disclosure') || s.roles.has('pitch')) continue;
    // A sentence about them in the third person is about them all the same ("I met
    // Alison…", "his advice would be a blessing"): the perspective rule says how to say it.
    if (s.roles.has('third-person') || namesThem(ctx, s)) return [];
    const side = sideOf(s);
    if (side === 'recipient') return [];
    if (side === 'sender' && !asksHelp(s)) own.push(s);
  }
  return own;
}

export const selfFocus: Rule = {
  id: 'self-focus',
  defaultSeverity: 'warning',
  description: 'Do not make it all about yourself: say what connecting means for both of you.',
  check(ctx) {
    let self = 0;
    let other = 0;
    // A disclosure, or a sentence about them in the third person, is its own rule's business:
    // its I/me/my do not make the note a monologue.
    const elsewhere = ctx.reading.sentences
      .filter(
        (s) => s.roles.has('disclosure') || s.roles.has('third-person') || s.roles.has('pitch'),
      )
      .map((s) => s.sentence);
    // An "I" in the reason to connect ("I'd value your view", "I'd love to learn from it")
    // serves them: only the sender's own sentences make a monologue. How I found them ("I saw
    // your talk") is no reason, and a boast stays a boast.
    const theirs = ctx.reading.sentences
      .filter(
        (s) =>
          s.roles.get('purpose')?.pattern !== undefined &&
          !s.roles.has('self-promotion') &&
          // "I saw your talk and I'd love to learn from it": how I found them, then the reason.
          (!s.roles.has('context') || s.tokens.some((t) => EXCHANGE.has(t.lemma))) &&
          (sideOf(s) === 'recipient' || s.tokens.some((t) => EXCHANGE.has(t.lemma))),
      )
      .map((s) => s.sentence);
    const within = (t: { start: number; end: number }, list: readonly Sentence[]) =>
      list.some((s) => t.start >= s.start && t.end <= s.end);
    // "thanks for meeting me", "let me know": the reader's doing, not the sender's; unless
    // the note boasts, where every "me" counts as it always has.
    const boasts = ctx.reading.sentences.some((s) => s.roles.has('self-promotion'));
    const done = new Set(
      (boasts ? [] : ctx.reading.sentences).flatMap((s) => {
        const at = forThem(s.tokens);
        return s.tokens.filter((_, i) => at.has(i)).map((t) => t.start);
      }),
    );
    for (const t of ctx.analysis.tokens) {
      if (within(t, elsewhere) || done.has(t.start)) continue;
      if (SELF.has(t.lower)) {
        if (!within(t, theirs)) self++;
      } else if (isOther(t.lower)) other++;
    }
    // With no "you" at all, four I/me/my already make a monologue; otherwise it takes
    // five and three times as many as "you"/"your".
    const selfish = other === 0 ? self >= 4 : self >= 5 && self >= 3 * other;
    // "…my firm is opening a second kitchen, so I'm looking to speak with chefs who…": a plan
    // told to say whom the sender seeks is a self-serving reason, even where the model alone
    // leans to reading it as a boast (the writers' convention).
    const boast = ctx.reading.sentences
      .find((s) => s.roles.has('self-promotion') && !s.roles.has('pitch') && !asksHelp(s))
      ?.roles.get('self-promotion');
    // The model's boast stands where the sentence sells the sender or the note says nothing
    // of the recipient; "I do 3D in Lisbon. Could use your advice." is who is asking, and why.
    // A favour done them ("I've recommended your boats to three clients") says how they
    // know each other, whatever it counts: not a boast.
    const boastful = ctx.reading.sentences.filter(
      (s) => s.roles.has('self-promotion') && !s.roles.has('pitch') && !favours(s) && !asksHelp(s),
    );
    // Kinds of credential, and figures one by one ("twenty years… over 500 schools" is two).
    const figures = boastful
      .flatMap((s) => s.tokens)
      .filter((t, i, all) => t.pos === 'NUM' && all[i - 1]?.pos !== 'NUM').length;
    // A sentence that turns to them in the same breath ("I'm an electrician with 10 years on
    // the tools, and a mate said you run…") says who is asking: one credential at most.
    const selling =
      boastful.reduce((sum, s) => {
        const own = credentials(s);
        const toThem = turnsTo(s.tokens) && !showsOff(s);
        return sum + (toThem ? Math.min(1, own) : own);
      }, 0) + Math.max(0, figures - 1);
    // One credential that says who is asking, beside a sentence about them that is not the
    // ask ("I'd value your view on the PGCE routes", "…a maths scheme as good as yours"), is
    // context, not a sales pitch; "Connect so you can keep up" is the sender's own reason.
    const turnsToThem = ctx.reading.sentences.some(
      (s) => !s.roles.has('ask') && !s.roles.has('disclosure') && sideOf(s) === 'recipient',
    );
    const sold = boast !== undefined && selling > 0 && !(selling === 1 && turnsToThem);
    // Without either, only a boast the model is sure of ("I'm booked till December").
    const sure = (boast?.probability ?? 0) >= SURE;
    if (!selfish && boast && (sold || (sure && !aboutThem(ctx)))) {
      return [
        {
          message: `${quoted(boast.words, 'This')} is about your own achievements; the note says little about them.`,
          suggestion:
            'Swap the credentials for a line about them: what you admire in their work, or what you could exchange.',
          start: boast.sentenceStart,
          end: boast.sentenceEnd,
        },
      ];
    }
    if (!selfish) {
      const own = monologue(ctx);
      const sells = own.reduce((sum, s) => sum + credentials(s), 0);
      // One credential is enough when the reason to connect is to watch the sender.
      const shown = own.length > 0 && ctx.reading.sentences.some(showsOff);
      if (sells < (shown ? 1 : 2)) return [];
      return [
        {
          message: `${own.length === 1 ? 'The note speaks' : `${own.length} sentences speak`} of you and your work, and none of them.`,
          suggestion:
            'Turn a sentence toward them: what you admire in their work, or what you could exchange.',
        },
      ];
    }
    return [
      {
        message: `The note is mostly about you: “I/me/my” ${self} times, “you/your” ${other === 0 ? 'not once' : `${other} time${other === 1 ? '' : 's'}`}.`,
        suggestion:
          'Turn a sentence toward them: what you admire in their work, or what you could exchange.',
      },
    ];
  },
};
