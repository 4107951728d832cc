import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { review } from '../../src/coach/review.js';
import type { Draft, Review } from '../../src/coach/types.js';
import { ANSI, cli, exec } from './helpers.js';

// Each test spawns the real CLI (about a second of CPU each); a busy machine needs slack.
vi.setConfig({ testTimeout: 90_000 });

const GOOD =
  'Hi Laura, I enjoyed chatting with you at last week’s industry event. I’d love to connect on LinkedIn to keep sharing ideas about optimizing sales funnels.';
const PLACEHOLDER =
  'Hi [First Name], it was great to meet you at the summit. I’d love to connect on LinkedIn to stay in touch.';
const SHOUTY = 'Hi Leo, pls accept my request NOW!!! u wont regret it';

/** A failure a user sees: nothing on stdout, exactly one line on stderr, no stack trace. */
function expectUsageError(
  run: { code: number | null; stdout: string; stderr: string },
  mention: RegExp,
) {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+|Error:/);
  expect(run.stderr).toMatch(mention);
}

describe.concurrent('connectnote review', () => {
  it('reviews TEXT and prints a readable report, exit 0 for a clean note', async () => {
    const run = await cli(['review', GOOD, '--relationship', 'met-briefly']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/score 100\/100/);
    expect(run.stdout).toMatch(/met-briefly/);
    expect(run.stdout).not.toMatch(/inferred/);
    expect(run.stdout).toMatch(/\d+ words \(target 20–50\)/);
    expect(run.stdout).toMatch(new RegExp(`${GOOD.length}/300 chars`));
    expect(run.stdout).toMatch(/No findings/);
  });

  it('reads the note from stdin when TEXT is absent, the same as from TEXT', async () => {
    const [fromArg, fromStdin] = await Promise.all([
      cli(['review', '--json', SHOUTY]),
      cli(['review', '--json'], { input: `${SHOUTY}\n` }),
    ]);
    expect(fromStdin.code).toBe(fromArg.code);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromArg.stdout));
    expect(JSON.parse(fromStdin.stdout).chars).toBe(SHOUTY.length);
  });

  it('--json prints exactly the review object of docs/reference.md §4', async () => {
    const run = await cli(['review', '--json', '--limit', '200', SHOUTY]);
    const result = JSON.parse(run.stdout) as Review;
    expect(result).toMatchObject({
      relationshipInferred: true,
      charLimit: 200,
      chars: SHOUTY.length,
      wordTarget: { min: expect.any(Number), max: expect.any(Number) },
    });
    for (const key of ['relationship', 'words', 'sentences', 'score', 'findings']) {
      expect(result).toHaveProperty(key);
    }
    expect(result.score).toBeLessThan(100);
    const ids = result.findings.map((finding) => finding.ruleId);
    expect(ids).toContain('abbreviation');
    expect(ids).toContain('pushy');
    const pls = result.findings.find((finding) => finding.excerpt === 'pls');
    expect(pls && SHOUTY.slice(pls.start, pls.end)).toBe('pls');
    // The note has no error-level finding, only warnings: exit 0.
    expect(result.findings.some((finding) => finding.severity === 'error')).toBe(false);
    expect(run.code).toBe(0);
  });

  it('exits 1 on an error-level finding and shows the triggering words in context', async () => {
    const run = await cli(['review', PLACEHOLDER]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error\s+placeholder/);
    expect(run.stdout).toContain('Hi »[First Name]«, it was great');
    const json = await cli(['review', '--json', PLACEHOLDER]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'placeholder',
        severity: 'error',
        excerpt: '[First Name]',
      }),
    );
  });

  it('shows the corrected version when there is one', async () => {
    const run = await cli(['review', 'Hi Leo, i wanna connect w/ u to swap ideas about Rust.']);
    expect(run.stdout).toMatch(/Corrected:\n\s+Hi Leo, I want to connect with you/);
  });

  it('--history flags a note already sent to someone else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'connectnote-'));
    const history = join(dir, 'sent.txt');
    await writeFile(history, `${GOOD.replace('Laura', 'Priya')}\nsomething else entirely\n`);
    const [withHistory, without] = await Promise.all([
      cli(['review', '--json', '--history', history, GOOD]),
      cli(['review', '--json', GOOD]),
    ]);
    await rm(dir, { recursive: true, force: true });
    const ids = (run: { stdout: string }) =>
      (JSON.parse(run.stdout) as Review).findings.map((finding) => finding.ruleId);
    expect(ids(withHistory)).toContain('reused');
    expect(ids(without)).not.toContain('reused');
  });

  it('--jsonl answers each line in order, an error object in place of a bad line', async () => {
    const input = [
      JSON.stringify({ text: GOOD, relationship: 'met-briefly' }),
      'not json',
      JSON.stringify({ text: PLACEHOLDER, limit: 200 }),
      JSON.stringify({ text: 'Hi Leo', relationship: 'best-friends' }),
      JSON.stringify({ text: SHOUTY, name: 'Leo' }),
    ].join('\n');
    const run = await cli(['review', '--jsonl'], { input: `${input}\n` });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ relationship: 'met-briefly', score: 100, chars: GOOD.length });
    expect(lines[1]).toEqual({ error: expect.any(String), line: 2 });
    expect(lines[2]).toMatchObject({ charLimit: 200, chars: PLACEHOLDER.length });
    expect(lines[3]).toEqual({ error: expect.stringContaining('relationship'), line: 4 });
    expect(lines[4]).toMatchObject({ name: 'Leo', chars: SHOUTY.length });
  });

  it('--jsonl with no usable line at all is bad input: exit 2', async () => {
    const run = await cli(['review', '--jsonl'], { input: 'just some prose\nmore prose\n' });
    expect(run.code).toBe(2);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe.concurrent('connectnote: bad usage exits 2 with one line on stderr', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['review', '--bogus', 'hi'], /--bogus/],
    [
      'a bad relationship',
      ['review', '--relationship', 'friends', 'hi'],
      /--relationship.*friends/,
    ],
    ['a bad limit', ['review', '--limit', '250', 'hi'], /--limit must be 200 or 300/],
    ['a missing value', ['review', 'hi', '--name'], /--name/],
    [
      'an unreadable history file',
      ['review', '--history', '/no/such/file', 'hi'],
      /history.*\/no\/such\/file/,
    ],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['no command', [], /missing command/],
    [
      'a draft without --name',
      ['draft', '--relationship', 'cold', '--context', 'your post'],
      /--name/,
    ],
    [
      'a draft with a bad relationship',
      ['draft', '--name', 'Leo', '--relationship', 'x'],
      /--relationship/,
    ],
    [
      'a draft without what the relationship needs',
      ['draft', '--name', 'Leo', '--relationship', 'introduced'],
      /--mutual/,
    ],
    [
      'a draft with a placeholder name',
      ['draft', '--name', '{{name}}', '--relationship', 'close-contact'],
      /--name/,
    ],
    [
      'a draft limit over 300',
      ['draft', '--name', 'Leo', '--relationship', 'close-contact', '--limit', '500'],
      /--limit/,
    ],
    [
      'a draft that cannot fit',
      ['draft', '--name', 'Leo', '--relationship', 'close-contact', '--limit', '40'],
      /--limit/,
    ],
    ['sweep without its Slack settings', ['sweep'], /^connectnote: sweep: /],
  ];
  it.each(cases)('%s', async (_what, args, mention) => {
    expectUsageError(await cli(args), mention);
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('connectnote review [TEXT]');
    expect(run.stdout).toContain('connectnote draft --name NAME --relationship ID');
    const command = await cli(['review', '--help']);
    expect(command.code).toBe(0);
    expect(command.stdout).toContain('--jsonl');
  });
});

// `script` runs a command on a pseudo-terminal: the CLI then sees a real TTY.
const hasScript = existsSync('/usr/bin/script');
const onTerminal = (args: string[], env: Record<string, string> = {}) =>
  exec(
    'script',
    ['-qec', ['node --import tsx src/cli/main.ts', ...args.map(quote)].join(' '), '/dev/null'],
    { env },
  );
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

describe.skipIf(!hasScript)('connectnote on a terminal', { concurrent: true }, () => {
  it('colours the report on a TTY, but not with NO_COLOR', async () => {
    const [tty, noColor] = await Promise.all([
      onTerminal(['review', SHOUTY]),
      onTerminal(['review', SHOUTY], { NO_COLOR: '1' }),
    ]);
    expect(tty.stdout).toMatch(ANSI);
    expect(tty.stdout).toMatch(/score/);
    expect(noColor.stdout).toMatch(/score/);
    expect(noColor.stdout).not.toMatch(ANSI);
  });

  it('asks for TEXT instead of waiting when stdin is a terminal', async () => {
    const run = await onTerminal(['review']);
    expect(run.stdout).toMatch(/pass TEXT or pipe the note on stdin/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe.concurrent('connectnote colours', () => {
  it('prints no ANSI colours when piped, colours when forced, none with NO_COLOR', async () => {
    const [piped, forced, noColor] = await Promise.all([
      cli(['review', SHOUTY]),
      cli(['review', SHOUTY], { env: { FORCE_COLOR: '1' } }),
      cli(['review', SHOUTY], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }),
    ]);
    expect(piped.stdout).not.toMatch(ANSI);
    expect(forced.stdout).toMatch(ANSI);
    expect(noColor.stdout).not.toMatch(ANSI);
    // Same words either way.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes
    const plain = forced.stdout.replace(/\u001b\[\d+m/g, '');
    expect(plain.split('\n')[0]).toBe(piped.stdout.split('\n')[0]);
  });
});

describe.concurrent('connectnote draft', () => {
  it('--json drafts notes that pass their own review', async () => {
    const run = await cli([
      'draft',
      '--json',
      '--name',
      'laura',
      '--relationship',
      'after-meeting',
      '--context',
      'yesterday at the conference',
      '--purpose',
      'to share ideas about optimizing client onboarding processes',
      '--limit',
      '200',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { drafts } = JSON.parse(run.stdout) as { drafts: Draft[] };
    expect(drafts.length).toBe(3);
    expect(new Set(drafts.map((d) => d.text)).size).toBe(3);
    for (const { text, review: own } of drafts) {
      expect(text).toContain('Laura');
      expect(text.length).toBeLessThanOrEqual(200);
      expect(own.charLimit).toBe(200);
      const again = review(text, { relationship: 'after-meeting', name: 'Laura', limit: 200 });
      expect(
        again.findings.filter((f) => f.severity !== 'info'),
        text,
      ).toEqual([]);
      expect(again.words).toBeGreaterThanOrEqual(20);
    }
  });

  it('prints numbered drafts with their score, words and chars; --variants picks how many', async () => {
    const run = await cli([
      'draft',
      '--name',
      'Matt',
      '--relationship',
      'former-colleague',
      '--context',
      'XYZ Company',
      '--variants',
      '2',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. Hi Matt,/m);
    expect(run.stdout).toMatch(/^2\. /m);
    expect(run.stdout).not.toMatch(/^3\. /m);
    expect(run.stdout).toMatch(/score 100 · \d+ words \(target 10–30\) · \d+\/300 chars/);
  });

  it('--greet-as sets the greeting; without it the name is greeted as people are addressed', async () => {
    const guessed = await cli([
      'draft',
      '--json',
      '--name',
      'Dr Priya Raman',
      '--relationship',
      'cold',
      '--context',
      'I read her paper on sepsis',
    ]);
    expect(guessed.code).toBe(0);
    for (const { text } of (JSON.parse(guessed.stdout) as { drafts: Draft[] }).drafts) {
      expect(text).toMatch(/\bDr Raman\b/);
      expect(text).toContain('your paper on sepsis');
    }
    const chosen = await cli([
      'draft',
      '--json',
      '--name',
      'Dr Priya Raman',
      '--greet-as',
      'Priya',
      '--relationship',
      'cold',
      '--context',
      'I read her paper on sepsis',
    ]);
    expect(chosen.code).toBe(0);
    for (const { text } of (JSON.parse(chosen.stdout) as { drafts: Draft[] }).drafts) {
      expect(text).toMatch(/^(?:Hi |Hello )?Priya[,!]|, Priya!/);
      expect(text).not.toContain('Dr Raman');
    }
  });

  it('says what a draft left out to fit the limit', async () => {
    const run = await cli([
      'draft',
      '--name',
      'Jo',
      '--relationship',
      'met-briefly',
      '--context',
      'the KubeCon Europe booth crawl in Amsterdam, where we talked for a long time about platform engineering and the future of internal tooling',
      '--purpose',
      'to swap notes on platform teams',
      '--limit',
      '200',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/left out to fit: “[^”]+”/);
  });

  it('npm run --silent cli prints only the command’s own output', async () => {
    const run = await exec('npm', ['run', '--silent', 'cli', '--', 'review', '--json', GOOD]);
    expect(run.stderr).toBe('');
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stdout.trimStart().startsWith('{')).toBe(true);
  });
});
