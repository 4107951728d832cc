// The backends every store behaviour test runs against. SQLite uses a real temp file; Redis a
// real server at TEST_REDIS_URL (.ci/run starts one on a free loopback port). Without TEST_REDIS_URL
// the Redis cases are skipped locally with a message, but fail under CI=true: CI must not
// silently run fewer tests. Postgres likewise, at TEST_POSTGRES_URL (.ci/run starts one too).
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

/** A real server named by an environment variable: required under CI, optional locally. */
function serverBackend(name: string, variable: string): Backend {
  const url = process.env[variable];
  if (!url && process.env.CI === 'true') {
    throw new Error(`${variable} is not set: CI must run the store tests against ${name}`);
  }
  return {
    name,
    url: () => url ?? `${name}://unset`,
    namespace: unique,
    available: Boolean(url),
    reason: url ? undefined : `${variable} is not set: skipping the ${name} store tests locally`,
  };
}

export const redisBackend = (): Backend => serverBackend('redis', 'TEST_REDIS_URL');
export const postgresBackend = (): Backend => serverBackend('postgres', 'TEST_POSTGRES_URL');

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
