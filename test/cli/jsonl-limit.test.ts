// `review --jsonl` bounds each line (issue 10, item 10): a line over 100 KB gets an
// {"error", "line"} line without being held whole; a 60 MB line once took 3.9 GB.
import { describe, expect, it } from 'vitest';
import { exec } from './helpers.js';

const GOOD = JSON.stringify({
  text: 'Hi Laura, great to meet you at the summit. Shall we connect?',
});

function reviewJsonl(input: string, heapMb = 0) {
  const flags = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  return exec(
    process.execPath,
    [...flags, '--import', 'tsx', 'src/cli/main.ts', 'review', '--jsonl'],
    {
      input,
    },
  );
}

describe('review --jsonl line limit', () => {
  it('answers a line over 100 KB with an error line, in order, and goes on', async () => {
    const long = JSON.stringify({ text: 'word '.repeat(30_000) });
    const run = await reviewJsonl(`${GOOD}\n${long}\n${GOOD}\n`);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveProperty('score');
    expect(lines[1]).toEqual({ error: expect.stringMatching(/100 KB/), line: 2 });
    expect(lines[2]).toHaveProperty('score');
  }, 60_000);

  it('takes a 40 MB line with a 200 MB heap and answers it with an error line', async () => {
    const huge = `{"text":"${'a'.repeat(40 * 1024 * 1024)}"}`;
    const run = await reviewJsonl(`${huge}\n${GOOD}\n`, 200);
    expect(run.stderr).not.toMatch(/heap out of memory/);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ error: expect.stringMatching(/100 KB/), line: 1 });
    expect(lines[1]).toHaveProperty('score');
  }, 90_000);
});
