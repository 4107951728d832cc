// Child process: drives one app (ConnectNote's or the bare Bolt app) with signed `/connectnote`
// requests, 50 at a time, and times each from being sent to its `views.open` reaching the
// stand-in Slack. Sender and stand-in live here, so both stamps come from this process's clock;
// the app runs in its own process so the load generator does not share its event loop.
// Usage: node --import tsx scripts/bench/slack/latency.ts connectnote|bare [rounds] [concurrency]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  fakeTriggerId,
  type SlackCall,
  SlackRequestSender,
  slashCommand,
  startSlackStandin,
} from '../../../src/slack-standin/index.js';
import { emit, emitError, peakRssMb, scriptPath } from '../lib/child.js';
import { type ServerChild, startServerChild } from '../lib/server-child.js';

export type Target = 'connectnote' | 'bare';

export interface LatencyResult {
  target: Target;
  /** ms from sending each measured request to its views.open reaching the stand-in. */
  samples: number[];
  /** The same measure one request at a time: the per-request cost without queueing. */
  sequential: number[];
  /** Requests whose ack was not 200 or whose views.open never came. */
  failures: number;
  firstFailure?: string;
  driverPeakRssMb: number;
}

const SECRET = 'bench-signing-secret';
const SERVERS: Record<Target, string> = {
  connectnote: scriptPath(import.meta.url, './connectnote-app.ts'),
  bare: scriptPath(import.meta.url, './bare-app.ts'),
};
const WAIT_MS = 10_000;
const WARMUP_ROUNDS = 3;

const CONTEXTS = [
  'met Laura at the DevOps meetup in Berlin',
  '',
  'Samantha introduced us, fintech compliance',
  'worked together at Acme Robotics',
];

async function main(): Promise<void> {
  const target = process.argv[2];
  if (target !== 'connectnote' && target !== 'bare') throw new Error('expected connectnote|bare');
  const rounds = Number(process.argv[3] ?? 10);
  const concurrency = Number(process.argv[4] ?? 50);

  const standin = await startSlackStandin();
  const dataDir = mkdtempSync(join(tmpdir(), 'connectnote-bench-slack-'));
  let server: ServerChild | undefined;
  try {
    server = await startServerChild(SERVERS[target], {
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: standin.url,
      PORT: '0',
      STORE_URL: `sqlite://${join(dataDir, 'store.sqlite')}`,
      LOG_LEVEL: 'error',
    });
    const sender = new SlackRequestSender(`http://127.0.0.1:${server.port}/slack/events`, SECRET);

    // views.open arrivals, keyed by trigger id, stamped on this process's clock.
    const arrivals = new Map<string, (at: number) => void>();
    standin.on('call', (call: SlackCall) => {
      if (call.method !== 'views.open') return;
      const at = performance.now();
      const trigger = call.body.trigger_id;
      if (typeof trigger !== 'string') return;
      arrivals.get(trigger)?.(at);
      arrivals.delete(trigger);
    });

    let failures = 0;
    let firstFailure: string | undefined;
    const fail = (why: string) => {
      failures++;
      firstFailure ??= why;
      return undefined;
    };

    const one = async (i: number): Promise<number | undefined> => {
      const triggerId = fakeTriggerId();
      const fields = slashCommand({
        userId: `U0BENCH${String(i).padStart(3, '0')}`,
        userName: `bench${i}`,
        text: CONTEXTS[i % CONTEXTS.length],
        triggerId,
      });
      let timer: NodeJS.Timeout | undefined;
      const opened = new Promise<number | undefined>((resolve) => {
        arrivals.set(triggerId, resolve);
        timer = setTimeout(() => resolve(undefined), WAIT_MS);
      });
      const sent = performance.now();
      const [response, at] = await Promise.all([sender.command(fields), opened]);
      clearTimeout(timer);
      arrivals.delete(triggerId);
      if (response.status !== 200)
        return fail(`ack status ${response.status}: ${response.text.slice(0, 120)}`);
      if (at === undefined) return fail(`no views.open within ${WAIT_MS} ms`);
      return at - sent;
    };

    const round = async () => {
      const results = await Promise.all(Array.from({ length: concurrency }, (_, i) => one(i)));
      // Let the app finish whatever it does after views.open before the next burst.
      await new Promise((resolve) => setTimeout(resolve, 150));
      return results.filter((ms): ms is number => ms !== undefined);
    };

    for (let i = 0; i < 20; i++) await one(i);
    for (let r = 0; r < WARMUP_ROUNDS; r++) await round();
    failures = 0;
    firstFailure = undefined;
    const sequential: number[] = [];
    for (let i = 0; i < concurrency; i++) {
      const ms = await one(i);
      if (ms !== undefined) sequential.push(ms);
    }
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) samples.push(...(await round()));
    emit({
      target,
      samples,
      sequential,
      failures,
      firstFailure,
      driverPeakRssMb: peakRssMb(),
    } satisfies LatencyResult);
  } finally {
    await server?.stop();
    await standin.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch(emitError);
