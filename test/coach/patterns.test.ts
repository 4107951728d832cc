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
