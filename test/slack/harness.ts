// The real app in HTTP mode on an ephemeral port, pointed at the stand-in Slack on loopback,
// with a memory store and the real Tracking service. Requests are signed as Slack signs them.
import { ManualClock } from '../../src/clock.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type AppLogger, createLogger } from '../../src/logger.js';
import { type RunningApp, type StartAppOptions, startApp } from '../../src/slack/app.js';
import type { AppDeps } from '../../src/slack/deps.js';
import {
  type SlackCall,
  SlackRequestSender,
  type SlackStandin,
  slashCommand,
  startSlackStandin,
  viewSubmission,
} from '../../src/slack-standin/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { Tracking } from '../../src/tracking/index.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-0000-bot-token';
export const USER = 'U0ALICE';

export interface Harness {
  slack: SlackStandin;
  app: RunningApp;
  sender: SlackRequestSender;
  tracking: Tracking;
  store: Store;
  clock: ManualClock;
  config: Config;
  logs: string[];
  deps: AppDeps;
  /** Calls recorded from index `from` on. */
  callsSince(from: number): SlackCall[];
  close(): Promise<void>;
}

export interface HarnessOptions extends StartAppOptions {
  /** Where the app's clock starts (it then moves with real time until set). */
  start?: string;
}

export async function startHarness(
  env: Record<string, string> = {},
  { start = '2026-03-10T10:00:00Z', ...options }: HarnessOptions = {},
): Promise<Harness> {
  const slack = await startSlackStandin();
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    PORT: '0',
    STORE_URL: 'memory://',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs: string[] = [];
  const logger: AppLogger = createLogger({
    level: config.logLevel,
    write: (line) => logs.push(line),
    secrets: [config.slackBotToken, config.slackSigningSecret],
  });
  const clock = new ManualClock(undefined, new Date(start));
  const store = await openStore(config.storeUrl, logger);
  const tracking = new Tracking({ store, clock, config, logger });
  const deps: AppDeps = { config, logger, clock, tracking };
  const app = await startApp(deps, {
    host: '127.0.0.1',
    clientOptions: { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
    shutdownTimeoutMs: 2_000,
    ...options,
  });
  const sender = new SlackRequestSender(app.eventsUrl as string, SIGNING_SECRET);
  return {
    slack,
    app,
    sender,
    tracking,
    store,
    clock,
    config,
    logs,
    deps,
    callsSince: (from) => slack.calls.slice(from),
    close: async () => {
      await app.stop();
      await store.close();
      await slack.close();
    },
  };
}

/** Every string anywhere inside a value (to look for unescaped user text in outgoing calls). */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) allStrings(item, out);
  return out;
}

/** The text of every mrkdwn/plain text object and message `text` in a call, joined. */
export function textOf(value: unknown): string {
  return allStrings(value).join('\n');
}

export interface ViewRecord {
  id: string;
  hash: string;
  callback_id: string;
  private_metadata: string;
  blocks: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

/** `/connectnote TEXT` → the modal the app opened (as the stand-in keeps it). */
export async function openDraftModal(h: Harness, text = '', userId = USER): Promise<ViewRecord> {
  const from = h.slack.calls.length;
  const res = await h.sender.command(
    slashCommand({ userId, text, triggerId: h.slack.issueTrigger(userId) }),
  );
  if (res.status !== 200) throw new Error(`slash command answered ${res.status}`);
  const open = await h.slack.waitForCall('views.open', { after: from });
  const id = (open.response.view as { id: string }).id;
  return h.slack.view(id) as unknown as ViewRecord;
}

/** Submit a view with `inputs` (by block id) → the app's ack body (parsed JSON or undefined). */
export async function submitView(
  h: Harness,
  view: ViewRecord,
  inputs: Record<string, string | undefined>,
  userId = USER,
): Promise<{ status: number; body: unknown }> {
  const res = await h.sender.interaction(viewSubmission({ userId, view, inputs }));
  return { status: res.status, body: res.json };
}

export const LAURA = {
  name: 'Laura',
  relationship: 'met-briefly',
  context: 'the XYZ networking event',
  purpose: 'to continue the conversation',
} as const;

/** The draft flow up to the DM: returns the posted message as the stand-in keeps it. */
export async function draftToDm(
  h: Harness,
  inputs: Record<string, string | undefined> = LAURA,
  userId = USER,
) {
  const view = await openDraftModal(h, '', userId);
  const from = h.slack.calls.length;
  const ack = await submitView(h, view, inputs, userId);
  if (ack.body) throw new Error(`draft submission answered ${JSON.stringify(ack.body)}`);
  const post = await h.slack.waitForCall('chat.postMessage', { after: from });
  const channel = post.response.channel as string;
  const ts = post.response.ts as string;
  const message = h.slack.message(channel, ts);
  if (!message) throw new Error('the stand-in lost the DM');
  return message;
}

export function buttons(
  blocks: unknown,
): Array<{ action_id: string; value?: string; text: { text: string } }> {
  const out: Array<{ action_id: string; value?: string; text: { text: string } }> = [];
  for (const block of (blocks ?? []) as Array<{ type: string; elements?: unknown[] }>) {
    if (block.type !== 'actions') continue;
    for (const element of (block.elements ?? []) as Array<{
      type: string;
      action_id: string;
      value?: string;
      text: { text: string };
    }>) {
      if (element.type === 'button') out.push(element);
    }
  }
  return out;
}
