// The role pattern language (src/coach/roles/patterns.ts) on parsed sentences: a part of
// speech can be narrowed by its ending, so "we're redoing" is told from "we were chatting".
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/coach/language/nlp.js';
import { PatternSet, parsePatterns } from '../../src/coach/roles/patterns.js';

/** Whether one pattern line matches somewhere in the sentence. */
function matcher(line: string): (sentence: string) => boolean {
  const set = new PatternSet(parsePatterns(line));
  return (sentence) => set.match(parse(sentence).tokens, sentence.trim().endsWith('?')).length > 0;
}

const matches = matcher("purpose  we are|'re VERB-ing");

describe('role patterns', () => {
  it('match a part of speech with the ending the pattern names', () => {
    expect(matches("We're redoing our formaldehyde controls.")).toBe(true);
    expect(matches('We are building a clinic in Jos.')).toBe(true);
  });

  it('do not match the part of speech with another ending, or another tense', () => {
    expect(matches('We are based in Jos.')).toBe(false);
    expect(matches('We were chatting at a Cubs game.')).toBe(false);
  });
});

describe('exact-form pattern elements', () => {
  const hit = matcher('purpose  i =run|manage ... in');

  it('match the word as written', () => {
    expect(hit('I run a bakery co-op in Gdansk.')).toBe(true);
    expect(hit('I manage a youth programme in Kumasi.')).toBe(true);
  });

  it('do not match another form of the same lemma', () => {
    expect(hit('I ran the Glasgow count in 2017.')).toBe(false);
    expect(hit('I managed a youth programme in Kumasi.')).toBe(false);
  });
});

describe('excepted pattern elements', () => {
  const hit = matcher('purpose  @connect ... to VERB~@connect');

  it('match what the first part accepts', () => {
    expect(hit('I would love to connect to compare notes on hiring.')).toBe(true);
  });

  it('do not match what the part after "~" accepts', () => {
    expect(hit('Kindly accept my request to connect.')).toBe(false);
    expect(hit('I would be grateful if you would accept my invitation to connect.')).toBe(false);
  });
});

describe('negatable pattern elements', () => {
  const hit = matcher('pitch  no ^obligation|cost');
  const plain = matcher('pitch  no obligation|cost');

  it('match a word in the scope of a negation when marked "^"', () => {
    expect(hit('I can send you a no-obligation proposal.')).toBe(true);
    expect(hit('The audit comes at no cost to you.')).toBe(true);
  });

  it('do not match it unmarked', () => {
    expect(plain('The audit comes at no cost to you.')).toBe(false);
  });
});

describe('pattern file mistakes', () => {
  it('refuse "=" before a later alternative, which would look for a word "=b"', () => {
    expect(() => parsePatterns('context  your ... =was|=were ADJ')).toThrow(/once/);
  });
});

describe('pattern matching bookkeeping', () => {
  // 70 patterns, unanchored ones and word groups among them: the candidates span three 32-bit
  // slots, and every match comes back in file order; a pattern whose words are all there in
  // the wrong order, or one with a word that is not, never does.
  const lines = Array.from({ length: 70 }, (_, i) =>
    i % 10 === 3
      ? 'context  VERB-ing'
      : i % 10 === 7
        ? i % 20 === 7
          ? 'purpose  joy ... connect'
          : 'purpose  i ... study|teach ... from'
        : i % 2
          ? 'ask  would|could ... connect'
          : 'purpose  i|we ... @connect',
  );
  const set = new PatternSet(parsePatterns(lines.join('\n')));
  const sources = (sentence: string) =>
    set.match(parse(sentence).tokens, false).map((m) => m.pattern.source);
  const sentence = 'I would love to connect, learning from you would be a joy.';
  const expected = parsePatterns(lines.join('\n'))
    .map((p) => p.source)
    .filter((s) => !s.startsWith('purpose  joy') && !s.includes('study|teach'));

  it('returns every matching pattern in file order across slots', () => {
    expect(sources(sentence)).toEqual(expected);
  });

  it('reads the same after its seen-stamps wrap around', () => {
    (set as unknown as { stamp: number }).stamp = 0x7fffffff - 1;
    for (let i = 0; i < 3; i++) expect(sources(sentence)).toEqual(expected);
    expect(sources('We met at the expo.')).toEqual([]);
    expect(sources(sentence)).toEqual(expected);
  });
});
