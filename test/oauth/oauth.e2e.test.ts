// Issue 12 end to end, through the real app over HTTP with signed requests against the stand-in
// Slack, on every STORE_URL backend: installs in two workspaces, each user served with their own
// workspace's token (the Authorization header the stand-in receives), an uninstall that deletes
// one workspace's data and never sends its due reminders, and an org-wide Enterprise Grid install
// serving two teams.
import { afterEach, describe, expect, it } from 'vitest';
import {
  appHomeOpenedEvent,
  appUninstalledEvent,
  messageShortcut,
  tokensRevokedEvent,
} from '../../src/slack-standin/index.js';
import { allBackends } from '../store/backends.js';
import { buttonValue, type OAuthHarness, startOAuthHarness, T1, T2, teamQuery } from './harness.js';

const GRID = { enterpriseId: 'E1', isEnterpriseInstall: true };
const TA = { ...GRID, teamId: 'TA', userId: 'UACHLOE' };
const TB = { ...GRID, teamId: 'TB', userId: 'UBDEV', teamAbsent: true };

const EIGHT_DAYS_LATER = '2026-11-10T10:05:00Z'; // a Tuesday morning in London

let h: OAuthHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The bearer token of every call made to the user's DM or for the user, since `from`. */
function tokensFor(h: OAuthHarness, userId: string, from = 0): Set<string | undefined> {
  const channel = h.slack.dmChannel(userId);
  return new Set(
    h.slack.calls
      .slice(from)
      .filter(
        (c) =>
          c.body.channel === channel ||
          c.body.channel === userId ||
          c.body.users === userId ||
          c.body.user === userId ||
          c.body.user_id === userId,
      )
      .map((c) => c.authorization),
  );
}

describe.each(allBackends())('OAuth install on $name', (backend) => {
  it.skipIf(!backend.available)(
    'T1 and T2 each use their own token; T1 uninstalls: its data goes, its due reminder never goes out, T2 goes on',
    { timeout: 60_000 },
    async () => {
      h = await startOAuthHarness(backend);
      const one = await h.install({ teamId: 'T1', teamName: 'Acme' });
      expect(one.status).toBe(200);
      expect(one.html).toContain('/connectnote');
      expect(one.html).toContain('Acme');
      expect((await h.install({ teamId: 'T2', teamName: 'Globex' })).status).toBe(200);
      const token1 = h.slack.issuedTokens({ teamId: 'T1' })[0]?.token;
      const token2 = h.slack.issuedTokens({ teamId: 'T2' })[0]?.token;
      expect(token1 && token2 && token1 !== token2).toBe(true);
      // Tokens at rest are sealed: no store record shows one.
      expect(h.logs.join('\n')).not.toMatch(/xoxb-/);

      // Each user drafts and says "I sent it": every call for them carries their workspace's token.
      const draft1 = await h.draft(T1, 'Laura');
      const draft2 = await h.draft(T2, 'Mei');
      await h.click(T1, draft1, 'mark_sent');
      await h.click(T2, draft2, 'mark_sent');
      expect(tokensFor(h, T1.userId)).toEqual(new Set([`Bearer ${token1}`]));
      expect(tokensFor(h, T2.userId)).toEqual(new Set([`Bearer ${token2}`]));
      // The message shortcut and the App Home too.
      await h.sender.interaction(
        messageShortcut({
          ...T2,
          triggerId: h.slack.issueTrigger(T2.userId),
          message: { text: 'Hi Sam, loved your talk on onboarding. Would you like to connect?' },
        }),
      );
      await h.sender.event(appHomeOpenedEvent({ ...T1, botUserId: 'U0CNBOTT1' }));
      await h.settle();
      const opens = h.slack.callsTo('views.open').map((c) => c.authorization);
      expect(opens).toEqual([`Bearer ${token1}`, `Bearer ${token2}`, `Bearer ${token2}`]);
      const homes = h.slack.callsTo('views.publish');
      expect(homes.map((c) => [c.body.user_id, c.authorization])).toEqual([
        [T1.userId, `Bearer ${token1}`],
      ]);
      expect((await h.tracking.home(T1, h.clock.now())).pending).toHaveLength(1);
      expect((await h.tracking.home(T2, h.clock.now())).pending).toHaveLength(1);
      // "I sent it" learned each user's time zone (users.info, with their workspace's token).
      expect(await h.tracking.cachedTimeZone(T1)).toBeDefined();
      expect(await h.tracking.cachedTimeZone(T2)).toBeDefined();

      // T1 uninstalls.
      h.slack.revokeTokens({ teamId: 'T1' });
      const res = await h.sender.event(appUninstalledEvent({ teamId: 'T1' }));
      expect(res.status).toBe(200);
      await h.settle();
      expect(await h.installations.find(teamQuery('T1'))).toBeUndefined();
      const gone = await h.tracking.home(T1, h.clock.now());
      expect(gone.pending).toHaveLength(0);
      expect(gone.recent).toHaveLength(0);
      expect(await h.tracking.cachedTimeZone(T1)).toBeUndefined();
      expect(await h.installations.usersOf('T1')).toEqual([]);
      // T2 is untouched.
      expect(await h.installations.find(teamQuery('T2'))).toBeDefined();
      expect((await h.tracking.home(T2, h.clock.now())).pending).toHaveLength(1);

      // Eight days later: only T2's reminder, with T2's token; nothing ever for T1. One call: the
      // zone was known, and the post goes to the user id; the DM channel it answers is kept.
      const from = h.slack.calls.length;
      const summary = await h.sweep(EIGHT_DAYS_LATER);
      expect(summary).toMatchObject({ due: 1, sent: 1, failed: 0 });
      expect(h.slack.calls.slice(from).map((c) => [c.method, c.authorization])).toEqual([
        ['chat.postMessage', `Bearer ${token2}`],
      ]);
      expect(h.slack.calls.at(-1)?.body.channel).toBe(T2.userId);
      expect(await h.tracking.dmChannel(T2)).toBe(h.slack.dmChannel(T2.userId));
      expect(h.slack.calls.slice(from).some((c) => c.token === token1)).toBe(false);
      const reminder = h.slack.messages(h.slack.dmChannel(T2.userId)).at(-1);
      expect(buttonValue(reminder, 'reminder_accepted')).toBeDefined();

      // T2 revokes the bot's token: its installation and data go too.
      await h.sender.event(tokensRevokedEvent({ teamId: 'T2', bot: ['U0CNBOTT2'] }));
      await h.settle();
      expect(await h.installations.find(teamQuery('T2'))).toBeUndefined();
      expect((await h.tracking.home(T2, h.clock.now())).pending).toHaveLength(0);
      // The sweep's records of T2's user went with the rest: the kept DM channel and time zone.
      expect(await h.tracking.dmChannel(T2)).toBeUndefined();
      expect(await h.tracking.cachedTimeZone(T2)).toBeUndefined();
    },
  );

  it.skipIf(!backend.available)(
    'an org-wide install serves two teams of one enterprise with the org’s token, and its uninstall removes both',
    { timeout: 60_000 },
    async () => {
      h = await startOAuthHarness(backend);
      const done = await h.install({ enterpriseId: 'E1', orgWide: true, teamId: 'TA' });
      expect(done.status).toBe(200);
      const orgToken = h.slack.issuedTokens({ enterpriseId: 'E1' })[0]?.token;
      expect(orgToken).toBeDefined();

      const draftA = await h.draft(TA, 'Laura');
      const draftB = await h.draft(TB, 'Mei');
      await h.click(TA, draftA, 'mark_sent');
      await h.click(TB, draftB, 'mark_sent');
      expect(tokensFor(h, TA.userId)).toEqual(new Set([`Bearer ${orgToken}`]));
      expect(tokensFor(h, TB.userId)).toEqual(new Set([`Bearer ${orgToken}`]));
      expect((await h.tracking.home(TA, h.clock.now())).pending).toHaveLength(1);
      expect((await h.tracking.home(TB, h.clock.now())).pending).toHaveLength(1);

      const from = h.slack.calls.length;
      expect(await h.sweep(EIGHT_DAYS_LATER)).toMatchObject({ due: 2, sent: 2, failed: 0 });
      const posts = h.slack.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
      expect(new Set(posts.map((c) => c.authorization))).toEqual(new Set([`Bearer ${orgToken}`]));
      expect(posts).toHaveLength(2);

      h.slack.revokeTokens({ enterpriseId: 'E1' });
      await h.sender.event(appUninstalledEvent({ ...GRID, teamId: 'TA' }));
      await h.settle();
      expect(
        await h.installations.find({
          teamId: undefined,
          enterpriseId: 'E1',
          isEnterpriseInstall: true,
        }),
      ).toBeUndefined();
      for (const who of [TA, TB]) {
        const home = await h.tracking.home(who, h.clock.now());
        expect(home.pending.length + home.recent.length).toBe(0);
      }
      expect(await h.sweep('2026-11-17T10:05:00Z')).toMatchObject({ sent: 0 });
    },
  );
});
