// Every listener, registered in one place: ids (src/slack/ids.ts) paired with callbacks.
import type { App } from '@slack/bolt';
import type { AppDeps } from '../deps.js';
import * as commands from './commands/index.js';

export function registerListeners(app: App, deps: AppDeps): void {
  commands.register(app, deps);
}
