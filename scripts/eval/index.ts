// npm run eval [-- coach|drafts] [--misses=N] [--tuning-only]
// Prints the coach's (default) or the drafter's quality figures on the tuning and sealed
// sets; exits 1 when the sealed figures miss their targets.
import { evalCoach } from './coach.js';

const [what = 'coach', ...rest] = process.argv.slice(2);
const args = what.startsWith('--') ? [what, ...rest] : rest;
let ok: boolean;
if (what === 'drafts') {
  const { evalDrafts } = await import('./drafts.js');
  ok = await evalDrafts(args);
} else {
  ok = await evalCoach(args);
}
process.exitCode = ok ? 0 : 1;
