// The real app in its own process for the fuzz and the request-limit tests: the stand-in Slack
// and ConnectNote's HTTP app on loopback, with a real SQLite file in a temp folder. Its RSS is
// sampled every 10 ms, and unhandled rejections and uncaught exceptions are counted, so the
// parent can see what a flood of requests did to it. Answers 'stats' over IPC.
// Env: FUZZ_SIGNING_SECRET (default below), FUZZ_BODY_TIMEOUT_MS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startApp } from '../../src/slack/app.js';
import { startSlackStandin } from '../../src/slack-standin/index.js';
import { openStore } from '../../src/store/index.js';
import { Tracking } from '../../src/tracking/index.js';
import { announceReady, stopOnSignal } from '../bench/lib/server-child.js';

export interface AppChildStats {
  rssMb: number;
  peakRssMb: number;
  startRssMb: number;
  unhandledRejections: number;
  uncaughtExceptions: number;
  /** Lines the app logged at error level. */
  errors: number;
}

const MB = 1024 * 1024;
let unhandledRejections = 0;
let uncaughtExceptions = 0;
process.on('unhandledRejection', () => {
  unhandledRejections += 1;
});
process.on('uncaughtException', (error) => {
  uncaughtExceptions += 1;
  process.stderr.write(`uncaught: ${error?.stack ?? error}\n`);
});

const dir = mkdtempSync(join(tmpdir(), 'connectnote-fuzz-'));
const slack = await startSlackStandin();
const config = loadConfig({
  SLACK_BOT_TOKEN: 'xoxb-fuzz-0000-bot-token',
  SLACK_SIGNING_SECRET: process.env.FUZZ_SIGNING_SECRET ?? 'fuzz-signing-secret-0123456789',
  SLACK_API_URL: slack.url,
  PORT: '0',
  STORE_URL: `sqlite://${join(dir, 'fuzz.sqlite')}`,
  LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'error',
});
let errors = 0;
const logger = createLogger({
  level: config.logLevel,
  write: (line) => {
    // Bolt's own line for a request no listener takes (answered 404 after 3 s) is expected.
    if (line.includes('not acknowledged within 3 seconds')) return;
    errors += 1;
    if (errors <= 5) process.stderr.write(`${line.slice(0, 2_000)}\n`);
  },
  secrets: [config.slackBotToken, config.slackSigningSecret],
});
const store = await openStore(config.storeUrl, logger);
const tracking = new Tracking({ store, clock: systemClock, config, logger });
const running = await startApp(
  { config, logger, clock: systemClock, tracking },
  {
    port: 0,
    host: '127.0.0.1',
    clientOptions: { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
    bodyTimeoutMs: Number(process.env.FUZZ_BODY_TIMEOUT_MS) || undefined,
  },
);

const startRss = process.memoryUsage().rss;
let peak = startRss;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10).unref();

process.on('message', (message) => {
  // 'reset-peak': measure the peak from now on (after a warm-up), then answer like 'stats'.
  if (message === 'reset-peak') peak = process.memoryUsage().rss;
  if (message === 'stats' || message === 'reset-peak') {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    const stats: AppChildStats = {
      rssMb: rss / MB,
      peakRssMb: peak / MB,
      startRssMb: startRss / MB,
      unhandledRejections,
      uncaughtExceptions,
      errors,
    };
    process.send?.(stats);
  }
});

announceReady({ port: running.port });

stopOnSignal(() =>
  running
    .stop()
    .then(() => store.close())
    .then(() => slack.close())
    .finally(() => rmSync(dir, { recursive: true, force: true })),
);
