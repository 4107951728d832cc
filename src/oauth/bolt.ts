// Bolt's own OAuth support, configured for ConnectNote: the receiver builds the InstallProvider
// from these options (install page, redirect, state check, scopes, token rotation in authorize),
// and registerOAuth adds what an installed app must do with every request and on uninstall.
import type { App, HTTPReceiverOptions, Logger } from '@slack/bolt';
import type { OAuthConfig } from '../config.js';
import type { TrackingPort } from '../tracking/types.js';
import type { StoreInstallations } from './installations.js';
import { installPage, installPages } from './pages.js';
import { BOT_SCOPES, INSTALL_PATH, REDIRECT_PATH } from './scopes.js';
import { uninstall } from './uninstall.js';

export interface OAuthDeps {
  config: OAuthConfig;
  installations: StoreInstallations;
}

type ReceiverOAuthOptions = Pick<
  HTTPReceiverOptions,
  'clientId' | 'clientSecret' | 'stateSecret' | 'installationStore' | 'scopes' | 'installerOptions'
>;

/** What HTTPReceiver and SocketModeReceiver take to run Slack's OAuth v2 install. */
export function receiverOAuthOptions(oauth: OAuthDeps, slackApiUrl: string): ReceiverOAuthOptions {
  return {
    clientId: oauth.config.clientId,
    clientSecret: oauth.config.clientSecret,
    stateSecret: oauth.config.stateSecret,
    installationStore: oauth.installations,
    scopes: BOT_SCOPES,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // The "Add to Slack" page first: it sets the state cookie the redirect is checked against.
      directInstall: false,
      renderHtmlForInstallPath: installPage,
      stateVerification: true,
      // oauth.v2.access (the install and every token refresh) and auth.test go to SLACK_API_URL.
      clientOptions: { slackApiUrl },
      callbackOptions: installPages,
    },
  };
}

/**
 * Events that are not a user using the app: the uninstall and revocation themselves, and
 * `user_change`, which Slack sends for every member of a workspace whose profile changes (Bolt
 * reads its `user.id` as the context's user); recording those would store everyone.
 */
const NOT_A_USE = new Set(['app_uninstalled', 'tokens_revoked', 'user_change']);

/**
 * Records who uses the app under which installation (for uninstall), and deletes an
 * installation and its users' data on `app_uninstalled` and on `tokens_revoked` for the bot.
 */
export function registerOAuth(
  app: App,
  deps: { oauth: OAuthDeps; tracking: TrackingPort; logger: Logger; now: () => Date },
): void {
  const { installations } = deps.oauth;
  app.use(async ({ context, body, next }) => {
    await next();
    const b = body as { event?: { type?: string } };
    if (b.event?.type && NOT_A_USE.has(b.event.type)) return;
    const teamId = context.teamId;
    if (!teamId) return;
    const orgId = context.isEnterpriseInstall ? context.enterpriseId : undefined;
    try {
      await installations.seen(teamId, context.userId, orgId, deps.now().getTime());
    } catch (error) {
      deps.logger.warn('oauth: could not record the user of an installation', error);
    }
  });

  const remove = async (
    context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean },
    why: string,
  ) => {
    const target = {
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: Boolean(context.isEnterpriseInstall),
    };
    deps.logger.info(`oauth: ${why}`);
    await uninstall({ installations, tracking: deps.tracking, logger: deps.logger }, target);
  };

  app.event('app_uninstalled', async ({ context }) => {
    await remove(context, 'the app was uninstalled');
  });

  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot's token is ours to lose: user tokens are never requested.
    if ((event.tokens.bot ?? []).length === 0) return;
    await remove(context, 'the bot token was revoked');
  });
}
