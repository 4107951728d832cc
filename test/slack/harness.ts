// The real app in HTTP mode on an ephemeral port, pointed at the stand-in Slack on loopback,
// with a memory store and the real Tracking service. Requests are signed as Slack signs them.
import { afterAll, beforeAll, expect } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type AppLogger, createLogger } from '../../src/logger.js';
import { type RunningApp, type StartAppOptions, startApp } from '../../src/slack/app.js';
import type { AppDeps } from '../../src/slack/deps.js';
import {
  blockAction,
  messageShortcut,
  type SlackCall,
  SlackRequestSender,
  type SlackStandin,
  type StandinMessage,
  slashCommand,
  startSlackStandin,
  viewSubmission,
  type Who,
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

/** The app's environment in HTTP mode against the stand-in at `slackUrl`, on a memory store. */
export function httpEnv(slackUrl: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackUrl,
    PORT: '0',
    STORE_URL: 'memory://',
    LOG_LEVEL: 'info',
  };
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
  const config = loadConfig({ ...httpEnv(slack.url), ...env });
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

/**
 * What `start` gives, for a test file (or a describe block): started before its tests, closed
 * after. The object is filled in when it starts, so tests read it, never the module body.
 */
export function perFile<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  const started = {} as T;
  beforeAll(async () => {
    Object.assign(started, await start());
  });
  afterAll(async () => {
    await started.close?.();
  });
  return started;
}

/** One harness for a test file (or a describe block). */
export const useHarness = (env: Record<string, string> = {}, options: HarnessOptions = {}) =>
  perFile(() => startHarness(env, options));

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

/** The modal the app opened (views.open) after call index `from`, as the stand-in keeps it. */
export async function openedView(slack: SlackStandin, from: number): Promise<ViewRecord> {
  const open = await slack.waitForCall('views.open', { after: from });
  return slack.view((open.response.view as { id: string }).id) as unknown as ViewRecord;
}

/** `/connectnote TEXT` → the modal the app opened (as the stand-in keeps it). */
export async function openDraftModal(h: Harness, text = '', userId = USER): Promise<ViewRecord> {
  const from = h.slack.calls.length;
  const res = await h.sender.command(
    slashCommand({ userId, text, triggerId: h.slack.issueTrigger(userId) }),
  );
  if (res.status !== 200) throw new Error(`slash command answered ${res.status}`);
  return openedView(h.slack, from);
}

/** The draft the tracking tests follow up on: Laura, met at an event, about sales funnels. */
export const FUNNELS_DRAFT = {
  name: 'Laura',
  relationship: 'met-briefly',
  context: 'the XYZ networking event',
  purpose: 'to continue our conversation about sales funnels',
} as const;

/**
 * `/connectnote`, then its modal submitted with `inputs`, as `who` (any harness's stand-in and
 * sender); returns the call index it began at, to wait for what follows.
 */
export async function submitDraft(
  slack: SlackStandin,
  sender: SlackRequestSender,
  who: Who & { userId: string },
  inputs: Record<string, string | undefined>,
): Promise<number> {
  const from = slack.calls.length;
  await sender.command(slashCommand({ ...who, triggerId: slack.issueTrigger(who.userId) }));
  const view = await openedView(slack, from);
  await sender.interaction(viewSubmission({ ...who, view, inputs }));
  return from;
}

/** "Review this draft" on a message of `text` → the modal the app opened. */
export async function reviewShortcut(h: Harness, text: string): Promise<ViewRecord> {
  const from = h.slack.calls.length;
  const res = await h.sender.interaction(
    messageShortcut({
      userId: USER,
      message: { text, ts: '1700000000.000100' },
      triggerId: h.slack.issueTrigger(USER),
    }),
  );
  expect(res.status).toBe(200);
  return openedView(h.slack, from);
}

/** Clicks the button `actionId` of the draft DM `message` as USER, as Slack sends it. */
export function clickInDm(h: Harness, message: StandinMessage, actionId: string) {
  const button = buttons(message.blocks).find((b) => b.action_id === actionId);
  return h.sender.interaction(
    blockAction({
      userId: USER,
      channelId: message.channel,
      message: { ts: message.ts, text: message.text, blocks: message.blocks },
      action: { actionId, value: button?.value },
      triggerId: h.slack.issueTrigger(USER),
    }),
  );
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
