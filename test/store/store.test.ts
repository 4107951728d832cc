import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openStore } from '../../src/store/index.js';
import { allBackends } from './backends.js';

const record = z.object({ id: z.string(), n: z.number() });

for (const backend of allBackends()) {
  describe.skipIf(!backend.available)(`store on ${backend.name}`, () => {
    const open = async (url = backend.url(), ns = backend.namespace()) => {
      const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
      const store = await openStore(url, logger, { namespace: ns });
      return { store, logger };
    };

    it('writes, reads back validated, and deletes records', async () => {
      const { store } = await open();
      await store.set('r:1', { id: '1', n: 1 });
      await store.set('r:2', { id: '2', n: 2 });
      expect(await store.get('r:1', record)).toEqual({ id: '1', n: 1 });
      expect(await store.getMany(['r:2', 'nope', 'r:1'], record)).toEqual([
        { id: '2', n: 2 },
        undefined,
        { id: '1', n: 1 },
      ]);
      await store.delete('r:1');
      expect(await store.get('r:1', record)).toBeUndefined();
      await store.close();
    });

    it('logs and skips a corrupt record', async () => {
      const { store, logger } = await open();
      await store.set('r:bad', { id: 3, n: 'three' });
      await store.set('r:good', { id: 'g', n: 1 });
      expect(await store.get('r:bad', record)).toBeUndefined();
      expect(await store.getMany(['r:bad', 'r:good'], record)).toEqual([
        undefined,
        { id: 'g', n: 1 },
      ]);
      expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('r:bad'));
      await store.close();
    });

    it('expires records written with a ttl', async () => {
      const { store } = await open();
      await store.set('r:ttl', { id: 't', n: 1 }, 30);
      await new Promise((r) => setTimeout(r, 80));
      expect(await store.get('r:ttl', record)).toBeUndefined();
      await store.close();
    });

    it('reads a sorted index by score range, both ways, with limits', async () => {
      const { store } = await open();
      await store.indexPut('due', 'c', 300);
      await store.indexPut('due', 'a', 100);
      await store.indexPut('due', 'b', 200);
      await store.indexPut('due', 'a', 150); // moves
      await store.indexPut('other', 'z', 1);
      expect(await store.indexRange('due', { max: 200 })).toEqual([
        { member: 'a', score: 150 },
        { member: 'b', score: 200 },
      ]);
      expect(await store.indexRange('due', { reverse: true, limit: 2 })).toEqual([
        { member: 'c', score: 300 },
        { member: 'b', score: 200 },
      ]);
      expect(await store.indexRange('due', { min: 160 })).toHaveLength(2);
      expect(await store.indexCount('due', 0, 250)).toBe(2);
      await store.indexRemove('due', 'b');
      expect((await store.indexRange('due')).map((e) => e.member)).toEqual(['a', 'c']);
      await store.indexDrop('due');
      expect(await store.indexRange('due')).toEqual([]);
      expect(await store.indexRange('other')).toHaveLength(1);
      await store.close();
    });

    it('grants a lease to one holder until it expires or is released', async () => {
      const { store } = await open();
      expect(await store.claim('k', 'A', 10_000)).toBe(true);
      expect(await store.claim('k', 'B', 10_000)).toBe(false);
      expect(await store.claim('k', 'A', 10_000)).toBe(true); // re-entrant, extends
      await store.release('k', 'B'); // not B's to release
      expect(await store.claim('k', 'B', 10_000)).toBe(false);
      await store.release('k', 'A');
      expect(await store.claim('k', 'B', 50)).toBe(true);
      await new Promise((r) => setTimeout(r, 120));
      expect(await store.claim('k', 'C', 10_000)).toBe(true);
      await store.close();
    });

    it.skipIf(backend.name === 'memory')(
      'makes two stores on the same backend agree on one claimant among many',
      async () => {
        const url = backend.url();
        const ns = backend.namespace();
        const one = await open(url, ns);
        const two = await open(url, ns);
        const attempts = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 ? one : two).store.claim('race', `holder-${i}`, 10_000),
          ),
        );
        expect(attempts.filter(Boolean)).toHaveLength(1);
        await one.store.set('shared', { id: 's', n: 1 });
        expect(await two.store.get('shared', record)).toEqual({ id: 's', n: 1 });
        await one.store.close();
        await two.store.close();
      },
    );
  });
}
