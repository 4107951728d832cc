// The command table. To add a command (the reminders work's `sweep`): write a module
// exporting a Command in this folder and put it in the table in place of its stand-in.

import type { Command } from './command.js';
import { draftCommand } from './draft.js';
import { reviewCommand } from './review.js';
import { sweepCommand } from './sweep.js';

export type { Command } from './command.js';

export const COMMANDS: readonly Command[] = [reviewCommand, draftCommand, sweepCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
