// Usage: npx tsx scripts/greeting-probes.mts [FILE]  (default test/coach/fixtures/greeting-probes.txt)
// Drafts a short note for each probe name and prints those greeted by no accepted name.
import { readFileSync } from 'node:fs';
import { draft } from '../src/coach/draft.js';
import { greetedAs } from './eval/drafts.js';

const file = process.argv[2] ?? 'test/coach/fixtures/greeting-probes.txt';
const probes = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name = '', accepted = ''] = line.split(' => ');
    return { name: name.trim(), accepted: accepted.split(' | ').map((a) => a.trim()) };
  });
let bad = 0;
for (const { name, accepted } of probes) {
  let got: string | undefined;
  try {
    const result = draft({
      name,
      relationship: 'met-briefly',
      context: 'we met at the water utilities forum in Accra last week',
      purpose: 'I would like to learn how your team cut meter losses',
      limit: 300,
      variants: 3,
    });
    const seen = result.drafts.map((d) => greetedAs(d.text));
    got = seen.find((g) => !accepted.includes(g ?? '')) ?? seen[0];
  } catch (error) {
    got = `ERROR ${(error as Error).message}`;
  }
  if (!accepted.includes(got ?? '')) {
    bad++;
    console.log(`${name}  →  ${got}   (accepts: ${accepted.join(' | ')})`);
  }
}
console.log(`${probes.length - bad}/${probes.length} greeted by an accepted name`);
