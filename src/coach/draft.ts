// The drafter: context → notes that pass their own review. Pure: no I/O.

import type { FittedDraft } from './draft/compose.js';
import { draftWith } from './draft/drafter.js';
import { guessGreeting as guessFromName } from './draft/names.js';
import { capitaliseName } from './draft/normalize.js';
import { review } from './review.js';
import type { DraftInput, DraftResult } from './types.js';

export { DEFAULT_VARIANTS, MAX_VARIANTS } from './draft/drafter.js';
export { type DraftField, DraftInputError } from './draft/errors.js';

/**
 * The greeting the drafter uses for a name as the user typed it: "dr priya raman" is
 * greeted "Dr Raman", as the drafts say it, so the modal and the draft message agree.
 */
export function guessGreeting(name: string): string {
  return guessFromName(capitaliseName(name));
}

/** A draft, with the user's words the character limit forced out of it, if any. */
export type DraftNote = FittedDraft;

/**
 * Drafts `input.variants` (default 3) different notes for the relationship, each passing
 * its own review with no warning or error, within the word target and character limit,
 * said to the recipient and keeping what the user gave (a draft that had to leave
 * something out to fit lists it in `leftOut`). Throws DraftInputError naming the field
 * to fill in, shorten or make clear when that cannot be done.
 */
export function draft(input: DraftInput): DraftResult & { drafts: DraftNote[] } {
  return draftWith(input, review);
}
