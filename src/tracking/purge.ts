// Growth: expired records and lease rows are deleted after each sweep (by the reminder scheduler
// on the instance elected for the tick, and by `connectnote sweep`).
import type { StoreLogger } from '../store/index.js';
import type { Tracking } from './index.js';

export async function purge(deps: { tracking: Tracking; logger: StoreLogger }): Promise<void> {
  try {
    const purged = await deps.tracking.store.purgeExpired();
    if (purged > 0) deps.logger.info(`store: purged ${purged} expired row(s)`);
  } catch (error) {
    deps.logger.warn('store: purging expired rows failed', error);
  }
}
