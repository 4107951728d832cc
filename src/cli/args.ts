// Flag parsing for every command: node:util parseArgs for the shape, plain checks for the
// values (no zod: loading it took a sixth of a `connectnote review`), and every failure
// turned into a one-line UsageError.

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { RELATIONSHIP_IDS, type RelationshipId } from '../coach/types.js';
import { UsageError } from './errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<T extends Options>(args: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error));
  }
}

/** Node's messages run on ("… To specify a positional argument …"): keep the first sentence. */
function parseArgsMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/(?<=[.])\s+(?=[A-Z])/)[0] ?? message;
  return first.replace(/\.$/, '');
}

const WHOLE_NUMBER = /^\d+$/;

export function relationshipValue(raw: string | undefined): RelationshipId | undefined {
  if (raw === undefined) return undefined;
  if (!(RELATIONSHIP_IDS as readonly string[]).includes(raw)) {
    throw new UsageError(
      `--relationship must be one of ${RELATIONSHIP_IDS.join(', ')}, not "${raw}"`,
    );
  }
  return raw as RelationshipId;
}

/** A whole number of `flag` that `accept` allows (digits only: no sign, point or exponent). */
export function numberValue(
  raw: string | undefined,
  flag: string,
  accept: (value: number) => boolean,
  expected: string,
): number | undefined {
  if (raw === undefined) return undefined;
  const digits = raw.trim();
  const value = Number(digits);
  if (!WHOLE_NUMBER.test(digits) || !accept(value)) {
    throw new UsageError(`${flag} must be ${expected}, not "${raw}"`);
  }
  return value;
}

/** A whole number in [min, max] (a string of digits too long for a float is Infinity: out). */
export const between =
  (min: number, max: number) =>
  (value: number): boolean =>
    Number.isInteger(value) && value >= min && value <= max;

export const isReviewLimit = (value: number): boolean => value === 200 || value === 300;
