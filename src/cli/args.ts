// Flag parsing for every command: node:util parseArgs for the shape, zod for the values,
// and every failure turned into a one-line UsageError.

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { z } from 'zod';
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

const relationshipSchema = z.enum(RELATIONSHIP_IDS);
const wholeNumber = z.string().regex(/^\d+$/).transform(Number);

export function relationshipValue(raw: string | undefined): RelationshipId | undefined {
  if (raw === undefined) return undefined;
  const parsed = relationshipSchema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(
      `--relationship must be one of ${RELATIONSHIP_IDS.join(', ')}, not "${raw}"`,
    );
  }
  return parsed.data;
}

/** A whole number of `flag` within [min, max]. */
export function numberValue(
  raw: string | undefined,
  flag: string,
  schema: z.ZodType<number, number>,
  expected: string,
): number | undefined {
  if (raw === undefined) return undefined;
  const parsed = wholeNumber.pipe(schema).safeParse(raw.trim());
  if (!parsed.success) throw new UsageError(`${flag} must be ${expected}, not "${raw}"`);
  return parsed.data;
}

export const reviewLimitSchema = z.union([z.literal(200), z.literal(300)]);
