// What every Slack listener may use. Built once in main.ts (the composition root).
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { OAuthDeps } from '../oauth/bolt.js';
import type { TrackingPort } from '../tracking/types.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  tracking: TrackingPort;
  /** Set in OAuth mode (config.oauth): where installations live. */
  oauth?: OAuthDeps;
}
