// Word lists are data and patterns stay readable: no regular expression in the coach, written
// as a literal or built from a template, is longer than 200 characters, and every list and
// pattern file loads.
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
  const built = [...code.matchAll(BUILT)].map((m) => template(code, m.index + m[0].length - 1));
  return [...[...code.matchAll(LITERAL)].map((m) => m[1] as string), ...built].filter(
    (body) => body.length > max,
  );
}

/** Expressions built from a template: String.raw`…`, or new RegExp(`…`). */
const BUILT = /String\.raw`|new\s+RegExp\(\s*`/g;

/** The template literal whose backtick is at `at`, each ${…} in it counted as "${}". */
function template(code: string, at: number): string {
  let out = '';
  for (let i = at + 1; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '\\') {
      out += c + (code[i + 1] ?? '');
      i++;
    } else if (c === '`') {
      return out;
    } else if (c === '$' && code[i + 1] === '{') {
      // Skip to the matching brace: what is interpolated is code, not the expression's text.
      for (let depth = 0; i < code.length; i++) {
        if (code[i] === '{') depth++;
        else if (code[i] === '}' && --depth === 0) break;
      }
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder's own text
      out += '${}';
    } else {
      out += c;
    }
  }
  return out;
}

describe('coach data', () => {
  it('the scanner finds a long literal when there is one', () => {
    const body = 'a|'.repeat(120);
    expect(longRegexLiterals(`const X = /${body}b/gi;`, 200)).toHaveLength(1);
    expect(longRegexLiterals('const X = /short/u;', 200)).toHaveLength(0);
  });

  it('finds a long expression built with String.raw or new RegExp, not counting what it interpolates', () => {
    const body = 'a|'.repeat(120);
    expect(
      longRegexLiterals(`const X = new RegExp(String.raw\`\\b(?:${body}b)\`, 'u');`, 200),
    ).toHaveLength(1);
    expect(longRegexLiterals(`const X = new RegExp(\`^${body}$\`);`, 200)).toHaveLength(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: source code holding a template
    const short = "const X = new RegExp(String.raw`^(?:${WORDS.join('|')})\\b`, 'u');";
    expect(longRegexLiterals(short.replace('WORDS', 'a'.repeat(300)), 200)).toHaveLength(0);
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
