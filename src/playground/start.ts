// The playground: `npm start` without SLACK_BOT_TOKEN. Starts the stand-in Slack, the real app in
// HTTP mode pointed at it (its own SQLite file, a playground clock), and the page that stands in
// for Slack's client. Every click on the page becomes a signed request to the app.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ManualClock } from '../clock.js';
import { type LogLevel, loadConfig } from '../config.js';
import {
  SlackRequestSender,
  type SlackStandin,
  startSlackStandin,
} from '../slack-standin/index.js';
import { PageActions, type SweepSummary } from './interactions.js';
import { PageServer } from './server.js';
import { startingTime, tzOffsetSeconds } from './time.js';
import { type PlaygroundUser, PlaygroundWorld } from './world.js';

export type { SweepSummary } from './interactions.js';

/** The app as the playground runs it. */
export interface PlaygroundApp {
  /** Base URL of the app's HTTP server, e.g. http://127.0.0.1:PORT */
  url: string;
  /** Runs one reminder sweep at `now`. */
  sweep(now: Date): Promise<SweepSummary | undefined>;
  stop(): Promise<void>;
}

export interface AppStartInput {
  signingSecret: string;
  /** SLACK_API_URL: the stand-in. */
  slackApiUrl: string;
  botToken: string;
  storeUrl: string;
  clock: ManualClock;
  logLevel: LogLevel;
}

export type AppStarter = (input: AppStartInput) => Promise<PlaygroundApp>;

export interface PlaygroundOptions {
  /** The page's port (default PORT or 3000; 0 for an ephemeral one). */
  port?: number;
  /** Default sqlite://data/playground.sqlite */
  storeUrl?: string;
  /** The playground user's Slack time zone (default: this machine's). */
  timeZone?: string;
  /** Where the clock starts (default: the next weekday morning, or where it was left). */
  startAt?: Date;
  logLevel?: LogLevel;
  /** Starts the app; default: the real ConnectNote app. */
  startApp?: AppStarter;
  /** Log lines (default: stderr). */
  log?: (line: string) => void;
  /** Prints the one line with the URL to open (default: stdout). */
  print?: (line: string) => void;
}

export interface Playground {
  /** The URL to open. */
  url: string;
  appUrl: string;
  standin: SlackStandin;
  clock: ManualClock;
  user: PlaygroundUser;
  /** Stops only the app (the page then says the app is not answering). */
  stopApp(): Promise<void>;
  stop(): Promise<void>;
}

export const PLAYGROUND_STORE_URL = 'sqlite://data/playground.sqlite';

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  // A new token every start: another page on this machine cannot know it.
  const BOT_TOKEN = `xoxb-playground-${randomBytes(16).toString('hex')}`;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  // PORT and LOG_LEVEL mean the same as for the app (docs/reference.md §6); the store is the playground's own.
  const env =
    options.port === undefined || options.logLevel === undefined ? loadConfig() : undefined;
  const port = options.port ?? env?.port ?? 3000;
  const logLevel =
    options.logLevel ?? (env?.logLevel === 'info' ? 'warn' : env?.logLevel) ?? 'warn';
  const storeUrl = options.storeUrl ?? PLAYGROUND_STORE_URL;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  const clockFile = clockFileFor(storeUrl);
  const saved = clockFile ? await readSavedClock(clockFile) : undefined;
  const defaultStart = startingTime(new Date(), timeZone);
  const start =
    options.startAt ?? (saved && saved.getTime() > defaultStart.getTime() ? saved : defaultStart);
  const clock = new ManualClock(undefined, start);

  const user: PlaygroundUser = {
    id: 'U0ALEX',
    name: 'alex',
    realName: 'Alex Morgan',
    timeZone,
  };
  const standin = await startSlackStandin({
    clock,
    botTokens: [BOT_TOKEN],
    teamName: 'ConnectNote Playground',
    users: [
      {
        id: user.id,
        name: user.name,
        real_name: user.realName,
        tz: timeZone,
        tz_label: timeZone,
        tz_offset: tzOffsetSeconds(start, timeZone),
      },
    ],
  });
  const cleanups: Array<() => Promise<void>> = [() => standin.close()];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    const signingSecret = randomBytes(16).toString('hex');
    const startApp = options.startApp ?? (await import('./real-app.js')).startRealApp;
    const app = await startApp({
      signingSecret,
      slackApiUrl: standin.url,
      botToken: BOT_TOKEN,
      storeUrl,
      clock,
      logLevel,
    });
    let appStopped = false;
    const stopApp = async () => {
      if (appStopped) return;
      appStopped = true;
      await app.stop();
    };
    cleanups.push(stopApp);
    const world = new PlaygroundWorld({
      standin,
      clock,
      user,
      channel: { id: 'C0GENERAL', name: 'general' },
    });
    cleanups.push(async () => world.detach());
    const actions = new PageActions({
      world,
      sender: new SlackRequestSender(new URL('/slack/events', app.url).toString(), signingSecret),
      sweep: (now) => app.sweep(now),
      onClockMoved: clockFile ? (now) => saveClock(clockFile, now) : undefined,
      notice: (text) => page.notice(text),
    });
    const page = new PageServer({ world, actions, appUrl: app.url, port, log });
    await page.start().catch((error: NodeJS.ErrnoException) => {
      if (error?.code !== 'EADDRINUSE') throw error;
      throw new Error(
        `port ${port} is already in use: set PORT to a free one, e.g. PORT=3001 npm start`,
      );
    });
    cleanups.push(() => page.stop());
    print(`ConnectNote playground: open ${page.url} (Ctrl+C to stop)`);
    return {
      url: page.url,
      appUrl: app.url,
      standin,
      clock,
      user,
      stopApp,
      stop: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The playground's clock is kept beside its SQLite file, so time never runs backwards. */
function clockFileFor(storeUrl: string): string | undefined {
  const match = /^sqlite:\/\/(.+)$/.exec(storeUrl);
  return match?.[1] ? `${match[1]}.clock.json` : undefined;
}

async function readSavedClock(file: string): Promise<Date | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { now?: unknown };
    const date = typeof parsed.now === 'string' ? new Date(parsed.now) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    return undefined;
  }
}

async function saveClock(file: string, now: Date): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ now: now.toISOString() })}\n`);
}
