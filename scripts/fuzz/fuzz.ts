// The request fuzz (issue 10): seeded, bounded in count and time, loopback only. The real app
// runs in its own process (app-child.ts, with the stand-in Slack and a SQLite file); this
// driver sends it signed and unsigned payloads of every shape Slack sends, mutated (fields
// dropped, retyped, made huge, filled with mentions), plus garbage bodies, odd headers, wrong
// methods and paths, and a few bodies over 1 MB. It counts the responses by status, 5xx and
// connection failures, and asks the app for its peak RSS, unhandled rejections and uncaught
// exceptions. `ok` is false on any 5xx, crash, unhandled rejection or dead /healthz.
import { request } from 'node:http';
import { seededRandom } from '../../src/seeded-random.js';
import { ACTION, CALLBACK, DRAFT_INPUT, EDIT_INPUT, SLASH_COMMAND } from '../../src/slack/ids.js';
import { HOME_ACTION } from '../../src/slack/views/home.js';
import {
  appHomeOpenedEvent,
  blockAction,
  messageShortcut,
  slackSignature,
  slashCommand,
  viewClosed,
  viewSubmission,
} from '../../src/slack-standin/index.js';
import { scriptPath } from '../bench/lib/child.js';
import { startServerChild } from '../bench/lib/server-child.js';
import type { AppChildStats } from './app-child.js';

export const FUZZ_SECRET = 'fuzz-signing-secret-0123456789';

export interface FuzzOptions {
  count: number;
  seed: number;
  /** Stop sending after this long, whatever the count. */
  timeLimitMs: number;
  concurrency: number;
}

export interface FuzzResult {
  sent: number;
  byStatus: Record<string, number>;
  fiveXx: Array<{ status: number; shape: string; body?: string }>;
  failures: number;
  stats: AppChildStats;
  healthyAfter: boolean;
  crashed: boolean;
  elapsedMs: number;
  ok: boolean;
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;

const NASTY = [
  '',
  ' ',
  '<!channel>',
  '<!here> <@U999> <https://evil.example|click>',
  '*bold* _it_ ~s~ `c` ```block```',
  '\u0000\u0001\u001f',
  '\ud800',
  'مرحبا Привет 你好 🙂‍↔️',
  'Hi Ana, great to meet you at the summit. Would you like to connect?',
  '{"v":1,"i":0,"r":{}}',
  '{"name":"x","relationship":"cold","note":"hi"}',
  'null',
  '[]',
  '%00%ff',
  'a'.repeat(3001),
];

function randomValue(r: Random, depth = 0): unknown {
  const roll = r();
  if (roll < 0.15) return null;
  if (roll < 0.25) return Math.floor(r() * 2 ** 40) * (r() < 0.5 ? -1 : 1);
  if (roll < 0.3) return r() < 0.5;
  if (roll < 0.6) return pick(r, NASTY);
  if (roll < 0.65) return 'x'.repeat(Math.floor(r() * 200_000));
  if (roll < 0.8 && depth < 3) return [randomValue(r, depth + 1), randomValue(r, depth + 1)];
  if (depth < 3) return { a: randomValue(r, depth + 1), id: randomValue(r, depth + 1) };
  return undefined;
}

/** Drop, retype or replace a few fields anywhere in the payload. */
function mutate(r: Random, value: unknown, rate: number): unknown {
  if (Array.isArray(value)) return value.map((v) => mutate(r, v, rate));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const roll = r();
      if (roll < rate / 3) continue; // dropped
      out[key] = roll < rate ? randomValue(r) : mutate(r, v, rate);
    }
    return out;
  }
  return value;
}

const VIEW = (callback: string) => ({
  id: 'V0FUZZ',
  callback_id: callback,
  hash: '1.fuzz',
  private_metadata: pick(seededRandom(callback.length), ['', '{}', 'x']),
  blocks: [],
});

const ACTION_IDS = [...Object.values(ACTION), ...Object.values(HOME_ACTION), 'unknown_action'];
const CALLBACKS = [...Object.values(CALLBACK), 'unknown_callback'];

interface Shape {
  name: string;
  contentType: string | undefined;
  body: string | Buffer;
}

function form(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** One payload of a random shape, lightly or heavily mutated. */
function makeShape(r: Random, i: number): Shape {
  const userId = pick(r, ['U0ALICE', 'U0BOB', `U${i}`]);
  const rate = pick(r, [0, 0.05, 0.3]);
  const roll = r();
  const inputs = Object.fromEntries(
    [...Object.values(DRAFT_INPUT), EDIT_INPUT.note].map((k) => [k, String(randomValue(r))]),
  );
  if (roll < 0.2) {
    const fields = slashCommand({
      userId,
      command: pick(r, [SLASH_COMMAND, '/other']),
      text: String(pick(r, NASTY)),
    });
    const mutated = mutate(r, fields, rate) as Record<string, unknown>;
    const body = new URLSearchParams(
      Object.entries(mutated).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    ).toString();
    return { name: 'slash_command', contentType: 'application/x-www-form-urlencoded', body };
  }
  if (roll < 0.45) {
    const actionId = pick(r, ACTION_IDS);
    const payload = blockAction({
      userId,
      view: r() < 0.5 ? VIEW(pick(r, CALLBACKS)) : undefined,
      message: r() < 0.5 ? { ts: '1700000000.000100', text: 'x', blocks: [] } : undefined,
      action: {
        actionId,
        value: String(pick(r, NASTY)),
        selectedValue: r() < 0.3 ? String(pick(r, NASTY)) : undefined,
      },
    } as Parameters<typeof blockAction>[0]);
    return {
      name: `block_actions:${actionId}`,
      contentType: 'application/x-www-form-urlencoded',
      body: form(mutate(r, payload, rate)),
    };
  }
  if (roll < 0.6) {
    const callback = pick(r, CALLBACKS);
    const payload =
      r() < 0.8
        ? viewSubmission({ userId, view: VIEW(callback), inputs })
        : viewClosed({ userId, view: VIEW(callback) });
    return {
      name: `${payload.type}:${callback}`,
      contentType: 'application/x-www-form-urlencoded',
      body: form(mutate(r, payload, rate)),
    };
  }
  if (roll < 0.7) {
    const payload = messageShortcut({
      userId,
      callbackId: pick(r, CALLBACKS),
      message: { text: String(randomValue(r)), ts: '1700000000.000100' },
    } as Parameters<typeof messageShortcut>[0]);
    return {
      name: 'message_action',
      contentType: 'application/x-www-form-urlencoded',
      body: form(mutate(r, payload, rate)),
    };
  }
  if (roll < 0.8) {
    const envelope = appHomeOpenedEvent({ userId, tab: pick(r, ['home', 'messages'] as const) });
    const event =
      r() < 0.2 ? { ...envelope, event: { type: pick(r, ['message', 'x']) } } : envelope;
    return {
      name: 'event_callback',
      contentType: 'application/json',
      body: JSON.stringify(mutate(r, event, rate)),
    };
  }
  if (roll < 0.85) {
    const body = pick(r, [
      '{"type":"url_verification","challenge":"c"}',
      'ssl_check=1&token=x',
      'ssl_check=1&payload=%7B%22type%22%3A%22block_actions%22%7D',
      '{"type":"app_rate_limited","team_id":"T1","minute_rate_limited":1}',
    ]);
    return {
      name: 'verification',
      contentType: body.startsWith('{') ? 'application/json' : 'application/x-www-form-urlencoded',
      body,
    };
  }
  // Garbage: JSON of every type, broken encodings, random bytes, nested depth.
  const garbage = pick(r, [
    'null',
    '42',
    '"x"',
    '[]',
    '{}',
    '{',
    'payload=',
    'payload=null',
    'payload=%7B',
    'payload=%5B%5D',
    `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: 'U1' }))}`,
    `payload=${encodeURIComponent(JSON.stringify({ type: 'view_submission', user: { id: 'U1' } }))}`,
    `payload=${encodeURIComponent(JSON.stringify({ type: 'shortcut', user: { id: 'U1' } }))}`,
    JSON.stringify({ type: 'event_callback', event: pick(r, ['x', 1, null, [], {}]) }),
    `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
    '\xff\xfe\x00garbage',
  ]);
  return {
    name: 'garbage',
    contentType: pick(r, [
      'application/json',
      'application/x-www-form-urlencoded',
      'text/plain',
      'application/x-www-form-urlencoded; charset=utf-8',
      undefined,
    ]),
    body:
      r() < 0.1 ? Buffer.from(Array.from({ length: 512 }, () => Math.floor(r() * 256))) : garbage,
  };
}

interface Sent {
  status: number | 'failed';
  shape: string;
  body?: string;
}

function send(port: number, r: Random, i: number): Promise<Sent> {
  const shape = makeShape(r, i);
  const body = typeof shape.body === 'string' ? Buffer.from(shape.body) : shape.body;
  const now = Math.floor(Date.now() / 1000);
  const auth = r();
  const headers: Record<string, string> = {};
  if (shape.contentType) headers['content-type'] = shape.contentType;
  let signing = 'signed';
  if (auth < 0.75) {
    headers['x-slack-request-timestamp'] = String(now);
    headers['x-slack-signature'] = slackSignature(FUZZ_SECRET, now, body.toString());
  } else if (auth < 0.82) {
    signing = 'unsigned';
  } else if (auth < 0.88) {
    signing = 'forged';
    headers['x-slack-request-timestamp'] = String(now);
    headers['x-slack-signature'] = slackSignature('wrong-secret', now, body.toString());
  } else if (auth < 0.94) {
    const skew = pick(r, [-6 * 60, 6 * 60, 10 ** 9]);
    signing = 'skewed';
    headers['x-slack-request-timestamp'] = String(now + skew);
    headers['x-slack-signature'] = slackSignature(FUZZ_SECRET, now + skew, body.toString());
  } else {
    signing = 'odd-headers';
    headers['x-slack-request-timestamp'] = pick(r, ['', 'abc', '-1', '1e99', `${now}.5`]);
    headers['x-slack-signature'] = pick(r, ['', 'v0=', 'v1=abc', 'v0=zz']);
  }
  if (r() < 0.02) headers['x-slack-retry-num'] = pick(r, ['1', 'x', '-1']);
  const route = r();
  const method = route < 0.03 ? pick(r, ['GET', 'PUT', 'DELETE']) : 'POST';
  const path =
    route < 0.05
      ? pick(r, ['/', '/healthz', '/slack/events?x=1', '/nope', '//slack/events'])
      : '/slack/events';
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: { ...headers, 'content-length': String(body.length) },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            shape: `${signing} ${shape.name}`,
            body: body.subarray(0, 3_000).toString(),
          }),
        );
        res.on('error', () => resolve({ status: 'failed', shape: shape.name }));
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 'failed', shape: `${signing} ${shape.name}` }));
    req.end(body);
  });
}

/** A few bodies over 1 MB, declared and chunked: they must be 413 (or the app hangs up). */
function sendOversize(port: number, declared: boolean): Promise<Sent> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (declared) headers['content-length'] = String(3 * 1024 * 1024);
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/slack/events',
      method: 'POST',
      headers,
    });
    let done = false;
    const finish = (status: number | 'failed') => {
      if (done) return;
      done = true;
      req.destroy();
      resolve({ status, shape: `oversize ${declared ? 'declared' : 'chunked'}` });
    };
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
    });
    req.on('error', () => finish('failed'));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (!done && sent < 3 * 1024 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!done) req.end();
    };
    pump();
  });
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const started = Date.now();
  const app = await startServerChild(scriptPath(import.meta.url, './app-child.ts'), {
    FUZZ_SIGNING_SECRET: FUZZ_SECRET,
  });
  let crashed = false;
  const r = seededRandom(options.seed);
  const byStatus: Record<string, number> = {};
  const fiveXx: FuzzResult['fiveXx'] = [];
  let failures = 0;
  let sent = 0;
  const record = (result: Sent) => {
    sent += 1;
    byStatus[String(result.status)] = (byStatus[String(result.status)] ?? 0) + 1;
    if (result.status === 'failed') failures += 1;
    else if (result.status >= 500) fiveXx.push(result as FuzzResult['fiveXx'][number]);
  };
  try {
    let next = 0;
    const deadline = started + options.timeLimitMs;
    const worker = async () => {
      while (next < options.count && Date.now() < deadline) {
        const i = next++;
        record(
          i % 500 === 250
            ? await sendOversize(app.port, i % 1000 === 250)
            : await send(app.port, r, i),
        );
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    // Let work started by the last requests finish before asking for the figures.
    await new Promise((resolve) => setTimeout(resolve, 500));
    let healthyAfter = false;
    try {
      const res = await fetch(`http://127.0.0.1:${app.port}/healthz`, {
        signal: AbortSignal.timeout(5_000),
      });
      healthyAfter = res.status === 200;
    } catch {
      crashed = true;
    }
    const stats = await app.ask<AppChildStats>('stats', 5_000).catch(() => {
      crashed = true;
      return {
        rssMb: Number.NaN,
        peakRssMb: Number.NaN,
        startRssMb: Number.NaN,
        unhandledRejections: Number.NaN,
        uncaughtExceptions: Number.NaN,
        errors: Number.NaN,
      };
    });
    const ok =
      !crashed &&
      healthyAfter &&
      fiveXx.length === 0 &&
      stats.unhandledRejections === 0 &&
      stats.uncaughtExceptions === 0;
    return {
      sent,
      byStatus,
      fiveXx,
      failures,
      stats,
      healthyAfter,
      crashed,
      elapsedMs: Date.now() - started,
      ok,
    };
  } finally {
    await app.stop();
  }
}

export function formatFuzz(result: FuzzResult, options: FuzzOptions): string {
  const statuses = Object.entries(result.byStatus)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  const lines = [
    `fuzz: seed ${options.seed}, ${result.sent} requests in ${(result.elapsedMs / 1000).toFixed(1)} s`,
    `  responses by status: ${statuses}`,
    `  5xx: ${result.fiveXx.length}${result.fiveXx.length ? ` (first: ${result.fiveXx[0]?.status} ${result.fiveXx[0]?.shape})` : ''}`,
    `  connection failures: ${result.failures}`,
    `  unhandled rejections: ${result.stats.unhandledRejections}, uncaught exceptions: ${result.stats.uncaughtExceptions}, error lines logged: ${result.stats.errors}`,
    `  app RSS: ${result.stats.startRssMb.toFixed(0)} MB at start, peak ${result.stats.peakRssMb.toFixed(0)} MB`,
    `  /healthz afterwards: ${result.healthyAfter ? '200' : 'not answering'}${result.crashed ? ' (the app crashed)' : ''}`,
    `  ${result.ok ? 'PASS' : 'FAIL'}`,
  ];
  return lines.join('\n');
}
