// The real app in OAuth mode (HTTP, loopback) against the stand-in Slack, on one STORE_URL
// backend: installs go through GET /slack/install and GET /slack/oauth_redirect as a browser
// would, requests are signed, and the sweep finds each owner's installation.
import { randomBytes } from 'node:crypto';
import { ManualClock } from '../../src/clock.js';
import { type Config, loadConfig } from '../../src/config.js';
import { type AppLogger, createLogger } from '../../src/logger.js';
import {
  installationSlack,
  openInstallations,
  type SlackFor,
  type StoreInstallations,
} from '../../src/oauth/index.js';
import { type RunningApp, startApp } from '../../src/slack/app.js';
import {
  blockAction,
  type InstallGrant,
  SlackRequestSender,
  type SlackStandin,
  type StandinMessage,
  startSlackStandin,
  type Who,
} from '../../src/slack-standin/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { Tracking } from '../../src/tracking/index.js';
import { reminderSlack, sweepWebClient } from '../../src/tracking/slack.js';
import { runSweep, type SweepSummary } from '../../src/tracking/sweep.js';
import { FUNNELS_DRAFT, submitDraft } from '../slack/harness.js';
import type { Backend } from '../store/backends.js';

export const SIGNING_SECRET = 'oauth-test-signing-secret-0123';
export const CLIENT_ID = '1111.2222';
export const CLIENT_SECRET = 'oauth-test-client-secret-4567';
export const STATE_SECRET = 'oauth-test-state-secret-89abcdef';

export interface OAuthHarness {
  slack: SlackStandin;
  app: RunningApp;
  sender: SlackRequestSender;
  tracking: Tracking;
  store: Store;
  installations: StoreInstallations;
  clock: ManualClock;
  config: Config;
  env: Record<string, string>;
  logs: string[];
  /** The install flow in a browser: the install page, Slack's screen (a grant), the redirect. */
  install(grant: InstallGrant): Promise<{ status: number; html: string }>;
  /** /connectnote → modal → submit → the draft DM, as `who`. */
  draft(who: Who & { userId: string }, name: string): Promise<StandinMessage>;
  click(who: Who & { userId: string }, message: StandinMessage, actionId: string): Promise<void>;
  /** `who` drafts a note to `name` and clicks "I sent it": one tracked request. */
  markSent(who: Who & { userId: string }, name?: string): Promise<void>;
  /** One reminder sweep as the scheduler runs it, at `now`. */
  sweep(now: string): Promise<SweepSummary>;
  /** What main.ts hands the scheduler: a fresh per-owner Slack for each sweep. */
  slackFor: () => SlackFor;
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function buttonValue(message: StandinMessage | undefined, actionId: string) {
  const blocks = (message?.blocks ?? []) as Array<{
    elements?: Array<{ action_id?: string; value?: string }>;
  }>;
  return blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)?.value;
}

export async function startOAuthHarness(
  backend: Backend,
  start = '2026-11-02T10:00:00Z',
  overrides: Record<string, string> = {},
): Promise<OAuthHarness> {
  const slack = await startSlackStandin({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  const env = {
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_STATE_SECRET: STATE_SECRET,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    STORE_URL: backend.url(),
    PORT: '0',
    LOG_LEVEL: 'info',
    REMINDER_CRON: 'off',
    ...overrides,
  };
  const config = loadConfig(env);
  const logs: string[] = [];
  const logger: AppLogger = createLogger({
    level: config.logLevel,
    write: (line) => logs.push(line),
    secrets: [CLIENT_SECRET, STATE_SECRET, SIGNING_SECRET, env.TOKEN_ENCRYPTION_KEY],
  });
  const clock = new ManualClock(undefined, new Date(start));
  const store = await openStore(config.storeUrl, logger, { namespace: backend.namespace() });
  const tracking = new Tracking({ store, clock, config, logger });
  const oauthConfig = config.oauth;
  if (!oauthConfig) throw new Error('OAuth config expected');
  const installations = openInstallations(oauthConfig, store, logger);
  const app = await startApp(
    { config, logger, clock, tracking, oauth: { config: oauthConfig, installations } },
    {
      host: '127.0.0.1',
      clientOptions: { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true },
      shutdownTimeoutMs: 2_000,
    },
  );
  const sender = new SlackRequestSender(app.eventsUrl as string, SIGNING_SECRET);
  const slackFor = installationSlack({
    config: oauthConfig,
    installations,
    tracking,
    slackApiUrl: config.slackApiUrl,
    logger,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const settle = async () => {
    await app.drain(5_000);
  };

  const h: OAuthHarness = {
    slack,
    app,
    sender,
    tracking,
    store,
    installations,
    clock,
    config,
    env,
    logs,
    async install(grant) {
      const page = await fetch(`${app.baseUrl}/slack/install`);
      const html = await page.text();
      const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const href = /href="([^"]+)"/.exec(html)?.[1]?.replace(/&(#38|amp);/g, '&');
      if (!href) throw new Error(`no Add to Slack link on the install page: ${html}`);
      const state = new URL(href).searchParams.get('state') ?? '';
      const code = slack.grant(grant);
      const done = await fetch(
        `${app.baseUrl}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`,
        { headers: { cookie } },
      );
      return { status: done.status, html: await done.text() };
    },
    async draft(who, name) {
      const from = await submitDraft(slack, sender, who, { ...FUNNELS_DRAFT, name });
      const post = await slack.waitForCall('chat.postMessage', {
        after: from,
        predicate: (c) => JSON.stringify(c.body.blocks ?? []).includes('mark_sent'),
      });
      await settle();
      const message = slack.message(post.response.channel as string, post.response.ts as string);
      if (!message) throw new Error('the stand-in lost the draft DM');
      return message;
    },
    async click(who, message, actionId) {
      const res = await sender.interaction(
        blockAction({
          ...who,
          channelId: message.channel,
          message: message as never,
          action: { actionId, value: buttonValue(message, actionId) },
        }),
      );
      if (res.status !== 200) throw new Error(`the app answered ${res.status}: ${res.text}`);
      await settle();
    },
    async markSent(who, name = 'Laura') {
      await h.click(who, await h.draft(who, name), 'mark_sent');
    },
    sweep: (now) =>
      runSweep(
        {
          tracking,
          slack: reminderSlack(sweepWebClient(undefined, config.slackApiUrl)),
          slackFor: slackFor(),
        },
        new Date(now),
      ),
    slackFor,
    settle,
    async close() {
      await app.stop();
      await store.close();
      await slack.close();
    },
  };
  return h;
}

/** Bolt's query for a workspace's own installation. */
export const teamQuery = (teamId: string) => ({
  teamId,
  enterpriseId: undefined,
  isEnterpriseInstall: false,
});

/** A member of each of two workspaces that installed the app. */
export const T1 = { teamId: 'T1', userId: 'U1ANA' };
export const T2 = { teamId: 'T2', userId: 'U2BEN' };

type Member = typeof T1;

/**
 * Installs the app in each member's workspace, then has each member track one sent request (to
 * the name beside them); `each` runs after each, for what a test changes per member.
 */
export async function workspacesTracking(
  h: OAuthHarness,
  members: ReadonlyArray<readonly [Member, string]>,
  each?: (who: Member) => Promise<unknown>,
): Promise<void> {
  for (const [who] of members) await h.install({ teamId: who.teamId });
  for (const [who, name] of members) {
    await h.markSent(who, name);
    await each?.(who);
  }
}

/** workspacesTracking for T1's member (to Laura) and T2's (to Mei). */
export const twoWorkspacesTracking = (h: OAuthHarness, each?: (who: Member) => Promise<unknown>) =>
  workspacesTracking(
    h,
    [
      [T1, 'Laura'],
      [T2, 'Mei'],
    ],
    each,
  );
