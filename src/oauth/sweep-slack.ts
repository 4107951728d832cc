// The reminder sweep with OAuth: each owner is reminded with their own installation's bot token,
// found by Bolt's InstallProvider.authorize (which refreshes a rotating token about to expire and
// saves the new one). A team without an installation (uninstalled, revoked) is skipped and logged
// once per sweep; the sweep then drops its due entries, so it is not retried forever.

import type { Logger } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { WebClientOptions } from '@slack/web-api';
import type { OAuthConfig } from '../config.js';
import { type ReminderSlack, reminderSlack, sweepWebClient } from '../tracking/slack.js';
import type { Owner } from '../tracking/types.js';
import { InstallationNotFound, type StoreInstallations } from './installations.js';

/** One sweep's way to reach an owner's Slack; undefined: the owner's team is not installed. */
export type SlackFor = (owner: Owner) => Promise<ReminderSlack | undefined>;

export interface InstallationSlackDeps {
  config: OAuthConfig;
  installations: StoreInstallations;
  slackApiUrl: string;
  logger: Logger;
  clientOptions?: WebClientOptions;
}

/** An InstallProvider outside the HTTP app (the scheduler, `connectnote sweep`). */
export function createInstaller(deps: InstallationSlackDeps): InstallProvider {
  return new InstallProvider({
    clientId: deps.config.clientId,
    clientSecret: deps.config.clientSecret,
    stateSecret: deps.config.stateSecret,
    installationStore: deps.installations,
    logger: deps.logger,
    clientOptions: { slackApiUrl: deps.slackApiUrl },
  });
}

/** A fresh SlackFor per sweep: tokens are looked up (and refreshed) once per team per sweep. */
export function installationSlack(deps: InstallationSlackDeps): () => SlackFor {
  const installer = createInstaller(deps);
  return () => {
    const byTeam = new Map<string, Promise<ReminderSlack | undefined>>();
    const lookUp = async (teamId: string) => {
      const query = await deps.installations.queryForTeam(teamId);
      try {
        const auth = await installer.authorize(query);
        if (!auth.botToken) throw new InstallationNotFound(`no bot token for team ${teamId}`);
        return reminderSlack(
          sweepWebClient(auth.botToken, deps.slackApiUrl, {
            logger: deps.logger,
            ...deps.clientOptions,
          }),
        );
      } catch (error) {
        const original = (error as { original?: unknown }).original ?? error;
        if (!(original instanceof InstallationNotFound)) throw error;
        deps.logger.warn(
          `sweep: team ${teamId} has no installation (uninstalled or revoked): its reminders are skipped`,
        );
        return undefined;
      }
    };
    return (owner) => {
      let found = byTeam.get(owner.teamId);
      if (!found) {
        found = lookUp(owner.teamId);
        // A passing failure (the store, a refresh) is not remembered: the next owner tries again.
        found.catch(() => byTeam.delete(owner.teamId));
        byTeam.set(owner.teamId, found);
      }
      return found;
    };
  };
}
