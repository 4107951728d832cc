// Issue 9 §5: each variant differs in structure, its ask too. Two variants that end on the
// same sentence ("… I'd love to connect to send you the list.") ask alike, however their
// openings differ.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/eval/drafts.js';
import { lastSentence } from '../../src/coach/draft/compose.js';
import { draft } from '../../src/coach/draft.js';

// Said independently of the drafter's own splitter: the text after the last sentence
// break, where a break is a full stop, "!" or "?" before a space and a capital, and not the
// dot of a title or an initial ("Dr. Obi", "A. K. Mensah").
function endOf(text: string): string {
  const breaks = [...text.matchAll(/[.!?]+\s+(?=\p{Lu})/gu)].filter((match) => {
    const before = text.slice(0, match.index);
    return !/(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Engr|St|Ma)|\b\p{Lu})$/u.test(before);
  });
  const last = breaks.at(-1);
  const from = last ? (last.index ?? 0) + last[0].length : 0;
  return text
    .slice(from)
    .replace(/[\s.!?]+$/, '')
    .toLowerCase();
}

describe('draft: variants end on asks of their own (draft21)', () => {
  it('no two variants of a tuning input share their last sentence', () => {
    const alike: string[] = [];
    for (const item of readCorpus('tuning')) {
      let drafts: { text: string }[];
      try {
        drafts = draft(item.input).drafts;
      } catch {
        continue;
      }
      const ends = drafts.map((d) => endOf(d.text));
      if (new Set(ends).size < ends.length) alike.push(`${item.id}: ${drafts[0]?.text}`);
    }
    expect(alike).toEqual([]);
  }, 180_000);

  it('reads the last sentence past a title or an initial', () => {
    expect(lastSentence('Hi Dr. Obi, we met at NSE. I read the paper by A. K. Mensah.')).toBe(
      'i read the paper by a. k. mensah',
    );
    expect(lastSentence("Hello Sam! Let's reconnect!")).toBe("let's reconnect");
  });

  it('says the tight personal ask in words other than the classic one', () => {
    // A 200-character limit makes both variants write tight.
    const { drafts } = draft({
      name: 'Tomasz Nowak',
      relationship: 'after-meeting',
      context: 'the site walk along the Vistula embankment on Friday with the flood defence group',
      purpose: 'follow up on the sandbag logistics plan he mentioned for the spring',
      limit: 200,
    });
    expect(drafts).toHaveLength(3);
    const ends = drafts.map((d) => endOf(d.text));
    expect(new Set(ends).size).toBe(ends.length);
  });
});

describe('draft: a thank-you keeps what it is for, or goes (draft21)', () => {
  it('never splices a bare "thank you" into another sentence', () => {
    const { drafts } = draft({
      name: 'Councillor Ruth Okafor',
      relationship: 'after-meeting',
      context:
        'the residents meeting at Peckham Library on Tuesday about the bus lane, thank you for staying late and answering the traders, I was the one from the bike shop on Rye Lane',
      purpose:
        "I'd like to keep her updated on the footfall survey we're running with the other shops",
      limit: 300,
    });
    expect(drafts.length).toBeGreaterThan(1);
    for (const { text } of drafts) {
      expect(text).not.toMatch(/\bthank(?:s| you)(?: so much| again)?\s*[,.!]/i);
      expect(text).toContain('Rye Lane');
    }
  });
});
