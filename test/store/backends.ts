// The backends every store behaviour test runs against. SQLite uses a real temp file; Redis a
// real server at TEST_REDIS_URL (.ci/run starts one on 127.0.0.1:6390). Without TEST_REDIS_URL
// the Redis cases are skipped locally with a message, but fail under CI=true: CI must not
// silently run fewer tests. Postgres runs where TEST_POSTGRES_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export interface Backend {
  name: string;
  /** A STORE_URL; `shared` keeps one URL for several stores of one test (two instances). */
  url(): string;
  /** A namespace unique to one test, so parallel test files share one Redis safely. */
  namespace(): string;
  available: boolean;
  reason?: string;
}

let counter = 0;
const warned = new Set<string>();
const unique = () => `t${process.pid}x${Date.now().toString(36)}x${counter++}`;

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'connectnote-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    name: 'sqlite',
    url: () => `sqlite://${join(dir, `${unique()}.sqlite`)}`,
    namespace: () => 'cn',
    available: true,
  };
}

export function redisBackend(): Backend {
  const url = process.env.TEST_REDIS_URL;
  if (!url && process.env.CI === 'true') {
    throw new Error('TEST_REDIS_URL is not set: CI must run the store tests against Redis');
  }
  return {
    name: 'redis',
    url: () => url ?? 'redis://unset',
    namespace: unique,
    available: Boolean(url),
    reason: url ? undefined : 'TEST_REDIS_URL is not set: skipping the Redis store tests locally',
  };
}

/** Optional: Postgres runs only where TEST_POSTGRES_URL is set (CI does not start one). */
export function postgresBackend(): Backend {
  const url = process.env.TEST_POSTGRES_URL;
  return {
    name: 'postgres',
    url: () => url ?? 'postgres://unset',
    namespace: unique,
    available: Boolean(url),
    reason: url ? undefined : 'TEST_POSTGRES_URL is not set: skipping the Postgres store tests',
  };
}

export function memoryBackend(): Backend {
  return { name: 'memory', url: () => 'memory://', namespace: unique, available: true };
}

export function allBackends(): Backend[] {
  const backends = [memoryBackend(), sqliteBackend(), redisBackend(), postgresBackend()];
  for (const b of backends) {
    if (!b.available && !warned.has(b.name)) {
      warned.add(b.name);
      console.warn(b.reason);
    }
  }
  return backends;
}
