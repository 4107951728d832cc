// Issue 12's edges through the real app: token rotation (an expiring token from the stand-in,
// refreshed by Bolt before use, in requests and in the sweep), the state check and the failure
// page, a workspace with no installation (skipped and logged once), and no token in any log.
import { afterEach, describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../src/oauth/index.js';
import { appUninstalledEvent, slashCommand } from '../../src/slack-standin/index.js';
import { startReminderScheduler } from '../../src/tracking/scheduler.js';
import type { SweepSummary } from '../../src/tracking/sweep.js';
import { memoryBackend, sqliteBackend } from '../store/backends.js';
import {
  CLIENT_SECRET,
  type OAuthHarness,
  STATE_SECRET,
  startOAuthHarness,
  teamQuery,
  workspacesTracking,
} from './harness.js';

let h: OAuthHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const T7 = { teamId: 'T7', userId: 'U7GIA' };

describe('token rotation', () => {
  it('an expiring token is refreshed before use, saved, and never logged, even at debug', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(sqliteBackend(), undefined, { LOG_LEVEL: 'debug' });
    expect((await h.install({ teamId: 'T7', expiresIn: 60 })).status).toBe(200);
    const [first] = h.slack.issuedTokens({ teamId: 'T7' });
    expect(first?.refreshToken).toBeDefined();

    // The first request finds the token about to expire: Bolt refreshes it, then uses the new one.
    const draft = await h.draft(T7, 'Laura');
    const refreshes = h.slack
      .callsTo('oauth.v2.access')
      .filter((c) => c.body.grant_type === 'refresh_token');
    expect(refreshes).toHaveLength(1);
    const second = h.slack.issuedTokens({ teamId: 'T7' })[1];
    expect(second?.token).toBeDefined();
    expect(h.slack.lastCall('views.open')?.authorization).toBe(`Bearer ${second?.token}`);
    const saved = await h.installations.find(teamQuery('T7'));
    expect(saved?.bot?.token).toBe(second?.token);

    // The refreshed token lasts 12 hours: the next request does not refresh again.
    await h.click(T7, draft, 'mark_sent');
    expect(h.slack.callsTo('oauth.v2.access')).toHaveLength(2); // the install and one refresh

    const logs = h.logs.join('\n');
    expect(logs).toMatch(/DEBUG .*http request/); // debug logging really was on
    for (const secret of [
      first?.token,
      first?.refreshToken,
      second?.token,
      CLIENT_SECRET,
      STATE_SECRET,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });

  it('the sweep refreshes an expiring token too, and reminds with the new one', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(memoryBackend());
    await h.install({ teamId: 'T7', expiresIn: 60 });
    await h.markSent(T7);
    // By the sweep, the saved token is within Bolt's two-hour refresh window again.
    const saved = await h.installations.find(teamQuery('T7'));
    if (!saved?.bot) throw new Error('no installation');
    saved.bot.expiresAt = Math.floor(Date.now() / 1000) + 30;
    await h.installations.storeInstallation(saved);
    const before = h.slack.issuedTokens({ teamId: 'T7' }).length;
    const from = h.slack.calls.length;
    expect(await h.sweep('2026-11-10T10:05:00Z')).toMatchObject({ sent: 1 });
    const newest = h.slack.issuedTokens({ teamId: 'T7' }).at(-1)?.token;
    expect(h.slack.issuedTokens({ teamId: 'T7' })).toHaveLength(before + 1);
    const post = h.slack.calls.slice(from).find((c) => c.method === 'chat.postMessage');
    expect(post?.authorization).toBe(`Bearer ${newest}`);
  });
});

describe('the install flow', () => {
  it('the install page asks for exactly the manifest’s scopes, with a state', async () => {
    h = await startOAuthHarness(memoryBackend());
    const page = await fetch(`${h.app.baseUrl}/slack/install`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('Add to Slack');
    const href = /href="([^"]+)"/.exec(html)?.[1]?.replace(/&(#38|amp);/g, '&') ?? '';
    const url = new URL(href);
    expect(url.searchParams.get('scope')?.split(',')).toEqual(BOT_SCOPES);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(page.headers.get('set-cookie')).toMatch(/HttpOnly/);
  });

  it('a redirect without the install page’s state, or refused by the person, fails with a page saying so', async () => {
    h = await startOAuthHarness(memoryBackend());
    const base = `${h.app.baseUrl}/slack/oauth_redirect`;
    const forged = await fetch(`${base}?code=${h.slack.grant({ teamId: 'T9' })}&state=forged`, {
      headers: { cookie: 'slack-app-oauth-state=other' },
    });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toMatch(/not installed[\s\S]*Start again/);
    const noState = await fetch(`${base}?code=${h.slack.grant({ teamId: 'T9' })}`);
    expect(noState.status).toBe(400);
    expect(await noState.text()).toMatch(/did not come from this app’s install page/);
    const denied = await fetch(`${base}?error=access_denied&state=x`);
    expect(denied.status).toBe(400);
    expect(await denied.text()).toContain('not installed');
    // Nothing was exchanged, nothing installed.
    expect(h.slack.callsTo('oauth.v2.access')).toHaveLength(0);
  });
});

describe('a workspace without an installation', () => {
  it('its requests reach no listener, and its due reminders are skipped and logged once', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(memoryBackend());
    await h.install({ teamId: 'T7' });
    await h.markSent(T7);
    // The installation is lost (removed by hand, say) while the user's requests remain.
    await h.installations.deleteInstallation(teamQuery('T7'));

    const from = h.slack.calls.length;
    const res = await h.sender.command(
      slashCommand({ ...T7, triggerId: h.slack.issueTrigger(T7.userId) }),
    );
    expect(res.status).toBe(200);
    await h.settle();
    expect(h.slack.calls.slice(from)).toEqual([]);

    expect(await h.sweep('2026-11-10T10:05:00Z')).toMatchObject({ due: 1, sent: 0, skipped: 1 });
    expect(await h.sweep('2026-11-10T10:20:00Z')).toMatchObject({ due: 0, sent: 0 });
    expect(h.logs.filter((l) => /team T7 has no installation/.test(l))).toHaveLength(1);
    expect(h.slack.calls.slice(from)).toEqual([]);

    // Uninstall still cleans up what is left.
    await h.sender.event(appUninstalledEvent({ teamId: 'T7' }));
    await h.settle();
    expect((await h.tracking.home(T7, h.clock.now())).pending).toHaveLength(0);
  });
});

describe('a token revoked without the event reaching the app', () => {
  it('the sweep hears token_revoked from Slack and deletes that workspace’s installation and data', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(memoryBackend());
    const T8 = { teamId: 'T8', userId: 'U8HAL' };
    await workspacesTracking(h, [
      [T7, 'Laura'],
      [T8, 'Mei'],
    ]);
    h.slack.revokeTokens({ teamId: 'T7' }); // and the tokens_revoked event is lost

    const from = h.slack.calls.length;
    expect(await h.sweep('2026-11-10T10:05:00Z')).toMatchObject({ sent: 1 });
    const t8Token = h.slack.issuedTokens({ teamId: 'T8' })[0]?.token;
    const posts = h.slack.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
    // T7's post (its one call: the zone was known) is refused; only T8's lands, with T8's token.
    expect(posts.filter((c) => !c.response.ok).map((c) => c.response.error)).toEqual([
      'token_revoked',
    ]);
    expect(
      posts.filter((c) => c.response.ok).map((c) => [c.body.channel, c.authorization]),
    ).toEqual([[T8.userId, `Bearer ${t8Token}`]]);
    expect(await h.installations.find(teamQuery('T7'))).toBeUndefined();
    expect((await h.tracking.home(T7, h.clock.now())).pending).toHaveLength(0);
    expect((await h.tracking.home(T8, h.clock.now())).pending).toHaveLength(1);
    expect(h.logs.filter((l) => /team T7's token was revoked/.test(l))).toHaveLength(1);

    // Nothing of T7 is tried again.
    const later = h.slack.calls.length;
    expect(await h.sweep('2026-11-17T10:05:00Z')).toMatchObject({ failed: 0 });
    expect(h.slack.calls.slice(later).some((c) => c.response.error === 'token_revoked')).toBe(
      false,
    );
  });
});

describe('the in-process scheduler with OAuth', () => {
  it('reminds each owner with their installation’s token on its cron', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(memoryBackend());
    await h.install({ teamId: 'T7' });
    await h.markSent(T7);
    h.clock.set(new Date('2026-11-10T10:05:00Z'));
    const sweeps: SweepSummary[] = [];
    const scheduler = startReminderScheduler({
      tracking: h.tracking,
      config: { ...h.config, reminderCron: '* * * * * *' },
      logger: h.tracking.logger,
      clock: h.clock,
      slackFor: h.slackFor,
      onSweep: (summary) => sweeps.push(summary),
    });
    const deadline = Date.now() + 10_000;
    while (sweeps.reduce((n, s) => n + s.sent, 0) === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await scheduler.stop();
    const token = h.slack.issuedTokens({ teamId: 'T7' })[0]?.token;
    const post = h.slack
      .callsTo('chat.postMessage')
      .find((c) => JSON.stringify(c.body.blocks ?? []).includes('reminder_accepted'));
    expect(post?.authorization).toBe(`Bearer ${token}`);
  });
});
