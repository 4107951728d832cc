// Production runs the compiled build (dist/, plain JavaScript, no TypeScript loader), so the
// coach's speed and memory are measured there: this builds dist/ and compiles the measuring
// children to plain JavaScript beside node_modules, so they run on bare `node` as the app does.
// tsx's own ~30 MB and its loader hooks are then in neither column.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Inside the checkout, so the compiled children resolve packages from its node_modules. */
const OUT = join(ROOT, 'node_modules/.cache/connectnote-bench');

export interface CompiledChildren {
  /** The compiled script for each source script given (absolute paths). */
  scripts: Map<string, string>;
  /** The module the coach's children import: dist/coach/index.js. */
  coachEntry: string;
}

function tsc(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
}

/** Runs `npm run build`, then compiles `scripts` (and what they import) into OUT. */
export function compileChildren(scripts: readonly string[]): CompiledChildren {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status})`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const config = join(OUT, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: relative(OUT, join(ROOT, 'tsconfig.json')),
      compilerOptions: { noEmit: false, rootDir: relative(OUT, ROOT), outDir: '.' },
      include: [],
      files: scripts.map((s) => relative(OUT, s)),
    }),
  );
  const compiled = spawnSync(process.execPath, [tsc(), '-p', config], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (compiled.status !== 0) {
    throw new Error(`compiling the bench children failed: ${compiled.stdout}${compiled.stderr}`);
  }
  const map = new Map<string, string>();
  for (const s of scripts) map.set(s, join(OUT, relative(ROOT, s)).replace(/\.ts$/, '.js'));
  return { scripts: map, coachEntry: join(ROOT, 'dist/coach/index.js') };
}

/**
 * The flags production gives node before the entry (`npm run start:prod`: "node --flag
 * dist/main.js"), so the coach is measured with them as it runs there.
 */
export function productionNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = (pkg.scripts?.['start:prod'] ?? '').split(/\s+/);
  if (words[0] !== 'node') return [];
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}
