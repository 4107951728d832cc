import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { SLASH_COMMAND } from '../../ids.js';
import { safely } from '../safely.js';
import { connectnoteCommand } from './connectnote.js';

export function register(app: App, deps: AppDeps): void {
  app.command(SLASH_COMMAND, safely(deps, 'command /connectnote', connectnoteCommand(deps)));
}
