// A Bolt logger that writes errors to stderr and nothing else, so neither app under test
// spends benchmark time on logging the other does not do.
import { type Logger, LogLevel } from '@slack/bolt';

export function quietLogger(level: LogLevel = LogLevel.ERROR): Logger {
  let current = level;
  let name = 'bench';
  return {
    debug() {},
    info() {},
    warn() {},
    error(...msg: unknown[]) {
      console.error(`[${name}]`, ...msg);
    },
    setLevel(next: LogLevel) {
      current = next;
    },
    getLevel() {
      return current;
    },
    setName(next: string) {
      name = next;
    },
  };
}
