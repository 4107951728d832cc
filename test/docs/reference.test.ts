// The repository explains itself: docs/reference.md names every id, command and variable the code
// defines, docs/guide.md gives every rule its guideline, and nothing a clone carries points
// outside the clone (there is no shared folder beside a user's checkout).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { RELATIONSHIP_IDS, RULE_IDS } from '../../src/coach/types.js';
import { CONFIG_VARIABLES } from '../../src/config.js';
import { ACTION, CALLBACK, DRAFT_INPUT, EDIT_INPUT, SLASH_COMMAND } from '../../src/slack/ids.js';
import { HOME_ACTION } from '../../src/slack/views/home.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(resolve(repoRoot, path), 'utf8');
const reference = read('docs/reference.md');
const guide = read('docs/guide.md');

/** The names written as code (`like-this`) on a page. */
function codeNames(page: string): Set<string> {
  return new Set([...page.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string));
}

describe('docs/reference.md', () => {
  const names = codeNames(reference);
  const missing = (ids: Iterable<string>) => [...ids].filter((id) => !names.has(id));

  it('lists every rule id and relationship id', () => {
    expect(missing(RULE_IDS)).toEqual([]);
    expect(missing(RELATIONSHIP_IDS)).toEqual([]);
  });

  it('lists every Slack id the app uses', () => {
    expect(missing([SLASH_COMMAND])).toEqual([]);
    expect(missing(Object.values(CALLBACK))).toEqual([]);
    expect(missing(Object.values(DRAFT_INPUT))).toEqual([]);
    expect(missing(Object.values(EDIT_INPUT))).toEqual([]);
    expect(missing(Object.values(ACTION))).toEqual([]);
    expect(missing(Object.values(HOME_ACTION))).toEqual([]);
  });

  it('lists every environment variable the app reads', () => {
    expect(CONFIG_VARIABLES.length).toBeGreaterThan(5);
    expect(missing(CONFIG_VARIABLES)).toEqual([]);
  });

  it('gives every command’s usage', () => {
    for (const command of COMMANDS) {
      expect(reference).toContain(`connectnote ${command.name}`);
    }
  });
});

describe('docs/guide.md', () => {
  it('gives every rule the guideline it comes from', () => {
    const names = codeNames(guide);
    expect(RULE_IDS.filter((id) => !names.has(id))).toEqual([]);
  });
});

describe('the repository is self-contained', () => {
  /** Text files a clone carries, outside node_modules, dist and git. */
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((entry) => {
      if (['node_modules', 'dist', '.git', 'data', 'test-output', 'vendor'].includes(entry)) {
        return [];
      }
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(ts|js|json|md|yml|css|html)$/.test(entry) ? [path] : [];
    });
  }

  it('no source, test, script, README or package.json points at the shared folder outside', () => {
    const roots = ['src', 'test', 'scripts', 'docs', 'README.md', 'package.json'];
    const offenders = roots
      .flatMap((root) => {
        const path = resolve(repoRoot, root);
        return statSync(path).isDirectory() ? files(path) : [path];
      })
      .filter((path) => path !== fileURLToPath(import.meta.url))
      .filter((path) => /\.\.\/shared\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(repoRoot, path));
    expect(offenders).toEqual([]);
  });

  it('carries its licence and the vendored schema’s', () => {
    expect(read('LICENSE')).toMatch(/^MIT License/);
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('vendor/slack-manifest-schema/LICENSE')).toMatch(/MIT License/);
  });
});
