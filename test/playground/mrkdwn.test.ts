import { describe, expect, it } from 'vitest';
import {
  decodeEntities,
  formatSlackDate,
  parseInline,
  parseMrkdwn,
  safeHref,
} from '../../src/playground/public/mrkdwn.js';

describe('mrkdwn parsing (the playground renders it with DOM APIs only)', () => {
  it('reads bold, italic, strike and code, nested where Slack nests them', () => {
    expect(parseInline('a *bold _both_* and ~gone~ `x*y*`')).toEqual([
      { type: 'text', text: 'a ' },
      {
        type: 'bold',
        children: [
          { type: 'text', text: 'bold ' },
          { type: 'italic', children: [{ type: 'text', text: 'both' }] },
        ],
      },
      { type: 'text', text: ' and ' },
      { type: 'strike', children: [{ type: 'text', text: 'gone' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'x*y*' },
    ]);
  });

  it('leaves markers inside words and unmatched ones as text', () => {
    expect(parseInline('snake_case_name and 2*3 and *open')).toEqual([
      { type: 'text', text: 'snake_case_name and 2*3 and *open' },
    ]);
  });

  it('reads links, mentions and special mentions', () => {
    expect(
      parseInline('<https://example.com|the deck> <@U1> <@U2|sam> <#C1|general> <!here>'),
    ).toEqual([
      { type: 'link', url: 'https://example.com', label: 'the deck' },
      { type: 'text', text: ' ' },
      { type: 'user', id: 'U1', label: undefined },
      { type: 'text', text: ' ' },
      { type: 'user', id: 'U2', label: 'sam' },
      { type: 'text', text: ' ' },
      { type: 'channel', id: 'C1', label: 'general' },
      { type: 'text', text: ' ' },
      { type: 'special', text: '@here' },
    ]);
  });

  it('shows escaped entities as the characters a person typed, never as markup', () => {
    const nodes = parseInline('&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &lt;@U1&gt;');
    expect(nodes).toEqual([{ type: 'text', text: '<script>alert(1)</script> &lt; <@U1>' }]);
    expect(decodeEntities('&amp;amp;')).toBe('&amp;');
  });

  it('reads quotes, list items, fenced code and blank lines', () => {
    expect(parseMrkdwn('> quoted\n• one\n- two\n1. three\n\n```\n*not bold*\n```\nafter')).toEqual([
      { type: 'quote', children: [{ type: 'text', text: 'quoted' }] },
      { type: 'item', marker: '•', indent: 0, children: [{ type: 'text', text: 'one' }] },
      { type: 'item', marker: '•', indent: 0, children: [{ type: 'text', text: 'two' }] },
      { type: 'item', marker: '1.', indent: 0, children: [{ type: 'text', text: 'three' }] },
      { type: 'blank' },
      { type: 'pre', text: '*not bold*' },
      { type: 'line', children: [{ type: 'text', text: 'after' }] },
    ]);
  });

  it('turns known emoji codes into emoji and keeps unknown ones', () => {
    expect(parseInline(':white_check_mark: done :no_such_emoji:')).toEqual([
      { type: 'text', text: '✅ done :no_such_emoji:' },
    ]);
  });

  it('reads date tokens and shows them in the reader’s time zone', () => {
    const [node] = parseInline('<!date^1796637600^{date_num} at {time}|7 Dec>');
    expect(node).toEqual({
      type: 'date',
      seconds: 1796637600,
      format: '{date_num} at {time}',
      fallback: '7 Dec',
    });
    expect(formatSlackDate(1796637600, '{date_num} at {time}', '7 Dec', 'UTC')).toBe(
      '2026-12-07 at 10:00',
    );
    expect(formatSlackDate(1796637600, '{date_short}', '', 'Asia/Tokyo')).toBe('Dec 7, 2026');
    expect(formatSlackDate(1796637600, '{no_such_token}', '7 Dec', 'UTC')).toBe('7 Dec');
  });

  it('only lets http(s) and mailto links be clickable', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com');
    expect(safeHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<b>')).toBeUndefined();
  });
});
