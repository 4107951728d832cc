// The build fails unless every rule id is registered, lives in its own module named after
// it, and has a RuleTester test file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/coach/rules/index.js';
import type { Rule } from '../../../src/coach/rules/rule.js';
import { RULE_IDS } from '../../../src/coach/types.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SRC_RULES = here('../../../src/coach/rules/');
const TEST_RULES = here('./');

describe('rule registry', () => {
  it('registers every SPEC rule id exactly once', () => {
    const ids = RULES.map((r) => r.id);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([...RULE_IDS])(
    '%s: module named after the id exports the registered rule',
    async (id) => {
      const file = `${SRC_RULES}${id}.ts`;
      expect(existsSync(file)).toBe(true);
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = Object.values(mod).filter(
        (v): v is Rule => typeof v === 'object' && v !== null && 'check' in v && 'id' in v,
      );
      expect(exported.map((r) => r.id)).toEqual([id]);
      expect(RULES).toContain(exported[0]);
      expect(exported[0]?.description.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'info']).toContain(exported[0]?.defaultSeverity);
    },
  );

  it.each([...RULE_IDS])('%s: has a RuleTester test', (id) => {
    const file = `${TEST_RULES}${id}.test.ts`;
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`testRule('${id}'`);
  });

  it('has no rule module or test without a SPEC id', () => {
    const ids = new Set<string>(RULE_IDS);
    const helpers = new Set(['index', 'rule']);
    for (const f of readdirSync(SRC_RULES)) {
      if (!f.endsWith('.ts')) continue;
      const name = f.slice(0, -3);
      if (!helpers.has(name)) expect(ids.has(name), f).toBe(true);
    }
    for (const f of readdirSync(TEST_RULES)) {
      if (f.endsWith('.test.ts') && f !== 'registry.test.ts') {
        expect(ids.has(f.slice(0, -8)), f).toBe(true);
      }
    }
  });

  it('keeps the word lists sorted', async () => {
    const data = [
      (await import('../../../src/coach/rules/data/abbreviations.js')).ABBREVIATIONS,
      (await import('../../../src/coach/rules/data/misspellings.js')).MISSPELLINGS,
      (await import('../../../src/coach/rules/data/terms.js')).BUSINESS_TERMS,
      (await import('../../../src/coach/rules/data/terms.js')).HYPHEN_PREFIXES,
      (await import('../../../src/coach/rules/data/acronyms.js')).ACRONYMS,
    ];
    for (const list of data) {
      const keys = [...list.keys()];
      expect(keys).toEqual([...keys].sort());
    }
  });
});
