import { describe, expect, it } from 'vitest';
import { bestSuggestion, typoCost } from '../../src/coach/rules/spelling.js';

describe('typo-aware suggestion ranking', () => {
  it('prices a swap below a missed letter below an extra one below a wrong one', () => {
    expect(typoCost('wokr', 'work')).toBe(0.7);
    expect(typoCost('realy', 'really')).toBe(0.8);
    expect(typoCost('reallly', 'really')).toBe(0.9);
    expect(typoCost('wokr', 'woke')).toBe(1);
    expect(typoCost('same', 'same')).toBe(0);
  });

  it('keeps Hunspell’s order on a tie and prefers the likelier typo otherwise', () => {
    expect(bestSuggestion('wokr', ['woke', 'wok', 'woks', 'work'])).toBe('work');
    expect(bestSuggestion('thier', ['thief', 'shier', 'their'])).toBe('their');
    expect(bestSuggestion('adress', ['address', 'dress'])).toBe('address');
    expect(bestSuggestion('xyz', [])).toBeUndefined();
  });
});
