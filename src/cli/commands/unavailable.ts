import { UsageError } from '../errors.js';
import type { Command } from './command.js';

/** A command the spec names that is not built yet: it says so and exits 2. */
export function unavailable(name: string, usage: string, summary: string, owner: string): Command {
  return {
    name,
    summary: `${summary} (not available yet)`,
    usage,
    help: `${usage}\n\n${summary}. Not available yet: ${owner}.`,
    async run() {
      throw new UsageError(`not available yet: ${owner}`);
    },
  };
}
