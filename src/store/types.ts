// The store's contract. Everything above src/store/ talks to this interface; only src/store/
// knows about keyv and the backends behind it.
import type { ZodType } from 'zod';

/** The few logger methods the store and tracking use (Bolt's Logger satisfies it). */
export interface StoreLogger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

export const silentLogger: StoreLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

export interface IndexEntry {
  member: string;
  score: number;
}

export interface IndexRange {
  /** Inclusive lower bound on the score (default: no bound). */
  min?: number;
  /** Inclusive upper bound on the score (default: no bound). */
  max?: number;
  /** At most this many entries. */
  limit?: number;
  /** Highest scores first. */
  reverse?: boolean;
}

export type StoreKind = 'memory' | 'sqlite' | 'redis' | 'postgres';

export interface Store {
  readonly kind: StoreKind;

  /** Reads a record and validates it; a missing or corrupt record reads as undefined (corrupt is logged). */
  get<T>(key: string, schema: ZodType<T>): Promise<T | undefined>;
  /** Reads many records at once (one round trip where the backend allows), same rules as get. */
  getMany<T>(keys: readonly string[], schema: ZodType<T>): Promise<(T | undefined)[]>;
  /** Writes a JSON-serialisable record; ttlMs makes it expire. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;

  /**
   * Sorted indexes: a named set of members, each with a numeric score, read by score range.
   * SQLite and Postgres keep them in a table with an (index, score) B-tree, Redis in a sorted
   * set, memory in a Map: a range read costs O(log n + returned), not O(n).
   */
  indexPut(index: string, member: string, score: number): Promise<void>;
  indexRemove(index: string, member: string): Promise<void>;
  indexRange(index: string, range?: IndexRange): Promise<IndexEntry[]>;
  indexCount(index: string, min: number, max: number): Promise<number>;
  indexDrop(index: string): Promise<void>;

  /**
   * Atomic lease: succeeds when the key is free, its lease has expired, or `holder` already holds
   * it (then it is extended). Leases run on real time (they guard against crashed processes).
   */
  claim(key: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Releases the lease if `holder` still holds it. */
  release(key: string, holder: string): Promise<void>;

  /**
   * Deletes expired records and lease rows; returns how many went. SQLite and Postgres keep an
   * expired record until it is read and a lease row until it is released, which a lease for a
   * cron tick never is. Redis expires keys itself. Run on a schedule (the reminder scheduler,
   * `connectnote sweep`).
   */
  purgeExpired(): Promise<number>;

  close(): Promise<void>;
}
