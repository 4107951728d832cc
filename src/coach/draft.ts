// The drafter: context → notes that pass their own review. Pure: no I/O.

import { draftWith } from './draft/drafter.js';
import { review } from './review.js';
import type { DraftInput, DraftResult } from './types.js';

export { DEFAULT_VARIANTS, MAX_VARIANTS } from './draft/drafter.js';
export { type DraftField, DraftInputError } from './draft/errors.js';

/**
 * Drafts `input.variants` (default 3) different notes for the relationship, each passing
 * its own review with no warning or error, within the word target and character limit.
 * Throws DraftInputError naming the field to fill in or shorten when that cannot be done.
 */
export function draft(input: DraftInput): DraftResult {
  return draftWith(input, review);
}
