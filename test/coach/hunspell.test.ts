// The lazy speller must agree with nspell's eager expansion of dictionary-en, word for word.
import dictionary from 'dictionary-en';
import british from 'dictionary-en-gb';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { createLazySpeller } from '../../src/coach/hunspell.js';

describe('lazy Hunspell lookups', () => {
  const lazy = createLazySpeller(dictionary.aff, dictionary.dic);
  const eager = nspell(dictionary as unknown as { aff: Buffer; dic: Buffer });
  const forms = Object.keys((eager as unknown as { data: Record<string, unknown> }).data);

  it('knows every form the eager expansion knows, with the same flags', () => {
    const lazyData = (lazy as unknown as { data: Record<string, string[] | undefined> }).data;
    const eagerData = (eager as unknown as { data: Record<string, string[]> }).data;
    expect(forms.length).toBeGreaterThan(100_000);
    const mismatches = forms.filter((w) => {
      const a = eagerData[w] as string[];
      const b = lazyData[w];
      return b === undefined || a.join('') !== b.join('');
    });
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('gives the same verdicts and suggestions on variants and misspellings', () => {
    const variants = (w: string) => [
      w.toUpperCase(),
      `${w}s`,
      `${w}ed`,
      `re${w}`,
      `un${w}ing`,
      w.slice(1),
      `${w}ly`,
    ];
    const words = forms.filter((_, i) => i % 7 === 0).flatMap(variants);
    const differ = words.filter((w) => eager.correct(w) !== lazy.correct(w));
    expect(differ.slice(0, 10)).toEqual([]);
    for (const w of ['recieve', 'colaborating', 'realy', 'exprience', 'cnnect', 'Portlnd']) {
      expect(lazy.suggest(w)).toEqual(eager.suggest(w));
    }
  });

  it('checks ordinals through the compound rules', () => {
    for (const w of ['1st', '22nd', '103rd', '11th', '1th'])
      expect(lazy.correct(w)).toBe(eager.correct(w));
  });

  it('keeps a second dictionary as its differences from the first, with the same answers', () => {
    const whole = createLazySpeller(british.aff, british.dic);
    const over = createLazySpeller(british.aff, british.dic, lazy);
    const stems = (dic: Uint8Array) =>
      Buffer.from(dic)
        .toString('utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('/')[0] as string);
    // Every stem of either dictionary, and forms of some: the British-only ones must stay
    // known, the American-only ones unknown.
    const words = [...stems(british.dic), ...stems(dictionary.dic)];
    const sample = words.concat(
      words.filter((_, i) => i % 11 === 0).flatMap((w) => [`${w}s`, `${w}ed`, `un${w}`]),
    );
    const differ = sample.filter(
      (w) => whole.correct(w) !== over.correct(w) || whole.knows(w) !== over.knows(w),
    );
    expect(differ.slice(0, 10)).toEqual([]);
    expect(over.correct('colour') && !lazy.correct('colour')).toBe(true);
    expect(over.correct('color')).toBe(whole.correct('color'));
  });
});
