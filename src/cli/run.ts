// Dispatches `connectnote COMMAND ARGS` and turns every failure into an exit status with at
// most one line on stderr: 0 fine, 1 an error-level finding, 2 bad usage or input.

import { DraftInputError } from '../coach/draft/errors.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { oneLine, UsageError } from './errors.js';
import type { Io } from './io.js';

export function overallHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'connectnote: coach and draft LinkedIn connection-request notes.',
    'Only notes in English are coached; a note in another language gets the checks that do not',
    'depend on English (length, character limit, placeholders, contact details) and a "language" note.',
    '',
    'Usage:',
    ...COMMANDS.flatMap((command) => command.usage.split('\n').map((line) => `  ${line}`)),
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "connectnote COMMAND --help" for a command\'s options.',
    'Exit status: 0 no error-level finding, 1 an error-level finding, 2 bad usage or input.',
    '',
  ].join('\n');
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) {
      throw new UsageError('missing command: review, draft or sweep (see connectnote --help)');
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(overallHelp());
      return 0;
    }
    const command = findCommand(name);
    if (!command) {
      const known = COMMANDS.map((c) => c.name).join(', ');
      throw new UsageError(`unknown command "${name}": use one of ${known}`);
    }
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout.write(`${command.help}\n`);
      return 0;
    }
    try {
      return await command.run(args, io);
    } catch (error) {
      if (error instanceof DraftInputError) {
        throw new UsageError(`${command.name}: ${error.message} (--${error.field})`);
      }
      if (error instanceof UsageError) throw new UsageError(`${command.name}: ${error.message}`);
      throw error;
    }
  } catch (error) {
    const message =
      error instanceof UsageError
        ? error.message
        : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    io.stderr.write(`connectnote: ${oneLine(message)}\n`);
    return 2;
  }
}
