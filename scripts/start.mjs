#!/usr/bin/env node
// `npm start`. With NODE_ENV=production: the compiled app in dist/, plain JavaScript (the same as
// `npm run start:prod`). Otherwise the TypeScript sources through tsx, so a checkout starts
// straight after `npm install` and an edit needs no build.
if (process.env.NODE_ENV === 'production') {
  const { existsSync } = await import('node:fs');
  const compiled = new URL('../dist/main.js', import.meta.url);
  if (!existsSync(compiled)) {
    process.stderr.write('connectnote: dist/ is missing: run `npm run build` first\n');
    process.exit(1);
  }
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/main.ts', import.meta.url).href);
}
