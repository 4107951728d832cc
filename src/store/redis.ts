// redis:// — sorted indexes are Redis sorted sets, leases are `SET key holder NX PX ttl`.
import type { Extras } from './keyv-store.js';
import type { IndexEntry, IndexRange } from './types.js';

/** The one client method we use; node-redis clients, clusters and sentinels all have it. */
export interface RawRedis {
  sendCommand(args: string[]): Promise<unknown>;
}

const RELEASE_SCRIPT =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
const EXTEND_SCRIPT =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

export class RedisExtras implements Extras {
  constructor(
    private readonly redis: RawRedis,
    private readonly prefix: string,
  ) {}

  private idx(index: string): string {
    return `${this.prefix}idx:${index}`;
  }

  async indexPut(index: string, member: string, score: number): Promise<void> {
    await this.redis.sendCommand(['ZADD', this.idx(index), String(score), member]);
  }

  async indexRemove(index: string, member: string): Promise<void> {
    await this.redis.sendCommand(['ZREM', this.idx(index), member]);
  }

  async indexRange(index: string, range: IndexRange): Promise<IndexEntry[]> {
    const min = range.min === undefined ? '-inf' : String(range.min);
    const max = range.max === undefined ? '+inf' : String(range.max);
    const args = range.reverse
      ? ['ZRANGE', this.idx(index), max, min, 'BYSCORE', 'REV']
      : ['ZRANGE', this.idx(index), min, max, 'BYSCORE'];
    if (range.limit !== undefined) args.push('LIMIT', '0', String(range.limit));
    args.push('WITHSCORES');
    const reply = (await this.redis.sendCommand(args)) as string[];
    const entries: IndexEntry[] = [];
    for (let i = 0; i + 1 < reply.length; i += 2) {
      entries.push({ member: String(reply[i]), score: Number(reply[i + 1]) });
    }
    return entries;
  }

  async indexCount(index: string, min: number, max: number): Promise<number> {
    return Number(
      await this.redis.sendCommand(['ZCOUNT', this.idx(index), String(min), String(max)]),
    );
  }

  async indexDrop(index: string): Promise<void> {
    await this.redis.sendCommand(['DEL', this.idx(index)]);
  }

  async claim(key: string, holder: string, ttlMs: number): Promise<boolean> {
    const leaseKey = `${this.prefix}lease:${key}`;
    const set = await this.redis.sendCommand(['SET', leaseKey, holder, 'NX', 'PX', String(ttlMs)]);
    if (set === 'OK') return true;
    const extended = await this.redis.sendCommand([
      'EVAL',
      EXTEND_SCRIPT,
      '1',
      leaseKey,
      holder,
      String(ttlMs),
    ]);
    return Number(extended) === 1;
  }

  async release(key: string, holder: string): Promise<void> {
    await this.redis.sendCommand([
      'EVAL',
      RELEASE_SCRIPT,
      '1',
      `${this.prefix}lease:${key}`,
      holder,
    ]);
  }

  /** Redis expires records and leases (PX) itself. */
  async purgeExpired(): Promise<number> {
    return 0;
  }

  async close(): Promise<void> {}
}
