// Starts the real ConnectNote app for the playground: HTTP mode on a loopback port, its Web API
// calls going to the stand-in Slack, its own store, and the playground's clock.
import { loadSpeller } from '../coach/index.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startApp } from '../slack/app.js';
import { openStore } from '../store/index.js';
import { Tracking } from '../tracking/index.js';
import { reminderSlack, sweepWebClient } from '../tracking/slack.js';
import { runSweep } from '../tracking/sweep.js';
import type { AppStartInput, PlaygroundApp } from './start.js';

export async function startRealApp(input: AppStartInput): Promise<PlaygroundApp> {
  const config = loadConfig({
    ...process.env,
    SLACK_BOT_TOKEN: input.botToken,
    SLACK_SIGNING_SECRET: input.signingSecret,
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: input.slackApiUrl,
    STORE_URL: input.storeUrl,
    PORT: '0',
    LOG_LEVEL: input.logLevel,
  });
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat,
    name: 'connectnote',
    secrets: [input.botToken, input.signingSecret],
  });
  const store = await openStore(config.storeUrl, logger);
  const tracking = new Tracking({ store, clock: input.clock, config, logger });
  const slack = reminderSlack(sweepWebClient(config.slackBotToken, config.slackApiUrl, { logger }));
  loadSpeller(); // as main.ts does: the dictionary loads now, not on the first review
  try {
    const app = await startApp(
      { config, logger, clock: input.clock, tracking },
      {
        port: 0,
        host: '127.0.0.1',
        clientOptions: { retryConfig: { retries: 0 } },
      },
    );
    return {
      url: app.baseUrl,
      // The same sweep node-cron runs in production, at the playground's time.
      sweep: (now) => runSweep({ tracking, slack }, now),
      stop: async () => {
        await app.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
