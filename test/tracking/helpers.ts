import { vi } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { openStore, type Store } from '../../src/store/index.js';
import { Tracking } from '../../src/tracking/index.js';
import type { Owner } from '../../src/tracking/types.js';

export const ALICE: Owner = { teamId: 'T1', userId: 'U_ALICE' };
export const BOB: Owner = { teamId: 'T1', userId: 'U_BOB' };
export const MALLORY: Owner = { teamId: 'T2', userId: 'U_ALICE' };

export function fakeLogger() {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

export async function makeTracking(
  opts: { url?: string; namespace?: string; start?: string; store?: Store } = {},
) {
  const logger = fakeLogger();
  const store =
    opts.store ?? (await openStore(opts.url ?? 'memory://', logger, { namespace: opts.namespace }));
  const clock = new ManualClock(undefined, new Date(opts.start ?? '2026-11-02T10:00:00Z'));
  const tracking = new Tracking({ store, clock, config: { reminderAfterDays: 7 }, logger });
  return { tracking, store, clock, logger };
}

export const NOTE = {
  name: 'Ana Souza',
  relationship: 'met-briefly' as const,
  note: 'Hi Ana, I enjoyed our chat about sales funnels at SaaStr. I’ll send you the deck we discussed. Would you like to connect?',
};
