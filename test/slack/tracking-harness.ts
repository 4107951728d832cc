// The real app (HTTP mode, loopback) against the stand-in Slack, with the tracking and Home
// listeners registered and a real store, for the tracking surfaces' tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../src/clock.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type RunningApp, startApp } from '../../src/slack/app.js';
import type { AppDeps } from '../../src/slack/deps.js';
import { registerHomeListeners } from '../../src/slack/listeners/home.js';
import { registerTrackingListeners } from '../../src/slack/listeners/tracking.js';
import {
  blockAction,
  SlackRequestSender,
  type SlackStandin,
  type StandinMessage,
  startSlackStandin,
} from '../../src/slack-standin/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { Tracking } from '../../src/tracking/index.js';

export const SIGNING_SECRET = 'tracking-test-signing-secret-0123';
export const BOT_TOKEN = 'xoxb-tracking-test-token';
export const TEAM = 'T0STANDIN';

export interface TrackingHarness {
  slack: SlackStandin;
  app: RunningApp;
  sender: SlackRequestSender;
  tracking: Tracking;
  store: Store;
  clock: ManualClock;
  config: Config;
  storeUrl: string;
  logs: string[];
  /** Messages the app posted in the user's DM (not ephemeral ones). */
  dms(userId: string): StandinMessage[];
  /** Ephemeral messages the app showed the user. */
  ephemerals(userId: string): StandinMessage[];
  /** Clicks a button in a message, as `userId`, and waits for the app to finish handling it. */
  click(
    userId: string,
    message: StandinMessage,
    actionId: string,
    value: string,
    teamId?: string,
  ): Promise<void>;
  /** Resolves once the app has made `count` more calls of `method` than at `from`. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startTrackingHarness(
  start = '2026-11-02T10:00:00Z',
): Promise<TrackingHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-slack-tracking-'));
  const storeUrl = `sqlite://${join(dir, 'store.sqlite')}`;
  const slack = await startSlackStandin();
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    PORT: '0',
    STORE_URL: storeUrl,
    LOG_LEVEL: 'info',
  });
  const logs: string[] = [];
  const logger = createLogger({
    level: 'info',
    write: (line) => logs.push(line),
    secrets: [BOT_TOKEN],
  });
  const clock = new ManualClock(undefined, new Date(start));
  const store = await openStore(storeUrl, logger);
  const tracking = new Tracking({ store, clock, config, logger });
  const deps: AppDeps = { config, logger, clock, tracking };
  const app = await startApp(deps, {
    host: '127.0.0.1',
    clientOptions: { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
    shutdownTimeoutMs: 2_000,
    register: (bolt, d) => {
      registerTrackingListeners(bolt, d);
      registerHomeListeners(bolt, d);
    },
  });
  const sender = new SlackRequestSender(app.eventsUrl as string, SIGNING_SECRET);
  const settle = async () => {
    // Listeners ack first and keep working; wait until the app is idle.
    await app.drain(5_000);
  };
  return {
    slack,
    app,
    sender,
    tracking,
    store,
    clock,
    config,
    storeUrl,
    logs,
    dms: (userId) => slack.messages(slack.dmChannel(userId)).filter((m) => !m.ephemeralTo),
    ephemerals: (userId) =>
      slack.calls
        .filter((c) => c.method === 'chat.postEphemeral' && c.body.user === userId)
        .map((c) => c.body as unknown as StandinMessage),
    async click(userId, message, actionId, value, teamId = TEAM) {
      const res = await sender.interaction(
        blockAction({
          userId,
          teamId,
          channelId: message.channel,
          message: message as never,
          action: { actionId, value },
        }),
      );
      if (res.status !== 200) throw new Error(`the app answered ${res.status}: ${res.text}`);
      await settle();
    },
    settle,
    async close() {
      await app.stop();
      await store.close();
      await slack.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
