// Every listener, registered in one place: ids (src/slack/ids.ts) paired with callbacks.
import type { App } from '@slack/bolt';
import type { AppDeps } from '../deps.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import { registerHomeListeners } from './home.js';
import * as shortcuts from './shortcuts/index.js';
import { registerTrackingListeners } from './tracking.js';
import * as views from './views/index.js';

export function registerListeners(app: App, deps: AppDeps): void {
  commands.register(app, deps);
  views.register(app, deps);
  actions.register(app, deps);
  shortcuts.register(app, deps);
  // Tracking's: mark_sent, the reminder buttons, and the App Home.
  registerTrackingListeners(app, deps);
  registerHomeListeners(app, deps);
}
