// The stand-in Slack's OAuth: codes exchanged at oauth.v2.access, per-token auth.test, token
// rotation, revocation, and Enterprise Grid payloads.
import { WebClient } from '@slack/web-api';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import {
  appUninstalledEvent,
  blockAction,
  type SlackStandin,
  slashCommand,
  startSlackStandin,
  tokensRevokedEvent,
} from '../../src/slack-standin/index.js';

let slack: SlackStandin | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

const client = (token?: string) =>
  new WebClient(token, { slackApiUrl: slack?.url, retryConfig: { retries: 0 } });

describe('stand-in OAuth', () => {
  it('exchanges a code once, and auth.test answers for each token’s own workspace', async () => {
    slack = await startSlackStandin({ clientId: 'cid', clientSecret: 'csecret' });
    const code = slack.grant({ teamId: 'T1', teamName: 'One' });
    const access = await client().oauth.v2.access({
      client_id: 'cid',
      client_secret: 'csecret',
      code,
    });
    expect(access).toMatchObject({ team: { id: 'T1' }, is_enterprise_install: false });
    await expect(
      client().oauth.v2.access({ client_id: 'cid', client_secret: 'csecret', code }),
    ).rejects.toThrow(/invalid_code/);
    await expect(
      client().oauth.v2.access({
        client_id: 'cid',
        client_secret: 'wrong',
        code: slack.grant({ teamId: 'T2' }),
      }),
    ).rejects.toThrow(/bad_client_secret/);

    const t2 = await client().oauth.v2.access({
      client_id: 'cid',
      client_secret: 'csecret',
      code: slack.grant({ teamId: 'T2' }),
    });
    expect((await client(access.access_token).auth.test()).team_id).toBe('T1');
    expect((await client(t2.access_token).auth.test()).team_id).toBe('T2');
    // Once installs exist, a made-up token is refused; the call records its header.
    await expect(client('xoxb-made-up').auth.test()).rejects.toThrow(/invalid_auth/);
    expect(slack.lastCall('auth.test')?.authorization).toBe('Bearer xoxb-made-up');

    slack.revokeTokens({ teamId: 'T1' });
    await expect(client(access.access_token).auth.test()).rejects.toThrow(/token_revoked/);
    expect((await client(t2.access_token).auth.test()).team_id).toBe('T2');
  });

  it('rotates: an expiring token, refreshed with its refresh token', async () => {
    const clock = new ManualClock(undefined, new Date('2026-03-10T10:00:00Z'));
    slack = await startSlackStandin({ clock });
    const access = await client().oauth.v2.access({
      client_id: 'cid',
      client_secret: 's',
      code: slack.grant({ teamId: 'T1', expiresIn: 60 }),
    });
    expect(access).toMatchObject({ expires_in: 60 });
    expect(access.refresh_token).toMatch(/^xoxe-/);
    clock.set(new Date('2026-03-10T10:01:01Z'));
    await expect(client(access.access_token).auth.test()).rejects.toThrow(/token_expired/);
    const refreshed = await client().oauth.v2.access({
      client_id: 'cid',
      client_secret: 's',
      grant_type: 'refresh_token',
      refresh_token: access.refresh_token,
    });
    expect(refreshed.access_token).not.toBe(access.access_token);
    expect(refreshed.expires_in).toBe(43_200);
    expect((await client(refreshed.access_token).auth.test()).team_id).toBe('T1');
  });

  it('org-wide installs: one token for the org, Grid-shaped payloads', async () => {
    slack = await startSlackStandin();
    const access = await client().oauth.v2.access({
      client_id: 'cid',
      client_secret: 's',
      code: slack.grant({ enterpriseId: 'E1', orgWide: true }),
    });
    expect(access).toMatchObject({
      team: null,
      enterprise: { id: 'E1' },
      is_enterprise_install: true,
    });
    expect(await client(access.access_token).auth.test()).toMatchObject({
      enterprise_id: 'E1',
      is_enterprise_install: true,
    });

    const grid = { teamId: 'TA', enterpriseId: 'E1', isEnterpriseInstall: true };
    expect(slashCommand(grid)).toMatchObject({
      team_id: 'TA',
      enterprise_id: 'E1',
      is_enterprise_install: 'true',
    });
    const action = blockAction({
      ...grid,
      teamAbsent: true,
      action: { actionId: 'x', value: 'y' },
    });
    expect(action).toMatchObject({
      team: null,
      user: { team_id: 'TA' },
      enterprise: { id: 'E1' },
      is_enterprise_install: true,
    });
    const uninstalled = appUninstalledEvent(grid);
    expect(uninstalled).toMatchObject({
      enterprise_id: 'E1',
      event: { type: 'app_uninstalled' },
      authorizations: [{ enterprise_id: 'E1', team_id: null, is_enterprise_install: true }],
    });
    expect(tokensRevokedEvent({ teamId: 'T1', bot: ['U0CNBOT'] }).event).toMatchObject({
      type: 'tokens_revoked',
      tokens: { bot: ['U0CNBOT'], oauth: [] },
    });
  });
});
