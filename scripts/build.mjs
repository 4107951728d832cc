#!/usr/bin/env node
// `npm run build`: compiles src/ to plain JavaScript in dist/ (tsc -p tsconfig.build.json), then
// copies every file under src/ that is not TypeScript (the playground's page, data files, JSON
// models, word lists…) to the same place under dist/, so modules that read files beside
// themselves (`new URL('./data/x.txt', import.meta.url)`) find them. No list of today's files:
// whatever src/ holds is copied.
//
//   node scripts/build.mjs [--out-dir DIR] [--if-typescript]
//
// --if-typescript (the `prepare` script) skips the build, with one line, where TypeScript is not
// installed, as in `npm ci --omit=dev`; a deployment then ships a dist/ built beforehand.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out-dir');
const outDir = resolve(outArg >= 0 && args[outArg + 1] ? args[outArg + 1] : join(root, 'dist'));
const srcDir = join(root, 'src');

/** TypeScript sources (compiled, or declarations only): everything else is an asset. */
const TYPESCRIPT = /\.[cm]?tsx?$/;

let tsc;
try {
  // The package exports no bin path: find it beside its package.json.
  tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
} catch {
  if (args.includes('--if-typescript')) {
    console.error(
      'connectnote: TypeScript is not installed, so dist/ was not built (npm run build)',
    );
    process.exit(0);
  }
  console.error('connectnote: cannot build: TypeScript is not installed (npm install)');
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
const compiled = spawnSync(
  process.execPath,
  [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir],
  { stdio: 'inherit' },
);
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

function* assets(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* assets(path);
    else if (entry.isFile() && !TYPESCRIPT.test(entry.name)) yield path;
  }
}

let copied = 0;
for (const file of assets(srcDir)) {
  const target = join(outDir, relative(srcDir, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  copied++;
}
if (!args.includes('--quiet')) {
  console.error(
    `connectnote: built ${relative(process.cwd(), outDir) || '.'}/ (${copied} assets copied)`,
  );
}
