// `connectnote sweep [--now ISO-8601]`: one reminder sweep against STORE_URL and Slack
// (SLACK_BOT_TOKEN, SLACK_API_URL), for external schedulers and tests. Prints docs/reference.md §4's summary.

import type { Config } from '../../config.js';
import type { SweepDeps } from '../../tracking/sweep.js';
import { parse } from '../args.js';
import { UsageError } from '../errors.js';
import type { Command } from './command.js';

const USAGE =
  'connectnote sweep [--now ISO-8601]    # one reminder sweep against STORE_URL and Slack, then exit';

const HELP = `${USAGE}

Finds the tracked requests whose reminder is due, DMs their owners through Slack (weekdays,
09:00–18:00 in each user's time zone, one DM per user), and prints one JSON line:
{"due": n, "sent": n, "failed": n, "skipped": n}

  --now ISO-8601   the time to sweep as, e.g. 2026-11-09T10:00:00Z (default: now)

Environment: STORE_URL, SLACK_BOT_TOKEN (or, for an app installed by OAuth, SLACK_CLIENT_ID,
SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and TOKEN_ENCRYPTION_KEY: each owner is then reminded with
their own workspace's token), SLACK_API_URL, REMINDER_AFTER_DAYS, LOG_LEVEL (default here: warn,
on stderr), LOG_FORMAT. A .env file in the current folder is read as the app reads it;
variables set in the environment win. Safe to run while the app's own scheduler runs, or from an
external scheduler on several machines: a reminder goes out once.

Exit status: 0 swept (failed reminders are retried by the next sweep), 2 bad usage or setup.`;

const OPTIONS = { now: { type: 'string' } } as const;

export async function nowValue(raw: string | undefined): Promise<Date | undefined> {
  if (raw === undefined) return undefined;
  // zod loads with the rest of the sweep's modules, not for `review` or `draft`.
  const { z } = await import('zod');
  if (!z.iso.datetime({ offset: true }).safeParse(raw.trim()).success) {
    throw new UsageError(
      `--now must be an ISO-8601 date-time such as 2026-11-09T10:00:00Z, not "${raw}"`,
    );
  }
  return new Date(raw.trim());
}

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'one reminder sweep against STORE_URL and Slack, then exit',
  usage: USAGE,
  help: HELP,
  async run(args, io) {
    const { values } = parse(args, OPTIONS, false);
    const now = (await nowValue(values.now)) ?? new Date();
    // Bolt's logger types, the Slack client, node-cron, keyv and the store drivers load only for a
    // sweep: `review` and `draft` start without them (a third of their start-up time otherwise).
    const [
      { withEnvFile },
      { ConfigError, loadConfig },
      { createLogger },
      { openStore },
      { Tracking },
      { reminderSlack, sweepWebClient },
      { runSweep },
      { purge },
    ] = await Promise.all([
      import('../../env-file.js'),
      import('../../config.js'),
      import('../../logger.js'),
      import('../../store/index.js'),
      import('../../tracking/index.js'),
      import('../../tracking/slack.js'),
      import('../../tracking/sweep.js'),
      import('../../tracking/purge.js'),
    ]);
    // .env in the current folder, as the app reads it: set variables win.
    const env = withEnvFile(io.env, io.cwd);
    let config: Config;
    try {
      // The signing secret only matters to the HTTP app, not to a sweep.
      config = loadConfig({
        ...env,
        SLACK_SIGNING_SECRET: env.SLACK_SIGNING_SECRET || 'unused',
      });
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
    if (!config.slackBotToken && !config.oauth) {
      throw new UsageError(
        'SLACK_BOT_TOKEN is missing: expected the bot token (xoxb-…) to send reminders with, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and TOKEN_ENCRYPTION_KEY for the installations in STORE_URL',
      );
    }
    const logger = createLogger({
      level: env.LOG_LEVEL ? config.logLevel : 'warn',
      format: config.logFormat,
      name: 'connectnote-sweep',
      secrets: [
        config.slackBotToken,
        config.oauth?.clientSecret,
        config.oauth?.stateSecret,
        env.TOKEN_ENCRYPTION_KEY?.trim(),
      ],
      write: (line) => io.stderr.write(`${line}\n`),
    });
    let store: Awaited<ReturnType<typeof openStore>>;
    try {
      store = await openStore(config.storeUrl, logger);
    } catch (error) {
      throw new UsageError(
        `cannot open STORE_URL: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    try {
      const tracking = new Tracking({ store, clock: { now: () => now }, config, logger });
      const slack = reminderSlack(
        sweepWebClient(config.slackBotToken, config.slackApiUrl, { logger }),
      );
      // OAuth: every owner is reminded with their own installation's token.
      let slackFor: SweepDeps['slackFor'];
      if (config.oauth) {
        const { installationSlack, openInstallations } = await import('../../oauth/index.js');
        const installations = openInstallations(config.oauth, store, logger);
        slackFor = installationSlack({
          config: config.oauth,
          installations,
          tracking,
          slackApiUrl: config.slackApiUrl,
          logger,
        })();
      }
      const summary = await runSweep({ tracking, slack, slackFor }, now);
      await purge({ tracking, logger });
      io.stdout.write(`${JSON.stringify(summary)}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
