// Records go through keyv; sorted indexes and leases through a backend-specific `Extras`, since
// keyv has neither range reads nor compare-and-set.
import type Keyv from 'keyv';
import type { ZodType } from 'zod';
import type { IndexEntry, IndexRange, Store, StoreKind, StoreLogger } from './types.js';

export interface Extras {
  indexPut(index: string, member: string, score: number): Promise<void>;
  indexRemove(index: string, member: string): Promise<void>;
  indexRange(index: string, range: IndexRange): Promise<IndexEntry[]>;
  indexCount(index: string, min: number, max: number): Promise<number>;
  indexDrop(index: string): Promise<void>;
  claim(key: string, holder: string, ttlMs: number): Promise<boolean>;
  release(key: string, holder: string): Promise<void>;
  purgeExpired(now: number): Promise<number>;
  close(): Promise<void>;
}

export class KeyvStore implements Store {
  constructor(
    readonly kind: StoreKind,
    private readonly keyv: Keyv,
    private readonly extras: Extras,
    private readonly logger: StoreLogger,
  ) {}

  async get<T>(key: string, schema: ZodType<T>): Promise<T | undefined> {
    let raw: unknown;
    try {
      raw = await this.keyv.get(key);
    } catch (error) {
      if (isUnreadable(error)) {
        this.logger.warn(`store: record ${key} is unreadable and was skipped`, error);
        return undefined;
      }
      throw error;
    }
    return this.validate(key, raw, schema);
  }

  async getMany<T>(keys: readonly string[], schema: ZodType<T>): Promise<(T | undefined)[]> {
    if (keys.length === 0) return [];
    let raws: unknown[];
    try {
      raws = await this.keyv.getMany([...keys]);
    } catch (error) {
      if (!isUnreadable(error)) throw error;
      // One unreadable row spoils the batch: fall back to one by one so only it is skipped.
      return Promise.all(keys.map((key) => this.get(key, schema)));
    }
    return keys.map((key, i) => this.validate(key, raws[i], schema));
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    await this.keyv.set(key, value, ttlMs);
  }

  async delete(key: string): Promise<void> {
    await this.keyv.delete(key);
  }

  indexPut(index: string, member: string, score: number): Promise<void> {
    return this.extras.indexPut(index, member, Math.round(score));
  }
  indexRemove(index: string, member: string): Promise<void> {
    return this.extras.indexRemove(index, member);
  }
  indexRange(index: string, range: IndexRange = {}): Promise<IndexEntry[]> {
    return this.extras.indexRange(index, range);
  }
  indexCount(index: string, min: number, max: number): Promise<number> {
    return this.extras.indexCount(index, min, max);
  }
  indexDrop(index: string): Promise<void> {
    return this.extras.indexDrop(index);
  }
  claim(key: string, holder: string, ttlMs: number): Promise<boolean> {
    return this.extras.claim(key, holder, Math.max(1, Math.round(ttlMs)));
  }
  release(key: string, holder: string): Promise<void> {
    return this.extras.release(key, holder);
  }

  purgeExpired(): Promise<number> {
    return this.extras.purgeExpired(Date.now());
  }

  async close(): Promise<void> {
    await this.extras.close();
    await this.keyv.disconnect().catch(() => undefined);
  }

  private validate<T>(key: string, raw: unknown, schema: ZodType<T>): T | undefined {
    if (raw === undefined || raw === null) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.logger.warn(
      `store: record ${key} is corrupt and was skipped: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
    return undefined;
  }
}

/** A row whose serialised text cannot be parsed (a SyntaxError from JSON.parse). */
function isUnreadable(error: unknown): boolean {
  return error instanceof SyntaxError;
}
