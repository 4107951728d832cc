// The language layer's reading of a whole note, shared by the rules that need it (the
// perspective rule and the grammar rule's clause checks): parsed once per note, not per rule.
// Past a few thousand characters it is no note but a pasted essay; those rules skip it
// rather than spend seconds on it.

import { type Parsed, parse } from './nlp.js';

/** Longer than any note LinkedIn takes by far: the rules that parse leave such text alone. */
export const MAX_PARSED_NOTE = 3_000;

let last: Parsed | undefined;

/** The parsed note, or undefined for text too long to be a note. */
export function parseNote(text: string): Parsed | undefined {
  if (text.length > MAX_PARSED_NOTE) return undefined;
  if (last?.text !== text) last = parse(text);
  return last;
}
