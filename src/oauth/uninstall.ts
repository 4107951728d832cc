// SPEC §7: uninstalling the app, or revoking its bot token, deletes that workspace's (or
// Enterprise org's) installation at once, then its users' tracked requests, settings and due
// entries. Other workspaces are untouched.
import type { StoreLogger } from '../store/index.js';
import type { TrackingPort } from '../tracking/types.js';
import type { StoreInstallations } from './installations.js';

export interface UninstallTarget {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

export interface UninstallSummary {
  teams: number;
  users: number;
  requests: number;
}

export async function uninstall(
  deps: { installations: StoreInstallations; tracking: TrackingPort; logger: StoreLogger },
  target: UninstallTarget,
): Promise<UninstallSummary> {
  const { installations, tracking, logger } = deps;
  const query = {
    teamId: target.isEnterpriseInstall ? undefined : target.teamId,
    enterpriseId: target.enterpriseId,
    isEnterpriseInstall: target.isEnterpriseInstall,
  };
  // The tokens first: from here on no request and no sweep can act for this installation.
  await installations.deleteInstallation(query);
  const summary: UninstallSummary = { teams: 0, users: 0, requests: 0 };
  const orgId = target.isEnterpriseInstall ? target.enterpriseId : undefined;
  for (const teamId of await installations.teamsOf(query)) {
    summary.teams += 1;
    for (const userId of await installations.usersOf(teamId)) {
      const deleted = await tracking.deleteUserData({ teamId, userId });
      summary.users += 1;
      summary.requests += deleted.requests;
    }
    await installations.forgetTeam(teamId, orgId);
  }
  if (orgId) await installations.forgetOrg(orgId);
  logger.info(
    `oauth: uninstalled from ${orgId ? `org ${orgId}` : `team ${target.teamId}`}: deleted the data of ${summary.users} user(s) in ${summary.teams} team(s)`,
  );
  return summary;
}
