import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openStore } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'connectnote-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite store', () => {
  it('creates the folder of its file and keeps data across a reopen', async () => {
    const file = join(dir, 'nested', 'deeper', 'cn.sqlite');
    const store = await openStore(`sqlite://${file}`);
    expect(existsSync(file)).toBe(true);
    await store.set('k', { a: 1 });
    await store.indexPut('due', 'm', 5);
    await store.close();
    const again = await openStore(`sqlite://${file}`);
    expect(await again.get('k', z.object({ a: z.number() }))).toEqual({ a: 1 });
    expect(await again.indexRange('due')).toEqual([{ member: 'm', score: 5 }]);
    await again.close();
  });

  it('skips a row whose stored text is not even JSON', async () => {
    const file = join(dir, 'garbage.sqlite');
    const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const store = await openStore(`sqlite://${file}`, logger);
    await store.set('good', { a: 1 });
    await store.set('bad', { a: 2 });
    await new Promise<void>((resolve, reject) => {
      const db = new sqlite3.Database(file);
      db.run("UPDATE keyv SET value = '{not json' WHERE key = 'cn:bad'", (error) => {
        db.close();
        if (error) reject(error);
        else resolve();
      });
    });
    const schema = z.object({ a: z.number() });
    expect(await store.get('bad', schema)).toBeUndefined();
    expect(await store.getMany(['good', 'bad'], schema)).toEqual([{ a: 1 }, undefined]);
    expect(logger.warn).toHaveBeenCalled();
    await store.close();
  });
});
