// memory:// — for tests and the playground. Nothing survives a restart.
import type { Extras } from './keyv-store.js';
import type { IndexEntry, IndexRange } from './types.js';

export class MemoryExtras implements Extras {
  readonly #indexes = new Map<string, Map<string, number>>();
  readonly #leases = new Map<string, { holder: string; expires: number }>();

  async indexPut(index: string, member: string, score: number): Promise<void> {
    let entries = this.#indexes.get(index);
    if (!entries) {
      entries = new Map();
      this.#indexes.set(index, entries);
    }
    entries.set(member, score);
  }

  async indexRemove(index: string, member: string): Promise<void> {
    this.#indexes.get(index)?.delete(member);
  }

  async indexRange(index: string, range: IndexRange): Promise<IndexEntry[]> {
    const min = range.min ?? Number.NEGATIVE_INFINITY;
    const max = range.max ?? Number.POSITIVE_INFINITY;
    const found: IndexEntry[] = [];
    for (const [member, score] of this.#indexes.get(index) ?? []) {
      if (score >= min && score <= max) found.push({ member, score });
    }
    found.sort((a, b) =>
      range.reverse
        ? b.score - a.score || (a.member < b.member ? 1 : -1)
        : a.score - b.score || (a.member < b.member ? -1 : 1),
    );
    return range.limit === undefined ? found : found.slice(0, range.limit);
  }

  async indexCount(index: string, min: number, max: number): Promise<number> {
    return (await this.indexRange(index, { min, max })).length;
  }

  async indexDrop(index: string): Promise<void> {
    this.#indexes.delete(index);
  }

  async claim(key: string, holder: string, ttlMs: number): Promise<boolean> {
    // Synchronous check-and-set: nothing can interleave inside one JavaScript turn.
    const now = Date.now();
    const current = this.#leases.get(key);
    if (current && current.expires > now && current.holder !== holder) return false;
    this.#leases.set(key, { holder, expires: now + ttlMs });
    return true;
  }

  async release(key: string, holder: string): Promise<void> {
    if (this.#leases.get(key)?.holder === holder) this.#leases.delete(key);
  }

  async purgeExpired(now: number): Promise<number> {
    let purged = 0;
    for (const [key, lease] of this.#leases) {
      if (lease.expires <= now) {
        this.#leases.delete(key);
        purged += 1;
      }
    }
    return purged;
  }

  async close(): Promise<void> {}
}
