// postgres:// — the same tables as SQLite, in Postgres dialect, through the adapter's `query`.
// The store tests run it against a real server (.ci/run starts one).
import type { Extras } from './keyv-store.js';
import type { IndexEntry, IndexRange } from './types.js';

export type PgQuery = (sql: string, values?: unknown[]) => Promise<unknown[]>;

/** An arbitrary key of ConnectNote's own for pg_advisory_xact_lock. */
const SCHEMA_LOCK = 0x636e5f73;

const SCHEMA = [
  'CREATE TABLE IF NOT EXISTS cn_index (idx TEXT NOT NULL, member TEXT NOT NULL, score BIGINT NOT NULL, PRIMARY KEY (idx, member))',
  'CREATE INDEX IF NOT EXISTS cn_index_by_score ON cn_index (idx, score)',
  'CREATE TABLE IF NOT EXISTS cn_lease (key TEXT PRIMARY KEY, holder TEXT NOT NULL, expires BIGINT NOT NULL)',
];

export class PostgresExtras implements Extras {
  constructor(
    private readonly query: PgQuery,
    private readonly prefix: string,
  ) {}

  static async open(query: PgQuery, prefix: string): Promise<PostgresExtras> {
    // Instances starting together race on CREATE … IF NOT EXISTS (Postgres then reports the
    // catalogue's duplicates), so the schema is made under a transaction-scoped advisory lock:
    // one simple query, several statements, one connection, one implicit transaction.
    await query([`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`, ...SCHEMA].join(';\n'));
    return new PostgresExtras(query, prefix);
  }

  async indexPut(index: string, member: string, score: number): Promise<void> {
    await this.query(
      'INSERT INTO cn_index (idx, member, score) VALUES ($1, $2, $3) ON CONFLICT (idx, member) DO UPDATE SET score = excluded.score',
      [this.prefix + index, member, score],
    );
  }

  async indexRemove(index: string, member: string): Promise<void> {
    await this.query('DELETE FROM cn_index WHERE idx = $1 AND member = $2', [
      this.prefix + index,
      member,
    ]);
  }

  async indexRange(index: string, range: IndexRange): Promise<IndexEntry[]> {
    const order = range.reverse ? 'DESC' : 'ASC';
    const rows = (await this.query(
      `SELECT member, score FROM cn_index WHERE idx = $1 AND score >= $2 AND score <= $3
       ORDER BY score ${order}, member ${order} LIMIT $4`,
      [
        this.prefix + index,
        range.min ?? Number.MIN_SAFE_INTEGER,
        range.max ?? Number.MAX_SAFE_INTEGER,
        range.limit ?? null,
      ],
    )) as { member: string; score: string | number }[];
    return rows.map((row) => ({ member: row.member, score: Number(row.score) }));
  }

  async indexCount(index: string, min: number, max: number): Promise<number> {
    const rows = (await this.query(
      'SELECT COUNT(*) AS n FROM cn_index WHERE idx = $1 AND score >= $2 AND score <= $3',
      [this.prefix + index, min, max],
    )) as { n: string | number }[];
    return Number(rows[0]?.n ?? 0);
  }

  async indexDrop(index: string): Promise<void> {
    await this.query('DELETE FROM cn_index WHERE idx = $1', [this.prefix + index]);
  }

  async claim(key: string, holder: string, ttlMs: number): Promise<boolean> {
    // The server's clock, not this instance's: instances on several machines share the lease,
    // and one whose clock runs fast must not take a lease another still holds.
    const rows = await this.query(
      `WITH now AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms)
       INSERT INTO cn_lease (key, holder, expires) SELECT $1, $2, now.ms + $3 FROM now
       ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
       WHERE cn_lease.expires <= (SELECT ms FROM now) OR cn_lease.holder = excluded.holder
       RETURNING holder`,
      [this.prefix + key, holder, ttlMs],
    );
    return rows.length > 0;
  }

  async release(key: string, holder: string): Promise<void> {
    await this.query('DELETE FROM cn_lease WHERE key = $1 AND holder = $2', [
      this.prefix + key,
      holder,
    ]);
  }

  async purgeExpired(now: number): Promise<number> {
    // keyv keeps `{"value":…,"expires":ms}` as text and deletes an expired row only when it is
    // read. The expiry is read with a pattern, so an unreadable row cannot make the query fail.
    const records = await this.query(
      `DELETE FROM keyv WHERE left(key, $1) = $2
       AND substring(value from '"expires":([0-9]+)}$')::bigint <= $3 RETURNING 1`,
      [this.prefix.length, this.prefix, now],
    );
    const leases = await this.query(
      `DELETE FROM cn_lease WHERE left(key, $1) = $2
       AND expires <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint RETURNING 1`,
      [this.prefix.length, this.prefix],
    );
    return records.length + leases.length;
  }

  async close(): Promise<void> {}
}
