// openStore(STORE_URL): the only entry point to persistence. This folder is the only place that
// imports keyv; everything else sees the `Store` interface. Only the adapter STORE_URL names is
// loaded (the Redis client alone costs ~50 ms of start-up).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Keyv, { type KeyvOptions } from 'keyv';
import { type Extras, KeyvStore } from './keyv-store.js';
import { MemoryExtras } from './memory.js';
import { type PgQuery, PostgresExtras } from './postgres.js';
import { type RawRedis, RedisExtras } from './redis.js';
import { SqliteExtras, type SqlQuery } from './sqlite.js';
import { type Store, type StoreLogger, silentLogger } from './types.js';

export { StoreUnreachableError } from './redis-connect.js';
export type { IndexEntry, IndexRange, Store, StoreKind, StoreLogger } from './types.js';
export { silentLogger } from './types.js';

export const DEFAULT_STORE_URL = 'sqlite://data/connectnote.sqlite';

export interface OpenStoreOptions {
  /**
   * Prefix for every key, index and lease (default `cn`). Tests use a fresh one to share one
   * Redis server without seeing each other's data.
   */
  namespace?: string;
}

export class StoreUrlError extends Error {
  override readonly name = 'StoreUrlError';
}

/** `sqlite://data/x.sqlite` → `data/x.sqlite`; `sqlite:///abs/x.sqlite` → `/abs/x.sqlite`. */
export function sqlitePath(url: string): string {
  const path = url.replace(/^sqlite:\/\//, '');
  if (!path) throw new StoreUrlError('STORE_URL is invalid: expected sqlite://PATH');
  return path;
}

export async function openStore(
  url: string = DEFAULT_STORE_URL,
  logger: StoreLogger = silentLogger,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const namespace = options.namespace ?? 'cn';
  const prefix = `${namespace}:`;
  const scheme = url.slice(0, url.indexOf('://'));
  /** Every backend the same way: its Keyv adapter under the namespace, errors to the log. */
  const build = (kind: Store['kind'], adapter: KeyvOptions['store'], extras: Extras): Store => {
    const keyv = new Keyv({ store: adapter, namespace, throwOnErrors: true });
    keyv.on('error', (error: unknown) => logger.error('store: backend error', error));
    return new KeyvStore(kind, keyv, extras, logger);
  };

  if (url === 'memory://' || scheme === 'memory') {
    return build('memory', new Map(), new MemoryExtras()); // a Map: Keyv's own default
  }

  if (scheme === 'sqlite') {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const { default: KeyvSqlite } = await import('@keyv/sqlite');
    const adapter = new KeyvSqlite({ uri: `sqlite://${path}`, busyTimeout: 10_000 });
    const query = adapter.query as SqlQuery;
    const extras = await SqliteExtras.open(query, prefix);
    return build('sqlite', adapter, extras);
  }

  if (scheme === 'redis' || scheme === 'rediss') {
    const { connectRedis } = await import('./redis-connect.js');
    const { default: KeyvRedis } = await import('@keyv/redis');
    const connected = await connectRedis(url, logger);
    const adapter = new KeyvRedis(connected, { throwOnConnectError: true, throwOnErrors: true });
    const client = connected as unknown as RawRedis;
    const extras = new RedisExtras(client, `${prefix}x:`);
    return build('redis', adapter, extras);
  }

  if (scheme === 'postgres' || scheme === 'postgresql') {
    const { default: KeyvPostgres } = await import('@keyv/postgres');
    const adapter = new KeyvPostgres({ uri: url });
    const query: PgQuery = (sql, values) => adapter.query(sql, values) as Promise<unknown[]>;
    const extras = await PostgresExtras.open(query, prefix);
    return build('postgres', adapter, extras);
  }

  throw new StoreUrlError(
    'STORE_URL is invalid: expected sqlite://PATH, redis://…, postgres://… or memory://',
  );
}
