// Issue 12 with issue 13: the sweep at scale under OAuth. users.list fills a workspace's unknown
// zones with that workspace's own token; the interactive client's rules (a post answered 5xx is
// never repeated blind) hold for Bolt's per-installation clients; a user_change event from a
// member who never used the app records nothing about them.
import { afterEach, describe, expect, it } from 'vitest';
import { userChangeEvent } from '../../src/slack-standin/index.js';
import { keys } from '../../src/tracking/records.js';
import { reminderSlack, sweepWebClient } from '../../src/tracking/slack.js';
import { runSweep } from '../../src/tracking/sweep.js';
import { FUNNELS_DRAFT, submitDraft } from '../slack/harness.js';
import { memoryBackend } from '../store/backends.js';
import { type OAuthHarness, startOAuthHarness, T1, T2, twoWorkspacesTracking } from './harness.js';

let h: OAuthHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the sweep at scale with OAuth', () => {
  it('fills unknown zones with users.list under each workspace’s own token, then posts with it', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(memoryBackend());
    // As if "I sent it" could not learn their time zones.
    await twoWorkspacesTracking(h, (who) => (h as OAuthHarness).store.delete(keys.timeZone(who)));
    const from = h.slack.calls.length;
    const summary = await runSweep(
      {
        tracking: h.tracking,
        slack: reminderSlack(sweepWebClient(undefined, h.config.slackApiUrl)),
        slackFor: h.slackFor(),
        listThreshold: 1,
      },
      new Date('2026-11-10T10:05:00Z'),
    );
    expect(summary).toMatchObject({ due: 2, sent: 2, failed: 0 });
    const token = (teamId: string) => `Bearer ${h?.slack.issuedTokens({ teamId })[0]?.token}`;
    const calls = h.slack.calls.slice(from);
    for (const who of [T1, T2]) {
      const mine = calls.filter((c) => c.authorization === token(who.teamId));
      expect(mine.map((c) => c.method).sort()).toEqual(['chat.postMessage', 'users.list']);
      expect(await h.tracking.cachedTimeZone(who)).toBeDefined();
    }
    expect(calls.some((c) => c.method === 'users.info')).toBe(false);
  });
});

describe('the interactive path with OAuth', () => {
  it('a draft DM answered 500 after it was posted is settled from the DM history, not re-sent', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(memoryBackend());
    await h.install({ teamId: 'T1' });
    h.slack.fail('chat.postMessage', { status: 500, when: 'after' });
    const from = await submitDraft(h.slack, h.sender, T1, FUNNELS_DRAFT);
    await h.slack.waitForCall('conversations.history', { after: from });
    await h.settle();
    const token = `Bearer ${h.slack.issuedTokens({ teamId: 'T1' })[0]?.token}`;
    const posts = h.slack.calls.slice(from).filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => [c.status, c.authorization])).toEqual([[500, token]]);
    const drafts = h.slack
      .messages(h.slack.dmChannel(T1.userId))
      .filter((m) => JSON.stringify(m.blocks ?? []).includes('mark_sent'));
    expect(drafts).toHaveLength(1);
  });
});

describe('user_change with OAuth', () => {
  it('records nothing about a member who never used the app; keeps a known user’s zone current', {
    timeout: 30_000,
  }, async () => {
    h = await startOAuthHarness(memoryBackend());
    await h.install({ teamId: 'T1' });
    await h.markSent(T1);
    const stranger = { teamId: 'T1', userId: 'U1ZED' };
    await h.sender.event(userChangeEvent({ ...stranger, tz: 'Asia/Tokyo' }));
    await h.sender.event(userChangeEvent({ ...T1, tz: 'America/Chicago' }));
    await h.settle();
    expect(await h.installations.usersOf('T1')).toEqual([T1.userId]);
    expect(await h.tracking.cachedTimeZone(stranger)).toBeUndefined();
    expect(await h.tracking.cachedTimeZone(T1)).toBe('America/Chicago');
  });
});
