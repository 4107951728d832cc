// ConnectNote's real Slack app for the benchmark: built the way main.ts builds it (config from
// the environment, SQLite store, tracking) and started in HTTP mode on an ephemeral port.
// Env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL (the stand-in), STORE_URL.
import { LogLevel } from '@slack/bolt';
import { systemClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { startApp } from '../../../src/slack/app.js';
import { openStore } from '../../../src/store/index.js';
import { Tracking } from '../../../src/tracking/index.js';
import { announceReady } from '../lib/server-child.js';
import { quietLogger } from './quiet-logger.js';
import { installServerTiming } from './server-timing.js';

installServerTiming();

const config = loadConfig();
const logger = quietLogger(LogLevel.ERROR);
const store = await openStore(config.storeUrl, logger);
const tracking = new Tracking({ store, clock: systemClock, config, logger });
const running = await startApp(
  { config, logger, clock: systemClock, tracking },
  { port: 0, host: '127.0.0.1' },
);
announceReady({ port: running.port });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    running
      .stop()
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
}
