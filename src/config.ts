// The environment, read and validated once at start-up (docs/reference.md §6).
import cron from 'node-cron';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

function wholeNumber(min: number, max: number, fallback: number, expected: string) {
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, expected)
      .transform(Number)
      .pipe(z.number().min(min, expected).max(max, expected))
      .default(fallback),
  );
}

const envSchema = z.object({
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith('xoxb-', 'a bot token starting with xoxb-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z.string().startsWith('xapp-', 'an app-level token starting with xapp-').optional(),
  ),
  PORT: wholeNumber(0, 65535, 3000, 'a port number from 0 to 65535'),
  SLACK_API_URL: optionalText.pipe(
    z
      .url({ error: 'an http(s) URL such as https://slack.com/api/' })
      .refine((url) => /^https?:\/\//.test(url), 'an http(s) URL such as https://slack.com/api/')
      .transform((url) => (url.endsWith('/') ? url : `${url}/`))
      .default('https://slack.com/api/'),
  ),
  STORE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^(sqlite:\/\/.+|redis:\/\/.+|rediss:\/\/.+|postgres(ql)?:\/\/.+|memory:\/\/)$/,
        'sqlite://PATH, redis://…, postgres://… or memory://',
      )
      .default('sqlite://data/connectnote.sqlite'),
  ),
  REMINDER_CRON: optionalText.pipe(
    z
      .string()
      .refine(
        (expr) => expr.toLowerCase() === 'off' || cron.validate(expr),
        'a cron expression such as */15 * * * *, or off',
      )
      .default('*/15 * * * *')
      // off: no in-process sweeps; an external scheduler runs `connectnote sweep`.
      .transform((expr) => (expr.toLowerCase() === 'off' ? undefined : expr)),
  ),
  REMINDER_AFTER_DAYS: wholeNumber(1, 60, 7, 'a whole number of days from 1 to 60'),
  LOG_LEVEL: optionalText.pipe(
    z
      .string()
      .transform((level) => level.toLowerCase())
      .pipe(z.enum(LOG_LEVELS, { error: 'one of debug, info, warn, error' }))
      .default('info'),
  ),
  LOG_FORMAT: optionalText.pipe(
    z
      .string()
      .transform((format) => format.toLowerCase())
      .pipe(z.enum(LOG_FORMATS, { error: 'text or json' }))
      .default('text'),
  ),
});

/** Every variable the app reads, for the reference page's test. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export type SlackMode = 'socket' | 'http' | 'playground';

export interface Config {
  mode: SlackMode;
  slackBotToken?: string;
  slackSigningSecret?: string;
  slackAppToken?: string;
  port: number;
  slackApiUrl: string;
  storeUrl: string;
  /** When the in-process sweep runs; undefined when REMINDER_CRON=off. */
  reminderCron?: string;
  reminderAfterDays: number;
  logLevel: LogLevel;
  /** `json`: one JSON object per log line, for log shippers. */
  logFormat: LogFormat;
}

/** A configuration problem: its message is one line naming the variable, never its value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`${variable} is invalid: expected ${issue?.message ?? 'a valid value'}`);
  }
  const e = parsed.data;
  const mode: SlackMode = !e.SLACK_BOT_TOKEN ? 'playground' : e.SLACK_APP_TOKEN ? 'socket' : 'http';
  if (mode === 'http' && !e.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET is missing: expected the signing secret from your app’s Basic Information page (needed in HTTP mode, i.e. without SLACK_APP_TOKEN)',
    );
  }
  return {
    mode,
    slackBotToken: e.SLACK_BOT_TOKEN,
    slackSigningSecret: e.SLACK_SIGNING_SECRET,
    slackAppToken: e.SLACK_APP_TOKEN,
    port: e.PORT,
    slackApiUrl: e.SLACK_API_URL,
    storeUrl: e.STORE_URL,
    reminderCron: e.REMINDER_CRON,
    reminderAfterDays: e.REMINDER_AFTER_DAYS,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
  };
}
