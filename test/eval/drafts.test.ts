// The drafts evaluation (issue 9) on the sealed corpus, which the drafter was never tuned
// on. The target share of drafts fit to send (TARGET, 95%) is not reached yet, so the test
// holds the line where the figure stands (FLOOR): a change that makes drafts worse fails
// the build; `npm run eval -- drafts` prints the figure against the target. The judge itself
// is checked on drafts a person would and would not send, so the figure means what it says.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CorpusCase,
  evaluate,
  greetedAs,
  judge,
  readCorpus,
  TARGET,
} from '../../scripts/eval/drafts.js';

const SARAH: CorpusCase = {
  id: 't1',
  input: {
    name: 'Sarah Chen',
    relationship: 'cold',
    context: 'I read her paper on sepsis',
    purpose: 'to learn more about her research',
    limit: 300,
  },
  greet: ['Sarah'],
  pronoun: 'she',
  facts: ['paper on sepsis'],
};

describe('the judge of a draft', () => {
  it('passes a draft a person would send', () => {
    expect(
      judge(
        SARAH,
        'Hi Sarah, I read your paper on sepsis. I’d love to connect on LinkedIn to learn more about your research.',
      ),
    ).toEqual([]);
  });

  it('fails a draft that talks about her, drops a fact or greets her wrongly', () => {
    const reasons = (text: string) => judge(SARAH, text).map((r) => r.reason);
    expect(
      reasons(
        'Hi Sarah, I read her paper on sepsis. I’d love to connect on LinkedIn to learn more about her research.',
      ),
    ).toContain('perspective');
    expect(
      reasons(
        'Hi Sarah, I read your paper. I’d love to connect on LinkedIn to learn more about your research.',
      ),
    ).toContain('facts');
    expect(
      reasons(
        'Hi Chen, I read your paper on sepsis. I’d love to connect on LinkedIn to learn more about your research.',
      ),
    ).toContain('greeting');
  });

  it('finds the greeting at the start or as the closing vocative', () => {
    expect(greetedAs('Hi Dr van der Linden, great to meet you.')).toBe('Dr van der Linden');
    expect(greetedAs('Great meeting you at PyCon, Zhang Wei! Let’s connect.')).toBe('Zhang Wei');
    expect(greetedAs('Hi Dr. !Naruseb, good to see you again.')).toBe('Dr. !Naruseb');
    expect(greetedAs('Ana Lúcia, it’s been a while.')).toBe('Ana Lúcia');
  });

  it('reads a title’s full stop as part of the name, not the end of the greeting', () => {
    expect(greetedAs('Hi Dr. Souza, Helena recommended you.')).toBe('Dr. Souza');
    expect(greetedAs('Helena recommended you, Dr. Souza! Let’s connect.')).toBe('Dr. Souza');
    // Titles of other languages and trades: Spanish, Austrian, Swahili, a pastor's.
    expect(greetedAs('Hi Dra. Ibarra, I read your paper.')).toBe('Dra. Ibarra');
    expect(greetedAs('Amira suggested I write, Mag. Gruber! Let’s connect.')).toBe('Mag. Gruber');
    expect(greetedAs('Hello Bi. Zawadi, Juma introduced us.')).toBe('Bi. Zawadi');
    expect(greetedAs('Hi Pr. Mensah, thank you for the talk.')).toBe('Pr. Mensah');
  });

  it('reads an initial’s full stop as part of the name too', () => {
    expect(greetedAs('Hi V. Raghavan, thank you for our meeting.')).toBe('V. Raghavan');
    expect(greetedAs('Hello T.J., great meeting you.')).toBe('T.J.');
    expect(greetedAs('Hi Ma. Luisa, we were shift leads.')).toBe('Ma. Luisa');
    expect(
      greetedAs('Great meeting you at the fair, Rowena! I work at Plan B. Let’s connect.'),
    ).toBe('Rowena');
  });
});

describe('the corpus parts', () => {
  it('reads every tuning*.jsonl as the tuning part and every sealed*.jsonl as the sealed part', () => {
    const dir = `${mkdtempSync(join(tmpdir(), 'drafts-'))}/`;
    const line = (id: string) => `${JSON.stringify({ ...SARAH, id })}\n`;
    writeFileSync(`${dir}tuning.jsonl`, line('a'));
    writeFileSync(`${dir}tuning-b.jsonl`, line('b') + line('c'));
    writeFileSync(`${dir}sealed.jsonl`, line('d'));
    writeFileSync(`${dir}sealed-b.jsonl`, line('e'));
    expect(readCorpus('tuning', dir).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(readCorpus('sealed', dir).map((item) => item.id)).toEqual(['d', 'e']);
  });
});

/** Where the sealed figure stands (93.7% on nine parts); raise it when the figure rises. */
const FLOOR = 0.933;

describe('drafts fit to send on the sealed corpus', () => {
  it(`stays at or above ${(FLOOR * 100).toFixed(1)}% (target ${TARGET * 100}%) on inputs the drafter was not tuned on`, () => {
    const figures = evaluate('sealed', readCorpus('sealed'));
    expect(figures.inputs).toBeGreaterThan(0);
    expect(figures.share, JSON.stringify(figures.byReason)).toBeGreaterThanOrEqual(FLOOR);
  }, 120_000);
});
