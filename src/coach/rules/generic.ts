import { listSet } from '../language/lists.js';
import type { SentenceReading } from '../roles/index.js';
import { quoted, type Rule, type RuleReport } from './rule.js';

let plain: ReadonlySet<string> | undefined;

/** A sentence that is a call to action and nothing else ("Please accept my request."). */
function plainAsk(s: SentenceReading): boolean {
  plain ??= listSet(new URL('./data/plain-ask.txt', import.meta.url));
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT');
  return (
    s.roles.get('ask')?.pattern !== undefined &&
    words.length <= 8 &&
    words.every((t) => plain?.has(t.lemma) || plain?.has(t.lower))
  );
}

/** Platforms a template names as readily as a person does ("your profile on LinkedIn"). */
const PLATFORMS = new Set(['linkedin', 'linked', 'in']);

/** "I'm", "I'd": the tagger now and then calls them proper nouns. */
const SELF = /^i(?:$|['’])/;

/**
 * Whether the sentence names something particular after its greeting: a place, a firm, a
 * number ("while researching social media specialists in the Portland area"). A template
 * cannot, so the model's lean towards "stock" on such a sentence is its wording, not its
 * substance.
 */
function namesSomething(s: SentenceReading, names: ReadonlySet<string>): boolean {
  let tokens = s.tokens;
  if (s.roles.has('greeting')) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma >= 0) tokens = tokens.slice(comma + 1);
  }
  return tokens.some(
    (t) =>
      (t.pos === 'NUM' || (t.pos === 'PROPN' && !SELF.test(t.lower))) &&
      !PLATFORMS.has(t.lower) &&
      !names.has(t.lower),
  );
}

// Stock phrases that read as a template ("I'd like to add you to my professional network",
// "Dear Sir/Madam"): a sentence that says nothing about this person in particular.
export const generic: Rule = {
  id: 'generic',
  defaultSeverity: 'warning',
  description: 'Avoid stock phrases that read as a template; say something specific to them.',
  check(ctx) {
    const out: RuleReport[] = [];
    const names = new Set(ctx.nameWords);
    for (const w of ctx.greetedName?.toLowerCase().split(/\s+/) ?? []) names.add(w);
    const stock = ctx.reading.sentences.filter((s) => s.roles.has('stock-phrase'));
    for (const s of stock) {
      const e = s.roles.get('stock-phrase');
      if (!e) continue;
      // A plain ask the model leans to call stock ("Please accept my connection request.")
      // is the guide's own call to action; it reads as a template only beside another stock
      // phrase, not after a note that is specific to them.
      if (e.pattern === undefined && stock.length < 2 && plainAsk(s)) continue;
      // A greeting that names no one ("Dear Valued Professional,") is the template itself.
      const namelessGreeting = s.roles.has('greeting') && ctx.greetedName === undefined;
      if (e.pattern === undefined && !namelessGreeting && namesSomething(s, names)) continue;
      out.push({
        message: `${quoted(e.words, 'This sentence')} reads as a template: it could be sent to anyone.`,
        suggestion: 'Say how you know them and why this connection in particular.',
        start: e.sentenceStart,
        end: e.sentenceEnd,
      });
    }
    return out;
  },
};
