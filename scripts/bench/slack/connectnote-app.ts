// ConnectNote's real Slack app for the benchmark: built the way src/main.ts builds it (config
// from the environment, its logger, SQLite store, tracking, the speller loaded up front) and
// started in HTTP mode on an ephemeral port. The reminder scheduler is left out: it only runs
// every 15 minutes.
// Env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL (the stand-in), STORE_URL.
import { systemClock } from '../../../src/clock.js';
import { loadSpeller } from '../../../src/coach/index.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { startApp } from '../../../src/slack/app.js';
import { openStore } from '../../../src/store/index.js';
import { Tracking } from '../../../src/tracking/index.js';
import { announceReady, stopOnSignal } from '../lib/server-child.js';
import { maybeProfile } from './profile.js';
import { installServerTiming } from './server-timing.js';

installServerTiming();
const stopProfile = await maybeProfile('connectnote');

const config = loadConfig();
const logger = createLogger({ level: config.logLevel, secrets: [config.slackBotToken] });
const store = await openStore(config.storeUrl, logger);
const tracking = new Tracking({ store, clock: systemClock, config, logger });
loadSpeller();
const running = await startApp(
  { config, logger, clock: systemClock, tracking },
  { port: 0, host: '127.0.0.1' },
);
announceReady({ port: running.port });

stopOnSignal(() =>
  running
    .stop()
    .then(() => store.close())
    .then(stopProfile),
);
