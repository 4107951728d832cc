// The coach's fast wink model loader must build what the package's own loader builds, and
// its shorter pipe (no entities, no sentiment) must tag every note the same.

import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { trainingNotes } from '../../scripts/corpus.js';
import { leanModel, loadCore, PIPE, tableBacked } from '../../src/coach/language/wink-model.js';

type Nlp = ReturnType<typeof winkNLP>;

/** Everything the coach reads from a document (see src/coach/language/nlp.ts). */
function reading(nlp: Nlp, text: string) {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  const tokens = doc.tokens();
  const sentences: number[] = [];
  doc.sentences().each((s: { tokens(): { length(): number } }) => {
    sentences.push(s.tokens().length());
  });
  return {
    values: tokens.out(),
    pos: tokens.out(its.pos),
    lemma: tokens.out(its.lemma as Parameters<typeof tokens.out>[0]),
    negation: tokens.out(its.negationFlag),
    type: tokens.out(its.type),
    sentences,
  };
}

describe('wink model loading', () => {
  it('builds the same core model as the package', () => {
    type Core = { features: { lexeme: { list: string[]; hash: Record<string, number> } } };
    const ours = loadCore() as unknown as Core;
    const stock = (model.core as () => Core)();
    // The lexeme index is a table behind a proxy: same answers for every word, and none for others.
    const { list } = stock.features.lexeme;
    const wrong = list.filter(
      (w) => ours.features.lexeme.hash[w] !== stock.features.lexeme.hash[w],
    );
    expect(list.length).toBeGreaterThan(50_000);
    expect(wrong.slice(0, 5)).toEqual([]);
    for (const absent of ['zzqxj', 'constructor', '__proto__', 'toString']) {
      expect(ours.features.lexeme.hash[absent]).toBe(stock.features.lexeme.hash[absent]);
    }
    ours.features.lexeme.hash = stock.features.lexeme.hash;
    expect(ours).toStrictEqual(stock);
  });

  it('reads every tuning note and some awkward text exactly as the full pipe does', () => {
    const stock = winkNLP(model);
    const lean = winkNLP(leanModel(), PIPE);
    const texts = [
      ...trainingNotes().map((n) => n.text),
      "I didn't go to the summit, but I'd love to hear how it went!!! 🙂",
      'Email me at a.b@example.com or see https://example.com/x?y=1 — thanks, Dr. O’Neil.',
      'Hola María, encantada de conocerte en el congreso de Madrid. ¿Conectamos?',
      '',
      '   \n\t ',
    ];
    const differing = texts.filter(
      (t) => JSON.stringify(reading(stock, t)) !== JSON.stringify(reading(lean, t)),
    );
    expect(texts.length).toBeGreaterThan(1000);
    expect(differing.slice(0, 5)).toEqual([]);
  });
});

describe('reading a note', () => {
  it("reads wink's document data in one pass exactly as its public API gives it", async () => {
    const { parse, parseThroughPublicApi } = await import('../../src/coach/language/nlp.js');
    const texts = [
      ...trainingNotes().map((n) => n.text),
      "I didn't go, but I'd love to hear how it went!!! 🙂 Can't wait.",
      'Email me at a.b@example.com or see https://example.com/x?y=1 — thanks, Dr. O’Neil.',
      '',
      '   \n\t ',
    ];
    const differing = texts.filter(
      (t) => JSON.stringify(parse(t)) !== JSON.stringify(parseThroughPublicApi(t)),
    );
    expect(differing.slice(0, 5)).toEqual([]);
    // Read twice: emptying wink's arrays after a read must not change the next one.
    expect(parse(texts[0] as string)).toEqual(parseThroughPublicApi(texts[0] as string));
  });
});

describe('the lexeme index', () => {
  it('answers as an object would while words are added as wink adds them, past its first size', () => {
    const list = ['the', 'cat', 'the'];
    const index = tableBacked(list);
    expect([index.the, index.cat, index.dog, index.constructor]).toEqual([
      2,
      1,
      undefined,
      undefined,
    ]);
    // wink sets the word's position first, then pushes the word onto the list.
    const added = 300_000; // more than the table's first 262,144 slots
    for (let k = 0; k < added; k++) {
      const word = `w${k}`;
      index[word] = list.length;
      list.push(word);
    }
    const wrong = list.filter((w, k) => index[w] !== (w === 'the' ? 2 : k));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect('w299999' in index && !('w300000' in index)).toBe(true);
  });
});

describe('a long-running coach', () => {
  it('does not keep every new word it has read: wink is loaded afresh past a bound, reading the same', async () => {
    const { boundLearntWords, learntWordCount, parse } = await import(
      '../../src/coach/language/nlp.js'
    );
    const note = 'Hi Oyelaran, your kerning tools at Fontwerk changed how we set Yoruba type.';
    const before = parse(note);
    boundLearntWords(300);
    try {
      let most = 0;
      for (let batch = 0; batch < 20; batch++) {
        // Fifty words no dictionary has, as names and typos are.
        const words = Array.from({ length: 50 }, (_, i) => `Zq${batch}x${i}vel`);
        parse(`Met ${words.join(' and ')} today.`);
        most = Math.max(most, learntWordCount());
      }
      expect(most).toBeGreaterThan(0);
      // At most the bound, plus what the note that crossed it taught (each word and its lower case).
      expect(most).toBeLessThanOrEqual(300 + 2 * 52);
      expect(learntWordCount()).toBeLessThan(1000 - 300);
      expect(parse(note)).toEqual(before);
    } finally {
      boundLearntWords(50_000);
    }
  });
});
