// sqlite://PATH — the default. Records live in keyv's own table; the sorted indexes and leases in
// two tables of ours in the same file, reached through the adapter's `query`.
import type { Extras } from './keyv-store.js';
import type { IndexEntry, IndexRange } from './types.js';

export type SqlQuery = (sql: string, ...params: unknown[]) => Promise<unknown[]>;

export const SQLITE_SCHEMA = [
  'PRAGMA journal_mode = WAL',
  'CREATE TABLE IF NOT EXISTS cn_index (idx TEXT NOT NULL, member TEXT NOT NULL, score INTEGER NOT NULL, PRIMARY KEY (idx, member))',
  // The due index's range read walks this B-tree: cost grows with the rows returned.
  'CREATE INDEX IF NOT EXISTS cn_index_by_score ON cn_index (idx, score)',
  'CREATE TABLE IF NOT EXISTS cn_lease (key TEXT PRIMARY KEY, holder TEXT NOT NULL, expires INTEGER NOT NULL)',
];

interface ScoreRow {
  member: string;
  score: number;
}

export class SqliteExtras implements Extras {
  constructor(
    private readonly query: SqlQuery,
    private readonly prefix: string,
  ) {}

  static async open(query: SqlQuery, prefix: string): Promise<SqliteExtras> {
    for (const statement of SQLITE_SCHEMA) await retryWhileBusy(() => query(statement));
    return new SqliteExtras(query, prefix);
  }

  async indexPut(index: string, member: string, score: number): Promise<void> {
    await this.query(
      'INSERT INTO cn_index (idx, member, score) VALUES (?, ?, ?) ON CONFLICT (idx, member) DO UPDATE SET score = excluded.score',
      this.prefix + index,
      member,
      score,
    );
  }

  async indexRemove(index: string, member: string): Promise<void> {
    await this.query(
      'DELETE FROM cn_index WHERE idx = ? AND member = ?',
      this.prefix + index,
      member,
    );
  }

  async indexRange(index: string, range: IndexRange): Promise<IndexEntry[]> {
    const rows = (await this.query(
      `SELECT member, score FROM cn_index WHERE idx = ? AND score >= ? AND score <= ?
       ORDER BY score ${range.reverse ? 'DESC' : 'ASC'}, member ${range.reverse ? 'DESC' : 'ASC'} LIMIT ?`,
      this.prefix + index,
      range.min ?? Number.MIN_SAFE_INTEGER,
      range.max ?? Number.MAX_SAFE_INTEGER,
      range.limit ?? -1,
    )) as ScoreRow[];
    return rows.map((row) => ({ member: row.member, score: Number(row.score) }));
  }

  async indexCount(index: string, min: number, max: number): Promise<number> {
    const rows = (await this.query(
      'SELECT COUNT(*) AS n FROM cn_index WHERE idx = ? AND score >= ? AND score <= ?',
      this.prefix + index,
      min,
      max,
    )) as { n: number }[];
    return Number(rows[0]?.n ?? 0);
  }

  async indexDrop(index: string): Promise<void> {
    await this.query('DELETE FROM cn_index WHERE idx = ?', this.prefix + index);
  }

  async claim(key: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    // One statement, so SQLite's write lock makes it atomic across connections and processes.
    const rows = await this.query(
      `INSERT INTO cn_lease (key, holder, expires) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
       WHERE cn_lease.expires <= ? OR cn_lease.holder = excluded.holder
       RETURNING holder`,
      this.prefix + key,
      holder,
      now + ttlMs,
      now,
    );
    return rows.length > 0;
  }

  async release(key: string, holder: string): Promise<void> {
    await this.query(
      'DELETE FROM cn_lease WHERE key = ? AND holder = ?',
      this.prefix + key,
      holder,
    );
  }

  async purgeExpired(now: number): Promise<number> {
    // keyv keeps `{"value":…,"expires":ms}` in its own table and deletes an expired row only
    // when it is read; an unreadable row is left for the store's reader to report.
    const records = await this.query(
      `DELETE FROM keyv WHERE substr(key, 1, ?) = ? AND json_valid(value)
       AND json_extract(value, '$.expires') <= ? RETURNING 1`,
      this.prefix.length,
      this.prefix,
      now,
    );
    const leases = await this.query(
      'DELETE FROM cn_lease WHERE substr(key, 1, ?) = ? AND expires <= ? RETURNING 1',
      this.prefix.length,
      this.prefix,
      now,
    );
    return records.length + leases.length;
  }

  async close(): Promise<void> {}
}

/**
 * Connections opening one new file together can get SQLITE_BUSY on the schema statements even
 * with a busy timeout (switching to WAL needs the file to itself, and SQLite skips the busy
 * handler where waiting could deadlock), so those statements are retried briefly.
 */
async function retryWhileBusy<T>(run: () => Promise<T>, attempts = 50): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string })?.code !== 'SQLITE_BUSY' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}
