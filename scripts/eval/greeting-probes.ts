// The drafter's greeting probes (test/coach/fixtures/greeting-probes*.txt): one name a line,
// "name => accepted | accepted", read the same way by the test and scripts/greeting-probes.mts.
import { readFileSync } from 'node:fs';
import { draft } from '../../src/coach/draft.js';
import { greetedAs } from './drafts.js';

export interface GreetingProbe {
  name: string;
  accepted: string[];
}

export function readGreetingProbes(file: string | URL): GreetingProbe[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [name = '', accepted = ''] = line.split(' => ');
      return { name: name.trim(), accepted: accepted.split(' | ').map((a) => a.trim()) };
    });
}

/** How each draft for the name greets them, from one fixed short meeting. */
export function greetingsFor(name: string, variants: number): (string | undefined)[] {
  const { drafts } = draft({
    name,
    relationship: 'met-briefly',
    context: 'we met at the water utilities forum in Accra last week',
    purpose: 'I would like to learn how your team cut meter losses',
    limit: 300,
    variants,
  });
  return drafts.map((d) => greetedAs(d.text));
}
