#!/usr/bin/env node
// The installed `connectnote` command. It runs the compiled CLI in dist/, plain JavaScript with no
// TypeScript loader; `npm install` in a checkout builds dist/ (the `prepare` script) and
// `npm run build` rebuilds it. A checkout without dist/ (installed with --ignore-scripts) falls
// back to the TypeScript sources through tsx, when tsx is there.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ can keep compiled code between runs (a no-op where the call does not exist).
module.enableCompileCache?.();

const compiled = new URL('../dist/cli/main.js', import.meta.url);

if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write('connectnote: dist/ is missing: run `npm run build` first\n');
    process.exit(2);
  }
  tsx.register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
}
