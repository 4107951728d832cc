// Usage: npx tsx scripts/greeting-probes.mts [FILE]  (default test/coach/fixtures/greeting-probes.txt)
// Drafts a short note for each probe name and prints those greeted by no accepted name.
import { greetingsFor, readGreetingProbes } from './eval/greeting-probes.js';

const file = process.argv[2] ?? 'test/coach/fixtures/greeting-probes.txt';
const probes = readGreetingProbes(file);
let bad = 0;
for (const { name, accepted } of probes) {
  let got: string | undefined;
  try {
    const seen = greetingsFor(name, 3);
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
