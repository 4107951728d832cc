import type { Io } from '../io.js';

/** One `connectnote` sub-command. Add a module and one entry in ./index.ts to add one. */
export interface Command {
  name: string;
  /** One line for the overall help. */
  summary: string;
  /** The usage lines, as docs/reference.md §4 writes them. */
  usage: string;
  /** Longer help for `connectnote NAME --help`. */
  help: string;
  /** Resolves to the exit status; throws UsageError for bad usage or input. */
  run(args: string[], io: Io): Promise<number>;
}
