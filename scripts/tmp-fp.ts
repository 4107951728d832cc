import { review } from '../src/coach/review.js';
import { trainingNotes } from './corpus.js';

const rule = process.argv[2] ?? 'spelling';
const counts = new Map<string, number>();
for (const n of trainingNotes()) {
  if (n.expect.includes(rule as never)) continue;
  const r = review(n.text, { relationship: n.relationship, limit: n.limit });
  for (const f of r.findings)
    if (f.ruleId === rule && f.severity !== 'info') {
      const k = `${f.excerpt} | ${f.suggestion ?? ''}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
}
console.log(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${v} ${k}`)
    .join('\n'),
);
