// Properties that hold for any string at all: review never throws, spans lie inside the
// text and quote it, the score stays in 0–100, findings are sorted, and so on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markup } from '../../src/coach/markup.js';
import { review } from '../../src/coach/review.js';
import { RELATIONSHIP_IDS, type Review, RULE_IDS } from '../../src/coach/types.js';

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

// Pieces of realistic and unrealistic notes, so the rules have something to bite on.
const piece = fc.constantFrom(
  'Hi Leo,',
  'Dear Ms. Park',
  'great meeting you at the conference',
  'we worked together at Acme',
  'I’d love to connect',
  'u',
  'thx',
  'gr8',
  'recieve',
  'the the',
  'an question',
  'i',
  '!!!',
  ',,',
  '..',
  '...',
  'PLEASE ACCEPT',
  'send me your email address',
  'my divorce',
  '50% off',
  '[First Name]',
  '{{company}}',
  '<name>',
  'https://example.com/a?b=c',
  'leo@example.com',
  '@leo',
  '🚀',
  '👩🏽‍💻',
  'مرحبا',
  'שלום',
  '\u202e',
  '\u200b',
  '\n',
  ' ',
  '.',
  '?',
  "'",
  '’',
  '-',
  'co-worker',
  'I/O',
  'U.S.',
);
const noteLike = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((p) => p.join(' '));

const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: fc.oneof(control, surrogate, codeUnit), maxLength: 100 }),
  noteLike,
);

const options = fc.record(
  {
    relationship: fc.constantFrom(...RELATIONSHIP_IDS),
    name: fc.string({ maxLength: 20 }),
    sender: fc.string({ maxLength: 20 }),
    mutual: fc.string({ maxLength: 20 }),
    limit: fc.oneof(fc.constantFrom(200, 300), fc.integer({ min: -5, max: 1000 }), fc.double()),
    history: fc.array(fc.oneof(noteLike, fc.string({ maxLength: 100 })), { maxLength: 4 }),
    mutedRules: fc.subarray([...RULE_IDS]),
  },
  { requiredKeys: [] },
);

function checkInvariants(text: string, result: Review): void {
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.chars).toBe(text.length);
  expect(RELATIONSHIP_IDS).toContain(result.relationship);
  if (result.findings.length === 0) expect(result.score).toBe(100);
  let previous = -1;
  for (const f of result.findings) {
    expect(RULE_IDS).toContain(f.ruleId);
    expect(f.message.length).toBeGreaterThan(0);
    const hasSpan = f.start !== undefined;
    expect(f.end !== undefined).toBe(hasSpan);
    expect(f.excerpt !== undefined).toBe(hasSpan);
    const position = f.start ?? -1;
    expect(position).toBeGreaterThanOrEqual(previous);
    previous = position;
    if (f.start !== undefined && f.end !== undefined) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.excerpt).toBe(text.slice(f.start, f.end));
    }
  }
  if (result.corrected !== undefined) expect(typeof result.corrected).toBe('string');
}

describe('review on any input', () => {
  it('never throws, keeps spans inside the text, scores 0–100 and sorts findings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, review(text));
      }),
      { numRuns: 300 },
    );
  });

  it('honours any options, and muted rules never report', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        const result = review(text, opts);
        checkInvariants(text, result);
        for (const f of result.findings) expect(opts.mutedRules ?? []).not.toContain(f.ruleId);
        if (opts.relationship) expect(result.relationship).toBe(opts.relationship);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(noteLike, (text) => {
        expect(review(text)).toEqual(review(text));
      }),
      { numRuns: 50 },
    );
  });

  it('markup keeps every character of the text, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { findings } = review(text);
        const pieces: string[] = [];
        const rendered = markup(text, findings, {
          mark: (escaped, covering, raw) => {
            expect(escaped).toBe(raw);
            expect(covering.length).toBeGreaterThan(0);
            pieces.push(raw);
            return raw;
          },
        });
        expect(rendered).toBe(text);
        for (const piece of pieces) expect(piece.trim()).toBe(piece);
      }),
      { numRuns: 200 },
    );
  });

  it('copes with very long notes quickly', () => {
    const texts = [
      'a'.repeat(100_000),
      'Hi Leo, '.repeat(12_500),
      'recieve teh '.repeat(8_000),
      '!'.repeat(100_000),
      '🚀'.repeat(50_000),
      '\ud800'.repeat(100_000),
      'שלום עולם. '.repeat(9_000),
      `${'word '.repeat(19_999)}word`,
      'A'.repeat(100_000),
      '[x] {{y}} <z> '.repeat(7_000),
      // Inputs that would make a careless tokeniser or sentence splitter quadratic.
      '\n'.repeat(100_000),
      ' '.repeat(100_000),
      'ab.'.repeat(33_000),
      'a@'.repeat(50_000),
      'a.b.c@d.e.f '.repeat(8_000),
      'http://'.repeat(14_000),
      '.\n'.repeat(50_000),
      'Mrs. '.repeat(20_000),
      'I '.repeat(50_000),
    ];
    for (const text of texts) {
      const t0 = performance.now();
      checkInvariants(text, review(text, { history: [text.slice(0, 500)] }));
      expect(performance.now() - t0).toBeLessThan(3_000);
    }
  });

  it('never throws on non-string input from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(() => review(value as unknown as string, null as unknown as undefined)).not.toThrow();
    }
  });
});
