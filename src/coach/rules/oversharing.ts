import { roleModel } from '../roles/index.js';
import { loadLexicons } from '../roles/lexicon.js';
import { quoted, type Rule, type RuleReport } from './rule.js';

// Which family of personal matter the words belong to, for the message.
const TOPICS: readonly [list: string, topic: string][] = [
  ['health', 'health'],
  ['family', 'family or private life'],
  ['money', 'money'],
  ['beliefs', 'faith or politics'],
];

// The word lists of personal matters.
const PERSONAL = ['health', 'family', 'money', 'beliefs', 'private', 'appearance'];

export const oversharing: Rule = {
  id: 'oversharing',
  defaultSeverity: 'warning',
  description: 'Do not overshare personal details about yourself or the recipient.',
  check(ctx) {
    const lexicons = loadLexicons();
    const out: RuleReport[] = [];
    for (const s of ctx.reading.sentences) {
      const e = s.roles.get('disclosure');
      if (!e) continue;
      // A boast the model half reads as a disclosure ("since I left the station I've logged
      // 6,000 hours, bought my own R44") names no personal matter: it is self-promotion.
      const personal = s.tokens.some((t) =>
        PERSONAL.some((list) => lexicons.has(list, t.lemma, t.lower)),
      );
      if (e.pattern === undefined && s.roles.has('self-promotion') && !personal) continue;
      // The model alone, barely over its threshold, with no word of a personal matter: the
      // words it would quote ("so", "reach") tell the writer nothing.
      if (e.pattern === undefined && !personal && e.probability < 1.5 * disclosureThreshold()) {
        continue;
      }
      const lists = e.words.flatMap((w) => lexicons.listsOf(w.toLowerCase()));
      const topic = TOPICS.find(([list]) => lists.includes(list))?.[1] ?? 'personal';
      out.push({
        message: `${quoted(e.words, 'This')} shares something ${topic === 'personal' ? 'personal' : `personal (${topic})`}: it does not belong in a first note.`,
        suggestion:
          'Keep the first note professional; leave personal matters for when you know each other.',
        start: e.sentenceStart,
        end: e.sentenceEnd,
      });
    }
    return out;
  },
};

function disclosureThreshold(): number {
  return roleModel().roles.disclosure?.threshold ?? 0.5;
}
