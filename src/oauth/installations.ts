// Bolt's InstallationStore on our store (any STORE_URL backend). One record per workspace
// install (`inst:team:<T>`) or Enterprise org-wide install (`inst:org:<E>`); the installation,
// tokens included, is sealed with AES-256-GCM (cipher.ts) and bound to its key. Beside them: which
// users and teams the app has seen under an installation, so that an uninstall can delete their
// data (uninstall.ts) and the reminder sweep can find a user's installation (sweep-slack.ts).
import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import { z } from 'zod';
import type { Store, StoreLogger } from '../store/index.js';
import type { TokenCipher } from './cipher.js';

export const installKeys = {
  team: (teamId: string) => `inst:team:${teamId}`,
  org: (enterpriseId: string) => `inst:org:${enterpriseId}`,
  /** The org-wide install that serves a team (written on the team's first request). */
  orgOfTeam: (teamId: string) => `inst-org-of:${teamId}`,
  /** Sorted index of the teams an org-wide install has served, scored by first sight. */
  orgTeams: (enterpriseId: string) => `inst-teams:${enterpriseId}`,
  /** Sorted index of the users seen in a team, scored by first sight. */
  teamUsers: (teamId: string) => `inst-users:${teamId}`,
};

const recordSchema = z.object({
  teamId: z.string().optional(),
  enterpriseId: z.string().optional(),
  isEnterpriseInstall: z.boolean(),
  sealed: z.string(),
});
const orgLinkSchema = z.object({ enterpriseId: z.string() });

export type AnyInstallation = Installation<'v1' | 'v2', boolean>;
export type AnyQuery = InstallationQuery<boolean>;

/** Where an installation lives: `undefined` when the query names neither org nor team. */
export function installationKey(
  q: Pick<AnyQuery, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>,
): string | undefined {
  if (q.isEnterpriseInstall && q.enterpriseId) return installKeys.org(q.enterpriseId);
  return q.teamId ? installKeys.team(q.teamId) : undefined;
}

const SEEN_TTL_MS = 10 * 60 * 1000;

export class InstallationNotFound extends Error {
  override readonly name = 'InstallationNotFound';
}

export class StoreInstallations implements InstallationStore {
  readonly #store: Store;
  readonly #cipher: TokenCipher;
  readonly #logger: StoreLogger;
  /**
   * (team, user) pairs this process recorded lately, so a request costs no write. Forgotten after
   * SEEN_TTL_MS, so that another instance's uninstall is re-learnt soon after a reinstall.
   */
  readonly #seen = new Map<string, number>();

  constructor(store: Store, cipher: TokenCipher, logger: StoreLogger) {
    this.#store = store;
    this.#cipher = cipher;
    this.#logger = logger;
  }

  async storeInstallation(installation: AnyInstallation): Promise<void> {
    const isEnterpriseInstall = Boolean(installation.isEnterpriseInstall);
    const query = {
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall,
    };
    const key = installationKey(query);
    if (!key) throw new Error('an installation without a team or an enterprise id');
    await this.#store.set(key, {
      ...query,
      sealed: this.#cipher.seal(JSON.stringify(installation), key),
    });
    this.#logger.info(`oauth: installation saved for ${describe(query)}`);
  }

  async fetchInstallation(query: AnyQuery): Promise<AnyInstallation> {
    const found = await this.find(query);
    if (!found) throw new InstallationNotFound(`no installation for ${describe(query)}`);
    return found;
  }

  /**
   * The installation serving `query`, or undefined. A workspace's own install wins; a team in an
   * Enterprise org without one is served by the org-wide install.
   */
  async find(query: Pick<AnyQuery, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>) {
    const keys = [installationKey(query)];
    if (!query.isEnterpriseInstall && query.enterpriseId) {
      keys.push(installKeys.org(query.enterpriseId));
    }
    for (const key of keys) {
      if (!key) continue;
      const record = await this.#store.get(key, recordSchema);
      if (!record) continue;
      try {
        return JSON.parse(this.#cipher.open(record.sealed, key)) as AnyInstallation;
      } catch {
        // Never the value: it is a token.
        this.#logger.error(
          `oauth: the installation for ${describe(query)} does not open with TOKEN_ENCRYPTION_KEY (was the key changed?)`,
        );
        return undefined;
      }
    }
    return undefined;
  }

  async deleteInstallation(query: AnyQuery): Promise<void> {
    const key = installationKey(query);
    if (key) await this.#store.delete(key);
  }

  /** The query that finds a team's installation (its own, or its org's), from what was seen. */
  async queryForTeam(teamId: string) {
    const link = await this.#store.get(installKeys.orgOfTeam(teamId), orgLinkSchema);
    return { teamId, enterpriseId: link?.enterpriseId, isEnterpriseInstall: false } as const;
  }

  /** Records that a user of a team used the app (under an org-wide install when `orgId`). */
  async seen(teamId: string, userId: string | undefined, orgId: string | undefined, now: number) {
    const id = `${orgId ?? ''}/${teamId}/${userId ?? ''}`;
    if ((this.#seen.get(id) ?? 0) > now) return;
    if (orgId) {
      await this.#store.set(installKeys.orgOfTeam(teamId), { enterpriseId: orgId });
      await this.#store.indexPut(installKeys.orgTeams(orgId), teamId, now);
    }
    if (userId) await this.#store.indexPut(installKeys.teamUsers(teamId), userId, now);
    if (this.#seen.size >= 50_000) this.#seen.clear();
    this.#seen.set(id, now + SEEN_TTL_MS);
  }

  /** The teams an installation serves: its own, or every team seen under the org. */
  async teamsOf(query: Pick<AnyQuery, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>) {
    if (query.isEnterpriseInstall && query.enterpriseId) {
      const entries = await this.#store.indexRange(installKeys.orgTeams(query.enterpriseId));
      return entries.map((e) => e.member);
    }
    return query.teamId ? [query.teamId] : [];
  }

  async usersOf(teamId: string): Promise<string[]> {
    return (await this.#store.indexRange(installKeys.teamUsers(teamId))).map((e) => e.member);
  }

  /** Forgets what was seen of a team (after its users' data is deleted). */
  async forgetTeam(teamId: string, orgId?: string): Promise<void> {
    await this.#store.indexDrop(installKeys.teamUsers(teamId));
    await this.#store.delete(installKeys.orgOfTeam(teamId));
    if (orgId) await this.#store.indexRemove(installKeys.orgTeams(orgId), teamId);
    for (const id of [...this.#seen.keys()]) {
      if (id.split('/')[1] === teamId) this.#seen.delete(id);
    }
  }

  async forgetOrg(enterpriseId: string): Promise<void> {
    await this.#store.indexDrop(installKeys.orgTeams(enterpriseId));
  }
}

function describe(q: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }) {
  return q.isEnterpriseInstall ? `org ${q.enterpriseId}` : `team ${q.teamId}`;
}
