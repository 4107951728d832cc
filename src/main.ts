// The composition root: config → logger → store → tracking, coach → Slack app → reminder scheduler.
// Without SLACK_BOT_TOKEN, the playground starts instead.
import { systemClock } from './clock.js';
import { loadSpeller } from './coach/index.js';
import { loadConfig } from './config.js';
import { readEnvFile } from './env-file.js';
import { createLogger } from './logger.js';
import { installationSlack, openInstallations } from './oauth/index.js';
import { type RunningApp, STOP_GRACE_MS, startApp } from './slack/app.js';
import { TEXT } from './slack/messages.js';
import { openStore, type Store } from './store/index.js';
import { Tracking } from './tracking/index.js';
import { type ReminderScheduler, startReminderScheduler } from './tracking/scheduler.js';

async function main(): Promise<void> {
  // .env fills what the environment leaves unset.
  for (const [key, value] of Object.entries(readEnvFile(process.cwd()))) process.env[key] ??= value;
  const config = loadConfig(process.env);
  if (config.mode === 'playground') return playground();
  const secrets = [
    config.slackBotToken,
    config.slackAppToken,
    config.slackSigningSecret,
    config.oauth?.clientSecret,
    config.oauth?.stateSecret,
    process.env.TOKEN_ENCRYPTION_KEY?.trim(),
  ];
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, secrets });
  // SIGTERM/SIGINT are handled before anything starts: once the app listens, a signal that
  // found no handler would kill it by the signal's default action, requests in flight and all.
  const running: { store?: Store; app?: RunningApp; scheduler?: ReminderScheduler } = {};
  onShutdown(logger, async () => {
    // Side by side and both bounded: the sweep by SWEEP_STOP_TIMEOUT_MS, the app by its /healthz
    // 503 grace and drain times; the store closes after both.
    await Promise.all([running.scheduler?.stop(), running.app?.stop()]);
    await running.store?.close();
  });
  const store = await openStore(config.storeUrl, logger);
  running.store = store;
  const tracking = new Tracking({ store, clock: systemClock, config, logger });
  // OAuth: installations (tokens sealed) in the same store; each sweep finds each owner's token.
  const oauth = config.oauth && {
    config: config.oauth,
    installations: openInstallations(config.oauth, store, logger),
  };
  const slackFor =
    oauth && installationSlack({ ...oauth, tracking, slackApiUrl: config.slackApiUrl, logger });
  running.app = await startApp(
    { config, logger, clock: systemClock, tracking, oauth },
    { stopGraceMs: STOP_GRACE_MS },
  ).catch(async (error) => {
    await store.close();
    throw error;
  });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', reason));
  // The dictionary loads now, not on someone's first review; after listening, since acks and
  // health checks do not need it.
  loadSpeller();
  const { reminderCron } = config;
  if (reminderCron) {
    running.scheduler = startReminderScheduler({
      tracking,
      config: { ...config, reminderCron },
      logger,
      clock: systemClock,
      slackFor,
    });
  } else {
    logger.info(
      'REMINDER_CRON=off: no in-process reminder sweeps; run `connectnote sweep` on a schedule',
    );
  }
}

/** The playground (issue 5) when it is there; else how to configure the app. */
async function playground(): Promise<void> {
  const module = await import('./playground/start.js').catch((error: NodeJS.ErrnoException) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && /playground[\\/]start/.test(error.message)) {
      return undefined;
    }
    throw error;
  });
  if (!module?.startPlayground) fail(new Error(TEXT.setup), false);
  const running = await module.startPlayground();
  onShutdown(undefined, () => running.stop());
}

function onShutdown(
  logger: { info(m: string): void } | undefined,
  stop: () => Promise<void>,
): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger?.info(`${signal}: stopping`);
    stop().then(
      () => process.exit(0),
      (error) => fail(error),
    );
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}

/** One line on stderr (never a stack), then a non-zero exit. */
function fail(error: unknown, prefix = true): never {
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.LOG_FORMAT?.trim().toLowerCase() === 'json') {
    // Even a start-up failure is one JSON line for a log shipper.
    const entry = {
      time: new Date().toISOString(),
      level: 'error',
      name: 'connectnote',
      msg: message,
    };
    process.stderr.write(`${JSON.stringify(entry)}\n`);
  } else {
    process.stderr.write(
      `${prefix ? 'connectnote: ' : ''}${prefix ? message.split('\n')[0] : message}\n`,
    );
  }
  process.exit(1);
}

main().catch((error) => fail(error));
