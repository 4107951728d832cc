import { describe, expect, it } from 'vitest';
import { markup } from '../../src/coach/markup.js';
import { review } from '../../src/coach/review.js';
import type { Finding } from '../../src/coach/types.js';

const finding = (start: number, end: number, ruleId: Finding['ruleId'] = 'spelling'): Finding => ({
  ruleId,
  severity: 'warning',
  message: 'm',
  start,
  end,
});

const brackets = {
  mark: (s: string, f: readonly Finding[]) => `[${s}|${f.map((x) => x.ruleId).join('+')}]`,
};

describe('markup', () => {
  it('marks each span and leaves the rest alone', () => {
    expect(
      markup('Hi Leo, I recieve u', [finding(10, 17), finding(18, 19, 'abbreviation')], brackets),
    ).toBe('Hi Leo, I [recieve|spelling] [u|abbreviation]');
  });

  it('splits overlapping spans into pieces marked with every finding that covers them', () => {
    const text = 'aaa bbb ccc';
    expect(markup(text, [finding(0, 7, 'grammar'), finding(4, 11, 'pushy')], brackets)).toBe(
      '[aaa|grammar] [bbb|grammar+pushy] [ccc|pushy]',
    );
  });

  it('escapes plain and marked text, and keeps whitespace outside the marks', () => {
    const text = '<b> & <@U123> go!!! ';
    const out = markup(text, [finding(13, 20, 'pushy')], {
      escape: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
      mark: (s) => `*${s}*`,
    });
    expect(out).toBe('&lt;b&gt; &amp; &lt;@U123&gt; *go!!!* ');
  });

  it('marks a span across lines line by line', () => {
    const text = 'One.\nTwo two.\n\nThree.';
    expect(
      markup(text, [finding(0, text.length, 'too-many-sentences')], { mark: (s) => `*${s}*` }),
    ).toBe('*One.*\n*Two two.*\n\n*Three.*');
  });

  it('ignores findings without a span or outside the text', () => {
    const out = markup(
      'abc',
      [{ ruleId: 'length', severity: 'warning', message: 'm' }, finding(5, 9)],
      brackets,
    );
    expect(out).toBe('abc');
  });

  it('renders a real review', () => {
    const text = 'hey u, i recieve alot of requests';
    const out = markup(
      text,
      review(text).findings.filter((f) => f.ruleId !== 'reused'),
      {
        mark: (s) => `_${s}_`,
      },
    );
    expect(out).toContain('_recieve_');
    expect(out).toContain('_u_');
    expect(out.replace(/_/g, '')).toBe(text);
  });
});
