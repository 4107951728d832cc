import { describe, expect, it } from 'vitest';
import { baseLetters, parse } from '../../src/coach/language/nlp.js';

describe('language layer: letters beyond Latin-1 and affirming idioms', () => {
  it('reads "Taupō", "Gdańsk" and "Łukasz" as one word each, in their own letters and offsets', () => {
    const text = 'Hi Łukasz, we met at the Taupō expo and in Gdańsk.';
    const words = parse(text).tokens.filter((t) => t.type === 'word');
    for (const name of ['Łukasz', 'Taupō', 'Gdańsk']) {
      const t = words.find((w) => w.text === name);
      expect(t, name).toBeDefined();
      expect(text.slice(t?.start, t?.end)).toBe(name);
      expect(t?.pos).toBe('PROPN');
    }
  });

  it('keeps the length of the text, so every offset holds', () => {
    const text = 'Kia ora Whetū, ngā mihi from Đà Lạt and Ōtsuka.';
    expect(baseLetters(text)).toHaveLength(text.length);
    expect(baseLetters(text)).toBe('Kia ora Whetu, nga mihi from Dà Lat and Otsuka.');
  });

  it('"could not help noticing" notices: what follows is not negated', () => {
    const tokens = parse('I could not help noticing your age.').tokens;
    expect(tokens.find((t) => t.lower === 'age')?.negated).toBe(false);
    expect(parse('I could not help them with the audit.').tokens.at(-2)?.negated).toBe(true);
  });
});
