import { describe, expect, it } from 'vitest';
import { bestSuggestion, typoCost } from '../../src/coach/rules/spelling.js';
import { nearbyWords, suggestions, twoSlipsAway } from '../../src/coach/spell.js';

describe('typo-aware suggestion ranking', () => {
  it('prices a missed double letter below a swap below a missed letter below a wrong one', () => {
    expect(typoCost('realy', 'really')).toBe(0.6);
    expect(typoCost('wokr', 'work')).toBe(0.7);
    expect(typoCost('reallly', 'really')).toBe(0.75);
    expect(typoCost('helo', 'hero')).toBe(1);
    expect(typoCost('conect', 'connect')).toBe(0.6);
    expect(typoCost('frend', 'friend')).toBe(0.8);
    expect(typoCost('friends', 'friend')).toBe(0.9);
    expect(typoCost('wokr', 'woke')).toBe(1);
    expect(typoCost('same', 'same')).toBe(0);
  });

  it('keeps Hunspell’s order on a tie and prefers the likelier typo otherwise', () => {
    expect(bestSuggestion('wokr', ['woke', 'wok', 'woks', 'work'])).toBe('work');
    expect(bestSuggestion('thier', ['thief', 'shier', 'their'])).toBe('their');
    expect(bestSuggestion('adress', ['address', 'dress'])).toBe('address');
    expect(bestSuggestion('xyz', [])).toBeUndefined();
  });

  it('finds the words one slip away, likeliest first', () => {
    expect(nearbyWords('realy')[0]).toBe('really');
    expect(nearbyWords('wokr')[0]).toBe('work');
    expect(nearbyWords('recieve')[0]).toBe('receive');
    expect(nearbyWords('Teh')[0]).toBe('The');
    expect(nearbyWords('netwrok')).toEqual(['network']);
    // Two slips away: not found here.
    expect(nearbyWords('tommorow')).toEqual([]);
    expect(nearbyWords('x'.repeat(30))).toEqual([]);
  });

  it('finds words two of the commonest slips away when none is one slip away', () => {
    expect(twoSlipsAway('tommorow')[0]).toBe('tomorrow');
    expect(twoSlipsAway('acomodate')[0]).toBe('accommodate');
    expect(suggestions('reccomendation')[0]).toBe('recommendation');
    expect(suggestions('Tommorow')[0]).toBe('Tomorrow');
    expect(suggestions('zqxwvkj')).toEqual([]);
  });
});
