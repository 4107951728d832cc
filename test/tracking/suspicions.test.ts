// Issue 10, item 11: suspicions confirmed or cleared, each with a test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runSweep } from '../../src/tracking/sweep.js';
import { postgresBackend, redisBackend, sqliteBackend } from '../store/backends.js';
import { FakeSlack, makeTracking, NOTE, slackError } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a due entry that keeps failing (confirmed, fixed)', () => {
  it('does not starve the rest of the sweep', async () => {
    const { tracking } = await makeTracking({ start: '2026-11-09T10:00:00Z' });
    const sent = new Date('2026-11-02T09:00:00Z');
    // Three users whose DMs keep failing with a passing error, tracked first (due first)...
    for (const userId of ['U_F1', 'U_F2', 'U_F3']) {
      await tracking.trackSent({ teamId: 'T1', userId }, NOTE, sent);
    }
    // ...and one healthy user, due a minute later.
    await tracking.trackSent(
      { teamId: 'T1', userId: 'U_OK' },
      NOTE,
      new Date(sent.getTime() + 60_000),
    );
    const slack = new FakeSlack();
    // Since the sweep posts to the user id (no conversations.open first), the post is what fails.
    const post = slack.post.bind(slack);
    slack.post = async (teamId, channel, message, batch) => {
      if (channel.startsWith('U_F')) throw slackError('internal_error');
      return post(teamId, channel, message, batch);
    };
    // Each sweep looks at 3 due entries at most; the failing three come first by due time.
    let now = new Date('2026-11-09T10:00:00Z');
    for (let i = 0; i < 4; i++) {
      await runSweep({ tracking, slack, maxDue: 3 }, now);
      now = new Date(now.getTime() + 15 * 60_000);
    }
    expect(slack.posted.map((p) => p.userId)).toEqual(['U_OK']);
  });
});

describe('leases and each instance’s clock (confirmed on Postgres, fixed)', () => {
  for (const backend of [sqliteBackend(), redisBackend(), postgresBackend()]) {
    it.skipIf(!backend.available)(
      `${backend.name}: an instance whose clock runs an hour fast cannot take a held lease`,
      async () => {
        const url = backend.url();
        const namespace = backend.namespace();
        const a = await openStore(url, undefined, { namespace });
        const b = await openStore(url, undefined, { namespace });
        try {
          expect(await a.claim('sweep-user:T1:U1', 'instance-a', 10 * 60_000)).toBe(true);
          const real = Date.now();
          vi.spyOn(Date, 'now').mockReturnValue(real + 60 * 60_000);
          const stolen = await b.claim('sweep-user:T1:U1', 'instance-b', 10 * 60_000);
          vi.restoreAllMocks();
          // SQLite: one file on one machine, one clock (documented); Redis and Postgres: the
          // server's clock decides.
          if (backend.name !== 'sqlite') expect(stolen).toBe(false);
        } finally {
          await a.close();
          await b.close();
        }
      },
    );
  }
});
