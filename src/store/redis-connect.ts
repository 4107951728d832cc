// Connecting to Redis without hanging: node-redis retries a refused connection for ever and
// queues every command meanwhile, so an unreachable Redis used to hang start-up and `sweep`
// silently. Here the first connection gets STORE_CONNECT_TIMEOUT_MS and fails with one line
// naming the store and the reason (SPEC §7); later, commands fail fast while the connection is
// down (no offline queue), the loss and the recovery are each logged once, and node-redis keeps
// reconnecting in the background.
import type { RedisClientType } from '@keyv/redis';
import type { StoreLogger } from './types.js';

/** How long the first connection to a network store may take. */
export const STORE_CONNECT_TIMEOUT_MS = 5_000;

export class StoreUnreachableError extends Error {
  override readonly name = 'StoreUnreachableError';
}

/** `redis://user:pass@host:port/db` → `redis://host:port`: never a password in a log line. */
export function redactedStoreUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const port = parsed.port || (parsed.protocol === 'rediss:' ? '6380' : '6379');
    return `${parsed.protocol}//${parsed.hostname}:${port}`;
  } catch {
    return url.slice(0, url.indexOf('://') + 3);
  }
}

export async function connectRedis(
  url: string,
  logger: StoreLogger,
  timeoutMs = STORE_CONNECT_TIMEOUT_MS,
): Promise<RedisClientType> {
  const where = redactedStoreUrl(url);
  // Loaded here, not at the top: only a Redis STORE_URL pays for the client's start-up.
  const { createClient } = await import('@keyv/redis');
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      // Back off to 2 s between attempts, for ever: the store may come back.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000),
    },
  }) as RedisClientType;
  let lastError: Error | undefined;
  let ready = false;
  let lost = false;
  client.on('error', (error: Error) => {
    lastError = error;
    if (ready && !lost) {
      lost = true;
      logger.error(`store: lost the connection to ${where} (${reason(error)}); retrying`);
    }
  });
  client.on('ready', () => {
    if (lost) logger.info(`store: reconnected to ${where}`);
    ready = true;
    lost = false;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
      }),
    ]);
  } catch (error) {
    client.destroy();
    const why = reason(lastError ?? error);
    throw new StoreUnreachableError(
      `cannot reach the store at ${where} (${why}) within ${timeoutMs / 1000} s`,
    );
  } finally {
    clearTimeout(timer);
  }
  return client;
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string; errors?: Array<{ code?: string }> };
  const code = e?.code ?? e?.errors?.[0]?.code;
  const message = (e?.message ?? String(error)).split('\n')[0] ?? '';
  return code && !message.includes(code) ? `${code}: ${message}` : message || String(code);
}
