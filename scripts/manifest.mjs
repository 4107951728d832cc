#!/usr/bin/env node
// `npm run manifest`: writes manifest.json from manifest.yml. manifest.yml is the one to edit (it
// carries the comments on switching to HTTP); manifest.json is what the Slack CLI's get-manifest
// hook reads (`slack run`, `slack manifest`). `--check` exits 1 when manifest.json is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const yml = fileURLToPath(new URL('../manifest.yml', import.meta.url));
const json = fileURLToPath(new URL('../manifest.json', import.meta.url));
const expected = `${JSON.stringify(parse(readFileSync(yml, 'utf8')), null, 2)}\n`;

if (process.argv.includes('--check')) {
  let actual = '';
  try {
    actual = readFileSync(json, 'utf8');
  } catch {}
  if (actual !== expected) {
    console.error('manifest.json is out of date with manifest.yml: run `npm run manifest`');
    process.exit(1);
  }
} else {
  writeFileSync(json, expected);
}
