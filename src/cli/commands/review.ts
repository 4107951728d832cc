// `connectnote review`: one note from TEXT or stdin, or one JSON object a line with --jsonl.

import { readFile } from 'node:fs/promises';
import { review } from '../../coach/review.js';
import { RELATIONSHIP_IDS, type Review, type ReviewOptions } from '../../coach/types.js';
import { isReviewLimit, numberValue, parse, relationshipValue } from '../args.js';
import { colorEnabled, palette } from '../colors.js';
import { UsageError } from '../errors.js';
import { type InputStream, type Io, readAll } from '../io.js';
import { boundedLines } from '../lines.js';
import { formatReview } from '../report.js';
import type { Command } from './command.js';

const USAGE = `connectnote review [TEXT] [--relationship ID] [--name NAME] [--limit 200|300] [--history FILE] [--json]
connectnote review --jsonl            # one JSON object a line on stdin, one result a line on stdout`;

const HELP = `${USAGE}

Reviews a connection note against the guidelines: TEXT, or stdin when TEXT is absent.

  --relationship ID  ${RELATIONSHIP_IDS.join(', ')} (inferred from the text when absent)
  --name NAME        the recipient's name (detected from the greeting when absent)
  --limit 200|300    LinkedIn's character limit: 300 premium (default), 200 free
  --history FILE     notes you already sent, one a line, to catch a reused note
  --json             print the review object (docs/reference.md §4) instead of the report
  --jsonl            read {"text", "relationship"?, "name"?, "limit"?} objects, one a line,
                     and print one review object a line, in the same order. A line that is
                     not such an object gets {"error": "...", "line": n} in its place. The
                     flags above act as defaults for every line.

Exit status: 0 no error-level finding, 1 at least one, 2 bad usage or input.
With --jsonl: 0, or 2 when stdin is a terminal or no line at all could be read.`;

const OPTIONS = {
  relationship: { type: 'string' },
  name: { type: 'string' },
  limit: { type: 'string' },
  history: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
} as const;

async function readHistory(path: string | undefined): Promise<string[] | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (code ?? 'unreadable');
    throw new UsageError(`cannot read --history file "${path}": ${reason}`);
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const hasError = (result: Review) =>
  result.findings.some((finding) => finding.severity === 'error');

// zod loads only for --jsonl: a single review starts faster without it.
async function lineSchema() {
  const { z } = await import('zod');
  return z.object({
    text: z.string({ error: '"text" must be a string' }),
    relationship: z
      .enum(RELATIONSHIP_IDS, {
        error: `"relationship" must be one of ${RELATIONSHIP_IDS.join(', ')}`,
      })
      .optional(),
    name: z.string({ error: '"name" must be a string' }).optional(),
    limit: z
      .union([z.literal(200), z.literal(300)], { error: '"limit" must be 200 or 300' })
      .optional(),
  });
}

type LineSchema = Awaited<ReturnType<typeof lineSchema>>;

function lineError(
  line: string,
  schema: LineSchema,
): string | { options: Partial<ReviewOptions>; text: string } {
  if (line.trim() === '') return 'empty line';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'expected a JSON object with a "text" string';
  }
  if (!('text' in value)) return 'missing "text"';
  const parsed = schema.safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid line';
  const { text, ...options } = parsed.data;
  return { text, options };
}

/** A JSON line longer than this is refused (a note is a few hundred characters). */
export const JSONL_LINE_MAX_BYTES = 100 * 1024;

async function reviewLines(stdin: InputStream, io: Io, defaults: ReviewOptions): Promise<number> {
  if (stdin.isTTY) throw new UsageError('--jsonl reads JSON lines from stdin: pipe them in');
  const schema = await lineSchema();
  let count = 0;
  let usable = 0;
  for await (const line of boundedLines(stdin as AsyncIterable<Buffer>, JSONL_LINE_MAX_BYTES)) {
    count += 1;
    const parsed =
      'text' in line ? lineError(line.text, schema) : `line over ${JSONL_LINE_MAX_BYTES / 1024} KB`;
    if (typeof parsed === 'string') {
      io.stdout.write(`${JSON.stringify({ error: parsed, line: count })}\n`);
      continue;
    }
    usable += 1;
    const options = Object.fromEntries(
      Object.entries(parsed.options).filter(([, value]) => value !== undefined),
    );
    io.stdout.write(`${JSON.stringify(review(parsed.text, { ...defaults, ...options }))}\n`);
  }
  if (count > 0 && usable === 0) {
    throw new UsageError(`--jsonl: none of the ${count} input line(s) was a {"text": ...} object`);
  }
  return 0;
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'review a note against the guidelines',
  usage: USAGE,
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parse(args, OPTIONS, true);
    const options: ReviewOptions = {
      relationship: relationshipValue(values.relationship),
      name: values.name,
      limit: numberValue(values.limit, '--limit', isReviewLimit, '200 or 300'),
      history: await readHistory(values.history),
    };
    for (const key of Object.keys(options) as (keyof ReviewOptions)[]) {
      if (options[key] === undefined) delete options[key];
    }
    if (values.jsonl) {
      if (positionals.length > 0) throw new UsageError('--jsonl reads stdin: do not pass TEXT too');
      return reviewLines(io.stdin, io, options);
    }
    let text: string;
    if (positionals.length > 0) text = positionals.join(' ');
    else if (io.stdin.isTTY)
      throw new UsageError('no note to review: pass TEXT or pipe the note on stdin');
    else text = (await readAll(io.stdin)).replace(/[\r\n]+$/, '');
    const result = review(text, options);
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(formatReview(text, result, palette(colorEnabled(io.stdout, io.env))));
    return hasError(result) ? 1 : 0;
  },
};
