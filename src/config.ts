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

/** How to make a TOKEN_ENCRYPTION_KEY, for the one-line errors. */
const KEY_EXPECTED = '32 random bytes in base64, e.g. from `openssl rand -base64 32`';

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
  // OAuth distribution (SPEC §6): the three are set together; checked in loadConfig.
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText.pipe(
    z.string().min(16, 'a random string of at least 16 characters').optional(),
  ),
  TOKEN_ENCRYPTION_KEY: optionalText.pipe(
    z
      .string()
      .refine((key) => decodeKey(key) !== undefined, KEY_EXPECTED)
      .optional(),
  ),
});

/** TOKEN_ENCRYPTION_KEY's 32 bytes, or undefined when it is not 32 bytes of base64. */
function decodeKey(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const key = Buffer.from(text, 'base64');
  return key.length === 32 ? key : undefined;
}

/** Every variable the app reads, for the reference page's test. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape);

export type SlackMode = 'socket' | 'http' | 'playground';

/** OAuth distribution: every workspace's (or Enterprise org's) tokens live in the store. */
export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** AES-256-GCM key for the installation tokens at rest (TOKEN_ENCRYPTION_KEY). */
  tokenEncryptionKey: Buffer;
}

export interface Config {
  mode: SlackMode;
  /** Set when the app is distributable (SLACK_CLIENT_ID, _SECRET, SLACK_STATE_SECRET). */
  oauth?: OAuthConfig;
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
  const oauth = oauthConfig(e);
  const mode: SlackMode =
    !e.SLACK_BOT_TOKEN && !oauth ? 'playground' : e.SLACK_APP_TOKEN ? 'socket' : 'http';
  if (mode === 'http' && !e.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET is missing: expected the signing secret from your app’s Basic Information page (needed in HTTP mode, i.e. without SLACK_APP_TOKEN)',
    );
  }
  return {
    mode,
    oauth,
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

const OAUTH_VARIABLES = {
  SLACK_CLIENT_ID: 'the Client ID from your app’s Basic Information page',
  SLACK_CLIENT_SECRET: 'the Client Secret from your app’s Basic Information page',
  SLACK_STATE_SECRET: 'a random string of at least 16 characters, e.g. from `openssl rand -hex 32`',
} as const;

function oauthConfig(e: z.infer<typeof envSchema>): OAuthConfig | undefined {
  const set = (Object.keys(OAUTH_VARIABLES) as (keyof typeof OAUTH_VARIABLES)[]).filter(
    (name) => e[name],
  );
  if (set.length === 0) {
    return undefined;
  }
  const missing = (Object.keys(OAUTH_VARIABLES) as (keyof typeof OAUTH_VARIABLES)[]).find(
    (name) => !e[name],
  );
  if (missing) {
    throw new ConfigError(
      `${missing} is missing: expected ${OAUTH_VARIABLES[missing]} (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET are set together)`,
    );
  }
  if (e.SLACK_BOT_TOKEN) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set with SLACK_CLIENT_ID: expected one of them (a bot token for one workspace, or OAuth for any number)',
    );
  }
  const key = e.TOKEN_ENCRYPTION_KEY ? decodeKey(e.TOKEN_ENCRYPTION_KEY) : undefined;
  if (!key) {
    throw new ConfigError(
      `TOKEN_ENCRYPTION_KEY is missing: expected ${KEY_EXPECTED} (required with OAuth)`,
    );
  }
  return {
    clientId: e.SLACK_CLIENT_ID as string,
    clientSecret: e.SLACK_CLIENT_SECRET as string,
    stateSecret: e.SLACK_STATE_SECRET as string,
    tokenEncryptionKey: key,
  };
}
