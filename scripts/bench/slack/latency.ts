// Child process: drives ConnectNote's app and the bare Bolt app with signed `/connectnote`
// requests, 50 at a time. Two clocks: each app times its own server time (request arriving →
// views.open leaving, slack/server-timing.ts), and this driver times each request end to end,
// from being sent to its `views.open` reaching the stand-in Slack (sender and stand-in live
// here, so both stamps come from this process's clock). Each app runs in its own process, so
// the load generator never shares its event loop. Bursts alternate between the two apps, so a
// noisy neighbour on a shared machine hits both alike.
// Usage: node --import tsx scripts/bench/slack/latency.ts [rounds] [concurrency]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  fakeTriggerId,
  type SlackCall,
  SlackRequestSender,
  type SlackStandin,
  slashCommand,
  startSlackStandin,
} from '../../../src/slack-standin/index.js';
import { emit, emitError, peakRssMb, scriptPath } from '../lib/child.js';
import { type ServerChild, startServerChild } from '../lib/server-child.js';
import { COLLECT, type CollectedTimes } from './server-timing.js';

import { TARGETS, type Target } from './targets.js';

export interface TargetResult {
  /** In the app: ms from each burst request arriving to its views.open leaving. */
  serverSamples: number[];
  /** The same, one request at a time: the per-request cost without queueing. */
  serverSequential: number[];
  /** End to end: ms from sending each request of a burst to its views.open reaching the stand-in. */
  samples: number[];
  /** The same, one request at a time. */
  sequential: number[];
  /** CPU time the app process spent on the bursts, in ms, and the requests in them. */
  burstCpuMs: number;
  burstRequests: number;
  /** Requests whose ack was not 200 or whose views.open never came. */
  failures: number;
  firstFailure?: string;
  /** Set when the app could not be started at all. */
  error?: string;
}

export interface LatencyResult {
  targets: Record<Target, TargetResult>;
  driverPeakRssMb: number;
}

const SECRET = 'bench-signing-secret';
const SERVERS: Record<Target, string> = {
  connectnote: scriptPath(import.meta.url, './connectnote-app.ts'),
  bare: scriptPath(import.meta.url, './bare-app.ts'),
};
const WAIT_MS = 10_000;
const WARMUP_BURSTS = 3;
const CONTEXTS = [
  'met Laura at the DevOps meetup in Berlin',
  '',
  'Samantha introduced us, fintech compliance',
  'worked together at Acme Robotics',
];

class Driver {
  readonly #arrivals = new Map<string, (at: number) => void>();

  constructor(
    private readonly standin: SlackStandin,
    private readonly concurrency: number,
  ) {
    standin.on('call', (call: SlackCall) => {
      if (call.method !== 'views.open') return;
      const at = performance.now();
      const trigger = call.body.trigger_id;
      if (typeof trigger !== 'string') return;
      this.#arrivals.get(trigger)?.(at);
      this.#arrivals.delete(trigger);
    });
  }

  /** One signed /connectnote: ms to its views.open, or a reason it failed. */
  async one(sender: SlackRequestSender, i: number): Promise<number | string> {
    const triggerId = fakeTriggerId();
    const fields = slashCommand({
      userId: `U0BENCH${String(i).padStart(3, '0')}`,
      userName: `bench${i}`,
      text: CONTEXTS[i % CONTEXTS.length],
      triggerId,
    });
    let timer: NodeJS.Timeout | undefined;
    const opened = new Promise<number | undefined>((resolve) => {
      this.#arrivals.set(triggerId, resolve);
      timer = setTimeout(() => resolve(undefined), WAIT_MS);
    });
    const sent = performance.now();
    const [response, at] = await Promise.all([sender.command(fields), opened]);
    clearTimeout(timer);
    this.#arrivals.delete(triggerId);
    if (response.status !== 200) return `ack ${response.status}: ${response.text.slice(0, 120)}`;
    if (at === undefined) return `no views.open within ${WAIT_MS} ms`;
    return at - sent;
  }

  async burst(sender: SlackRequestSender): Promise<Array<number | string>> {
    const results = await Promise.all(
      Array.from({ length: this.concurrency }, (_, i) => this.one(sender, i)),
    );
    // Let the app finish what it does after views.open, and keep the stand-in's state small.
    await new Promise((resolve) => setTimeout(resolve, 150));
    this.standin.reset();
    return results;
  }
}

function record(into: TargetResult, results: Array<number | string>, bucket: number[]): void {
  for (const r of results) {
    if (typeof r === 'number') bucket.push(r);
    else {
      into.failures++;
      into.firstFailure ??= r;
    }
  }
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 10);
  const concurrency = Number(process.argv[3] ?? 50);
  const standin = await startSlackStandin();
  const driver = new Driver(standin, concurrency);
  const dataDir = mkdtempSync(join(tmpdir(), 'connectnote-bench-slack-'));
  const servers: Partial<Record<Target, ServerChild>> = {};
  const senders: Partial<Record<Target, SlackRequestSender>> = {};
  const results = Object.fromEntries(
    TARGETS.map((t) => [
      t,
      {
        serverSamples: [],
        serverSequential: [],
        samples: [],
        sequential: [],
        burstCpuMs: 0,
        burstRequests: 0,
        failures: 0,
      },
    ]),
  ) as unknown as Record<Target, TargetResult>;
  try {
    for (const target of TARGETS) {
      try {
        const server = await startServerChild(SERVERS[target], {
          SLACK_BOT_TOKEN: 'xoxb-bench-token',
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_APP_TOKEN: '',
          SLACK_API_URL: standin.url,
          PORT: '0',
          STORE_URL: `sqlite://${join(dataDir, `${target}.sqlite`)}`,
          LOG_LEVEL: 'error',
        });
        servers[target] = server;
        senders[target] = new SlackRequestSender(
          `http://127.0.0.1:${server.port}/slack/events`,
          SECRET,
        );
      } catch (error) {
        results[target].error = error instanceof Error ? error.message : String(error);
      }
    }
    const live = TARGETS.filter((t) => senders[t]);
    /** The app's own server times since the last collection. */
    const collect = async (target: Target): Promise<CollectedTimes> => {
      const server = servers[target];
      return server ? server.ask<CollectedTimes>(COLLECT) : { serverMs: [], cpuMs: 0 };
    };

    // Warm-up, unmeasured: sequential requests, then a few bursts.
    for (const target of live) {
      const sender = senders[target];
      if (!sender) continue;
      for (let i = 0; i < 20; i++) await driver.one(sender, i);
      for (let b = 0; b < WARMUP_BURSTS; b++) await driver.burst(sender);
    }
    for (const target of live) await collect(target); // drop the warm-up's
    // One at a time, alternating.
    for (let i = 0; i < concurrency; i++) {
      for (const target of live) {
        const sender = senders[target];
        if (sender)
          record(results[target], [await driver.one(sender, i)], results[target].sequential);
      }
    }
    for (const target of live) {
      results[target].serverSequential = (await collect(target)).serverMs;
    }
    // Bursts, alternating, and the order flipped each round.
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? [...live].reverse() : live;
      for (const target of order) {
        const sender = senders[target];
        if (sender) record(results[target], await driver.burst(sender), results[target].samples);
      }
    }
    for (const target of live) {
      const times = await collect(target);
      results[target].serverSamples = times.serverMs;
      results[target].burstCpuMs = times.cpuMs;
      results[target].burstRequests = rounds * concurrency;
    }
    emit({ targets: results, driverPeakRssMb: peakRssMb() } satisfies LatencyResult);
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await standin.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch(emitError);
