import { listSet } from '../language/lists.js';
import { type NoteReading, type Role, roleModel } from '../roles/index.js';
import { isWord, type Rule } from './rule.js';

const REASONS_OF_A_KIND: readonly Role[] = ['pitch', 'pressure', 'contact-request', 'help-offer'];
/** What, said beside "let's reconnect", makes it a pretext rather than the reason. */
const PRETEXTS: readonly Role[] = ['self-promotion', 'disclosure', 'stock-phrase', 'third-person'];

// A reason for connecting, however it is said: to swap notes, because a project overlaps,
// to stay in touch. Read from the sentences' roles.
export const missingPurpose: Rule = {
  id: 'missing-purpose',
  defaultSeverity: 'warning',
  description: 'Explain why you want to connect.',
  check(ctx) {
    // A pitch, a demand or an offer of help is a reason of a kind: it says what the writer
    // wants or brings, and irrelevant-offer, pushy and contact-info already judge the first two.
    const { reading } = ctx;
    if (REASONS_OF_A_KIND.some((r) => reading.has(r))) return [];
    if (reading.plausibly('purpose', { except: empty }) && !boastedReason(reading)) return [];
    if (renewal(reading)) return [];
    const reconnecting =
      ctx.relationship === 'former-colleague' || ctx.relationship === 'close-contact';
    if (reconnecting && cheer(reading)) return [];
    return [
      {
        message: 'The note does not say why you want to connect.',
        suggestion: reconnecting
          ? 'Add a reason, e.g. “…to catch up and stay in touch.”'
          : 'Add a specific reason, e.g. “…to exchange ideas about onboarding in fintech.”',
      },
    ];
  },
};

/** A sentence whose only "reason" is growing one's network, or a private matter's consequence. */
const empty = (s: NoteReading['sentences'][number]): boolean =>
  bareNetworking(s) || disclosedConsequence(s);

/**
 * "Technicolor days, let's reconnect!": asking to reconnect after a memory of a shared past is
 * itself the reason, renewing the tie (175 of 176 such labelled notes have no purpose missing),
 * unless a boast or a private matter beside it shows the reunion is a pretext.
 */
function renewal(reading: NoteReading): boolean {
  const asks = reading.sentences.filter((s) => s.roles.has('ask'));
  const reconnect = asks.some((s) => s.tokens.some((t) => /^re-?connect/.test(t.lower)));
  // labels16: "…I've been in rehab since then, so would love to reconnect": the private matter
  // is why they write now, and reconnecting is what they want; oversharing judges the rest.
  const pretext = reading.sentences.some((s) =>
    PRETEXTS.some((r) => s.roles.has(r) && !(r === 'disclosure' && soReconnect(s))),
  );
  return reconnect && reading.plausibly('context') && !pretext;
}

/** "…, so I'd love to reconnect": the ask to reconnect is what the sentence comes to. */
function soReconnect(s: NoteReading['sentences'][number]): boolean {
  const so = s.tokens.findIndex((t) => t.lower === 'so');
  return so >= 0 && s.tokens.slice(so + 1).some((t) => /^re-?connect/.test(t.lower));
}

let news: ReadonlySet<string> | undefined;
let notNews: ReadonlySet<string> | undefined;
/** What can be wrong with a note beside cheering, which makes the cheer a pretext. */
const FAULTS: readonly Role[] = [...PRETEXTS, ...REASONS_OF_A_KIND];

/**
 * "Saw your studio opened, so happy for you! Let's connect.": to a friend or former colleague,
 * news of theirs cheered beside an ask is the reason (309 of 313 such labelled notes have no
 * purpose missing), unless a boast, a pitch or a private matter sits beside it.
 */
function cheer(reading: NoteReading): boolean {
  news ??= listSet(new URL('./data/their-news.txt', import.meta.url));
  notNews ??= listSet(new URL('./data/not-news.txt', import.meta.url));
  const theirs = news;
  const other = notNews;
  if (!reading.has('ask') || FAULTS.some((r) => reading.has(r))) return false;
  return reading.sentences.some(
    (s) =>
      !s.roles.has('ask') &&
      s.tokens.some((t) => theirs.has(t.lower)) &&
      !s.tokens.some((t) => other.has(t.lower)),
  );
}

/** How sure the model must be that a sentence boasts for its "reason" to count for nothing. */
const SURE_BOAST = 0.9;
const YOU: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'ur', 'u', 'ya']);
let seeking: ReadonlySet<string> | undefined;

/**
 * "I run the busiest bow workshop in the west of Scotland and I'm now expanding into cello
 * bows. Happy to connect.": a plan told inside a boast ("I'm launching…", "I run…") says who
 * I am, not why I write to them, when nothing in it speaks of them and no other sentence gives
 * a reason, not even one the model half leans to. What one seeks ("…and I'm now after a
 * supervisor post") is a reason, boast or not. Beside a boast, a bare "Let's reconnect" the
 * model leans to reading as a reason is the boast's ask. (A private matter told the same way
 * is not treated so: the labels often read "so I'm keen on paid work" after it as a reason.)
 */
function boastedReason(reading: NoteReading): boolean {
  seeking ??= listSet(new URL('./data/seeking.txt', import.meta.url));
  const wants = seeking;
  const threshold = (roleModel().roles.purpose?.threshold ?? 0.5) * 0.7;
  const pretext = reading.sentences.some(
    (s) => (s.roles.get('self-promotion')?.probability ?? 0) >= SURE_BOAST,
  );
  let told = 0;
  for (const s of reading.sentences) {
    const e = s.roles.get('purpose');
    if (empty(s) || (!e && (s.probabilities.get('purpose') ?? 0) < threshold)) continue;
    const seeks = s.tokens.some((t) => wants.has(t.lower) || wants.has(t.lemma));
    const ranked = ranksItself(s);
    const boast = (s.roles.get('self-promotion')?.probability ?? 0) >= SURE_BOAST || ranked;
    const asks = s.roles.has('ask');
    if (
      !asks &&
      !seeks &&
      boast &&
      (e?.pattern !== undefined || ranked) &&
      !s.tokens.some((t) => YOU.has(t.lower))
    ) {
      told++;
    } else if (asks && pretext && e?.pattern === undefined && bareReconnect(s)) {
      told++;
    } else {
      return false;
    }
  }
  return told > 0;
}

let rankings: ReadonlySet<string> | undefined;

/**
 * "We run three cloud kitchens in Banjara Hills and our biryani is rated highest in the city":
 * what one runs, ranked above the rest, sells the sender whether or not the model is sure.
 */
function ranksItself(s: NoteReading['sentences'][number]): boolean {
  rankings ??= listSet(new URL('./data/rankings.txt', import.meta.url));
  const ranks = rankings;
  // Their work ranked ("his academy has the best courts", "the best I have seen") is praise.
  if (s.tokens.some((t) => OTHERS.has(t.lower))) return false;
  // The thing ranked is ours: "I run…", "our unit…" comes first.
  const ours = s.tokens.findIndex((t) => OURS.has(t.lower));
  return s.tokens.some(
    (t, i) =>
      ours >= 0 &&
      i > ours &&
      !t.negated &&
      !JUDGE.has(s.tokens[i + 1]?.lower ?? '') &&
      (ranks.has(t.lower) ||
        (t.lower === 'number' && ['one', '1'].includes(s.tokens[i + 1]?.lower ?? ''))),
  );
}
const OTHERS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their']);
const OURS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', "i'm", 'i’m', "we're", 'we’re']);
const JUDGE: ReadonlySet<string> = new Set(['i', "i've", 'i’ve', 'we', "we've", 'we’ve', 'ever']);

/** "Let's reconnect!", "Up for reconnecting here?": asking to reconnect and nothing more. */
function bareReconnect(s: NoteReading['sentences'][number]): boolean {
  const words = s.tokens.filter(isWord);
  return words.some((t) => /^re-?connect/.test(t.lower)) && words.length <= 6;
}

// labels16: wordings that look like a reason and say nothing particular.
type Token = NoteReading['sentences'][number]['tokens'][number];
type SentenceReading = NoteReading['sentences'][number];
const data = (file: string): URL => new URL(`./data/${file}`, import.meta.url);
let growth: ReadonlySet<string> | undefined;
let networks: ReadonlySet<string> | undefined;
let networkFiller: ReadonlySet<string> | undefined;
let soWants: ReadonlySet<string> | undefined;

/** Where a clause ends: "…grow my network, so please connect", "…as I consider…". */
const BOUNDARY: ReadonlySet<string> = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  'so',
  'and',
  'but',
  'as',
  'because',
  'since',
  'before',
  'while',
]);

/**
 * "I'm growing my network, so please connect.", "I am always looking to expand my network with
 * like-minded professionals.": growing one's network, with no field or group of people named,
 * is no reason (the guide: "even if your primary goal is simply to grow your network, share a
 * specific reason"). "…my network in Kenyan agritech" names one. Outside that clause the
 * sentence says nothing else, or only boasts or tells a private matter.
 */
export function bareNetworking(s: SentenceReading): boolean {
  growth ??= listSet(data('network-growth.txt'));
  networks ??= listSet(data('network-nouns.txt'));
  networkFiller ??= listSet(data('network-filler.txt'));
  const [grow, nets, filler] = [growth, networks, networkFiller];
  const { tokens } = s;
  const at = tokens.findIndex(
    (t, i) =>
      !t.negated &&
      grow.has(t.lemma) &&
      tokens.slice(i + 1, i + 5).some((u) => nets.has(u.lower) || nets.has(u.lemma)),
  );
  if (at < 0) return false;
  let first = at;
  while (first > 0 && !BOUNDARY.has(tokens[first - 1]?.lower ?? '')) first--;
  let end = at + 1;
  while (end < tokens.length && !BOUNDARY.has(tokens[end]?.lower ?? '')) end++;
  const plain = (t: Token): boolean =>
    !isWord(t) ||
    BOUNDARY.has(t.lower) ||
    filler.has(t.lower) ||
    grow.has(t.lemma) ||
    nets.has(t.lower) ||
    nets.has(t.lemma);
  if (!tokens.slice(first, end).every(plain)) return false;
  if (s.roles.has('self-promotion') || s.roles.has('disclosure')) return true;
  return [...tokens.slice(0, first), ...tokens.slice(end)].every(plain);
}

/**
 * "My wife left me in spring, so your talk hit home.": a private matter, "so", and a
 * consequence or a feeling gives no reason, however the model leans. "…so I really need work",
 * "…so I'd love to reconnect" say what one wants, and are reasons (oversharing judges the rest).
 */
export function disclosedConsequence(s: SentenceReading): boolean {
  soWants ??= listSet(data('so-wants.txt'));
  const wants = soWants;
  // Patterns too: "…so your talk hit home" reads as a reason where the talk is why one writes.
  if (!s.roles.has('disclosure')) return false;
  const so = s.tokens.findLastIndex((t) => t.lower === 'so');
  // "so sorry", "so tight": an intensifier, not a clause.
  const next = s.tokens[so + 1];
  if (so < 0 || next === undefined || next.pos === 'ADJ' || next.pos === 'ADV') return false;
  return !s.tokens.slice(so + 1).some((t) => wants.has(t.lower) || wants.has(t.lemma));
}
