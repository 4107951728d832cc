// A varied, deterministic corpus of ~200-character connection notes, good and bad, built from
// the guide's examples (seed/connection-message-guide.txt) and variations on them: the same
// greet → jog memory → say why → ask structure, with the guide's pitfalls mixed in.
import type { RelationshipId, ReviewOptions } from '../../../src/coach/types.js';
import { seededRandom } from '../lib/stats.js';

export interface CorpusNote {
  text: string;
  options: ReviewOptions;
}

const NAMES = [
  'John',
  'Jane',
  'Camille',
  'Laura',
  'Lindsey',
  'Matt',
  'Anthony',
  'Rebecca',
  'Priya',
  'Leo',
  'Mateo',
  'Aisha',
  'Sven',
  'Noor',
  'Kenji',
  'Olivia',
];
const SENDERS = ['Michelle', 'Sam', 'Tomás', 'Grace', 'Daniel', 'Yuki'];
const MUTUALS = ['Samantha', 'Sam', 'Rohan', 'Elena'];
const COMPANIES = [
  'ABC Company',
  'XYZ Company',
  'Company X',
  'Acme Robotics',
  'Northwind',
  'Globex',
];
const EVENTS = [
  'the XYZ networking event',
  "last week's Content Marketing Conference",
  "yesterday's chamber of commerce networking event",
  'the DevOps meetup in Berlin',
  'the SaaS founders breakfast',
  'the AWS Summit',
];
const TOPICS = [
  'marketing trends in the construction industry',
  'video marketing',
  'optimizing client onboarding processes',
  'optimizing sales funnels',
  'serverless data pipelines',
  'fintech compliance',
  'B2B pricing experiments',
  'UI accessibility audits',
];
const FIELDS = [
  'social media specialists in the Portland area',
  'product designers in fintech',
  'DevOps leads in healthcare',
  'B2B marketers in Austin',
];

type Parts = { greet: string[]; memory: string[]; why: string[]; ask: string[] };

const PARTS: Record<RelationshipId, Parts> = {
  'met-briefly': {
    greet: ['Hi {name}, this is {sender} from {event}.', 'Hello {name},'],
    memory: [
      'I enjoyed chatting about {topic}.',
      'I really enjoyed our chat about {topic} at {event}.',
    ],
    why: [
      'I’d love to connect on LinkedIn to continue the conversation.',
      'It would be great to keep swapping ideas on {topic}.',
    ],
    ask: ['Hope you’ll accept my invitation!', 'Looking forward to staying in touch.'],
  },
  'after-meeting': {
    greet: [
      'Great meeting you yesterday at the conference, {name}!',
      'Hi {name}, great meeting you today.',
    ],
    memory: [
      'As discussed, I’d love to share ideas about {topic}.',
      'Thanks for walking me through {topic}.',
    ],
    why: [
      'I’d love to connect on LinkedIn to keep the conversation going.',
      'Connecting here would make it easy to follow up.',
    ],
    ask: ['Looking forward to staying in touch!', 'Please add me to your network.'],
  },
  introduced: {
    greet: [
      'Hi {name}, it was great to be introduced to you by {mutual}.',
      'Hi {name}, {mutual} suggested I reach out.',
    ],
    memory: [
      '{mutual} mentioned your expertise in {topic}.',
      'I hear you led the work on {topic} at {company}.',
    ],
    why: [
      'I am growing my network in the field and think we could have valuable conversations.',
      'I’d love to learn how you approach it.',
    ],
    ask: ['I look forward to connecting!', 'I’d appreciate you accepting my invitation.'],
  },
  cold: {
    greet: ['Hi {name}, I came across your profile while researching {field}.', 'Hi {name},'],
    memory: [
      'Your work at {company} on {topic} sounds impressive.',
      'I read your post on {topic}.',
    ],
    why: [
      'I may have some freelance projects later this year that could use your expertise.',
      'I’m connecting with more people working on {topic} to exchange ideas.',
    ],
    ask: ['I’d love to connect on LinkedIn.', 'I’d appreciate you accepting my invitation!'],
  },
  'former-colleague': {
    greet: [
      'Hey {name}, hope you’ve been well!',
      'Hi {name}, it’s been a few years since we worked together at {company}.',
    ],
    memory: [
      'I have fond memories of brainstorming ways to improve our product.',
      'I still think of our late nights shipping the {company} app.',
    ],
    why: [
      'I’d love to reconnect on LinkedIn to catch up and stay in touch.',
      'Would be great to hear what you are working on now.',
    ],
    ask: ['Let’s reconnect on LinkedIn.', 'Please add me to your network!'],
  },
  'close-contact': {
    greet: ['Hi {name}, good to see you at the reunion last week!', '{name}! Long time no see.'],
    memory: ['Loved catching up over coffee about {topic}.', 'Still laughing about the hackathon.'],
    why: [
      'Let’s stay connected here too so I can follow your work.',
      'I’d like to keep up with your new role at {company}.',
    ],
    ask: ['Let’s connect!', 'Talk soon.'],
  },
};

/** The guide's pitfalls, each turning a good note into one the coach should flag. */
const DEFECTS: Array<(note: string, pick: <T>(items: readonly T[]) => T) => string> = [
  // Typos.
  (n) =>
    n
      .replace('conversation', 'converstion')
      .replace('really', 'realy')
      .replace('network', 'netwrok'),
  (n) =>
    n
      .replace('enjoyed', 'enjoied')
      .replace('memories', 'memmories')
      .replace('impressive', 'impresive'),
  // Lazy abbreviations and text-speak.
  (n) =>
    n
      .replace(/\byou\b/, 'u')
      .replace(/\byour\b/, 'ur')
      .replace('Please', 'Pls')
      .replace('Thanks', 'Thx'),
  (n) => `${n} lmk if u wanna chat, gr8 to meet!`,
  // Pushy.
  (n) => `${n} ACCEPT MY REQUEST NOW!!!`,
  (n) => n.replace(/[.!]$/, '!!!'),
  // Contact info.
  (n, pick) =>
    `${n} ${pick(['Could you send me your email address?', 'What is your phone number?', 'Send me your home address so I can mail you something.'])}`,
  // Placeholders from a template.
  (n) => n.replace(/^(Hi|Hello|Hey) \w+/, '$1 [First Name]'),
  (n) =>
    n.replace(/Company X|ABC Company|XYZ Company|Acme Robotics|Northwind|Globex/, '{{company}}'),
  // Oversharing.
  (n, pick) =>
    `${n} ${pick(['Since my divorce I have had lots of free time.', 'I just turned 52 and need a new job badly.', 'My health has been rough lately.'])}`,
  // Irrelevant offers.
  (n) => `${n} I can offer you 50% off our consulting services, guaranteed results!`,
  // Generic stock phrases.
  () =>
    'Dear Sir/Madam, I’d like to add you to my professional network on LinkedIn. I came across your profile and think we could help each other grow. Please accept my invitation to connect.',
  (n) => `${n.replace(/^[^,]*,\s*/, '')} I’d like to add you to my professional network.`,
  // Grammar: doubled words, a/an, lowercase starts and "i", missing end punctuation.
  (n) => n.replace(' the ', ' the the ').replace(' an ', ' a ').replace(/I’d/, 'i’d'),
  (n) => n.replace(/[.!]$/, '').replace('. ', '. and ').replace(' a ', ' an '),
  // Self-focus.
  () =>
    'Hi Leo, I am a senior engineer and I built my own platform. My team and I ship my ideas every week, and I think my experience would impress. I want my network to grow, so I am adding people like me.',
  // Nothing much at all.
  (_n, pick) => pick(['Hi', 'Hi Matt', 'Connect?', '']),
];

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? whole);
}

/**
 * Builds `count` notes: about half follow the guide, half carry one of its pitfalls. Lengths are
 * steered towards ~200 characters (150–260), as LinkedIn's limits make notes that size.
 */
export function buildCorpus(count = 600, seed = 20261126): CorpusNote[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const relationships = Object.keys(PARTS) as RelationshipId[];
  const notes: CorpusNote[] = [];
  let attempts = 0;
  while (notes.length < count && attempts < count * 50) {
    attempts++;
    const relationship = pick(relationships);
    const parts = PARTS[relationship];
    const slots = {
      name: pick(NAMES),
      sender: pick(SENDERS),
      mutual: pick(MUTUALS),
      company: pick(COMPANIES),
      event: pick(EVENTS),
      topic: pick(TOPICS),
      field: pick(FIELDS),
    };
    const sentences = [pick(parts.greet), pick(parts.memory), pick(parts.why), pick(parts.ask)];
    let text = fill(sentences.join(' '), slots);
    const defective = random() < 0.5;
    if (defective) text = pick(DEFECTS)(text, pick);
    // Steer towards ~200 characters; the short "nothing at all" notes are kept on purpose.
    const nearTarget = text.length >= 150 && text.length <= 260;
    if (!nearTarget && text.length > 20) continue;
    const options: ReviewOptions = {};
    const mode = notes.length % 4;
    if (mode === 1) options.relationship = relationship;
    if (mode === 2) {
      options.relationship = relationship;
      options.name = slots.name;
      options.sender = slots.sender;
    }
    if (mode === 3) options.limit = 200;
    notes.push({ text, options });
  }
  return notes;
}

/** Neighbouring keys on a QWERTY keyboard, for slips of the finger. */
const NEIGHBOURS: Record<string, string> = {
  a: 'qsz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  q: 'w',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  w: 'qe',
  x: 'zc',
  y: 'tu',
  z: 'x',
};

/** The ways a typo is made: two letters swapped, one dropped, one doubled, a neighbour hit. */
const EDITS: Array<(w: string, at: number) => string[]> = [
  (w, at) => [w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)],
  (w, at) => [w.slice(0, at) + w.slice(at + 1)],
  (w, at) => [w.slice(0, at) + w[at] + w.slice(at)],
  (w, at) => [...(NEIGHBOURS[w[at] ?? ''] ?? '')].map((k) => w.slice(0, at) + k + w.slice(at + 1)),
];

/** Every typo of a word: one slip, then (once those are spent) two slips. */
function* typosOf(word: string): Generator<string> {
  const once: string[] = [];
  for (let at = 1; at < word.length - 1; at++) {
    for (const edit of EDITS) {
      for (const typo of edit(word, at)) {
        if (typo === word) continue;
        once.push(typo);
        yield typo;
      }
    }
  }
  for (const first of once) {
    for (let at = 1; at < first.length - 1; at++) {
      for (const edit of EDITS) yield* edit(first, at).filter((t) => t !== word);
    }
  }
}

/**
 * Returns a function that puts into a note a typo never made before by this maker, in one of
 * its lowercase words of four letters or more (a different word each time the same note comes
 * back), so a spell checker's caches cannot have seen it and its suggestions are computed.
 * Undefined for a note with no such word.
 */
export function freshTypos(): (text: string) => string | undefined {
  const used = new Set<string>();
  const sources = new Map<string, Iterator<string>>();
  const visits = new Map<string, number>();
  return (text) => {
    const words = [...text.matchAll(/\b[a-z]{4,}\b/g)];
    const visit = visits.get(text) ?? 0;
    visits.set(text, visit + 1);
    for (let k = 0; k < words.length; k++) {
      const word = words[(visit + k) % words.length];
      if (!word) continue;
      const w = word[0];
      const source = sources.get(w) ?? typosOf(w);
      sources.set(w, source);
      for (let next = source.next(); !next.done; next = source.next()) {
        if (used.has(next.value)) continue;
        used.add(next.value);
        return text.slice(0, word.index) + next.value + text.slice(word.index + w.length);
      }
    }
    return undefined;
  };
}

if (process.argv[1]?.endsWith('corpus.ts')) {
  const notes = buildCorpus();
  const lengths = notes.map((n) => n.text.length);
  const avg = lengths.reduce((a, b) => a + b, 0) / lengths.length;
  for (const note of notes.slice(0, 20)) console.log(`${note.text.length}\t${note.text}`);
  console.log(
    `${notes.length} notes, mean ${avg.toFixed(0)} chars, distinct ${new Set(notes.map((n) => n.text)).size}`,
  );
}
