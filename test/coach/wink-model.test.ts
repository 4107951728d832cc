// The coach's fast wink model loader must build what the package's own loader builds, and
// its shorter pipe (no entities, no sentiment) must tag every note the same.

import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { trainingNotes } from '../../scripts/corpus.js';
import { leanModel, loadCore, PIPE } from '../../src/coach/language/wink-model.js';

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
    // The lexeme index is a Map behind a proxy: same answers for every word, and none for others.
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
