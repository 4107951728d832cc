// ESLint RuleTester style: `valid` notes give no finding of the rule; `invalid` notes
// give exactly the listed findings, checked by span (start, end, excerpt) and severity,
// never by message wording.
import { describe, expect, it } from 'vitest';
import { review } from '../../../src/coach/review.js';
import { RULES } from '../../../src/coach/rules/index.js';
import type { ReviewOptions, RuleId, Severity } from '../../../src/coach/types.js';

export interface ValidCase {
  text: string;
  options?: ReviewOptions;
}

export interface ExpectedFinding {
  /** The triggering words; start/end default to where they first occur in the text. */
  excerpt?: string;
  start?: number;
  end?: number;
  /** A finding about the whole note, with no span. */
  whole?: true;
  severity?: Severity;
  suggestion?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The corrected text, for rules with mechanical fixes. */
  corrected?: string;
}

export function testRule(
  ruleId: RuleId,
  cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] },
): void {
  const defaultSeverity = RULES.find((r) => r.id === ruleId)?.defaultSeverity;
  describe(`rule ${ruleId}`, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    for (const c of cases.valid) {
      const { text, options } = typeof c === 'string' ? { text: c, options: undefined } : c;
      it(`valid: ${JSON.stringify(text).slice(0, 80)}`, () => {
        const found = review(text, options).findings.filter((f) => f.ruleId === ruleId);
        expect(found).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${JSON.stringify(c.text).slice(0, 80)}`, () => {
        const result = review(c.text, c.options);
        const found = result.findings
          .filter((f) => f.ruleId === ruleId)
          .map((f) => ({
            start: f.start,
            end: f.end,
            excerpt: f.excerpt,
            severity: f.severity,
            suggestion: f.suggestion,
          }));
        const expected = c.errors.map((e) => {
          if (e.whole) {
            return {
              start: undefined,
              end: undefined,
              excerpt: undefined,
              severity: e.severity ?? defaultSeverity,
              suggestion: e.suggestion ?? expect.anything(),
            };
          }
          const start =
            e.start ?? (e.excerpt === undefined ? undefined : locate(c.text, e.excerpt));
          if (start === -1) throw new Error(`excerpt ${e.excerpt} is not in the text`);
          const end =
            e.end ??
            (start === undefined || e.excerpt === undefined ? undefined : start + e.excerpt.length);
          return {
            start,
            end,
            excerpt:
              e.excerpt ??
              (start !== undefined && end !== undefined ? c.text.slice(start, end) : undefined),
            severity: e.severity ?? defaultSeverity,
            suggestion: e.suggestion ?? expect.anything(),
          };
        });
        // `suggestion: expect.anything()` fails on undefined; allow rules without one.
        const relaxed = expected.map((e, i) =>
          found[i]?.suggestion === undefined &&
          e.suggestion !== undefined &&
          typeof e.suggestion !== 'string'
            ? { ...e, suggestion: undefined }
            : e,
        );
        expect(found).toEqual(relaxed);
        for (const f of result.findings) {
          if (f.start !== undefined) expect(c.text.slice(f.start, f.end)).toBe(f.excerpt);
        }
        if (c.corrected !== undefined) expect(result.corrected).toBe(c.corrected);
      });
    }
  });
}

/** Where `excerpt` first occurs as whole words (so "u" is not found inside "would"). */
function locate(text: string, excerpt: string): number {
  const edge = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(excerpt); i !== -1; i = text.indexOf(excerpt, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + excerpt.length] ?? ' ';
    const startsWord = edge.test(excerpt.charAt(0));
    const endsWord = edge.test(excerpt.charAt(excerpt.length - 1));
    if ((!startsWord || !edge.test(before)) && (!endsWord || !edge.test(after))) return i;
  }
  return -1;
}
