import type { Rule } from './rule.js';

// The guide: "Aim to write 1-3 concise sentences." Its own example notes run to four and
// five sentences, and the coach says so: the fourth sentence is where a note stops being
// a note. A greeting on its own line or a sign-off is not counted.
export const MAX_SENTENCES = 3;

export const tooManySentences: Rule = {
  id: 'too-many-sentences',
  defaultSeverity: 'warning',
  description: 'Keep the note to 1–3 sentences.',
  check(ctx) {
    const { sentences, countedSentences } = ctx.analysis;
    if (countedSentences <= MAX_SENTENCES) return [];
    let seen = 0;
    let start: number | undefined;
    let end: number | undefined;
    for (const s of sentences) {
      if (s.endToken === s.firstToken || s.greetingOnly || s.signOff) continue;
      seen++;
      if (seen === MAX_SENTENCES + 1) start = s.start;
      if (seen > MAX_SENTENCES) end = s.end;
    }
    return [
      {
        message: `${countedSentences} sentences: the guide recommends 1–${MAX_SENTENCES} for a connection note.`,
        suggestion: 'Merge or drop sentences; you can say more once they have accepted.',
        start,
        end,
      },
    ];
  },
};
