// The bot scopes the install asks for: exactly manifest.yml's oauth_config.scopes.bot
// (test/oauth/scopes.test.ts compares them).
export const BOT_SCOPES = ['commands', 'chat:write', 'im:write', 'users:read', 'im:history'];

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';
