// The install asks for exactly the manifest's bot scopes, and the manifest subscribes to the
// events an uninstall needs and names the redirect path the app serves.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOT_SCOPES, REDIRECT_PATH } from '../../src/oauth/index.js';

const manifest = parse(
  readFileSync(resolve(import.meta.dirname, '../../manifest.yml'), 'utf8'),
) as {
  oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] };
  settings: { event_subscriptions: { bot_events: string[] } };
};

describe('OAuth and the manifest', () => {
  it('BOT_SCOPES are exactly the manifest’s bot scopes', () => {
    expect(BOT_SCOPES).toEqual(manifest.oauth_config.scopes.bot);
  });

  it('the redirect URL is the path the app serves, and uninstall events are subscribed', () => {
    expect(manifest.oauth_config.redirect_urls).toHaveLength(1);
    expect(new URL(manifest.oauth_config.redirect_urls[0] as string).pathname).toBe(REDIRECT_PATH);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_uninstalled', 'tokens_revoked']),
    );
  });
});
