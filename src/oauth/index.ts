// OAuth v2 distribution (issue 12, SPEC §6–7): installs in any workspace or Enterprise org, their
// tokens sealed in the store, every path served with its own workspace's token, and uninstall.
import type { OAuthConfig } from '../config.js';
import type { Store, StoreLogger } from '../store/index.js';
import { TokenCipher } from './cipher.js';
import { StoreInstallations } from './installations.js';

export { type OAuthDeps, receiverOAuthOptions, registerOAuth } from './bolt.js';
export { TokenCipher } from './cipher.js';
export { InstallationNotFound, installKeys, StoreInstallations } from './installations.js';
export { BOT_SCOPES, INSTALL_PATH, REDIRECT_PATH } from './scopes.js';
export { createInstaller, installationSlack, type SlackFor } from './sweep-slack.js';
export { type UninstallSummary, uninstall } from './uninstall.js';

export function openInstallations(
  config: OAuthConfig,
  store: Store,
  logger: StoreLogger,
): StoreInstallations {
  return new StoreInstallations(store, new TokenCipher(config.tokenEncryptionKey), logger);
}
