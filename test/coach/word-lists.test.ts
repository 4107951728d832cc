// Word lists are data and patterns stay readable: no regular expression literal in the
// coach is longer than 200 characters, and every list and pattern file loads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rolePatterns } from '../../src/coach/roles/index.js';
import { loadLexicons } from '../../src/coach/roles/lexicon.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Regular expression literals: a slash after an operator or bracket, up to the closing one. */
const LITERAL =
  /(?<=[=(,:?|&!;[{}]\s*|return\s+)\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/[dgimsuvy]*/g;

function longRegexLiterals(code: string, max: number): string[] {
  return [...code.matchAll(LITERAL)].map((m) => m[1] as string).filter((body) => body.length > max);
}

describe('coach data', () => {
  it('the scanner finds a long literal when there is one', () => {
    const body = 'a|'.repeat(120);
    expect(longRegexLiterals(`const X = /${body}b/gi;`, 200)).toHaveLength(1);
    expect(longRegexLiterals('const X = /short/u;', 200)).toHaveLength(0);
  });

  it.each(sources(SRC).map((p) => [p.slice(SRC.length), p]))(
    '%s has no regular expression literal over 200 characters',
    (_name, path) => {
      expect(longRegexLiterals(readFileSync(path, 'utf8'), 200)).toEqual([]);
    },
  );

  it('loads every word list and pattern', () => {
    const lexicons = loadLexicons();
    expect(lexicons.names.length).toBeGreaterThanOrEqual(10);
    expect(lexicons.has('health', 'burnout')).toBe(true);
    expect(rolePatterns().patterns.length).toBeGreaterThan(10);
  });
});
