import { quoted, type Rule } from './rule.js';

const SELF = new Set(['i', "i'd", "i'll", "i'm", "i've", 'me', 'mine', 'my', 'myself']);
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
]);

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
      .filter((s) => s.roles.has('disclosure') || s.roles.has('third-person'))
      .map((s) => s.sentence);
    for (const t of ctx.analysis.tokens) {
      if (elsewhere.some((s) => t.start >= s.start && t.end <= s.end)) continue;
      if (SELF.has(t.lower)) self++;
      else if (OTHER.has(t.lower)) other++;
    }
    // With no "you" at all, four I/me/my already make a monologue; otherwise it takes
    // five and three times as many as "you"/"your".
    const selfish = other === 0 ? self >= 4 : self >= 5 && self >= 3 * other;
    const boasts = ctx.reading.withRole('self-promotion');
    const boast = boasts[0];
    if (!selfish && boast) {
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
    if (!selfish) return [];
    return [
      {
        message: `The note is mostly about you: “I/me/my” ${self} times, “you/your” ${other === 0 ? 'not once' : `${other} time${other === 1 ? '' : 's'}`}.`,
        suggestion:
          'Turn a sentence toward them: what you admire in their work, or what you could exchange.',
      },
    ];
  },
};
