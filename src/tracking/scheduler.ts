// Runs the reminder sweep in-process on REMINDER_CRON. node-cron's `noOverlap` keeps one sweep at
// a time per process; its `distributed` mode, with a run coordinator backed by a lease in the
// store, elects one runner per tick across instances sharing a Redis (or SQLite, Postgres) store.
// Even if two sweeps did overlap, the per-user leases and idempotency keys keep reminders single.
import { randomUUID } from 'node:crypto';
import cron, { type Logger as CronLogger, type RunCoordinator } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Store, StoreLogger } from '../store/index.js';
import type { Tracking } from './index.js';
import { purge } from './purge.js';
import { type ReminderSlack, reminderSlack, sweepWebClient } from './slack.js';
import { runSweep, type SweepDeps, type SweepSummary } from './sweep.js';

export interface SchedulerDeps {
  tracking: Tracking;
  config: Pick<Config, 'slackBotToken' | 'slackApiUrl'> & { reminderCron: string };
  logger: StoreLogger;
  clock: Clock;
  /** Defaults to the Web API at SLACK_API_URL with SLACK_BOT_TOKEN. */
  slack?: ReminderSlack;
  /** OAuth: a fresh per-owner Slack for each sweep (src/oauth/sweep-slack.ts). */
  slackFor?: () => SweepDeps['slackFor'];
  /** Called after each sweep (tests, the playground). */
  onSweep?: (summary: SweepSummary) => void;
}

export interface ReminderScheduler {
  /**
   * Stops scheduling and waits for a sweep in progress to finish, at most `timeoutMs`
   * (default 10 s): a sweep hanging on Slack must not hold shutdown for ever. One left
   * running is safe to abandon: its reminders stay due and its intent is settled next time.
   */
  stop(timeoutMs?: number): Promise<void>;
}

/** How long stop() waits for a sweep in progress. */
export const SWEEP_STOP_TIMEOUT_MS = 10_000;

/** How long one instance's election for a tick holds. */
const TICK_LEASE_MS = 10 * 60 * 1000;
/**
 * A sweep starts no new user after this long, inside the tick's election: a due list too long for
 * one tick is handed over to the next, whose per-user leases and idempotency keys keep it single.
 */
export const SWEEP_BUDGET_MS = 9 * 60 * 1000;

/** One runner per tick: the instance that claims the tick's lease in the shared store. */
export function storeRunCoordinator(
  store: Store,
  instanceId: string = randomUUID(),
): RunCoordinator {
  return {
    shouldRun: (key, ttlMs) =>
      store.claim(`cron:${key}`, instanceId, Math.max(ttlMs, TICK_LEASE_MS)),
    // Not released on completion: a slower instance must not run the same tick afterwards.
  };
}

/**
 * node-cron's own messages (a missed tick, an overlap it blocked, a failed coordinator) in the
 * app's logger, so they reach the same place and format as every other line, not the console.
 */
export function cronLogger(logger: StoreLogger): CronLogger {
  const say = (message: string | Error) =>
    `node-cron: ${message instanceof Error ? message.message : message}`;
  return {
    info: (message) => logger.info(say(message)),
    warn: (message) => logger.warn(say(message)),
    error: (message, error) =>
      error === undefined ? logger.error(say(message)) : logger.error(say(message), error),
    debug: (message, error) =>
      error === undefined ? logger.debug(say(message)) : logger.debug(say(message), error),
  };
}

export function startReminderScheduler(deps: SchedulerDeps): ReminderScheduler {
  // One client and one pacer for the process's life: what a sweep learned about a workspace's
  // limits (a Retry-After, a lowered pace) still holds for the next. With OAuth, `slackFor`
  // (src/oauth/sweep-slack.ts) keeps one pacer for the process too, and a client per workspace.
  const slack =
    deps.slack ?? reminderSlack(sweepWebClient(deps.config.slackBotToken, deps.config.slackApiUrl));
  let running: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    deps.config.reminderCron,
    () => {
      const deadline = Date.now() + SWEEP_BUDGET_MS;
      // OAuth: each sweep looks each owner's installation token up afresh (rotation, uninstalls).
      const slackFor = deps.slackFor?.();
      const sweep = runSweep(
        { tracking: deps.tracking, slack, slackFor, deadline },
        deps.clock.now(),
      )
        .then((summary) => deps.onSweep?.(summary))
        .catch((error: unknown) => deps.logger.error('reminder sweep failed', error))
        .then(() => purge(deps));
      running = sweep;
      return sweep;
    },
    {
      name: 'connectnote-reminders',
      timezone: 'UTC',
      noOverlap: true,
      distributed: true,
      runCoordinator: storeRunCoordinator(deps.tracking.store),
      distributedLease: TICK_LEASE_MS,
      logger: cronLogger(deps.logger),
    },
  );
  return {
    async stop(timeoutMs = SWEEP_STOP_TIMEOUT_MS) {
      await task.stop();
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        running.then(() => true),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (!finished) {
        deps.logger.warn(
          `reminder sweep still running after ${timeoutMs} ms: stopping without it (its reminders stay due)`,
        );
      }
      await task.destroy();
    },
  };
}
