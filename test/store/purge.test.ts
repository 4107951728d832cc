// Growth and residue (issue 10, item 10): expired records and lease rows are purged, not kept
// for ever (SQLite and Postgres keep them until read; lease rows were never removed).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore } from '../../src/store/index.js';
import { allBackends } from './backends.js';
import { sqliteRows } from './sqlite-file.js';

const schema = z.object({ v: z.number() });

/** A `SELECT COUNT(*) AS n` on the store's file. */
async function count(file: string, sql: string): Promise<number> {
  const [row] = await sqliteRows(file, sql);
  return Number(row?.n);
}

for (const backend of allBackends()) {
  describe.skipIf(!backend.available)(`purging expired rows on ${backend.name}`, () => {
    it('removes expired records and leases, and keeps live ones', async () => {
      const url = backend.url();
      const store = await openStore(url, undefined, { namespace: backend.namespace() });
      try {
        await store.set('delivered:gone', { v: 1 }, 1);
        await store.set('tracked-once:gone', { v: 1 }, 1);
        await store.set('kept', { v: 2 });
        await store.set('kept-ttl', { v: 3 }, 60_000);
        expect(await store.claim('cron:gone', 'me', 1)).toBe(true);
        expect(await store.claim('sent-once:gone', 'me', 1)).toBe(true);
        expect(await store.claim('kept-lease', 'me', 60_000)).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 30));
        await store.purgeExpired();
        expect(await store.get('kept', schema)).toEqual({ v: 2 });
        expect(await store.get('kept-ttl', schema)).toEqual({ v: 3 });
        expect(await store.claim('kept-lease', 'someone-else', 60_000)).toBe(false);
        if (backend.name === 'sqlite') {
          const file = url.replace(/^sqlite:\/\//, '');
          expect(await count(file, "SELECT COUNT(*) AS n FROM keyv WHERE key LIKE '%gone'")).toBe(
            0,
          );
          expect(await count(file, 'SELECT COUNT(*) AS n FROM cn_lease')).toBe(1);
          expect(await count(file, 'SELECT COUNT(*) AS n FROM keyv')).toBe(2);
        }
      } finally {
        await store.close();
      }
    });

    it('leaves an unreadable row alone and still purges the rest', async () => {
      const store = await openStore(backend.url(), undefined, { namespace: backend.namespace() });
      try {
        await store.set('gone', { v: 1 }, 1);
        await new Promise((resolve) => setTimeout(resolve, 30));
        await expect(store.purgeExpired()).resolves.toBeGreaterThanOrEqual(0);
      } finally {
        await store.close();
      }
    });
  });
}

describe('the reminder scheduler', () => {
  it('purges expired rows after a sweep', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { startReminderScheduler } = await import('../../src/tracking/scheduler.js');
    const { FakeSlack, makeTracking } = await import('../tracking/helpers.js');
    const dir = mkdtempSync(join(tmpdir(), 'connectnote-purge-'));
    const file = join(dir, 'purge.sqlite');
    const { tracking, store, clock, logger } = await makeTracking({ url: `sqlite://${file}` });
    try {
      await store.set('delivered:old', { v: 1 }, 1);
      await store.claim('cron:old-tick', 'someone', 1);
      await new Promise((resolve) => setTimeout(resolve, 30));
      let sweeps = 0;
      const scheduler = startReminderScheduler({
        tracking,
        config: {
          reminderCron: '* * * * * *',
          slackApiUrl: 'http://127.0.0.1:9/',
          slackBotToken: 'x',
        },
        logger,
        clock,
        slack: new FakeSlack(),
        onSweep: () => {
          sweeps += 1;
        },
      });
      await expect
        .poll(() => count(file, "SELECT COUNT(*) AS n FROM cn_lease WHERE key LIKE '%old-tick'"), {
          timeout: 5_000,
          interval: 100,
        })
        .toBe(0);
      await scheduler.stop();
      expect(sweeps).toBeGreaterThan(0);
      expect(
        await count(file, "SELECT COUNT(*) AS n FROM keyv WHERE key LIKE '%delivered:old'"),
      ).toBe(0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
