// The reminder sweep with OAuth: each owner is reminded with their own installation's bot token,
// found by Bolt's InstallProvider.authorize (which refreshes a rotating token about to expire and
// saves the new one). A team without an installation (uninstalled, revoked) is skipped and logged
// once per sweep; the sweep then drops its due entries, so it is not retried forever. When Slack
// answers token_revoked (the tokens_revoked event was missed), the sweep does what the event
// would have done (SPEC §7): the installation and its users' data are deleted.
//
// Pacing (issue 13): one pacer for the life of `installationSlack`'s factory (the process), shared
// by every workspace's client, so what one sweep learned of a workspace's limits (a Retry-After, a
// lowered pace) still holds for the next, as with the single token. Each sweep builds each
// workspace's client afresh from its (possibly refreshed) token, and, like the single-token one,
// it never retries: a post with an unknown outcome is settled by the sweep through the DM history.

import type { Logger } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { WebClientOptions } from '@slack/web-api';
import type { OAuthConfig } from '../config.js';
import { slackErrorName } from '../slack/errors.js';
import { SlackPacer } from '../tracking/pacer.js';
import {
  type ReminderSlack,
  type ReminderSlackOptions,
  reminderSlack,
  sweepWebClient,
} from '../tracking/slack.js';
import type { Owner, TrackingPort } from '../tracking/types.js';
import { InstallationNotFound, type StoreInstallations } from './installations.js';
import { uninstall } from './uninstall.js';

/** One sweep's way to reach an owner's Slack; undefined: the owner's team is not installed. */
export type SlackFor = (owner: Owner) => Promise<ReminderSlack | undefined>;

export interface InstallationSlackDeps {
  config: OAuthConfig;
  installations: StoreInstallations;
  /** For deleting a revoked workspace's data. */
  tracking: TrackingPort;
  slackApiUrl: string;
  logger: Logger;
  clientOptions?: WebClientOptions;
  /** Pacing and paging of the sweep's calls (default: a pacer of the factory's own). */
  reminderOptions?: ReminderSlackOptions;
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
  // Shared by every sweep and workspace: Slack's limits are per workspace and method.
  const pacer = deps.reminderOptions?.pacer ?? new SlackPacer();
  const options: ReminderSlackOptions = { ...deps.reminderOptions, pacer };
  return () => {
    const byTeam = new Map<string, Promise<ReminderSlack | undefined>>();
    // The team's owners are reminded concurrently: the first token_revoked answer deletes the
    // installation, and the others wait for that deletion rather than start another.
    const revocations = new Map<string, Promise<void>>();
    const revoked = (teamId: string) => {
      let revocation = revocations.get(teamId);
      if (!revocation) {
        revocation = revoke(teamId);
        revocations.set(teamId, revocation);
      }
      return revocation;
    };
    const revoke = async (teamId: string) => {
      const query = await deps.installations.queryForTeam(teamId);
      const installation = await deps.installations.find(query);
      byTeam.set(teamId, Promise.resolve(undefined)); // the team's other owners: skipped
      if (!installation) return;
      deps.logger.warn(
        `sweep: Slack says team ${teamId}'s token was revoked: deleting its installation and its users' data`,
      );
      const org = installation.isEnterpriseInstall;
      await uninstall(deps, {
        teamId: org ? undefined : teamId,
        enterpriseId: installation.enterprise?.id,
        isEnterpriseInstall: Boolean(org),
      });
    };
    const lookUp = async (teamId: string) => {
      const query = await deps.installations.queryForTeam(teamId);
      try {
        const auth = await installer.authorize(query);
        if (!auth.botToken) throw new InstallationNotFound(`no bot token for team ${teamId}`);
        const slack = reminderSlack(
          sweepWebClient(auth.botToken, deps.slackApiUrl, {
            logger: deps.logger,
            ...deps.clientOptions,
          }),
          options,
        );
        return watchRevocation(slack, () => revoked(teamId));
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

/** The same Slack, except that a token_revoked answer runs `onRevoked` before it is thrown on. */
function watchRevocation(slack: ReminderSlack, onRevoked: () => Promise<void>): ReminderSlack {
  const watch =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        if (slackErrorName(error) === 'token_revoked') await onRevoked();
        throw error;
      }
    };
  return {
    timeZone: watch(slack.timeZone),
    timeZones: watch(slack.timeZones),
    openDm: watch(slack.openDm),
    post: watch(slack.post),
    wasPosted: watch(slack.wasPosted),
  };
}
