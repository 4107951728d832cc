// One logger for the app, Bolt, the Web API client and node-cron: one line per entry, to stderr by
// default, secrets masked. Errors are logged by name and message; the stack only at debug level.
// LOG_FORMAT=json writes each entry as one JSON object (time, level, name, msg, error) instead of
// a readable line, for log shippers.
import { type Logger, LogLevel } from '@slack/bolt';
import type { LogLevel as ConfigLogLevel, LogFormat } from './config.js';

const ORDER: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 10,
  [LogLevel.INFO]: 20,
  [LogLevel.WARN]: 30,
  [LogLevel.ERROR]: 40,
};

export interface LoggerOptions {
  level?: ConfigLogLevel | LogLevel;
  /** `text` (default): one readable line; `json`: one JSON object a line. */
  format?: LogFormat;
  name?: string;
  /** Where lines go (default: process.stderr). */
  write?: (line: string) => void;
  /** Values never to print (tokens, the signing secret). */
  secrets?: readonly (string | undefined)[];
  /** Time source for the line prefix. */
  now?: () => Date;
}

export interface AppLogger extends Logger {
  /** A logger writing to the same place, named `parent:child`. */
  child(name: string): AppLogger;
}

export function createLogger(options: LoggerOptions = {}): AppLogger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= 6);
  const now = options.now ?? (() => new Date());
  const state = {
    level: (options.level ?? 'info') as LogLevel,
    name: options.name ?? 'connectnote',
  };

  const mask = (text: string) =>
    secrets.reduce((out, secret) => out.split(secret).join('***'), text);

  const format = (value: unknown): string => {
    if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      const head = `${value.name}${code ? `[${String(code)}]` : ''}: ${value.message}`;
      return state.level === LogLevel.DEBUG && value.stack ? `${head}\n${value.stack}` : head;
    }
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  };

  /** An error as a JSON field: what `format` prints of it, in parts. */
  const errorField = (error: Error) => {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: mask(error.message),
      ...(code === undefined ? {} : { code: String(code) }),
      ...(state.level === LogLevel.DEBUG && error.stack ? { stack: mask(error.stack) } : {}),
    };
  };

  const log = (level: LogLevel, msg: unknown[]) => {
    if (ORDER[level] < ORDER[state.level]) return;
    if (options.format === 'json') {
      const error = msg.find((m): m is Error => m instanceof Error);
      const text = mask(
        msg
          .filter((m) => m !== error)
          .map(format)
          .join(' '),
      );
      const entry = {
        time: now().toISOString(),
        level,
        name: state.name,
        msg: text,
        ...(error ? { error: errorField(error) } : {}),
      };
      // JSON.stringify escapes newlines: one entry is always one line.
      write(JSON.stringify(entry));
      return;
    }
    const text = mask(msg.map(format).join(' ')).replace(/\n(?!\s*at )/g, ' ');
    write(`${now().toISOString()} ${level.toUpperCase()} ${state.name}: ${text}`);
  };

  return {
    debug: (...msg: unknown[]) => log(LogLevel.DEBUG, msg),
    info: (...msg: unknown[]) => log(LogLevel.INFO, msg),
    warn: (...msg: unknown[]) => log(LogLevel.WARN, msg),
    error: (...msg: unknown[]) => log(LogLevel.ERROR, msg),
    setLevel: (level: LogLevel) => {
      state.level = level;
    },
    getLevel: () => state.level,
    setName: (name: string) => {
      state.name = name;
    },
    child: (name: string) =>
      createLogger({ ...options, level: state.level, name: `${state.name}:${name}` }),
  };
}
